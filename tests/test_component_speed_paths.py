"""The per-document arrays and fast paths of the fact components and money linking give what
the plain, per-token or per-word way gives. No timing here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Token

import pipeline.agreements as agreements
from pipeline.components import set_token_values, token_bounds, token_texts
from pipeline.link_claims import _sentence_index, sentence_indexes
from pipeline.link_money import Mention, _masked
from pipeline.nlp import build_nlp
from pipeline.textview import matching_view

ROOT = Path(__file__).resolve().parent.parent
GOLD = sorted((ROOT / "raw").glob("*.txt")) + sorted((ROOT / "tests/gold/docs").glob("*.txt"))
WORDS = ["Ohio", "Iowa", "Virginia", "West Virginia", "Washington", "Washington, D.C.", "D.C.",
         "DC", "Guam", "Georgia", "Texas", "Virgin Islands", "U.S. Virgin Islands", "and", ",",
         "National Guard", "National Guards", "Army", "Air", "'s", "’s", "-", ".", "the",
         "partnership", "pairing", "Chile", "based", "x", "Ohio-", "Iowa's", "\n", "  "]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp()


def test_token_arrays_equal_the_tokens_attributes(nlp: Language) -> None:
    texts = [p.read_text("utf-8") for p in GOLD[:40]] + ["", "a", " \n x  $5-7 million. "]
    for text in texts:
        doc = nlp.make_doc(matching_view(text))
        starts, ends = token_bounds(doc)
        assert token_texts(doc) == [t.text for t in doc]
        assert starts == [t.idx for t in doc]
        assert ends == [t.idx + len(t) for t in doc]


def test_token_values_are_what_the_underscore_api_reads_and_writes(nlp: Language) -> None:
    if not Token.has_extension("test_speed_mark"):
        Token.set_extension("test_speed_mark", default="")
    doc = nlp.make_doc("In June 2019 and in 2020, twice.")
    set_token_values(doc, "test_speed_mark", {1: "B", 2: "I", 5: "B"})
    assert [t._.test_speed_mark for t in doc] == ["", "B", "I", "", "", "B", "", "", ""]
    written = nlp.make_doc("In June 2019 and in 2020, twice.")
    for i, mark in ((1, "B"), (2, "I"), (5, "B")):
        written[i]._.test_speed_mark = mark
    marks = {k: v for k, v in doc.user_data.items() if isinstance(k, tuple)}
    assert written.user_data == marks
    with pytest.raises(ValueError):
        set_token_values(doc, "no_such_attribute", {0: "B"})


def _alternation(states: list[str]) -> str:
    """The plain form ``_state_alternatives`` stands for."""
    names = sorted(states, key=len, reverse=True)
    return r"(?<![\w.-])(?P<state>" + "|".join(re.escape(s) for s in names) + ")"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=16),
       st.lists(st.sampled_from([" ", "", "  ", "-"]), min_size=15, max_size=15),
       st.sampled_from([r"(?![\w-])", r"\s+(?:(?:Army|Air)\s+)?National\s+Guard\b",
                        r"(?!\w|-(?![A-Z]))"]))
def test_state_tries_match_what_the_alternation_matches(words: list[str], joins: list[str],
                                                         after: str) -> None:
    text = "".join(w + j for w, j in zip(words, joins, strict=False))
    states = list(agreements.us_states())
    trie = re.compile(agreements._state_alternatives(states) + after)
    plain = re.compile(_alternation(states) + after)
    for pos in (0, 1, 5):
        assert ([(m.span(), m.group("state")) for m in trie.finditer(text, pos)]
                == [(m.span(), m.group("state")) for m in plain.finditer(text, pos)])


def test_guard_finders_on_gold_documents() -> None:
    states = list(agreements.us_states())
    guard = re.compile(_alternation(states)
                       + r"(?:['’]s)?\s+(?:(?:Army|Air)\s+)?National\s+Guard\b")
    for path in GOLD:
        text = path.read_text("utf-8")
        assert ([m.span() for m in agreements._guard_regex().finditer(text)]
                == [m.span() for m in guard.finditer(text)])


SPANS = st.tuples(st.integers(0, 40), st.integers(0, 12)).map(lambda p: (p[0], p[0] + p[1]))


@settings(max_examples=300, deadline=None)
@given(st.lists(SPANS, max_size=8), st.lists(st.integers(-2, 60), max_size=12),
       st.booleans())
def test_sentence_indexes_equal_the_first_sentence_holding_each(
        sentences: list[tuple[int, int]], positions: list[int], in_order: bool) -> None:
    if in_order:  # as sentences_of gives them: in order, apart
        sentences = sorted(sentences)
        sentences = [s for k, s in enumerate(sentences)
                     if all(e <= s[0] for _, e in sentences[:k])]
    assert sentence_indexes(positions, sentences) == [
        _sentence_index(p, sentences) for p in positions]


def _masked_by_chars(text: str, programs: list[Mention]) -> str:
    chars = list(text)
    for m in programs:
        chars[m.start:m.end] = "P" * (m.end - m.start)
    return re.sub(r"\(\s*[A-Z][A-Za-z0-9&.-]{1,11}\s*\)", lambda g: " " * len(g.group()),
                  "".join(chars))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab (FMS)IMET,.", max_size=40), st.lists(SPANS, max_size=5),
       st.booleans())
def test_masked_text_equals_masking_char_by_char(text: str, spans: list[tuple[int, int]],
                                                 in_order: bool) -> None:
    spans = [(s, min(e, len(text))) for s, e in spans if s <= len(text)]
    if in_order:
        spans = sorted(spans)
        spans = [s for k, s in enumerate(spans) if all(e <= s[0] for _, e in spans[:k])]
    programs = [Mention(s, e, "FMF") for s, e in spans]
    assert _masked(text, programs) == _masked_by_chars(text, programs)
