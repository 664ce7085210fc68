"""Columns every fact table shares, the patterns cells must follow, and how a table's schema
is put together.

Each schema is a ``pa.DataFrameSchema`` built directly, the one a ``DataFrameModel`` class would
build: a model's first build asks pandera for every dataframe library it knows, and importing
Dask for that took most of a second of every run.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd
import pandera.pandas as pa

ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"
ISO3 = r"^[A-Z]{3}$"
ISO3_LIST = r"^([A-Z]{3}(;[A-Z]{3})*)?$"
REVIEWS = ["", "accepted", "rejected", "corrected"]

TEXT = str  # pandas' default string dtype, Python-stored (schemas/__init__.py pins it)
INT = pd.Int64Dtype
FLOAT = pd.Float64Dtype


class TableSchema:
    """One table's schema: ``validate`` is pandera's; ``to_schema()`` gives the
    ``pa.DataFrameSchema`` (as a ``DataFrameModel`` class answers)."""

    def __init__(self, schema: pa.DataFrameSchema) -> None:
        self.schema = schema

    def to_schema(self) -> pa.DataFrameSchema:
        return self.schema

    def validate(self, frame: pd.DataFrame, lazy: bool = False) -> pd.DataFrame:
        return self.schema.validate(frame, lazy=lazy)


def table_schema(name: str, columns: Mapping[str, pa.Column], checks: Sequence[pa.Check] = (),
                 ordered: bool = False) -> TableSchema:
    """A strict schema (no column outside ``columns``); ``ordered``: in their order too
    (the fact tables' order is the writer's job, tables.columns_for, tested there)."""
    return TableSchema(pa.DataFrameSchema(dict(columns), checks=list(checks), strict=True,
                                          ordered=ordered, name=name))


def check(function: Any, name: str, error: str) -> pa.Check:
    """A check of a column (its values as a Series) or of a table (as a DataFrame): true for
    the rows that pass."""
    return pa.Check(function, name=name, error=error)


def is_calendar_date(series: pd.Series) -> pd.Series:
    """Empty, or a real ISO date (2019-02-30 is not)."""
    parsed = pd.to_datetime(series, format="%Y-%m-%d", errors="coerce")
    return parsed.notna() | series.isna()


def calendar_date_check(name: str = "calendar_dates") -> pa.Check:
    """``is_calendar_date`` as a column's check."""
    return check(is_calendar_date, name, "not a calendar date")


def span_inside_sentence(df: pd.DataFrame) -> pd.Series:
    return (df["start"] < df["end"]) & (df["sentence_start"] <= df["start"]) & (
        df["end"] <= df["sentence_end"])


def text_length(df: pd.DataFrame) -> pd.Series:
    return df["text"].str.len() == (df["end"] - df["start"])


def fact_schema(name: str, columns: Mapping[str, pa.Column], checks: Sequence[pa.Check] = ()
                ) -> TableSchema:
    """``fact_id, doc_id, start, end, text, sentence`` and the trailing provenance columns
    every fact table has, then ``columns``; ``checks`` before the ones every fact table has."""
    common = {
        "fact_id": pa.Column(TEXT, pa.Check.str_length(min_value=1), unique=True),
        "doc_id": pa.Column(TEXT, pa.Check.str_length(min_value=1)),
        "start": pa.Column(INT, pa.Check.ge(0)),
        "end": pa.Column(INT, pa.Check.ge(1)),
        "text": pa.Column(TEXT, pa.Check.str_length(min_value=1)),
        "sentence": pa.Column(TEXT, pa.Check.str_length(min_value=1)),
        "sentence_start": pa.Column(INT, pa.Check.ge(0)),
        "sentence_end": pa.Column(INT, pa.Check.ge(1)),
        "review": pa.Column(TEXT, pa.Check.isin(REVIEWS)),
        "review_note": pa.Column(TEXT),
    }
    every_fact = [
        check(span_inside_sentence, "span_inside_sentence",
              "end must be after start and the fact inside its sentence"),
        check(text_length, "text_length", "text must have end - start characters"),
    ]
    return table_schema(name, {**common, **columns}, [*checks, *every_fact])
