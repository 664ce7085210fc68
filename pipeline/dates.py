"""Date expressions as written → ``DateValue``: pure normalizers, the specification of DATE facts.

The spaCy component (``pipeline/components/dates.py``) finds candidate spans with the token
patterns in ``patterns/dates.jsonl``; this module decides what a span means. Vocabulary
(months, seasons, "since", "no later than", units of length, ...) is data:
``data/date_words.json``.

Conventions (the contract leaves these open; each is a decision, written down here):

- A point spans its granularity: "2016" is 2016-01-01 … 2016-12-31, "August 2019" one month.
- "early/mid/late YEAR" (and "the beginning/middle/end of YEAR") are six-month windows,
  granularity ``half``: early = Jan–Jun, mid = Apr–Sep, late = Jul–Dec. Of a fiscal year the
  same halves of FY's own twelve months. Of a month: days 1–10, 11–20, 21–end, granularity
  ``month``. Of a decade: years 0–3, 4–6, 7–9, granularity ``decade``.
- Seasons are northern meteorological: spring = Mar–May, summer = Jun–Aug, fall = Sep–Nov,
  winter YEAR = Dec YEAR … end of Feb YEAR+1.
- Quarters and halves of a fiscal year follow the fiscal calendar ("Q1 FY2020" = Oct–Dec 2019).
- "FY 2018-2020", "fiscal years 2017 through 2019": kind ``interval``, granularity
  ``fiscal_year``; a single "FY 2021" is kind ``fiscal_year``.
- "since X": start = X's first day, anchor ``present``. "after X"/"later than X": the day after X,
  no anchor (the open form the gold README implies and Recognizers-Text expects; three held-out
  annotators wrote the bare date instead). "by/until/through/no later than X": end = X's last
  day. "before/prior to X": the day before X. "from X to present", "X-present", "X onward":
  ``since``, anchor ``present``.
  A deadline "by/until the end of X" is X's last day at X's granularity ("by the end of 2024"
  = "by 2024", granularity ``year``): the late half matters only for a point ("at the end of
  2019"). "after/before/since the X NOUN" with X a month ("after the April 2016 earthquake")
  is the date X: the date names the event, it does not open an interval.
- A bare year right after a capitalized word is part of a name, not a date: "FLINTLOCK 2024",
  "Balikatan 2024", "Vision 2030" (``names_with_year``).
- Lengths: with past/last/next ("over the past five years", "last year", "the next decade")
  ``relative``, anchor ``past``/``future`` (a dated document makes a bare "last year" / "next year"
  the calendar year: ``pipeline.resolve_dates.calendar_years``). An at-least qualifier with years
  or decades ("for over a decade", "a more than 26-year relationship", "for more than 70 years",
  "nearly two decades") is also ``relative`` anchor ``past``: in this genre it states time elapsed
  up to the present. Everything else is a ``duration`` with no place on the calendar: "three-week",
  "a five-year term", "for 30 years", "over five years", "thirty years". The span of a length
  leaves out a leading "for" ("for ten years" → "ten years"): it is a preposition like "in".
- A length of years in front of a relationship noun ("the 71-year alliance", "a 70-year security
  partnership", "30 years of diplomatic relations", "a decades-long partnership") is also
  ``relative`` anchor ``past``: a relationship's age is time elapsed up to the present
  (``elapsed_in_context``; the component looks at the words after the span, which stays
  "71-year"). Not after "new", "initial", "next" ... ("a new five-year partnership"), and not
  when the noun only modifies another ("a five-year cooperation plan"): those stay durations,
  like "a three-year program". "decades-long" is two decades (P20Y), and is extracted only
  before a relationship noun (``needs_relationship_context``); "decade-long" is P10Y.
- Look-ahead without a count is not a fact: "for the coming year", "in the coming months",
  "the upcoming year", "the year ahead", "over the past months" (a plural unit with no number)
  have no measurable anchor and length and are not extracted; "the coming five years" is
  ``relative`` anchor ``future`` P5Y, and "next year"/"last year"/"the past year" (one calendar
  unit from the document date) stay ``relative`` P1Y.
- Numeric dates are U.S. month/day/year unless the first number cannot be a month.
- Years: a bare four-digit number is a year within ``plausible_years`` (1900-2099). From
  ``historical_years.min`` (1600) it is a year only in a date context, which the component
  checks (``historical_year_in_context``): "in 1812", "since 1777", "relations dating (back) to
  1777", "signed 1786", "the War of 1812", "1861-1865"; a month or day makes its own context
  ("July 4, 1776"). Counts stay numbers ("1800 hours", "1,000 troops", "a total of 1800").
  Before 1900 "1800s" is not read (it names a century); "1770s" is a decade. "FY21" and the
  second half of "2019-20" / "FY 2018-20" take the century of the context.

>>> v = parse_date_expression("from December 2001 until June 2014")
>>> (v.kind, v.start.isoformat(), v.end.isoformat(), v.granularity)
('interval', '2001-12-01', '2014-06-30', 'month')
>>> v = parse_date_expression("Since 2002"); (v.kind, v.start.isoformat(), v.end, v.anchor)
('since', '2002-01-01', None, 'present')
>>> v = parse_date_expression("over the past five years"); (v.kind, v.duration, v.anchor)
('relative', 'P5Y', 'past')
>>> parse_date_expression("REGIONAL COOPERATION 19") is None
True
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.numbers import parse_number
from pipeline.values import DateValue

DATE_WORDS_PATH = Path(__file__).parent / "data" / "date_words.json"

# Coarseness of granularities: an interval takes the coarser of its two ends'.
GRANULARITY_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "half": 4,
                    "year": 5, "fiscal_year": 5, "decade": 6, "unknown": 7}

_WORD = re.compile(r"\d+(?:st|nd|rd|th|s)?|[a-z]+|[^\sa-z\d]")
_ORDINAL_NUMBER = re.compile(r"^(\d+)(st|nd|rd|th)?$")
_DECADE = re.compile(r"^(\d{3}0)s$")


@cache
def date_words() -> dict[str, Any]:
    """The vocabulary in ``data/date_words.json``."""
    data: dict[str, Any] = json.loads(DATE_WORDS_PATH.read_text(encoding="utf-8"))
    return data


def _listed(entry: Any) -> list[str]:
    """A word list stored as a list, as the keys of a mapping, or under a mapping's "words"."""
    if isinstance(entry, list):
        return [str(w) for w in entry]
    if "words" in entry:
        return [str(w) for w in entry["words"]]
    return [str(k) for k in entry if not str(k).startswith("_")]


@cache
def word_class(name: str) -> tuple[str, ...]:
    """The lower-case words of ``data/date_words.json``'s entry ``name``, for a pattern's
    ``{"IN": "@name"}``; ``months`` lists every name and abbreviation.

    >>> "sept." in word_class("months"), "fall" in word_class("seasons")
    (True, True)
    """
    words = date_words()
    if name == "months":
        out = [m for month, abbrevs in words["months"].items() for m in [month, *abbrevs]]
    else:
        out = _listed(words[name])
    return tuple(w.lower() for w in out)


def plausible_year(year: int) -> bool:
    """Whether a four-digit number can be read as a year (the range is data).

    >>> plausible_year(2019), plausible_year(1000), plausible_year(2100)
    (True, False, False)
    """
    bounds = date_words()["plausible_years"]
    return int(bounds["min"]) <= year <= int(bounds["max"])


def possible_year(year: int) -> bool:
    """Whether a four-digit number can be a year at all: a plausible year, or a historical one
    (from ``historical_years.min``) that the component accepts only in a date context.

    >>> possible_year(1777), possible_year(2019), possible_year(1599), possible_year(2100)
    (True, True, False, False)
    """
    words = date_words()
    return int(words["historical_years"]["min"]) <= year <= int(words["plausible_years"]["max"])


@cache
def _month_numbers() -> dict[str, int]:
    out: dict[str, int] = {}
    for number, (name, abbrevs) in enumerate(date_words()["months"].items(), start=1):
        for word in [name, *abbrevs]:
            out[word.rstrip(".")] = number
    return out


# ---------------------------------------------------------------------------------------------
# Spans of the calendar


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def _months_span(year: int, month: int, count: int) -> tuple[date, date]:
    """``count`` whole months from the first of ``year-month``."""
    end_year, end_month = _add_months(year, month, count - 1)
    return date(year, month, 1), _last_day(end_year, end_month)


def month_span(year: int, month: int) -> DateValue:
    """One calendar month.

    >>> v = month_span(2020, 2); (v.start.isoformat(), v.end.isoformat(), v.granularity)
    ('2020-02-01', '2020-02-29', 'month')
    """
    return DateValue.month(year, month)


def season_span(year: int, season: str) -> DateValue:
    """A northern meteorological season; winter YEAR begins in December of YEAR.

    >>> v = season_span(2020, "spring"); (v.start.isoformat(), v.end.isoformat())
    ('2020-03-01', '2020-05-31')
    >>> v = season_span(2019, "winter"); (v.start.isoformat(), v.end.isoformat())
    ('2019-12-01', '2020-02-29')
    """
    first = int(date_words()["seasons"][season])
    start, end = _months_span(year, first, 3)
    return DateValue("date", start, end, "season")


def quarter_span(year: int, quarter: int, fiscal: bool = False) -> DateValue:
    """Calendar quarter, or quarter of U.S. fiscal year ``year`` (Q1 starts Oct 1 of year-1).

    >>> v = quarter_span(2020, 3); (v.start.isoformat(), v.end.isoformat(), v.granularity)
    ('2020-07-01', '2020-09-30', 'quarter')
    >>> v = quarter_span(2020, 1, fiscal=True); (v.start.isoformat(), v.end.isoformat())
    ('2019-10-01', '2019-12-31')
    """
    if not 1 <= quarter <= 4:
        raise ValueError(f"no quarter {quarter}")
    first_year, first_month = (year - 1, 10) if fiscal else (year, 1)
    y, m = _add_months(first_year, first_month, 3 * (quarter - 1))
    start, end = _months_span(y, m, 3)
    return DateValue("date", start, end, "quarter")


def half_span(year: int, half: int, fiscal: bool = False) -> DateValue:
    """First or second half of a calendar or U.S. fiscal year.

    >>> v = half_span(2022, 1); (v.start.isoformat(), v.end.isoformat(), v.granularity)
    ('2022-01-01', '2022-06-30', 'half')
    >>> v = half_span(2022, 2, fiscal=True); (v.start.isoformat(), v.end.isoformat())
    ('2022-04-01', '2022-09-30')
    """
    if half not in (1, 2):
        raise ValueError(f"no half {half}")
    first_year, first_month = (year - 1, 10) if fiscal else (year, 1)
    y, m = _add_months(first_year, first_month, 6 * (half - 1))
    start, end = _months_span(y, m, 6)
    return DateValue("date", start, end, "half")


def decade_span(decade: int) -> DateValue:
    """"the 1990s": 1990-01-01 … 1999-12-31.

    >>> v = decade_span(1990); (v.start.isoformat(), v.end.isoformat(), v.granularity)
    ('1990-01-01', '1999-12-31', 'decade')
    """
    return DateValue("date", date(decade, 1, 1), date(decade + 9, 12, 31), "decade")


def parse_fiscal_year(text: str) -> DateValue | None:
    """A U.S. federal fiscal year: "FY 2021", "FY2020", "FY21", "fiscal year 2019".

    >>> v = parse_fiscal_year("FY21"); (v.kind, v.start.isoformat(), v.end.isoformat())
    ('fiscal_year', '2020-10-01', '2021-09-30')
    >>> parse_fiscal_year("fiscal year 2019") == DateValue.fiscal_year(2019)
    True
    >>> parse_fiscal_year("2019") is None
    True
    """
    point = _point(_point_words(_words(text)))
    if point is None or not point.fiscal or point.unit != "year" or point.year is None:
        return None
    return DateValue.fiscal_year(point.year)


def part_of(value: DateValue, part: str) -> DateValue:
    """Narrow a year, fiscal year, month or decade to its early, mid or late part.

    >>> v = part_of(DateValue.year(2019), "mid")
    >>> (v.start.isoformat(), v.end.isoformat(), v.granularity)
    ('2019-04-01', '2019-09-30', 'half')
    >>> v = part_of(DateValue.month(2019, 8), "late"); (v.start.isoformat(), v.end.isoformat())
    ('2019-08-21', '2019-08-31')
    >>> v = part_of(DateValue("date", date(1990, 1, 1), date(1999, 12, 31), "decade"), "early")
    >>> (v.start.isoformat(), v.end.isoformat())
    ('1990-01-01', '1993-12-31')
    """
    assert value.start is not None and value.end is not None
    start = value.start
    if value.granularity in ("year", "fiscal_year"):
        offset = {"early": 0, "mid": 3, "late": 6}[part]
        a, b = _months_span(*_add_months(start.year, start.month, offset), 6)
        return DateValue("date", a, b, "half")
    if value.granularity == "month":
        first, last = {"early": (1, 10), "mid": (11, 20), "late": (21, value.end.day)}[part]
        return DateValue("date", start.replace(day=first), start.replace(day=last), "month")
    if value.granularity == "decade":
        first, last = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}[part]
        return DateValue("date", date(start.year + first, 1, 1), date(start.year + last, 12, 31),
                         "decade")
    return value


# ---------------------------------------------------------------------------------------------
# Words


def _words(text: str) -> list[str]:
    """Lower-case words and single punctuation marks; "04th", "1990s" stay whole.

    >>> _words("Dec. 31 , 1994")
    ['dec', '.', '31', ',', '1994']
    >>> _words("2017-Q1 FY2020")
    ['2017', '-', 'q', '1', 'fy', '2020']
    """
    return _WORD.findall(text.lower())


_NOUN_PARTS = frozenset({"beginning", "start", "middle", "end"})  # a part only with "of"


def _point_words(words: Sequence[str]) -> list[str]:
    """Words of a point date with noise dropped and compounds joined ("q 1" → "Q1")."""
    vocab = date_words()
    noise = set(vocab["noise"]) | set(vocab["weekdays"])
    fiscal = set(vocab["fiscal_markers"])
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w in fiscal:
            if out and out[-1] == "FY":  # "fiscal year (FY) 2019"
                i += 1
                continue
            out.append("FY")
            i += 2 if nxt in ("year", "years") else 1
            continue
        if w in vocab["calendar_markers"]:
            i += 2 if nxt == "year" else 1
            continue
        if w == "year" and nxt.isascii() and nxt.isdigit():
            i += 1
            continue
        if w in ("q", "h") and nxt in ("1", "2", "3", "4"):
            out.append(w.upper() + nxt)
            i += 2
            continue
        if w in ("1", "2", "3", "4") and nxt in ("q", "h"):
            out.append(nxt.upper() + w)
            i += 2
            continue
        if w in _NOUN_PARTS and not out and nxt != "of":
            return []  # "beginning in 2019" opens an interval; "the beginning of 2019" is a part
        if w in noise:
            i += 1
            continue
        out.append(w)
        i += 1
    # ordinal + quarter/half: "third quarter" → Q3, "second half" → H2, "last quarter" → Q4
    joined: list[str] = []
    ordinals = vocab["ordinals"]
    for w in out:
        if w in ("quarter", "half") and joined and joined[-1] in ordinals:
            n = int(ordinals[joined.pop()])
            size = 4 if w == "quarter" else 2
            joined.append(f"{w[0].upper()}{size if n < 0 else n}")
        else:
            joined.append(w)
    return joined


# ---------------------------------------------------------------------------------------------
# Points: one date, possibly missing its year (a fragment of a range)


@dataclass(frozen=True, slots=True)
class _Point:
    unit: str  # day, month, season, quarter, half, year, decade, short (a bare 1-2 digit number)
    year: int | None = None
    month: int | None = None
    day: int | None = None
    index: int = 0  # quarter or half number; season's first month
    fiscal: bool = False
    part: str = ""
    short: int | None = None  # the bare number of a "short" point ("-20" in "2019-20")


def _number(word: str) -> tuple[int, int, bool] | None:
    """(value, digits, has ordinal suffix) of "04th", "2019", "7"."""
    m = _ORDINAL_NUMBER.match(word)
    if not m:
        return None
    return int(m.group(1)), len(m.group(1)), m.group(2) is not None


def _point(words: Sequence[str]) -> _Point | None:
    """A point date from noise-free words, or None. The year may be missing."""
    if not words:
        return None
    vocab = date_words()
    months = _month_numbers()
    part = ""
    rest = list(words)
    if rest[0] in vocab["parts"]:
        part = str(vocab["parts"][rest[0]])
        rest = rest[1:]
        if rest and rest[0] == "-":
            rest = rest[1:]
    fiscal = "FY" in rest
    rest = [w for w in rest if w != "FY"]
    seps = [w for w in rest if w in ("-", "/")]
    rest = [w for w in rest if w not in ("-", "/")]
    if not rest:
        return None

    month = season = decade = None
    qh: str | None = None
    numbers: list[tuple[int, int, bool]] = []
    for w in rest:
        if w in months and month is None:
            month = months[w]
        elif w in vocab["seasons"] and season is None and not w.startswith("_"):
            season = w
        elif re.fullmatch(r"[QH][1-4]", w) and qh is None:
            qh = w
        elif _DECADE.match(w) and decade is None:
            decade = int(w[:-1])
        elif (n := _number(w)) is not None:
            numbers.append(n)
        else:
            return None
    if fiscal and (month is not None or season is not None or decade is not None):
        return None
    if part and (season is not None or qh is not None):
        return None

    years = [n for n in numbers if n[1] == 4]
    if any(not possible_year(y) for y, _, _ in years) or len(years) > 1:
        return None
    year = years[0][0] if years else None
    others = [n for n in numbers if n[1] != 4]

    if decade is not None:
        if numbers or month is not None or season is not None or qh or not _decade_ok(decade):
            return None
        return _Point("decade", decade, part=part)
    if fiscal:
        if len(numbers) != 1 or numbers[0][2] or numbers[0][1] not in (2, 4):
            return None
        fy = numbers[0][0] if numbers[0][1] == 4 else _two_digit_year(numbers[0][0])
        if qh:
            return _Point("quarter" if qh[0] == "Q" else "half", fy, index=int(qh[1]), fiscal=True)
        return _Point("year", fy, fiscal=True, part=part)
    if qh is not None:
        if month is not None or season is not None or others or year is None:
            return None
        if qh[0] == "H" and int(qh[1]) > 2:
            return None
        return _Point("quarter" if qh[0] == "Q" else "half", year, index=int(qh[1]))
    if season is not None:
        if month is not None or others:
            return None
        return _Point("season", year, index=int(vocab["seasons"][season]))
    if month is not None:
        if len(others) > 1 or (others and others[0][0] > 31) or (part and others):
            return None
        day = others[0][0] if others else None
        if day is not None:
            return _Point("day", year, month, day) if _valid_day(year or 2000, month, day) else None
        return _Point("month", year, month, part=part)
    return _numeric_point(year, numbers, seps, part)


def _decade_ok(decade: int) -> bool:
    """"1990s", "1770s"; not "1800s" (before 1900 a year ending in 00 names a century)."""
    return plausible_year(decade) or (possible_year(decade) and decade % 100 != 0)


def _valid_day(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _two_digit_year(n: int) -> int:
    """"FY21" → 2021; "FY98" → 1998 (pivot at 70)."""
    return 2000 + n if n < 70 else 1900 + n


def _numeric_point(year: int | None, numbers: list[tuple[int, int, bool]], seps: list[str],
                   part: str) -> _Point | None:
    """Dates written in digits only: 2016, 2015-3, 2018-7-6, 2/29/2020, 2016 10 16."""
    if len(numbers) == 1:
        value, digits, _ = numbers[0]
        if year is not None:
            return _Point("year", year, part=part)
        if digits <= 2 and not part and value >= 1:
            return _Point("short", short=value, day=value if value <= 31 else None)
        return None
    if part or year is None or any(o for _, _, o in numbers):
        return None
    first_is_year = numbers[0][1] == 4
    if len(numbers) == 2 and not seps and not first_is_year and numbers[0][0] <= 31:
        return _Point("day", year, None, numbers[0][0])  # "28, 2020" of "June 26-28, 2020"
    if len(numbers) == 2 and seps:
        (a, a_digits, _), (b, b_digits, _) = numbers
        if first_is_year:
            # "2015-3", "2015-03" are ISO months; "2011-12" reads as the years 2011 to 2012
            iso = b_digits == 1 or str(b).zfill(b_digits).startswith("0") or b <= a % 100
            return _Point("month", a, b) if 1 <= b <= 12 and iso else None
        return _Point("month", b, a) if a_digits <= 2 and 1 <= a <= 12 else None
    if len(numbers) == 3 and (seps or first_is_year):
        if first_is_year:
            y, m, d = (n[0] for n in numbers)
        elif numbers[2][1] == 4:
            m, d, y = (n[0] for n in numbers)
            if m > 12:  # day/month/year
                m, d = d, m
        else:
            return None
        if 1 <= m <= 12 and _valid_day(y, m, d):
            return _Point("day", y, m, d)
    return None


def _value(point: _Point, kind: str = "date") -> DateValue | None:
    """The calendar span of a complete point (None when its year is missing)."""
    if point.year is None or point.unit == "short":
        return None
    y = point.year
    value: DateValue
    if point.unit == "day":
        if point.month is None or point.day is None or not _valid_day(y, point.month, point.day):
            return None
        value = DateValue.day(y, point.month, point.day)
    elif point.unit == "month":
        assert point.month is not None
        value = DateValue.month(y, point.month)
    elif point.unit == "season":
        start, end = _months_span(y, point.index, 3)
        value = DateValue("date", start, end, "season")
    elif point.unit == "quarter":
        value = quarter_span(y, point.index, point.fiscal)
    elif point.unit == "half":
        value = half_span(y, point.index, point.fiscal)
    elif point.unit == "decade":
        value = decade_span(y)
    elif point.fiscal:
        value = DateValue.fiscal_year(y)
    else:
        value = DateValue.year(y)
    if point.part:
        value = part_of(value, point.part)
    if value.kind == "fiscal_year" and kind == "date":
        return value
    return replace(value, kind=kind)


def is_date_fragment(text: str) -> bool:
    """Whether ``text`` is one date, possibly missing its year ("June 26", "March").

    The component marks such fragments so that range patterns can join them
    ("March to June 2019", "June 26-28, 2020").

    >>> is_date_fragment("June 26"), is_date_fragment("Dec. 31 , 1994"), is_date_fragment("F-16")
    (True, True, False)
    """
    return _point(_point_words(_words(text))) is not None


def month_day(text: str) -> tuple[int, int] | None:
    """(month, day) of a day written without its year ("May 22", "16 October"), else None.

    >>> month_day("May\u00a022"), month_day("16 October"), month_day("May 22, 2023")
    ((5, 22), (10, 16), None)
    >>> month_day("March"), month_day("June 31")
    (None, None)
    """
    point = _point(_point_words(_words(text)))
    if point is None or point.unit != "day" or point.year is not None:
        return None
    if point.month is None or point.day is None:
        return None
    if point.day > calendar.monthrange(2000, point.month)[1]:  # 2000: February has 29
        return None
    return point.month, point.day


def bare_month(text: str) -> int | None:
    """The month of a month name written alone ("June"), else None.

    >>> bare_month("June"), bare_month("June 2019"), bare_month("June 3"), bare_month("2019")
    (6, None, None, None)
    """
    point = _point(_point_words(_words(text)))
    if point is None or point.unit != "month" or point.year is not None or point.part:
        return None
    return point.month


def yearless_range(text: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """((month, day), (month, day)) of a range of days written without a year ("from April 19
    to May 31", "June 3-7"), else None.

    >>> yearless_range("from April 19 to May 31"), yearless_range("June 3-7")
    (((4, 19), (5, 31)), ((6, 3), (6, 7)))
    >>> yearless_range("26-28 June")
    ((6, 26), (6, 28))
    >>> yearless_range("from April 2019 to May 2020"), yearless_range("May 31")
    (None, None)
    """
    words = _words(text)
    lead = words[0] if words else ""
    body = words[1:] if lead in ("from", "between") else words
    connectors = ["and"] if lead == "between" else list(date_words()["range_connectors"])
    for i, w in enumerate(body):
        if w not in connectors or i == 0:
            continue
        left = _point(_point_words(body[:i]))
        right = _point(_point_words([x for x in body[i + 1:] if x != "the"]))
        if left is None or right is None or left.year is not None or right.year is not None:
            return None
        if right.unit == "short" and right.short is not None:  # "June 3-7"
            right = _Point("day", None, left.month, right.short)
        if left.unit == "short" and left.short is not None and right.unit == "day":
            left = _Point("day", None, right.month, left.short)  # "26–28 June"
        ends = [(p.month, p.day) for p in (left, right) if p.unit == "day"]
        if len(ends) != 2 or any(m is None or d is None for m, d in ends):
            return None
        (m1, d1), (m2, d2) = ends
        assert m1 is not None and d1 is not None and m2 is not None and d2 is not None
        if any(d > calendar.monthrange(2000, m)[1] for m, d in ((m1, d1), (m2, d2))):
            return None
        return (m1, d1), (m2, d2)
    return None


def yearless_value(month: int, day: int, kind: str = "date") -> DateValue:
    """A day without its year, waiting for one (``pipeline.resolve_dates.resolve_yearless``):
    ``duration`` holds ISO 8601's ``--MM-DD``, anchor ``year``; ``kind`` ``until`` for a day
    after "until" or "by" ("runs until August 9")."""
    return DateValue(kind, None, None, "day", duration=f"--{month:02d}-{day:02d}", anchor="year")


def yearless_month_value(month: int, direction: str = "") -> DateValue:
    """A month written alone ("In June, ..."), waiting for its year like a yearless day:
    ``duration`` ``--MM``, anchor ``year``; after "last" or "next" (``direction`` ``past`` or
    ``future``: "last September"; ``present``: "this July"; ``since``: "since August", a
    ``since`` value) the anchor is the direction, and only the document's date
    gives the year (``pipeline.resolve_dates.resolve_yearless``)."""
    return DateValue("since" if direction == "since" else "date", None, None, "month",
                     duration=f"--{month:02d}", anchor=direction or "year")


def yearless_interval(first: tuple[int, int], last: tuple[int, int]) -> DateValue:
    """A range of days without its year: ``duration`` ``--MM-DD/--MM-DD``, anchor ``year``."""
    (m1, d1), (m2, d2) = first, last
    days = f"--{m1:02d}-{d1:02d}/--{m2:02d}-{d2:02d}"
    return DateValue("interval", None, None, "day", duration=days, anchor="year")


# ---------------------------------------------------------------------------------------------
# Ranges and open ends


def _complete(left: _Point, right: _Point) -> tuple[_Point, _Point] | None:
    """Fill what each end of a range leaves out from the other ("March to June 2019")."""
    if left.fiscal != right.fiscal:
        if right.unit == "year" and not right.fiscal and left.unit == "year":
            right = replace(right, fiscal=True)
        elif left.unit == "year" and not left.fiscal and right.unit == "year":
            left = replace(left, fiscal=True)
        elif right.unit != "short":
            return None
    if (left.unit == "short" and left.day is not None and right.unit == "day"
            and right.month is not None and right.year is not None):
        left = _Point("day", right.year, right.month, left.day)  # "6–17 September 2021"
    if left.unit == "short" or (left.year is None and left.month is None
                                and left.unit != "season"):
        return None
    if right.unit == "short" and right.short is not None:
        short = right.short
        if left.unit == "day" and right.day is not None:
            right = _Point("day", left.year, left.month, right.day)
        elif left.unit == "year" and left.year is not None and not left.part:
            end = left.year - left.year % 100 + short
            if end <= left.year:
                end += 100  # "1998-02" is 1998 to 2002
            if end - left.year > 20:
                return None  # "2019-16" is no range a document means
            right = _Point("year", end, fiscal=left.fiscal)
        else:
            return None
    if right.unit == "day" and right.month is None:
        right = replace(right, month=left.month)
        if right.month is None or right.day is None or not _valid_day(2000, right.month,
                                                                       right.day):
            return None
    if right.year is None:
        right = replace(right, year=left.year)
    if left.year is None and right.year is not None:
        year = right.year
        if left.month is not None and right.month is not None and left.month > right.month:
            year -= 1  # "December to February 2020"
        left = replace(left, year=year)
    return left, right


def _range(left_words: Sequence[str], right_words: Sequence[str]) -> DateValue | None:
    left = _point(_point_words(left_words))
    right = _point(_point_words(right_words))
    if left is None or right is None:
        return None
    both_years_stated = left.year is not None and right.year is not None
    completed = _complete(left, right)
    if completed is None:
        return None
    a, b = _value(completed[0]), _value(completed[1])
    if a is None or b is None or a.start is None or b.end is None:
        return None
    if b.end < a.start or (b.start is not None and b.start < a.start):
        if not both_years_stated:
            return None
        # "from 2019 to 2016", "from June 2014 until December 2001": extracted as stated, so
        # the consistency check (interval_order) can say it ends before it starts.
        return DateValue("interval", a.start, b.end, max(
            a.granularity, b.granularity, key=lambda g: GRANULARITY_RANK.get(g, 7)))
    left_point, right_point = completed
    if (left_point.unit == "season" and right_point.unit == "year"
            and a.end is not None and right_point.year == a.end.year):
        return a  # "the winter of 2019-2020": one season across the turn of the year
    grain = max(a.granularity, b.granularity, key=lambda g: GRANULARITY_RANK.get(g, 7))
    return DateValue("interval", a.start, b.end, grain)


def _strip_prefix(words: list[str], phrases: Sequence[str]) -> tuple[str, list[str]]:
    """The longest phrase the words begin with, and the words after it."""
    for phrase in sorted(phrases, key=lambda p: -len(p.split())):
        parts = phrase.split()
        if words[: len(parts)] == parts:
            return phrase, words[len(parts):]
    return "", words


def _open_or_range(words: list[str]) -> DateValue | None:
    vocab = date_words()
    phrase, rest = _strip_prefix(words, _listed(vocab["open_prefixes"]))
    if phrase:
        rule = vocab["open_prefixes"][phrase]
        if rule["edge"] == "end":
            rest = _without_end_of(rest)
        point = _point(_point_words(rest))
        value = _value(point) if point is not None else None
        if value is None or value.start is None or value.end is None:
            return None
        edge = rule["edge"]
        if rule["kind"] == "since":
            start = value.end + timedelta(days=1) if edge == "after" else value.start
            return DateValue("since", start, None, value.granularity, anchor=rule["anchor"])
        end = value.start - timedelta(days=1) if edge == "before" else value.end
        return DateValue("until", None, end, value.granularity, anchor=rule["anchor"])

    lead = words[0] if words else ""
    body = words[1:] if lead in ("from", "between") else words
    if body and body[-1] in vocab["onward"] and lead != "between":
        point = _point(_point_words(body[:-1]))
        value = _value(point) if point is not None else None
        if value is not None and value.start is not None:
            return DateValue("since", value.start, None, value.granularity, anchor="present")
        return None
    connectors = ["and"] if lead == "between" else list(vocab["range_connectors"])
    if _plural_fiscal(body):
        connectors.append("and")  # "fiscal years 2021 and 2022": the span of both
    present = set(vocab["present"])
    for i, w in enumerate(body):
        if w not in connectors or i == 0:
            continue
        left, right = body[:i], [x for x in body[i + 1:] if x != "the"]
        if lead != "between" and len(right) == 1 and right[0] in present:
            point = _point(_point_words(left))
            value = _value(point) if point is not None else None
            if value is not None and value.start is not None:
                return DateValue("since", value.start, None, value.granularity, anchor="present")
            continue
        ranged = _range(left, right)
        if ranged is not None:
            return ranged
    return None


def _plural_fiscal(words: list[str]) -> bool:
    """Do ``words`` open with one plural fiscal marker ("fiscal years", "FYs")?

    >>> _plural_fiscal(["fiscal", "years", "2021", "and", "2022"]), _plural_fiscal(["fy", "2021"])
    (True, False)
    """
    markers = _listed(date_words()["fiscal_markers"])
    return (len(words) > 1 and words[0] in markers and words[1] == "years") or (
        words[:1] == ["fys"])


def _without_end_of(words: list[str]) -> list[str]:
    """A deadline's point without "the end of": "by the end of 2024" is due on the year's last
    day, as "by 2024" is, so it keeps the year's granularity rather than the late half's.

    >>> _without_end_of(["the", "end", "of", "2024"]), _without_end_of(["march", "2024"])
    (['2024'], ['march', '2024'])
    """
    body = words[1:] if words[:1] == ["the"] else words
    if body[:2] == ["end", "of"] and len(body) > 2:
        return body[2:]
    return words


# ---------------------------------------------------------------------------------------------
# Lengths of time: relative windows and durations


def _length(words: list[str]) -> DateValue | None:
    """"over the past five years", "last year", "for over a decade", "three-week", "26-year"."""
    vocab = date_words()
    units = vocab["units"]
    w = [x for x in words if x not in ("the", ",")]
    long_form = w[-2:] == ["-", "long"]  # "decade-long", "decades-long", "two-year-long"
    if long_form:
        w = w[:-2]
    if not w or w[-1] not in units:
        return None
    unit = w[-1]
    designator, multiplier, grain = units[unit]
    plural = unit.endswith("s")
    w = w[:-1]
    prep = w.pop(0) if w and w[0] in vocab["relative_prepositions"] else ""
    direction = str(vocab["relative_directions"].get(w[0], "")
                    or vocab["current_directions"].get(w[0], "")) if w else ""
    vague = bool(w) and w[0] in _listed(vocab["vague_directions"])
    if direction:
        w = w[1:]
    if prep == "over" and not direction and w[:1] in (["a"], ["an"]):
        prep, w = "", ["over", *w]  # "(for) over a decade": "over" is "more than"
    qualifier, w = _strip_prefix(w, vocab["length_qualifier_phrases"])
    # "over five years" (no other qualifier): a length, spread or elapsed, not placed in time
    loose_over = prep == "over" and not direction and not qualifier
    if w and w[-1] == "-":
        w = w[:-1]  # compound adjective: "three-week"
    if not w:
        # "the coming year", "the past months": no measurable length; "decades-long": two
        if long_form and unit in _listed(vocab["countless_long_units"]):
            count: float | None = 2.0
        elif long_form and not plural:
            count = 1.0
        elif not direction or vague or plural:
            return None
        else:
            count = 1.0
    elif w in (["a"], ["an"]):
        if not (direction or qualifier or loose_over or prep == "for"):
            return None
        count = 1.0
    else:
        if any(x in ("a", "an") for x in w):
            return None
        count = parse_number(" ".join(w).replace(" - ", "-"))
    if count is None or count != int(count) or not 0 < count <= 1000:
        return None
    length = f"P{int(count) * int(multiplier)}{designator}"
    if direction:
        return DateValue("relative", None, None, grain, length, direction)
    if (qualifier in _listed(vocab["elapsed_qualifiers"])
            and words[-1] in _listed(vocab["elapsed_units"])):
        return DateValue("relative", None, None, grain, length, "past")
    if prep in ("for", "over", "") or qualifier:
        return DateValue("duration", None, None, grain, length)
    return None


# ---------------------------------------------------------------------------------------------
# The whole expression


@cache
def relative_points() -> dict[str, int]:
    """``date_words.json``'s ``relative_points``: which occurrence of a season or fiscal year
    a word names, counted from the document date's ("last": -1)."""
    return {w: int(n) for w, n in date_words()["relative_points"].items()
            if not w.startswith("_")}


def _relative_point(words: list[str]) -> DateValue | None:
    """A point named from the document's date, resolved later (``resolve_dates``): "seven
    years ago" (``ago_words``), "last summer", "this fiscal year" (``relative_points``).

    >>> v = parse_date_expression("seven years ago"); (v.kind, v.granularity, v.duration)
    ('relative', 'year', 'P7Y')
    >>> parse_date_expression("a decade ago").duration
    'P10Y'
    >>> v = parse_date_expression("last summer"); (v.kind, v.granularity, v.anchor)
    ('relative', 'season', 'past')
    >>> parse_date_expression("this fiscal year").granularity
    'fiscal_year'
    >>> parse_date_expression("ago") is None
    True
    """
    ago = date_words()["ago_words"]
    if len(words) > 1 and words[-1] in ago:
        length = _length(["for", *words[:-1]])  # "a decade": one decade, as "for a decade"
        if length is None or length.kind != "duration":
            return None
        return DateValue("relative", None, None, length.granularity, length.duration,
                         str(ago[words[-1]]))
    if len(words) < 2 or words[0] not in relative_points():
        return None
    offset = relative_points()[words[0]]
    anchor = "past" if offset < 0 else "future" if offset > 0 else "present"
    if len(words) == 2 and words[1] in _listed(date_words()["seasons"]):
        return DateValue("relative", None, None, "season", "P3M", anchor)
    if words[1:] == ["fiscal", "year"]:
        return DateValue("relative", None, None, "fiscal_year", "P1Y", anchor)
    return None


def day_words() -> dict[str, int]:
    """``date_words.json``'s ``day_words``: a day named by its distance in days from the
    document's date ("yesterday": -1)."""
    return {w: int(n) for w, n in date_words()["day_words"].items() if not w.startswith("_")}



@lru_cache(maxsize=1 << 16)  # a pure function of the text; a corpus repeats its dates
def parse_date_expression(text: str) -> DateValue | None:
    """The normalized value of a date expression, or None when it is not one.

    >>> parse_date_expression("August 2019").granularity
    'month'
    >>> v = parse_date_expression("fiscal years 2017 through 2019")
    >>> (v.kind, v.start.isoformat(), v.end.isoformat(), v.granularity)
    ('interval', '2016-10-01', '2019-09-30', 'fiscal_year')
    >>> v = parse_date_expression("2007-present"); (v.kind, v.start.isoformat(), v.end, v.anchor)
    ('since', '2007-01-01', None, 'present')
    >>> v = parse_date_expression("by 2011"); (v.kind, v.start, v.end.isoformat())
    ('until', None, '2011-12-31')
    >>> v = parse_date_expression("more than 26-year"); (v.kind, v.duration, v.anchor)
    ('relative', 'P26Y', 'past')
    >>> [parse_date_expression(t) for t in ("COVID-19", "F-16", "648th", "annual", "")]
    [None, None, None, None, None]
    >>> v = parse_date_expression("yesterday"); (v.kind, v.granularity, v.duration, v.anchor)
    ('relative', 'day', 'P1D', 'past')
    """
    words = _words(text)
    if not words:
        return None
    if len(words) == 1 and words[0] in day_words():  # "yesterday": a day, resolved later
        offset = day_words()[words[0]]
        return DateValue("relative", None, None, "day", f"P{abs(offset)}D",
                         "past" if offset < 0 else "future")
    relative = _relative_point(words)
    if relative is not None:
        return relative
    point = _point(_point_words(words))
    if point is not None:
        return _value(point)
    return _open_or_range(words) or _length(words)


def blocked_by_context(before: Sequence[str], after: Sequence[str], ends_in_number: bool) -> bool:
    """Whether the words around a candidate show it is money, an identifier or a count.

    ``before``/``after``: up to two words on each side, nearest first, as written.

    >>> blocked_by_context(["$"], ["million"], True)        # "$2019 million"
    True
    >>> blocked_by_context(["Resolution"], [], True)        # "Resolution 2231"
    True
    >>> blocked_by_context(["-", "647"], [], True)          # "202-647-2019"
    True
    >>> blocked_by_context(["-", "1996"], [], True)         # "1996-2002" (a range)
    False
    >>> blocked_by_context([], ["troops"], True), blocked_by_context(["in"], ["people"], True)
    (True, False)
    """
    vocab = date_words()
    prev = before[0].lower() if before else ""
    prev2 = before[1].lower() if len(before) > 1 else ""
    nxt = after[0].lower() if after else ""
    if prev in vocab["currency_signs"]["before"] or nxt in vocab["currency_signs"]["after"]:
        return True
    if prev in word_class("numbering_words"):
        return True
    if prev in ("-", "/", ".", ":") and prev2.isascii() and prev2.isdigit():
        # "202-647-2019" is a phone number; "1996-2002" and "26-2019" are left to the patterns
        is_year = len(prev2) == 4 and possible_year(int(prev2))
        if not is_year and (len(prev2) > 2 or prev == ":"):
            return True
    if ends_in_number and nxt in word_class("count_nouns"):
        return prev not in ("in", "since", "by", "during", "from", "until", "of", "before",
                            "after", "through", "early", "late", "mid", "spring", "summer",
                            "fall", "autumn", "winter")
    return False


def _is_year_word(word: str) -> bool:
    return len(word) == 4 and word.isascii() and word.isdigit() and possible_year(int(word))


def _counts(word: str) -> bool:
    """Whether a word right after a number makes it a count: a count noun, a lower-case plural."""
    plural = word.isalpha() and word.islower() and word.endswith("s") and not word.endswith("ss")
    return word.lower() in word_class("count_nouns") or (plural and word not in STOP_WORDS)


def names_with_year(before: Sequence[str]) -> bool:
    """Whether a bare year is part of a name because a capitalized word is right before it:
    "FLINTLOCK 2024", "Balikatan 2024", "Cobra Gold 2023", "Vision 2030" (exercises, events and
    plans, like "REGIONAL COOPERATION 19", are not dates). Not after a preposition or adverb
    that starts a sentence ("In 2024", "Since 2002"), a date word ("May 2024", "FY 2021",
    "Spring 2020") or a country ("Kazakhstan 2019"); ``before``: the words before, nearest first.

    >>> [names_with_year([w]) for w in ("FLINTLOCK", "Balikatan", "Vision", "Gold")]
    [True, True, True, True]
    >>> [names_with_year([w]) for w in ("In", "Since", "May", "FY", "in", "U.S.", "Kazakhstan")]
    [False, False, False, False, False, False, False]
    >>> names_with_year([]), names_with_year(["Warsaw's"]), names_with_year(["NATO"])
    (False, False, True)
    >>> names_with_year(["Its"]), names_with_year(["Their"])  # a determiner, not a name
    (False, False)

    A country after an exercise's upper-case name is part of the name ("CARAT Bangladesh
    2023"):

    >>> names_with_year(["Bangladesh", "CARAT"]), names_with_year(["Bangladesh", "In"])
    (True, False)
    """
    from pipeline.countries import lookup_country

    word = before[0] if before else ""
    if not _name_word(word):
        return False
    if lookup_country(word) is None:
        return True
    exercise = before[1] if len(before) > 1 else ""
    return exercise.isupper() and len(exercise) > 2 and _name_word(exercise) and (
        lookup_country(exercise) is None)


def _name_word(word: str) -> bool:
    """A capitalized word that may be part of a name ("FLINTLOCK", "Balikatan"), not a
    stopper (a preposition, a date word ...)."""
    if not word.replace("-", "").isalpha() or not (word[:1].isupper() and word[1:2].isalpha()):
        return False
    if not (word.istitle() or (word.isupper() and len(word) > 2)):
        return False
    return word.lower() not in _name_stoppers()


@cache
def _name_stoppers() -> frozenset[str]:
    names = ("name_before_year_words", "open_prefix_words", "months", "seasons", "parts",
             "fiscal_markers", "calendar_markers", "year_prepositions", "year_verbs")
    return frozenset(w for name in names for w in word_class(name))


def historical_year_in_context(before: Sequence[str], after: Sequence[str]) -> bool:
    """Whether a bare historical year (``historical_years.min`` up to 1899) reads as a year.

    ``before``/``after``: up to three words on each side, nearest first, as written. A year needs
    a date word before it (a preposition of time, "signed", "dating (back) to", a title's "of"),
    or another year across a range connector; a count noun or a lower-case plural after it makes
    it a count ("in 1800 hours", "in 1700 villages"), and a quantity word before the preposition
    a quantity ("a total of 1800", "increased by 1650").

    >>> historical_year_in_context(["in"], [","]), historical_year_in_context(["since"], [])
    (True, True)
    >>> historical_year_in_context(["to", "dating"], []), historical_year_in_context(
    ...     ["to", "back", "dates"], ["."])
    (True, True)
    >>> historical_year_in_context(["of", "War"], []), historical_year_in_context(["signed"], [])
    (True, True)
    >>> historical_year_in_context(["-"], ["-", "1865"]), historical_year_in_context(
    ...     ["-", "1861"], [])
    (True, True)
    >>> historical_year_in_context(["and", "1701", "Resolutions"], []), historical_year_in_context(
    ...     ["and", "1650", "between"], [])
    (False, True)
    >>> historical_year_in_context([], ["troops"]), historical_year_in_context(["the"], [])
    (False, False)
    >>> historical_year_in_context(["in"], ["villages"]), historical_year_in_context(
    ...     ["of", "total"], [])
    (False, False)
    >>> historical_year_in_context(["from"], ["to", "1800", "personnel"])
    False
    >>> historical_year_in_context(["the"], ["Treaty", "of"]), historical_year_in_context(
    ...     ["the"], ["treaty"])
    (True, False)
    >>> historical_year_in_context(["of", "alliance"], []), historical_year_in_context(
    ...     ["of", "fleet"], [])
    (True, False)
    >>> historical_year_in_context(["to", "increased"], []), historical_year_in_context(
    ...     ["at"], ["hours"])
    (False, False)
    """
    vocab = date_words()
    prev = before[0].lower() if before else ""
    prev2 = before[1] if len(before) > 1 else ""
    nxt = after[0] if after else ""
    if _counts(nxt):
        return False  # "in 1800 hours", "in 1700 villages" ("the War of 1812 tested": a year)
    if nxt[:1].isupper() and nxt.lower() in _listed(vocab["year_of_nouns"]) and prev == "the":
        return True  # "the 1786 Treaty of Peace and Friendship": a name's year
    connectors = set(vocab["range_connectors"])
    prev3 = before[2].lower() if len(before) > 2 else ""
    if _is_year_word(prev2) and (prev in connectors or (prev == "and" and prev3 == "between")):
        # "1861-1865", "from 1776 to 1783", "between 1650 and 1700"; not "Resolutions 1701 and
        # 1757" or "Articles 1701-1757"
        return prev3 not in word_class("numbering_words")
    if nxt.lower() in connectors and len(after) > 1 and _is_year_word(after[1]):
        # not "from 1650 to 1800 personnel" (the other end is a count), not "Articles 1701-1757"
        then = after[2] if len(after) > 2 else ""
        return prev not in word_class("numbering_words") and not _counts(then)
    if prev2.lower() in _listed(vocab["quantity_words"]):
        return False  # "a total of 1800", "increased by 1650", "up to 1700"
    if prev in _listed(vocab["year_prepositions"]) or prev in _listed(vocab["year_verbs"]):
        return True
    if prev == "to":
        return prev2.lower() in _listed(vocab["dating_words"])
    if prev == "of":
        # "the War of 1812", "the alliance of 1778", "the summer of 1776": a title, a treaty or
        # a relationship, a time word
        return prev2[:1].isupper() or prev2.lower() in word_class("year_of_nouns")
    return False


def needs_relationship_context(text: str) -> bool:
    """Whether a length is extracted only before a relationship noun: "decades-long" (no count).

    >>> needs_relationship_context("decades-long"), needs_relationship_context("decade-long")
    (True, False)
    >>> needs_relationship_context("71-year")
    False
    """
    w = [x for x in _words(text) if x not in ("the", ",")]
    return len(w) >= 3 and w[-2:] == ["-", "long"] and \
        w[-3] in _listed(date_words()["countless_long_units"])


def _spans_to_now(before: Sequence[str], after: Sequence[str]) -> bool:
    """"for (more than) N years" with a present perfect before it in its clause or in the words
    after it (not after a modal: "will"), within its sentence: a span that runs up to the
    present. ``before``: up to ten words, nearest first."""
    span = date_words()["elapsed_span"]
    words = [w.lower() for w in before]
    i = 0
    while i < len(words) and words[i] in span["qualifiers"]:
        i += 1
    if i >= len(words) or words[i] not in span["prepositions"]:
        return False
    auxiliaries = set(span["perfect_auxiliaries"])
    modals = set(span["modals"])
    for w in words[i + 1:i + 10]:  # back to the clause's start
        if w in auxiliaries:
            return True
        if w in (".", ";", ":", "!", "?"):
            break
    later = [w.lower() for w in after[:_PERFECT_REACH]]
    for w in later:
        if w in (".", ";", ":", "!", "?") or w in modals:
            break  # (a modal before it: "will train ... and have", a future)
        if w in auxiliaries:
            return True
    return False


# how many words after "for N years" its clause's present perfect may stand ("For eight years,
# Massachusetts Guardsmen and Kenyan soldiers have exchanged ...")
_PERFECT_REACH = 10


def elapsed_in_context(value: DateValue, before: Sequence[str], after: Sequence[str]) -> DateValue:
    """A length of years in front of a relationship noun is a relationship's age: ``relative``,
    anchor ``past`` (time elapsed up to the document date); anything else is returned unchanged.

    ``before``: up to ten words before the span, nearest first; ``after``: up to ten words
    after it, in order, as written.

    >>> five = DateValue("duration", None, None, "year", "P71Y")
    >>> v = elapsed_in_context(five, ["the"], ["alliance", "."]); (v.kind, v.duration, v.anchor)
    ('relative', 'P71Y', 'past')
    >>> elapsed_in_context(five, ["a"], ["security", "partnership", "grounded"]).kind
    'relative'
    >>> elapsed_in_context(five, [], ["of", "diplomatic", "relations"]).kind
    'relative'
    >>> elapsed_in_context(five, ["new", "a"], ["partnership"]).kind
    'duration'
    >>> elapsed_in_context(five, ["a"], ["cooperation", "plan"]).kind
    'duration'
    >>> elapsed_in_context(five, ["a"], ["program", "of", "cooperation"]).kind
    'duration'
    >>> elapsed_in_context(five, ["the"], ["renewal", "continues", "cooperation"]).kind
    'duration'
    >>> weeks = DateValue("duration", None, None, "week", "P3W")
    >>> elapsed_in_context(weeks, ["a"], ["partnership"]).kind
    'duration'

    "for" a length beside a present perfect is the time up to the present, too:

    >>> elapsed_in_context(five, ["For"], ["these", "partners", "have", "hosted"]).kind
    'relative'
    >>> elapsed_in_context(five, ["than", "more", "for"], ["the", "Guard", "has"]).kind
    'relative'
    >>> elapsed_in_context(five, ["for", "cooperated", "have"], ["."]).kind
    'relative'
    >>> elapsed_in_context(five, ["for", "million", "5"], ["to", "train", "pilots"]).kind
    'duration'
    >>> elapsed_in_context(five, ["for"], ["the", "force", "will", "have"]).kind
    'duration'
    """
    if value.kind != "duration" or not value.duration.endswith("Y"):
        return value
    vocab = date_words()
    if any(w.lower() in _listed(vocab["prospective_words"]) for w in before[:2]):
        return value
    if _spans_to_now(before, after):
        return replace(value, kind="relative", anchor="past")
    words = [w.lower() for w in after]
    if words[:1] and words[0] in _listed(vocab["duration_nouns"]):
        return value  # "the five-year renewal continues cooperation": the renewal's length
    if words[:1] == ["of"]:
        words = words[1:]
    nouns = set(_listed(vocab["relationship_nouns"]))
    heads = set(_listed(vocab["relationship_heads"]))
    for i, w in enumerate(words[:5]):
        if w in nouns:
            if i + 1 < len(words) and words[i + 1] in heads:
                return value
            return replace(value, kind="relative", anchor="past")
        modifier = w == "-" or (w[:1].isalpha() and w not in STOP_WORDS and w not in heads)
        if not modifier:
            return value
    return value
