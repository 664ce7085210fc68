"""How far apart two statements may be and still agree: every tolerance in one place.

A stated number is read as the interval its precision implies ("$4.3 million" is
4,250,000 … 4,350,000; "$5,473,009" is exact to the dollar); an approximate number widens by
``APPROXIMATE_RELATIVE``; "over"/"up to" open one end. Two claims conflict only when their
intervals cannot overlap.

>>> amount_interval(4_300_000.0, 4_300_000.0, "exact")
(4250000.0, 4350000.0)
>>> amount_interval(5_500_000.0, 5_500_000.0, "approximate")
(4950000.0, 6050000.0)
>>> amount_interval(2_000_000.0, 2_000_000.0, "approximate")
(1500000.0, 2500000.0)
>>> amount_interval(4_000_000.0, None, "at_least")
(4000000.0, inf)
"""

from __future__ import annotations

import math

# "roughly/about/approximately/nearly $X": the true value is within 10 % of X, or within half
# a unit of X's last significant digit when that is wider ("about $2 million" is 1.5 … 2.5
# million; "about $5.5 million" is 4.95 … 6.05 million).
APPROXIMATE_RELATIVE = 0.10
# A round stated number carries the precision of its last non-zero digit: "$80 million" is
# 75 … 85 million at most. Capped so that "$100 million" does not swallow "$51 million".
MAX_ROUNDING_RELATIVE = 0.05
# A fact dated after its document's date by less than this many days is not flagged
# (publication lag, time zones).
FUTURE_DATE_GRACE_DAYS = 1


def rounding_half_unit(value: float, cap: float = MAX_ROUNDING_RELATIVE) -> float:
    """Half the unit of the last significant digit of ``value``, as written, at most ``cap``
    times the value.

    >>> rounding_half_unit(5_473_009.0), rounding_half_unit(4_300_000.0), rounding_half_unit(0.5)
    (0.5, 50000.0, 0.025)
    """
    if value == 0 or not math.isfinite(value):
        return 0.0
    unit = 1.0
    if value == int(value):
        n = int(value)
        while n % 10 == 0:
            n //= 10
            unit *= 10
    else:
        digits = repr(value).split(".")[1].split("e")[0]
        unit = 10.0 ** -len(digits)
    return min(unit / 2, abs(value) * cap)


def amount_interval(low: float | None, high: float | None, qualifier: str) -> tuple[float, float]:
    """The interval of true values a money claim allows."""
    if qualifier == "at_least":
        v = low if low is not None else high
        assert v is not None
        return (v, math.inf)
    if qualifier == "at_most":
        v = high if high is not None else low
        assert v is not None
        return (0.0, v)
    lo = low if low is not None else 0.0
    hi = high if high is not None else math.inf
    if qualifier == "approximate":
        lo = lo - max(lo * APPROXIMATE_RELATIVE, rounding_half_unit(lo, cap=0.5))
        hi = hi + max(hi * APPROXIMATE_RELATIVE, rounding_half_unit(hi, cap=0.5))
    else:
        lo, hi = lo - rounding_half_unit(lo), hi + rounding_half_unit(hi)
    return (max(round(lo, 6), 0.0), round(hi, 6))
