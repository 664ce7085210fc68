"""Resolving open and relative dates against the document's date (never today's date)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.facts import AgreementFact, CountryFact, DateFact, Fact, MoneyFact
from pipeline.resolve_dates import resolve_dates, resolve_value, shift
from pipeline.values import Amount, DateValue

SINCE_2002 = DateValue("since", date(2002, 1, 1), None, "year", anchor="present")
AFTER_2016 = DateValue("since", date(2017, 1, 1), None, "year")
BY_2011 = DateValue("until", None, date(2011, 12, 31), "year")
PAST_5Y = DateValue("relative", None, None, "year", "P5Y", "past")
PAST_DECADE = DateValue("relative", None, None, "decade", "P10Y", "past")
PAST_18M = DateValue("relative", None, None, "month", "P18M", "past")
NEXT_2Y = DateValue("relative", None, None, "year", "P2Y", "future")
THREE_WEEKS = DateValue("duration", None, None, "week", "P3W")
AUGUST_2019 = DateValue.month(2019, 8)
FY_2021 = DateValue.fiscal_year(2021)

DOC_DATE = date(2021, 6, 15)

# value, document date → (start, end, granularity) after resolution
RESOLVED = [
    (SINCE_2002, DOC_DATE, ("2002-01-01", "2021-06-15", "year")),
    (PAST_5Y, DOC_DATE, ("2016-06-15", "2021-06-15", "year")),
    (PAST_DECADE, DOC_DATE, ("2011-06-15", "2021-06-15", "decade")),
    (PAST_18M, DOC_DATE, ("2019-12-15", "2021-06-15", "month")),
    (NEXT_2Y, DOC_DATE, ("2021-06-15", "2023-06-15", "year")),
    (PAST_5Y, date(2024, 2, 29), ("2019-02-28", "2024-02-29", "year")),
    (BY_2011, DOC_DATE, (None, "2011-12-31", "year")),  # an open start stays open
    (AFTER_2016, DOC_DATE, ("2017-01-01", None, "year")),  # no anchor: not closed by the date
    (THREE_WEEKS, DOC_DATE, (None, None, "week")),  # a duration has no place on the calendar
    (AUGUST_2019, DOC_DATE, ("2019-08-01", "2019-08-31", "month")),
    (FY_2021, DOC_DATE, ("2020-10-01", "2021-09-30", "fiscal_year")),
    # a document dated before the start cannot mean "until now": the end stays open
    (SINCE_2002, date(2001, 5, 1), ("2002-01-01", None, "year")),
]


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


@pytest.mark.parametrize(("value", "doc_date", "expected"), RESOLVED)
def test_resolve_value(value: DateValue, doc_date: date,
                       expected: tuple[str | None, str | None, str]) -> None:
    v = resolve_value(value, doc_date)
    assert (_iso(v.start), _iso(v.end), v.granularity) == expected
    assert (v.kind, v.duration, v.anchor) == (value.kind, value.duration, value.anchor)


def test_without_a_document_date_nothing_changes() -> None:
    facts: list[Fact] = [DateFact(0, 10, SINCE_2002), DateFact(20, 44, PAST_5Y),
                         MoneyFact(50, 61, Amount(79e6, 79e6))]
    assert resolve_dates(facts, None) == facts


def test_only_date_values_change_and_other_facts_are_the_same_objects() -> None:
    money = MoneyFact(0, 11, Amount(4e6, None, qualifier="at_least"))
    country = CountryFact(20, 30, "KAZ", "Kazakhstan")
    since = DateFact(40, 50, SINCE_2002)
    point = DateFact(60, 71, AUGUST_2019)
    out = resolve_dates([money, country, since, point], DOC_DATE)
    assert out[0] is money and out[1] is country and out[3] is point
    assert isinstance(out[2], DateFact)
    assert (out[2].start, out[2].end, out[2].value.end) == (40, 50, DOC_DATE)


def test_agreement_dates_are_resolved_the_same_way() -> None:
    agreement = AgreementFact(0, 24, "State Partnership Program", "state_partnership",
                              ("KAZ",), date_start=SINCE_2002)
    out = resolve_dates([agreement], DOC_DATE)[0]
    assert isinstance(out, AgreementFact)
    assert out.date_start is not None and out.date_start.end == DOC_DATE


def test_shift_keeps_the_day_or_clamps_it() -> None:
    assert shift(date(2020, 2, 29), 1, "Y") == date(2021, 2, 28)
    assert shift(date(2021, 1, 31), 1, "M") == date(2021, 2, 28)
    assert shift(date(2021, 1, 1), -3, "D") == date(2020, 12, 29)


doc_dates = st.dates(min_value=date(1950, 1, 1), max_value=date(2080, 12, 31))


@settings(max_examples=100, deadline=None)
@given(doc_dates, st.integers(1, 50), st.sampled_from(["Y", "M", "W", "D"]))
def test_a_past_window_ends_on_the_document_date(doc_date: date, n: int, unit: str) -> None:
    """The result depends on the document date alone (so never on today's date)."""
    value = DateValue("relative", None, None, "year", f"P{n}{unit}", "past")
    v = resolve_value(value, doc_date)
    assert v.end == doc_date
    assert v.start is not None and v.start < doc_date
    assert v.start == shift(doc_date, -n, unit)
    assert resolve_value(v, doc_date) == v  # resolving twice changes nothing


@settings(max_examples=100, deadline=None)
@given(doc_dates, st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
def test_since_present_closes_on_the_document_date_or_stays_open(doc_date: date,
                                                                  start: date) -> None:
    value = DateValue("since", start, None, "day", anchor="present")
    v = resolve_value(value, doc_date)
    assert v.start == start
    assert v.end == (doc_date if start <= doc_date else None)


# A relationship's age (pipeline/dates.py: elapsed_in_context) is a window ending on the
# document date, like "a more than 26-year relationship".
RELATIONSHIP_AGES = [
    ("The 71-year alliance remains strong.", "71-year", ("1950-06-15", "2021-06-15", "P71Y")),
    ("A 70-year partnership unites the two states.", "70-year",
     ("1951-06-15", "2021-06-15", "P70Y")),
    ("They share a nearly 30-year relationship.", "nearly 30-year",
     ("1991-06-15", "2021-06-15", "P30Y")),
    ("They reaffirmed a decades-long partnership.", "decades-long",
     ("2001-06-15", "2021-06-15", "P20Y")),
    # a program's length is a duration: no place on the calendar
    ("They began a three-year program.", "three-year", (None, None, "P3Y")),
]


@pytest.mark.parametrize(("sentence", "span", "expected"), RELATIONSHIP_AGES)
def test_a_relationship_s_age_ends_on_the_document_date(
        sentence: str, span: str, expected: tuple[str | None, str | None, str]) -> None:
    from pipeline.nlp import extract_text

    dates = [f for f in extract_text(sentence, DOC_DATE).facts if isinstance(f, DateFact)]
    assert [sentence[f.start:f.end] for f in dates] == [span]
    v = dates[0].value
    assert (_iso(v.start), _iso(v.end), v.duration) == expected


# A day written without its year: the sentence's one stated year (in a dated document, only one
# stated before the day), else the document's, else none.
YEARLESS: list[tuple[str, date | None, list[tuple[str, str]]]] = [
    ("In 2019, the navies met in Manila on March 4 and in Cebu on March 9.", None,
     [("2019", "2019-01-01"), ("March 4", "2019-03-04"), ("March 9", "2019-03-09")]),
    ("The ministers signed the plan on 14 June.", date(2022, 9, 1), [("14 June", "2022-06-14")]),
    ("The ministers signed the plan on 14 June.", None, []),
    # two years in the sentence: neither is the day's; the document's year is
    ("Talks begun in 2018 ended on May 2 after the 2021 elections.", date(2021, 12, 1),
     [("2018", "2018-01-01"), ("May 2", "2021-05-02"), ("2021", "2021-01-01")]),
    # a year after the day dates what the sentence goes on to name: the document's year
    ("The delegations signed, on October 3, the Defense Plan for 2025.", date(2024, 10, 20),
     [("October 3", "2024-10-03"), ("2025", "2025-01-01")]),
    # ... unless the document has no date
    ("The delegations signed, on October 3, the Defense Plan for 2025.", None,
     [("October 3", "2025-10-03"), ("2025", "2025-01-01")]),
    # a fiscal year spans two calendar years: it gives none
    ("In FY 2020, the center opened on October 15.", None, [("FY 2020", "2019-10-01")]),
    ("Leap-day drills ran on February 29.", date(2023, 5, 1), []),
    ("Leap-day drills ran on February 29.", date(2024, 5, 1), [("February 29", "2024-02-29")]),
    # a range of days without its year, like a day; across the turn of the year
    ("Drills ran from April 19 to May 31.", date(2024, 6, 14),
     [("from April 19 to May 31", "2024-04-19")]),
    ("In 2022, patrols ran from December 20 to January 5.", None,
     [("2022", "2022-01-01"), ("from December 20 to January 5", "2022-12-20")]),
    # a day of a range takes the year the range gives, as before
    ("The exercise ran from June 26 to July 3, 2020.", None,
     [("from June 26 to July 3, 2020", "2020-06-26")]),
]


@pytest.mark.parametrize(("text", "doc_date", "expected"), YEARLESS)
def test_a_day_without_its_year(text: str, doc_date: date | None,
                                expected: list[tuple[str, str]]) -> None:
    from pipeline.nlp import extract_text

    dates = [f for f in extract_text(text, doc_date).facts if isinstance(f, DateFact)]
    got = [(text[f.start:f.end], f.value.start.isoformat() if f.value.start else "")
           for f in dates]
    assert got == expected
    assert all(f.value.anchor != "year" for f in dates)


@pytest.mark.parametrize(("text", "doc_date", "span", "start", "kind"), [
    ("Last year the navies trained together.", date(2024, 6, 14), "Last year", "2023-01-01",
     "date"),
    ("The center opens next year.", date(2024, 6, 14), "next year", "2025-01-01", "date"),
    ("Cadets joined this year's exercise.", date(2024, 6, 14), "this year", "2024-01-01",
     "date"),
    ("Cadets joined this year's exercise.", None, "this year", "", "relative"),
    ("Last\u00a0year the navies trained together.", date(2024, 6, 14), "Last\u00a0year",
     "2023-01-01", "date"),
    # a rolling window stays one, and without a document date nothing is resolved
    ("Over the last year, patrols doubled.", date(2024, 6, 14), "Over the last year",
     "2023-06-14", "relative"),
    ("Last year the navies trained together.", None, "Last year", "", "relative"),
])
def test_last_and_next_year_are_calendar_years(text: str, doc_date: date | None, span: str,
                                               start: str, kind: str) -> None:
    from pipeline.nlp import extract_text

    [fact] = [f for f in extract_text(text, doc_date).facts if isinstance(f, DateFact)]
    value = fact.value
    assert (text[fact.start:fact.end], value.start.isoformat() if value.start else "",
            value.kind) == (span, start, kind)
