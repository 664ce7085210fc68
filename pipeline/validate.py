"""Validate every table against its Pandera schema, lazily; failures become findings.

A reviewer sees every failure at once, each naming the fact (row) it is about, never a
traceback. Pandera costs tens of milliseconds a table however small, and a streaming run
validates every batch: ``passes_quickly`` first answers, from the same schema objects, whether
a table the pipeline built certainly passes; only a table it is not sure of goes to pandera,
which words the failures (``tests/test_validate_fast_path.py`` holds the two to the same answer).
"""

from __future__ import annotations

import operator
import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import pandas as pd

# Pandera fixes what a `Series[str]` column means when it is first imported: pandas' default
# string dtype, stored by pyarrow whenever pyarrow is installed (Dask needs it), else by Python.
# The tables are built with Python-stored strings (pipeline.tables.TEXT_DTYPE), so pin the
# default before pandera and the schemas are imported (this module is their only importer).
pd.set_option("mode.string_storage", "python")

import pandera.pandas as pa  # noqa: E402
from pandera.backends.pandas.checks import PandasCheckBackend  # noqa: E402

from pipeline.findings import Finding, make_finding  # noqa: E402
from pipeline.tables import TEXT_DTYPE  # noqa: E402
from schemas import SCHEMAS  # noqa: E402

TABLE_NAMES = {"documents": "documents", "money": "money", "date": "dates",
               "country": "countries", "agreement": "agreements", "findings": "findings"}


def validate_table(name: str, frame: pd.DataFrame) -> list[Finding]:
    schema = SCHEMAS[name]
    if passes_quickly(schema.to_schema(), frame):
        return []
    try:
        schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        return _findings_from(name, frame, exc.failure_cases)
    return []


# The column types the tables are built with (pipeline.tables._dtype): those the quick
# answer knows how pandas checks
_KNOWN_DTYPES = (TEXT_DTYPE, pd.Int64Dtype(), pd.Float64Dtype())
_structure_passes: dict[tuple[Any, ...], bool] = {}  # (schema, columns, dtypes) -> verdict


def passes_quickly(schema: pa.DataFrameSchema, frame: pd.DataFrame) -> bool:
    """Does ``frame`` certainly pass ``schema``? True only when pandera would find nothing;
    False when unsure (pandera then decides). The columns, their order and types: pandera's
    own verdict on the frame's first zero rows (cached per columns and types); then every
    check of the schema: the built-in ones on the distinct values of a text column (what
    pandas computes cell by cell), the others as pandera applies them."""
    columns = list(frame.columns)
    dtypes = tuple(frame.dtypes)
    if (len(set(columns)) != len(columns) or set(columns) != set(schema.columns)
            or schema.index is not None or schema.unique or schema.parsers or schema.coerce
            or len(frame) == 0
            or not all(any(d == k and type(d) is type(k) for k in _KNOWN_DTYPES)
                       for d in dtypes)):
        return False
    key = (id(schema), tuple(columns), dtypes)
    if key not in _structure_passes:
        try:
            schema.validate(frame.iloc[:0], lazy=True)
            _structure_passes[key] = True
        except pa.errors.SchemaErrors:
            _structure_passes[key] = False
    return (_structure_passes[key]
            and all(not column.coerce and not column.regex
                    and _column_passes(column, frame, name)
                    for name, column in schema.columns.items())
            and all(_check_passes(check, frame, None) for check in schema.checks))


def _column_passes(column: Any, frame: pd.DataFrame, name: str) -> bool:
    series = frame[name]
    text = series.dtype == TEXT_DTYPE
    present: set[str] = set()  # a text column's distinct values other than pd.NA
    if text:  # a text column holds strings and pd.NA only
        values = series.tolist()
        distinct = set(values)
        present = {v for v in distinct if type(v) is str}
        has_missing = len(present) != len(distinct)
        unique = not has_missing and len(distinct) == len(values)
    else:
        has_missing = bool(series.hasnans)
        unique = bool(series.is_unique)
    if (has_missing and not column.nullable) or (column.unique and not unique):
        return False
    for check in column.checks:
        if check.groupby is not None or check.element_wise or not check.ignore_na:
            return False
        stats = check.statistics
        if text and check.name in _TEXT_CHECKS:
            if not _TEXT_CHECKS[check.name](present, stats):
                return False
        elif not text and check.name in _ORDER_CHECKS and len(stats) == 1:
            bound = next(iter(stats.values()))
            kept = series.dropna() if has_missing else series
            if bound is None or not _is_true(_ORDER_CHECKS[check.name](kept, bound).all()):
                return False
        elif not _check_passes(check, frame, name):
            return False
    return True


def _check_passes(check: Any, frame: pd.DataFrame, name: str | None) -> bool:
    """The check's function on the table (``name``: on that column, without its missing
    values), as pandera applies it: all true passes (pandera adds passes for missing values,
    never failures); anything else is pandera's to judge."""
    backend = PandasCheckBackend(check)
    output = backend.apply(backend.preprocess(frame, name))
    if isinstance(output, pd.Series | np.ndarray) and output.dtype in _BOOLEAN_DTYPES:
        return not pd.isna(output).any() and bool(output.all())  # no NA: all true
    return _is_true(output)


_BOOLEAN_DTYPES = (np.dtype(np.bool_), pd.BooleanDtype())


def _is_true(value: Any) -> bool:
    return value is True or (isinstance(value, np.bool_) and bool(value))


def _str_length(values: set[str], stats: Mapping[str, Any]) -> bool:
    low, high, exact = stats.get("min_value"), stats.get("max_value"), stats.get("exact_value")
    lengths = set(map(len, values))
    if exact is not None:
        return lengths <= {exact}
    if low is None and high is None:
        return False  # pandera raises: let it
    return all((low is None or n >= low) and (high is None or n <= high) for n in lengths)


def _str_matches(values: set[str], stats: Mapping[str, Any]) -> bool:
    pattern = stats.get("pattern")
    if not isinstance(pattern, str | re.Pattern):
        return False
    match = re.compile(pattern).match  # as pandas' ``str.match``: anchored at the start only
    return all(match(v) is not None for v in values)


def _isin(values: set[str], stats: Mapping[str, Any]) -> bool:
    allowed = stats.get("allowed_values")
    return allowed is not None and values <= {a for a in allowed if type(a) is str}


_TEXT_CHECKS: dict[str, Callable[[set[str], Mapping[str, Any]], bool]] = {
    "str_length": _str_length, "str_matches": _str_matches, "isin": _isin}
_ORDER_CHECKS: dict[str, Callable[[pd.Series, Any], pd.Series]] = {
    "greater_than_or_equal_to": operator.ge, "less_than_or_equal_to": operator.le}


def _findings_from(name: str, frame: pd.DataFrame, failures: pd.DataFrame) -> list[Finding]:
    table = TABLE_NAMES[name]
    id_column = "fact_id" if "fact_id" in frame.columns else frame.columns[0]
    by_row: dict[object, list[str]] = defaultdict(list)
    for failure in failures.to_dict("records"):
        column = failure.get("column") or ""
        what = f"{column}: {failure.get('check')} (got {failure.get('failure_case')!r})"
        by_row[failure.get("index")].append(what)
    findings = []
    for index, problems in sorted(by_row.items(), key=lambda kv: repr(kv[0])):
        try:  # pandera reports the row's index label (a NumPy integer), or None for the table
            position: int | None = int(index)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            position = None
        if position is not None and position in frame.index:
            row = frame.loc[position]
            ident, doc = str(row[id_column]), str(row.get("doc_id", ""))
            where = f"{table}.csv row {ident}"
            ids, docs = [ident] if id_column == "fact_id" else [], [doc] if doc else []
        else:
            where, ids, docs = f"{table}.csv", [], []
        findings.append(make_finding(
            f"schema:{table}", "error", docs, ids,
            f"{where} breaks the schema: {'; '.join(sorted(set(problems)))}."))
    return findings


def validate_tables(tables: Mapping[str, pd.DataFrame]) -> list[Finding]:
    """Findings for every schema failure in every table."""
    return [f for name, frame in sorted(tables.items()) for f in validate_table(name, frame)]
