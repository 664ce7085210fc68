"""Round 22 of agreement parties (from agreements found with parties that are not theirs, over
all gold documents): a grouping that names a forum ("the C5+1 Security Working Group") in a
clause that names a partner state is no list of parties; a state a cargo or a flight is bound
for is a place; a pairing a state asks for names no guard and no U.S. party yet; the United
States that a relative clause says backs others' agreement ("which the United States supports")
is no party; a capital before a meeting noun ("the 2008 Bucharest Summit") is where it met; "is
also a party to" is an accession. Invented sentences only."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text
from pipeline.facts import AgreementFact

Wanted = list[tuple[str, tuple[str, ...] | None]]


def _parties(text: str) -> Wanted:
    """(span as written, parties) of every agreement mention, in document order."""
    return [(text[f.start:f.end], f.parties)
            for f in extract_text(text, None).facts if isinstance(f, AgreementFact)]


_PROGRAM = "The State Partnership Program now counts more than 100 partners. "


@pytest.mark.parametrize(("text", "wanted"), [
    ("Uzbekistan has taken part in NATO's Partnership for Peace since 1994 and works with the "
     "United States through the C5+1 Security Working Group.",
     [("Partnership for Peace", ("NATO", "UZB"))]),
    ("Kazakhstan and the United States cooperate through several fora, including the C5+1 "
     "diplomatic platform and NATO's Partnership for Peace, in which Kazakhstan has taken part "
     "since 1994.",
     [("Partnership for Peace", ("KAZ", "NATO"))]),
    ("Turkmenistan joined NATO's Partnership for Peace in 1994 and meets the United States "
     "through the C5+1 ministerial.",
     [("Partnership for Peace", ("NATO", "TKM"))]),
    # a clause that names no partner state: the forum's members are who acts
    ("The C5+1 platform was launched in 2015 with the Joint Declaration of Partnership and "
     "Cooperation.",
     [("Joint Declaration of Partnership and Cooperation",
       ("KAZ", "KGZ", "TJK", "TKM", "USA", "UZB"))]),
])
def test_a_grouping_that_names_a_forum_is_no_list_of_parties(text: str, wanted: Wanted) -> None:
    assert _parties(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    ("In 2010, Uzbekistan concluded a transit agreement that allows U.S. cargo bound for "
     "Afghanistan to cross its territory.",
     [("transit agreement", ("USA", "UZB"))]),
    ("Latvia signed a transit arrangement for coalition supplies destined for Afghanistan in "
     "2009.",
     [("transit arrangement", ("LVA", "USA"))]),
    ("In 2012, the Kyrgyz Republic renewed its transit agreement with the United States for "
     "flights headed for Afghanistan.",
     [("transit agreement", ("KGZ", "USA"))]),
])
def test_the_state_a_cargo_is_bound_for_is_a_place(text: str, wanted: Wanted) -> None:
    assert _parties(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    (_PROGRAM + "Fiji has expressed interest in a new pairing.",
     [("State Partnership Program", ("USA",)), ("pairing", ("FJI",))]),
    (_PROGRAM + "Bahrain and Oman have requested future pairings.",
     [("State Partnership Program", ("USA",)), ("pairings", ("BHR", "OMN"))]),
    # the United States named in the clause is a party
    (_PROGRAM + "The United States and Fiji are discussing a new pairing.",
     [("State Partnership Program", ("USA",)), ("pairing", ("FJI", "USA"))]),
    # the programme by its name is the U.S. programme
    ("Fiji has expressed interest in the State Partnership Program.",
     [("State Partnership Program", ("FJI", "USA"))]),
])
def test_a_pairing_a_state_asks_for_is_the_states(text: str, wanted: Wanted) -> None:
    assert _parties(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    ("Thailand and Cambodia conduct joint border patrols under a 2018 memorandum of "
     "understanding, which Washington has long supported.",
     [("memorandum of understanding", ("KHM", "THA"))]),
    ("Ghana and Togo share maritime data under the Gulf of Guinea Code of Conduct, which the "
     "United States has long supported.",
     [("Gulf of Guinea Code of Conduct", ("GHA", "TGO"))]),
    # a state and an organization are two other parties too
    ("The United States also welcomed Armenia's Individual Partnership and Cooperation "
     "Programme with NATO, in place since 2005.",
     [("Individual Partnership and Cooperation Programme", ("ARM", "NATO"))]),
    # a U.S. programme stays the United States'
    ("Chad and Niger joined the Trans-Sahara Counterterrorism Partnership, which the United "
     "States supports.",
     [("Trans-Sahara Counterterrorism Partnership", ("NER", "TCD", "USA"))]),
])
def test_the_united_states_backing_others_agreement_is_no_party(
        text: str, wanted: Wanted) -> None:
    assert _parties(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    ("Albania joined NATO's Partnership for Peace in 1994, and at the 2008 Bucharest Summit "
     "Allies invited it to join the Alliance.",
     [("Partnership for Peace", ("ALB", "NATO"))]),
    ("Ukraine joined the Partnership for Peace in 1994, and the 1997 Madrid Summit welcomed "
     "its progress.",
     [("Partnership for Peace", ("NATO", "UKR"))]),
    ("Georgia joined the Partnership for Peace in 1994, and the 2023 Vilnius Summit reaffirmed "
     "its path to membership.",
     [("Partnership for Peace", ("GEO", "NATO"))]),
    # a capital that acts is its state
    ("Tbilisi and Washington signed the Charter on Strategic Partnership in 2009.",
     [("Charter on Strategic Partnership", ("GEO", "USA"))]),
])
def test_a_capital_before_a_meeting_noun_is_where_it_met(text: str, wanted: Wanted) -> None:
    assert _parties(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    ("Honduras is also a party to the Inter-American Treaty of Reciprocal Assistance and "
     "trains alongside Guatemala and El Salvador.",
     [("Inter-American Treaty of Reciprocal Assistance", ("HND",))]),
    ("Peru is also a party to the Treaty of Tlatelolco and exercises with Chile and Ecuador.",
     [("Treaty of Tlatelolco", ("PER",))]),
    ("Costa Rica is also a party to the Inter-American Treaty of Reciprocal Assistance and "
     "trains with Panama.",
     [("Inter-American Treaty of Reciprocal Assistance", ("CRI",))]),
])
def test_also_a_party_to_is_an_accession(text: str, wanted: Wanted) -> None:
    assert _parties(text) == wanted
