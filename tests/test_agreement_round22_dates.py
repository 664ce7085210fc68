"""Round 22 of agreement start dates (from agreements given a date that is no start, over all
gold documents): a date a meeting word introduces ("convened the Strategic Partnership Dialogue
in Lima on May 3-4", "most recently convened in Quito in 2024", "a commission set up under the
accord last met in March") dates that meeting, unless it met for the first time then or meets
"since" then; a date a deployment word introduces ("has deployed 9,000 peacekeepers since 2004",
"observers, first deployed in 2012", "six rotations to UNIFIL since 2019") dates that
deployment, and one a vote introduces ("the parliament voted in June 2013 not to renew it") that
vote. A signing verb between the word and the date, or after the date in its clause, keeps
the date the agreement's ("met in Lima in May 2018 and signed the Plan"). A planned agreement
starts with the years it is to cover ("a successor Plan covering 2026-2030 is under
negotiation"), its only own date; one signed "alongside", "along with" or "together with" the
agreement before it takes that one's date when it has none; the age of a relationship had
"under" a programme ("the 25-year partnership between Chile and its Guard under the SPP") is the
pairing's, not the programme's start; "the conclusion in May 2022 of" an agreement is its
signing, surer than a "since" date of another clause; and a date that opens the clause without
a comma ("In May 2001 the two governments signed ...") dates the signing that follows, as with
one; so does a signing or entry-into-force verb before a date the span of which leaves out its
"the" ("entered into force in the autumn of 2022"). Invented sentences only."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import extract_text
from pipeline.facts import AgreementFact


def _starts(text: str) -> list[tuple[str, str | None]]:
    """(span as written, start date as YYYY-MM-DD) of every agreement mention, in order."""
    return [(text[f.start:f.end],
             f.date_start.start.isoformat() if f.date_start and f.date_start.start else None)
            for f in extract_text(text, None).facts if isinstance(f, AgreementFact)]


@pytest.mark.parametrize(("text", "wanted"), [
    ("The two foreign ministers convened the U.S.-Ecuador Strategic Partnership Dialogue in "
     "Quito on May 3–4, 2023.",
     [("U.S.-Ecuador Strategic Partnership", None)]),
    ("The U.S.-Peru Strategic Partnership Dialogue, most recently convened in Lima in March "
     "2024, sets the priorities of the relationship.",
     [("U.S.-Peru Strategic Partnership", None)]),
    ("The joint committee set up under the Strategic Framework Agreement last met in Baghdad "
     "in June 2023.",
     [("Strategic Framework Agreement", None)]),
])
def test_a_meeting_date_is_no_start(text: str, wanted: list[tuple[str, str | None]]) -> None:
    assert _starts(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # its first meeting is when the dialogue began
    ("The U.S.-Chile Strategic Partnership Dialogue, first convened in June 2019, now meets "
     "every year.",
     [("U.S.-Chile Strategic Partnership", "2019-06-01")]),
    # a signing after the meeting's date in the same clause dates the agreement
    ("The two presidents met in Washington in May 2018 and signed the Plan of Military "
     "Cooperation.",
     [("Plan of Military Cooperation", "2018-05-01")]),
])
def test_a_first_meeting_or_a_signing_still_dates_it(
        text: str, wanted: list[tuple[str, str | None]]) -> None:
    assert _starts(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    ("Ghana, a GPOI partner country, has deployed more than 9,000 peacekeepers to UN missions "
     "since 2004.",
     [("GPOI", None)]),
    ("Nepali military observers, first deployed to UN missions in 2012, have received "
     "GPOI-funded pre-deployment training.",
     [("GPOI", None)]),
    ("Working through the Global Peace Operations Initiative, we have prepared Fijian units "
     "for six rotations to the UN Disengagement Observer Force since March 2019.",
     [("Global Peace Operations Initiative", None)]),
    ("The United States praised five consecutive rotations of Peruvian troops with the UN "
     "mission since June 2017, and pledged $2 million in Global Peace Operations Initiative "
     "support.",
     [("Global Peace Operations Initiative", None)]),
])
def test_a_deployment_date_is_no_start(text: str, wanted: list[tuple[str, str | None]]) -> None:
    assert _starts(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # what the programme did since then dates it, as before
    ("Through the Global Peace Operations Initiative, the United States has trained Peruvian "
     "peacekeepers since 2006.",
     [("Global Peace Operations Initiative", "2006-01-01")]),
    # peacekeepers sent under the agreement, which its signing dates
    ("Russian peacekeepers, deployed under the ceasefire agreement that Armenia and Azerbaijan "
     "signed on November 10, 2020, left in 2024.",
     [("ceasefire agreement", "2020-11-10")]),
])
def test_other_dates_stay(text: str, wanted: list[tuple[str, str | None]]) -> None:
    assert _starts(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    ("A successor Five-Year Plan of Military Cooperation covering 2026–2030 is under "
     "negotiation.",
     [("Five-Year Plan of Military Cooperation", "2026-01-01")]),
    ("Both sides agreed to draft a three-year Maritime Security Work Plan for 2025–2027, which "
     "they intend to approve by the end of March 2025.",
     [("Maritime Security Work Plan", "2025-01-01")]),
    ("The two ministries are negotiating a Bilateral Military Cooperation Plan for 2026.",
     [("Bilateral Military Cooperation Plan", "2026-01-01")]),
    # a target for the talks is still no start
    ("The two governments aim to conclude a Reciprocal Defense Procurement Agreement by 2026.",
     [("Reciprocal Defense Procurement Agreement", None)]),
])
def test_a_planned_agreement_starts_with_the_years_it_is_to_cover(
        text: str, wanted: list[tuple[str, str | None]]) -> None:
    assert _starts(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    ("Astana and Bishkek signed a Treaty on Strategic Partnership on May 4, 2023, alongside a "
     "border demarcation treaty that settled the last disputed sections.",
     [("Treaty on Strategic Partnership", "2023-05-04"),
      ("border demarcation treaty", "2023-05-04")]),
    ("The two ministers signed a Defense Cooperation Agreement in Suva on March 3, 2024, along "
     "with a shiprider agreement.",
     [("Defense Cooperation Agreement", "2024-03-03"), ("shiprider agreement", "2024-03-03")]),
    ("Accra and Washington concluded an Acquisition and Cross-Servicing Agreement in June 2019, "
     "together with a new status of forces agreement.",
     [("Acquisition and Cross-Servicing Agreement", "2019-06-01"),
      ("status of forces agreement", "2019-06-01")]),
    # a date of its own stays its own
    ("The two ministers signed a Defense Cooperation Agreement in Suva on March 3, 2024, along "
     "with the shiprider agreement concluded in 2017.",
     [("Defense Cooperation Agreement", "2024-03-03"), ("shiprider agreement", "2017-01-01")]),
])
def test_an_agreement_signed_alongside_another_takes_its_date(
        text: str, wanted: list[tuple[str, str | None]]) -> None:
    assert _starts(text) == wanted


def _dated_starts(text: str, doc_date: date) -> list[tuple[str, str | None]]:
    """``_starts`` of a document dated ``doc_date``."""
    return [(text[f.start:f.end],
             f.date_start.start.isoformat() if f.date_start and f.date_start.start else None)
            for f in extract_text(text, doc_date).facts if isinstance(f, AgreementFact)]


@pytest.mark.parametrize(("text", "wanted"), [
    ("Both sides praised the 25-year partnership between Chile and the Texas National Guard "
     "under the State Partnership Program.",
     [("State Partnership Program", None)]),
    ("The delegations highlighted the 30-year partnership between Ghana and the North Dakota "
     "National Guard under the State Partnership Program, which now includes cyber exchanges.",
     [("State Partnership Program", None)]),
    ("The ministers welcomed the twenty-year relationship between the two navies under the "
     "Maritime Security Initiative.",
     [("Maritime Security Initiative", None)]),
    # a relationship had "through" the programme is still dated by its age
    ("Chile and the Texas National Guard share a more than 25-year relationship through the "
     "State Partnership Program.",
     [("State Partnership Program", "1998-01-01")]),
])
def test_the_age_of_a_relationship_under_a_programme_is_no_start(
        text: str, wanted: list[tuple[str, str | None]]) -> None:
    assert _dated_starts(text, date(2023, 5, 1)) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    ("After the Majlis voted in May 2019 not to extend it, the lease agreement for the airfield "
     "expired in 2020.",
     [("lease agreement", None)]),
    ("After the National Assembly voted in March 2016 not to renew the transit agreement, it "
     "lapsed on June 30, 2016.",
     [("transit agreement", None)]),
    ("The access agreement expired in 2015, two years after the parliament voted in 2013 to "
     "close the base.",
     [("access agreement", None)]),
])
def test_a_vote_dates_no_start(text: str, wanted: list[tuple[str, str | None]]) -> None:
    assert _starts(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    ("They welcomed the conclusion in January 2024 of an access agreement extending the U.S. "
     "presence at the air base, and noted that since 2003 Qatar has invested $8 billion in it.",
     [("access agreement", "2024-01-01")]),
    ("The ministers hailed the conclusion in May 2022 of a Security of Supply Arrangement, and "
     "recalled that since 2016 the two navies have exercised together.",
     [("Security of Supply Arrangement", "2022-05-01")]),
    ("Both sides praised the conclusion on March 3, 2021 of a shiprider agreement, and observed "
     "that since 2015 boardings have tripled.",
     [("shiprider agreement", "2021-03-03")]),
])
def test_the_conclusion_of_an_agreement_dates_it(
        text: str, wanted: list[tuple[str, str | None]]) -> None:
    assert _starts(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    ("In June 2003 the two governments concluded a Status of Forces Agreement, under which the "
     "former base was dismantled.",
     [("Status of Forces Agreement", "2003-06-01")]),
    ("In 1996 Peru and Chile signed an Accord on Border Cooperation, under which the former "
     "minefields were cleared.",
     [("Accord on Border Cooperation", "1996-01-01")]),
    ("In May 2001 the two governments signed a Cooperative Threat Reduction Agreement, under "
     "which they dismantled the former weapons site.",
     [("Cooperative Threat Reduction Agreement", "2001-05-01")]),
])
def test_an_opening_date_without_a_comma_dates_the_signing_after_it(
        text: str, wanted: list[tuple[str, str | None]]) -> None:
    # (the relative clause says something ended: a lone date that is no signing's is an end)
    assert _starts(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    ("The parliament approved it on May 3, 2022, and the Defense Cooperation Agreement entered "
     "into force in the autumn of 2022.",
     [("Defense Cooperation Agreement", "2022-09-01")]),
    ("The Senate ratified it on March 9, 2021, and the Status of Forces Agreement entered into "
     "force in the first half of 2021.",
     [("Status of Forces Agreement", "2021-01-01")]),
    ("The cabinet endorsed it on April 2, 2020, and the Shiprider Agreement took force in the "
     "summer of 2020.",
     [("Shiprider Agreement", "2020-06-01")]),
])
def test_a_date_written_after_the_still_follows_its_verb(
        text: str, wanted: list[tuple[str, str | None]]) -> None:
    # "entered into force in the autumn of 2022": the span leaves out "the"; the verb before it
    # still makes it the entry into force, surer than another clause's date
    assert _starts(text) == wanted
