"""Amounts in a unit several currencies share ("4.5 million manat", "3.2 trillion dinars",
"Rs 1.9 billion"): money of the state its context names.

The money rules read such a unit as a currency yet to be told (``SHARED`` and the unit as
written: "?manat"). Here it becomes the currency of the one state among the unit's owners
(``data/currency_units.tsv``: manat is Azerbaijan's and Turkmenistan's) that the amount's
sentence names, else that the document names most; an amount no state settles is dropped, as
no amount of an unknown currency is money the tables can hold.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path

from pipeline.facts import CountryFact, Fact, MoneyFact

SHARED = "?"  # the mark of a currency yet to be told: "?" and the unit as written
UNITS_PATH = Path(__file__).parent / "data" / "currency_units.tsv"


@cache
def unit_owners() -> dict[str, dict[str, str]]:
    """Unit as written (lower case) → {ISO3 of a state: ISO 4217 code of its currency}."""
    out: dict[str, dict[str, str]] = {}
    lines = UNITS_PATH.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    for unit, code, iso3 in rows[1:]:
        out.setdefault(unit, {})[iso3] = code
    return out


def resolve_shared_units(facts: Sequence[Fact], sentences: Sequence[tuple[int, int]]
                         ) -> list[Fact]:
    """``facts`` with each amount in a shared unit given the currency of the state that
    settles it, or dropped when none does; every other fact unchanged, same order.

    >>> from pipeline.values import Amount
    >>> manat = MoneyFact(30, 47, Amount(4.5e6, 4.5e6, currency="?manat"))
    >>> out = resolve_shared_units([CountryFact(0, 12, "TKM", "Turkmenistan"), manat],
    ...                            [(0, 60)])
    >>> out[1].amount.currency
    'TMT'
    >>> resolve_shared_units([manat], [(0, 60)])
    []
    """
    if not any(isinstance(f, MoneyFact) and f.amount.currency.startswith(SHARED)
               for f in facts):
        return list(facts)
    countries = sorted((f for f in facts if isinstance(f, CountryFact)), key=lambda f: f.start)
    starts = [c.start for c in countries]
    named = Counter(c.iso3 for c in countries)
    bounds = sorted(sentences)
    out: list[Fact] = []
    for fact in facts:
        if isinstance(fact, MoneyFact) and fact.amount.currency.startswith(SHARED):
            owners = unit_owners().get(fact.amount.currency[len(SHARED):], {})
            lo, hi = _sentence_of(fact.start, bounds)
            here = {c.iso3 for c in countries[bisect.bisect_left(starts, lo):
                                             bisect.bisect_left(starts, hi)]} & set(owners)
            state = next(iter(here)) if len(here) == 1 else _most_named(named, owners)
            if state is None:
                continue  # no state settles it
            fact = replace(fact, amount=replace(fact.amount, currency=owners[state]))
        out.append(fact)
    return out


def _sentence_of(pos: int, bounds: Sequence[tuple[int, int]]) -> tuple[int, int]:
    i = bisect.bisect_right(bounds, (pos, float("inf"))) - 1
    return bounds[i] if i >= 0 and pos < bounds[i][1] else (pos, pos)


def _most_named(named: Counter[str], owners: dict[str, str]) -> str | None:
    """The owner the document names most often, if one is named more than every other."""
    counts = sorted(((named[s], s) for s in owners if named[s]), reverse=True)
    if not counts or (len(counts) > 1 and counts[0][0] == counts[1][0]):
        return None
    return counts[0][1]
