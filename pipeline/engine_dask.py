"""``--engine dask``: the run's stages as Dask tasks, on a local or a remote cluster.

The same pure functions as the local engine (``pipeline/run.py``), placed differently:

* extraction is one task per batch of documents (texts travel inside the task, so a task whose
  worker dies is simply run again elsewhere: no fact is lost or counted twice); each task
  returns its batch's rows as one pandas partition per fact table;
* the fact tables are Dask DataFrames over those partitions; reviewer decisions are applied
  to the partition holding each fact;
* each partition is validated by its Pandera schema on the worker;
* the grouped consistency checks group claims across partitions with a distributed group-by
  (largest lower bound, smallest upper bound, count per identity); only the rows of groups
  that conflict come to the client, where ``pipeline/consistency.py`` words the findings, so
  they are the local engine's, byte for byte; row-local checks run on each partition, and
  "part of a total" looks up on the workers only the totals that parts name;
* the client gathers the final tables and writes them with ``run.write_run``.

Outputs are byte-identical to the local engine's (``tests/test_engine_dask.py``). A table
whose fact ids are not unique (an error the schema reports) is reviewed, validated and
checked on the client, as locally, since "the row with this id" is then ambiguous.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import math
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import pandas as pd

from pipeline.cache import ExtractionCache
from pipeline.consistency import (
    KeyedClaim,
    active_rows,
    agreement_claims,
    amount_claim,
    check_after_document_date,
    check_agreement_dates,
    check_first_event_dates,
    check_interval_order,
    check_money_claims,
    check_part_exceeds_total,
    check_range_order,
    first_event_claims,
    money_claims,
)
from pipeline.documents import Document
from pipeline.errors import Msg, UsageError
from pipeline.extract import (
    CHUNK_DOCUMENTS,
    TIME_BUDGET_SECONDS,
    BudgetExceeded,
    Outcome,
    Progress,
    extract_one,
    is_readable,
)
from pipeline.facts import ExtractedDocument
from pipeline.findings import Finding
from pipeline.ingest import ingest
from pipeline.reviews import Decision, apply_reviews, read_reviews
from pipeline.run import RunResult, StageClock, finish_run, review_and_check
from pipeline.tables import FACT_TABLES, TEXT_DTYPE, documents_frame, fact_frame
from pipeline.validate import validate_table

T = TypeVar("T")
Item = tuple[str, str, date | None, ExtractedDocument | None]  # doc_id, text, date, cached
SORT_COLUMNS = ["doc_id", "start", "end", "fact_id"]  # tables.to_frame's order
PARTITIONS_PER_WORKER = 2  # of each fact table, for the stages after extraction
FINDINGS_META = pd.DataFrame({"finding": pd.Series([], dtype=object)})
CLAIMS_META = pd.DataFrame({"key": pd.Series([], dtype=TEXT_DTYPE),
                            "low": pd.Series([], dtype="float64"),
                            "high": pd.Series([], dtype="float64"),
                            "unsure": pd.Series([], dtype="float64"),
                            "fact_id": pd.Series([], dtype=TEXT_DTYPE)})
# The grouped checks: which table their claims come from, how, and the check that words them.
GROUPED_CHECKS: dict[str, tuple[str, Callable[[Any], Iterator[KeyedClaim]], Callable[..., Any]]]
GROUPED_CHECKS = {
    "agreement_date": ("agreement", agreement_claims, check_agreement_dates),
    "money": ("money", money_claims, check_money_claims),
    "first_event": ("date", first_event_claims, check_first_event_dates),
}
# The row-local checks, and the tables whose rows each looks at.
ROW_CHECKS = ((check_range_order, ("money",)), (check_interval_order, ("date", "agreement")),
              (check_after_document_date, ("agreement",)))


# --- on the workers -------------------------------------------------------------------------

def within_budget(work: Callable[[], T], seconds: float) -> T:
    """Run ``work`` in this thread; raise ``BudgetExceeded`` in it after ``seconds``.

    Dask runs tasks in worker threads, where the local engine's SIGALRM cannot reach, so a
    timer raises the exception in this thread instead (asynchronously, between two Python
    bytecodes: a single long call into C code is interrupted only when it returns).
    """
    if seconds <= 0:
        return work()
    target = threading.get_ident()
    lock = threading.Lock()
    running = [True]

    def expire() -> None:
        with lock:
            if running[0]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target),
                                                           ctypes.py_object(BudgetExceeded))

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        return work()
    finally:
        with lock:
            running[0] = False
        timer.cancel()


def extract_within_budget(text: str, doc_date: date | None, budget: float) -> Outcome:
    """``extract.extract_one`` under the per-document time budget, in any thread."""
    if threading.current_thread() is threading.main_thread():
        return extract_one(text, doc_date, budget)  # the local engine's SIGALRM budget
    try:
        return within_budget(lambda: extract_one(text, doc_date, budget), budget)
    except BudgetExceeded:  # expired just as the document finished: over budget all the same
        return Outcome(None, Msg.E105.format_msg(seconds=f"{budget:g}"))


@dataclass(frozen=True, slots=True)
class ExtractedBatch:
    frames: dict[str, pd.DataFrame]  # one partition per fact table, sorted as tables.to_frame
    failed: list[tuple[str, str]]  # (doc_id, why) of documents quarantined by extraction
    fresh: list[tuple[int, ExtractedDocument]]  # computed here (not cached), for the cache


def extract_batch(items: list[Item], budget: float, keep: bool) -> ExtractedBatch:
    """One task: the rows of a batch of documents (as ``extract.extract_rows`` makes them)."""
    from pipeline.tables import fact_rows

    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in FACT_TABLES}
    failed: list[tuple[str, str]] = []
    fresh: list[tuple[int, ExtractedDocument]] = []
    for position, (doc_id, text, doc_date, cached) in enumerate(items):
        outcome = (Outcome(cached) if cached is not None
                   else extract_within_budget(text, doc_date, budget))
        if outcome.extracted is None:
            failed.append((doc_id, outcome.error))
            continue
        if cached is None and keep:
            fresh.append((position, outcome.extracted))
        per_type = fact_rows(doc_id, text, outcome.extracted.facts, outcome.extracted.sentences)
        for fact_type, type_rows in per_type.items():
            rows[fact_type].extend(type_rows)
    return ExtractedBatch({t: fact_frame(t, r) for t, r in rows.items()}, failed, fresh)


def batch_report(batch: ExtractedBatch) -> tuple[list[tuple[str, str]], list[Any]]:
    return batch.failed, batch.fresh


def batch_frame(batch: ExtractedBatch, fact_type: str) -> pd.DataFrame:
    return batch.frames[fact_type]


def findings_partition(findings: Sequence[Finding]) -> pd.DataFrame:
    return pd.DataFrame({"finding": pd.Series(list(findings), dtype=object)})


def reviewed_partition(part: pd.DataFrame, fact_type: str, decisions: list[Decision],
                       shown: str) -> pd.DataFrame:
    """The partition with the decisions about its facts applied (``reviews.apply_reviews``)."""
    here = _decisions_in(part, decisions)
    return apply_reviews({fact_type: part}, here, shown)[0][fact_type] if here else part


def review_findings(part: pd.DataFrame, fact_type: str, decisions: list[Decision],
                    shown: str) -> pd.DataFrame:
    """Findings for decisions about this partition's facts that cannot be applied."""
    here = _decisions_in(part, decisions)
    return findings_partition(apply_reviews({fact_type: part}, here, shown)[1] if here else [])


def _decisions_in(part: pd.DataFrame, decisions: list[Decision]) -> list[Decision]:
    ids = {str(f) for f in part["fact_id"].tolist()}
    return [d for d in decisions if d.fact_id in ids]


def validated_partition(part: pd.DataFrame, name: str) -> pd.DataFrame:
    """Pandera's findings for one partition (row positions are the partition's own)."""
    return findings_partition(validate_table(name, part))


def row_check_findings(part: pd.DataFrame, fact_type: str,
                       documents: list[Document]) -> pd.DataFrame:
    """The row-local checks (range_order, interval_order, after_document_date) of one
    partition: each looks at one row at a time, so the partitions' findings add up to the
    whole table's."""
    tables = {fact_type: part}
    return findings_partition([f for check, types in ROW_CHECKS if fact_type in types
                               for f in check(tables, documents)])


def _ordinal(value: Any) -> float:
    """A claim's bound as a number with the same order (dates by their day number)."""
    return float(value.toordinal()) if isinstance(value, date) else float(value)


def claims_partition(part: pd.DataFrame, check: str) -> pd.DataFrame:
    """One grouped check's claims in one partition: identity key (as text), bounds, fact."""
    fact_type, claims_of, _ = GROUPED_CHECKS[check]
    keys, lows, highs, ids = [], [], [], []
    for key, claim, _row in claims_of(active_rows({fact_type: part}, fact_type)):
        keys.append(repr(key))
        lows.append(_ordinal(claim.low))
        highs.append(_ordinal(claim.high))
        ids.append(claim.fact_id)
    low, high = pd.Series(lows, dtype="float64"), pd.Series(highs, dtype="float64")
    return pd.DataFrame({"key": pd.Series(keys, dtype=TEXT_DTYPE), "low": low, "high": high,
                         "unsure": (low.isna() | high.isna()).astype("float64"),
                         "fact_id": pd.Series(ids, dtype=TEXT_DTYPE)})


def _bounds(row: Mapping[str, Any]) -> tuple[float, float]:
    try:
        return amount_claim(row)
    except Exception:  # the client reruns the check on this row and words (or raises) it
        return math.nan, math.nan


def parts_partition(part: pd.DataFrame) -> pd.DataFrame:
    """Money facts said to be part of another ("of which"), with their lower bound."""
    rows = [r for r in active_rows({"money": part}, "money") if r.get("part_of")]
    return pd.DataFrame({"fact_id": pd.Series([r["fact_id"] for r in rows], dtype=TEXT_DTYPE),
                         "part_of": pd.Series([r["part_of"] for r in rows], dtype=TEXT_DTYPE),
                         "low": pd.Series([_bounds(r)[0] for r in rows], dtype="float64")})


def totals_partition(part: pd.DataFrame) -> pd.DataFrame:
    """Every money fact as a possible total, with its upper bound."""
    rows = active_rows({"money": part}, "money")
    return pd.DataFrame({"total_id": pd.Series([r["fact_id"] for r in rows], dtype=TEXT_DTYPE),
                         "high": pd.Series([_bounds(r)[1] for r in rows], dtype="float64")})


# --- on the client --------------------------------------------------------------------------

@contextlib.contextmanager
def connect(scheduler: str | None, workers: int, debug: bool = False) -> Iterator[Any]:
    """A ``distributed.Client``: to the cluster at ``scheduler``, never shut down here; else
    to a ``LocalCluster`` of ``workers`` single-threaded processes on 127.0.0.1, shut down
    on the way out."""
    from distributed import Client, LocalCluster

    level = logging.WARNING if debug else logging.ERROR  # WARNING: distributed's default
    with _quiet_logs(level):
        if scheduler:
            try:
                _check_address(scheduler)  # before a Client, which would linger half-made
                client = Client(scheduler, set_as_default=False, timeout="10s")
            except (OSError, TimeoutError, ValueError) as exc:
                raise UsageError(Msg.E208, address=scheduler,
                                 reason=str(exc) or type(exc).__name__) from exc
            try:
                yield client
            finally:
                client.close()
            return
        # the workers' own logs only when debugging: shutting down under load, a worker may
        # log a heartbeat the closing scheduler missed, which says nothing about the run (the
        # scheduler, in this process, still reports a worker that dies)
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
            dashboard_address=None, silence_logs=level if debug else logging.CRITICAL,
            # the scheduler's HTTP endpoints (health, metrics) on any free loopback port
            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"})
        try:
            client = Client(cluster, set_as_default=False)
            try:
                yield client
            finally:
                client.close()
        finally:
            cluster.close()


def _check_address(address: str) -> None:
    """Raise ValueError unless ``address`` is one distributed can connect to."""
    from distributed.comm import parse_address
    from distributed.comm.registry import get_backend

    scheme, _ = parse_address(address)
    get_backend(scheme)


@contextlib.contextmanager
def _quiet_logs(level: int) -> Iterator[None]:
    """distributed's own loggers at ``level`` (the scheduler of a LocalCluster runs in this
    process and warns when a worker dies, though the work goes on)."""
    loggers = [logging.getLogger(name) for name in ("distributed", "dask")]
    before = [log.level for log in loggers]
    for log in loggers:
        log.setLevel(level)
    try:
        yield
    finally:
        for log, was in zip(loggers, before, strict=True):
            log.setLevel(was)


def run_dask(raw: Path, out: Path, reviews_path: Path | None = None, write: bool = True,
             workers: int = 1, budget: float = TIME_BUDGET_SECONDS,
             progress: Progress | None = None, cache: ExtractionCache | None = None,
             scheduler: str | None = None, debug: bool = False, client: Any = None,
             batch: int = CHUNK_DOCUMENTS) -> RunResult:
    """``run.run`` on Dask: on ``client`` if given (left open), else on a cluster reached or
    started by ``connect``. ``batch``: documents per extraction task."""
    import dask

    with dask.config.set({"dataframe.convert-string": False}):  # keep the tables' dtypes
        if client is not None:
            return _run(client, raw, out, reviews_path, write, budget, progress, cache, batch)
        with connect(scheduler, workers, debug) as own:
            return _run(own, raw, out, reviews_path, write, budget, progress, cache, batch)


def _run(client: Any, raw: Path, out: Path, reviews_path: Path | None, write: bool,
         budget: float, progress: Progress | None, cache: ExtractionCache | None,
         batch: int) -> RunResult:
    clock = StageClock()
    with clock("ingest"):
        documents = list(ingest(raw))
        decisions = read_reviews(reviews_path) if reviews_path is not None else []
    with clock("extract"):
        documents, batches = _extract(client, documents, budget, progress, cache, batch)
    with clock("tables"):
        facts = _fact_tables(client, batches)
        docs_frame = documents_frame(documents)
        unique = not _duplicated_ids(client, facts)
        del batches  # the tables hold the rows now (and the tasks, should a worker die)
    findings: list[Finding] = []
    shown = reviews_path.as_posix() if reviews_path else ""
    if not unique:  # "the row with this id" is ambiguous: the local engine's stages, here
        tables, findings = review_and_check(_gathered(client, facts), documents, docs_frame,
                                            decisions, shown, clock)
    else:
        with clock("reviews"):
            if decisions:
                facts, review_findings = _reviews(client, facts, decisions, shown)
                findings += review_findings
        gathering = client.compute(list(facts.values()))  # meanwhile: validate, check
        with clock("validate"):
            found, whole = validate_partitions(client, facts, docs_frame)
            findings += found
        with clock("consistency"):
            findings += _consistency(client, facts, documents)
        with clock("gather"):
            tables = _in_order(dict(zip(facts, client.gather(gathering), strict=True)))
        findings += [f for name in whole for f in validate_table(name, tables[name])]
    return finish_run(out, documents, tables, findings, docs_frame, clock, write)


def _extract(client: Any, documents: list[Document], budget: float,
             progress: Progress | None, cache: ExtractionCache | None, batch: int
             ) -> tuple[list[Document], list[Any]]:
    """Submit one task per ``batch`` readable documents; their futures, in document order,
    and the documents with those that failed extraction quarantined (as ``extract_rows``)."""
    from distributed import as_completed

    readable = [d for d in documents if is_readable(d)]
    groups = [readable[i:i + batch] for i in range(0, len(readable), batch)]
    futures: list[Any] = []
    reports: dict[Any, int] = {}
    keys_of: dict[int, list[str]] = {}
    for number, group in enumerate(groups):
        items: list[Item] = []
        keys = []
        for d in group:
            key = cache.key(d.text or "", d.doc_date) if cache is not None else ""
            hit = cache.get(key) if cache is not None and cache.has(key) else None
            items.append((d.doc_id, d.text or "", d.doc_date, hit))
            keys.append(key)
        future = client.submit(extract_batch, items, budget, cache is not None, pure=False)
        futures.append(future)
        reports[client.submit(batch_report, future, pure=False)] = number
        keys_of[number] = keys
    failed_by_batch: dict[int, list[tuple[str, str]]] = {}
    done = words = 0
    if progress is not None:
        progress(0, len(readable), 0)
    for report in as_completed(list(reports), loop=client.loop):
        number = reports[report]
        failed, fresh = report.result()
        failed_by_batch[number] = failed
        for position, extracted in fresh:
            if cache is not None:
                cache.put(keys_of[number][position], extracted)
        done += len(groups[number])
        words += sum(len((d.text or "").split()) for d in groups[number])
        if progress is not None:
            progress(done, len(readable), words)
        report.release()
    failed = dict(f for number in sorted(failed_by_batch) for f in failed_by_batch[number])
    updated = [replace(d, text=None, status="quarantined", error=failed[d.doc_id])
               if d.doc_id in failed else d for d in documents]
    return updated, futures


def _fact_tables(client: Any, batches: list[Any]) -> dict[str, Any]:
    """One Dask DataFrame per fact table: the extraction tasks' partitions, in document order,
    joined into a few per worker (Pandera and the checks cost much per call, little per row)
    and numbered from 0 each, as the stages after expect of a table."""
    import dask.dataframe as dd

    workers = max(1, len(client.scheduler_info().get("workers", {})))
    tables = {}
    for fact_type in FACT_TABLES:
        meta = fact_frame(fact_type, [])
        if not batches:
            tables[fact_type] = dd.from_pandas(meta, npartitions=1)
            continue
        frames = client.map(batch_frame, batches, fact_type=fact_type, pure=False)
        joined = dd.from_delayed(frames, meta=meta).repartition(
            npartitions=min(len(batches), PARTITIONS_PER_WORKER * workers))
        tables[fact_type] = client.persist(joined.map_partitions(_numbered, meta=meta))
    return tables


def _numbered(part: pd.DataFrame) -> pd.DataFrame:
    return part.reset_index(drop=True)


def _compute(client: Any, *collections: Any) -> list[Any]:
    return list(client.gather(client.compute(list(collections))))


def _gathered(client: Any, facts: Mapping[str, Any]) -> dict[str, pd.DataFrame]:
    return _in_order(dict(zip(facts, _compute(client, *facts.values()), strict=True)))


def _in_order(frames: Mapping[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The whole tables exactly as the local engine holds them: the partitions (in document
    order) sorted and numbered as ``tables.to_frame`` does."""
    return {t: frame.sort_values(SORT_COLUMNS, kind="stable").reset_index(drop=True)
            for t, frame in frames.items()}


def _duplicated_ids(client: Any, facts: Mapping[str, Any]) -> bool:
    import dask.dataframe as dd

    # split_out=1: a tree reduction, no shuffle (the counts of a run's facts fit one worker)
    counts = dd.concat([ddf["fact_id"] for ddf in facts.values()]).value_counts(split_out=1)
    return bool(len(_compute(client, counts[counts > 1])[0]))


def _findings(frames: Sequence[pd.DataFrame]) -> list[Finding]:
    return [f for frame in frames for f in frame["finding"].tolist()]


def _reviews(client: Any, facts: dict[str, Any], decisions: list[Decision], shown: str
             ) -> tuple[dict[str, Any], list[Finding]]:
    """Decisions applied in the partitions holding their facts; those whose fact is nowhere
    become findings here, as ``reviews.apply_reviews`` words them."""
    ids = sorted({d.fact_id for d in decisions})
    present = _compute(client, *(ddf["fact_id"][ddf["fact_id"].isin(ids)]
                                 for ddf in facts.values()))
    found = {str(f) for series in present for f in series.tolist()}
    orphans = [d for d in decisions if d.fact_id not in found]
    problems = _compute(client, *(ddf.map_partitions(review_findings, t, decisions, shown,
                                                     meta=FINDINGS_META)
                                  for t, ddf in facts.items()))
    reviewed = {t: client.persist(ddf.map_partitions(reviewed_partition, t, decisions, shown,
                                                     meta=fact_frame(t, [])))
                for t, ddf in facts.items()}
    return reviewed, apply_reviews({}, orphans, shown)[1] + _findings(problems)


def validate_partitions(client: Any, facts: Mapping[str, Any], docs_frame: pd.DataFrame
                        ) -> tuple[list[Finding], list[str]]:
    """Findings for each fact table's partitions, validated where they are (Pandera's own
    Dask support stops at the first partition that fails, losing the others' failures), and
    the names of the tables to validate whole instead: those with a failure that names no
    row (a column's type or presence), so that it is worded once for the table, as locally.
    The documents table, built here from the ingest, is validated here."""
    names = list(facts)
    per_table = _compute(client, *(facts[t].map_partitions(validated_partition, t,
                                                           meta=FINDINGS_META)
                                   for t in names))
    findings = validate_table("documents", docs_frame)
    whole = []
    for name, frame in zip(names, per_table, strict=True):
        found = _findings([frame])
        if any(not f.fact_ids for f in found):
            whole.append(name)
        else:
            findings += found
    return findings, whole


def _consistency(client: Any, facts: Mapping[str, Any], documents: list[Document]
                 ) -> list[Finding]:
    """``consistency.check_consistency``: row-local checks per partition, the grouped ones as
    distributed group-bys, part-of-a-total by looking up the few totals named."""
    import dask

    dated = [replace(d, text=None) for d in documents if d.doc_date is not None]
    dated_arg = dask.delayed(dated, traverse=False)
    row_local = [facts[t].map_partitions(row_check_findings, t, dated_arg, meta=FINDINGS_META)
                 for t in ("money", "date", "agreement")]
    claims = {name: client.persist(facts[t].map_partitions(claims_partition, name,
                                                           meta=CLAIMS_META))
              for name, (t, _, _) in GROUPED_CHECKS.items()}
    conflicting = [_conflicting_keys(c) for c in claims.values()]
    parts = facts["money"].map_partitions(parts_partition, meta=parts_partition(
        fact_frame("money", [])))
    computed = _compute(client, *row_local, *conflicting, parts)
    findings = _findings(computed[:len(row_local)])
    keys = dict(zip(GROUPED_CHECKS, computed[len(row_local):-1], strict=True))
    hit = [name for name in GROUPED_CHECKS if len(keys[name])]
    ids = _compute(client, *(claims[name]["fact_id"][claims[name]["key"].isin(list(keys[name]))]
                             for name in hit))
    rows = _rows_with(client, [(facts[GROUPED_CHECKS[name][0]], i) for name, i in zip(
        hit, ids, strict=True)])
    for name, table in zip(hit, rows, strict=True):
        fact_type, _, check = GROUPED_CHECKS[name]
        findings += check({fact_type: table}, documents)
    findings += _parts_exceeding_totals(client, facts["money"], computed[-1], documents)
    return list(findings)


def _parts_exceeding_totals(client: Any, money: Any, parts: pd.DataFrame,
                            documents: list[Document]) -> list[Finding]:
    """``check_part_exceeds_total``: the parts (few: amounts said to be part of another) are
    here; their totals are looked up on the workers, and the pairs where the part's lower
    bound exceeds the total's upper bound (or either is not a number) are checked here."""
    if parts.empty:
        return []
    wanted = sorted(set(parts["part_of"].tolist()))
    totals = _compute(client, money[money["fact_id"].isin(wanted)].map_partitions(
        totals_partition, meta=totals_partition(fact_frame("money", []))))[0]
    pairs = parts.merge(totals, left_on="part_of", right_on="total_id", how="inner")
    flagged = pairs[(pairs["low"] > pairs["high"]) | pairs["low"].isna() | pairs["high"].isna()]
    if flagged.empty:
        return []
    [rows] = _rows_with(client, [(money, pd.concat([flagged["fact_id"], flagged["total_id"]]))])
    return list(check_part_exceeds_total({"money": rows}, documents))


def _conflicting_keys(claims: Any) -> Any:
    """Identity keys whose claims cannot all hold: at least two claims and the largest lower
    bound above the smallest upper bound (``consistency._conflicts``), or a bound that is not
    a number (left to the client's check to judge)."""
    groups = claims.groupby("key").agg({"low": "max", "high": "min", "unsure": "max",
                                        "fact_id": "count"}, split_out=1)  # a tree, no shuffle
    hit = (groups["fact_id"] >= 2) & ((groups["low"] > groups["high"]) | (groups["unsure"] > 0))
    return groups[hit].index


def _rows_with(client: Any, wanted: Sequence[tuple[Any, Any]]) -> list[pd.DataFrame]:
    """For each (table, fact ids): that table's rows with those ids, on the client."""
    selected = []
    for ddf, ids in wanted:
        names = sorted({str(i) for i in ids.tolist()})
        selected.append(ddf[ddf["fact_id"].isin(names)])
    return _compute(client, *selected)
