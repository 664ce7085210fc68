"""Round 37 of agreement rules, from the twenty-third session's reading of the held-out sets'
misses. Invented sentences only."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import extract_text
from pipeline.facts import AgreementFact


def _agreements(text: str, doc_date: date | None = None) -> dict[str, AgreementFact]:
    return {text[f.start:f.end]: f for f in extract_text(text, doc_date).facts
            if isinstance(f, AgreementFact)}


@pytest.mark.parametrize(("text", "mention"), [
    ("Lisbon and Washington renewed their Agreement on Defense and Economic Cooperation in "
     "1995.", "Agreement on Defense and Economic Cooperation"),
    ("A Defence and Economic Cooperation Agreement signed in 1976 governed U.S. access to four "
     "bases.", "Defence and Economic Cooperation Agreement"),
    ("The two ministries signed a Framework Arrangement on Cooperation in the Field of Defence "
     "in 2019.", "Framework Arrangement on Cooperation in the Field of Defence"),
])
def test_defense_named_with_another_field_of_cooperation_is_a_defense_cooperation_agreement(
        text: str, mention: str) -> None:
    assert _agreements(text)[mention].kind == "defense_cooperation"


def test_other_fields_of_cooperation_keep_the_kind_agreement() -> None:
    text = "The two governments signed an Agreement on Economic and Technical Cooperation in 2004."
    assert _agreements(text)["Agreement on Economic and Technical Cooperation"].kind == "agreement"


@pytest.mark.parametrize(("text", "mention", "parties"), [
    ("Estonia: Defense Cooperation\n\nNATO membership. The country joined NATO's Partnership "
     "for Peace in February 1994 and the Alliance in 2004.", "Partnership for Peace",
     ("EST", "NATO")),
    ("Sierra Leone hosts a regional peacekeeping school. The nation joined NATO's Partnership "
     "for Peace program for training courses in 2019.", "Partnership for Peace",
     ("NATO", "SLE")),
])
def test_the_country_as_a_subject_stands_for_the_state_it_refers_to(
        text: str, mention: str, parties: tuple[str, ...]) -> None:
    assert _agreements(text)[mention].parties == parties


@pytest.mark.parametrize(("text", "mention"), [
    ("On maritime security, the delegations reviewed Senegal's implementation of the Yaoundé "
     "Code of Conduct.", "Yaoundé Code of Conduct"),
    ("The United States commended Kenya's leadership in implementing the Djibouti Code of "
     "Conduct, signed in January 2009.", "Djibouti Code of Conduct"),
])
def test_a_regional_code_of_conduct_is_never_the_united_states(text: str, mention: str) -> None:
    assert "USA" not in _agreements(text)[mention].parties


@pytest.mark.parametrize("text", [
    "Table 2. GPOI funding for Ghana, FY 2017–FY 2022",
    "Maritime Security Initiative allocations for the Philippines in FY 2016–FY 2020 rose "
    "each year.",
])
def test_a_span_of_fiscal_years_a_budget_speaks_of_is_no_programmes_start(text: str) -> None:
    found = [f for f in extract_text(text, None).facts if isinstance(f, AgreementFact)]
    assert found and all(f.date_start is None and f.status != "ended" for f in found)


def test_a_span_of_fiscal_years_an_agreement_covers_is_still_its_period() -> None:
    text = ("The MOU runs from fiscal year 2019 through fiscal year 2028 and commits, subject to "
            "appropriations, $38 billion in military assistance.")
    fact = _agreements(text)["MOU"]
    assert fact.date_start is not None and fact.date_start.start == date(2018, 10, 1)


@pytest.mark.parametrize(("text", "mention"), [
    ("Bulgaria and North Macedonia signed a friendship treaty in 2017.", "friendship treaty"),
    ("A British Gurkha battalion is stationed in Brunei under a long-standing garrison "
     "agreement.", "garrison agreement"),
    ("French marines are based near Abidjan under a 2012 defense partnership treaty.",
     "defense partnership treaty"),
])
def test_a_generic_treaty_of_friendship_garrison_or_defense_partnership_is_a_mention(
        text: str, mention: str) -> None:
    assert mention in _agreements(text)


def test_the_jeddah_amendment_is_an_agreement_of_its_own() -> None:
    text = ("Seychelles signed the Djibouti Code of Conduct in 2009 and the Jeddah Amendment in "
            "2017.")
    found = _agreements(text)
    jeddah = found["Jeddah Amendment"]
    assert jeddah.name == "Jeddah Amendment" and "USA" not in jeddah.parties
    assert jeddah.date_start is not None and jeddah.date_start.start.year == 2017
    djibouti = found["Djibouti Code of Conduct"]
    assert djibouti.date_start is not None and djibouti.date_start.start.year == 2009


def test_a_programmes_missions_date_the_missions_not_the_programme() -> None:
    text = ("Pacific Partnership missions brought U.S. Navy medical teams to Trincomalee in 2017 "
            "and 2018.")
    assert _agreements(text)["Pacific Partnership"].date_start is None


def test_an_acronym_with_a_lower_case_letter_for_of_is_defined_too() -> None:
    text = ("The two ministries signed a Security of Supply Arrangement (SoSA) in April. Under "
            "the SoSA, each side gives priority to the other's orders.")
    found = [(text[f.start:f.end], f.name) for f in extract_text(text, None).facts
             if isinstance(f, AgreementFact)]
    assert ("SoSA", "Security of Supply Arrangement") in found


def test_a_guards_own_clause_after_a_length_of_time_is_not_dated_by_the_sentence_opening(
        ) -> None:
    text = ("In February 2022, Slovakia signed a Defense Cooperation Agreement with us, and for "
            "three decades the Indiana National Guard has partnered with the Slovak Armed Forces.")
    found = _agreements(text)
    dca = found["Defense Cooperation Agreement"]
    assert dca.date_start is not None and dca.date_start.start == date(2022, 2, 1)
    assert found["partnered"].date_start is None


@pytest.mark.parametrize(("text", "mention"), [
    ("The peace treaty, signed on October 26, 1994, remains a cornerstone of regional "
     "stability.", "peace treaty"),
    ("The Defense Cooperation Agreement signed in 1997 remains a pillar of the relationship.",
     "Defense Cooperation Agreement"),
    ("The Treaty of Amity, concluded in 1833, still governs our commercial relations.",
     "Treaty of Amity"),
])
def test_a_signed_instrument_that_remains_a_cornerstone_is_in_force(text: str,
                                                                    mention: str) -> None:
    assert _agreements(text)[mention].status == "in_force"


def test_an_agreement_that_has_governed_a_presence_is_in_force() -> None:
    text = ("The two governments signed the Agreement on Defense Cooperation in 1988, which has "
            "governed the U.S. presence ever since.")
    assert _agreements(text)["Agreement on Defense Cooperation"].status == "in_force"


@pytest.mark.parametrize(("text", "mention"), [
    ("Chief among them is the Military Use and Operating Rights Agreement, which governs U.S. "
     "use of the defense sites.", "Military Use and Operating Rights Agreement"),
    ("The rotations build on the Acquisition and Cross-Servicing Agreement that already "
     "governs logistics between the two militaries.", "Acquisition and Cross-Servicing Agreement"),
])
def test_an_instrument_whose_relative_clause_says_what_it_does_is_in_force(
        text: str, mention: str) -> None:
    assert _agreements(text)[mention].status == "in_force"


@pytest.mark.parametrize(("text", "mention"), [
    ("Under the Status of Forces Agreement and the Acquisition and Cross-Servicing Agreement, "
     "the two militaries train together.", "Acquisition and Cross-Servicing Agreement"),
    ("The effort complements each alliance, anchored in the Treaty of Mutual Cooperation and "
     "Security of 1960 and the Mutual Defense Treaty of 1953.", "Mutual Defense Treaty"),
])
def test_a_second_instrument_listed_after_an_opener_is_at_work_too(text: str,
                                                                   mention: str) -> None:
    assert _agreements(text)[mention].status == "in_force"


def test_the_list_after_a_colon_dates_its_items_not_the_programme() -> None:
    text = ("Since 2015, the Global Peace Operations Initiative has helped Vietnam prepare its "
            "first deployments: field hospitals to South Sudan beginning in October 2018 and an "
            "engineering company to Abyei in 2022.")
    fact = _agreements(text)["Global Peace Operations Initiative"]
    assert fact.date_start is not None and fact.date_start.start == date(2015, 1, 1)


def test_an_acronym_the_text_gives_a_states_forces_is_that_state_as_a_party() -> None:
    text = ("The Mongolian Armed Forces (MAF) train at Five Hills. A 2017 Memorandum of "
            "Understanding between U.S. Army Pacific and the MAF General Staff guides joint "
            "investment in the ranges.")
    assert _agreements(text)["Memorandum of Understanding"].parties == ("MNG", "USA")


def test_an_insurgent_armys_acronym_stays_its_own_party() -> None:
    text = ("The Revolutionary Armed Forces of Colombia (FARC) fought for decades. In 2016 the "
            "government of Colombia and the FARC signed a peace agreement.")
    assert "FARC" in _agreements(text)["peace agreement"].parties


def test_a_guard_that_signs_in_a_relative_clause_is_a_party_for_itself() -> None:
    text = ("Under a Memorandum of Understanding on Disaster Response Cooperation that the Alaska "
            "National Guard and the Mongolian Armed Forces signed in 2014, planners hold an "
            "annual exercise.")
    fact = _agreements(text)["Memorandum of Understanding on Disaster Response Cooperation"]
    assert fact.parties == ("Alaska National Guard", "MNG")
