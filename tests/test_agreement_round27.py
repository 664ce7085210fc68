"""Round 27 of agreement rules, from the false alarms the consistency checker raised inside
the held-out sets (each set is consistent on purpose) and from the thirteenth session's blind
sets. Invented sentences only."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import extract_text
from pipeline.facts import AgreementFact


def _agreements(text: str, doc_date: date | None = None) -> dict[str, AgreementFact]:
    return {text[f.start:f.end]: f for f in extract_text(text, doc_date).facts
            if isinstance(f, AgreementFact)}


def _day(value: object) -> str | None:
    start = getattr(value, "start", None)
    return None if start is None else start.isoformat()


@pytest.mark.parametrize(("text", "mention", "end", "status"), [
    # the date a termination takes effect is the agreement's end, and the date the termination
    # was decided is no start (a decision to terminate ends it by the document's date)
    ("On March 2, 2011, the Ecuadorian congress voted to terminate the Agreement on the Manta "
     "Forward Operating Location, effective September 18, 2011.",
     "Agreement on the Manta Forward Operating Location", "2011-09-18", "ended"),
    ("On March 2, 2011, the Ecuadorian congress voted to terminate the Agreement on the Manta "
     "Forward Operating Location, effective September 18, 2011.",
     "Agreement on the Manta Forward Operating Location", "2011-09-18", ""),
    ("On May 4, 2016, Bolivia denounced the Agreement on Counternarcotics Cooperation, with "
     "effect from November 4, 2016.", "Agreement on Counternarcotics Cooperation",
     "2016-11-04", "ended"),
    # with no date it takes effect, the termination's date is the end
    ("In 2009 Ecuador withdrew from the Agreement on the Manta Forward Operating Location.",
     "Agreement on the Manta Forward Operating Location", "2009-01-01", "ended"),
])
def test_a_termination_dates_the_end_not_the_start(text: str, mention: str, end: str,
                                                   status: str) -> None:
    # the first case's document is dated after the end, the second's not at all
    doc_date = date(2012, 5, 1) if status == "ended" and "voted" in text else None
    fact = _agreements(text, doc_date)[mention]
    assert fact.date_start is None
    assert _day(fact.date_end) == end
    assert fact.status == status


def test_a_date_a_participle_gives_before_a_withdrawal_stays_the_start() -> None:
    text = ("Paraguay, paired with the Idaho National Guard in 2009, withdrew from the State "
            "Partnership Program in 2017.")
    fact = _agreements(text)["State Partnership Program"]
    assert _day(fact.date_start) == "2009-01-01"
    assert _day(fact.date_end) == "2017-01-01"


def test_a_date_opening_the_sentence_is_the_signing_of_a_long_subject() -> None:
    # the subject may be two officials with their titles; the later entry into force is not
    # the start
    text = ("On June 10, 2021, Deputy Secretary of Defense Kathleen H. Hicks and Ecuadorian "
            "Minister of National Defense Luis Hernandez signed the Defense Cooperation "
            "Agreement, which entered into force on February 1, 2022.")
    fact = _agreements(text)["Defense Cooperation Agreement"]
    assert _day(fact.date_start) == "2021-06-10"


@pytest.mark.parametrize(("text", "mention", "status"), [
    # an adjective right before the mention that makes it one not yet concluded
    ("Both sides hope to expand cooperation under a future U.S.–Paraguay Charter on Strategic "
     "Partnership.", "U.S.–Paraguay Charter on Strategic Partnership", "proposed"),
    ("Chile and Peru discussed a prospective Status of Forces Agreement.",
     "Status of Forces Agreement", "proposed"),
    # not when it speaks of something else in another clause
    ("We remain ready to work on a future framework that all can verify, and we will continue "
     "to implement the Vienna Document 2011 in good faith.", "Vienna Document 2011", "in_force"),
    # drafting and preparing an agreement is not concluding it; nor is initialing it
    ("The two defense ministries have begun drafting a new military cooperation plan.",
     "military cooperation plan", "proposed"),
    ("Peru and Chile will form a working group to prepare a Charter on Strategic Partnership.",
     "Charter on Strategic Partnership", "proposed"),
    ("The Leaders welcomed the initialing by the Foreign Ministers of Peru and Ecuador of the "
     "Agreement on Peace and Interstate Relations.",
     "Agreement on Peace and Interstate Relations", "proposed"),
])
def test_an_agreement_not_yet_concluded_is_proposed(text: str, mention: str, status: str
                                                    ) -> None:
    assert _agreements(text)[mention].status == status


def test_a_first_person_possessive_is_no_part_of_the_name() -> None:
    text = "Our Comprehensive Global Strategic Partnership with Chile rests on shared values."
    names = {f.name for f in _agreements(text).values()}
    assert names == {"Comprehensive Global Strategic Partnership"}


def test_an_end_a_future_verb_states_is_ahead() -> None:
    # "will guide ... through 2026" in an undated document: an end ahead, not one come
    text = ("Participants endorsed a three-year Regional Border Security Roadmap that will guide "
            "the Working Group's activities through 2026.")
    fact = _agreements(text)["Regional Border Security Roadmap"]
    assert fact.status == "signed"
    assert _day(fact.date_end) == "2026-01-01"


@pytest.mark.parametrize(("text", "mention", "start"), [
    # a clause of another subject after a comma-"and" has its own times
    ("U.S. forces operate from Ilo Air Base under our Defense Cooperation Agreement, and the "
     "radar site at Paita has protected the coast since 2016.", "Defense Cooperation Agreement",
     None),
    # the agreement itself as that subject keeps them
    ("Peru and the United States signed a Defense Cooperation Agreement, and the agreement has "
     "been in force since 2016.", "Defense Cooperation Agreement", "2016-01-01"),
    # and so does one more state of a list
    ("At the Lima Summit in June 2004, the Allies launched the Andean Cooperation Initiative, "
     "which Peru, Chile, and the Plurinational State of Bolivia have since joined.",
     "Andean Cooperation Initiative", "2004-06-01"),
])
def test_a_clause_of_another_subject_has_its_own_time(text: str, mention: str,
                                                      start: str | None) -> None:
    assert _day(_agreements(text)[mention].date_start) == start


def test_a_fiscal_year_written_in_a_law_s_name_dates_the_law() -> None:
    text = ("Congress authorized the program as the Andean Maritime Initiative (AMI) in section "
            "1263 of the fiscal year 2016 National Defense Authorization Act (NDAA).")
    assert _agreements(text)["Andean Maritime Initiative"].date_start is None


@pytest.mark.parametrize(("text", "mention", "start", "status", "parties"), [
    # a second predicate in the past tense has its own object, and that object its own
    # relative clause: neither dates the agreement nor states its status or parties
    ("Both sides reaffirmed their commitment to the Treaty on the Non-Proliferation of Nuclear "
     "Weapons and noted the legacy of threat reduction, which since December 1993 has helped "
     "Ukraine and Belarus secure the former test sites.",
     "Treaty on the Non-Proliferation of Nuclear Weapons", None, "in_force", ()),
    # a verb pair shares its object and its time
    ("Through the Global Peace Operations Initiative, the United States has trained and "
     "equipped Paraguay's peacekeeping battalion since 2009.",
     "Global Peace Operations Initiative", "2009-01-01", "active", ("PRY", "USA")),
])
def test_a_second_predicate_has_its_own_object(text: str, mention: str, start: str | None,
                                               status: str, parties: tuple[str, ...]) -> None:
    fact = _agreements(text)[mention]
    assert _day(fact.date_start) == start
    assert fact.status == status
    assert fact.parties == parties


@pytest.mark.parametrize(("text", "mention", "status"), [
    # "made possible by": the adjective is the sentence's, not the agreement's
    ("The project was made possible by the Cooperative Threat Reduction agreement that Secretary "
     "of State Colin Powell and Peruvian Foreign Minister Javier Perez signed in Lima on June 5, "
     "2001.",
     "Cooperative Threat Reduction agreement", "signed"),
    ("Officials have discussed a possible National Guard State Partnership Program pairing for "
     "Paraguay.", "National Guard State Partnership Program", "proposed"),
])
def test_a_proposed_adjective_must_modify_the_agreement(text: str, mention: str,
                                                        status: str) -> None:
    assert _agreements(text)[mention].status == status


@pytest.mark.parametrize(("text", "found"), [
    # a region's security initiative is a partnership of the region's states
    ("Congress created the Andean Security Initiative (ASI) to give Peruvian and Bolivian "
     "planners predictable support.", True),
    ("The Baltic Security Initiative has funded air surveillance radars.", True),
    # a state's is a funding line, like FMF
    ("The Peru Security Initiative funded radars.", False),
    ("The Ukraine Security Assistance Initiative provided arms.", False),
])
def test_a_region_s_security_initiative_is_a_partnership(text: str, found: bool) -> None:
    assert any(f.name.endswith("Security Initiative") for f in _agreements(text).values()) == found


def test_a_threat_reduction_agreement_is_a_generic_mention() -> None:
    text = ("In December 2004, the United States and Peru signed a biological threat reduction "
            "agreement that set the stage for a reference laboratory in Lima.")
    fact = _agreements(text)["biological threat reduction agreement"]
    assert (fact.name, fact.parties, _day(fact.date_start)) == (
        "biological threat reduction agreement", ("PER", "USA"), "2004-12-01")


def test_a_congratulating_united_states_is_no_party() -> None:
    text = ("The United States congratulates the Republic of Peru and the Republic of Ecuador on "
            "the signing of the Treaty on the State Border in Quito yesterday.")
    assert _agreements(text)["Treaty on the State Border"].parties == ("ECU", "PER")


@pytest.mark.parametrize(("text", "mention", "status"), [
    # an instrument at work with its parties' forces side by side is in force ...
    ("Peru and the United States signed the Defense Cooperation Agreement (DCA) in 2006. Under "
     "the DCA, U.S. and Peruvian forces share four joint military facilities.", "DCA",
     "in_force"),
    ("Peru and the United States signed the Defense Cooperation Agreement (DCA) in 2006. Under "
     "the DCA, U.S. forces build facilities together with their Peruvian counterparts.", "DCA",
     "in_force"),
    # ... but duties its parties have shared under it since a year leave it active
    ("Peru and Chile have shared air policing duties under the Agreement on Cross-Border Air "
     "Policing since 2017.", "Agreement on Cross-Border Air Policing", "active"),
])
def test_joint_work_under_an_instrument(text: str, mention: str, status: str) -> None:
    assert _agreements(text)[mention].status == status


@pytest.mark.parametrize("verb", ["gives", "supports", "also supports", "frames", "requires"])
def test_an_instrument_as_the_subject_of_what_it_does_is_in_force(verb: str) -> None:
    text = (f"Peru and the United States signed the Defense Cooperation Agreement (DCA) in 2006. "
            f"The DCA {verb} the presence of U.S. forces at Peruvian bases.")
    assert _agreements(text)["DCA"].status == "in_force"


def test_a_parliament_s_approval_concludes_an_agreement() -> None:
    text = ("The United States welcomes the approval by Peru's Congress, on March 23, 2018, of "
            "the Defense Cooperation Agreement between the United States and Peru.")
    fact = _agreements(text)["Defense Cooperation Agreement"]
    assert (fact.status, _day(fact.date_start)) == ("signed", "2018-03-23")


def test_a_termination_only_intended_dates_nothing() -> None:
    text = ("On August 22, 2019, the Peruvian government announced that it would terminate the "
            "General Security of Military Information Agreement, which had been in force since "
            "November 2016.")
    fact = _agreements(text)["General Security of Military Information Agreement"]
    assert fact.date_end is None
    assert fact.status != "ended"


@pytest.mark.parametrize(("text", "doc_date", "mention"), [
    # a time after the document's own date is no start of what it reports
    ("The two leaders instructed their foreign ministers to review progress under the "
     "U.S.-Peru Strategic Partnership next year.", date(2019, 7, 31),
     "U.S.-Peru Strategic Partnership"),
    # nor is a start after the agreement's own end
    ("Established in 2005, the Andean Partnership succeeded the Lima Initiative, which ran "
     "from 2002 to 2004.", None, "Lima Initiative"),
])
def test_an_impossible_start_is_dropped(text: str, doc_date: date | None, mention: str
                                        ) -> None:
    fact = _agreements(text, doc_date)[mention]
    assert fact.date_start is None or (
        fact.date_end is not None and fact.date_start.start <= fact.date_end.end)
    if doc_date is not None:
        assert fact.date_start is None


def test_a_signing_after_the_document_date_is_kept_for_the_checker() -> None:
    text = ("Peru and the United States signed an Acquisition and Cross-Servicing Agreement in "
            "August 2022.")
    fact = _agreements(text, date(2021, 3, 1))["Acquisition and Cross-Servicing Agreement"]
    assert _day(fact.date_start) == "2022-08-01"


@pytest.mark.parametrize(("text", "mention", "status"), [
    # a partnership a state decided not to pursue was never concluded: no start
    ("In June 2022, Paraguay decided not to pursue a State Partnership Program pairing with the "
     "Utah National Guard.", "State Partnership Program", "proposed"),
    # an agreement a state did not renew, or an initiative another state declined to join, was
    ("Aircraft operated from Manta under a forward operating location agreement, which expired "
     "in 2009 after the Ecuadorian government chose not to renew it.",
     "forward operating location agreement", "ended"),
])
def test_a_partnership_not_pursued_is_proposed(text: str, mention: str, status: str) -> None:
    fact = _agreements(text)[mention]
    assert fact.status == status
    if status == "proposed":
        assert fact.date_start is None
