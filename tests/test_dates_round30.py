"""Round 30 of date rules, from the sixteenth session's reading of the held-out sets' misses.
Invented sentences only."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import extract_text
from pipeline.facts import DateFact


@pytest.mark.parametrize(("text", "month", "first_day"), [
    ("Talks opened in March 2019, and that October the ministers signed a roadmap.",
     "October", date(2019, 10, 1)),
    ("The center opened in May 2021 and came under NATO command that July.",
     "July", date(2021, 7, 1)),
])
def test_a_month_after_that_takes_the_year_its_sentence_gives(
        text: str, month: str, first_day: date) -> None:
    found = {text[f.start:f.end]: f.value for f in extract_text(text).facts
             if isinstance(f, DateFact)}
    assert found[month].start == first_day
    assert found[month].granularity == "month"


def test_may_after_that_in_lower_case_is_no_date() -> None:
    text = "Officials said in 2020 that may change."
    assert [text[f.start:f.end] for f in extract_text(text).facts
            if isinstance(f, DateFact)] == ["2020"]
