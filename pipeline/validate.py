"""Validate every table against its Pandera schema, lazily; failures become findings.

A reviewer sees every failure at once, each naming the fact (row) it is about, never a
traceback.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

import pandas as pd

# Pandera fixes what a `Series[str]` column means when it is first imported: pandas' default
# string dtype, stored by pyarrow whenever pyarrow is installed (Dask needs it), else by Python.
# The tables are built with Python-stored strings (pipeline.tables.TEXT_DTYPE), so pin the
# default before pandera and the schemas are imported (this module is their only importer).
pd.set_option("mode.string_storage", "python")

import pandera.pandas as pa  # noqa: E402

from pipeline.findings import Finding, make_finding  # noqa: E402
from schemas import SCHEMAS  # noqa: E402

TABLE_NAMES = {"documents": "documents", "money": "money", "date": "dates",
               "country": "countries", "agreement": "agreements", "findings": "findings"}


def validate_table(name: str, frame: pd.DataFrame) -> list[Finding]:
    schema = SCHEMAS[name]
    try:
        schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        return _findings_from(name, frame, exc.failure_cases)
    return []


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
