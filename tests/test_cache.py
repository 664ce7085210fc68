"""The per-document extraction cache: hits, misses on any change, corrupt entries, same bytes."""

from __future__ import annotations

import pickle
from datetime import date
from pathlib import Path

import pytest

from pipeline.cache import ExtractionCache, cache_key, open_cache, pipeline_version
from pipeline.documents import Document
from pipeline.extract import extract_outcomes, extract_rows
from pipeline.facts import ExtractedDocument
from pipeline.nlp import extract_text
from pipeline.tables import fact_rows

ROOT = Path(__file__).resolve().parent.parent
TEXT = ("Since 2011, the United States has invested over $4 million in Kyrgyzstan. In August "
        "2019, Kazakhstan entered into a General Security of Information Agreement with the "
        "United States.")
DAY = date(2021, 6, 1)


def document(text: str, doc_date: date | None = DAY, doc_id: str = "d") -> Document:
    return Document(doc_id, f"raw/{doc_id}.txt", "0" * 64, text, "ok", "", doc_date)


def test_version_covers_code_patterns_and_data(tmp_path: Path) -> None:
    tree = tmp_path / "pipeline"
    for name in ("x.py", "components/c.py", "patterns/p.jsonl", "data/d.tsv"):
        (tree / name).parent.mkdir(parents=True, exist_ok=True)
        (tree / name).write_text("a", "utf-8")
    before = pipeline_version.__wrapped__(tree)
    for name in ("x.py", "components/c.py", "patterns/p.jsonl", "data/d.tsv"):
        (tree / name).write_text("b", "utf-8")
        after = pipeline_version.__wrapped__(tree)
        assert after != before, name
        before = after
    assert pipeline_version() == pipeline_version()  # stable within a run


@pytest.mark.parametrize("change", ["text", "doc_date", "version"])
def test_any_change_is_a_miss(change: str) -> None:
    base = cache_key(TEXT, DAY, "v1")
    other = {"text": cache_key(TEXT + " ", DAY, "v1"),
             "doc_date": cache_key(TEXT, date(2021, 6, 2), "v1"),
             "version": cache_key(TEXT, DAY, "v2")}[change]
    assert other != base
    assert cache_key(TEXT, None, "v1") != base


def test_hit_after_miss_and_misses_on_new_version(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path, version="v1")
    docs = [document(TEXT)]
    first = list(extract_outcomes(docs, cache=cache))
    assert (cache.hits, cache.misses) == (0, 0)  # nothing stored: not even looked at
    again = list(extract_outcomes(docs, cache=cache))
    assert cache.hits == 1 and again == first
    newer = ExtractionCache(tmp_path, version="v2")  # a pattern or code change
    assert newer.get(newer.key(TEXT, DAY)) is None
    changed = ExtractionCache(tmp_path, version="v1")
    assert changed.get(changed.key(TEXT, date(2020, 1, 1))) is None  # another document date


def test_cached_result_is_not_recomputed(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path, version="v1")
    planted = ExtractedDocument((), ((0, 5),))
    cache.put(cache.key(TEXT, DAY), planted)
    [outcome] = extract_outcomes([document(TEXT)], cache=cache)
    assert outcome.extracted == planted


@pytest.mark.parametrize("content", [b"", b"not a pickle", pickle.dumps({"a": 1}),
                                     pickle.dumps(extract_text("x"))[:-3]])
def test_corrupt_entry_is_recomputed_and_rewritten(tmp_path: Path, content: bytes) -> None:
    cache = ExtractionCache(tmp_path, version="v1")
    key = cache.key(TEXT, DAY)
    path = cache._path(key)
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    [outcome] = extract_outcomes([document(TEXT)], cache=cache)
    assert outcome.extracted == extract_text(TEXT, DAY)
    assert cache.get(key) == outcome.extracted  # rewritten whole


def test_no_temporary_files_left(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path, version="v1")
    list(extract_outcomes([document(TEXT), document("In FY 2020, $5 million.", None)],
                          cache=cache))
    files = sorted(p.name for p in tmp_path.rglob("*") if p.is_file())
    assert len(files) == 2 and all(f.endswith(".pickle") for f in files)


def test_failures_are_not_cached(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path, version="v1")
    [outcome] = extract_outcomes([document(TEXT * 200)], budget=1e-6, cache=cache)
    assert outcome.extracted is None
    assert not any(tmp_path.rglob("*.pickle"))


def test_environment_disables(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FACTCHECK_CACHE", "0")
    assert open_cache(tmp_path) is None
    monkeypatch.setenv("FACTCHECK_CACHE", "1")
    opened = open_cache(tmp_path)
    assert opened is not None and opened.folder == tmp_path / ".cache"
    assert open_cache(tmp_path, tmp_path / "elsewhere").folder == tmp_path / "elsewhere"  # type: ignore[union-attr]


def test_cached_and_uncached_rows_are_identical(tmp_path: Path) -> None:
    paths = sorted((ROOT / "raw").glob("*.txt")) + sorted((ROOT / "tests/gold/docs").glob("*.txt"))
    docs = [document(p.read_text("utf-8"), DAY if i % 2 else None, f"doc{i}")
            for i, p in enumerate(paths)]
    plain = extract_rows(docs)
    cache = ExtractionCache(tmp_path, version="v1")
    cold = extract_rows(docs, cache=cache)
    warm = extract_rows(docs, cache=cache)
    assert cache.hits == len(docs)
    assert cold == plain == warm
    assert repr(cold) == repr(plain) == repr(warm)


def test_worker_processes_fill_the_cache_with_the_facts_their_rows_came_from(
        tmp_path: Path) -> None:
    """With several processes a worker ships a document's rows and its facts pickled (the
    parent never unpickles the facts): the cache then holds exactly what extraction in the
    parent gives, and rows read back from it equal the rows the workers made."""
    texts = [TEXT.replace("2011", str(1990 + i)) for i in range(40)]  # more than one task
    docs = [document(text, DAY, f"d{i:02d}") for i, text in enumerate(texts)]
    cache = ExtractionCache(tmp_path, version="v1")
    shipped = list(extract_outcomes(docs, jobs=2, cache=cache))
    assert all(o.extracted is None and o.rows is not None for o in shipped)
    for doc, outcome in zip(docs, shipped, strict=True):
        stored = cache.get(cache.key(doc.text or "", DAY))
        assert stored == extract_text(doc.text or "", DAY)
        assert stored is not None
        assert outcome.rows_of(doc.doc_id, doc.text or "") == fact_rows(
            doc.doc_id, doc.text or "", stored.facts, stored.sentences)
    again = list(extract_outcomes(docs, jobs=2, cache=cache))
    assert all(o.extracted is not None for o in again)  # every one a hit
    assert [o.rows_of(d.doc_id, d.text or "") for d, o in zip(docs, again, strict=True)] == [
        o.rows_of(d.doc_id, d.text or "") for d, o in zip(docs, shipped, strict=True)]


def test_entries_are_not_fsynced_but_outputs_are(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    # one fsync per document cost a 2M-word run 2.1 s of its main process; an entry a crash
    # truncates is a miss (the test above), an output must be whole on disk once written
    import pipeline.write as write

    synced: list[int] = []
    monkeypatch.setattr(write.os, "fsync", lambda fd: synced.append(fd))
    cache = ExtractionCache(tmp_path / "cache", version="v1")
    cache.put(cache.key(TEXT, DAY), extract_text(TEXT, DAY))
    assert synced == []
    write.write_atomic(tmp_path / "money.csv", b"fact_id\n")
    assert len(synced) == 1
