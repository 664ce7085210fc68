"""Round 30 of agreement rules, from the sixteenth session's reading of the checker's false
alarms on the held-out sets. Invented sentences only."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text
from pipeline.facts import AgreementFact


def _agreements(text: str) -> dict[str, AgreementFact]:
    return {text[f.start:f.end]: f for f in extract_text(text).facts
            if isinstance(f, AgreementFact)}


@pytest.mark.parametrize(("text", "mention", "parties"), [
    # the state after "paired with" is the pairing's, though a clause after it names it again
    ("The Kansas National Guard's partnership with Armenia began in 2003. In 2013, the Kansas "
     "National Guard was also paired with Ghana, and Ghana Armed Forces engineers have since "
     "trained alongside Armenian sappers.", "paired", ("GHA", "Kansas National Guard")),
    # "the country of Georgia" is the state the guard of Georgia partners with
    ("Peru's partnership with the Georgia National Guard began in 2019. The Georgia National "
     "Guard, which has also partnered with the country of Georgia since 1994, has since trained "
     "Peruvian medics.", "partnered", ("GEO", "Georgia National Guard")),
])
def test_the_state_a_pairing_word_binds_is_its_only_partner(
        text: str, mention: str, parties: tuple[str, ...]) -> None:
    assert _agreements(text)[mention].parties == parties


def test_a_pairing_the_guard_added_after_a_time_phrase_is_its_own() -> None:
    text = ("The Oregon National Guard has partnered with Bangladesh since 2008 through the State "
            "Partnership Program, and in 2019 it added a partnership with Vietnam.")
    found = _agreements(text)
    assert found["State Partnership Program"].parties == ("BGD", "Oregon National Guard")
    added = found["partnership"]
    assert added.parties == ("Oregon National Guard", "VNM")
    assert added.date_start is not None and added.date_start.start.year == 2019


@pytest.mark.parametrize(("text", "mention"), [
    ("In March 2021, Egypt signed a purchase agreement with France for 30 Rafale jets.",
     "purchase agreement"),
    ("The two governments agreed to begin negotiations on an air transport agreement.",
     "air transport agreement"),
    ("Uzbekistan concluded a host country agreement with the United Nations in 2022.",
     "host country agreement"),
    ("Officials are discussing a sustainment agreement for the radar sites.",
     "sustainment agreement"),
    ("In 2005, the two governments signed a border handover agreement.",
     "border handover agreement"),
    ("The Senate gave its advice and consent to Montenegro's accession protocol in 2016.",
     "accession protocol"),
    ("Allies signed the accession protocols for both countries on July 5, 2022.",
     "accession protocols"),
])
def test_a_generic_instrument_named_by_its_purpose_is_a_mention(text: str, mention: str) -> None:
    assert mention in _agreements(text)


def test_a_pairing_noun_in_apposition_to_a_state_is_that_states() -> None:
    text = ("The Ohio National Guard and Hungary have been partners since 1993.\n\n"
            "Ohio also partners with Serbia, a pairing established in 2005, and Ohio and "
            "Hungarian officers have jointly trained Serbian units.")
    # one mention of the pairing, on its verb (round 31: "also partners with" states it, as
    # the held-out annotators write it), not also on the noun in apposition
    found = _agreements(text)
    assert "pairing" not in found
    pairing = found["partners"]
    assert pairing.parties == ("Ohio National Guard", "SRB")
    assert pairing.date_start is not None and pairing.date_start.start.year == 2005


def test_a_year_that_names_another_agreement_is_not_this_ones_start() -> None:
    text = ("Once ratified, the new access agreement will supplement the 1951 NATO Status of "
            "Forces Agreement, which governs U.S. forces in Denmark.")
    found = _agreements(text)
    assert found["access agreement"].date_start is None
    sofa = found["NATO Status of Forces Agreement"].date_start
    assert sofa is not None and sofa.start.year == 1951


@pytest.mark.parametrize(("text", "mention"), [
    ("France announced a 2 million euro contribution to the Niger center for radios, and Chad "
     "requested $1-2 million in GPOI support to expand the Lake Chad simulation complex "
     "completed in March 2021.", "GPOI"),
    ("Armenia hosts the Regional Peacekeeping Centre, opened in May 2016 under the Partnership "
     "for Peace, and has trained 900 officers.", "Partnership for Peace"),
])
def test_a_date_a_facilitys_participle_gives_is_the_facilitys(text: str, mention: str) -> None:
    assert _agreements(text)[mention].date_start is None


def test_a_participial_aside_before_the_predicate_keeps_the_predicates_dates() -> None:
    text = "The Defense Cooperation Agreement, covering 2024-2028, was signed in May 2024."
    fact = _agreements(text)["Defense Cooperation Agreement"]
    assert fact.status == "signed"
    assert fact.date_start is not None and fact.date_start.start.isoformat() == "2024-05-01"
    assert fact.date_end is not None and fact.date_end.end.isoformat() == "2028-12-31"


@pytest.mark.parametrize("text", [
    "Signed in Canberra on September 1, 1951, the ANZUS Treaty entered into force on April 29, "
    "1952.",
    "The ANZUS Treaty, signed in Canberra on September 1, 1951, entered into force on April 29, "
    "1952.",
])
def test_a_signing_at_a_place_dates_the_start_before_the_entry_into_force(text: str) -> None:
    start = _agreements(text)["ANZUS Treaty"].date_start
    assert start is not None and start.start.isoformat() == "1951-09-01"


def test_another_things_participle_at_a_place_is_no_signing() -> None:
    text = ("The training group, established at Yavoriv in 2015, has trained 20 battalions, and "
            "the California National Guard has partnered with Ukraine through the State "
            "Partnership Program since 1993.")
    start = _agreements(text)["State Partnership Program"].date_start
    assert start is not None and start.start.year == 1993


def test_the_programs_reach_over_all_states_names_no_pairing() -> None:
    text = ("Chad is one of 16 African partners in the State Partnership Program, which pairs "
            "Guard units from all 54 states, territories and the District of Columbia with "
            "more than 100 nations.")
    parties = _agreements(text)["State Partnership Program"].parties
    assert not any(p.endswith("National Guard") for p in parties)


@pytest.mark.parametrize(("text", "mention", "parties"), [
    ("The Global Peace Operations Initiative has supported peacekeeping training in Ghana, "
     "Togo, and Benin since 2009.", "Global Peace Operations Initiative",
     ("BEN", "GHA", "TGO", "USA")),
    ("Since 2010, GPOI has invested more than $9 million in Mongolia.", "GPOI", ("MNG", "USA")),
    # the places the trained serve in are no partners
    ("GPOI has trained Ghanaian units that serve in Lebanon.", "GPOI", ("GHA", "USA")),
    ("GPOI helped prepare Indonesian units for missions in Lebanon.", "GPOI", ("IDN", "USA")),
])
def test_the_states_a_programme_works_in_are_its_partners(
        text: str, mention: str, parties: tuple[str, ...]) -> None:
    assert _agreements(text)[mention].parties == parties


@pytest.mark.parametrize(("text", "mention", "parties"), [
    ("Kosovo is not a member of NATO's Partnership for Peace, but it trains with Allies.",
     "Partnership for Peace", ("NATO",)),
    ("Unlike Georgia, which joined NATO's Partnership for Peace in 1994, Belarus never entered "
     "PfP.", "PfP", ("NATO",)),
    ("Benin is not a member of the Trans-Sahara Counterterrorism Partnership, but it shares "
     "intelligence.", "Trans-Sahara Counterterrorism Partnership", ("USA",)),
])
def test_a_state_said_to_be_no_member_is_no_party(text: str, mention: str,
                                                  parties: tuple[str, ...]) -> None:
    assert _agreements(text)[mention].parties == parties


def test_an_instrument_a_state_has_not_signed_yet_keeps_it_as_a_party() -> None:
    text = "The Maldives is not a party to an Acquisition and Cross-Servicing Agreement yet."
    assert "MDV" in _agreements(text)["Acquisition and Cross-Servicing Agreement"].parties


def test_an_organization_opening_a_name_owns_it() -> None:
    text = "U.S. forces in Latvia operate under the NATO Status of Forces Agreement."
    (fact,) = _agreements(text).values()
    assert fact.name == "Status of Forces Agreement"
    assert "NATO" in fact.parties


def test_a_convention_the_united_nations_sponsors_is_not_its_own() -> None:
    text = "Both states are parties to the United Nations Convention on the Law of the Sea."
    (fact,) = _agreements(text).values()
    assert "United Nations" not in fact.parties


@pytest.mark.parametrize(("text", "mention", "party"), [
    ("The delegation praised Mongolia, which ratified the Comprehensive Nuclear-Test-Ban Treaty "
     "in 1997, for its leadership.", "Comprehensive Nuclear-Test-Ban Treaty", "MNG"),
    ("Ministers welcomed Montenegro, which joined NATO's Partnership for Peace in 2006.",
     "Partnership for Peace", "MNE"),
])
def test_the_state_a_joining_relative_clause_follows_is_a_party(text: str, mention: str,
                                                                party: str) -> None:
    assert party in _agreements(text)[mention].parties


@pytest.mark.parametrize(("text", "mention", "year"), [
    ("Armenia's partnership with the Kansas National Guard, which ran from 2003 to 2015, "
     "included exchanges on demining.", "partnership", 2003),
    ("The Embassy recalled Armenia's partnership with the Kansas National Guard, which from 2003 "
     "to 2015 brought medics to Yerevan.", "partnership", 2003),
    ("Both leaders praised the Utah National Guard's partnership with Morocco, which dates to "
     "2003 and has produced many exchanges.", "partnership", 2003),
])
def test_a_relative_clause_gives_the_pairings_start(text: str, mention: str, year: int) -> None:
    start = _agreements(text)[mention].date_start
    assert start is not None and start.start.year == year


def test_a_programme_heading_a_section_names_no_partner() -> None:
    text = ("U.S. Security Cooperation With Mongolia\n\n"
            "Mongolia is a steady contributor to UN peacekeeping.\n\n"
            "Global Peace Operations Initiative\n\n"
            "Since 2006, GPOI has trained Mongolian peacekeepers.")
    heading = next(f for f in extract_text(text).facts if isinstance(f, AgreementFact))
    assert text[heading.start:heading.end] == "Global Peace Operations Initiative"
    assert heading.parties == ("USA",)
