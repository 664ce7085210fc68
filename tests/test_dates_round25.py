"""Round 25 of date rules, from the blind sets heldout52 and heldout54 (a CRS-style report, spoken
remarks): a point named by its distance from the document's date ("seven years ago", "last
summer", "this fiscal year"), resolved in a dated document and left open in an undated one; a
footnote's bracketed number glued to a date ("since 2002.[3]"). Invented sentences only."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import extract_text
from pipeline.facts import DateFact


def _dates(text: str, doc_date: date | None
           ) -> list[tuple[str, str, date | None, date | None, str]]:
    return [(text[f.start:f.end], f.value.kind, f.value.start, f.value.end, f.value.granularity)
            for f in extract_text(text, doc_date).facts if isinstance(f, DateFact)]


@pytest.mark.parametrize(("sentence", "doc_date", "expected"), [
    # "ago": the calendar year, month or day that long before the document's date
    ("Seven years ago the two ministers signed the plan.", date(2023, 12, 5),
     [("Seven years ago", "date", date(2016, 1, 1), date(2016, 12, 31), "year")]),
    ("Ten months ago, Peru opened the border post.", date(2022, 6, 15),
     [("Ten months ago", "date", date(2021, 8, 1), date(2021, 8, 31), "month")]),
    ("The talks began about a decade ago.", date(2024, 3, 1),
     [("about a decade ago", "date", date(2014, 1, 1), date(2014, 12, 31), "year")]),
    # a season named from the document's date
    ("Last summer the battalion trained in Chile.", date(2024, 2, 12),
     [("Last summer", "date", date(2023, 6, 1), date(2023, 8, 31), "season")]),
    ("This spring the team visited Lima.", date(2023, 5, 16),
     [("This spring", "date", date(2023, 3, 1), date(2023, 5, 31), "season")]),
    ("The exercise resumes next spring.", date(2023, 12, 5),
     [("next spring", "date", date(2024, 3, 1), date(2024, 5, 31), "season")]),
    ("This winter the pass stays closed.", date(2024, 1, 20),
     [("This winter", "date", date(2023, 12, 1), date(2024, 2, 29), "season")]),
    # the fiscal year of the document's date, or the one before or after it
    ("This fiscal year we requested $5 million for Peru.", date(2022, 6, 15),
     [("This fiscal year", "fiscal_year", date(2021, 10, 1), date(2022, 9, 30),
       "fiscal_year")]),
    ("Next fiscal year the program grows.", date(2022, 11, 1),
     [("Next fiscal year", "fiscal_year", date(2023, 10, 1), date(2024, 9, 30),
       "fiscal_year")]),
])
def test_a_point_named_from_the_documents_date(
        sentence: str, doc_date: date,
        expected: list[tuple[str, str, date | None, date | None, str]]) -> None:
    assert _dates(sentence, doc_date) == expected


@pytest.mark.parametrize(("sentence", "span", "granularity"), [
    ("Seven years ago the two ministers signed the plan.", "Seven years ago", "year"),
    ("Last summer the battalion trained in Chile.", "Last summer", "season"),
    ("This fiscal year we requested funds.", "This fiscal year", "fiscal_year"),
])
def test_undated_it_is_left_open(sentence: str, span: str, granularity: str) -> None:
    assert _dates(sentence, None) == [(span, "relative", None, None, granularity)]


@pytest.mark.parametrize("sentence", [
    "Prices fall in the spring of every year.",  # no direction: a season's fragment, no date
    "The forces fell back.",
])
def test_a_season_word_alone_names_no_date(sentence: str) -> None:
    assert _dates(sentence, date(2023, 5, 16)) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The exercise has run since 2002.[3] Peru joined later.",
     [("since 2002", "since", date(2002, 1, 1), None, "year")]),
    ("Sales reached $1.2 million in fiscal year 2019.[5]",
     [("fiscal year 2019", "fiscal_year", date(2018, 10, 1), date(2019, 9, 30),
       "fiscal_year")]),
    ("The tunnels were sealed (1996–2012).[1]",
     [("1996–2012", "interval", date(1996, 1, 1), date(2012, 12, 31), "year")]),
])
def test_a_footnote_number_glued_to_a_date(
        sentence: str, expected: list[tuple[str, str, date | None, date | None, str]]) -> None:
    assert _dates(sentence, None) == expected


def test_between_two_days_of_one_month() -> None:
    text = "The aircraft landed at Termez between August 14 and 16, 2021."
    assert _dates(text, None) == [("between August 14 and 16, 2021", "interval",
                                   date(2021, 8, 14), date(2021, 8, 16), "day")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # alone, "after" dates an event
    ("After September 11, 2001, the region became a logistics hub.",
     [("September 11, 2001", "date", date(2001, 9, 11), date(2001, 9, 11), "day")]),
    ("Assistance was scaled back after FY 2016.",
     [("FY 2016", "fiscal_year", date(2015, 10, 1), date(2016, 9, 30), "fiscal_year")]),
    # beside another bound, it opens a range
    ("Show sales after 2016 and before 2018.",
     [("after 2016", "since", date(2017, 1, 1), None, "year"),
      ("before 2018", "until", None, date(2017, 12, 31), "year")]),
])
def test_after_alone_dates_an_event(
        sentence: str, expected: list[tuple[str, str, date | None, date | None, str]]) -> None:
    assert _dates(sentence, None) == expected
