"""What the agreement linker's rules share over one document: the country mentions of a span
and the dates of a clause, found by bisection, where the next agreement mention starts, and
answers about the document's mentions remembered while it is linked (``link_agreements``
forgets them when it is done).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from functools import cache
from operator import attrgetter
from typing import ParamSpec, TypeVar, cast

from pipeline.agreements import capital_mentions, is_bystander, is_location, is_mediator
from pipeline.facts import AgreementFact, CountryFact, DateFact

START = attrgetter("start")


def starting_in(countries: Sequence[CountryFact], lo: int, hi: int) -> Sequence[CountryFact]:
    """The mentions of ``countries`` (in text order, as ``link_agreements`` passes them to
    every helper) that start in ``view[lo:hi]``: found by bisection, where a scan of the
    document's mentions for every agreement would cost as much as the rest of the linking."""
    first = bisect.bisect_left(countries, lo, key=START)
    return countries[first:bisect.bisect_left(countries, hi, lo=first, key=START)]


# A document's mentions are judged again for every agreement near them, and a clause is read
# again for each agreement it names. While one document is linked these remember their answers
# (keyed by its text); ``link_agreements`` forgets them when it is done, so that no document's
# text outlives its linking.
@cache
def located(view: str, pos: int) -> bool:
    return is_location(view, pos)


@cache
def mediator_at(view: str, pos: int) -> bool:
    return is_mediator(view, pos)


@cache
def bystander_at(view: str, pos: int) -> bool:
    return is_bystander(view, pos)


@cache
def capitals_in(text: str) -> tuple[tuple[int, int, str], ...]:
    return tuple(capital_mentions(text))


_P = ParamSpec("_P")
_T = TypeVar("_T")
_OTHER_MEMOS: list[Callable[[], None]] = []  # the ``cache_clear`` of each ``per_document``


def per_document(function: Callable[_P, _T]) -> Callable[_P, _T]:
    """``function`` (of a document's text and other hashable arguments) remembering its
    answers while one document is linked, as the lookups above do; ``forget_document``
    forgets them."""
    memo = cache(function)
    _OTHER_MEMOS.append(memo.cache_clear)
    return cast(Callable[_P, _T], memo)


def forget_document() -> None:
    for memo in (located, mediator_at, bystander_at, capitals_in):
        memo.cache_clear()
    for clear in _OTHER_MEMOS:
        clear()


class DatesByStart:
    """A document's dates, to find those inside a clause by bisection over their starts
    instead of a scan of every date for every clause."""

    def __init__(self, dates: Sequence[DateFact]):
        self.dates = dates
        self.order = sorted(range(len(dates)), key=lambda n: dates[n].start)
        self.starts = [dates[n].start for n in self.order]

    def within(self, lo: int, hi: int) -> list[DateFact]:
        """The dates inside ``[lo, hi)`` (``lo <= start`` and ``end <= hi``), in the order of
        the dates given."""
        first = bisect.bisect_left(self.starts, lo)
        found = sorted(self.order[first:bisect.bisect_right(self.starts, hi)])
        return [self.dates[n] for n in found if self.dates[n].end <= hi]


class AgreementsByStart:
    """A document's agreement mentions, to find those that overlap a span by bisection over
    their starts instead of a scan of every mention for every agreement."""

    def __init__(self, agreements: Sequence[AgreementFact]):
        self.ordered = sorted(agreements, key=START)  # (stable: equal starts in the given order)
        self.starts = [a.start for a in self.ordered]
        self.longest = max((a.end - a.start for a in agreements), default=0)

    def overlapping(self, lo: int, hi: int) -> list[AgreementFact]:
        """The mentions that overlap ``[lo, hi)`` (``start < hi`` and ``lo < end``), in text
        order."""
        first = bisect.bisect_left(self.starts, lo - self.longest)
        last = bisect.bisect_left(self.starts, hi, lo=first)
        return [a for a in self.ordered[first:last] if lo < a.end]


def next_agreement_start(starts: Sequence[int], pos: int) -> int:
    """Where the first agreement mention at or after ``pos`` starts (a large number if none)."""
    i = bisect.bisect_left(starts, pos)
    return starts[i] if i < len(starts) else 1 << 62
