"""Ingest: documents found in order, strict UTF-8, BOM dropped, bad files quarantined."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pipeline.errors import UsageError
from pipeline.ingest import find_documents, ingest


def write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def test_doc_ids_are_relative_paths_without_suffix_sorted(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", b"B")
    write(tmp_path / "reports/2021/kaz.txt", b"K")
    write(tmp_path / "a.txt", b"A")
    write(tmp_path / "notes.md", b"not a document")
    assert [d for d, _ in find_documents(tmp_path)] == ["a", "b", "reports/2021/kaz"]


@pytest.mark.parametrize(
    ("data", "status", "error"),
    [
        (b"\xef\xbb\xbfText with BOM", "ok", ""),
        (b"caf\xe9 au lait", "quarantined", "[E101] not UTF-8: invalid byte 0xe9 at byte offset 3"),
        (b"PK\x03\x04\x00\x00binary", "quarantined",
         "[E102] binary file: NUL byte at byte offset 4"),
        (b"", "quarantined", "[E103] empty document"),
        (b"\xef\xbb\xbf \n\t", "quarantined", "[E103] empty document"),
    ],
)
def test_quarantine_reasons(tmp_path: Path, data: bytes, status: str, error: str) -> None:
    write(tmp_path / "doc.txt", data)
    (doc,) = ingest(tmp_path)
    assert (doc.status, doc.error) == (status, error)
    if status == "ok":
        assert doc.text == "Text with BOM"
    else:
        assert doc.text is None and doc.chars == 0


def test_bad_document_does_not_stop_the_others(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", b"\xff\xfe")
    write(tmp_path / "b.txt", b"fine")
    docs = list(ingest(tmp_path))
    assert [(d.doc_id, d.status) for d in docs] == [("a", "quarantined"), ("b", "ok")]


def test_crlf_and_nbsp_are_kept_verbatim(tmp_path: Path) -> None:
    raw = "Line one\r\nLine\u00a0two\rthree".encode()
    write(tmp_path / "d.txt", raw)
    (doc,) = ingest(tmp_path)
    assert doc.text == "Line one\r\nLine\u00a0two\rthree"


def test_meta_json_gives_the_document_date(tmp_path: Path) -> None:
    write(tmp_path / "d.txt", b"text")
    write(tmp_path / "d.meta.json", b'{"date": "2021-06-30"}')
    (doc,) = ingest(tmp_path)
    assert doc.doc_date == date(2021, 6, 30)


def test_bad_meta_json_is_reported_not_fatal(tmp_path: Path) -> None:
    write(tmp_path / "d.txt", b"text")
    write(tmp_path / "d.meta.json", b'{"date": "June 2021"}')
    (doc,) = ingest(tmp_path)
    assert doc.status == "ok" and doc.doc_date is None
    assert doc.error.startswith("[E106] bad meta file d.meta.json")


def test_missing_raw_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match=r"\[E201\] raw folder not found"):
        find_documents(tmp_path / "nope")
