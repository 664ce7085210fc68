"""Round 36 of agreement rules, from the twenty-second session's reading of the held-out sets'
misses. Invented sentences only."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import extract_text
from pipeline.facts import AgreementFact


def _agreements(text: str, doc_date: date | None = None) -> dict[str, AgreementFact]:
    return {text[f.start:f.end]: f for f in extract_text(text, doc_date).facts
            if isinstance(f, AgreementFact)}


@pytest.mark.parametrize(("text", "mention", "year"), [
    ("In May 2021, Ghana, Togo and Benin signed a framework agreement on a proposed coastal "
     "highway.", "framework agreement", 2021),
    ("Negotiators sought a common text for years before the two governments signed the "
     "Partnership Charter in March 2014.", "Partnership Charter", 2014),
    ("The United States and Chile signed a Security of Supply Arrangement in June 2023 and are "
     "negotiating a reciprocal procurement agreement.", "Security of Supply Arrangement", 2023),
])
def test_a_signing_nearer_than_any_proposal_states_the_status(text: str, mention: str,
                                                              year: int) -> None:
    fact = _agreements(text)[mention]
    assert fact.status == "signed"
    assert fact.date_start is not None and fact.date_start.start.year == year


@pytest.mark.parametrize(("text", "mention"), [
    ("The two governments intend to sign a Memorandum of Understanding on fisheries in 2026.",
     "Memorandum of Understanding"),
    ("The delegations are negotiating the terms that remain before a Letter of Offer and "
     "Acceptance can be concluded.", "Letter of Offer and Acceptance"),
    ("Chile has expressed interest in a pairing through the State Partnership Program.",
     "State Partnership Program"),
    ("Peru joined the network in May 2022, and we are finalizing a Maritime Data Sharing "
     "Agreement with its navy.", "Maritime Data Sharing Agreement"),
])
def test_a_plan_to_sign_stays_a_proposal(text: str, mention: str) -> None:
    assert _agreements(text)[mention].status == "proposed"


def test_a_numbered_article_names_an_agreement_and_keeps_its_own_date() -> None:
    text = ("The two countries signed an Article 98 agreement in 2004 and an Acquisition and "
            "Cross-Servicing Agreement in 2012.")
    found = _agreements(text)
    article = found["Article 98 agreement"]
    assert article.date_start is not None and article.date_start.start.year == 2004
    acsa = found["Acquisition and Cross-Servicing Agreement"]
    assert acsa.date_start is not None and acsa.date_start.start.year == 2012


def test_a_year_before_a_lower_case_head_names_no_agreement() -> None:
    assert "2016 agreement" not in " ".join(_agreements("They signed the 2016 agreement."))


def test_a_relative_clause_after_the_second_agreement_leaves_each_its_own_date() -> None:
    text = ("In 1971 the two governments signed an Agreement of Amity and Commerce, and on "
            "March 14, 1978, they signed the Treaty of Amity and Defense, which provided "
            "about $900 million in credits.")
    found = _agreements(text)
    first = found["Agreement of Amity and Commerce"].date_start
    second = found["Treaty of Amity and Defense"].date_start
    assert first is not None and first.start == date(1971, 1, 1)
    assert second is not None and second.start == date(1978, 3, 14)


@pytest.mark.parametrize(("text", "signer"), [
    ("In May 2014 NATO concluded transit agreements with Georgia, Armenia and Azerbaijan so "
     "that cargo could move overland.", "NATO"),
    ("The IAEA concluded transit agreements with Georgia and Armenia so that fuel can be "
     "shipped to the bank.", "IAEA"),
    ("In 2009 the Pentagon concluded transit agreements with Georgia, Armenia and Azerbaijan "
     "so that cargo could move overland.", "USA"),
])
def test_agreements_concluded_with_a_list_of_states_are_their_signers(text: str,
                                                                      signer: str) -> None:
    parties = _agreements(text)["transit agreements"].parties
    assert signer in parties and ({"NATO", "IAEA", "USA"} - {signer}).isdisjoint(parties)


@pytest.mark.parametrize(("text", "mention", "parties"), [
    ("Russia continues to use the Baikonur Cosmodrome under a lease agreement signed in 1994.",
     "lease agreement", ("KAZ", "RUS")),
    ("China runs a logistics hub under a lease agreement signed in 2016, paying Djibouti "
     "about $20 million a year.", "lease agreement", ("CHN", "DJI")),
])
def test_a_foreign_guests_lease_is_with_its_host(text: str, mention: str,
                                                 parties: tuple[str, ...]) -> None:
    assert _agreements(text)[mention].parties == parties


def test_a_capital_acting_as_a_guest_is_no_host() -> None:
    text = ("Moscow maintains the 201st Military Base in Tajikistan under a basing agreement "
            "that runs until 2042, and Kant Air Base in the Kyrgyz Republic under a 2012 "
            "basing agreement.")
    facts = [f for f in extract_text(text, None).facts if isinstance(f, AgreementFact)]
    assert "RUS" not in facts[1].parties or "USA" not in facts[1].parties
    assert "KGZ" in facts[1].parties


@pytest.mark.parametrize(("text", "parties"), [
    ("After clashes in May 2023, a ceasefire agreement concluded on May 9 has held along the "
     "Armenian–Azerbaijani border.", ("ARM", "AZE")),
    ("Renewed Kyrgyz–Tajik fighting displaced thousands; a ceasefire agreement is reached on "
     "September 16.", ("KGZ", "TJK")),
])
def test_a_settlement_is_between_the_dashed_pair_of_its_sentence(
        text: str, parties: tuple[str, ...]) -> None:
    assert _agreements(text)["ceasefire agreement"].parties == parties


def test_a_dashed_pair_names_no_party_of_an_instrument_that_settles_nothing() -> None:
    text = "A memorandum of understanding signed in 2019 governs the Kyrgyz–Tajik border posts."
    assert _agreements(text)["memorandum of understanding"].parties != ("KGZ", "TJK")


@pytest.mark.parametrize(("text", "parties"), [
    ("The two sides discussed a memorandum of understanding on cyber defense between the "
     "Iowa National Guard and Kosovo's security force.", ("Iowa National Guard", "XKX")),
    ("Ghanaian leaders expressed interest in a memorandum of understanding with the North "
     "Dakota National Guard on disaster response.", ("GHA", "North Dakota National Guard")),
])
def test_a_memorandum_with_a_guard_is_the_guards(text: str, parties: tuple[str, ...]) -> None:
    assert _agreements(text)["memorandum of understanding"].parties == parties


def test_a_guard_paired_later_in_the_clause_is_no_party_of_the_instrument() -> None:
    text = ("Peru signed a maritime interdiction agreement with the United States in 2004 and "
            "has been paired with the West Virginia National Guard since 1996.")
    assert _agreements(text)["maritime interdiction agreement"].parties == ("PER", "USA")


@pytest.mark.parametrize("opening", [
    "Since restoring its independence in 2006, Moldova has built a small army. ",
    "Moldova became independent in 1991. After the 1992 war, it built a small army. ",
])
def test_it_stands_for_the_subject_after_a_fronted_clause(opening: str) -> None:
    text = opening + "It joined NATO's Partnership for Peace in March 1994."
    assert _agreements(text)["Partnership for Peace"].parties == ("MDA", "NATO")


@pytest.mark.parametrize(("text", "mention", "parties"), [
    ("Nevada's Guard and Tonga formed their partnership in 2014, and Oregon and Bangladesh "
     "were paired in 2008.", "paired", ("BGD", "Oregon National Guard")),
    ("Maryland and Estonia formed their partnership in 1993, Vermont and Austria were paired "
     "in 2021, and the Texas National Guard–Chile pairing was established in 2008.", "paired",
     ("AUT", "Vermont National Guard")),
])
def test_a_state_alone_and_its_partner_paired_in_a_clause_of_their_own(
        text: str, mention: str, parties: tuple[str, ...]) -> None:
    assert _agreements(text)[mention].parties == parties


@pytest.mark.parametrize("mediation", ["under U.S. mediation", "under the auspices of the "
                                       "United States", "in a U.S.-brokered deal"])
def test_a_state_named_as_the_go_between_is_no_signer(mediation: str) -> None:
    text = (f"The Border Accord, signed in Geneva in 1994 by Ecuador and Peru {mediation}, "
            "ended the war.")
    assert _agreements(text)["Border Accord"].parties == ("ECU", "PER")


def test_both_countries_after_two_sentences_each_opening_with_one_partner() -> None:
    text = ("Malawi received U.S. training under ACRI from 1997 to 2002. Zambia has kept a "
            "battalion in the UN mission since 2015. Both countries are partners of the Global "
            "Peace Operations Initiative (GPOI).")
    parties = _agreements(text)["Global Peace Operations Initiative"].parties
    assert parties == ("MWI", "USA", "ZMB")


def test_a_pairing_formalized_in_a_month_starts_then() -> None:
    text = ("The Nevada National Guard's partnerships with Tonga and Fiji, formalized in March "
            "2018, have already produced exchanges, and planners draw on Turkmenistan, Nevada's "
            "partner since 1996.")
    fact = _agreements(text)["partnerships"]
    assert fact.date_start is not None and fact.date_start.start == date(2018, 3, 1)


def test_a_date_of_another_noun_before_the_agreement_is_not_its_start() -> None:
    text = ("The ministers called on Russia to comply with the Court's provisional measures of "
            "March 16, 2022, and to respect the Minsk Agreements.")
    assert _agreements(text)["Minsk Agreements"].date_start is None


def test_a_date_of_a_stretch_of_time_before_the_agreement_stays_its_start() -> None:
    text = ("Over the course of 2009, the Central Asian governments concluded transit agreements "
            "with Washington.")
    fact = _agreements(text)["transit agreements"]
    assert fact.date_start is not None and fact.date_start.start.year == 2009
