"""Round 32 of date rules, from the eighteenth session's probing with typical phrasings.
Invented sentences only."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import extract_text
from pipeline.facts import DateFact


def _dates(text: str) -> dict[str, DateFact]:
    return {text[f.start:f.end]: f for f in extract_text(text).facts if isinstance(f, DateFact)}


@pytest.mark.parametrize(("text", "span"), [
    # a day-first range: the first day takes the month and year of the last
    ("Exercise Steppe Eagle took place 6–17 September 2021.", "6–17 September 2021"),
    ("Exercise Steppe Eagle took place from 6 to 17 September 2021.",
     "from 6 to 17 September 2021"),
    ("Exercise Steppe Eagle took place between 6 and 17 September 2021.",
     "between 6 and 17 September 2021"),
])
def test_a_day_first_range_of_days(text: str, span: str) -> None:
    value = _dates(text)[span].value
    assert (value.kind, value.start, value.end, value.granularity) == (
        "interval", date(2021, 9, 6), date(2021, 9, 17), "day")


def test_a_count_before_a_month_is_no_range_of_days() -> None:
    found = _dates("The unit grew from 6 to 17 battalions in September 2021.")
    assert list(found) == ["September 2021"]


@pytest.mark.parametrize(("text", "span"), [
    ("The exercise ran 26–28 June.", "26–28 June"),
    ("The exercise ran from 26 to 28 June. Then it ended.", "from 26 to 28 June"),
])
def test_a_day_first_range_without_a_year_takes_the_documents(text: str, span: str) -> None:
    found = {text[f.start:f.end]: f for f in extract_text(text, date(2023, 7, 1)).facts
             if isinstance(f, DateFact)}
    value = found[span].value
    assert (value.start, value.end) == (date(2023, 6, 26), date(2023, 6, 28))
