from __future__ import annotations

import pandera.pandas as pa
from pandera.typing import Series

from pipeline.facts import AGREEMENT_KINDS, AGREEMENT_STATUSES
from pipeline.values import GRANULARITIES
from schemas.common import ISO_DATE, FactSchema


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

    class Config:
        strict = True  # column order is the writer's job (tables.columns_for), tested there
