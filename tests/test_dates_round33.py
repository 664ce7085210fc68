"""Round 33 of date rules, from the nineteenth session's first blind batch. Invented sentences
only."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import extract_text
from pipeline.facts import DateFact


def _dates(text: str, doc_date: date | None = None) -> dict[str, DateFact]:
    return {text[f.start:f.end]: f for f in extract_text(text, doc_date).facts
            if isinstance(f, DateFact)}


@pytest.mark.parametrize(("text", "span"), [
    ("This month, EXBS instructors are leading a course in Termez.", "This month"),
    ("The brigade that begins arriving this month will train at Adazi.", "this month"),
    ("During this month's visit, officials agreed to expand the exchange.", "this month"),
])
def test_this_month_is_the_documents_month(text: str, span: str) -> None:
    value = _dates(text, date(2022, 12, 16))[span].value
    assert (value.kind, value.start, value.end, value.granularity) == (
        "date", date(2022, 12, 1), date(2022, 12, 31), "month")


def test_this_month_in_an_undated_document_is_left_open() -> None:
    value = _dates("This month, EXBS instructors are leading a course.")["This month"].value
    assert value.start is None and value.end is None


@pytest.mark.parametrize(("text", "span", "start", "end"), [
    ("The agreement covers Japanese fiscal years 2022 through 2026.",
     "fiscal years 2022 through 2026", date(2022, 4, 1), date(2027, 3, 31)),
    ("Japan set ¥201.7 billion for Japan’s fiscal year 2021.", "fiscal year 2021",
     date(2021, 4, 1), date(2022, 3, 31)),
    ("Deliveries will begin in JFY 2025.", "JFY 2025", date(2025, 4, 1), date(2026, 3, 31)),
])
def test_a_japanese_fiscal_year_runs_april_to_march(
        text: str, span: str, start: date, end: date) -> None:
    value = _dates(text)[span].value
    assert (value.kind, value.start, value.end, value.granularity) == (
        "interval", start, end, "fiscal_year")


def test_an_unmarked_fiscal_year_stays_the_us_year() -> None:
    text = "Congress appropriated $5 million in fiscal year 2021."
    value = _dates(text)["fiscal year 2021"].value
    assert (value.kind, value.start, value.end) == (
        "fiscal_year", date(2020, 10, 1), date(2021, 9, 30))
