"""``--engine dask`` writes exactly what the local engine writes, on a real ``distributed``
cluster (two worker processes on 127.0.0.1, started once for this file): every output file,
byte for byte, with contradictions planted across partitions, reviewer decisions, quarantined
documents, and a worker killed in the middle of the run."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import dask
import pytest

import pipeline.engine_dask
import pipeline.extract
import pipeline.extract_worker
from pipeline.cache import ExtractionCache
from pipeline.cli import main
from pipeline.engine_dask import connect, run_dask, validate_partitions, within_budget
from pipeline.extract import BudgetExceeded
from pipeline.run import run
from pipeline.tables import documents_frame
from pipeline.validate import validate_table
from tests.conftest import ROOT

PLANTED = {  # every check fires once; "a" and "b" land in different partitions
    "a.txt": "In FY 2020, the United States provided $10 million in Foreign Military Financing "
             "to Georgia.\n\nFMF was $10 million, of which $12 million went to Tajikistan.\n\n"
             "The Acquisition and Cross-Servicing Agreement between the United States and "
             "Mongolia was signed in 2012.\n\nKazakhstan first sent 120 peacekeepers to UNIFIL "
             "in October 2018.\n\nBetween 2019 and 2017, IMET funding for Armenia was between "
             "$3 million and $2 million.\n",
    "b.txt": "In FY 2020, the United States provided $25 million in Foreign Military Financing "
             "to Georgia.\n\nMongolia signed an Acquisition and Cross-Servicing Agreement with "
             "the United States in 2016.\n\nKazakhstan first sent 120 peacekeepers to UNIFIL in "
             "2015.\n",
    "b.meta.json": '{"date": "2015-06-01"}\n',
}
PLANTED_CHECKS = ["after_document_date", "cross_doc:agreement_date",
                  "cross_doc:first_event_date", "cross_doc:money", "interval_order",
                  "part_exceeds_total", "range_order"]
SLOW, BROKEN, PAUSE = "ZZSLOWZZ", "ZZBROKENZZ", "ZZPAUSEZZ"  # markers the rig reacts to


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with connect(None, workers=2) as client:
        yield client


def write_raw(raw: Path, files: dict[str, str | bytes]) -> Path:
    raw.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        (raw / name).write_bytes(data)
    return raw


def gold_raw(raw: Path) -> Path:
    """raw/ and tests/gold/docs/ (with their .meta.json) in one folder, and an HTML page
    (its text is written to OUT/text/)."""
    shutil.copytree(ROOT / "raw", raw)
    for path in sorted((ROOT / "tests" / "gold" / "docs").iterdir()):
        shutil.copy(path, raw / path.name)
    body = PLANTED["a.txt"].replace("\n\n", "</p><p>")
    (raw / "page.html").write_text(f"<html><body><p>{body}</p></body></html>", "utf-8")
    return raw


def snapshot(out: Path) -> dict[str, bytes]:
    """Every file the run wrote (CSVs, report.html, text/), by path."""
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and not p.relative_to(out).as_posix().startswith(".")}


def both_engines(raw: Path, work: Path, client: Any, reviews: Path | None = None,
                 batch: int = 2, budget: float = 120.0) -> tuple[dict[str, bytes], Any]:
    """Run both engines; assert their outputs are equal; the outputs and the Dask result."""
    run(raw, work / "local", reviews, budget=budget)
    result = run_dask(raw, work / "dask", reviews, client=client, batch=batch, budget=budget)
    local, dask = snapshot(work / "local"), snapshot(work / "dask")
    assert sorted(dask) == sorted(local)
    assert [name for name in local if dask[name] != local[name]] == []
    return local, result


# --- a rig for the workers: slow, failing and pausing documents ---------------------------

def rigged_extract_text(text: str, doc_date: date | None = None) -> Any:
    if BROKEN in text:
        raise ValueError("boom")
    if SLOW in text:  # a Python loop, which either engine's time budget interrupts
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            pass
    if PAUSE in text:
        time.sleep(0.3)
    return pipeline.extract_worker.__dict__["real_extract_text"](text, doc_date)


def rig() -> None:
    real = pipeline.extract_worker.__dict__.setdefault("real_extract_text",
                                                pipeline.extract_worker.extract_text)
    pipeline.extract_worker.extract_text = rigged_extract_text  # type: ignore[assignment]
    assert real is not rigged_extract_text


def unrig() -> None:
    pipeline.extract_worker.extract_text = pipeline.extract_worker.__dict__.pop(  # type: ignore[assignment]
        "real_extract_text", pipeline.extract_worker.extract_text)


@pytest.fixture
def rigged(client: Any) -> Iterator[None]:
    rig()
    client.run(rig)
    try:
        yield
    finally:
        unrig()
        client.run(unrig)


# --- the tests ------------------------------------------------------------------------------

def test_outputs_equal_the_local_engine_on_raw_and_gold_documents(tmp_path: Path,
                                                                  client: Any) -> None:
    raw = gold_raw(tmp_path / "raw")
    local, result = both_engines(raw, tmp_path, client, batch=2)
    assert {"documents.csv", "money.csv", "findings.csv", "report.html"} <= set(local)
    assert any(name.startswith("text/") for name in local)
    assert sum(len(frame) for frame in result.tables.values()) > 500


def test_planted_contradictions_are_found_as_locally(tmp_path: Path, client: Any) -> None:
    raw = write_raw(tmp_path / "raw", dict(PLANTED))
    _, result = both_engines(raw, tmp_path, client, batch=1)
    assert sorted(f.check for f in result.findings) == PLANTED_CHECKS


def test_reviewer_decisions_are_applied_as_locally(tmp_path: Path, client: Any) -> None:
    raw = write_raw(tmp_path / "raw", dict(PLANTED))
    reviews = tmp_path / "decisions.csv"
    reviews.write_text(
        "fact_id,text,decision,field,value,reviewer,note\n"
        "a:agreement:161,,reject,,,ana,wrong year\n"  # the ACSA contradiction goes away
        "b:money:39,$25 million,correct,amount_low,10000000,ana,\n"
        "b:money:39,,correct,amount_high,10000000,ana,typo\n"  # so does the FMF one
        "a:date:256,,accept,,,bo,\n"
        "a:money:124,$99 million,accept,,,bo,\n"  # text changed: orphaned
        "z:money:1,,accept,,,bo,\n"  # no such fact: orphaned
        "a:money:124,,correct,colour,red,bo,\n"  # no such field
        "b:date:3,,correct,start_date,2019-13-01,bo,\n", encoding="utf-8")  # breaks the schema
    _, result = both_engines(raw, tmp_path, client, reviews=reviews, batch=1)
    checks = sorted(f.check for f in result.findings)
    assert "cross_doc:agreement_date" not in checks and "cross_doc:money" not in checks
    assert checks.count("review:orphaned") == 3
    assert [f.fact_ids for f in result.findings if f.check == "schema:dates"] == [("b:date:3",)]


def test_tables_with_duplicate_fact_ids_are_checked_on_the_client_as_locally(
        tmp_path: Path, client: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline.engine_dask, "_duplicated_ids", lambda client, facts: True)
    raw = write_raw(tmp_path / "raw", dict(PLANTED))
    _, result = both_engines(raw, tmp_path, client, batch=1)
    assert sorted(f.check for f in result.findings) == PLANTED_CHECKS


def test_a_failure_that_names_no_row_sends_the_table_to_be_validated_whole(
        tmp_path: Path, client: Any) -> None:
    import dask.dataframe as dd

    raw = write_raw(tmp_path / "raw", dict(PLANTED))
    money = run(raw, tmp_path / "out", None, write=False).tables["money"]
    money["amount_low"] = money["amount_low"].astype(object)  # the column's type is wrong
    with dask.config.set({"dataframe.convert-string": False}):
        found, whole = validate_partitions(client, {"money": dd.from_pandas(money, npartitions=2)},
                                 documents_frame([]))
    assert (found, whole) == ([], ["money"])
    [finding] = validate_table("money", money)
    assert finding.fact_ids == () and "amount_low" in finding.message


def test_the_extraction_cache_is_filled_and_used_as_locally(tmp_path: Path,
                                                            client: Any) -> None:
    raw = write_raw(tmp_path / "raw", dict(PLANTED))
    run(raw, tmp_path / "local", None)
    cache = ExtractionCache(tmp_path / "cache")
    hits = []
    for attempt in ("cold", "warm"):
        run_dask(raw, tmp_path / attempt, None, client=client, batch=1, cache=cache)
        assert snapshot(tmp_path / attempt) == snapshot(tmp_path / "local")
        hits.append(cache.hits)
        assert len(list((tmp_path / "cache").rglob("*.pickle"))) == 2
    assert hits == [0, 2]  # the cold run stored both documents, the warm one used them


def test_unreadable_failing_and_overrunning_documents_are_quarantined_as_locally(
        tmp_path: Path, client: Any, rigged: None) -> None:
    genre = PLANTED["a.txt"]
    raw = write_raw(tmp_path / "raw", {
        "a.txt": genre, "latin1.txt": b"Caf\xe9 in FY 2020", "empty.txt": "  \n",
        "binary.txt": b"ab\x00cd", "broken.txt": f"{BROKEN} {genre}",
        "slow.txt": f"{SLOW} {genre}", "z.txt": genre})
    # a budget far below the slow rig's 30 s and far above a loaded machine's first document
    _, result = both_engines(raw, tmp_path, client, batch=2, budget=5.0)
    errors = {d.doc_id: d.error[:6] for d in result.documents if d.status == "quarantined"}
    assert errors == {"binary": "[E102]", "broken": "[E107]", "empty": "[E103]",
                      "latin1": "[E101]", "slow": "[E105]"}


def test_within_budget_interrupts_python_code_in_a_worker_thread() -> None:
    import threading

    outcome: list[str] = []

    def spin_for_30_seconds() -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            pass

    def task() -> None:  # as Dask runs it: in a thread that is not the main one
        try:
            within_budget(spin_for_30_seconds, 0.2)
            outcome.append("finished")
        except BudgetExceeded:
            outcome.append("interrupted")
        outcome.append(within_budget(lambda: "in time", 5.0))

    thread = threading.Thread(target=task)
    thread.start()
    thread.join()
    assert outcome == ["interrupted", "in time"]


def test_the_cli_runs_on_an_existing_cluster_and_leaves_it_running(tmp_path: Path,
                                                                   client: Any) -> None:
    raw = write_raw(tmp_path / "raw", dict(PLANTED))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    runs = {}
    for name, extra in (("local", []), ("dask", ["--engine", "dask", "--scheduler",
                                                 client.scheduler.address])):
        runs[name] = subprocess.run(
            [sys.executable, "-m", "pipeline", "check", "--raw", str(raw), "--out",
             str(tmp_path / name), "--reviews", "", "--quiet", *extra],
            env=env, capture_output=True, text=True, timeout=120)
    assert runs["dask"].returncode == runs["local"].returncode == 1
    assert runs["dask"].stderr == runs["local"].stderr  # the findings, and no log noise
    assert snapshot(tmp_path / "dask") == snapshot(tmp_path / "local")
    assert len(client.run(os.getpid)) == 2  # the cluster was not shut down


def test_the_cli_starts_and_stops_a_local_cluster(tmp_path: Path) -> None:
    raw = shutil.copytree(ROOT / "raw", tmp_path / "raw")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "extract", "--raw", str(raw), "--out",
         str(tmp_path / "dask"), "--reviews", "", "--quiet", "--engine", "dask", "--jobs", "2"],
        env=env, capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stderr) == (0, "")
    run(raw, tmp_path / "local", None)
    assert snapshot(tmp_path / "dask") == snapshot(tmp_path / "local")


def test_a_scheduler_without_the_dask_engine_is_a_usage_error(
        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["extract", "--scheduler", "tcp://127.0.0.1:8786"])
    assert stop.value.code == 2
    assert "--scheduler needs --engine dask" in capsys.readouterr().err


def test_a_scheduler_address_that_cannot_be_used_is_error_e208(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = write_raw(tmp_path / "raw", {"a.txt": PLANTED["a.txt"]})
    code = main(["extract", "--raw", str(raw), "--out", str(tmp_path / "out"), "--engine",
                 "dask", "--scheduler", "nowhere://127.0.0.1:1"])
    assert code == 2
    assert capsys.readouterr().err.startswith(
        "error: [E208] cannot reach the Dask scheduler at nowhere://127.0.0.1:1: ")


def test_a_worker_killed_mid_run_loses_and_duplicates_no_fact(tmp_path: Path, client: Any,
                                                              rigged: None) -> None:
    """Each document pauses in the workers, so both are busy when one is killed (SIGKILL)
    after the first batch is done: its running task and the results it held are computed
    again by the scheduler, and the outputs are still the local engine's."""
    files: dict[str, str | bytes] = {}
    for i in range(12):
        for source in sorted((ROOT / "raw").glob("*.txt")):
            files[f"{i:02d}_{source.name}"] = f"{source.read_text('utf-8')}\n{PAUSE}\n"
    raw = write_raw(tmp_path / "raw", files)
    killed: list[tuple[int, int, int]] = []

    def kill_one_worker(done: int, total: int, words: int) -> None:
        if done and not killed:
            busy = {address: len(keys) for address, keys in client.processing().items()}
            address = max(sorted(busy), key=lambda a: busy[a])
            pid = client.run(os.getpid)[address]
            os.kill(pid, signal.SIGKILL)
            killed.append((pid, busy[address], total - done))

    result = run_dask(raw, tmp_path / "dask", None, client=client, batch=2,
                      progress=kill_one_worker)
    unrig()
    run(raw, tmp_path / "local", None)
    assert snapshot(tmp_path / "dask") == snapshot(tmp_path / "local")
    [(pid, running, left)] = killed
    assert running > 0 and left > 0  # killed while running a task, with work left to do
    client.wait_for_workers(2, timeout=60)
    assert pid not in client.run(os.getpid).values()
    assert len(result.tables["money"]) == len(set(result.tables["money"]["fact_id"]))
