from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from pipeline.values import DATE_KINDS, GRANULARITIES
from schemas.common import ISO_DATE, FactSchema, is_calendar_date


class DatesSchema(FactSchema):
    kind: Series[str] = pa.Field(isin=list(DATE_KINDS))
    start_date: Series[str] = pa.Field(nullable=True, str_matches=ISO_DATE)
    end_date: Series[str] = pa.Field(nullable=True, str_matches=ISO_DATE)
    granularity: Series[str] = pa.Field(isin=list(GRANULARITIES))
    duration: Series[str] = pa.Field(str_matches=r"^(P[0-9WYMD.]+)?$")
    event: Series[str]

    @pa.check("start_date", "end_date", error="not a calendar date")
    def calendar_dates(cls, series: pd.Series) -> pd.Series:
        return is_calendar_date(series)

    class Config:
        strict = True  # column order is the writer's job (tables.columns_for), tested there
