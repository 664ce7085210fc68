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
