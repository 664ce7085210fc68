"""Pandera schemas, one per output table (contract: ../shared/CONTRACT.md).

Each is strict (no column outside the contract's and ours) and validated lazily, so a reviewer
sees every failure at once; ``pipeline/validate.py`` turns failures into findings rows.
"""

import pandas as pd

# A `Series[str]` column means pandas' default string dtype, fixed when pandera is first
# imported; with pyarrow installed (Dask needs it) that default is pyarrow-backed, while the
# tables hold Python-stored strings (pipeline.tables.TEXT_DTYPE). Pin it before pandera loads
# (pipeline/validate.py does the same for its own import of pandera).
pd.set_option("mode.string_storage", "python")

# ruff: noqa: E402

from schemas.agreements import AgreementsSchema
from schemas.countries import CountriesSchema
from schemas.dates import DatesSchema
from schemas.documents import DocumentsSchema
from schemas.findings import FindingsSchema
from schemas.money import MoneySchema

SCHEMAS = {
    "documents": DocumentsSchema,
    "money": MoneySchema,
    "date": DatesSchema,
    "country": CountriesSchema,
    "agreement": AgreementsSchema,
    "findings": FindingsSchema,
}

__all__ = ["SCHEMAS", "AgreementsSchema", "CountriesSchema", "DatesSchema", "DocumentsSchema",
           "FindingsSchema", "MoneySchema"]
