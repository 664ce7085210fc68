"""Rows → tables: the fact tables and the documents table as typed DataFrames, and their order.
The rows themselves (``fact_rows``, ``fact_fields``: the contract's cells of each fact) are
``pipeline.rows``'s, named here too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from itertools import islice
from operator import itemgetter, le
from typing import Any

import pandas as pd

from pipeline.rows import (  # noqa: F401 (the rows' names, used from here by other modules)
    COMMON_COLUMNS,
    FACT_TABLES,
    FIELD_COLUMNS,
    TRAILING_COLUMNS,
    columns_for,
    fact_fields,
    fact_id,
    fact_rows,
)

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
