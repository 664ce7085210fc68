"""Fiscal years of other states' budgets: "Japanese fiscal years 2022 through 2026", "Japan's
fiscal year 2021", "JFY 2025"; and a fiscal year written over the two calendar years it
straddles, "its 2019/20 fiscal year", "the UN's fiscal year 2016–17" (``split_fiscal_years``).

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
from pipeline.facts import CountryFact, DateFact, Fact
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


# "2019/20", "2016–17": a year and the next one's last two digits
_SPLIT_YEAR = re.compile(r"((?:19|20)\d\d)[/–-](\d\d)")
_SENTENCE_END = re.compile(r"[.!?;]\s")
_STATE_REACH = 250  # how far before a split fiscal year its state may be named


@cache
def _split_tables() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int],
                             tuple[tuple[re.Pattern[str], int], ...]]:
    """(the noun after a split year, the noun before one, start month by ISO3, (a regex of a
    body's markers right before, start month))."""
    table = date_words()["split_fiscal_years"]
    nouns = "|".join(re.escape(n) for n in table["nouns"])
    bodies = tuple((re.compile(r"\b(?:" + "|".join(re.escape(m) for m in body["markers"])
                               + r")(?:[ \u00a0]+\w+)?[ \u00a0]+$"), int(body["start_month"]))
                   for body in table["bodies"].values())
    return (re.compile(r"[ \u00a0]+(?:" + nouns + r")\b", re.IGNORECASE),
            re.compile(r"\b(?:" + nouns + r")[ \u00a0]+$", re.IGNORECASE),
            {k: int(v) for k, v in table["start_months"].items()}, bodies)


def split_fiscal_years(text: str, facts: Sequence[Fact]) -> list[Fact]:
    """Each date written as a split year beside a fiscal-year noun ("its 2019/20 fiscal
    year", "fiscal year 2016–17"), as the fiscal year of the state named nearest before it in
    its sentence, or of the body a marker right before names ("the UN's"), when its months are
    known (``split_fiscal_years`` in data/date_words.json); its span takes the noun in. Every
    other fact unchanged (a split year with no state, or one of unknown months, too).

    >>> from pipeline.values import DateValue
    >>> text = "Kenya spent KSh 121 billion in its 2019/20 fiscal year."
    >>> years = DateValue("interval", date(2019, 1, 1), date(2020, 12, 31), "year")
    >>> facts = [CountryFact(0, 5, "KEN", "Kenya"), DateFact(35, 42, years)]
    >>> fact = split_fiscal_years(text, facts)[1]
    >>> text[fact.start:fact.end], fact.value.start, fact.value.end, fact.value.granularity
    ('2019/20 fiscal year', datetime.date(2019, 7, 1), datetime.date(2020, 6, 30), 'fiscal_year')
    """
    after_noun, before_noun, months, bodies = _split_tables()
    countries = sorted((f for f in facts if isinstance(f, CountryFact)), key=lambda f: f.start)
    out: list[Fact] = []
    for fact in facts:
        if isinstance(fact, DateFact):
            fact = _as_split_fiscal_year(text, fact, countries, after_noun, before_noun,
                                         months, bodies)
        out.append(fact)
    return out


def _as_split_fiscal_year(text: str, fact: DateFact, countries: Sequence[CountryFact],
                          after_noun: re.Pattern[str], before_noun: re.Pattern[str],
                          months: dict[str, int],
                          bodies: Sequence[tuple[re.Pattern[str], int]]) -> DateFact:
    found = _SPLIT_YEAR.search(text, fact.start, fact.end)
    if found is None or found.end() != fact.end:
        return fact
    first = int(found.group(1))
    if int(found.group(2)) != (first + 1) % 100:
        return fact  # "2019-21": two years apart, no one fiscal year
    start, end = fact.start, fact.end
    noun_after = after_noun.match(text, end)
    if found.start() == start and noun_after is not None:
        end = noun_after.end()  # "2019/20 fiscal year"
    elif before_noun.search(text, max(0, start - 20), found.start()) is None:
        return fact  # no fiscal-year noun: "the 2019/20 season"
    month = _named_start_month(text, start, countries, months, bodies, before_noun)
    if month is None:
        return fact
    value = DateValue("interval", date(first, month, 1),
                      date(first + 1, month, 1) - timedelta(days=1), "fiscal_year")
    return replace(fact, start=start, end=end, value=value)


def _named_start_month(text: str, start: int, countries: Sequence[CountryFact],
                       months: dict[str, int], bodies: Sequence[tuple[re.Pattern[str], int]],
                       before_noun: re.Pattern[str]) -> int | None:
    """The start month of the body a marker right before ``start`` (and a fiscal-year noun
    there) names, else of the state named nearest before it in its sentence; None when
    neither is known."""
    before = text[max(0, start - 40):start]
    noun = before_noun.search(before)
    lead = before[:noun.start()] if noun is not None else before
    for marker, month in bodies:
        if marker.search(lead) is not None:
            return month
    lo = max(0, start - _STATE_REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    lo = ends[-1] if ends else lo
    named = [c for c in countries if lo <= c.start and c.end <= start]
    if not named:
        return None
    return months.get(named[-1].iso3)
