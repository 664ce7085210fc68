"""Round 16 of agreement dates (from false alarms of the consistency checks over all gold
documents): a year written as part of one agreement's name is never borrowed by the mention
conjoined with it; "dating to" states a start; a plan signed with others on a stated day and
named by the period it covers starts on that day and ends with the period. Invented sentences
only."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import extract_text
from pipeline.facts import AgreementFact


def _dates(text: str, doc_date: date | None = None) -> list[tuple[str, str | None, str | None]]:
    out = []
    for f in extract_text(text, doc_date).facts:
        if isinstance(f, AgreementFact):
            start = f.date_start.start.isoformat() if f.date_start and f.date_start.start else None
            end = f.date_end.end.isoformat() if f.date_end and f.date_end.end else None
            out.append((text[f.start:f.end], start, end))
    return out


@pytest.mark.parametrize(("text", "wanted"), [
    ("Ghana works closely with Washington. Its 2016 Status of Forces Agreement with the United "
     "States and a North Dakota National Guard partnership anchor the relationship.",
     [("Status of Forces Agreement", "2016-01-01", None), ("partnership", None, None)]),
    ("Ghana is a steady partner. Its 2019 Acquisition and Cross-Servicing Agreement with the "
     "United States, its North Dakota National Guard partnership dating from 2011, and $3 million "
     "in FMF in FY 2022 support its navy.",
     [("Acquisition and Cross-Servicing Agreement", "2019-01-01", None),
      ("partnership", "2011-01-01", None)]),
])
def test_a_year_naming_one_agreement_is_not_borrowed(
        text: str, wanted: list[tuple[str, str | None, str | None]]) -> None:
    assert _dates(text) == wanted


def test_a_plan_signed_on_a_stated_day_starts_then_and_ends_with_its_period() -> None:
    text = ("On March 4, the two defense ministers signed a Memorandum of Understanding on "
            "Coastal Radar and a Defense Cooperation Plan for 2025.")
    assert _dates(text, date(2024, 3, 4)) == [
        ("Memorandum of Understanding on Coastal Radar", "2024-03-04", None),
        ("Defense Cooperation Plan", "2024-03-04", "2025-12-31")]


def test_a_plan_named_by_its_period_alone_still_starts_with_it() -> None:
    text = "The two ministers signed the Plan of Military Cooperation for 2023."
    assert _dates(text) == [("Plan of Military Cooperation", "2023-01-01", None)]


@pytest.mark.parametrize(("text", "wanted"), [
    ("Togo is a steady partner. Its North Dakota National Guard partnership began in 2014.",
     [("partnership", "2014-01-01", None)]),
    ("Ohio is proud of its Guard. Its Ohio National Guard partnership program trains at home.",
     []),
])
def test_a_guard_partnership_owned_by_the_state_before(
        text: str, wanted: list[tuple[str, str | None, str | None]]) -> None:
    assert _dates(text) == wanted


def test_a_possessed_subject_after_a_comma_and_has_its_own_dates() -> None:
    text = ("Mongolia is an active partner in the Global Peace Operations Initiative, and its "
            "engineers have served with the UN mission in South Sudan since May 2012.")
    assert _dates(text) == [("Global Peace Operations Initiative", None, None)]
