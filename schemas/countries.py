from __future__ import annotations

import pandera.pandas as pa

from schemas.common import ISO3, TEXT, fact_schema

CountriesSchema = fact_schema("CountriesSchema", {
    "iso3": pa.Column(TEXT, pa.Check.str_matches(ISO3)),
    "name": pa.Column(TEXT, pa.Check.str_length(min_value=1)),
})
