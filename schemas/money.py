from __future__ import annotations

import numpy as np
import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from pipeline.values import PERIODS, QUALIFIERS
from schemas.common import ISO3_LIST, FactSchema


class MoneySchema(FactSchema):
    amount_low: Series[pd.Float64Dtype] = pa.Field(nullable=True, ge=0)
    amount_high: Series[pd.Float64Dtype] = pa.Field(nullable=True, ge=0)
    currency: Series[str] = pa.Field(str_matches=r"^[A-Z]{3}$")
    qualifier: Series[str] = pa.Field(isin=list(QUALIFIERS))
    period: Series[str] = pa.Field(isin=list(PERIODS))
    fiscal_year: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=1900, le=2100)
    countries: Series[str] = pa.Field(str_matches=ISO3_LIST)
    program: Series[str]
    part_of: Series[str]

    @pa.dataframe_check(error="amounts must be finite")
    def finite_amounts(cls, df: pd.DataFrame) -> pd.Series:
        low = df["amount_low"].astype("float64").fillna(0.0).to_numpy()
        high = df["amount_high"].astype("float64").fillna(0.0).to_numpy()
        return pd.Series(np.isfinite(low) & np.isfinite(high), index=df.index)

    @pa.dataframe_check(error="the qualifier decides which ends are set (contract: qualifier)")
    def ends_match_qualifier(cls, df: pd.DataFrame) -> pd.Series:
        low, high, q = df["amount_low"], df["amount_high"], df["qualifier"]
        both = low.notna() & high.notna()
        return (
            (q.isin(["exact", "approximate", "range"]) & both)
            | ((q == "at_least") & low.notna() & high.isna())
            | ((q == "at_most") & high.notna() & (low.isna() | (low == 0)))
        ).fillna(False).astype(bool)

    class Config:
        strict = True  # column order is the writer's job (tables.columns_for), tested there
