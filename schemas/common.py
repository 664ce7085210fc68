"""Columns every fact table shares, and the patterns cells must follow."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"
ISO3 = r"^[A-Z]{3}$"
ISO3_LIST = r"^([A-Z]{3}(;[A-Z]{3})*)?$"
REVIEWS = ["", "accepted", "rejected", "corrected"]


def is_calendar_date(series: pd.Series) -> pd.Series:
    """Empty, or a real ISO date (2019-02-30 is not)."""
    parsed = pd.to_datetime(series, format="%Y-%m-%d", errors="coerce")
    return parsed.notna() | series.isna()


class FactSchema(pa.DataFrameModel):
    """``fact_id, doc_id, start, end, text, sentence`` and the trailing provenance columns."""

    fact_id: Series[str] = pa.Field(unique=True, str_length={"min_value": 1})
    doc_id: Series[str] = pa.Field(str_length={"min_value": 1})
    start: Series[pd.Int64Dtype] = pa.Field(ge=0)
    end: Series[pd.Int64Dtype] = pa.Field(ge=1)
    text: Series[str] = pa.Field(str_length={"min_value": 1})
    sentence: Series[str] = pa.Field(str_length={"min_value": 1})
    sentence_start: Series[pd.Int64Dtype] = pa.Field(ge=0)
    sentence_end: Series[pd.Int64Dtype] = pa.Field(ge=1)
    review: Series[str] = pa.Field(isin=REVIEWS)
    review_note: Series[str]

    @pa.dataframe_check(error="end must be after start and the fact inside its sentence")
    def span_inside_sentence(cls, df: pd.DataFrame) -> pd.Series:
        return (df["start"] < df["end"]) & (df["sentence_start"] <= df["start"]) & (
            df["end"] <= df["sentence_end"])

    @pa.dataframe_check(error="text must have end - start characters")
    def text_length(cls, df: pd.DataFrame) -> pd.Series:
        return df["text"].str.len() == (df["end"] - df["start"])

    class Config:
        strict = True  # column order is the writer's job (tables.columns_for), tested there
