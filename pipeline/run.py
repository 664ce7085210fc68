"""One run: RAW → documents → facts → tables → reviews → validation → checks → OUT.

The stages are pure functions of their inputs; this module wires them and is the only one
besides write.py that touches the file system.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.consistency import check_consistency
from pipeline.documents import Document
from pipeline.facts import ExtractedDocument
from pipeline.findings import FINDING_COLUMNS, Finding, sort_findings
from pipeline.ingest import ingest
from pipeline.nlp import extract_texts
from pipeline.reviews import apply_reviews, read_reviews
from pipeline.tables import FACT_TABLES, documents_frame, fact_frame, fact_rows, to_frame
from pipeline.validate import validate_tables
from pipeline.write import write_outputs


@dataclass
class RunResult:
    documents: list[Document]
    tables: dict[str, pd.DataFrame]  # "money", "date", "country", "agreement"
    findings: list[Finding]
    written: list[Path] = field(default_factory=list)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]


CHUNK_DOCUMENTS = 64  # documents per task when several processes extract


def _extract_chunk(items: list[tuple[str, date | None]]) -> list[ExtractedDocument]:
    return list(extract_texts(items))


def extract_documents(documents: list[Document], jobs: int = 1) -> Iterator[ExtractedDocument]:
    """Extraction for each document, in order; with ``jobs`` > 1 in that many processes.
    The order of results never depends on which process finishes first."""
    items = [(d.text or "", d.doc_date) for d in documents]
    if jobs <= 1 or len(items) <= CHUNK_DOCUMENTS:
        yield from extract_texts(items)
        return
    chunks = [items[i:i + CHUNK_DOCUMENTS] for i in range(0, len(items), CHUNK_DOCUMENTS)]
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        for extracted in pool.map(_extract_chunk, chunks):
            yield from extracted


def extract_rows(documents: list[Document], jobs: int = 1) -> dict[str, list[dict[str, Any]]]:
    """Rows per fact type for every readable document, in document order."""
    ok = [d for d in documents if d.status == "ok" and d.text is not None]
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in FACT_TABLES}
    for doc, extracted in zip(ok, extract_documents(ok, jobs), strict=True):
        per_type = fact_rows(doc.doc_id, doc.text or "", extracted.facts, extracted.sentences)
        for fact_type, type_rows in per_type.items():
            rows[fact_type].extend(type_rows)
    return rows


def findings_frame(findings: list[Finding]) -> pd.DataFrame:
    return to_frame([f.row() for f in sort_findings(findings)], FINDING_COLUMNS)


def run(raw: Path, out: Path, reviews_path: Path | None = None, write: bool = True,
        jobs: int = 1) -> RunResult:
    documents = list(ingest(raw))
    rows = extract_rows(documents, jobs)
    tables = {t: fact_frame(t, rows[t]) for t in FACT_TABLES}
    findings: list[Finding] = []
    if reviews_path is not None:
        decisions = read_reviews(reviews_path)
        tables, review_findings = apply_reviews(tables, decisions, reviews_path.as_posix())
        findings += review_findings
    docs_frame = documents_frame(documents)
    findings += validate_tables({"documents": docs_frame, **tables})
    findings += check_consistency(tables, documents)
    findings = sort_findings(findings)
    result = RunResult(documents, tables, findings)
    if write:
        result.written = write_run(out, result, docs_frame)
    return result


def write_run(out: Path, result: RunResult, docs_frame: pd.DataFrame) -> list[Path]:
    from pipeline.report import render_report

    csvs = {FACT_TABLES[t]: frame for t, frame in result.tables.items()}
    csvs["documents.csv"] = docs_frame
    findings = findings_frame(result.findings)
    csvs["findings.csv"] = findings
    report = render_report(result.documents, result.tables, findings)
    return write_outputs(out, csvs, [("report.html", report.encode("utf-8"))])
