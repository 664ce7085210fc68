"""The agreement component judges candidates without Token objects and runs
``TokenPatternMatcher`` instead of spaCy's ``Matcher``; every shortcut must give what the plain
spaCy form gives. No timing here (speed is measured by ``make bench``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from pipeline.components.agreements import (
    _ALPHA,
    _LOWER,
    _PUNCT,
    _TITLE,
    _UPPER,
    AgreementExtractor,
    _longest_first,
    _pairing_word,
    _text,
)
from pipeline.nlp import build_nlp
from pipeline.textview import matching_view

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = sorted([*(ROOT / "raw").glob("*.txt"), *(ROOT / "tests/gold/docs").glob("*.txt"),
                    *ROOT.glob("tests/heldout*/docs/*.txt")])
# Invented lines that exercise every pattern label, pairings and headings.
SENTENCES = (
    "The Coastal Patrol Accord (CPA) was signed in 2015; under the CPA, patrols began.\n"
    "Security Cooperation Agreements\n"
    "The Idaho National Guard partners with Lesotho, and the Ohio National Guard paired with "
    "Malta in 2001. The Baltic Readiness Alliance is not an agreement. NATO's Partnership for "
    "Peace and the Plan of Action and the Manila Pact.\n"
    "Two transit agreements and a status-of-forces agreement, then the Agreement on Transit "
    "of Military Goods on May 2 and a Letter of Offer and Acceptance for F-15 aircraft."
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp()


@pytest.fixture(scope="module")
def docs(nlp: Language) -> list[Doc]:
    texts = [p.read_text("utf-8") for p in DOCUMENTS] + [SENTENCES]
    return [nlp(matching_view(text)) for text in texts]


def _component(nlp: Language) -> AgreementExtractor:
    component = nlp.get_pipe("agreement_facts")
    assert isinstance(component, AgreementExtractor)
    return component


SPANS = st.tuples(st.integers(0, 12), st.integers(1, 5)).map(lambda p: (p[0], p[0] + p[1]))


@settings(max_examples=300, deadline=None)
@given(st.lists(SPANS, max_size=14), st.sets(SPANS))
def test_longest_first_is_filter_spans_of_the_accepted(spans: list[tuple[int, int]],
                                                       refused: set[tuple[int, int]]) -> None:
    doc = build_nlp().make_doc(" ".join(["w"] * 20))
    expected = filter_spans([doc[s:e] for s, e in spans if (s, e) not in refused])
    found = _longest_first(spans, lambda s, e: (s, e) not in refused)
    assert found == [(span.start, span.end) for span in expected]


def test_token_lists_equal_spacy_token_attributes(nlp: Language, docs: list[Doc]) -> None:
    component = _component(nlp)
    for doc in docs:
        words = component._words(doc)
        assert words.texts == [t.text for t in doc]
        assert words.lowers == [t.lower_ for t in doc]
        assert words.flags == [_TITLE * t.is_title | _UPPER * t.is_upper | _PUNCT * t.is_punct
                               | _ALPHA * t.is_alpha | _LOWER * t.is_lower for t in doc]
        assert [words.joined(i) for i in range(1, len(doc))] == [
            not t.whitespace_ for t in doc[:-1]]
        for start in range(0, len(doc), 7):
            end = min(len(doc), start + 1 + start % 5)
            assert words.span_text(start, end) == doc[start:end].text == _text(doc[start:end])


def test_token_pattern_matcher_finds_what_spacy_finds(nlp: Language, docs: list[Doc]) -> None:
    component = _component(nlp)
    strings = nlp.vocab.strings
    for doc in docs:
        expected = {(strings[k], s, e) for k, s, e in component.matcher(doc)}
        assert set(component.fast(doc)) == expected


def test_the_plain_and_fast_runs_give_the_same_pairing_words(nlp: Language,
                                                              docs: list[Doc]) -> None:
    """``match`` sorts the pairing words (``_pairing_word`` of each SPP_VERB match); spaCy's
    matcher and the fast one give the same words, whatever order each gives them in (a
    pattern of variable length, "the Virginia National Guard, Tajikistan's partner", may end
    after a later one starts)."""
    component = _component(nlp)
    strings = nlp.vocab.strings
    seen = 0
    for doc in docs:
        lowers = [t.lower_ for t in doc]
        plain = sorted(_pairing_word(doc, lowers, s, e).start
                       for k, s, e in component.matcher(doc) if strings[k] == "SPP_VERB")
        fast = sorted(_pairing_word(doc, lowers, s, e).start
                      for label, s, e in component.fast(doc) if label == "SPP_VERB")
        assert plain == fast
        seen += len(plain)
    assert seen > 0


def test_fast_match_equals_plain_match(nlp: Language, docs: list[Doc]) -> None:
    component = _component(nlp)
    found = 0
    for doc in docs:
        fast = component.match(doc)
        assert fast == component.match(doc, plain=True)
        found += len(fast)
    assert found > 0
