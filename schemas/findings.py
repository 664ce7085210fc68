from __future__ import annotations

import pandera.pandas as pa
from pandera.typing import Series


class FindingsSchema(pa.DataFrameModel):
    finding_id: Series[str] = pa.Field(unique=True)
    check: Series[str] = pa.Field(str_matches=r"^[a-z_]+(:[a-z_]+)?$")
    severity: Series[str] = pa.Field(isin=["error", "warning"])
    doc_ids: Series[str]
    fact_ids: Series[str]
    message: Series[str] = pa.Field(str_length={"min_value": 1})

    class Config:
        strict = True
        ordered = True
