"""Speed-ups never change results: the matchers run only in ``MatchRegions``' regions, and that
finds exactly what the plain run over the whole document finds. No timing here."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.regions import MatchRegions, matches_in
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
def test_regions_find_what_the_whole_document_run_finds(parts: list[str], joins: list[str]
                                                        ) -> None:
    nlp = build_nlp()
    text = parts[0] + "".join(j + p for j, p in zip(joins, parts[1:], strict=False))
    _same_results(nlp, text)


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.name)
def test_regions_on_gold_documents(nlp: Language, path: Path) -> None:
    _same_results(nlp, path.read_text("utf-8"))


def test_matches_in_regions_equal_full_matcher_for_each_pattern_set(nlp: Language) -> None:
    text = " ".join(FRAGMENTS)
    doc = _doc(nlp, text)
    for name in ("money_facts", "agreement_facts"):
        component = nlp.get_pipe(name)
        regions = component.regions.regions(doc)  # type: ignore[attr-defined]
        assert regions and sum(b - a for a, b in regions) < len(doc)  # it does skip tokens
        found = matches_in(doc, component.matcher, regions)  # type: ignore[attr-defined]
        assert sorted(found) == sorted(component.matcher(doc))  # type: ignore[attr-defined]


def test_negated_or_empty_specs_mean_the_whole_document(nlp: Language) -> None:
    doc = nlp.make_doc("a b c")
    assert MatchRegions(nlp.vocab, [[{"LOWER": "x", "OP": "!"}]]).regions(doc) == [(0, 3)]
    assert MatchRegions(nlp.vocab, [[{}]]).regions(doc) == [(0, 3)]
    assert MatchRegions(nlp.vocab, [[{"LOWER": "x"}]]).regions(doc) == []
    assert MatchRegions(nlp.vocab, [[{"LOWER": "b"}]]).regions(doc) == [(1, 2)]
    # a run without every required token of some pattern is skipped
    two = MatchRegions(nlp.vocab, [[{"LOWER": "a"}, {"LOWER": "z", "OP": "?"}, {"LOWER": "c"}]])
    assert two.regions(nlp.make_doc("a . c . a z c")) == [(4, 7)]
