"""Round 17 of date rules: in a dated document "last September" is the latest September before
the document's month and "next March" the first March after it; "last month" / "next month"
are calendar months, as "last year" is a calendar year; a month written alone may end its
sentence ("in June."). Undated, none of them is a fact. Invented sentences only."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import extract_text
from pipeline.facts import DateFact

Dated = tuple[str, str, date | None, date | None, str]


def _dates(text: str, doc_date: date | None) -> list[Dated]:
    return [(text[f.start:f.end], f.value.kind, f.value.start, f.value.end, f.value.granularity)
            for f in extract_text(text, doc_date).facts if isinstance(f, DateFact)]


def _month(text: str, year: int, month: int) -> Dated:
    last = {2: 28 + (year % 4 == 0), 4: 30, 6: 30, 9: 30, 11: 30}.get(month, 31)
    return (text, "date", date(year, month, 1), date(year, month, last), "month")


@pytest.mark.parametrize(("sentence", "doc_date", "expected"), [
    ("Last September, the defense ministers met in Astana.", date(2024, 4, 17),
     [_month("Last September", 2023, 9)]),
    ("The ministers met last September in Astana.", date(2024, 10, 2),
     [_month("last September", 2024, 9)]),
    ("The ministers met last September in Astana.", date(2024, 9, 20),
     [_month("last September", 2023, 9)]),
    ("The embassy delivered the radios last June.", date(2024, 4, 17),
     [_month("last June", 2023, 6)]),
    ("The two navies will exercise together next March.", date(2024, 2, 1),
     [_month("next March", 2024, 3)]),
    ("The two navies will exercise together next March.", date(2024, 3, 1),
     [_month("next March", 2025, 3)]),
    ("Engineers trained together last month in the mountains.", date(2024, 1, 9),
     [_month("last month", 2023, 12)]),
    ("The contract will be signed next month.", date(2024, 12, 5),
     [_month("next month", 2025, 1)]),
    ("The brigade was certified in June.", date(2024, 8, 22), [_month("June", 2024, 6)]),
    # undated: no year to give them
    ("Last September, the defense ministers met in Astana.", None, []),
    ("The two navies will exercise together next March.", None, []),
    # not a month: "may" in lower case, a month with its year
    ("The ministers said last may bring more talks.", date(2024, 4, 17), []),
    ("The ministers met last September 2021 in Astana.", date(2024, 4, 17),
     [_month("September 2021", 2021, 9)]),
])
def test_a_month_after_last_or_next_and_last_month(
        sentence: str, doc_date: date | None, expected: list[Dated]) -> None:
    assert _dates(sentence, doc_date) == expected
