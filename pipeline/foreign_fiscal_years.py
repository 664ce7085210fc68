"""Fiscal years of other states' budgets: "Japanese fiscal years 2022 through 2026", "Japan's
fiscal year 2021", "JFY 2025".

The date rules read every fiscal year as the U.S. federal year (FY N = October N-1 to September
N). A fiscal year that a state's demonym or possessive marks, or that its own prefix writes, is
that state's: Japan's runs April N to March N+1. Such a date becomes an interval over the
state's own months, granularity ``fiscal_year`` (``foreign_fiscal_years`` in
data/date_words.json).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from pipeline.dates import date_words
from pipeline.facts import DateFact, Fact
from pipeline.values import DateValue

_REACH = 16  # how far before a fiscal year its state's word may stand


@cache
def _calendars() -> tuple[tuple[re.Pattern[str], tuple[str, ...], int], ...]:
    """(a regex of the markers that end the text before the date, prefixes, start month)."""
    out = []
    for state, entry in date_words()["foreign_fiscal_years"].items():
        if state.startswith("_"):
            continue
        markers = "|".join(re.escape(m) for m in entry["markers"])
        out.append((re.compile(r"\b(?:" + markers + r")[ \u00a0]+$"), tuple(entry["prefixes"]),
                    int(entry["start_month"])))
    return tuple(out)


def _start_month(text: str, fact: DateFact) -> int | None:
    before = text[max(0, fact.start - _REACH):fact.start]
    for marker, prefixes, month in _calendars():
        if marker.search(before) is not None or text.startswith(prefixes, fact.start):
            return month
    return None


def foreign_fiscal_years(text: str, facts: Sequence[Fact]) -> list[Fact]:
    """Each U.S. fiscal-year date that another state's word marks, as that state's own
    fiscal years; every other fact unchanged.

    >>> us = DateValue("fiscal_year", date(2020, 10, 1), date(2021, 9, 30), "fiscal_year")
    >>> text = "the Japanese fiscal year 2021 budget"
    >>> out = foreign_fiscal_years(text, [DateFact(13, 29, us)])[0].value
    >>> out.kind, out.start, out.end, out.granularity
    ('interval', datetime.date(2021, 4, 1), datetime.date(2022, 3, 31), 'fiscal_year')
    >>> foreign_fiscal_years("the U.S. fiscal year 2021", [DateFact(9, 25, us)])[0].value is us
    True
    """
    out: list[Fact] = []
    for fact in facts:
        value = fact.value if isinstance(fact, DateFact) else None
        if (isinstance(fact, DateFact) and value is not None
                and value.granularity == "fiscal_year" and value.start is not None
                and value.end is not None and value.kind in ("fiscal_year", "interval")):
            month = _start_month(text, fact)
            if month is not None:
                first, last = value.start.year + 1, value.end.year  # FY N: Oct N-1 .. Sep N
                start = date(first, month, 1)
                end = date(last + 1, month, 1) - timedelta(days=1)
                fact = replace(fact, value=DateValue("interval", start, end, "fiscal_year"))
        out.append(fact)
    return out
