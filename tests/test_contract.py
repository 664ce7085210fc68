"""The output contract (../shared/CONTRACT.md) on a real run over raw/: files, columns, offsets,
ids, order, vocabularies, CSV safety, and byte-identical output under changed conditions."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.tables import FACT_TABLES, columns_for
from tests.conftest import ROOT, SHARED, run_cli

FORMULA = ("=", "+", "-", "@", "\t", "\r")


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def documents(raw: Path) -> dict[str, str]:
    return {p.relative_to(raw).as_posix()[:-4]: p.read_bytes().decode("utf-8-sig")
            for p in raw.rglob("*.txt")}


@pytest.mark.skipif(not (SHARED / "tools" / "contract_check.py").exists(),
                    reason="the shared contract checker is not beside this checkout")
def test_shared_contract_check_passes(raw_run: Path) -> None:
    proc = subprocess.run([sys.executable, str(SHARED / "tools" / "contract_check.py"),
                           str(raw_run / "raw"), str(raw_run / "out")],
                          capture_output=True, text=True)
    assert proc.stdout.strip().endswith("contract: 0 shortfalls"), proc.stdout


@pytest.mark.parametrize("fact_type", sorted(FACT_TABLES))
def test_fact_tables_columns_offsets_order(raw_run: Path, fact_type: str) -> None:
    path = raw_run / "out" / FACT_TABLES[fact_type]
    with path.open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    assert header == columns_for(fact_type)
    docs = documents(raw_run / "raw")
    rows = read_csv(path)
    assert rows, f"no {fact_type} facts extracted from raw/"
    for row in rows:
        text = row["text"][1:] if row["text"][:2] in {"'" + c for c in FORMULA} else row["text"]
        doc = docs[row["doc_id"]]
        assert doc[int(row["start"]):int(row["end"])] == text
        s, e = int(row["sentence_start"]), int(row["sentence_end"])
        assert s <= int(row["start"]) < int(row["end"]) <= e
        assert doc[s:e] == row["sentence"].removeprefix("'") or doc[s:e] == row["sentence"]
    keys = [(r["doc_id"], int(r["start"])) for r in rows]
    assert keys == sorted(keys)


def test_fact_ids_are_unique_across_tables(raw_run: Path) -> None:
    ids = [r["fact_id"] for t in FACT_TABLES.values() for r in read_csv(raw_run / "out" / t)]
    assert len(ids) == len(set(ids))


def test_raw_documents_are_listed_with_their_hashes(raw_run: Path) -> None:
    import hashlib

    rows = read_csv(raw_run / "out" / "documents.csv")
    for row in rows:
        data = (raw_run / "raw" / f"{row['doc_id']}.txt").read_bytes()
        assert row["sha256"] == hashlib.sha256(data).hexdigest()
        assert row["status"] == "ok" and row["error"] == ""
        assert int(row["chars"]) == len(data.decode("utf-8-sig"))


def test_raw_has_no_schema_findings(raw_run: Path) -> None:
    findings = read_csv(raw_run / "out" / "findings.csv")
    assert [f for f in findings if f["check"].startswith("schema:")] == []


def _bytes(out: Path) -> dict[str, bytes]:
    """Every output file (the extraction cache, OUT/.cache, is not an output)."""
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and ".cache" not in p.relative_to(out).parts}


def test_output_is_byte_identical_whatever_hash_seed_locale_and_file_order(
        raw_run: Path, tmp_path: Path) -> None:
    # The same documents written in the opposite order, under another hash seed, locale and
    # time zone, from another working directory.
    (tmp_path / "raw").mkdir()
    for path in sorted((raw_run / "raw").glob("*.txt"), reverse=True):
        shutil.copy(path, tmp_path / "raw" / path.name)
    run_cli(tmp_path, {"PYTHONHASHSEED": "12345", "LC_ALL": "C", "TZ": "Asia/Tokyo"})
    assert _bytes(raw_run / "out") == _bytes(tmp_path / "out")


def test_output_is_byte_identical_with_several_processes(tmp_path: Path) -> None:
    for i in range(80):  # more than one chunk of documents per process
        src = sorted((ROOT / "raw").glob("*.txt"))[i % 2]
        (tmp_path / "raw" / f"batch{i // 40}").mkdir(parents=True, exist_ok=True)
        shutil.copy(src, tmp_path / "raw" / f"batch{i // 40}" / f"doc{i:03d}.txt")
    (tmp_path / "one").mkdir()
    (tmp_path / "one" / "raw").symlink_to(tmp_path / "raw")
    (tmp_path / "two").mkdir()
    (tmp_path / "two" / "raw").symlink_to(tmp_path / "raw")
    run_cli(tmp_path / "one", {}, jobs=1)
    run_cli(tmp_path / "two", {"PYTHONHASHSEED": "7"}, jobs=2)
    assert _bytes(tmp_path / "one" / "out") == _bytes(tmp_path / "two" / "out")
