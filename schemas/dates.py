from __future__ import annotations

import pandera.pandas as pa

from pipeline.values import DATE_KINDS, GRANULARITIES
from schemas.common import ISO_DATE, TEXT, calendar_date_check, fact_schema

DatesSchema = fact_schema("DatesSchema", {
    "kind": pa.Column(TEXT, pa.Check.isin(list(DATE_KINDS))),
    "start_date": pa.Column(TEXT, [pa.Check.str_matches(ISO_DATE), calendar_date_check()],
                            nullable=True),
    "end_date": pa.Column(TEXT, [pa.Check.str_matches(ISO_DATE), calendar_date_check()],
                          nullable=True),
    "granularity": pa.Column(TEXT, pa.Check.isin(list(GRANULARITIES))),
    "duration": pa.Column(TEXT, pa.Check.str_matches(r"^(P[0-9WYMD.]+)?$")),
    "event": pa.Column(TEXT),
})
