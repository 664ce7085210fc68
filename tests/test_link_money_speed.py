"""Speed-ups of money linking and the money and date components never change results: each
faster form finds exactly what the plain form it replaced finds. No timing here."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.components.dates import WINDOW, merged_windows
from pipeline.components.money import longest_first
from pipeline.link_money import (
    _FISCAL_YEAR,
    _FISCAL_YEAR_SPAN,
    _program_names,
    _program_patterns,
)
from pipeline.money import _phrases, money_words, qualifier_after, words_of
from pipeline.trie_regex import literal_trie

ROOT = Path(__file__).resolve().parent.parent
GOLD = sorted((ROOT / "raw").glob("*.txt")) + sorted((ROOT / "tests/gold/docs").glob("*.txt"))
BOUNDED = r"(?<![A-Za-z0-9])(?:{})(?![A-Za-z0-9])"


def _alternation(words: list[str] | set[str]) -> str:
    """The plain form: every word escaped, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text("abAB -", min_size=1, max_size=5), min_size=1, max_size=8),
       st.text("abAB -.1", max_size=40))
def test_a_trie_matches_what_the_longest_first_alternation_matches(words: list[str],
                                                                   text: str) -> None:
    for flags in (0, re.IGNORECASE):
        keys = {w.lower() for w in words} if flags else set(words)
        plain = re.compile(BOUNDED.format(_alternation(words)), flags)
        trie = re.compile(BOUNDED.format(literal_trie(keys)), flags)
        assert _spans(trie, text) == _spans(plain, text)
    guarded = re.compile(literal_trie(set(words), after_first="(?<![A-Za-z0-9]{first})")
                         + "(?![A-Za-z0-9])")
    assert _spans(guarded, text) == _spans(re.compile(BOUNDED.format(_alternation(words))), text)


def _program_texts() -> st.SearchStrategy[str]:
    exact, any_case, _ = _program_names()
    names = st.sampled_from(sorted(exact + any_case))
    cased = st.tuples(names, st.sampled_from([str, str.lower, str.upper, str.title])).map(
        lambda nc: nc[1](nc[0]))
    glue = st.sampled_from([" ", "", "-", "(", ") ", ", ", "x", "1", "\u0131", "\u212a", " and "])
    return st.lists(st.one_of(cased, glue), max_size=12).map("".join)


def _plain_program_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    exact, any_case, _ = _program_names()
    return (re.compile(BOUNDED.format(_alternation(exact))),
            re.compile(BOUNDED.format(_alternation(any_case)), re.IGNORECASE))


def _same_programs(text: str) -> None:
    exact, any_case, _ = _program_patterns()
    plain_exact, plain_any_case = _plain_program_patterns()
    assert _spans(exact, text) == _spans(plain_exact, text)
    assert _spans(any_case, text) == _spans(plain_any_case, text)


@settings(max_examples=300, deadline=None)
@given(_program_texts())
def test_program_patterns_match_what_the_plain_alternations_match(text: str) -> None:
    _same_programs(text)


FISCAL_PIECES = ["FY", "F.Y.", "fiscal", "Fiscal year", "FISCAL YEARS", "f\u0131scal", "between",
                 "Between", " ", "-", "'", "2019", "21", "and", "to", " through ", "(FY)", "x",
                 "b", "9"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FISCAL_PIECES), max_size=10).map("".join))
def test_fiscal_year_patterns_match_what_they_match_without_the_first_letter_test(
        text: str) -> None:
    _same_fiscal_years(text)


def _same_fiscal_years(text: str) -> None:
    for fast, prefix in ((_FISCAL_YEAR, "(?=[Ff])"), (_FISCAL_YEAR_SPAN, "(?=[FfBb])")):
        assert fast.pattern.startswith(prefix)
        plain = re.compile(fast.pattern.removeprefix(prefix))
        assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == [
            (m.span(), m.groupdict()) for m in plain.finditer(text)]


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.name)
def test_faster_patterns_on_gold_documents(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    _same_programs(text)
    _same_fiscal_years(text)


def _plain_windows(near: list[int], n_tokens: int) -> list[tuple[int, int]]:
    windows: list[tuple[int, int]] = []
    for i in near:
        a, b = max(0, i - WINDOW), min(n_tokens, i + WINDOW + 1)
        if windows and a <= windows[-1][1]:
            windows[-1] = (windows[-1][0], b)
        else:
            windows.append((a, b))
    return windows


@settings(max_examples=300, deadline=None)
@given(st.sets(st.integers(0, 199), max_size=30), st.integers(0, 60))
def test_merged_windows_equal_the_windows_merged_one_by_one(near: set[int], extra: int) -> None:
    n_tokens = (max(near) + 1 if near else 0) + extra
    at = np.array(sorted(near), dtype=np.int64)
    assert merged_windows(at, n_tokens) == _plain_windows(sorted(near), n_tokens)


def _plain_longest_first(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda se: (se[0] - se[1], se[0])):
        if all(end <= s or e <= start for s, e in kept):
            kept.append((start, end))
    return sorted(kept)


@settings(max_examples=300, deadline=None)
@given(st.sets(st.tuples(st.integers(0, 60), st.integers(1, 12)), max_size=25))
def test_longest_first_keeps_what_comparing_with_every_kept_span_keeps(
        starts_lengths: set[tuple[int, int]]) -> None:
    spans = [(s, s + n) for s, n in starts_lengths]
    assert longest_first(spans) == _plain_longest_first(spans)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["or", "and", "more", "less", "up", "above", "over", ",", "$5",
                                 "million", "of"]), max_size=5).map(" ".join))
def test_qualifier_after_reads_as_trying_every_phrase(text: str) -> None:
    words = words_of(text)[:3]
    expected = next((name for phrase, name in _phrases(money_words()["qualifiers_after"])
                     if tuple(words[: len(phrase)]) == phrase), "exact")
    assert qualifier_after(text) == expected
