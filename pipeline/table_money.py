r"""Amounts written as bare numbers in a table whose caption or header states their unit.

A budget justification's table says once, in its caption, what its cells count: "Table 1.
Security Assistance by Account ($ in thousands)". Its cells are then bare numbers ("10,500")
that no money pattern finds, and an amount a cell does write with its sign ("$2,500") counts in
the same unit. Each such cell is an amount: the number times the unit, U.S. dollars, exact. A
cell of the row labels (the first column), a year ("2024") and a dash ("—") are none. The units
a caption may state are data-like constants here (``UNITS``). Pure: text and facts in, facts
out; ``link_money`` then gives each amount its column's and row's fiscal year, program and
country.

>>> text = ("Table 1. Aid by Account ($ in thousands)\n\n"
...         "Account | FY 2023 | FY 2024\nFMF | 10,000 | 10,500\nIMET | — | 2,050\n")
>>> [(text[f.start:f.end], f.amount.low) for f in scaled_table_amounts(text, [])]
[('10,000', 10000000.0), ('10,500', 10500000.0), ('2,050', 2050000.0)]
>>> text = "Table 2. Aid (in millions of current dollars)\n\nAccount | FY 2021\nIMET | 2.011\n"
>>> [f.amount.low for f in scaled_table_amounts(text, [])]
[2011000.0]
>>> text = "Table 3. Aid, FY 2022 ($ thousands)\n\nCountry | FMF\nPeru | 1,750\n"
>>> [f.amount.low for f in scaled_table_amounts(text, [])]
[1750000.0]
>>> text = "Table 4. Aid (millions of current U.S. dollars)\n\nProgram | FY2019\nFMF | 3.0\n"
>>> [f.amount.low for f in scaled_table_amounts(text, [])]
[3000000.0]
>>> text = ("Table 6. Aid\n(FMF and IMET; millions of current U.S. dollars)\n\n"
...         "Program | FY2020\nFMF | 6.0\n")
>>> [f.amount.low for f in scaled_table_amounts(text, [])]
[6000000.0]
>>> text = "Table 5. Troops (thousands)\n\nCountry | 2019\nPeru | 3.0\n"
>>> scaled_table_amounts(text, [])
[]
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from decimal import Decimal

from pipeline.facts import Fact, MoneyFact
from pipeline.numbers import parse_number
from pipeline.sections import TableCell, may_hold_table, table_cells
from pipeline.values import Amount

UNITS = {"thousands": 1e3, "thousand": 1e3, "000": 1e3, "000s": 1e3, "k": 1e3,
         "millions": 1e6, "million": 1e6, "m": 1e6, "billions": 1e9, "billion": 1e9}
# "($ in thousands)", "($ thousands)", "(in thousands of dollars)", "(millions of current U.S.
# dollars)", "(dollars in millions)", "($000)": a unit after "in", or after the currency, or
# before "of ... dollars" ("(thousands)" alone may count people)
_DOLLARS = r"(?:\$|US\$|USD|U\.S\.\s+dollars|dollars)"
_UNIT_WORD = r"(?P<{}>thousands|millions|billions)"
_OF_DOLLARS = r"\s+of\s+(?:(?:current|constant|nominal)\s+)?(?:U\.S\.\s+)?dollars"
_OPEN = r"\(\s*(?:[^();]{1,60};\s*)?"  # what the note names first: "(FMF and IMET; millions ..."
_UNIT_NOTE = re.compile(
    _OPEN + r"(?:" + _DOLLARS + r"\s+)?in\s+" + _UNIT_WORD.format("unit") + "(?:" + _OF_DOLLARS
    + r")?\s*\)"
    r"|" + _OPEN + _DOLLARS + r"\s+" + _UNIT_WORD.format("after_sign") + r"\s*\)"
    r"|" + _OPEN + _UNIT_WORD.format("before_of") + _OF_DOLLARS + r"\s*\)"
    r"|\(\s*\$\s*(?:in\s+)?(?P<short>000s?|K|M)\s*\)", re.IGNORECASE)

_NUMBER = re.compile(r"(?P<sign>\$\s?)?(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)")
_YEAR = re.compile(r"(?:19|20)\d\d")


def table_unit(cell: TableCell) -> float | None:
    """The unit the cell's table states in its caption or its header row, if any.

    >>> table_unit(TableCell(0, 1, "FY 2024", 0, 0, 1, "Table 2. Aid ($ in thousands)"))
    1000.0
    >>> table_unit(TableCell(0, 1, "FY 2024 ($ in millions)", 0, 0, 1, "")) is None
    False
    >>> table_unit(TableCell(0, 1, "FY 2024", 0, 0, 1, "Table 2. Aid")) is None
    True
    """
    for written in (cell.caption, cell.header):
        m = _UNIT_NOTE.search(written)
        if m is not None:
            return UNITS[next(g for g in m.groups() if g).lower()]
    return None


def scaled_table_amounts(text: str, facts: Sequence[Fact]) -> list[Fact]:
    """``facts`` with an amount for every number cell of a table whose caption or header states
    its unit (see the module docstring); an amount found in such a cell with its sign and no
    scale word of its own is rescaled. Other facts unchanged; the new ones in text order."""
    if not may_hold_table(text) or "(" not in text:
        return list(facts)
    cells = [c for c in table_cells(text) if c.column > 0]
    scaled = [(c, unit) for c in cells if (unit := table_unit(c)) is not None]
    if not scaled:
        return list(facts)
    money = [f for f in facts if isinstance(f, MoneyFact)]
    out = list(facts)
    for cell, unit in scaled:
        written = text[cell.start:cell.end]
        m = _NUMBER.fullmatch(written)
        if m is None or (not m["sign"] and _YEAR.fullmatch(written)):
            continue
        number = parse_number(m["number"])
        if number is None:
            continue
        # in decimal, as money.py reads amounts: 2.011 millions is 2,011,000, not 2011000.0000000002
        value = float(Decimal(m["number"].replace(",", "")) * Decimal(int(unit)))
        inside = [f for f in money if cell.start <= f.start and f.end <= cell.end]
        if inside:
            for f in inside:  # "$2,500" in a table in thousands: $2.5 million
                out[out.index(f)] = dataclasses.replace(
                    f, amount=dataclasses.replace(f.amount, low=value, high=value))
            continue
        out.append(MoneyFact(cell.start, cell.end, Amount(value, value)))
    return out
