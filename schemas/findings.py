from __future__ import annotations

import pandera.pandas as pa

from schemas.common import TEXT, table_schema

FindingsSchema = table_schema("FindingsSchema", {
    "finding_id": pa.Column(TEXT, unique=True),
    "check": pa.Column(TEXT, pa.Check.str_matches(r"^[a-z_]+(:[a-z_]+)?$")),
    "severity": pa.Column(TEXT, pa.Check.isin(["error", "warning"])),
    "doc_ids": pa.Column(TEXT),
    "fact_ids": pa.Column(TEXT),
    "message": pa.Column(TEXT, pa.Check.str_length(min_value=1)),
}, ordered=True)
