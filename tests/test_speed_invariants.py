"""Speed-ups never change results: each component's fast matching finds exactly what the plain
run of spaCy's ``Matcher`` over the whole document finds; ``TokenPatternMatcher`` finds what
spaCy's ``Matcher`` finds; the sentence components set the sentence starts spaCy's
``Sentencizer`` and a per-token line-break rule set. No timing here."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Token

from pipeline.components.tokenmatch import TokenPatternMatcher
from pipeline.nlp import build_nlp
from pipeline.textview import matching_view

ROOT = Path(__file__).resolve().parent.parent
FRAGMENTS = [
    "In FY 2021, the United States provided $10 million in Foreign Military Financing",
    "between $3-5 million per year", "US $ 150 million", "5 million dollars", "twenty-six "
    "thousand dollars", "between 2.5 and 3 million dollars", "$1.2bn", "USD 3 million",
    "Since 2002, the Virginia National Guard and Tajikistan have engaged in the State "
    "Partnership Program", "from 1996 to 2011", "June 26-28, 2020", "over the past five years",
    "a more than 26-year relationship", "2007-present", "between FY 2018 and FY 2020",
    "the Acquisition and Cross-Servicing Agreement", "a Status of Forces Agreement",
    "U.S.-Georgia Charter on Strategic Partnership", "Memorandum of Understanding on Defense "
    "Cooperation", "multiple transit agreements", "partnered with the Nevada National Guard",
    "Joint Vision Statement on Strategic Partnership", "NATO's Partnership for Peace",
    "the Kyrgyz Republic", "Kazakhstan", "of", "and", "the", "-", "(GPOI)", ".", ",", ";", "\n",
    "\n\n", " ", "1996", "2019", "Mr. Smith", "U.S.", "$", "million", "Treaty", "Plan", "August",
    "decades-long", "three-week", "thirty years", "since", "Resolution 2231", "2000 troops",
]
GOLD = sorted((ROOT / "raw").glob("*.txt")) + sorted((ROOT / "tests/gold/docs").glob("*.txt"))


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp()


def _components(nlp: Language) -> dict[str, object]:
    return {name: nlp.get_pipe(name) for name in ("date_facts", "money_facts",
                                                  "agreement_facts")}


def _doc(nlp: Language, text: str) -> Doc:
    """The document as each fact component sees it (earlier components have run)."""
    doc = nlp(matching_view(text))
    return doc


def _same_results(nlp: Language, text: str) -> None:
    doc = _doc(nlp, text)
    for name, component in _components(nlp).items():
        fast = component.match(doc)  # type: ignore[attr-defined]
        plain = component.match(doc, plain=True)  # type: ignore[attr-defined]
        assert fast == plain, name
    money = nlp.get_pipe("money_facts")
    assert sorted(money.raw_matches(doc)) == sorted(money.matcher(doc))  # type: ignore[attr-defined]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=30),
       st.lists(st.sampled_from([" ", ", ", ". ", "\n", " and "]), min_size=29, max_size=29))
def test_fast_matching_finds_what_the_whole_document_run_finds(parts: list[str], joins: list[str]
                                                        ) -> None:
    nlp = build_nlp()
    text = parts[0] + "".join(j + p for j, p in zip(joins, parts[1:], strict=False))
    _same_results(nlp, text)


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.name)
def test_fast_matching_on_gold_documents(nlp: Language, path: Path) -> None:
    _same_results(nlp, path.read_text("utf-8"))


# ---------------------------------------------------------------- TokenPatternMatcher

# Toy patterns over few words, so random sequences hold many overlapping matches: every op,
# optional and repeated specs next to specs that accept the same token, a spec in two patterns.
TOY_PATTERNS: list[tuple[str, list[dict[str, Any]]]] = [
    ("one", [{"LOWER": "a"}]),
    ("opt", [{"LOWER": "a"}, {"LOWER": {"IN": ["b", "c"]}, "OP": "?"}, {"LOWER": "c"}]),
    ("star", [{"LOWER": "b", "OP": "*"}, {"LOWER": "b"}, {"TEXT": {"REGEX": "^[0-9]+$"}}]),
    ("plus", [{"LOWER": "c", "OP": "+"}, {"IS_PUNCT": True, "OP": "?"}]),
    ("tail", [{"LOWER": "a"}, {"LOWER": {"IN": ["a", "b"]}, "OP": "*"}]),
    ("num", [{"LIKE_NUM": True}, {"LOWER": "a", "OP": "?"}, {"SHAPE": "dd", "OP": "+"}]),
    ("bc", [{"LOWER": "b"}, {"ORTH": "C"}]),
]
TOY_WORDS = ["a", "A", "b", "c", "C", "12", "7", ".", ",", "x", "five"]


def _spacy_matches(nlp: Language, patterns: list[tuple[str, list[dict[str, Any]]]],
                   doc: Doc) -> set[tuple[str, int, int]]:
    matcher = Matcher(nlp.vocab)
    for key, pattern in patterns:
        matcher.add(key, [pattern])
    return {(nlp.vocab.strings[k], s, e) for k, s, e in matcher(doc)}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TOY_WORDS), max_size=14))
def test_token_pattern_matcher_finds_what_spacy_finds(words: list[str]) -> None:
    nlp = build_nlp()
    doc = Doc(nlp.vocab, words=words)
    fast = TokenPatternMatcher(nlp.vocab, TOY_PATTERNS)
    assert set(fast(doc)) == _spacy_matches(nlp, TOY_PATTERNS, doc)
    # restricted to ranges: what spaCy finds on each span
    ranges = [(0, len(words) // 2), (len(words) // 2 + 1, len(words))]
    expected = {(k, a + s, a + e) for a, b in ranges
                for k, s, e in _spacy_matches(nlp, TOY_PATTERNS, doc[a:b].as_doc())}
    assert set(fast(doc, ranges)) == expected


def test_token_pattern_matcher_reads_custom_attributes(nlp: Language) -> None:
    if not Token.has_extension("test_mark"):
        Token.set_extension("test_mark", default="")
    patterns = [("marked", [{"LOWER": "since"}, {"_": {"test_mark": "B"}},
                            {"_": {"test_mark": "I"}, "OP": "*"}]),
                ("word", [{"_": {"test_mark": "B"}, "IS_DIGIT": False}])]
    doc = nlp.make_doc("since June 2019 and since 2020 , since May")
    for i, mark in ((1, "B"), (2, "I"), (5, "B"), (8, "B")):
        doc[i]._.test_mark = mark
    fast = TokenPatternMatcher(nlp.vocab, patterns)
    found = set(fast(doc))
    assert found == _spacy_matches(nlp, patterns, doc)
    assert ("marked", 0, 3) in found and ("word", 5, 6) not in found


def test_token_pattern_matcher_refuses_what_it_cannot_match_like_spacy(nlp: Language) -> None:
    with pytest.raises(ValueError):
        TokenPatternMatcher(nlp.vocab, [("neg", [{"LOWER": "a", "OP": "!"}])])
    with pytest.raises(ValueError):
        TokenPatternMatcher(nlp.vocab, [("empty", [])])


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.name)
def test_each_component_matcher_equals_spacy_on_gold_documents(nlp: Language, path: Path
                                                                 ) -> None:
    doc = _doc(nlp, path.read_text("utf-8"))
    dates = nlp.get_pipe("date_facts")
    for stage in (1, 2):  # the marks stage 1 set on this doc are in place for stage 2
        fast = dates.fast[stage]  # type: ignore[attr-defined]
        spacy_matcher = dates.stages[stage]  # type: ignore[attr-defined]
        expected = {(nlp.vocab.strings[k], s, e) for k, s, e in spacy_matcher(doc)}
        assert set(fast(doc)) == expected
    money = nlp.get_pipe("money_facts")
    assert sorted(money.raw_matches(doc)) == sorted(money.matcher(doc))  # type: ignore[attr-defined]


def test_sentence_starts_equal_spacy_sentencizer_and_line_breaks(nlp: Language) -> None:
    texts = [p.read_text("utf-8") for p in GOLD] + [
        "Mr. Smith went.  He left!) Then \u3002 more... (a) \n\n Heading\nBullet . , x",
        "", "\n", "end.", "?!"]
    reference = spacy.blank("en")
    reference.tokenizer = nlp.tokenizer
    reference.add_pipe("sentencizer")
    for text in texts:
        view = matching_view(text)
        ours = nlp.make_doc(view)
        for name in ("sentencizer", "line_break_sentences"):
            ours = nlp.get_pipe(name)(ours)
        theirs = reference(view)
        for i in range(len(theirs) - 1):
            if theirs[i].is_space and "\n" in theirs[i].text:
                theirs[i + 1].is_sent_start = True
        assert ours.to_array(SENT_START).tolist() == theirs.to_array(SENT_START).tolist()


@cache
def _tokenizer_set_rule_by_rule() -> Any:
    """spaCy's English tokenizer with the project's extras set one at a time on the made
    tokenizer (what ``nlp.TOKENIZER`` builds in one go, without reloading its special cases)."""
    from spacy.attrs import ORTH
    from spacy.util import compile_infix_regex, compile_suffix_regex

    from pipeline.nlp import EXTRA_ABBREVIATIONS, EXTRA_INFIXES, EXTRA_SUFFIXES

    english = spacy.blank("en")
    tokenizer: Any = english.tokenizer
    tokenizer.infix_finditer = compile_infix_regex(
        [*(english.Defaults.infixes or ()), *EXTRA_INFIXES]).finditer
    tokenizer.suffix_search = compile_suffix_regex(
        [*(english.Defaults.suffixes or ()), *EXTRA_SUFFIXES]).search
    for abbreviation in EXTRA_ABBREVIATIONS:
        tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    return tokenizer


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([*FRAGMENTS, "approx. $5 million", "ca. 2019", "U.S.-Georgia",
                                 "Kazakhstan's", "(FMF)", "e.g.", "co-operate"]),
                min_size=1, max_size=20),
       st.lists(st.sampled_from([" ", "\n", ". ", ", ", "\n\n", " -- "]), min_size=20,
                max_size=20))
def test_the_tokenizer_made_in_one_go_splits_as_rule_by_rule(parts: list[str],
                                                              joins: list[str]) -> None:
    text = "".join(p + j for p, j in zip(parts, joins, strict=False))
    reference = _tokenizer_set_rule_by_rule()
    made: Any = build_nlp().tokenizer
    assert [(t.text, t.idx) for t in made(text)] == [(t.text, t.idx) for t in reference(text)]
    assert made.rules == reference.rules
