"""The quick answer of validation (``validate.passes_quickly``) agrees with pandera.

A table the quick answer passes is one pandera passes, so ``validate_table`` gives exactly the
findings pandera's lazy validation gives; and the tables the pipeline builds, valid, are
answered quickly. The tables here are made by the pipeline's own constructors from valid rows
with cells swapped for values meant to break a check (empty, missing, lower case, a trailing
newline, impossible dates, negative offsets, infinite amounts, duplicate ids), and some are
changed in shape (a column missing, added, moved, or of another type).
"""

from __future__ import annotations

import math
from typing import Any

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.documents import Document
from pipeline.findings import FINDING_COLUMNS
from pipeline.tables import DOCUMENT_COLUMNS, columns_for, documents_frame, to_frame
from pipeline.validate import _findings_from, pa, passes_quickly, validate_table
from schemas import SCHEMAS
from tests.factories import agreement, date_row, money, row


def valid_rows(name: str) -> list[dict[str, Any]]:
    """Three valid rows of a table."""
    if name == "money":
        return [money("d", "$4 million", 4e6, 4e6, start=10, countries="KAZ;USA",
                      fiscal_year=2021, program="FMF"),
                money("d", "up to $2 million", None, 2e6, "at_most", start=40),
                money("e", "at least $1 million", 1e6, None, "at_least", start=5,
                      period="year")]
    if name == "date":
        return [date_row("d", "2019", "date", "2019-01-01", "2019-12-31", start=10),
                date_row("d", "since 2015", "since", "2015-01-01", None, start=40),
                date_row("e", "three years", "duration", None, None, start=5,
                         granularity="year", event="training")]
    if name == "country":
        return [row("country", "d", "Kazakhstan", iso3="KAZ", name="Kazakhstan", start=10),
                row("country", "d", "U.S.", iso3="USA", name="United States", start=40),
                row("country", "e", "Georgia", iso3="GEO", name="Georgia", start=5)]
    if name == "agreement":
        return [agreement("d", "the 2019 Charter", "charter", "GEO;USA", "2019-01-01", start=10),
                agreement("d", "a memorandum", "memorandum", "KAZ", None, start=40,
                          status="signed"),
                agreement("e", "the Treaty", "treaty", "", "2001-05-01", start=5,
                          granularity="day", date_end="2011-12-31")]
    if name == "documents":
        return [{"doc_id": "d", "path": "d.txt", "sha256": "a" * 64, "chars": 120,
                 "status": "ok", "error": "", "doc_date": "2020-02-29"},
                {"doc_id": "e", "path": "e.txt", "sha256": "", "chars": 0,
                 "status": "quarantined", "error": "not UTF-8", "doc_date": None},
                {"doc_id": "f", "path": "f.txt", "sha256": "b" * 64, "chars": 7,
                 "status": "ok", "error": "", "doc_date": None}]
    return [{"finding_id": "F1", "check": "schema:money", "severity": "error",
             "doc_ids": "d", "fact_ids": "d:money:10", "message": "It breaks."},
            {"finding_id": "F2", "check": "amount_conflict", "severity": "warning",
             "doc_ids": "d;e", "fact_ids": "", "message": "They differ."},
            {"finding_id": "F3", "check": "x", "severity": "error", "doc_ids": "",
             "fact_ids": "", "message": "?"}]


def columns_of(name: str) -> list[str]:
    if name == "documents":
        return DOCUMENT_COLUMNS
    return FINDING_COLUMNS if name == "findings" else columns_for(name)


TABLES = ["money", "date", "country", "agreement", "documents", "findings"]
BREAKING = [None, "", "d", "usa", "USA\n", "USA", "KAZ;usa", "2019-02-30", "2019-13-01",
            "2019-1-1", "P1Y", "P1Y ", "somewhat", "at_most", "accepted", "quarantined",
            "schema:x", "Bad Check", "d:money:40", -1, 0, 1, 1899, 2101, 2**40, -0.0, 1.5,
            math.inf, math.nan, 3e6]


def pandera_findings(name: str, frame: pd.DataFrame) -> list[Any]:
    """``validate_table`` without the quick answer: pandera's lazy validation, worded.
    (Pandera comes from pipeline.validate, which imports it with the tables' string type.)"""
    try:
        SCHEMAS[name].validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        return _findings_from(name, frame, exc.failure_cases)
    return []


@st.composite
def broken_tables(draw: st.DrawFn) -> tuple[str, pd.DataFrame]:
    name = draw(st.sampled_from(TABLES))
    rows = valid_rows(name)[:draw(st.integers(1, 3))]
    columns = columns_of(name)
    for _ in range(draw(st.integers(0, 3))):
        cells = rows[draw(st.integers(0, len(rows) - 1))]
        cells[draw(st.sampled_from(columns))] = draw(st.sampled_from(BREAKING))
    try:
        frame = to_frame(rows, columns)
    except (TypeError, ValueError, OverflowError):  # a cell the column's type cannot hold
        frame = to_frame(valid_rows(name)[:1], columns)
    shape = draw(st.sampled_from(["same", "same", "same", "drop", "extra", "moved", "object"]))
    if shape == "drop":
        frame = frame.drop(columns=[draw(st.sampled_from(columns))])
    elif shape == "extra":
        frame = frame.assign(extra="x")
    elif shape == "moved":
        frame = frame[[*columns[1:], columns[0]]]
    elif shape == "object":
        column = draw(st.sampled_from(columns))
        frame = frame.assign(**{column: frame[column].astype(object)})
    return name, frame


@settings(max_examples=150, deadline=None)
@given(broken_tables())
def test_a_table_passed_quickly_is_one_pandera_passes(case: tuple[str, pd.DataFrame]) -> None:
    name, frame = case
    expected = pandera_findings(name, frame)
    if passes_quickly(SCHEMAS[name].to_schema(), frame):
        assert expected == []
    assert validate_table(name, frame) == expected


def test_valid_tables_are_answered_quickly() -> None:
    for name in TABLES:
        frame = to_frame(valid_rows(name), columns_of(name))
        assert pandera_findings(name, frame) == []
        assert passes_quickly(SCHEMAS[name].to_schema(), frame), name


def test_each_kind_of_check_is_seen_by_the_quick_answer() -> None:
    """One broken cell each, on a check of each kind: the quick answer leaves it to pandera."""
    breaks = [("money", "currency", "usd"), ("money", "qualifier", "somewhat"),
              ("money", "fiscal_year", 1899), ("money", "amount_low", -1.0),
              ("money", "text", ""), ("money", "fact_id", "d:money:10"),
              ("date", "start_date", "2019-02-30"), ("date", "kind", None),
              ("documents", "doc_date", "2019-2-3"), ("documents", "error", "")]
    for name, column, value in breaks:
        rows = valid_rows(name)
        rows[1][column] = value
        if column == "error":
            rows[1]["status"] = "quarantined"
        frame = to_frame(rows, columns_of(name))
        assert not passes_quickly(SCHEMAS[name].to_schema(), frame), (column, value)
        assert validate_table(name, frame) == pandera_findings(name, frame) != []


def test_documents_frame_of_documents_passes_quickly() -> None:
    docs = [Document("d", "d.txt", "c" * 64, "text", "ok", "", None)]
    assert passes_quickly(SCHEMAS["documents"].to_schema(), documents_frame(docs))
