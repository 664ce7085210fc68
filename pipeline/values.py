"""Normalized values of facts: small immutable objects that the checks compare.

A value is never re-parsed from text once extracted. Every value can say which interval of
the real line (amounts) or of the calendar (dates) it claims, so two claims conflict only when
their intervals cannot overlap (see ``pipeline/consistency.py`` and ``pipeline/tolerances.py``).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from typing import Final

QUALIFIERS: Final = ("exact", "approximate", "at_least", "at_most", "range")
PERIODS: Final = ("", "year", "month", "quarter")
DATE_KINDS: Final = ("date", "interval", "since", "until", "fiscal_year", "relative", "duration")
GRANULARITIES: Final = (
    "day",
    "month",
    "season",
    "quarter",
    "half",
    "year",
    "fiscal_year",
    "decade",
    "week",
    "unknown",
)


@dataclass(frozen=True, slots=True)
class Amount:
    """A sum of money as stated.

    ``low``/``high`` follow the contract: a single exact or approximate amount has both set to
    the stated number; ``at_least`` has ``high`` None; ``at_most`` has ``low`` None; ``range``
    has both ends.
    """

    low: float | None
    high: float | None
    currency: str = "USD"
    qualifier: str = "exact"
    period: str = ""

    @property
    def stated(self) -> float | None:
        """The single number the text states (None for a range)."""
        if self.qualifier == "range":
            return None
        return self.low if self.low is not None else self.high


@dataclass(frozen=True, slots=True)
class DateValue:
    """A date expression: a span of calendar days with its kind and granularity.

    ``start``/``end`` are inclusive; either may be None when open ("since 2002" has no end
    until a document date resolves it). ``duration`` is ISO 8601 (``P5Y``, ``P3W``) for
    ``relative`` and ``duration`` kinds. ``anchor`` says how a document date resolves an
    open end: ``present`` (the end is the document date, "from 2007 to present", "since 2002"),
    ``past`` (a duration back from the document date, "over the past five years"), ``future``
    (a duration forward from it, "over the next five years").

    >>> august = DateValue.month(2019, 8)
    >>> august.kind, august.start, august.end, august.granularity
    ('date', datetime.date(2019, 8, 1), datetime.date(2019, 8, 31), 'month')
    >>> DateValue.fiscal_year(2021).start, DateValue.fiscal_year(2021).end
    (datetime.date(2020, 10, 1), datetime.date(2021, 9, 30))
    """

    kind: str
    start: date | None
    end: date | None
    granularity: str
    duration: str = ""
    anchor: str = ""

    @classmethod
    def year(cls, year: int, kind: str = "date") -> DateValue:
        return cls(kind, date(year, 1, 1), date(year, 12, 31), "year")

    @classmethod
    def month(cls, year: int, month: int, kind: str = "date") -> DateValue:
        last = calendar.monthrange(year, month)[1]
        return cls(kind, date(year, month, 1), date(year, month, last), "month")

    @classmethod
    def day(cls, year: int, month: int, day: int, kind: str = "date") -> DateValue:
        d = date(year, month, day)
        return cls(kind, d, d, "day")

    @classmethod
    def fiscal_year(cls, year: int) -> DateValue:
        """U.S. federal fiscal year N runs (N-1)-10-01 … N-09-30."""
        return cls("fiscal_year", date(year - 1, 10, 1), date(year, 9, 30), "fiscal_year")

