"""Round 28 of agreement rules, from the fourteenth session's blind sets (heldout102-109) and
the false alarms the consistency checker raised inside them. Invented sentences only."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import extract_text
from pipeline.facts import AgreementFact


def _agreements(text: str, doc_date: date | None = None) -> dict[str, AgreementFact]:
    return {text[f.start:f.end]: f for f in extract_text(text, doc_date).facts
            if isinstance(f, AgreementFact)}


@pytest.mark.parametrize(("heading", "partner"), [
    # a heading naming a region beside its one state is no partner's section
    ("Regional Security in the South Caucasus After Georgia", None),
    ("Security Assistance to Central Asia After Afghanistan", None),
    # one naming the state alone still is
    ("Security Assistance to Armenia", "ARM"),
])
def test_a_heading_that_names_a_region_decides_no_partner(heading: str,
                                                         partner: str | None) -> None:
    text = ("Testimony of the Deputy Assistant Secretary for Eurasia\n\n"
            f"{heading}\n\n"
            "Our programs are modest but durable. We signed an Acquisition and Cross-Servicing "
            "Agreement in 2017, and training continues.\n")
    fact = _agreements(text)["Acquisition and Cross-Servicing Agreement"]
    assert fact.parties == tuple(sorted({"USA", *([partner] if partner else [])}))


@pytest.mark.parametrize(("text", "mention", "parties"), [
    # a sentence framed by one state: its agreements are that state's, whatever the
    # document's subject or the paragraph's last state
    ("U.S. Cooperation with Kazakhstan\n\nKazakhstan hosts the program's largest projects. "
     "In Uzbekistan, teams working under the CTR umbrella agreement signed in 2001 closed a "
     "laboratory.", "CTR umbrella agreement", ("USA", "UZB")),
    ("Turkmenistan takes part in EXBS training. In the Kyrgyz Republic, police reform and "
     "the Montana National Guard partnership, which began in 1996, have lasted.",
     "partnership", ("KGZ", "Montana National Guard")),
    ("In Palau, the Compact Review Agreement provided funds through 2024.",
     "Compact Review Agreement", ("PLW", "USA")),
])
def test_a_state_framing_the_sentence_is_the_partner(text: str, mention: str,
                                                     parties: tuple[str, ...]) -> None:
    assert _agreements(text)[mention].parties == parties


def test_a_second_that_clause_has_its_own_time() -> None:
    # "noted that A, and that B": B is a second thing noted, its year not A's agreement's
    text = ("The delegations noted that the Nevada National Guard partnership with "
            "Turkmenistan remains a pillar of their ties, and that Turkmen officers attended "
            "U.S. courses last year.")
    fact = _agreements(text, date(2019, 10, 17))["partnership"]
    assert fact.date_start is None
    assert fact.date_end is None
    # a "that" clause of its own after the agreement still dates it
    text = ("The ministers noted that the two governments signed the Memorandum of "
            "Understanding on Border Security in 2019, and that it remains in force.")
    assert _agreements(text)["Memorandum of Understanding on Border Security"].date_start


@pytest.mark.parametrize(("text", "mention", "start"), [
    # a "when" clause after the sentence's opening date: its agreement takes that date, not
    # one of the main clause after it
    ("Since 2002, when the two governments signed the Memorandum of Understanding on Border "
     "Security, Tajikistan has received border posts built in 2015 and 2019.",
     "Memorandum of Understanding on Border Security", "2002-01-01"),
    ("Since 1997, when the two countries launched their Strategic Partnership, Bulgaria has "
     "modernized its forces and joined NATO on March 29, 2004.", "Strategic Partnership",
     "1997-01-01"),
    # a "when" clause after a main clause runs to the sentence's end: its own participle's
    # date is the agreement's
    ("Our ties date to 1777, when Morocco recognized the United States, and were formalized "
     "in the Treaty of Peace and Friendship, signed in 1786.", "Treaty of Peace and Friendship",
     "1786-01-01"),
])
def test_a_when_clause_after_an_opening_date_ends_before_the_main_clause(
        text: str, mention: str, start: str) -> None:
    fact = _agreements(text)[mention]
    assert fact.date_start is not None and fact.date_start.start.isoformat() == start


def test_a_relative_clause_of_the_subject_dates_the_subject_not_the_agreement() -> None:
    # "The exercise, which runs from June 19 to July 2, is ... of GPOI": the exercise's dates
    text = ("The two-week exercise, which runs from June 19 to July 2, is co-hosted by the "
            "Mongolian Armed Forces and is the capstone exercise of the Global Peace "
            "Operations Initiative in the region.")
    fact = _agreements(text, date(2023, 6, 19))["Global Peace Operations Initiative"]
    assert fact.date_start is None and fact.date_end is None
    # a relative clause that does not close before the agreement still dates it
    text = "The two ministers, who signed the Defense Cooperation Agreement in May 2016, met."
    assert _agreements(text)["Defense Cooperation Agreement"].date_start is not None


@pytest.mark.parametrize(("text", "mention", "name"), [
    # a generic mention capitalized only as a sentence's or a cell's first word
    ("Basing agreement (Ganci Air Base) | United States; Kyrgyz Republic | 2001 | Ended 2014",
     "Basing agreement", "basing agreement"),
    ("Implementing arrangements with each ministry set out the projects.",
     "Implementing arrangements", "implementing arrangement"),
    # a proper name with a lower-case head, or a numbered one, keeps its capitals
    ("Section 505 agreements govern the end use of grant equipment.",
     "Section 505 agreements", "Section 505 agreement"),
])
def test_a_generic_mention_at_a_sentence_start_is_named_in_lower_case(
        text: str, mention: str, name: str) -> None:
    assert _agreements(text)[mention].name == name


_MEETING = ("The Foreign Ministers of Kazakhstan, the Kyrgyz Republic, Tajikistan, Turkmenistan, "
            "and Uzbekistan and the Secretary of State of the United States met in Astana.\n\n")


def test_a_counted_reference_with_too_few_states_before_it_is_not_those_states() -> None:
    # "all six countries" after a sentence naming one state: not that state, but the six
    # the statement's opening says met
    text = (_MEETING + "The Ministers noted that Afghan opiates remain a threat. The Ministers "
            "reaffirmed their commitment to the Treaty on the Non-Proliferation of Nuclear "
            "Weapons, to which all six countries are party.")
    fact = _agreements(text)["Treaty on the Non-Proliferation of Nuclear Weapons"]
    assert fact.parties == ("KAZ", "KGZ", "TJK", "TKM", "USA", "UZB")


def test_a_counted_reference_the_author_completes_keeps_the_states_before_it() -> None:
    text = ("Relations between Japan and South Korea have improved. Their General Security of "
            "Military Information Agreement functions fully, and the three leaders agreed to "
            "share missile warning data.")
    fact = _agreements(text)["General Security of Military Information Agreement"]
    assert fact.parties == ("JPN", "KOR")


def test_a_guard_led_coordinate_does_not_share_the_first_pairings_partner() -> None:
    text = ("Ghana and the North Dakota National Guard have been partners since 2004, and the "
            "North Dakota National Guard entered partnerships with Togo and Benin in 2014.")
    facts = _agreements(text)
    assert facts["partners"].parties == ("GHA", "North Dakota National Guard")
    assert facts["partnerships"].parties == ("BEN", "North Dakota National Guard", "TGO")


def test_the_navys_partnership_stations_are_known_programmes() -> None:
    text = ("Ghanaian sailors trained aboard U.S. ships under the Africa Partnership Station, "
            "and APS deployments continued in 2024.")
    facts = _agreements(text)
    assert facts["Africa Partnership Station"].name == "Africa Partnership Station"
    assert "USA" in (facts["Africa Partnership Station"].parties or ())
    assert facts["APS"].name == "Africa Partnership Station"


def test_a_dash_set_aside_before_a_second_predicate_keeps_the_first_ones_date() -> None:
    text = ("Tajikistan hosted the regional exercise in 2019 – the third time in five years – "
            "and has sent officers to courses funded by the Global Peace Operations "
            "Initiative.")
    assert _agreements(text)["Global Peace Operations Initiative"].date_start is None


@pytest.mark.parametrize("line", [
    "• July 11, 2014 – The Agreement on the Transit Center at Manas International Airport "
    "expires, ending 12 years of U.S. presence.",
    "On July 11, 2014, the Manas transit agreement expired.",
])
def test_a_date_opening_the_agreements_own_ending_is_its_end(line: str) -> None:
    (fact,) = _agreements(line).values()
    assert fact.date_start is None
    assert fact.date_end is not None and fact.date_end.start == date(2014, 7, 11)
    assert fact.status == "ended"
