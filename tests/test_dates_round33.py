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
