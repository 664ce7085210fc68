"""Facts → rows: the contract's columns for every fact type, as plain Python values.

``fact_fields`` is the one place that turns a fact's normalized value into the contract's cells
(minus ``fact_id, doc_id, start, end, text, sentence``, which ``fact_rows`` adds). The evaluator
and the golden test compare these fields, so what is measured is what is written.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from itertools import islice
from operator import itemgetter, le
from typing import Any

import pandas as pd

from pipeline.facts import AgreementFact, CountryFact, DateFact, Fact, MoneyFact

FACT_TABLES = {"money": "money.csv", "date": "dates.csv", "country": "countries.csv",
               "agreement": "agreements.csv"}

COMMON_COLUMNS = ["fact_id", "doc_id", "start", "end", "text", "sentence"]
FIELD_COLUMNS = {
    "money": ["amount_low", "amount_high", "currency", "qualifier", "period", "fiscal_year",
              "countries", "program", "part_of"],
    "date": ["kind", "start_date", "end_date", "granularity", "duration", "event"],
    "country": ["iso3", "name"],
    "agreement": ["name", "kind", "parties", "date_start", "date_end", "status",
                  "start_granularity", "end_granularity", "start_qualifier"],
}
TRAILING_COLUMNS = ["sentence_start", "sentence_end", "review", "review_note"]


def columns_for(fact_type: str) -> list[str]:
    return COMMON_COLUMNS + FIELD_COLUMNS[fact_type] + TRAILING_COLUMNS


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def fact_fields(fact: Fact) -> dict[str, Any]:
    """The normalized cells of one fact (lists as sorted tuples, unknown as None or "").

    >>> from pipeline.values import Amount
    >>> amount = Amount(3e6, 5e6, qualifier="range", period="year")
    >>> fact_fields(MoneyFact(0, 11, amount))["amount_high"]
    5000000.0
    """
    if isinstance(fact, MoneyFact):
        a = fact.amount
        return {"amount_low": a.low, "amount_high": a.high, "currency": a.currency,
                "qualifier": a.qualifier, "period": a.period, "fiscal_year": fact.fiscal_year,
                "countries": tuple(sorted(fact.countries)), "program": fact.program,
                "part_of": fact.part_of}
    if isinstance(fact, DateFact):
        v = fact.value
        return {"kind": v.kind, "start_date": _iso(v.start), "end_date": _iso(v.end),
                "granularity": v.granularity, "duration": v.duration, "event": fact.event}
    if isinstance(fact, CountryFact):
        return {"iso3": fact.iso3, "name": fact.name}
    if isinstance(fact, AgreementFact):
        ds, de = fact.date_start, fact.date_end
        return {"name": fact.name, "kind": fact.kind, "parties": tuple(sorted(fact.parties)),
                "date_start": _iso(ds.start) if ds else None,
                "date_end": _iso(de.end) if de else None, "status": fact.status,
                "start_granularity": ds.granularity if ds else "",
                "end_granularity": de.granularity if de else "",
                # "a more than 26-year relationship": it began in that year or earlier
                "start_qualifier": "at_most" if ds and ds.kind == "until" else ""}
    raise TypeError(f"not a fact: {fact!r}")


def fact_id(doc_id: str, fact: Fact) -> str:
    """Stable across runs for the same text: ``DOC:TYPE:START`` (``:END`` when two facts of a
    type start at one offset)."""
    return f"{doc_id}:{fact.TYPE}:{fact.start}"


def fact_rows(doc_id: str, text: str, facts: Iterable[Fact],
              sentences: Iterable[tuple[int, int]]) -> dict[str, list[dict[str, Any]]]:
    """Rows per fact type for one document, in document order."""
    import bisect

    sents = list(sentences)
    starts = [s for s, _ in sents]
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in FACT_TABLES}
    seen: set[str] = set()
    sentence_texts: dict[tuple[int, int], str] = {}  # one string per sentence, shared by its facts
    for fact in sorted(facts, key=lambda f: (f.start, f.end, f.TYPE)):
        i = bisect.bisect_right(starts, fact.start) - 1
        s_start, s_end = sents[i] if i >= 0 else (fact.start, fact.end)
        s_start, s_end = min(s_start, fact.start), max(s_end, fact.end)
        fid = fact_id(doc_id, fact)
        if fid in seen:
            fid = f"{fid}:{fact.end}"
        seen.add(fid)
        fields = fact_fields(fact)
        if fields.get("part_of") is not None:  # an offset in the fact; a fact_id in the table
            fields["part_of"] = f"{doc_id}:money:{fields['part_of']}"
        row = {"fact_id": fid, "doc_id": doc_id, "start": fact.start, "end": fact.end,
               "text": text[fact.start:fact.end],
               "sentence": sentence_texts.setdefault((s_start, s_end), text[s_start:s_end]),
               **fields, "sentence_start": s_start, "sentence_end": s_end,
               "review": "", "review_note": ""}
        rows[fact.TYPE].append(row)
    return rows


INT_COLUMNS = {"start", "end", "sentence_start", "sentence_end", "fiscal_year", "chars"}
FLOAT_COLUMNS = {"amount_low", "amount_high"}
TEXT_DTYPE = pd.StringDtype("python")  # string with pd.NA: what pandera's `str` expects
NULLABLE_TEXT_COLUMNS = {"start_date", "end_date", "date_start", "date_end", "doc_date"}
DOCUMENT_COLUMNS = ["doc_id", "path", "sha256", "chars", "status", "error", "doc_date"]


def _cell(column: str, value: Any) -> Any:
    if isinstance(value, tuple):
        return ";".join(value)
    if value is None and column not in INT_COLUMNS | FLOAT_COLUMNS | NULLABLE_TEXT_COLUMNS:
        return ""
    return value


def _column_cells(column: str, values: list[Any]) -> list[Any]:
    """``_cell(column, v)`` of each value; the values themselves when none needs changing."""
    kinds = set(map(type, values))
    blank_none = column not in INT_COLUMNS | FLOAT_COLUMNS | NULLABLE_TEXT_COLUMNS
    if (not any(issubclass(k, tuple) for k in kinds)
            and not (blank_none and type(None) in kinds)):  # the common case, first
        return values
    return [_cell(column, v) for v in values]


def _columns_of(rows: list[dict[str, Any]], columns: list[str]) -> list[list[Any]]:
    """The values of each of ``columns`` in ``rows`` (None where a row has no such key)."""
    if len(columns) > 1 and all(len(r) == len(columns) for r in rows):
        try:  # the common case, first: every row has exactly the columns
            cells = itemgetter(*columns)
            return [list(column) for column in zip(*map(cells, rows), strict=True)] if rows else [
                [] for _ in columns]
        except KeyError:
            pass
    return [[r.get(c) for r in rows] for c in columns]


def to_frame(rows: Iterable[dict[str, Any]], columns: list[str]) -> Any:
    """Rows → a DataFrame with the contract's columns in order and nullable typed numbers."""
    rows = rows if isinstance(rows, list) else list(rows)
    # column-wise, each column made at once in its type: a call per cell is most of the cost
    cells = {c: _column_cells(c, values)
             for c, values in zip(columns, _columns_of(rows, columns), strict=True)}
    frame = pd.DataFrame({c: pd.array(cells[c], dtype=_dtype(c)) for c in columns},
                         columns=columns)
    return frame if _in_order(cells) else sort_facts(frame)


def _in_order(cells: Mapping[str, list[Any]]) -> bool:
    """Are the rows (given column-wise) in ``sort_facts``'s order already? (Rows are made in
    document order, so a sort is mostly not needed; a missing value: sort to be sure.)"""
    keys = [cells[c] for c in _SORT_COLUMNS if c in cells]
    for column in keys:  # only strings, or only integers
        kinds = set(map(type, column))
        if not (kinds <= {str} or kinds <= {int}):
            return False
    rows = list(zip(*keys, strict=True))
    return bool(keys) and all(map(le, rows, islice(rows, 1, None)))


_SORT_COLUMNS = ("doc_id", "start", "end", "fact_id")


def _dtype(column: str) -> Any:
    if column in INT_COLUMNS:
        return "Int64"
    return "Float64" if column in FLOAT_COLUMNS else TEXT_DTYPE


def sort_facts(frame: Any) -> Any:
    """Rows in document order: by doc_id, start, end, fact_id (those of them it has)."""
    sort_by = [c for c in _SORT_COLUMNS if c in frame.columns]
    return frame.sort_values(sort_by, kind="stable").reset_index(drop=True) if sort_by else frame


def fact_frame(fact_type: str, rows: Iterable[dict[str, Any]]) -> Any:
    return to_frame(rows, columns_for(fact_type))


def documents_frame(documents: Iterable[Any]) -> Any:
    rows = [{"doc_id": d.doc_id, "path": d.path, "sha256": d.sha256, "chars": d.chars,
             "status": d.status, "error": d.error,
             "doc_date": d.doc_date.isoformat() if d.doc_date else None} for d in documents]
    return to_frame(rows, DOCUMENT_COLUMNS)
