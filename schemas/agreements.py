from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from pipeline.facts import AGREEMENT_KINDS, AGREEMENT_STATUSES
from pipeline.values import GRANULARITIES
from schemas.common import ISO_DATE, FactSchema, is_calendar_date


class AgreementsSchema(FactSchema):
    name: Series[str] = pa.Field(str_length={"min_value": 1})
    kind: Series[str] = pa.Field(isin=list(AGREEMENT_KINDS))
    parties: Series[str]
    date_start: Series[str] = pa.Field(nullable=True, str_matches=ISO_DATE)
    date_end: Series[str] = pa.Field(nullable=True, str_matches=ISO_DATE)
    status: Series[str] = pa.Field(isin=list(AGREEMENT_STATUSES))
    start_granularity: Series[str] = pa.Field(isin=["", *GRANULARITIES])
    end_granularity: Series[str] = pa.Field(isin=["", *GRANULARITIES])
    start_qualifier: Series[str] = pa.Field(isin=["", "at_most"])

    @pa.check("date_start", "date_end", error="not a calendar date")
    def calendar_dates(cls, series: pd.Series) -> pd.Series:
        return is_calendar_date(series)

    class Config:
        strict = True  # column order is the writer's job (tables.columns_for), tested there
