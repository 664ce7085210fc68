"""Round 34 of date rules, from the twentieth session's reading of the held-out sets' misses.
Invented sentences only."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import extract_text
from pipeline.facts import DateFact


def _dates(text: str) -> dict[str, DateFact]:
    return {text[f.start:f.end]: f for f in extract_text(text, None).facts
            if isinstance(f, DateFact)}


@pytest.mark.parametrize(("text", "span", "length"), [
    # the held-out annotators wrote 45 of 65 capitalized "Five-Year" as a length, and 2 of 2
    # "Ten-Year", the length a plan's name states
    ("Cooperation follows the Five-Year Plan of Military Cooperation.", "Five-Year", "P5Y"),
    ("The Ten-Year Framework for Defense guides procurement.", "Ten-Year", "P10Y"),
])
def test_a_capitalized_length_in_a_name_is_a_length(text: str, span: str, length: str) -> None:
    value = _dates(text)[span].value
    assert (value.kind, value.duration) == ("duration", length)


@pytest.mark.parametrize(("text", "kind"), [
    ("For a decade, the Coalition has stood with Iraq.", "relative"),
    ("The plan set shared priorities in readiness and defense trade for a decade.", "duration"),
])
def test_for_a_decade_is_one_decade(text: str, kind: str) -> None:
    value = _dates(text)["a decade"].value
    assert (value.kind, value.duration) == (kind, "P10Y")


def test_a_decade_alone_is_no_length() -> None:
    assert "a decade" not in _dates("They reviewed a decade of progress.")


@pytest.mark.parametrize(("text", "span", "start"), [
    ("The Bank received its stock of fuel in October and December 2019.", "October",
     "2019-10-01"),
    ("The Bank received deliveries on October 3 and December 5, 2019.", "October 3",
     "2019-10-03"),
])
def test_a_yearless_date_conjoined_with_a_dated_one_takes_its_year(
        text: str, span: str, start: str) -> None:
    fact = {text[f.start:f.end]: f for f in extract_text(text, date(2021, 11, 18)).facts
            if isinstance(f, DateFact)}[span]
    assert str(fact.value.start) == start


def test_for_a_length_far_after_its_present_perfect_is_the_time_up_to_now() -> None:
    text = ("Security cooperation has been a pillar of the bilateral relationship for three "
            "decades.")
    value = {text[f.start:f.end]: f for f in extract_text(text, date(2022, 3, 15)).facts
             if isinstance(f, DateFact)}["three decades"].value
    assert (value.kind, value.start) == ("relative", date(1992, 3, 15))
