from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

from schemas.common import INT, ISO_DATE, TEXT, calendar_date_check, check, table_schema


def quarantine_has_reason(df: pd.DataFrame) -> pd.Series:
    return (df["status"] == "ok") | (df["error"].str.len() > 0)


DocumentsSchema = table_schema("DocumentsSchema", {
    "doc_id": pa.Column(TEXT, pa.Check.str_length(min_value=1), unique=True),
    "path": pa.Column(TEXT),
    "sha256": pa.Column(TEXT, pa.Check.str_matches(r"^([0-9a-f]{64})?$")),
    "chars": pa.Column(INT, pa.Check.ge(0)),
    "status": pa.Column(TEXT, pa.Check.isin(["ok", "quarantined"])),
    "error": pa.Column(TEXT),
    "doc_date": pa.Column(TEXT, [pa.Check.str_matches(ISO_DATE),
                                 calendar_date_check("calendar_date")], nullable=True),
}, [check(quarantine_has_reason, "quarantine_has_reason", "a quarantined document says why")],
    ordered=True)
