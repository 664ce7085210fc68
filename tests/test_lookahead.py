"""One pass over a stream shared by two readers (``lookahead.SharedPass``), and the run's use of
it: documents are read from disk as the extraction comes to them, never all first."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import pipeline.ingest as ingest_module
from pipeline.documents import Document
from pipeline.extract import extract_batches
from pipeline.lookahead import SharedPass
from pipeline.run import run


@given(st.lists(st.integers(0, 9), max_size=30), st.lists(st.booleans(), max_size=80))
def test_each_reader_sees_its_items_in_order_whatever_the_interleaving(
        items: list[int], turns: list[bool]) -> None:
    shared = SharedPass(iter(items), lambda n: n % 3 == 0)
    selected = shared.selected()
    in_order: list[int] = []
    chosen: list[int] = []
    for ahead in turns:  # True: the reader that runs ahead takes one; False: the in-order one
        reader: Iterator[int] = selected if ahead else shared
        got = next(reader, None)
        if got is not None:
            (chosen if ahead else in_order).append(got)
    in_order.extend(shared)
    chosen.extend(selected)
    assert in_order == items
    assert chosen == [n for n in items if n % 3 == 0]


def test_the_in_order_reader_alone_reads_one_item_at_a_time() -> None:
    read: list[int] = []

    def source() -> Iterator[int]:
        for n in range(5):
            read.append(n)
            yield n

    shared = SharedPass(source(), lambda n: True)
    assert next(shared) == 0
    assert read == [0]


def _documents(count: int, read: list[str]) -> Iterator[Document]:
    for n in range(count):
        doc_id = f"d{n:04d}"
        read.append(doc_id)
        yield Document(doc_id, f"raw/{doc_id}.txt", "", f"In FY 2021, ${n + 1} million for "
                       "Georgia under the Partnership for Peace.", "ok")


def test_a_batch_comes_before_the_corpus_is_read() -> None:
    read: list[str] = []
    batches = extract_batches(_documents(400, read), rows_per_batch=50, total=400)
    first = next(batches)
    assert first.documents[0].doc_id == "d0000"
    assert len(read) < 100, "the documents were read before the first batch was handed on"
    rest = list(batches)
    assert [d.doc_id for b in [first, *rest] for d in b.documents] == read


def test_the_run_reads_each_document_when_it_comes_to_it(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    for n in range(120):
        (raw / f"d{n:03d}.txt").write_text(f"In 2019, ${n + 1} million for Armenia.\n", "utf-8")
    events: list[str] = []
    real_read = ingest_module.read_document

    def recorded_read(doc_id: str, path: Path, shown: str) -> Document:
        events.append("read")
        return real_read(doc_id, path, shown)

    def recorded_progress(done: int, total: int, words: int) -> None:
        if done:
            events.append("done")

    monkeypatch.setattr(ingest_module, "read_document", recorded_read)
    run(raw, tmp_path / "out", write=False, progress=recorded_progress)
    first_done = events.index("done")
    assert events.count("read") == events.count("done") == 120
    assert events[:first_done].count("read") < 120, "every document was read before any was done"
