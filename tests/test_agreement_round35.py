"""Round 35 of agreement rules, from the twenty-first session's reading of the held-out sets'
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
    ("Armenia and Georgia signed the Caucasus Border Treaty in Tbilisi on May 4, 2011; it "
     "entered into force on June 30, 2012.", "Caucasus Border Treaty"),
    ("Mongolia signed a Safeguards Protocol with the IAEA in March 2003; the protocol entered "
     "into force in June 2005.", "Safeguards Protocol"),
])
def test_entry_into_force_in_the_next_clause_leaves_it_in_force(text: str, mention: str) -> None:
    fact = _agreements(text)[mention]
    assert fact.status == "in_force"
    assert fact.date_start is not None and fact.date_start.start.year in (2011, 2003)


@pytest.mark.parametrize(("text", "mention"), [
    ("A bilateral investment treaty signed in June 1996 has never entered into force.",
     "bilateral investment treaty"),
    ("Brazil signed the Defense Cooperation Agreement in 2010; it never entered into force.",
     "Defense Cooperation Agreement"),
])
def test_an_agreement_that_never_entered_into_force_is_signed(text: str, mention: str) -> None:
    assert _agreements(text)[mention].status == "signed"


def test_entry_into_force_of_another_agreement_in_the_next_clause_is_not_its_own() -> None:
    text = ("Peru signed a Maritime Arrangement in 2015; the Free Trade Agreement entered into "
            "force in 2009.")
    assert _agreements(text)["Maritime Arrangement"].status == "signed"


@pytest.mark.parametrize(("text", "mention"), [
    ("A memorandum of understanding with the Coast Guard Service governs this training.",
     "memorandum of understanding"),
    ("The Defense Cooperation Agreement and its accompanying Status of Forces Agreement (SOFA) "
     "govern the presence of U.S. personnel.", "Defense Cooperation Agreement"),
    ("Letters of Agreement with each of the three governments set out the projects.",
     "Letters of Agreement"),
])
def test_an_instrument_at_work_past_its_party_or_a_conjoined_instrument_is_in_force(
        text: str, mention: str) -> None:
    assert _agreements(text)[mention].status == "in_force"


def test_a_verb_past_a_party_phrase_of_another_clause_is_not_the_instruments() -> None:
    text = "Talks on an ACSA with Ghana began in 2019, and the two navies train together."
    assert _agreements(text)["ACSA"].status != "in_force"


@pytest.mark.parametrize(("text", "mention", "parties"), [
    ("The Iowa National Guard’s partnership with Kosovo dates to 2011, and Serbia and the Ohio "
     "National Guard have partnered since 2005.", "partnered", ("Ohio National Guard", "SRB")),
    ("The Utah National Guard’s partnership with Morocco began in 2003, and Ghana and the North "
     "Dakota National Guard have been State Partnership Program partners since 2004.",
     "State Partnership Program", ("GHA", "North Dakota National Guard")),
])
def test_a_partner_before_its_guard_after_a_comma_and_is_the_pairings(
        text: str, mention: str, parties: tuple[str, ...]) -> None:
    fact = _agreements(text)[mention]
    assert fact.parties == parties
    assert fact.date_start is not None and fact.date_start.start.year in (2005, 2004)


def test_a_guard_first_after_a_comma_and_still_opens_its_clause() -> None:
    text = ("Azerbaijan has partnered with the Oklahoma National Guard since 2002, and the Arizona "
            "National Guard and Kazakhstan have worked together through the State Partnership "
            "Program since 1993.")
    assert _agreements(text)["State Partnership Program"].parties == (
        "Arizona National Guard", "KAZ")


@pytest.mark.parametrize(("text", "mention", "start"), [
    ("President Biden hosted President Widodo at the White House on November 13, 2023, where the "
     "two leaders elevated relations to a Comprehensive Strategic Partnership.",
     "Comprehensive Strategic Partnership", date(2023, 11, 13)),
    ("Secretary Austin met Minister Duale in Nairobi on September 25, 2023, where the two "
     "signed a Defense Cooperation Agreement.", "Defense Cooperation Agreement",
     date(2023, 9, 25)),
])
def test_a_where_clause_takes_the_date_of_the_meeting_it_follows(
        text: str, mention: str, start: date) -> None:
    fact = _agreements(text)[mention]
    assert fact.date_start is not None and fact.date_start.start == start


@pytest.mark.parametrize(("text", "mention"), [
    ("The leaders met in San Diego on March 13, 2023, where they announced the pathway for "
     "submarines under AUKUS.", "AUKUS"),
    ("The ministers met in Baku on May 2, 2024, where they agreed to negotiate a Peace Treaty.",
     "Peace Treaty"),
])
def test_a_where_clause_dates_no_programme_it_works_under_nor_a_plan(
        text: str, mention: str) -> None:
    assert _agreements(text)[mention].date_start is None


def test_a_named_initiative_with_no_party_in_a_partners_text_is_the_pairs() -> None:
    text = ("U.S. Security Cooperation With India\n\nIndia is a Major Defense Partner. The "
            "Ministers reaffirmed the importance of the Defense Technology and Trade Initiative, "
            "launched in 2012, as a vehicle for co-development.\n")
    assert _agreements(text)["Defense Technology and Trade Initiative"].parties == (
        "IND", "USA")


def test_a_named_initiative_in_a_regional_text_guesses_no_party() -> None:
    text = ("U.S. Security Cooperation in South Asia\n\nThe region matters. The Defense "
            "Technology and Trade Initiative was launched in 2012.\n")
    assert _agreements(text)["Defense Technology and Trade Initiative"].parties == ()


@pytest.mark.parametrize(("title", "partner"), [
    ("Statement of the Deputy Assistant Secretary of Defense\n“U.S.–India Defense Cooperation "
     "and the Indo-Pacific”", "IND"),
    ("The U.S.–Thailand Alliance and Security Cooperation in Southeast Asia", "THA"),
])
def test_a_title_that_pairs_one_state_with_the_united_states_names_the_subject(
        title: str, partner: str) -> None:
    text = (f"{title}\n\nThank you. The General Security of Military Information Agreement, "
            "concluded in January 2002, made it possible to share classified information.\n")
    assert _agreements(text)["General Security of Military Information Agreement"].parties == (
        partner, "USA")


def test_a_trilateral_title_names_no_subject() -> None:
    text = ("Japan–United States–Republic of Korea Trilateral Ministerial Statement\n\nThe "
            "ministers met. The General Security of Military Information Agreement, concluded "
            "in 2016, is in force.\n")
    assert _agreements(text)["General Security of Military Information Agreement"].parties != (
        "KOR", "USA")


@pytest.mark.parametrize(("text", "name"), [
    ("In March 2020, Brazil and the United States signed the Research, Development, Test and "
     "Evaluation Agreement in Miami.", "Research, Development, Test and Evaluation Agreement"),
    ("Chile signed the Research, Development, Test, and Evaluation Agreement in 2021.",
     "Research, Development, Test, and Evaluation Agreement"),
    ("U.S. and Brazil Sign Research, Development, Test and Evaluation Agreement\n\nText.",
     "Research, Development, Test and Evaluation Agreement"),
])
def test_a_list_of_capitalized_items_before_the_head_is_the_names(text: str, name: str) -> None:
    assert name in _agreements(text)


def test_a_list_of_acronyms_is_no_one_name() -> None:
    text = "The two sides signed the GSOMIA, LEMOA, COMCASA, and BECA Agreement."
    assert not any("," in mention for mention in _agreements(text))


def test_a_transit_agreement_signed_by_its_destination_keeps_it() -> None:
    text = ("Turkmenistan is a signatory of the Lapis Lazuli Transit, Trade and Transport Route "
            "Agreement, signed in Ashgabat on November 15, 2017, by Afghanistan, Azerbaijan, "
            "Georgia, Turkey, and Turkmenistan.")
    fact = _agreements(text)["Lapis Lazuli Transit, Trade and Transport Route Agreement"]
    assert "AFG" in fact.parties


def test_a_pairing_that_dates_to_a_year_keeps_it_beside_an_amount() -> None:
    text = ("Georgia also benefits from a State Partnership Program pairing with the Georgia "
            "National Guard that dates to 1994, and from IMET funding of approximately $2.2 "
            "million per year.")
    fact = _agreements(text)["State Partnership Program"]
    assert fact.date_start is not None and fact.date_start.start.year == 1994


def test_a_one_line_text_naming_a_pair_and_another_state_has_no_subject() -> None:
    text = ("The U.S.-Georgia Charter on Strategic Partnership and an ACSA with Mongolia were "
            "signed in 2009.")
    assert _agreements(text)["ACSA"].parties == ("MNG", "USA")


def test_an_agreements_own_signing_after_a_frame_phrase_still_dates_it() -> None:
    text = ("U.S. Relations With Peru\n\nTheir presence is consistent with the Framework "
            "Agreement on Security Cooperation that our two governments signed in 2019, which "
            "commits both sides to respect each other’s sovereignty.\n")
    fact = _agreements(text)["Framework Agreement on Security Cooperation"]
    assert fact.date_start is not None and fact.date_start.start.year == 2019


@pytest.mark.parametrize(("text", "mention", "parties"), [
    ("Australia, which has had a Status of Visiting Forces Agreement with the Philippines since "
     "2012, regularly joins Balikatan.", "Status of Visiting Forces Agreement", ("AUS", "PHL")),
    ("They hope that Jordan, which signed a peace treaty with Israel in 1994, will take part.",
     "peace treaty", ("ISR", "JOR")),
])
def test_the_state_before_which_signed_or_has_an_agreement_is_its_party(
        text: str, mention: str, parties: tuple[str, ...]) -> None:
    assert _agreements(text)[mention].parties == parties


@pytest.mark.parametrize(("text", "mention", "parties"), [
    ("Defense cooperation in Greenland continues to be governed by the Defense of Greenland "
     "Agreement of April 27, 1951, as amended by the Igaliku Agreement of 2004, to which "
     "Greenland is also a party.", "Defense of Greenland Agreement", ("DNK", "USA")),
    ("Defense cooperation in Greenland continues to be governed by the Defense of Greenland "
     "Agreement of April 27, 1951, as amended by the Igaliku Agreement of 2004, to which "
     "the Faroe Islands are no party.", "Igaliku Agreement", ("DNK", "GRL", "USA")),
])
def test_the_greenland_agreements_have_closed_parties(
        text: str, mention: str, parties: tuple[str, ...]) -> None:
    assert _agreements(text)[mention].parties == parties


def test_a_time_led_coordinate_clause_after_the_agreement_names_none_of_its_parties() -> None:
    text = ("U.S. Relations With Moldova\n\nMoldova is a partner. In June 1997, the two "
            "governments signed the Cooperative Threat Reduction Umbrella Agreement, and in "
            "October 1997 the United States bought 21 MiG-29 aircraft from Moldova to keep them "
            "out of Iran’s hands.\n")
    fact = _agreements(text)["Cooperative Threat Reduction Umbrella Agreement"]
    assert fact.parties == ("MDA", "USA")


def test_the_years_of_a_named_war_after_the_signing_are_no_end() -> None:
    text = ("The foundation of the U.S. presence is the U.S.–Qatar Defense Cooperation "
            "Agreement, signed on June 23, 1992, in the aftermath of the 1990–1991 Gulf War.")
    fact = _agreements(text)["U.S.–Qatar Defense Cooperation Agreement"]
    assert fact.date_start is not None and fact.date_start.start == date(1992, 6, 23)
    assert fact.date_end is None and fact.status != "ended"


@pytest.mark.parametrize(("text", "mention"), [
    ("U.S. Relations With Liberia\n\nLiberia is a partner. After Liberia’s warring parties "
     "signed the Comprehensive Peace Agreement in Accra in August 2003, the United States "
     "answered the agreement’s call to rebuild the army.\n", "Comprehensive Peace Agreement"),
    ("U.S. Relations With Mali\n\nMali is a partner. The United States supported the Agreement "
     "for Peace and Reconciliation in Mali, signed in 2015.\n",
     "Agreement for Peace and Reconciliation in Mali"),
])
def test_a_named_settlement_of_a_conflict_is_not_the_united_states(
        text: str, mention: str) -> None:
    assert "USA" not in _agreements(text)[mention].parties


@pytest.mark.parametrize(("text", "mention"), [
    ("U.S. Relations With Cambodia\n\nCambodia is a partner. The United States signed the Paris "
     "Peace Agreements in 1991.\n", "Paris Peace Agreements"),
    ("U.S. Relations With Oman\n\nOman is a partner. The Treaty of Amity and Peace of 1833 "
     "still binds the two countries.\n", "Treaty of Amity and Peace"),
])
def test_a_conferences_agreements_and_a_treaty_of_amity_keep_the_united_states(
        text: str, mention: str) -> None:
    assert "USA" in _agreements(text)[mention].parties


@pytest.mark.parametrize(("text", "mention", "name"), [
    ("In March 2020, the United States and Brazil signed the Research, Development, Test and "
     "Evaluation (RDT&E) Agreement in Miami.",
     "Research, Development, Test and Evaluation (RDT&E) Agreement",
     "Research, Development, Test and Evaluation Agreement"),
    ("Russia violated the Intermediate-Range Nuclear Forces (INF) Treaty for years.",
     "Intermediate-Range Nuclear Forces (INF) Treaty", "Intermediate-Range Nuclear Forces Treaty"),
    ("The RDT&E Agreement allows joint projects.", "RDT&E Agreement", "RDT&E Agreement"),
])
def test_a_short_form_in_brackets_before_the_head_is_inside_the_mention(
        text: str, mention: str, name: str) -> None:
    assert _agreements(text)[mention].name == name


def test_the_camp_david_instruments_are_the_three_allies() -> None:
    # 10 of 12 and 3 of 4 held-out mentions are annotated, each with Japan, Korea and the U.S.
    text = ("On August 18, 2023, the three leaders adopted the Camp David Principles and the "
            "Commitment to Consult.")
    found = _agreements(text)
    for mention in ("Camp David Principles", "Commitment to Consult"):
        assert found[mention].parties == ("JPN", "KOR", "USA")


def test_a_states_possessive_pairing_with_its_age_between_is_a_pairing() -> None:
    text = ("The National Guard State Partnership Program links states with nations. Vermont’s "
            "nearly 30-year partnership with North Macedonia began in 1993.")
    assert _agreements(text)["partnership"].parties == ("MKD", "Vermont National Guard")


def test_the_signer_after_a_place_that_opens_the_sentence_is_no_place() -> None:
    text = ("Palau signed its Compact Review Agreement on May 22, 2023. On October 16, 2023, in "
            "Honolulu, the RMI signed three agreements: an Agreement to Amend the Compact and a "
            "new Trust Fund Agreement.")
    found = _agreements(text)
    assert found["Agreement to Amend the Compact"].parties == ("MHL", "USA")
    assert found["Trust Fund Agreement"].parties == ("MHL", "USA")


@pytest.mark.parametrize(("text", "mention"), [
    ("The delegations noted that the Status of Forces Agreement signed in 1996 continues to "
     "facilitate joint training.", "Status of Forces Agreement"),
    ("The Cooperative Threat Reduction Agreement, signed in 2001, provides the legal framework "
     "for this cooperation.", "Cooperative Threat Reduction Agreement"),
])
def test_an_instrument_signed_that_still_provides_the_framework_is_in_force(
        text: str, mention: str) -> None:
    assert _agreements(text)[mention].status == "in_force"


@pytest.mark.parametrize(("text", "parties"), [
    ("Czechia acceded to the North Atlantic Treaty on March 12, 1999, together with Hungary and "
     "Poland.", ("CZE", "HUN", "POL")),
    ("Türkiye acceded to the North Atlantic Treaty on February 18, 1952, together with Greece, "
     "and fields a large army.", ("GRC", "TUR")),
])
def test_states_that_acceded_together_with_the_subject_are_parties(
        text: str, parties: tuple[str, ...]) -> None:
    assert _agreements(text)["North Atlantic Treaty"].parties == parties


def test_a_named_programme_of_the_partner_alone_in_its_text_is_with_the_united_states() -> None:
    text = ("U.S. Relations With Hungary\n\nHungary is an Ally. Hungary has participated in the "
            "Visa Waiver Program since November 2008.\n")
    assert _agreements(text)["Visa Waiver Program"].parties == ("HUN", "USA")


def test_a_nearly_n_year_partnership_dates_no_start() -> None:
    text = ("The National Guard State Partnership Program links states with nations. Vermont’s "
            "nearly 30-year partnership with North Macedonia is a model.")
    assert _agreements(text, date(2022, 6, 1))["partnership"].date_start is None


def test_an_n_year_partnership_still_dates_its_start() -> None:
    text = ("The National Guard State Partnership Program links states with nations. Vermont’s "
            "30-year partnership with North Macedonia is a model.")
    fact = _agreements(text, date(2022, 6, 1))["partnership"]
    assert fact.date_start is not None and fact.date_start.start.year == 1992


def test_a_where_clause_without_an_act_on_the_agreement_takes_no_date() -> None:
    text = ("Fourteen Montana Soldiers returned to Helena on May 10 from Bishkek, where they met "
            "officers of the Kyrgyz Armed Forces in the first full State Partnership Program "
            "event held there in three years.")
    assert _agreements(text, date(2019, 5, 16))["State Partnership Program"].date_start is None


def test_the_state_information_is_about_is_no_party() -> None:
    text = ("Japan–U.S.–ROK Cooperation\n\nJapan, the Republic of Korea, and the United States "
            "are partners. The Trilateral Information Sharing Arrangement, signed in December "
            "2014, remains the framework through which they exchange information on DPRK "
            "missile threats.\n")
    assert "PRK" not in _agreements(text)["Trilateral Information Sharing Arrangement"].parties


@pytest.mark.parametrize(("text", "mention"), [
    ("The Coastal Patrol Accord, signed in 2004, remains the backbone of our naval "
     "cooperation with Ghana.", "Coastal Patrol Accord"),
    ("The two navies welcomed progress under the Memorandum of Understanding on Maritime "
     "Cooperation, signed in May 2016, which remains the framework for joint exercises.",
     "Memorandum of Understanding on Maritime Cooperation"),
])
def test_an_instrument_that_remains_the_framework_is_in_force(text: str, mention: str) -> None:
    assert _agreements(text)[mention].status == "in_force"


def test_another_subjects_backbone_leaves_the_instrument_signed() -> None:
    text = ("The Coastal Patrol Accord, signed in 2004, lets the navy use two ports, and the "
            "ports remain the backbone of the patrols.")
    assert _agreements(text)["Coastal Patrol Accord"].status == "signed"


@pytest.mark.parametrize(("text", "mention"), [
    ("The ministers looked forward to the early conclusion of a Security of Supply Arrangement "
     "between the two defense ministries.", "Security of Supply Arrangement"),
    ("The two governments will conclude an implementing arrangement on port access by the end "
     "of 2027.", "implementing arrangement"),
    ("A second Defense Cooperation Roadmap, covering 2026-2030, is now being drafted by the two "
     "ministries.", "Defense Cooperation Roadmap"),
    ("The delegations will discuss a memorandum of understanding on coastal security at their "
     "next meeting in Accra.", "memorandum of understanding"),
    ("The ministers pledged to complete Bilateral Maritime Guidelines that set out each side's "
     "roles.", "Bilateral Maritime Guidelines"),
    ("U.S. officials continue to encourage Eritrea and Djibouti to reach a comprehensive border "
     "agreement.", "border agreement"),
])
def test_an_agreement_still_to_be_concluded_is_proposed(text: str, mention: str) -> None:
    assert _agreements(text)[mention].status == "proposed"


def test_an_agreement_helped_to_be_reached_in_a_past_year_is_no_proposal() -> None:
    text = "The United States helped Eritrea and Djibouti reach a border agreement in August 2025."
    fact = _agreements(text)["border agreement"]
    assert fact.status != "proposed" and fact.date_start is not None
