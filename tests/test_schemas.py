"""The schemas are built directly as pandera ``DataFrameSchema`` objects (schemas/common.py):
validating, passing or failing, never makes pandera import the other dataframe libraries it
knows (a ``DataFrameModel``'s first build imports Dask, most of a second of every run)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pipeline.validate import pa  # pandera, imported with the tables' string type
from schemas import SCHEMAS

ROOT = Path(__file__).resolve().parents[1]

VALIDATE_BOTH_WAYS = """
import sys
from pipeline.validate import validate_tables
from tests.factories import money, tables
assert validate_tables(tables(money("d", "$4 million", 4e6, 4e6, start=10))) == []
(broken,) = validate_tables(tables(money("d", "$5 million", 5e6, 5e6, "somewhat", start=40)))
assert "qualifier: isin" in broken.message, broken.message
print(sorted(m for m in sys.modules if m == "dask" or m.startswith("dask.")))
"""


def test_validation_does_not_import_dask() -> None:
    done = subprocess.run([sys.executable, "-c", VALIDATE_BOTH_WAYS], cwd=ROOT,
                          capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]", done.stdout + done.stderr


def test_every_schema_is_strict_and_answers_to_schema() -> None:
    for name, schema in SCHEMAS.items():
        built = schema.to_schema()
        assert isinstance(built, pa.DataFrameSchema), name
        assert built.strict is True, name
        assert built.ordered is (name in ("documents", "findings")), name
