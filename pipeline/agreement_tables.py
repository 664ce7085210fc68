r"""Agreements listed in a table: the cells of an agreement's row give its parties, start, status.

An annex of agreements in force is written as a table ("Agreement | Parties | Signed | In force |
Status"), one agreement per row. What a row's cells say outranks what the sentence readers make
of the row (a row is no sentence): the parties are the states, U.S. state National Guards and
organizations its parties cell names; the start is the date its signing cell gives, else the
date its entry-into-force cell gives; the status is what its status cell says
(``stated_status``: "In force", "Expired 2019"), and a date there is the end. Which header
names which column is data (``table_columns`` in agreement_kinds.json). A cell that says nothing
("—") changes nothing. Pure: text and facts in, facts out.

>>> from pipeline.values import DateValue
>>> text = ("Agreement | Parties | Signed | Status\n"
...         "Defense Cooperation Agreement | United States; Georgia | March 2003 | In force\n")
>>> a = text.index("Defense"); u = text.index("United"); g = text.index("Georgia")
>>> facts = [AgreementFact(a, a + 29, "Defense Cooperation Agreement", "defense_cooperation"),
...          CountryFact(u, u + 13, "USA", "United States"),
...          CountryFact(g, g + 7, "GEO", "Georgia"),
...          DateFact(text.index("March"), text.index("March") + 10, DateValue.month(2003, 3))]
>>> row = agreements_in_tables(text, facts)[0]
>>> row.parties, row.date_start.start.isoformat(), row.status
(('GEO', 'USA'), '2003-03-01', 'in_force')
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from functools import cache

from pipeline.agreements import find_guards, named_organizations, stated_status, vocabulary
from pipeline.facts import AgreementFact, CountryFact, DateFact, Fact
from pipeline.sections import TableCell, may_hold_table, table_cells
from pipeline.values import DateValue


@cache
def _column_roles() -> dict[str, str]:
    """Each header (lower case) of ``table_columns`` and the role its column plays."""
    return {header: role for role, headers in vocabulary()["table_columns"].items()
            for header in headers}


def _role(header: str) -> str:
    return _column_roles().get(" ".join(header.lower().split()), "")


def _within(fact: Fact, cell: TableCell) -> bool:
    return cell.start <= fact.start and fact.end <= cell.end


def _cell_parties(text: str, cell: TableCell, countries: Sequence[CountryFact]) -> set[str]:
    """The states, Guards and organizations a parties cell names."""
    body = text[cell.start:cell.end]
    guards = [(cell.start + a, cell.start + b, name) for a, b, name in find_guards(body)]
    states = {c.iso3 for c in countries if _within(c, cell)
              and not any(a < c.end and c.start < b for a, b, _ in guards)}
    return states | {name for _, _, name in guards} | set(named_organizations(body))


def _first_date(cell: TableCell | None, dates: Sequence[DateFact]) -> DateValue | None:
    if cell is None:
        return None
    return next((d.value for d in dates if _within(d, cell)), None)


def agreements_in_tables(text: str, facts: Sequence[Fact]) -> list[Fact]:
    """``facts`` with every agreement named in a table's row given what the row's cells say
    (see the module docstring); other facts unchanged, same order."""
    agreements = [f for f in facts if isinstance(f, AgreementFact)]
    if not agreements or not may_hold_table(text):
        return list(facts)
    cells = table_cells(text)
    if not cells:
        return list(facts)
    rows: dict[int, list[TableCell]] = {}
    for c in cells:
        rows.setdefault(c.row, []).append(c)
    countries = [f for f in facts if isinstance(f, CountryFact)]
    dates = sorted((f for f in facts if isinstance(f, DateFact)), key=lambda d: d.start)
    changed: dict[int, AgreementFact] = {}
    for fact in agreements:
        own = next((c for c in cells if _within(fact, c)), None)
        if own is None:
            continue
        by_role = {_role(c.header): c for c in rows[own.row] if c is not own}
        by_role.pop("", None)
        if not by_role:
            continue
        changes: dict[str, object] = {}
        if "parties" in by_role:
            parties = _cell_parties(text, by_role["parties"], countries)
            if parties:
                changes["parties"] = tuple(sorted(parties))
        start = (_first_date(by_role.get("signed"), dates)
                 or _first_date(by_role.get("in_force"), dates))
        if start is not None:
            changes["date_start"] = start
        if "status" in by_role:
            status_cell = by_role["status"]
            status = stated_status(text[status_cell.start:status_cell.end], fact.kind)
            if status:
                changes["status"] = status
            end = _first_date(status_cell, dates)
            if end is not None:
                changes["date_end"] = end
        if changes:
            changed[id(fact)] = dataclasses.replace(fact, **changes)  # type: ignore[arg-type]
    return [changed.get(id(f), f) for f in facts]
