"""Round 24 of date rules, from the blind set heldout46: "yesterday" and "tomorrow" in a dated
document are the day before and after its date, as "last year" is the calendar year before it;
undated, they are a day's length back or ahead, placed nowhere. Invented sentences only."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import extract_text
from pipeline.facts import AgreementFact, DateFact


def _dates(text: str, doc_date: date | None) -> list[tuple[str, str, date | None, str, str]]:
    return [(text[f.start:f.end], f.value.kind, f.value.start, f.value.granularity,
             f.value.anchor)
            for f in extract_text(text, doc_date).facts if isinstance(f, DateFact)]


@pytest.mark.parametrize(("sentence", "doc_date", "expected"), [
    ("Defense officials signed the plan at the Pentagon yesterday.", date(2024, 10, 3),
     [("yesterday", "date", date(2024, 10, 2), "day", "")]),
    ("Yesterday the two ministers met in Lima.", date(2025, 1, 1),
     [("Yesterday", "date", date(2024, 12, 31), "day", "")]),
    ("The delegations will sign the memorandum tomorrow.", date(2024, 2, 28),
     [("tomorrow", "date", date(2024, 2, 29), "day", "")]),
    # undated: a day back or ahead, placed nowhere (never today's date)
    ("Defense officials signed the plan at the Pentagon yesterday.", None,
     [("yesterday", "relative", None, "day", "past")]),
])
def test_yesterday_and_tomorrow(sentence: str, doc_date: date | None,
                                expected: list[tuple[str, str, date | None, str, str]]) -> None:
    assert _dates(sentence, doc_date) == expected


def test_a_signing_yesterday_dates_the_plan_not_the_years_it_covers() -> None:
    text = ("U.S. and Peruvian defense officials signed a Plan of Military Cooperation for "
            "2025–2029 at the Pentagon yesterday.")
    (plan,) = [f for f in extract_text(text, date(2024, 10, 3)).facts
               if isinstance(f, AgreementFact)]
    assert plan.date_start is not None and plan.date_start.start == date(2024, 10, 2)
