from __future__ import annotations

import pandera.pandas as pa

from pipeline.facts import AGREEMENT_KINDS, AGREEMENT_STATUSES
from pipeline.values import GRANULARITIES
from schemas.common import ISO_DATE, TEXT, calendar_date_check, fact_schema

AgreementsSchema = fact_schema("AgreementsSchema", {
    "name": pa.Column(TEXT, pa.Check.str_length(min_value=1)),
    "kind": pa.Column(TEXT, pa.Check.isin(list(AGREEMENT_KINDS))),
    "parties": pa.Column(TEXT),
    "date_start": pa.Column(TEXT, [pa.Check.str_matches(ISO_DATE), calendar_date_check()],
                            nullable=True),
    "date_end": pa.Column(TEXT, [pa.Check.str_matches(ISO_DATE), calendar_date_check()],
                          nullable=True),
    "status": pa.Column(TEXT, pa.Check.isin(list(AGREEMENT_STATUSES))),
    "start_granularity": pa.Column(TEXT, pa.Check.isin(["", *GRANULARITIES])),
    "end_granularity": pa.Column(TEXT, pa.Check.isin(["", *GRANULARITIES])),
    "start_qualifier": pa.Column(TEXT, pa.Check.isin(["", "at_most"])),
})
