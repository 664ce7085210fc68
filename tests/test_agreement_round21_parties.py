"""Round 21 of agreement parties (from agreements found with a partner missed or no parties
over all gold documents): states that open a clause after a comma are its subject, not cut
at their "and" between two agreements; a U.S. access-type agreement whose
clause names one foreign state only as the place it is used, or its capital, is with that
state; a state that takes part in ("is a participant in", "participates in") an agreement
whose name has a parties' prefix is a party too; so is the state a signing subject list
joins ("The United States, together with China and France, signed ..."). Invented sentences only."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text
from pipeline.facts import AgreementFact


def _parties(text: str) -> list[tuple[str, tuple[str, ...] | None]]:
    """(span as written, parties) of every agreement mention, in document order."""
    return [(text[f.start:f.end], f.parties)
            for f in extract_text(text, None).facts if isinstance(f, AgreementFact)]


@pytest.mark.parametrize(("text", "wanted"), [
    # the states after the comma are the second agreement's subject
    ("Building on the Strategic Partnership launched in 2019, the United States and Fiji "
     "have agreed to raise their relations to a Comprehensive Partnership.",
     [("Strategic Partnership", ("FJI", "USA")),
      ("Comprehensive Partnership", ("FJI", "USA"))]),
    # a list of agreements is still cut at its own "and"
    ("The Defense Cooperation Agreement, the Shiprider Agreement and the Maritime Pact were "
     "signed with Fiji.",
     [("Defense Cooperation Agreement", ("FJI", "USA")),
      ("Shiprider Agreement", ("FJI", "USA")), ("Maritime Pact", ("FJI", "USA"))]),
    # states after "with" open no clause: each agreement keeps its own partner
    ("The United States signed the Shiprider Agreement with Tonga and the Maritime Pact "
     "with Fiji.",
     [("Shiprider Agreement", ("TON", "USA")), ("Maritime Pact", ("FJI", "USA"))]),
])
def test_states_opening_a_clause_are_not_cut(
        text: str, wanted: list[tuple[str, tuple[str, ...] | None]]) -> None:
    assert _parties(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    ("In Belize, U.S. aircraft operate from the main airport under an access agreement "
     "first signed in 2001.",
     [("access agreement", ("BLZ", "USA"))]),
    # the capital stands for its state
    ("A naval laboratory has operated in Quito under a host-nation agreement since 1990.",
     [("host-nation agreement", ("ECU", "USA"))]),
    ("A refueling arrangement at Tashkent airport supported coalition flights through 2014.",
     [("refueling arrangement", ("USA", "UZB"))]),  # sorted, as every party list
    # two places: no host to choose
    ("Aircraft flew from Germany to Qatar under an access agreement.",
     [("access agreement", ())]),
    # not an access-type agreement
    ("Ships from Chile exercised in Peru under the Maritime Pact.",
     [("Maritime Pact", ())]),
])
def test_an_access_agreement_is_with_the_state_it_is_used_in(
        text: str, wanted: list[tuple[str, tuple[str, ...] | None]]) -> None:
    assert _parties(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    ("Oman is also an active participant in the U.S.-GCC Strategic Partnership announced in "
     "2015.",
     [("U.S.-GCC Strategic Partnership", ("Gulf Cooperation Council", "OMN", "USA"))]),
    ("Oman participates in the U.S.-GCC Strategic Partnership.",
     [("U.S.-GCC Strategic Partnership", ("Gulf Cooperation Council", "OMN", "USA"))]),
    # a state that only welcomes it takes no part
    ("Oman welcomed the U.S.-GCC Strategic Partnership.",
     [("U.S.-GCC Strategic Partnership", ("Gulf Cooperation Council", "USA"))]),
])
def test_a_participant_before_a_prefixed_name_is_a_party(
        text: str, wanted: list[tuple[str, tuple[str, ...] | None]]) -> None:
    assert _parties(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    ("The United States, together with China, France, Russia, and the United Kingdom, signed "
     "the Protocol to the Treaty of Rarotonga on May 6, 1996.",
     [("Protocol to the Treaty of Rarotonga", ("CHN", "FRA", "GBR", "RUS", "USA"))]),
    ("Chile, along with Peru and Bolivia, signed the Andean Border Accord in 2001.",
     [("Andean Border Accord", ("BOL", "CHL", "PER"))]),
    # the phrase joins another clause's subject, not the signers'
    ("Brazil, together with Argentina, watched as Chile and Peru signed the Andean Border "
     "Accord in 2001.",
     [("Andean Border Accord", ("CHL", "PER"))]),
])
def test_a_subject_joined_by_together_with_signs_too(
        text: str, wanted: list[tuple[str, tuple[str, ...] | None]]) -> None:
    assert _parties(text) == wanted
