from __future__ import annotations

import pandera.pandas as pa
from pandera.typing import Series

from schemas.common import ISO3, FactSchema


class CountriesSchema(FactSchema):
    iso3: Series[str] = pa.Field(str_matches=ISO3)
    name: Series[str] = pa.Field(str_length={"min_value": 1})

    class Config:
        strict = True  # column order is the writer's job (tables.columns_for), tested there
