"""Round 20 of agreement parties (from agreements found with wrong parties over all gold
documents): a run-in heading that names a programme is the programme in general when the
text after its colon is a sentence of its own; a pairing's guard is the antecedent of the
relative clause that holds it, is named in the prepositional relative clause after it, or
opens a comma-"and" clause of its own (after a time phrase or none); the United States that
backs an agreement between other states is no party of it; "between A and B" right after a
name says whose it is. Invented sentences only."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text
from pipeline.facts import AgreementFact


def _parties(text: str) -> list[tuple[str, tuple[str, ...] | None]]:
    """(span as written, parties) of every agreement mention, in document order."""
    return [(text[f.start:f.end], f.parties)
            for f in extract_text(text, None).facts if isinstance(f, AgreementFact)]


@pytest.mark.parametrize(("text", "wanted"), [
    # the heading is the programme; the sentence after it speaks of the pairing
    ("State Partnership Program: The Idaho National Guard and Cambodia have been paired "
     "under the State Partnership Program since 2009.",
     [("State Partnership Program", ("USA",)),
      ("State Partnership Program", ("Idaho National Guard", "KHM"))]),
    ("- State Partnership Program: Laos’s partnership with the Oregon National Guard, "
     "established in 2013, focuses on demining.",
     [("State Partnership Program", ("USA",))]),
    # a fragment after the colon is what the heading speaks of
    ("- Global Peace Operations Initiative (GPOI): $9.5 million since 2010 for Nepal and "
     "Bangladesh.",
     [("Global Peace Operations Initiative", ("BGD", "NPL", "USA"))]),
    # a colon that ends a clause with a verb is no heading
    ("The Texas National Guard and Chile signed two documents: a State Partnership Program "
     "plan and a training annex.",
     [("State Partnership Program", ("CHL", "Texas National Guard"))]),
])
def test_a_run_in_heading_is_a_clause_of_its_own(
        text: str, wanted: list[tuple[str, tuple[str, ...] | None]]) -> None:
    assert _parties(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # the guard the relative clause is said of
    ("The Nevada National Guard, which has been paired with Fiji through the State "
     "Partnership Program since 2018, will lead the exercise.",
     [("State Partnership Program", ("FJI", "Nevada National Guard"))]),
    # a place before the relative clause is no guard: the programme is the U.S. one
    ("The Nevada National Guard visited Suva, which has hosted State Partnership Program "
     "events since 2018.",
     [("State Partnership Program", ("USA",))]),
    # the guard a prepositional relative clause after the mention names
    ("The ministers praised the State Partnership Program, through which the Maine National "
     "Guard and Montenegro have trained since 2006.",
     [("State Partnership Program", ("MNE", "Maine National Guard"))]),
    # a guard only in the next sentence is not the relative clause's
    ("The ministers praised the State Partnership Program, under which Montenegro has "
     "trained since 2006. The Maine National Guard sent a team.",
     [("State Partnership Program", ("MNE", "USA"))]),
])
def test_a_pairings_guard_in_a_relative_clause(
        text: str, wanted: list[tuple[str, tuple[str, ...] | None]]) -> None:
    assert _parties(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    ("Mongolia joined the Partnership for Peace in 2003, and the same year the Alaska "
     "National Guard and Mongolia were paired under the State Partnership Program.",
     [("Partnership for Peace", ("MNG", "NATO")),
      ("State Partnership Program", ("Alaska National Guard", "MNG"))]),
    ("Ghana signed a Status of Forces Agreement in 2018, and the North Dakota National Guard "
     "and Ghana were paired under the State Partnership Program.",
     [("Status of Forces Agreement", ("GHA", "USA")),
      ("State Partnership Program", ("GHA", "North Dakota National Guard"))]),
    # no guard after the comma-"and": the clause is shared as before
    ("Ghana signed a Status of Forces Agreement in 2018, and the two countries also renewed "
     "their interest in the State Partnership Program.",
     [("Status of Forces Agreement", ("GHA", "USA")),
      ("State Partnership Program", ("GHA", "USA"))]),
])
def test_a_guard_led_comma_and_opens_the_pairings_clause(
        text: str, wanted: list[tuple[str, tuple[str, ...] | None]]) -> None:
    assert _parties(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    ("The United States commended Ecuador’s implementation of the Amazon Accord with Peru.",
     [("Amazon Accord", ("ECU", "PER"))]),
    ("The United States welcomes the ceasefire agreement between Chad and Sudan.",
     [("ceasefire agreement", ("SDN", "TCD"))]),
    ("The United States has supported direct talks between Baku and Yerevan toward a lasting "
     "peace agreement.",
     [("peace agreement", ("ARM", "AZE"))]),
    ("The United States welcomed the Philippines’ signing of the Reciprocal Access Agreement "
     "with Australia.",
     [("Reciprocal Access Agreement", ("AUS", "PHL"))]),
    # the partners after "with" are the backer's own
    ("The United States welcomed the Trilateral Security Cooperation Framework with Japan "
     "and the Republic of Korea.",
     [("Trilateral Security Cooperation Framework", ("JPN", "KOR", "USA"))]),
    # a U.S. programme stays the United States'
    ("The United States has supported Chad, Mali, and Niger through the Trans-Sahara "
     "Counterterrorism Partnership.",
     [("Trans-Sahara Counterterrorism Partnership", ("MLI", "NER", "TCD", "USA"))]),
    # another subject backs it: the United States is not taken out
    ("Kenya welcomed the Status of Forces Agreement with the United States and Somalia.",
     [("Status of Forces Agreement", ("KEN", "SOM", "USA"))]),
])
def test_the_united_states_backing_an_agreement_of_others_is_no_party(
        text: str, wanted: list[tuple[str, tuple[str, ...] | None]]) -> None:
    assert _parties(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    ("The Mutual Defense Treaty between the United States and the Republic of Chile, signed "
     "in 1952, ended after Chile recognized the People’s Republic of China.",
     [("Mutual Defense Treaty", ("CHL", "USA"))]),
    ("In Svalbard, operations are governed by the 1955 Defense Agreement between the United "
     "States and Norway.",
     [("Defense Agreement", ("NOR", "USA"))]),
    # one state after "between" says nothing about the rest
    ("Japan and Korea signed a Defense Agreement, the first between Japan and its neighbor.",
     [("Defense Agreement", ("JPN", "KOR"))]),
])
def test_between_a_and_b_after_the_name_gives_its_parties(
        text: str, wanted: list[tuple[str, tuple[str, ...] | None]]) -> None:
    assert _parties(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # a plural demonym stands for people, not their state
    ("Peru hosts U.S. teams under the Harbor Accord signed in 2019, and for the relocation of "
     "Venezuelans who fled to Lima.",
     [("Harbor Accord", ("PER", "USA"))]),
    # a state named by its name stays a party
    ("Peru signed the Harbor Accord with Venezuela in 2019.",
     [("Harbor Accord", ("PER", "VEN"))]),
])
def test_a_plural_demonym_is_no_party(
        text: str, wanted: list[tuple[str, tuple[str, ...] | None]]) -> None:
    assert _parties(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # "it" opening a conjunct of its own stands for the one state its sentence opens with
    ("Moldova joined the Partnership for Peace in 1994, and it takes part in PfP exercises on "
     "disaster relief.",
     [("Partnership for Peace", ("MDA", "NATO")), ("PfP", ("MDA", "NATO"))]),
    # two states open the sentence: "it" is neither for sure
    ("Moldova and Malta joined the Partnership for Peace in 1994, and it takes part in PfP "
     "exercises on disaster relief.",
     [("Partnership for Peace", ("MDA", "MLT", "NATO")), ("PfP", ("NATO",))]),
])
def test_it_opening_a_conjunct_stands_for_the_sentences_subject(
        text: str, wanted: list[tuple[str, tuple[str, ...] | None]]) -> None:
    assert _parties(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # an organization paired with a partner by a dash inside the name is a party
    ("The Enhanced NATO–Moldova Package, agreed in 2023, funds cyber defense training.",
     [("Enhanced NATO–Moldova Package", ("MDA", "NATO"))]),
    # an organization that only modifies a word after a dash is none
    ("Chad signed the NATO-led Mission Agreement in 2019.",
     [("Mission Agreement", ("TCD", "USA"))]),
])
def test_an_organization_paired_by_a_dash_in_the_name_is_a_party(
        text: str, wanted: list[tuple[str, tuple[str, ...] | None]]) -> None:
    assert _parties(text) == wanted


def test_the_united_states_named_again_stays_a_party() -> None:
    text = ("The United States supports the Harbor Accord that brings together Chile, Peru, and "
            "the United States.")
    assert _parties(text) == [("Harbor Accord", ("CHL", "PER", "USA"))]
