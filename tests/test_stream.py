"""The streaming run (pipeline/stream.py) writes exactly what the whole tables give
(``run.finish_run``, the Dask engine's ending), whatever the batch size: contradictions across
batches, reviewer decisions, quarantined documents, an HTML page; it leaves no spill behind;
and the claim bounds it keeps instead of the claims find every conflict the claims have."""

from __future__ import annotations

import math
import shutil
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import pipeline.extract
from pipeline.consistency import Claim, ClaimBounds, _conflicts
from pipeline.extract import extract_tables
from pipeline.ingest import ingest
from pipeline.reviews import read_reviews
from pipeline.run import StageClock, finish_run, review_and_check, run
from pipeline.stream import SPILL_PREFIX
from pipeline.tables import documents_frame
from tests.conftest import ROOT

CONTRADICTIONS = {
    "a.txt": "In FY 2020, the United States provided $10 million in Foreign Military Financing "
             "to Georgia.\n\nFMF was $10 million, of which $12 million went to Tajikistan.\n\n"
             "The Acquisition and Cross-Servicing Agreement between the United States and "
             "Mongolia was signed in 2012.\n\nBetween 2019 and 2017, IMET funding for Armenia "
             "was between $3 million and $2 million.\n",
    "m.txt": "Mongolia signed an Acquisition and Cross-Servicing Agreement with the United "
             "States in 2016.\n\nIn FY 2020, the United States provided $25 million in Foreign "
             "Military Financing to Georgia.\n",
    "m.meta.json": '{"date": "2015-06-01"}\n',
    "zz_latin.txt": b"caf\xe9",
}


def corpus(raw: Path) -> Path:
    """raw/ and tests/gold/docs/, contradictions planted in documents far apart, a document
    that is not UTF-8 and an HTML page."""
    shutil.copytree(ROOT / "raw", raw)
    for path in sorted((ROOT / "tests" / "gold" / "docs").iterdir()):
        shutil.copy(path, raw / path.name)
    for name, content in CONTRADICTIONS.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        (raw / name).write_bytes(data)
    body = str(CONTRADICTIONS["a.txt"]).replace("\n\n", "</p><p>")
    (raw / "page.html").write_text(f"<html><body><p>{body}</p></body></html>", "utf-8")
    return raw


def decisions(path: Path) -> Path:
    path.write_text(
        "fact_id,text,decision,field,value,reviewer,note\n"
        "a:money:39,$10 million,reject,,,ann,\n"
        "m:agreement:19,Acquisition and Cross-Servicing Agreement,accept,,,ann,\n"
        "m:money:133,$25 million,correct,amount_low,30000000,bob,typo\n"
        "a:money:102,$11 million,accept,,,bob,\n"
        "nowhere:money:1,$1,reject,,,bob,\n", "utf-8")
    return path


def whole_tables_outputs(raw: Path, out: Path, reviews: Path) -> None:
    """The outputs as the whole tables give them (extract, review, check, then write)."""
    documents, tables = extract_tables(list(ingest(raw)))
    docs_frame = documents_frame(documents)
    clock = StageClock()
    tables, findings = review_and_check(tables, documents, docs_frame, read_reviews(reviews),
                                        reviews.as_posix(), clock)
    finish_run(out, documents, tables, findings, docs_frame, clock, write=True)


def snapshot(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file()}


@pytest.fixture(scope="module")
def expected(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, bytes]]:
    base = tmp_path_factory.mktemp("stream")
    raw, reviews = corpus(base / "raw"), decisions(base / "decisions.csv")
    whole_tables_outputs(raw, base / "whole", reviews)
    return raw, reviews, snapshot(base / "whole")


@pytest.mark.parametrize("rows_per_batch", [1, 7, 200, pipeline.extract.ROWS_PER_BATCH])
def test_streamed_outputs_equal_the_whole_tables_outputs(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows_per_batch: int,
        expected: tuple[Path, Path, dict[str, bytes]]) -> None:
    raw, reviews, whole = expected
    monkeypatch.setattr(pipeline.extract, "ROWS_PER_BATCH", rows_per_batch)
    result = run(raw, tmp_path / "out", reviews)
    streamed = snapshot(tmp_path / "out")
    assert sorted(streamed) == sorted(whole)
    assert [name for name in whole if streamed[name] != whole[name]] == []
    checks = {f.check for f in result.findings}
    assert {"cross_doc:agreement_date", "cross_doc:money", "part_exceeds_total",
            "range_order", "review:orphaned"} <= checks


def test_without_write_the_whole_tables_are_returned_and_nothing_is_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        expected: tuple[Path, Path, dict[str, bytes]]) -> None:
    raw, reviews, _ = expected
    monkeypatch.setattr(pipeline.extract, "ROWS_PER_BATCH", 7)
    streamed = run(raw, tmp_path / "out", reviews, write=False)
    monkeypatch.setattr(pipeline.extract, "ROWS_PER_BATCH", 10**9)
    one_batch = run(raw, tmp_path / "out", reviews, write=False)
    assert not (tmp_path / "out").exists()
    for name, frame in one_batch.tables.items():
        assert streamed.tables[name].equals(frame), name
    assert streamed.counts == {name: len(frame) for name, frame in one_batch.tables.items()}
    assert streamed.findings == one_batch.findings


def test_the_spill_is_removed_and_a_killed_runs_spill_too(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(str(CONTRADICTIONS["a.txt"]), "utf-8")
    stale = tmp_path / "out" / f"{SPILL_PREFIX}killed"
    stale.mkdir(parents=True)
    (stale / "000000.documents.pickle").write_bytes(b"left by a killed run")
    run(raw, tmp_path / "out", None)
    assert [p.name for p in (tmp_path / "out").iterdir() if p.name.startswith(".")] == []


BOUNDS = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-5, 5))


@given(st.lists(st.tuples(BOUNDS, BOUNDS), min_size=1, max_size=8))
def test_claim_bounds_flag_every_group_whose_claims_conflict_and_keep_the_two_named(
        pairs: list[tuple[float, float]]) -> None:
    claims = [Claim(lo, hi, "", f"f{i}", "d") for i, (lo, hi) in enumerate(pairs)]
    bounds = ClaimBounds(claims[0])
    for claim in claims[1:]:
        bounds.add(claim)
    found = list(_conflicts({"key": claims}))
    if found:
        assert bounds.conflicting
    numbers = [x for pair in pairs for x in pair]
    if len(claims) >= 2 and not any(isinstance(x, float) and math.isnan(x) for x in numbers):
        assert bounds.conflicting == bool(found)
        if found:  # the two claims the finding names, kept without keeping the others
            [(_, bottom, top)] = found
            assert bounds.named == {bottom.fact_id, top.fact_id}


def test_claim_bounds_compare_dates() -> None:
    early = Claim(date(2012, 1, 1), date(2012, 12, 31), "2012", "a", "a")
    late = Claim(date(2016, 1, 1), date(2016, 12, 31), "2016", "b", "b")
    bounds = ClaimBounds(early)
    assert not bounds.conflicting  # one claim
    bounds.add(late)
    assert bounds.conflicting
