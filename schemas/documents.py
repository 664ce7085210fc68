from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas.common import ISO_DATE, is_calendar_date


class DocumentsSchema(pa.DataFrameModel):
    doc_id: Series[str] = pa.Field(unique=True, str_length={"min_value": 1})
    path: Series[str]
    sha256: Series[str] = pa.Field(str_matches=r"^([0-9a-f]{64})?$")
    chars: Series[pd.Int64Dtype] = pa.Field(ge=0)
    status: Series[str] = pa.Field(isin=["ok", "quarantined"])
    error: Series[str]
    doc_date: Series[str] = pa.Field(nullable=True, str_matches=ISO_DATE)

    @pa.check("doc_date", error="not a calendar date")
    def calendar_date(cls, series: pd.Series) -> pd.Series:
        return is_calendar_date(series)

    @pa.dataframe_check(error="a quarantined document says why")
    def quarantine_has_reason(cls, df: pd.DataFrame) -> pd.Series:
        return (df["status"] == "ok") | (df["error"].str.len() > 0)

    class Config:
        strict = True
        ordered = True
