"""Round 31 of date rules, from the seventeenth session's probing with typical phrasings.
Invented sentences only."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import extract_text
from pipeline.facts import DateFact


@pytest.mark.parametrize("written", ["CY2021", "CY 2021"])
def test_a_calendar_year_written_as_one_token_is_that_year(written: str) -> None:
    text = f"Disbursements in {written} rose."
    found = {text[f.start:f.end]: f.value for f in extract_text(text).facts
             if isinstance(f, DateFact)}
    value = found[written]
    assert (value.start, value.end, value.granularity) == (
        date(2021, 1, 1), date(2021, 12, 31), "year")
