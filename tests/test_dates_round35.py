"""Round 35 of date rules, from the twenty-first session's reading of the held-out sets'
misses. Invented sentences only."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import extract_text
from pipeline.facts import DateFact


def _dates(text: str, doc_date: date | None = None) -> dict[str, DateFact]:
    return {text[f.start:f.end]: f for f in extract_text(text, doc_date).facts
            if isinstance(f, DateFact)}


@pytest.mark.parametrize(("text", "span"), [
    ("For eight years, Massachusetts Guardsmen and Kenyan soldiers have exchanged expertise.",
     "eight years"),
    ("For three decades, Texas and Czech soldiers and airmen have trained together.",
     "three decades"),
])
def test_for_a_length_with_its_present_perfect_later_in_the_sentence_runs_to_now(
        text: str, span: str) -> None:
    value = _dates(text, date(2023, 9, 25))[span].value
    assert value.kind == "relative" and value.end == date(2023, 9, 25)


@pytest.mark.parametrize(("text", "span"), [
    ("For eight years, the brigade will train with the Guard and have its own staff.",
     "eight years"),
    ("For eight years the program ran. Since then the two armies have trained together.",
     "eight years"),
])
def test_for_a_length_with_a_future_or_another_sentences_perfect_stays_a_length(
        text: str, span: str) -> None:
    assert _dates(text, date(2023, 9, 25))[span].value.kind == "duration"


@pytest.mark.parametrize(("text", "span", "start"), [
    ("Since August 15, flights have resumed.", "Since August 15", date(2021, 8, 15)),
    ("Gangs have held the port since February 29 this year.", "since February 29",
     date(2024, 2, 29)),
])
def test_since_a_day_written_without_its_year_runs_to_the_document_date(
        text: str, span: str, start: date) -> None:
    doc_date = date(start.year, 10, 1)
    value = _dates(text, doc_date)[span].value
    assert (value.kind, value.start, value.end) == ("since", start, doc_date)
