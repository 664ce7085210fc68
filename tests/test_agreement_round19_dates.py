"""Round 19 of agreement dates (from agreements found with a wrong start over all gold
documents): a comma-"and" that opens with a date starts the next agreement's clause; a span of
funded years is not a start; a notice of termination is an event, not a start; a later
agreement read with its own relative clause does not borrow an earlier agreement's date, and
its own relative clause's signing is surer than a signing told before its name; "the same
day" / "that month" may refer to the sentence before; "today's" is the document's day; a date
between "the" and a noun dates that event, unless the noun is an occasion of a signing.
Invented sentences only."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import extract_text
from pipeline.facts import AgreementFact


def _starts(text: str, doc_date: date | None = None) -> list[tuple[str, str | None]]:
    """(span as written, start date) of every agreement mention, in document order."""
    return [(text[f.start:f.end],
             f.date_start.start.isoformat() if f.date_start and f.date_start.start else None)
            for f in extract_text(text, doc_date).facts if isinstance(f, AgreementFact)]


@pytest.mark.parametrize(("text", "wanted"), [
    # the date after ", and in"/", and on" opens the second agreement's clause
    ("Lima and Quito signed a Harbor Accord in June 2011, and on April 3, 2015, the two "
     "governments concluded a Memorandum of Understanding on Coastal Patrols.",
     [("Harbor Accord", "2011-06-01"),
      ("Memorandum of Understanding on Coastal Patrols", "2015-04-03")]),
    ("Chile has had a Status of Forces Agreement with the United States since 1998, and in "
     "2019 the Chilean Navy and the U.S. Navy signed an implementing arrangement.",
     [("Status of Forces Agreement", "1998-01-01"), ("implementing arrangement", "2019-01-01")]),
    # a date before the first agreement's time-led clause is the earlier clause's
    ("Since 2009, Peru has hosted U.S. medical teams, and in May 2016 the two countries signed "
     "a cooperation agreement on disaster relief.",
     [("cooperation agreement", "2016-05-01")]),
    # no time after the comma-"and": the head's date is still shared
    ("In 2012, Ecuador signed an Acquisition and Cross-Servicing Agreement, and the two "
     "navies later agreed a joint patrol plan.",
     [("Acquisition and Cross-Servicing Agreement", "2012-01-01")]),
])
def test_a_time_led_comma_and_opens_the_next_agreements_clause(
        text: str, wanted: list[tuple[str, str | None]]) -> None:
    assert _starts(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # years the amounts were given over, in a clause that states no start
    ("Ghana received nearly $40 million from FY 2017 through FY 2021 under the Gulf of Guinea "
     "Maritime Initiative.", [("Gulf of Guinea Maritime Initiative", None)]),
    ("Between FY 2010 and FY 2014, the State Department obligated $120 million for the Sahel "
     "Border Security Initiative.", [("Sahel Border Security Initiative", None)]),
    # a period the agreement covers stays its own
    ("Peru contributed $12 million in 2022 under the Cost Sharing Agreement that covers "
     "2022-2026.", [("Cost Sharing Agreement", "2022-01-01")]),
    # a span with a start word is the agreement's
    ("The Coastal Radar Initiative, launched with $30 million, ran from 2015 to 2019.",
     [("Coastal Radar Initiative", "2015-01-01")]),
])
def test_a_span_of_funded_years_is_no_start(
        text: str, wanted: list[tuple[str, str | None]]) -> None:
    assert _starts(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    ("In March 2019 Quito notified Washington of its intent to terminate the Status of Forces "
     "Agreement; the notice was later withdrawn.", [("Status of Forces Agreement", None)]),
    ("Lima notified Bogota in 2021 that it would leave the Andean Fisheries Agreement.",
     [("Andean Fisheries Agreement", None)]),
    # the agreement's own signing is still dated
    ("In March 2019 Quito and Washington signed a Status of Forces Agreement.",
     [("Status of Forces Agreement", "2019-03-01")]),
])
def test_a_notice_of_termination_is_no_start(
        text: str, wanted: list[tuple[str, str | None]]) -> None:
    assert _starts(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    ("The ministers welcomed the Harbor Accord that Chile and Peru signed on May 2, 2019, and "
     "the Treaty on Andean Friendship, which Bolivia, Chile, and Peru signed in July 2021 and "
     "which remains open to Ecuador.",
     [("Harbor Accord", "2019-05-02"), ("Treaty on Andean Friendship", "2021-07-01")]),
    ("The envoy recalled the Pacific Fisheries Treaty, signed on March 4, 1987, and the Coastal "
     "Defense Pact, which entered into force on June 9, 1990, backed by both navies.",
     [("Pacific Fisheries Treaty", "1987-03-04"), ("Coastal Defense Pact", "1990-06-09")]),
    # the relative clause's signing beats a signing told before the name
    ("Tokyo funded radars with a grant signed in November 2023, and the Reciprocal Access "
     "Agreement that Lima and Tokyo signed on July 8, 2024, will let their forces train together.",
     [("Reciprocal Access Agreement", "2024-07-08")]),
    # a relative clause without a date of its own still takes its head's
    ("In June 2018, Chile and Peru signed the Harbor Accord, which covers joint patrols.",
     [("Harbor Accord", "2018-06-01")]),
])
def test_an_agreement_read_with_its_relative_clause_keeps_its_own_date(
        text: str, wanted: list[tuple[str, str | None]]) -> None:
    assert _starts(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    ("On May 4, 2021, the two presidents signed the Harbor Accord. In a separate Memorandum "
     "of Understanding signed the same day, the two ministers agreed to hold talks.",
     [("Harbor Accord", "2021-05-04"), ("Memorandum of Understanding", "2021-05-04")]),
    ("Both sides recalled the Harbor Accord signed on December 22, 2020. They discussed "
     "the Abraham Accords, which Morocco joined that month.",
     [("Harbor Accord", "2020-12-22"), ("Abraham Accords", "2020-12-01")]),
    # no date before the phrase in the sentence or the one before: no start
    ("The two ministers met in Lima. They signed a Memorandum of Understanding the same day.",
     [("Memorandum of Understanding", None)]),
])
def test_the_same_day_may_refer_to_the_sentence_before(
        text: str, wanted: list[tuple[str, str | None]]) -> None:
    assert _starts(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    ("During today's ceremony, the Embassy and the Border Police also signed a Memorandum of "
     "Understanding on Border Security.",
     [("Memorandum of Understanding on Border Security", "2024-10-17")]),
    ("During today’s ceremony, the two ministers signed a Memorandum of Understanding.",
     [("Memorandum of Understanding", "2024-10-17")]),
    # no "today": no start
    ("During a ceremony, the two ministers signed a Memorandum of Understanding.",
     [("Memorandum of Understanding", None)]),
])
def test_todays_ceremony_is_on_the_document_date(
        text: str, wanted: list[tuple[str, str | None]]) -> None:
    assert _starts(text, date(2024, 10, 17)) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    ("In December 2001, three months after the September 11, 2001 attacks, Lima and "
     "Washington concluded a basing agreement.", [("basing agreement", "2001-12-01")]),
    ("Following the July 2023 coup and the March 2024 revocation of its status of forces "
     "agreement, U.S. forces left the country.", [("status of forces agreement", None)]),
    ("In May 2022, Lima and Washington signed an updated Defense Cooperation Arrangement that "
     "modernizes the 2012 framework.", [("Defense Cooperation Arrangement", "2022-05-01")]),
    # an occasion of the signing keeps its date
    ("At the November 7 ceremony, the two navies signed a Memorandum of Understanding on "
     "search and rescue.", [("Memorandum of Understanding", "2023-11-07")]),
    # a year written in the agreement's own name stays its start
    ("The 2015 Defense Cooperation Agreement governs U.S. access to three bases.",
     [("Defense Cooperation Agreement", "2015-01-01")]),
])
def test_a_date_between_the_and_a_noun_dates_that_event(
        text: str, wanted: list[tuple[str, str | None]]) -> None:
    assert _starts(text, date(2023, 11, 8)) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    ("Chile's Letter of Agreement with the United States, in force since 2008, was extended in "
     "December 2022 through 2027.", [("Letter of Agreement", "2008-01-01")]),
    ("A three-year Security Cooperation Framework followed in October 2019 and was extended in "
     "2022 through 2025.", [("Security Cooperation Framework", "2019-10-01")]),
    # a period no extension introduces still starts the agreement
    ("The Harbor Accord ran from 2016 to 2020.", [("Harbor Accord", "2016-01-01")]),
])
def test_an_extension_period_gives_no_start(
        text: str, wanted: list[tuple[str, str | None]]) -> None:
    assert _starts(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    ("On May 3, 2021, Lima and Quito went further, signing the Harbor Security Agreement, "
     "which commits the two to joint patrols.", [("Harbor Security Agreement", "2021-05-03")]),
    ("In 2019 the two navies deepened ties, concluding a Memorandum of Understanding on "
     "Coastal Patrols.", [("Memorandum of Understanding on Coastal Patrols", "2019-01-01")]),
    # a participle that is no signing keeps its clause apart
    ("In 2019 the two navies held drills, citing the Memorandum of Understanding on Coastal "
     "Patrols.", [("Memorandum of Understanding on Coastal Patrols", None)]),
])
def test_a_signing_gerund_reads_its_head_clause(
        text: str, wanted: list[tuple[str, str | None]]) -> None:
    assert _starts(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    ("On March 2, 2024, the two foreign ministers initialed the Agreement on Peace and "
     "Interstate Relations.", [("Agreement on Peace and Interstate Relations", None)]),
    ("Security still rests on the Harbor Peace Agreement, initialed in Lima in November 1995 "
     "and signed in Quito on December 14, 1995, by the two presidents.",
     [("Harbor Peace Agreement", "1995-12-14")]),
    # the signing alone dates it
    ("On March 2, 2024, the two foreign ministers signed the Agreement on Peace and "
     "Interstate Relations.", [("Agreement on Peace and Interstate Relations", "2024-03-02")]),
])
def test_an_initialing_is_no_start(text: str, wanted: list[tuple[str, str | None]]) -> None:
    assert _starts(text) == wanted
