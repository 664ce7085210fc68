"""One run: RAW → documents → facts → tables → reviews → validation → checks → OUT.

The stages are pure functions of their inputs; this module wires them. The local engine runs
them on a stream of batches of documents (pipeline/stream.py, which with write.py touches the
file system), so its memory does not grow with the corpus; ``review_and_check`` and
``finish_run`` run them on whole tables (the Dask engine's ending; the streaming run writes
the same bytes).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.cache import ExtractionCache
from pipeline.consistency import check_consistency
from pipeline.documents import Document
from pipeline.extract import TIME_BUDGET_SECONDS, Progress
from pipeline.findings import FINDING_COLUMNS, Finding, sort_findings
from pipeline.ingest import find_documents, read_documents
from pipeline.reviews import apply_reviews, read_reviews
from pipeline.stream import stream_run
from pipeline.tables import FACT_TABLES, to_frame
from pipeline.validate import validate_tables
from pipeline.write import write_outputs


@dataclass
class RunResult:
    documents: list[Document]
    # "money", "date", "country", "agreement": the whole tables, unless the local engine
    # streamed them to OUT (write=True), when they are never held whole (see ``counts``)
    tables: dict[str, pd.DataFrame]
    findings: list[Finding]
    written: list[Path] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # wall time per stage
    counts: dict[str, int] = field(default_factory=dict)  # facts per table

    def __post_init__(self) -> None:
        if not self.counts:
            self.counts = {name: len(frame) for name, frame in self.tables.items()}

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]


def findings_frame(findings: list[Finding]) -> pd.DataFrame:
    return to_frame([f.row() for f in sort_findings(findings)], FINDING_COLUMNS)


def run(raw: Path, out: Path, reviews_path: Path | None = None, write: bool = True,
        jobs: int = 1, budget: float = TIME_BUDGET_SECONDS,
        progress: Progress | None = None, cache: ExtractionCache | None = None,
        engine: str = "local", scheduler: str | None = None, debug: bool = False) -> RunResult:
    """One run. ``cache`` (pipeline/cache.py) reuses the extraction of documents whose text,
    date and pipeline version are unchanged; the outputs are the same with or without it.
    ``engine="dask"`` runs the same stages on a Dask cluster (pipeline/engine_dask.py): the
    one at ``scheduler``, else a local one of ``jobs`` worker processes; same outputs."""
    if engine == "dask":
        from pipeline.engine_dask import run_dask

        return run_dask(raw, out, reviews_path, write, workers=jobs, budget=budget,
                        progress=progress, cache=cache, scheduler=scheduler, debug=debug)
    clock = StageClock()
    with clock("ingest"):
        found = find_documents(raw)
        decisions = read_reviews(reviews_path) if reviews_path is not None else []
    shown = reviews_path.as_posix() if reviews_path else ""
    # Each document is read from disk when the extraction comes to it: the run never holds
    # the corpus's texts (the spill keeps each batch's, for the report).
    streamed = stream_run(read_documents(raw, found), out, decisions, shown, write, jobs,
                          budget, progress, cache, clock, total=len(found))
    written = [out / name for name in [*sorted([*FACT_TABLES.values(), "documents.csv",
                                                "findings.csv"]), "report.html"]]
    return RunResult(streamed.documents, streamed.tables, streamed.findings,
                     written if write else [], clock.seconds, streamed.counts)


def finish_run(out: Path, documents: list[Document], tables: dict[str, pd.DataFrame],
               findings: list[Finding], docs_frame: pd.DataFrame, clock: StageClock,
               write: bool) -> RunResult:
    """The run's result, its findings sorted; its outputs written to ``out`` when ``write``."""
    result = RunResult(documents, tables, sort_findings(findings), seconds=clock.seconds)
    if write:
        with clock("write"):
            result.written = write_run(out, result, docs_frame)
    return result


def review_and_check(tables: dict[str, pd.DataFrame], documents: list[Document],
                     docs_frame: pd.DataFrame, decisions: list[Any], shown: str,
                     clock: StageClock) -> tuple[dict[str, pd.DataFrame], list[Finding]]:
    """The stages after extraction, on the whole tables: reviewer decisions (``shown``: the
    decisions file as findings name it), validation, consistency checks."""
    findings: list[Finding] = []
    with clock("reviews"):
        if decisions:
            tables, review_findings = apply_reviews(tables, decisions, shown)
            findings += review_findings
    with clock("validate"):
        findings += validate_tables({"documents": docs_frame, **tables})
    with clock("consistency"):
        findings += check_consistency(tables, documents)
    return tables, findings


class StageClock:
    """Wall time per stage, for the benchmark's breakdown."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        began = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - began


def write_run(out: Path, result: RunResult, docs_frame: pd.DataFrame) -> list[Path]:
    from pipeline.formats import write_texts
    from pipeline.report import report_parts

    csvs = {FACT_TABLES[t]: frame for t, frame in result.tables.items()}
    csvs["documents.csv"] = docs_frame
    findings = findings_frame(result.findings)
    csvs["findings.csv"] = findings
    report = (part.encode("utf-8")
              for part in report_parts(result.documents, result.tables, findings))
    written = write_outputs(out, csvs, [("report.html", report)])
    return written + write_texts(out, result.documents)
