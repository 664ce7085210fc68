"""State Partnership mentions, round 30: a proposed pairing keeps only a guard its own conjunct
names; the program linking guards with a region's militaries names no partner state.
Invented sentences only."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text
from pipeline.facts import AgreementFact


def _proposed(text: str) -> AgreementFact:
    (fact,) = [f for f in extract_text(text).facts
               if isinstance(f, AgreementFact) and f.status == "proposed"]
    return fact


@pytest.mark.parametrize("text", [
    "The Kansas National Guard partnered with Armenia from 2003 to 2012, and both governments "
    "have expressed interest in re-establishing a State Partnership Program pairing.",
    "The Kansas National Guard's pairing with Armenia ended in 2012, and we are now discussing "
    "a new State Partnership Program pairing with the Armenian government.",
])
def test_a_proposed_pairing_takes_no_guard_from_another_clause(text: str) -> None:
    assert _proposed(text).parties == ("ARM", "USA")


def test_a_proposed_pairing_keeps_the_guard_it_names() -> None:
    text = ("Both delegations discussed re-establishing a State Partnership Program pairing "
            "between Armenia and the Kansas National Guard.")
    assert _proposed(text).parties == ("ARM", "Kansas National Guard")


def test_the_program_linking_guards_with_a_regions_militaries_is_the_united_states() -> None:
    text = ("Participants highlighted the State Partnership Program, which links National Guard "
            "units in three U.S. states with Baltic militaries.")
    (fact,) = [f for f in extract_text(text).facts if isinstance(f, AgreementFact)]
    assert fact.parties == ("USA",)


def test_a_pairing_in_its_own_coordinate_clause_takes_no_earlier_intent() -> None:
    text = ("We intend to provide $20 million in FMF to Georgia in FY 2025, and the Georgia "
            "National Guard has partnered with Georgia since 1994.")
    (fact,) = [f for f in extract_text(text).facts if isinstance(f, AgreementFact)]
    assert fact.status == "active"
    assert fact.date_start is not None and fact.date_start.start.year == 1994


@pytest.mark.parametrize(("text", "expected"), [
    ("The Utah National Guard has partnered with Morocco since 2003 and was paired with Tunisia "
     "in 2004.",
     [("MAR", "Utah National Guard", 2003), ("TUN", "Utah National Guard", 2004)]),
    ("Chad's partnership with the Iowa National Guard and Niger's partnership with the Indiana "
     "National Guard also began in 2019.",
     [("TCD", "Iowa National Guard", 2019), ("NER", "Indiana National Guard", 2019)]),
    ("Officials noted that the Ohio National Guard has partnered with Serbia since 2005 and that "
     "the Maine National Guard has partnered with Montenegro since 2006.",
     [("SRB", "Ohio National Guard", 2005), ("MNE", "Maine National Guard", 2006)]),
])
def test_two_pairings_in_one_sentence_are_two_mentions(
        text: str, expected: list[tuple[str, str, int]]) -> None:
    found = [f for f in extract_text(text).facts if isinstance(f, AgreementFact)]
    got = [(next(p for p in f.parties if len(p) == 3), next(p for p in f.parties if len(p) > 3),
            f.date_start.start.year if f.date_start and f.date_start.start else None)
           for f in found]
    assert got == expected
