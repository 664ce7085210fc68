"""Round 36 of date rules, from the twenty-second session's blind sets' misses. Invented
sentences only."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import extract_text
from pipeline.facts import DateFact


def _dates(text: str, doc_date: date | None = None) -> dict[str, DateFact]:
    return {text[f.start:f.end]: f for f in extract_text(text, doc_date).facts
            if isinstance(f, DateFact)}


@pytest.mark.parametrize(("text", "span", "start", "end"), [
    ("Uganda raised its defense budget in its 2021/22 fiscal year.", "2021/22 fiscal year",
     date(2021, 7, 1), date(2022, 6, 30)),
    ("India's 2023–24 financial year saw record arms exports.", "2023–24 financial year",
     date(2023, 4, 1), date(2024, 3, 31)),
    ("The United Nations' fiscal year 2018/19 budget for the mission fell.",
     "fiscal year 2018/19", date(2018, 7, 1), date(2019, 6, 30)),
    ("Thailand's budget for fiscal year 2022–23 rose.", "fiscal year 2022–23",
     date(2022, 10, 1), date(2023, 9, 30)),
])
def test_a_split_fiscal_year_is_its_states_budget_year(text: str, span: str, start: date,
                                                       end: date) -> None:
    value = _dates(text)[span].value
    assert (value.kind, value.start, value.end, value.granularity) == (
        "interval", start, end, "fiscal_year")


@pytest.mark.parametrize(("text", "span"), [
    ("The 2019/20 season of the league was cut short.", "2019/20"),  # no fiscal-year noun
    ("Peru spent the funds in its 2019/20 fiscal year.", "2019/20"),  # months not in the table
    ("The plan covers 2019-21 for Kenya.", "2019-21"),  # two years apart: no one fiscal year
])
def test_a_split_year_without_a_known_budget_year_is_left_as_read(text: str,
                                                                  span: str) -> None:
    assert _dates(text)[span].value.granularity != "fiscal_year"
