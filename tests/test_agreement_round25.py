"""Round 25 of agreement rules, from the status the held-out annotators give instruments at
work: what something happens under, what parties commit to, what they only committed to
conclude. Invented sentences only."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import extract_text
from pipeline.facts import AgreementFact


def _agreements(text: str) -> dict[str, AgreementFact]:
    return {text[f.start:f.end]: f for f in extract_text(text, None).facts
            if isinstance(f, AgreementFact)}


@pytest.mark.parametrize(("text", "mention"), [
    # what something happens under is at work, even with the year it was concluded
    ("Under the 2011 Letter of Agreement on Counternarcotics, the United States will provide "
     "training to Peru's police.", "Letter of Agreement on Counternarcotics"),
    ("The program operates in Peru under a 2019 memorandum of understanding with the Customs "
     "Service.", "memorandum of understanding"),
])
def test_what_something_happens_under_is_in_force(text: str, mention: str) -> None:
    assert _agreements(text)[mention].status == "in_force"


@pytest.mark.parametrize(("text", "mention"), [
    ("The Ministers reaffirmed their commitment to the purposes and principles of the Charter "
     "of the United Nations.", "Charter of the United Nations"),
    ("The sides reaffirmed their commitment to the Treaty of Tlatelolco and to the full "
     "implementation of the Chemical Weapons Convention.", "Chemical Weapons Convention"),
    ("Both delegations reaffirmed their commitment to the Treaty of Tlatelolco.",
     "Treaty of Tlatelolco"),
    # the whole list committed to, past the commas of its own clauses
    ("The Ministers reaffirmed their commitment to the Treaty of Tlatelolco, the Chemical "
     "Weapons Convention, and the Biological Weapons Convention.", "Biological Weapons Convention"),
    ("Peru and Chile resolved the dispute in accordance with the Treaty of Lima.",
     "Treaty of Lima"),
])
def test_what_parties_commit_to_is_in_force(text: str, mention: str) -> None:
    assert _agreements(text)[mention].status == "in_force"


@pytest.mark.parametrize(("text", "mention", "status"), [
    # a signing the clause states comes first
    ("The Ministers reaffirmed their commitment to the Treaty of Lima, signed in 2010.",
     "Treaty of Lima", "signed"),
    # a partnership stays active
    ("Peru reaffirmed its commitment to the Partnership for Peace.",
     "Partnership for Peace", "active"),
    # a commitment before a clause's end is about something else
    ("The sides reaffirmed their commitment to peace; they noted the Treaty of Lima.",
     "Treaty of Lima", ""),
])
def test_a_commitment_outranks_no_stated_status(text: str, mention: str, status: str) -> None:
    assert _agreements(text)[mention].status == status


@pytest.mark.parametrize("verb", ["conclude", "concluding", "develop", "finalize"])
def test_what_parties_committed_to_conclude_is_proposed(verb: str) -> None:
    text = (f"The two governments committed to {verb} a General Security of Military "
            "Information Agreement by the end of the year.")
    fact = _agreements(text)["General Security of Military Information Agreement"]
    assert fact.status == "proposed"


@pytest.mark.parametrize("written", ["UN Charter", "U.N. Charter", "United Nations Charter"])
def test_the_un_charter_is_named_in_full(written: str) -> None:
    text = f"The Ministers recalled the principles of the {written}."
    fact = _agreements(text)[written]
    assert (fact.name, fact.kind) == ("Charter of the United Nations", "charter")


@pytest.mark.parametrize(("text", "mention"), [
    # a party to it
    ("Peru, a party to the Treaty of Tlatelolco, hosted the conference.", "Treaty of Tlatelolco"),
    ("The three states remain parties to the Treaty of Asunción, signed in 1991.",
     "Treaty of Asunción"),
    # what states maintain or have, what rests on it, what it lets or helps do
    ("Lima and Washington also maintain an Acquisition and Cross-Servicing Agreement.",
     "Acquisition and Cross-Servicing Agreement"),
    ("The United States now has shiprider agreements with nine Caribbean states.",
     "shiprider agreements"),
    ("Counternarcotics work in Peru rests on bilateral letters of agreement.",
     "letters of agreement"),
    ("The Mutual Logistics Support Agreement lets either military obtain fuel.",
     "Mutual Logistics Support Agreement"),
    ("The Maritime Framework guides cooperation among the two navies.", "Maritime Framework"),
])
def test_an_instrument_held_or_at_work_is_in_force(text: str, mention: str) -> None:
    assert _agreements(text)[mention].status == "in_force"


@pytest.mark.parametrize("discussed", ["have discussed", "have since discussed",
                                       "are discussing", "began discussing"])
def test_what_governments_have_discussed_is_proposed(discussed: str) -> None:
    text = f"Lima and Washington {discussed} an Acquisition and Cross-Servicing Agreement."
    fact = _agreements(text)["Acquisition and Cross-Servicing Agreement"]
    assert fact.status == "proposed"


def test_a_past_discussion_beside_a_signing_states_no_proposal() -> None:
    text = ("They marked the anniversary of the General Security of Information Agreement, "
            "concluded in August 2019, and discussed new exercises.")
    fact = _agreements(text)["General Security of Information Agreement"]
    assert fact.status == "signed"


@pytest.mark.parametrize(("text", "mention"), [
    # the next clause's subject is the agreement, or its object
    ("In June 2009 the two governments signed a transit center agreement; it expired in July "
     "2014, after the parliament voted not to extend it.", "transit center agreement"),
    ("Lima and Washington signed a basing agreement in 2001; Peru terminated it in 2005.",
     "basing agreement"),
    ("Peru hosted U.S. aircraft under a status of forces agreement concluded in 2001 and an "
     "access agreement signed in 2009; both lapsed in 2014.", "status of forces agreement"),
    ("Peru and the United States signed a memorandum of understanding in 2012; the memorandum "
     "expired in 2015.", "memorandum of understanding"),
    # what ceased to have effect
    ("The Agreement on Defense Cooperation, signed in Lima in 1993, ceased to have effect in "
     "2015.", "Agreement on Defense Cooperation"),
])
def test_an_agreement_the_next_clause_ends_has_ended(text: str, mention: str) -> None:
    fact = _agreements(text)[mention]
    assert fact.status == "ended"


def test_the_next_clauses_end_keeps_the_signing_as_the_start() -> None:
    text = ("Lima and Washington signed a basing agreement on October 7, 2001; Peru terminated "
            "it in 2005.")
    fact = _agreements(text)["basing agreement"]
    assert fact.date_start is not None and fact.date_start.start is not None
    assert fact.date_start.start.isoformat() == "2001-10-07"


@pytest.mark.parametrize("after", ["; U.S. forces withdrew in 2005.",
                                   "; it was renewed in 2005."])
def test_a_next_clause_about_something_else_ends_nothing(after: str) -> None:
    text = "Lima and Washington signed a basing agreement in 2001" + after
    assert _agreements(text)["basing agreement"].status == "signed"


def test_it_in_the_next_clause_is_the_last_agreement_only() -> None:
    text = ("Peru signed a status of forces agreement in 2001 and an access agreement in 2009; "
            "it expired in 2014.")
    found = _agreements(text)
    assert (found["status of forces agreement"].status, found["access agreement"].status) == (
        "signed", "ended")


def test_an_acronym_ending_a_hyphenated_compound_is_no_mention_of_its_own() -> None:
    text = ("Pakistan and the United States signed a Communications Interoperability and "
            "Security Memorandum of Agreement (CIS-MOA) in 2005. Islamabad renewed the CIS-MOA "
            "in 2020.")
    names = {text[f.start:f.end]: f.name for f in extract_text(text, None).facts
             if isinstance(f, AgreementFact)}
    full = "Communications Interoperability and Security Memorandum of Agreement"
    assert names == {full: full, "CIS-MOA": full}


@pytest.mark.parametrize(("text", "mention", "name", "party"), [
    # the region's security programmes of other organizations: theirs, not the United States'
    ("The European Union's Border Management Programme in Central Asia (BOMCA) has trained "
     "border guards since 2003.", "Border Management Programme in Central Asia",
     "Border Management Programme in Central Asia", "European Union"),
    ("The Central Asia Drug Action Programme funds drug-profiling units.",
     "Central Asia Drug Action Programme", "Central Asia Drug Action Programme",
     "European Union"),
    ("Kazakhstan has taken part in NATO's Planning and Review Process since 2002.",
     "Planning and Review Process", "Planning and Review Process", "NATO"),
    ("NATO's Science for Peace and Security Programme funds a seismic network.",
     "Science for Peace and Security Programme", "Science for Peace and Security Programme",
     "NATO"),
])
def test_an_organizations_programme_is_its_own(text: str, mention: str, name: str,
                                               party: str) -> None:
    fact = _agreements(text)[mention]
    assert (fact.name, fact.kind) == (name, "partnership")
    assert party in fact.parties and "USA" not in fact.parties


def test_the_helsinki_final_act_is_an_agreement() -> None:
    text = "The five states joined the OSCE in 1992 and accepted the Helsinki Final Act."
    assert _agreements(text)["Helsinki Final Act"].kind == "agreement"


def test_a_cross_references_states_are_no_parties() -> None:
    text = ("Washington holds a Strategic Partnership Dialogue with Peru (for both, see "
            "“Bilateral Relations: Chile and Peru”).")
    assert _agreements(text)["Strategic Partnership"].parties == ("PER", "USA")


@pytest.mark.parametrize(("text", "mention", "parties"), [
    # the base it is used at names its host
    ("A June 2009 access agreement converted the air base into the Transit Center at Manas.",
     "access agreement", ("KGZ", "USA")),
    ("The transit agreement for the Transit Center at Manas, concluded in 2009, lapsed in 2014.",
     "transit agreement", ("KGZ", "USA")),
    ("Operations at Camp Lemonnier continue under a lease agreement renewed in 2014.",
     "lease agreement", ("DJI", "USA")),
    # where transit cargo goes is no host
    ("Tajikistan allowed convoys bound for Afghanistan under a transit agreement signed in 2009.",
     "transit agreement", ("TJK", "USA")),
])
def test_a_base_names_the_host_of_an_access_agreement(text: str, mention: str,
                                                      parties: tuple[str, ...]) -> None:
    assert _agreements(text)[mention].parties == parties


def test_the_npt_is_a_known_name() -> None:
    text = "Kazakhstan joined the NPT in 1994 as a non-nuclear-weapon state."
    fact = _agreements(text)["NPT"]
    assert (fact.name, fact.kind) == ("Treaty on the Non-Proliferation of Nuclear Weapons",
                                      "treaty")


@pytest.mark.parametrize(("text", "mention", "name", "kind"), [
    # the kinds of transit the annotators name apart
    ("In June 2012, NATO concluded reverse transit agreements with Kazakhstan and Uzbekistan.",
     "reverse transit agreements", "reverse transit agreement", "transit"),
    ("A U.S.-Russia air transit agreement signed on July 6, 2009, permitted 4,500 flights.",
     "air transit agreement", "air transit agreement", "transit"),
    ("Turkmenistan let U.S. aircraft refuel under a refueling agreement in place since 2002.",
     "refueling agreement", "refueling agreement", "agreement"),
    # the agreement on a transit center is an agreement ("the transit center agreement" is one
    # of transit)
    ("The Agreement on the Transit Center at Manas International Airport was signed in 2009.",
     "Agreement on the Transit Center at Manas International Airport",
     "Agreement on the Transit Center at Manas International Airport", "agreement"),
])
def test_transit_names_and_kinds(text: str, mention: str, name: str, kind: str) -> None:
    fact = _agreements(text)[mention]
    assert (fact.name, fact.kind) == (name, kind)


def test_reverse_transit_agreements_nato_concluded_are_natos() -> None:
    text = ("In June 2012, NATO concluded reverse transit agreements with Kazakhstan, the Kyrgyz "
            "Republic, and Uzbekistan.")
    assert _agreements(text)["reverse transit agreements"].parties == ("KAZ", "KGZ", "NATO",
                                                                       "UZB")


@pytest.mark.parametrize(("text", "mention", "name"), [
    # which meeting of a dialogue a headline names is no part of the partnership's name
    ("Joint Statement on the Inaugural U.S.–Peru Strategic Partnership Dialogue",
     "U.S.–Peru Strategic Partnership", "Strategic Partnership"),
    ("The Second Chile-U.S. Strategic Partnership Dialogue met in Santiago.",
     "Chile-U.S. Strategic Partnership", "Strategic Partnership"),
    # an ordinal of the name's own stays ("Second Five-Year Plan")
    ("The Second Five-Year Plan of Military Cooperation was signed in 2018.",
     "Second Five-Year Plan of Military Cooperation",
     "Second Five-Year Plan of Military Cooperation"),
    # a dialogue is held in the partnership it names
    ("The two sides agreed to hold the next Strategic Partnership Dialogue in Lima.",
     "Strategic Partnership", "Strategic Partnership"),
])
def test_a_dialogues_partnership_is_named_alone(text: str, mention: str, name: str) -> None:
    assert _agreements(text)[mention].name == name


@pytest.mark.parametrize(("text", "start", "end"), [
    # in a dated document, a plan's period still ahead is no start: it ends with that period
    ("Today we sign the Bilateral Military Cooperation Plan for 2024.", "2023-12-05",
     "2024-12-31"),
    ("The delegations welcomed the signing of the 2025–2027 Bilateral Military Cooperation "
     "Plan.", None, "2027-12-31"),
])
def test_a_plans_period_ahead_of_the_document_is_its_end(text: str, start: str | None,
                                                         end: str) -> None:
    (plan,) = [f for f in extract_text(text, date(2023, 12, 5)).facts
               if isinstance(f, AgreementFact)]
    assert (plan.date_start.start.isoformat() if plan.date_start else None) == start
    assert plan.date_end is not None and plan.date_end.end is not None
    assert plan.date_end.end.isoformat() == end


def test_a_dialogue_someone_will_host_is_one_meeting() -> None:
    text = ("Next month, Washington will host the U.S.-Peru Strategic Partnership Dialogue, where "
            "security will be on the agenda.")
    (partnership,) = [f for f in extract_text(text, date(2024, 2, 12)).facts
                      if isinstance(f, AgreementFact)]
    assert partnership.date_start is None


def test_a_start_word_inside_a_proper_name_states_no_start() -> None:
    text = ("Leaders of the Oregon National Guard and the Armed Forces of Peru gathered at Joint "
            "Force Headquarters in Salem on May 17 to mark the 10th anniversary of their "
            "partnership under the State Partnership Program.")
    (pairing,) = [f for f in extract_text(text, date(2022, 5, 19)).facts
                  if isinstance(f, AgreementFact)]
    assert pairing.date_start is None


def test_another_nouns_relative_clause_ends_nothing() -> None:
    text = ("The sides welcomed the signing in Lima in October 2023 of a new Plan of Military "
            "Cooperation between the two defense ministries, which builds on the plan that "
            "covered 2018–2022.")
    (plan,) = [f for f in extract_text(text, date(2023, 12, 5)).facts
               if isinstance(f, AgreementFact)]
    assert plan.date_end is None and plan.status == "signed"


def test_a_bilateral_investment_treaty_keeps_its_modifier() -> None:
    text = "Peru and the United States signed a bilateral investment treaty in 1993."
    assert _agreements(text)["bilateral investment treaty"].name == "bilateral investment treaty"


@pytest.mark.parametrize(("text", "mention", "status"), [
    # another agreement's signing leaves a partnership active
    ("Peru signed an Acquisition and Cross-Servicing Agreement with the United States in 2016, "
     "and in December 2021 launched a Strategic Partnership Dialogue with Washington.",
     "Strategic Partnership", "active"),
    ("The Charter on Strategic Partnership, signed in 2009, guides the relationship, and the "
     "Peru Defense Readiness Initiative now focuses U.S. assistance.",
     "Peru Defense Readiness Initiative", "active"),
    # its own signing stays
    ("The two countries signed a Comprehensive Strategic Partnership in June 2018.",
     "Comprehensive Strategic Partnership", "signed"),
])
def test_a_partnership_is_signed_only_by_its_own_signing(text: str, mention: str,
                                                         status: str) -> None:
    assert _agreements(text)[mention].status == status


def test_it_after_a_sentence_opened_by_a_capital_is_that_state() -> None:
    text = ("Quito is not a member of any alliance, but it joined NATO's Partnership for Peace "
            "in 1994.")
    assert _agreements(text)["Partnership for Peace"].parties == ("ECU", "NATO")


def test_each_pairing_of_a_list_of_clauses() -> None:
    text = ("Peru has been paired with the West Virginia National Guard since 1996, Chile has had "
            "a partnership with the Texas National Guard since 2008, Bolivia has partnered with "
            "the Mississippi National Guard since 1999, and Colombia has been paired with the "
            "South Carolina National Guard since 2012.")
    pairings = sorted(f.parties for f in extract_text(text, None).facts
                      if isinstance(f, AgreementFact))
    assert pairings == [("BOL", "Mississippi National Guard"), ("CHL", "Texas National Guard"),
                        ("COL", "South Carolina National Guard"),
                        ("PER", "West Virginia National Guard")]


def test_a_partnership_at_work_is_active_never_in_force() -> None:
    text = "Chile has had a partnership with the Texas National Guard since 2008."
    (pairing,) = [f for f in extract_text(text, None).facts if isinstance(f, AgreementFact)]
    assert pairing.status == "active"


def test_pairings_listed_after_a_colon_are_their_own() -> None:
    text = ("The State Partnership Program anchors U.S. ties across the region: Chile has "
            "partnered with the Texas National Guard since 2008, the Kentucky National Guard has "
            "been paired with Ecuador since 1996, and Peru's partnership with the West Virginia "
            "National Guard began in 1996.")
    pairings = sorted(f.parties for f in extract_text(text, None).facts
                      if isinstance(f, AgreementFact) and text[f.start:f.end] != "State "
                      "Partnership Program")
    assert pairings == [("CHL", "Texas National Guard"), ("ECU", "Kentucky National Guard"),
                        ("PER", "West Virginia National Guard")]


@pytest.mark.parametrize(("text", "mention", "name", "kind"), [
    # the EU as a parties' prefix; a partnership and cooperation agreement is an agreement
    ("The EU–Peru Enhanced Partnership and Cooperation Agreement entered into force in 2020.",
     "EU–Peru Enhanced Partnership and Cooperation Agreement",
     "Enhanced Partnership and Cooperation Agreement", "agreement"),
    ("Peru joined the Partnership for Peace in 1994.", "Partnership for Peace",
     "Partnership for Peace", "partnership"),
])
def test_a_partnership_and_cooperation_agreement(text: str, mention: str, name: str,
                                                 kind: str) -> None:
    fact = _agreements(text)[mention]
    assert (fact.name, fact.kind) == (name, kind)
