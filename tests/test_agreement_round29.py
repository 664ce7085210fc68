"""Round 29 of agreement rules, from the fifteenth session's reading of the held-out sets'
misses. Invented sentences only."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import extract_text
from pipeline.facts import AgreementFact


def _agreements(text: str, doc_date: date | None = None) -> dict[str, AgreementFact]:
    return {text[f.start:f.end]: f for f in extract_text(text, doc_date).facts
            if isinstance(f, AgreementFact)}


@pytest.mark.parametrize("plan", ["defense cooperation plan", "defence cooperation plan",
                                  "security cooperation plan"])
def test_a_cooperation_plan_in_lower_case_is_a_generic_instrument(plan: str) -> None:
    text = ("U.S. Security Cooperation With Chile\n\n"
            f"Engagements follow the {plan} that the two defense ministries signed in "
            "October 2021.")
    fact = _agreements(text)[plan]
    assert (fact.name, fact.kind) == (plan, "agreement")
    assert fact.parties == ("CHL", "USA")
    assert fact.date_start is not None and fact.date_start.start == date(2021, 10, 1)


def test_a_cooperation_plan_the_partner_document_leaves_unnamed_is_with_the_united_states(
        ) -> None:
    text = ("U.S. Relations With Chile\n\n"
            "Chile is a major non-NATO ally. The defense cooperation plan for 2024-2028, signed "
            "in May 2023, adds cyber defense and military medicine.")
    assert _agreements(text)["defense cooperation plan"].parties == ("CHL", "USA")


def test_an_acronym_of_a_programmes_own_name_after_its_region_stands_for_it() -> None:
    text = ("The Secretary announced the Gulf of Guinea Coastal Security Initiative (CSI) in "
            "May 2019. In Ghana, CSI funds built a radar station.")
    mentions = [(text[f.start:f.end], f.name) for f in extract_text(text).facts
                if isinstance(f, AgreementFact)]
    assert mentions[-1] == ("CSI", "Gulf of Guinea Coastal Security Initiative")


def test_a_document_defines_an_ambiguous_acronym_for_its_own_agreement() -> None:
    # "LOA" is known as a Letter of Offer and Acceptance; this document defines it otherwise
    text = ("In 2021 the United States and Uzbekistan signed a Letter of Agreement (LOA) on "
            "police training. Under the LOA, INL trains investigators. Kazakhstan's LOA "
            "followed in 2003.")
    found = [f for f in extract_text(text).facts if isinstance(f, AgreementFact)]
    later = [f for f in found if text[f.start:f.end] == "LOA"]
    assert [f.name for f in later] == ["Letter of Agreement", "Letter of Agreement"]
    assert later[-1].parties == ("KAZ", "USA")


def test_an_ambiguous_acronym_a_document_never_defines_stays_unread() -> None:
    text = "The two ministries discussed a new LOA for police training."
    assert not [f for f in extract_text(text).facts if isinstance(f, AgreementFact)]


def test_a_named_instrument_keeps_the_parties_an_earlier_mention_named() -> None:
    text = ("The Coastal Charter links the United States with Chile and Peru. "
            "Ministers reaffirmed their commitment to the Coastal Charter in 2023.")
    mentions = [f for f in extract_text(text).facts if isinstance(f, AgreementFact)]
    assert [f.parties for f in mentions] == [("CHL", "PER", "USA")] * 2


@pytest.mark.parametrize(("text", "parties"), [
    # a treaty's mentions name the party that acts, not all of them
    ("Russia suspended the Treaty on Naval Limits in 2007. The United States remains a party "
     "to the Treaty on Naval Limits.", ("USA",)),
    # a programme's mentions name the partners their clause says take part
    ("Chile joined the Coastal Partnership Initiative in 2019. The Coastal Partnership "
     "Initiative has trained 300 officers with U.S. support.", ("USA",)),
])
def test_a_treaty_or_a_programme_keeps_each_mentions_own_parties(
        text: str, parties: tuple[str, ...]) -> None:
    mentions = [f for f in extract_text(text).facts if isinstance(f, AgreementFact)]
    assert mentions[-1].parties == parties


@pytest.mark.parametrize(("text", "mention", "parties"), [
    ("Moldova also takes part in the Building Integrity Programme.",
     "Building Integrity Programme", ("MDA", "NATO")),
    ("Mongolia's battalion was certified under the Operational Capabilities Concept "
     "Evaluation and Feedback Programme.",
     "Operational Capabilities Concept Evaluation and Feedback Programme", ("MNG", "NATO")),
    ("The SNGP, endorsed at the Wales Summit, funds a training centre.", "SNGP",
     ("GEO", "NATO")),
])
def test_natos_partnership_tools_have_nato_among_their_parties(
        text: str, mention: str, parties: tuple[str, ...]) -> None:
    body = ("Security Cooperation Overview\n\n" + text if mention != "SNGP" else
            "The Substantial NATO-Georgia Package (SNGP) was agreed in 2014. " + text)
    assert _agreements(body)[mention].parties == parties


@pytest.mark.parametrize("name", [
    "United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic "
    "Substances",
    "Convention against Torture",
])
def test_a_name_whose_head_takes_against_is_read_whole(name: str) -> None:
    text = f"Tajikistan ratified the {name} in 1996."
    assert _agreements(text)[name].name == name


def test_a_capital_in_an_agreements_name_is_no_party() -> None:
    text = ("They reaffirmed their commitment to the 1984 Convention on Road Traffic and their "
            "support for the Paris Pact Initiative, which brings together more than 50 "
            "partners.")
    assert _agreements(text)["Convention on Road Traffic"].parties == ()


@pytest.mark.parametrize(("text", "mention", "parties"), [
    ("We welcome the progress Armenia and Azerbaijan have made toward a peace agreement.",
     "peace agreement", ("ARM", "AZE")),
    ("In September 2022, the United States called on both sides to respect the ceasefire "
     "agreement Kyrgyzstan and Tajikistan reached on September 16.", "ceasefire agreement",
     ("KGZ", "TJK")),
    ("U.S. officials welcomed the border delimitation agreement Chad and Sudan signed in "
     "2021.", "border delimitation agreement", ("SDN", "TCD")),
])
def test_the_united_states_is_no_party_of_others_peace_or_border_instrument(
        text: str, mention: str, parties: tuple[str, ...]) -> None:
    assert _agreements(text)[mention].parties == parties


def test_a_border_security_agreement_may_be_with_the_united_states() -> None:
    text = "The United States and Tajikistan signed a border security agreement in 2019."
    assert _agreements(text)["border security agreement"].parties == ("TJK", "USA")


def test_a_formal_title_names_its_governments_as_parties_not_in_its_name() -> None:
    title = ("Agreement between the Government of the United States of America and the "
             "Government of the Republic of Chile Concerning Cooperation in Defense Logistics")
    text = f"Support is provided under the {title}, signed in Santiago on May 4, 1999."
    fact = _agreements(text)[title]
    assert fact.name == "Agreement Concerning Cooperation in Defense Logistics"
    assert fact.parties == ("CHL", "USA")
    assert fact.date_start is not None and fact.date_start.start == date(1999, 5, 4)


@pytest.mark.parametrize(("text", "mention", "found"), [
    # a plural capitalized name inside a running sentence names the instruments
    ("In 2019, the United States signed Asylum Cooperative Agreements with Guatemala, El "
     "Salvador, and Honduras.", "Asylum Cooperative Agreements", True),
    # at a line's start or in a title-case heading it names a category of what follows
    ("Security Cooperation Agreements\n\nThe United States and Chile signed an ACSA in 2019.",
     "Security Cooperation Agreements", False),
    ("United States and Ecuador Sign Agreements to Strengthen Security Cooperation\n\nToday "
     "the two governments signed two agreements.",
     "Agreements to Strengthen Security Cooperation", False),
])
def test_a_plural_name_in_a_sentence_is_a_mention_and_in_a_heading_a_category(
        text: str, mention: str, found: bool) -> None:
    assert (mention in _agreements(text)) == found


@pytest.mark.parametrize(("text", "mention", "parties"), [
    ("The U.S.-Egypt relationship rests on the Camp David Accords, which President Carter "
     "brokered in 1978.", "Camp David Accords", ("EGY", "ISR")),
    ("We welcomed the Prespa Agreement, which resolved North Macedonia's name dispute.",
     "Prespa Agreement", ("GRC", "MKD")),
    ("U.S. forces helped implement the Dayton Accords in Bosnia and Herzegovina.",
     "Dayton Accords", ("BIH", "HRV", "SRB")),
])
def test_a_known_settlement_has_its_fixed_parties(text: str, mention: str,
                                                  parties: tuple[str, ...]) -> None:
    assert _agreements(text)[mention].parties == parties
