"""Resolve open and relative dates against the document's own date (never today's date).

Conventions:

- ``since`` with anchor ``present`` ("since 2002", "from 2007 to present"): the end becomes the
  document date. When the document date falls before the start the text cannot mean it, and the
  end stays open.
- ``relative`` with anchor ``past`` and duration ``PnY``/``PnM``/``PnW``/``PnD`` ("over the past
  five years", "last year", "for over a decade"): a rolling window that ends on the document
  date and starts the same calendar day n units earlier (29 February → 28 February in a common
  year). Anchor ``future`` ("over the next two years"): starts on the document date and ends n
  units later. The granularity is kept.
- ``until`` keeps its open start; ``after``-style ``since`` (no anchor), points, intervals and
  durations are unchanged.
- With no document date every fact is returned unchanged.
- "last year" and "next year" on their own (not "over the last year", a rolling window) are
  calendar years in a dated document: the year before or after the document's
  (``calendar_years``).
- A day written without its year ("on May 22", anchor ``year``: ``resolve_yearless``) takes the
  one year the other dates of its sentence state ("In 2023, Palau signed on May 22"), else the
  document date's year; with neither it is no fact. In a dated document a year stated only after
  the day is not the day's ("signed, on November 16, the Plan for 2024": the document's year).

The dates of agreements (``AgreementFact.date_start``/``date_end``) are resolved the same way.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from pipeline.dates import date_words, day_words, relative_points
from pipeline.facts import AgreementFact, DateFact, Fact
from pipeline.values import DateValue

_DURATION = re.compile(r"^P(\d+)([YMWD])$")


def shift(day: date, amount: int, unit: str) -> date:
    """``day`` moved by ``amount`` years, months, weeks or days (negative: back).

    >>> shift(date(2020, 2, 29), -5, "Y")
    datetime.date(2015, 2, 28)
    >>> shift(date(2021, 3, 31), -1, "M")
    datetime.date(2021, 2, 28)
    >>> shift(date(2021, 1, 10), 2, "W")
    datetime.date(2021, 1, 24)
    """
    if unit in ("W", "D"):
        return day + timedelta(days=amount * (7 if unit == "W" else 1))
    months = amount * (12 if unit == "Y" else 1)
    index = day.year * 12 + day.month - 1 + months
    year, month = index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def resolve_value(value: DateValue, doc_date: date | None) -> DateValue:
    """One date value resolved against the document date.

    >>> since = DateValue("since", date(2002, 1, 1), None, "year", anchor="present")
    >>> resolve_value(since, date(2021, 6, 15)).end
    datetime.date(2021, 6, 15)
    >>> past = DateValue("relative", None, None, "year", "P5Y", "past")
    >>> v = resolve_value(past, date(2021, 6, 15)); (v.start.isoformat(), v.end.isoformat())
    ('2016-06-15', '2021-06-15')
    >>> resolve_value(past, None) == past
    True
    """
    if doc_date is None:
        return value
    if value.kind == "since" and value.anchor == "present" and value.end is None:
        if value.start is not None and value.start > doc_date:
            return value
        return replace(value, end=doc_date)
    if value.kind == "relative" and value.start is None and value.end is None:
        m = _DURATION.match(value.duration)
        if m is None:
            return value
        amount, unit = int(m.group(1)), m.group(2)
        try:
            if value.anchor == "past":
                return replace(value, start=shift(doc_date, -amount, unit), end=doc_date)
            if value.anchor == "future":
                return replace(value, start=doc_date, end=shift(doc_date, amount, unit))
        except (ValueError, OverflowError):
            return value  # beyond the calendar (a document dated 0001-01-01): left open
    return value


def resolve_dates(facts: list[Fact], doc_date: date | None) -> list[Fact]:
    """Fill open ends and relative windows from the document date; unchanged without one.

    >>> from pipeline.facts import MoneyFact
    >>> from pipeline.values import Amount
    >>> money = MoneyFact(0, 3, Amount(1.0, 1.0))
    >>> opened = DateValue("since", date(2002, 1, 1), None, "year", anchor="present")
    >>> since = DateFact(10, 20, opened)
    >>> out = resolve_dates([money, since], date(2020, 1, 31))
    >>> out[0] is money, out[1].value.end
    (True, datetime.date(2020, 1, 31))
    """
    if doc_date is None:
        return list(facts)
    out: list[Fact] = []
    for fact in facts:
        if isinstance(fact, DateFact):
            value = resolve_value(fact.value, doc_date)
            out.append(fact if value == fact.value else replace(fact, value=value))
        elif isinstance(fact, AgreementFact) and (fact.date_start or fact.date_end):
            start = resolve_value(fact.date_start, doc_date) if fact.date_start else None
            end = resolve_value(fact.date_end, doc_date) if fact.date_end else None
            changed = start != fact.date_start or end != fact.date_end
            out.append(replace(fact, date_start=start, date_end=end) if changed else fact)
        else:
            out.append(fact)
    return out


def _stated_year(value: DateValue) -> int | None:
    """The one calendar year a stated point or interval lies in (not a fiscal year, which
    spans two, nor an open end)."""
    if value.anchor == "year" or value.start is None or value.end is None:
        return None
    if value.granularity == "fiscal_year" or value.start.year != value.end.year:
        return None
    return value.start.year


def resolve_yearless(facts: list[Fact], sentences: Sequence[tuple[int, int]],
                     doc_date: date | None, text: str = "") -> list[Fact]:
    """Give each day written without its year its year, or drop it. A day or month conjoined
    with a dated one right after it takes that one's year ("in October and December 2019",
    "on October 3 and December 5, 2019"; ``text``: the document, to read the conjunction).

    >>> may = DateFact(30, 36, DateValue("date", None, None, "day", "--05-22", "year"))
    >>> in_2023 = DateFact(3, 7, DateValue.year(2023))
    >>> out = resolve_yearless([in_2023, may], [(0, 40)], None)
    >>> out[1].value.start, out[1].value.duration, out[1].value.anchor
    (datetime.date(2023, 5, 22), '', '')
    >>> resolve_yearless([may], [(0, 40)], date(2024, 7, 30))[0].value.start
    datetime.date(2024, 5, 22)
    >>> resolve_yearless([may], [(0, 40)], None)
    []
    >>> june = DateFact(3, 7, DateValue("date", None, None, "month", "--06", "year"))
    >>> resolved = resolve_yearless([june], [(0, 40)], date(2024, 8, 22))[0].value
    >>> resolved.start, resolved.end, resolved.granularity
    (datetime.date(2024, 6, 1), datetime.date(2024, 6, 30), 'month')
    """
    out: list[Fact] = []
    for fact in facts:
        if not isinstance(fact, DateFact) or not _waits_for_year(fact.value):
            out.append(fact)
            continue
        if fact.value.anchor != "year":  # "last September", "next March"
            year = _named_month_year(fact.value, doc_date)
        else:
            lo, hi = next(((s, e) for s, e in sentences if s <= fact.start < e),
                          (fact.start, fact.end))
            year = (_conjoined_year(text, facts, fact)
                    or _sentence_year(facts, fact, lo, hi, doc_date))
        if year is None or not 1 <= year < 9999:
            continue  # no year to give it
        if len(fact.value.duration) == 4:  # "--06": "In June, ..."
            month = int(fact.value.duration[2:4])
            last_day = calendar.monthrange(year, month)[1]
            end = date(year, month, last_day)
            if fact.value.kind == "since" and doc_date is not None:
                end = doc_date  # "since August": up to the document's date
            out.append(replace(fact, value=DateValue(
                fact.value.kind, date(year, month, 1), end, "month")))
            continue
        days = [_day_in(year, part) for part in fact.value.duration.split("/")]
        if any(d is None for d in days):
            continue  # 29 February of a common year
        first, last = days[0], days[-1]
        assert first is not None and last is not None
        if last < first:  # "from December 20 to January 5": into the next year
            last = _day_in(year + 1, fact.value.duration.split("/")[-1])
            if last is None:
                continue
        if fact.value.kind == "until":  # "until August 9": open before, up to the day
            first = None
        out.append(replace(fact, value=DateValue(fact.value.kind, first, last, "day")))
    return out


_CONJUNCTION = re.compile(r",?[ \u00a0]+(?:and|or)[ \u00a0]+")
_SINCE_BEFORE = re.compile(r"\b[Ss]ince[ \u00a0]+$")


def since_resolved(text: str, facts: list[Fact]) -> list[Fact]:
    """A point that "since" opens but the date rules left a point because its year came from
    the document or its sentence ("since August 15", "Since January 1", "since last
    September"): a span from it up to the document's date, "since" inside it.

    >>> day = DateFact(6, 15, DateValue("date", date(2021, 8, 15), date(2021, 8, 15), "day"))
    >>> out = since_resolved("since August 15, flights", [day])[0]
    >>> out.start, out.value.kind, out.value.start, out.value.anchor
    (0, 'since', datetime.date(2021, 8, 15), 'present')
    """
    out: list[Fact] = []
    for fact in facts:
        if (isinstance(fact, DateFact) and fact.value.kind == "date"
                and fact.value.start is not None):
            opener = _SINCE_BEFORE.search(text, max(0, fact.start - 8), fact.start)
            if opener is not None:
                fact = replace(fact, start=opener.start(), value=DateValue(
                    "since", fact.value.start, None, fact.value.granularity, anchor="present"))
        out.append(fact)
    return out


def _conjoined_year(text: str, facts: list[Fact], fact: DateFact) -> int | None:
    """The year of the dated day or month conjoined right after a yearless one ("October and
    December 2019": 2019), if any."""
    if not text:
        return None
    following = [f for f in facts if isinstance(f, DateFact) and f.start >= fact.end]
    if not following:
        return None
    nearest = min(following, key=lambda f: f.start)
    if (nearest.value.granularity not in ("day", "month")
            or _CONJUNCTION.fullmatch(text, fact.end, nearest.start) is None):
        return None
    return _stated_year(nearest.value)


def _waits_for_year(value: DateValue) -> bool:
    """A day or month written without its year (anchor ``year``), or a month after "last",
    "next", "this" or "since" (``--MM`` with anchor ``past``, ``future``, ``present`` or
    ``since``)."""
    return value.anchor == "year" or (value.anchor in ("past", "future", "present", "since")
                                      and value.duration.startswith("--"))


def _named_month_year(value: DateValue, doc_date: date | None) -> int | None:
    """The year of "last September" (the latest September before the document's month),
    "next March" (the first March after it) or "this July" (the document's year); none in an
    undated document.

    >>> september = DateValue("date", None, None, "month", "--09", "past")
    >>> _named_month_year(september, date(2024, 4, 17)), _named_month_year(september, None)
    (2023, None)
    >>> [_named_month_year(september, date(2024, m, 5)) for m in (8, 9, 10)]
    [2023, 2023, 2024]
    >>> march = DateValue("date", None, None, "month", "--03", "future")
    >>> _named_month_year(march, date(2024, 2, 1)), _named_month_year(march, date(2024, 3, 1))
    (2024, 2025)
    >>> _named_month_year(DateValue("date", None, None, "month", "--07", "present"),
    ...                   date(2024, 4, 17))
    2024
    >>> august = DateValue("since", None, None, "month", "--08", "since")
    >>> [_named_month_year(august, date(2023, m, 1)) for m in (7, 8, 10)]
    [2022, 2023, 2023]
    """
    if doc_date is None:
        return None
    month = int(value.duration[2:4])
    if value.anchor == "present":  # "this November": the document's year
        return doc_date.year
    if value.anchor == "since":  # "since August": the latest August up to the document's month
        return doc_date.year if month <= doc_date.month else doc_date.year - 1
    if value.anchor == "past":
        return doc_date.year if month < doc_date.month else doc_date.year - 1
    return doc_date.year if month > doc_date.month else doc_date.year + 1


def _sentence_year(facts: list[Fact], fact: DateFact, lo: int, hi: int,
                   doc_date: date | None) -> int | None:
    """The year a yearless day of its sentence ``lo:hi`` takes: the one year its sentence
    states ("In 2023, Palau signed on May 22"), except that in a dated document a year stated
    only after the day dates something the sentence goes on to name ("signed, on November 16,
    the Plan of Military Cooperation for 2024"), and several years name no one: then the
    document's year, else none."""
    before: set[int | None] = set()
    after: set[int | None] = set()
    for f in facts:
        if isinstance(f, DateFact) and lo <= f.start < hi and f is not fact:
            (before if f.start < fact.start else after).add(_stated_year(f.value))
    before.discard(None)
    after.discard(None)
    stated = before | after
    if len(stated) == 1 and (before or doc_date is None):
        return stated.pop()
    return doc_date.year if doc_date else None  # several years, or one after a dated day


def _day_in(year: int, month_day: str) -> date | None:
    """``--MM-DD`` in ``year``; None for 29 February of a common year."""
    month, day = int(month_day[2:4]), int(month_day[5:7])
    if day > calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


_CALENDAR_YEARS = {"last year": -1, "this year": 0, "next year": 1}
_CALENDAR_MONTHS = {"last month": -1, "this month": 0, "next month": 1}


def calendar_years(text: str, facts: list[Fact], doc_date: date | None) -> list[Fact]:
    """"last year" / "this year" / "next year" as the calendar year before, of or after the
    document's; "last month" / "this month" / "next month" likewise as calendar months;
    "yesterday" / "tomorrow" as the day before or after the document's date; "seven years ago",
    "last summer", "this fiscal year" as that year, month, season or fiscal year
    (``_named_from_document``).

    >>> past = DateFact(0, 9, DateValue("relative", None, None, "year", "P1Y", "past"))
    >>> calendar_years("Last year, talks began.", [past], date(2024, 6, 14))[0].value.start
    datetime.date(2023, 1, 1)
    >>> calendar_years("Last year, talks began.", [past], None)[0] is past
    True
    >>> month = DateFact(0, 10, DateValue("relative", None, None, "month", "P1M", "past"))
    >>> value = calendar_years("Last month, talks began.", [month], date(2024, 1, 9))[0].value
    >>> value.start, value.end, value.granularity
    (datetime.date(2023, 12, 1), datetime.date(2023, 12, 31), 'month')
    >>> day = DateFact(0, 9, DateValue("relative", None, None, "day", "P1D", "past"))
    >>> calendar_years("yesterday", [day], date(2024, 10, 3))[0].value.start
    datetime.date(2024, 10, 2)
    """
    if doc_date is None:
        return facts
    out: list[Fact] = []
    for fact in facts:
        words = " ".join(text[fact.start:fact.end].split()).lower()
        years, months = _CALENDAR_YEARS.get(words), _CALENDAR_MONTHS.get(words)
        days = day_words().get(words)
        named = (_named_from_document(words, fact.value, doc_date)
                 if isinstance(fact, DateFact) else None)
        if isinstance(fact, DateFact) and named is not None:
            out.append(replace(fact, value=named))
        elif isinstance(fact, DateFact) and days is not None and date.min < doc_date < date.max:
            day = doc_date + timedelta(days=days)
            out.append(replace(fact, value=DateValue.day(day.year, day.month, day.day)))
        elif (isinstance(fact, DateFact) and years is not None
              and 1 <= doc_date.year + years <= 9999):
            out.append(replace(fact, value=DateValue.year(doc_date.year + years)))
        elif isinstance(fact, DateFact) and months is not None:
            year, month = divmod(doc_date.year * 12 + doc_date.month - 1 + months, 12)
            out.append(replace(fact, value=DateValue.month(year, month + 1)) if 1 <= year <= 9999
                       else fact)
        else:
            out.append(fact)
    return out


def _named_from_document(words: str, value: DateValue, doc_date: date) -> DateValue | None:
    """"seven years ago" (the calendar year seven before the document's; "ten months ago" the
    month, "three weeks ago" the day), "last summer" (the latest summer over before the
    document's date; "this" the one it falls in, else the one of its year; "next" the first
    to begin after it), "this fiscal year" (the one of its date): None for anything else.

    >>> ago = DateValue("relative", None, None, "year", "P7Y", "past")
    >>> _named_from_document("seven years ago", ago, date(2023, 12, 5)).start
    datetime.date(2016, 1, 1)
    >>> months = DateValue("relative", None, None, "month", "P10M", "past")
    >>> v = _named_from_document("ten months ago", months, date(2022, 6, 15)); v.start, v.end
    (datetime.date(2021, 8, 1), datetime.date(2021, 8, 31))
    >>> season = DateValue("relative", None, None, "season", "P3M", "past")
    >>> v = _named_from_document("last summer", season, date(2024, 2, 12)); v.start, v.end
    (datetime.date(2023, 6, 1), datetime.date(2023, 8, 31))
    >>> v = _named_from_document("this fall", season, date(2023, 5, 16)); v.start
    datetime.date(2023, 9, 1)
    >>> v = _named_from_document("next spring", season, date(2023, 12, 5)); v.start
    datetime.date(2024, 3, 1)
    >>> v = _named_from_document("this winter", season, date(2024, 1, 20)); v.start, v.end
    (datetime.date(2023, 12, 1), datetime.date(2024, 2, 29))
    >>> fy = DateValue("relative", None, None, "fiscal_year", "P1Y", "present")
    >>> v = _named_from_document("this fiscal year", fy, date(2022, 6, 15)); v.start, v.end
    (datetime.date(2021, 10, 1), datetime.date(2022, 9, 30))
    """
    if value.kind != "relative" or not words or not 2 <= doc_date.year <= 9998:
        return None
    parts = words.split()
    m = _DURATION.match(value.duration)
    if parts[-1] in date_words()["ago_words"] and m is not None:
        amount, unit = int(m.group(1)), m.group(2)
        day = shift(doc_date, -amount, unit)
        if unit == "Y":
            return DateValue.year(day.year) if day.year >= 1 else None
        if unit == "M":
            return DateValue.month(day.year, day.month)
        return DateValue.day(day.year, day.month, day.day)
    offset = relative_points().get(parts[0])
    if offset is None:
        return None
    if value.granularity == "fiscal_year":
        return DateValue.fiscal_year(doc_date.year + (doc_date.month >= 10) + offset)
    if value.granularity == "season" and parts[-1] in date_words()["seasons"]:
        first = int(date_words()["seasons"][parts[-1]])
        # the occurrences that begin in the years around the document's, in order
        firsts = [date(year, first, 1) for year in range(doc_date.year - 2, doc_date.year + 2)]
        spans = [(day, shift(day, 3, "M") - timedelta(days=1)) for day in firsts]
        if offset < 0:
            chosen = [s for s in spans if s[1] < doc_date][-1]
        elif offset > 0:
            chosen = next(s for s in spans if s[0] > doc_date)
        else:
            chosen = next((s for s in spans if s[0] <= doc_date <= s[1]),
                          next(s for s in spans if s[0].year == doc_date.year))
        return DateValue("date", chosen[0], chosen[1], "season")
    return None
