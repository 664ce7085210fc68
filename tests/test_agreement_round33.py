"""Round 33 of agreement rules, from the nineteenth session's reading of the held-out sets'
misses. Invented sentences only."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import extract_text
from pipeline.facts import AgreementFact


def _agreements(text: str, doc_date: date | None = None) -> dict[str, AgreementFact]:
    return {text[f.start:f.end]: f for f in extract_text(text, doc_date).facts
            if isinstance(f, AgreementFact)}


_NOTICE = ("{country} – {item}\n\n"
           "The Government of {country} has requested to buy {item}. {country} will have no "
           "difficulty absorbing this equipment into its armed forces.\n\n"
           "The principal contractor will be {firm}{place}. The purchaser typically requests "
           "offsets. Any offset agreement will be defined in negotiations between the "
           "purchaser and the {side}.\n")


@pytest.mark.parametrize(("country", "iso3", "item", "firm", "place", "side"), [
    ("Peru", "PER", "six UH-60M Black Hawk helicopters", "Sikorsky Aircraft Corporation",
     ", Stratford, CT", "principal contractor"),
    ("Norway", "NOR", "Naval Strike Missiles", "Kongsberg Defense Systems Inc.",
     ", Johnstown, PA", "contractor"),
    ("Poland", "POL", "Javelin missiles", "the Javelin Joint Venture",
     " of Raytheon and Lockheed Martin of Orlando, Florida", "principal contractor"),
    ("Morocco", "MAR", "AH-64E Apache helicopters", "The Boeing Company", ", Mesa, AZ",
     "prime contractor"),
])
def test_an_offset_agreement_is_the_purchasers_with_the_contractor(
        country: str, iso3: str, item: str, firm: str, place: str, side: str) -> None:
    text = _NOTICE.format(country=country, item=item, firm=firm, place=place, side=side)
    fact = _agreements(text)["offset agreement"]
    named = firm.removeprefix("the ")
    assert fact.parties == tuple(sorted((iso3, named)))


def test_each_notice_of_two_names_its_own_purchaser_and_firm() -> None:
    text = (_NOTICE.format(country="Peru", item="six UH-60M helicopters", firm="Sikorsky "
                           "Aircraft Corporation", place=", Stratford, CT", side="contractor")
            + "\n" + _NOTICE.format(country="Chile", item="F-16 sustainment",
                                    firm="Lockheed Martin Aeronautics Company",
                                    place=", Fort Worth, TX", side="contractor"))
    offsets = [f for f in extract_text(text).facts
               if isinstance(f, AgreementFact) and f.name == "offset agreement"]
    assert [f.parties for f in offsets] == [
        ("PER", "Sikorsky Aircraft Corporation"), ("CHL", "Lockheed Martin Aeronautics Company")]


def test_no_contractor_named_leaves_the_parties_alone() -> None:
    text = ("The Government of Peru has requested to buy six helicopters. The purchaser "
            "typically requests offsets. Any offset agreement will be defined in negotiations "
            "between the purchaser and the contractor.")
    fact = _agreements(text)["offset agreement"]
    assert all(len(p) == 3 for p in fact.parties)  # no firm


@pytest.mark.parametrize(("text", "mention"), [
    ("The Caribbean Basin Security Initiative began in 2009 as part of the Third Border "
     "Initiative and became a separate program in 2011.", "Third Border Initiative"),
    ("The Pacific Maritime Initiative started in fiscal year 2005 under the Merida Initiative "
     "with Mexico and later grew into a regional effort in FY 2012.", "Merida Initiative"),
])
def test_a_date_of_the_subjects_second_predicate_is_not_the_objects(
        text: str, mention: str) -> None:
    assert _agreements(text)[mention].date_start is None


@pytest.mark.parametrize(("text", "mention", "year"), [
    # the second predicate takes the agreement back: its date is the agreement's
    ("Chad signed the Defense Cooperation Agreement and ratified it in 2012.",
     "Defense Cooperation Agreement", 2012),
    # the agreement is the subject
    ("The Defense Cooperation Agreement was drafted in 2010 and signed in 2012.",
     "Defense Cooperation Agreement", 2012),
])
def test_the_agreements_own_second_predicate_still_dates_it(
        text: str, mention: str, year: int) -> None:
    fact = _agreements(text)[mention]
    assert fact.date_start is not None and fact.date_start.start.year == year


@pytest.mark.parametrize(("text", "mention", "year"), [
    # a class noun or a place between the name and its relative clause
    ("Armenian units train for an evaluation under NATO's Partnership for Peace program, "
     "which Armenia joined in October 1994.", "Partnership for Peace", 1994),
    ("The Ministers welcomed the Maritime Resilience Initiative in Southeast Asia (MRISA), "
     "which the United States launched in September 2021.", "Maritime Resilience Initiative",
     2021),
])
def test_a_relative_clause_after_a_class_noun_or_place_dates_the_name(
        text: str, mention: str, year: int) -> None:
    fact = _agreements(text)[mention]
    assert fact.date_start is not None and fact.date_start.start.year == year


@pytest.mark.parametrize(("text", "mention", "inner", "year"), [
    ("Estonia and the United States signed a Reciprocal Defense Procurement Memorandum of "
     "Understanding (RDP MOU) in 2019.",
     "Reciprocal Defense Procurement Memorandum of Understanding", "MOU", 2019),
    ("The two ministries concluded a Communications Interoperability Agreement (CI Agreement) "
     "in 2020.", "Communications Interoperability Agreement", "Agreement", 2020),
])
def test_an_alias_of_capital_letters_in_parentheses_is_part_of_the_name(
        text: str, mention: str, inner: str, year: int) -> None:
    found = _agreements(text)
    assert inner not in found
    fact = found[mention]
    assert fact.date_start is not None and fact.date_start.start.year == year


_GUARDS_OF_THREE = ("Idaho National Guard", "Oregon National Guard", "Utah National Guard")


@pytest.mark.parametrize("text", [
    # several states before one plural "National Guards"
    "The Idaho, Oregon, and Utah National Guards have partnered with Chile, Peru, and Ecuador, "
    "respectively, since 1998 through the State Partnership Program.",
    # a list of pairs, guard first, the last one ending the sentence or followed by a comma
    "The program began in 1998 with three pairings in the Andes: the Idaho National Guard with "
    "Chile, the Oregon National Guard with Peru, and the Utah National Guard with Ecuador.",
    "The ministers celebrated the State Partnership Program pairings that have connected the "
    "Idaho National Guard with Chile, the Oregon National Guard with Peru, and the Utah "
    "National Guard with Ecuador, and the officers who have studied at U.S. schools.",
])
def test_every_guard_of_a_list_of_pairings_is_a_party(text: str) -> None:
    pairing = next(f for f in _agreements(text).values() if f.kind == "state_partnership")
    assert set(_GUARDS_OF_THREE) <= set(pairing.parties)
    assert {"CHL", "PER", "ECU"} <= set(pairing.parties)


def test_a_guard_with_a_verb_of_its_own_after_a_comma_and_is_another_pairing() -> None:
    text = ("Chile has partnered with the Texas National Guard under the State Partnership "
            "Program since 2008, and the Utah National Guard began its pairing with Ecuador in "
            "2010.")
    first = _agreements(text)["State Partnership Program"]
    assert "Utah National Guard" not in first.parties


def test_a_finer_signing_date_in_the_year_a_name_bears_is_the_start() -> None:
    text = ("Secretary Rubio signed the 2025 U.S.-Tonga Maritime Security Agreement in "
            "Nuku'alofa on March 3, 2025.")
    fact = _agreements(text)["U.S.-Tonga Maritime Security Agreement"]
    assert fact.date_start is not None
    assert (fact.date_start.start, fact.date_start.granularity) == (date(2025, 3, 3), "day")


def test_a_date_in_another_year_leaves_the_year_a_name_bears() -> None:
    text = ("The two ministers signed the 2014 U.S.-Tonga Maritime Security Agreement, and "
            "in March 2016 they held the first review.")
    fact = _agreements(text)["U.S.-Tonga Maritime Security Agreement"]
    assert fact.date_start is not None and fact.date_start.start == date(2014, 1, 1)


@pytest.mark.parametrize("text", [
    "In May 2019, Senegal's National Assembly ratified the Defense Cooperation Agreement "
    "between the United States and Senegal, which updates the Status of Forces Agreement the "
    "two governments concluded in 2001.",
    "In May 2019, Senegal's National Assembly ratified the Defense Cooperation Agreement, "
    "which replaces the Status of Forces Agreement Senegal signed in 2001.",
])
def test_a_date_in_a_relative_clause_without_its_pronoun_is_that_agreements(text: str) -> None:
    found = _agreements(text)
    dca, sofa = found["Defense Cooperation Agreement"], found["Status of Forces Agreement"]
    assert dca.date_start is not None and dca.date_start.start == date(2019, 5, 1)
    assert sofa.date_start is not None and sofa.date_start.start == date(2001, 1, 1)


@pytest.mark.parametrize(("text", "mention"), [
    ("With today's signing, Samoa becomes the ninth Pacific Island country to conclude a "
     "shiprider agreement with the United States.", "shiprider agreement"),
    ("Bahrain was the first Gulf state to sign a Comprehensive Security Integration and "
     "Prosperity Agreement with the United States.",
     "Comprehensive Security Integration and Prosperity Agreement"),
])
def test_the_nth_to_conclude_has_concluded(text: str, mention: str) -> None:
    assert _agreements(text)[mention].status == "signed"


def test_a_hope_to_conclude_is_still_a_proposal() -> None:
    text = "Samoa hopes to conclude a shiprider agreement with the United States."
    assert _agreements(text)["shiprider agreement"].status == "proposed"


_HEARING = ("Statement of the Deputy Assistant Secretary of State for South and Central Asia\n"
            "Before the House Foreign Affairs Subcommittee on Asia\n"
            "“U.S. Security Cooperation With {country}”\n\n"
            "Chairman, thank you for the opportunity to testify. In 2019 our defense leaders "
            "signed a Memorandum of Understanding on Defense Cooperation.\n")


@pytest.mark.parametrize(("country", "iso3"), [("Nepal", "NPL"), ("Sri Lanka", "LKA")])
def test_a_statements_quoted_hearing_title_names_the_documents_partner(
        country: str, iso3: str) -> None:
    text = _HEARING.format(country=country)
    fact = _agreements(text)["Memorandum of Understanding on Defense Cooperation"]
    assert fact.parties == tuple(sorted((iso3, "USA")))


def test_a_long_relative_clause_of_its_own_signing_outweighs_a_plan() -> None:
    text = ("The two governments intend to deepen cooperation under the Defense Cooperation "
            "Framework that the U.S. Department of Defense and Moldova's Ministry of Defense "
            "signed on March 14, 2022.")
    fact = _agreements(text)["Defense Cooperation Framework"]
    assert fact.status == "signed"
    assert fact.date_start is not None and fact.date_start.start == date(2022, 3, 14)


def test_a_relative_clause_that_never_concluded_signs_nothing() -> None:
    text = ("Officials attributed the delay to a customs exemption agreement that Kyrgyz and "
            "U.S. negotiators drafted in 2020 but never concluded.")
    assert _agreements(text)["customs exemption agreement"].status != "signed"


@pytest.mark.parametrize("text", [
    "In 2019, EXBS and Kazakhstan's State Revenue Committee signed a memorandum of "
    "understanding on training, and EXBS is now helping Kazakhstan draft a national control "
    "list.",
    "In 2019, EXBS and Kazakhstan's State Revenue Committee signed a memorandum of "
    "understanding on training, and the team has begun drafting a national control list.",
])
def test_a_coordinate_clause_with_its_own_subject_states_nothing_of_the_agreement(
        text: str) -> None:
    fact = _agreements(text)["memorandum of understanding"]
    assert fact.status == "signed"
    assert fact.date_start is not None and fact.date_start.start == date(2019, 1, 1)


def test_a_coordinate_clause_of_the_agreement_itself_still_states_its_status() -> None:
    text = ("The two governments signed a memorandum of understanding in 2015, and the "
            "memorandum was never renewed after it expired in 2020.")
    assert _agreements(text)["memorandum of understanding"].status == "ended"


@pytest.mark.parametrize(("state", "partner", "iso3"), [
    ("Vermont", "Senegal", "SEN"),
    ("Kentucky", "Ecuador", "ECU"),
    ("Maryland", "Bosnia and Herzegovina", "BIH"),
])
def test_a_us_state_opening_its_sentence_before_a_pairing_relative_is_its_guard(
        state: str, partner: str, iso3: str) -> None:
    text = ("The Vermont National Guard and North Macedonia have been partners under the State "
            f"Partnership Program since 1993. {state}, which has also partnered with {partner} "
            "since 2008, hosted the delegation.")
    pairing = [f for f in _agreements(text).values() if f.start > text.index(". ")]
    assert [f.parties for f in pairing] == [tuple(sorted((iso3, f"{state} National Guard")))]


@pytest.mark.parametrize(("text", "mention", "parties"), [
    ("In March 2024, Vietnam's Ministry of National Defense and Boeing signed a memorandum of "
     "understanding on helicopter maintenance.", "memorandum of understanding",
     ("Boeing", "VNM")),
    ("GE Aerospace and Hindustan Aeronautics Limited signed a memorandum of understanding in "
     "2024 to co-produce engines.", "memorandum of understanding",
     ("GE Aerospace", "Hindustan Aeronautics Limited")),
    ("Turkish Aerospace and Kazakhstan Engineering signed a joint production agreement in "
     "2023.", "joint production agreement", ("Kazakhstan Engineering", "Turkish Aerospace")),
])
def test_a_defense_firm_that_signs_is_a_party(
        text: str, mention: str, parties: tuple[str, ...]) -> None:
    assert _agreements(text)[mention].parties == parties


def test_a_coordinate_subject_with_a_set_off_relative_clause_has_no_date_of_the_first() -> None:
    text = ("This fall, Guard engineers and their Moldovan counterparts began a new series of "
            "exchanges, and the State Partnership Program, which now links the National Guard "
            "with more than 100 nations, will remain a channel for that work.")
    fact = _agreements(text, date(2023, 10, 20))["State Partnership Program"]
    assert fact.date_start is None


@pytest.mark.parametrize("heading", ["Overview", "Background"])
def test_a_one_word_section_heading_after_the_title_makes_no_regional_document(
        heading: str) -> None:
    text = (f"Mongolia's Peacekeeping Contributions and U.S. Support\n\n{heading}\n\n"
            "Mongolia has deployed troops to UN missions since 2002. The Global Peace "
            "Operations Initiative has funded its training center since 2006.\n")
    fact = _agreements(text)["Global Peace Operations Initiative"]
    assert fact.parties == ("MNG", "USA")


def test_a_regional_subtitle_still_makes_a_regional_document() -> None:
    text = ("Mongolia\n\nA Regional Overview\n\nMongolia has deployed troops to UN missions "
            "since 2002. The Global Peace Operations Initiative has funded its training center "
            "since 2006.\n")
    assert _agreements(text)["Global Peace Operations Initiative"].parties == ("USA",)


@pytest.mark.parametrize(("text", "mention", "name"), [
    ("Tunisia and the United States signed a ten-year defense cooperation roadmap on "
     "September 30, 2020.", "defense cooperation roadmap", "defense cooperation roadmap"),
    ("The three states concluded defense cooperation roadmaps with the United States in "
     "2019.", "defense cooperation roadmaps", "defense cooperation roadmap"),
    ("The two ministries have implemented plans of military cooperation since 2013.",
     "plans of military cooperation", "plan of military cooperation"),
])
def test_generic_roadmaps_and_plans_written_head_first_are_mentions(
        text: str, mention: str, name: str) -> None:
    assert _agreements(text)[mention].name == name


@pytest.mark.parametrize(("acronym", "name"), [
    ("COMCASA", "Communications Compatibility and Security Agreement"),
    ("BECA", "Basic Exchange and Cooperation Agreement"),
])
def test_indias_foundational_agreements_are_known_by_their_acronyms(
        acronym: str, name: str) -> None:
    text = f"Since 2018, India and the United States have concluded {acronym} and LEMOA."
    assert _agreements(text)[acronym].name == name


def test_the_long_name_of_beca_is_one_mention_with_its_acronym() -> None:
    text = ("In October 2020 the two sides signed the Basic Exchange and Cooperation Agreement "
            "for Geo-spatial Cooperation (BECA).")
    found = _agreements(text)
    assert "BECA" not in found
    assert [f.name for f in found.values()] == ["Basic Exchange and Cooperation Agreement"]


def test_a_loan_agreement_is_a_generic_instrument() -> None:
    text = ("Lithuania signed an FMF direct loan agreement with the United States on March 3, "
            "2024, for up to $100 million.")
    fact = _agreements(text)["direct loan agreement"]
    assert (fact.name, fact.parties) == ("direct loan agreement", ("LTU", "USA"))
    assert fact.date_start is not None and fact.date_start.start == date(2024, 3, 3)


def test_the_juntas_stand_for_the_states_named_before() -> None:
    text = ("Military juntas now rule Burkina Faso, Mali, and Niger. In September 2023, the "
            "three juntas signed the Liptako-Gourma Charter.")
    fact = _agreements(text)["Liptako-Gourma Charter"]
    assert fact.parties == ("BFA", "MLI", "NER")


@pytest.mark.parametrize("title", [
    "Oman and the United States: Security Cooperation Overview",
    "U.S.–Oman Defense Cooperation Since 2017: An Overview",
])
def test_an_overview_of_one_partner_is_about_that_partner(title: str) -> None:
    text = (f"{title}\n\nBackground\n\nThe two governments signed an access agreement in 1980. "
            "Omani officers attend U.S. staff colleges.\n")
    assert _agreements(text)["access agreement"].parties == ("OMN", "USA")


def test_an_overview_of_a_region_has_no_subject() -> None:
    text = ("Central Asia Security Overview\n\nBackground\n\nThe two governments signed an access "
            "agreement in 2001. Uzbek officers attend U.S. staff colleges.\n")
    assert _agreements(text)["access agreement"].parties != ("USA", "UZB")


@pytest.mark.parametrize("text", [
    "In July 2022, NATO Allies signed the accession protocols for Finland and Sweden.",
    "Allies signed the Alliance's accession protocols for Finland and Sweden in July 2022.",
])
def test_an_accession_protocol_is_the_alliances_too(text: str) -> None:
    fact = _agreements(text)["accession protocols"]
    assert fact.parties == ("FIN", "NATO", "SWE")


def test_the_guam_international_agreement_is_japans_and_the_united_states() -> None:
    text = ("Japan has committed up to $2.8 billion toward the Marines' move under the Guam "
            "International Agreement, signed in Tokyo on February 17, 2009.")
    fact = _agreements(text)["Guam International Agreement"]
    assert (fact.name, fact.parties) == ("Guam International Agreement", ("JPN", "USA"))


def test_the_nato_sofa_in_a_text_about_one_ally_binds_that_ally() -> None:
    text = ("U.S. Defense Cooperation With Finland\n\nThe DCA signed in December 2023 "
            "supplements the NATO Status of Forces Agreement, which governs the status of U.S. "
            "forces in Finland.\n")
    fact = _agreements(text)["NATO Status of Forces Agreement"]
    assert fact.parties == ("FIN", "NATO", "USA")


def test_the_period_an_agreement_runs_is_its_own_beside_its_money() -> None:
    text = ("The MOU with Jordan runs from fiscal year 2023 through fiscal year 2029 and "
            "commits the United States to $1.45 billion a year in assistance.")
    fact = _agreements(text)["MOU"]
    assert fact.date_start is not None and fact.date_start.start == date(2022, 10, 1)
    assert fact.date_end is not None and fact.date_end.end == date(2029, 9, 30)


def test_a_states_role_in_mediating_makes_it_no_party() -> None:
    text = ("The United States expressed appreciation for Qatar's role in mediating the "
            "ceasefire agreement between Israel and Hamas that took effect on May 21, 2021.")
    assert _agreements(text)["ceasefire agreement"].parties == ("Hamas", "ISR")


def test_later_joiners_stay_parties_beside_the_signers_read() -> None:
    text = ("In 2020 Israel and the United Arab Emirates signed the Abraham Accords; Morocco and "
            "Sudan later joined.")
    assert _agreements(text)["Abraham Accords"].parties == ("ARE", "ISR", "MAR", "SDN")


def test_a_de_escalation_agreement_is_an_instrument_of_its_own() -> None:
    text = ("The United States welcomes the ceasefire agreement that Armenia and Azerbaijan "
            "reached on May 3 and the de-escalation agreement signed by their defense officials "
            "on May 7, 2024.")
    found = _agreements(text)
    assert "de-escalation agreement" in found
    ceasefire = found["ceasefire agreement"]
    assert ceasefire.date_start is not None and ceasefire.date_start.start == date(2024, 5, 3)


def test_an_agreement_that_frames_a_plan_is_no_proposal() -> None:
    text = ("The two governments intend to build an enduring partnership in accordance with "
            "the Strategic Framework Agreement of July 7, 2012, and Afghan law.")
    fact = _agreements(text)["Strategic Framework Agreement"]
    assert fact.status == "in_force"
    assert fact.date_start is not None and fact.date_start.start == date(2012, 7, 7)


def test_an_agreement_a_clause_plans_is_still_proposed() -> None:
    text = "The two governments intend to conclude a Strategic Framework Agreement in 2026."
    assert _agreements(text)["Strategic Framework Agreement"].status == "proposed"


@pytest.mark.parametrize("text", [
    "In 2018, Kazakhstan ratified a transit agreement permitting commercial shipment of "
    "non-lethal U.S. cargo to Afghanistan.",
    "Turkmenistan lets aircraft carrying humanitarian cargo for Afghanistan refuel at Ashgabat "
    "under a bilateral transit agreement with the United States.",
])
def test_afghanistan_is_where_transit_cargo_goes_not_a_party(text: str) -> None:
    fact = next(f for f in _agreements(text).values() if f.kind == "transit")
    assert "AFG" not in fact.parties


def test_afghanistan_that_signs_a_transit_trade_agreement_is_a_party() -> None:
    text = ("Afghanistan and Pakistan signed the Afghanistan-Pakistan Transit Trade Agreement "
            "in 2010.")
    assert "AFG" in _agreements(text)["Afghanistan-Pakistan Transit Trade Agreement"].parties


@pytest.mark.parametrize("heading", ["A New Framework", "Framework for Cooperation",
                                     "Our Legal Framework", "A Growing Partnership"])
def test_a_section_heading_of_generic_words_names_no_agreement(heading: str) -> None:
    text = (f"U.S. Security Cooperation With Kenya\n\n{heading}\n\nOn September 25, 2023, the "
            "two governments signed a Defense Cooperation Agreement.\n")
    assert [f.name for f in _agreements(text).values()] == ["Defense Cooperation Agreement"]


def test_a_heading_that_names_a_programme_is_its_mention() -> None:
    text = ("U.S. Security Cooperation With Mexico\n\nThe Merida Initiative\n\nFrom 2008 to 2021 "
            "the United States provided $3.3 billion.\n")
    assert "Merida Initiative" in _agreements(text)


def test_a_subordinate_noun_that_ends_the_name_is_the_agreements_own() -> None:
    text = ("The Africa Partnership Station, launched in 2007, has trained West African "
            "sailors.")
    fact = _agreements(text)["Africa Partnership Station"]
    assert fact.date_start is not None and fact.date_start.start == date(2007, 1, 1)


def test_a_subordinate_noun_after_the_name_is_still_another_thing() -> None:
    text = ("Under the Enhanced Defense Cooperation Agreement, the Evaluation Centre, opened in "
            "2016, trains Philippine units.")
    fact = _agreements(text)["Enhanced Defense Cooperation Agreement"]
    assert fact.date_start is None
