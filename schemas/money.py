from __future__ import annotations

import numpy as np
import pandas as pd
import pandera.pandas as pa

from pipeline.values import PERIODS, QUALIFIERS
from schemas.common import FLOAT, INT, ISO3_LIST, TEXT, check, fact_schema


def finite_amounts(df: pd.DataFrame) -> pd.Series:
    low = df["amount_low"].astype("float64").fillna(0.0).to_numpy()
    high = df["amount_high"].astype("float64").fillna(0.0).to_numpy()
    return pd.Series(np.isfinite(low) & np.isfinite(high), index=df.index)


def ends_match_qualifier(df: pd.DataFrame) -> pd.Series:
    low, high, q = df["amount_low"], df["amount_high"], df["qualifier"]
    both = low.notna() & high.notna()
    return (
        (q.isin(["exact", "approximate", "range"]) & both)
        | ((q == "at_least") & low.notna() & high.isna())
        | ((q == "at_most") & high.notna() & (low.isna() | (low == 0)))
    ).fillna(False).astype(bool)


MoneySchema = fact_schema("MoneySchema", {
    "amount_low": pa.Column(FLOAT, pa.Check.ge(0), nullable=True),
    "amount_high": pa.Column(FLOAT, pa.Check.ge(0), nullable=True),
    "currency": pa.Column(TEXT, pa.Check.str_matches(r"^[A-Z]{3}$")),
    "qualifier": pa.Column(TEXT, pa.Check.isin(list(QUALIFIERS))),
    "period": pa.Column(TEXT, pa.Check.isin(list(PERIODS))),
    "fiscal_year": pa.Column(INT, [pa.Check.ge(1900), pa.Check.le(2100)], nullable=True),
    "countries": pa.Column(TEXT, pa.Check.str_matches(ISO3_LIST)),
    "program": pa.Column(TEXT),
    "part_of": pa.Column(TEXT),
}, [check(finite_amounts, "finite_amounts", "amounts must be finite"),
    check(ends_match_qualifier, "ends_match_qualifier",
          "the qualifier decides which ends are set (contract: qualifier)")])
