"""The extraction stage: documents → fact rows, one document at a time, optionally in several
processes, each document under a time budget.

A document whose extraction overruns its budget or fails is quarantined with the reason, and
the run goes on; results come back in document order whatever process finishes first, so the
output does not depend on ``jobs``.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sized
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from datetime import date
from itertools import chain, islice
from typing import Any

import pandas as pd

from pipeline.cache import ExtractionCache
from pipeline.documents import Document
from pipeline.extract_worker import (  # noqa: F401 (named here for the run and the tests)
    BudgetExceeded,
    Outcome,
    extract_chunk,
    extract_one,
    extract_text,
    with_budget,
)
from pipeline.lookahead import SharedPass
from pipeline.tables import FACT_TABLES, fact_frame, sort_facts

Progress = Callable[[int, int, int], None]  # documents done, documents in all, words so far

TIME_BUDGET_SECONDS = 120.0  # per document; a pathological input is quarantined, not hung on
CHUNK_DOCUMENTS = 32  # documents per task when several processes extract
CHUNKS_AHEAD = 8  # tasks submitted ahead per process (seconds of work while the run writes)
ROWS_PER_BATCH = 10_000  # rows of a fact type gathered before they become a DataFrame
# Worker processes are forked on Linux: they start with the parent's modules (spaCy and the
# pipeline) already imported, which a spawned worker spends about 0.7 s importing again.
# Elsewhere (macOS, Windows) fork is unsafe or missing: they are spawned.
START_METHOD = "fork" if sys.platform.startswith("linux") else "spawn"

Item = tuple[str, str, date | None]  # a document's id, text and date


def _encoded(items: list[Item]) -> list[tuple[str, bytes, date | None]]:
    """Texts as UTF-8 bytes for a worker process: pickling a str would leave its UTF-8 form
    cached on the parent's copy (as large as the text) for as long as the text lives."""
    return [(doc_id, text.encode("utf-8", "surrogatepass"), doc_date)
            for doc_id, text, doc_date in items]


def _computed(items: Iterable[Item], jobs: int, budget: float, pickled: bool = False
              ) -> Iterator[Outcome]:
    """One Outcome per item, in order; with ``jobs`` > 1 in that many processes (``pickled``:
    their outcomes carry the facts pickled, for the cache). Items are read as they are
    needed: a few chunks ahead of the outcomes, never all at once."""
    items = iter(items)
    first = list(islice(items, CHUNK_DOCUMENTS + 1))
    if jobs <= 1 or len(first) <= CHUNK_DOCUMENTS:
        for _, text, doc_date in chain(first, items):
            yield extract_one(text, doc_date, budget)
        return
    rest = chain(first, items)
    chunks = iter(lambda: list(islice(rest, CHUNK_DOCUMENTS)), [])
    context = multiprocessing.get_context(START_METHOD)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        # A few chunks ahead per process, not all: results wait for a consumer that may be
        # slower than the workers (it validates, checks and writes), so memory stays flat.
        running = deque(pool.submit(extract_chunk, _encoded(chunk), budget, pickled)
                        for chunk in islice(chunks, CHUNKS_AHEAD * jobs))
        while running:
            outcomes = running.popleft().result()
            for chunk in islice(chunks, 1):
                running.append(pool.submit(extract_chunk, _encoded(chunk), budget, pickled))
            yield from outcomes


@dataclass(frozen=True, slots=True)
class _Keyed:
    item: Item
    key: str
    stored: bool  # the cache holds an entry under ``key``


def extract_outcomes(documents: Iterable[Document], jobs: int = 1,
                     budget: float = TIME_BUDGET_SECONDS,
                     cache: ExtractionCache | None = None) -> Iterator[Outcome]:
    """One Outcome per document, in order; with ``jobs`` > 1 in that many processes.
    ``documents`` are read as they are needed, a few chunks ahead. With a ``cache``, documents
    it holds are not extracted again (looked up here, in the parent), and every new success is
    stored in it; failures are not cached (a budget may be raised)."""
    items = ((d.doc_id, d.text or "", d.doc_date) for d in documents)
    if cache is None:
        yield from _computed(items, jobs, budget)
        return
    keyed = (_Keyed(item, key, cache.has(key))  # entries are read one at a time: flat memory
             for item in items for key in [cache.key(item[1], item[2])])
    entries = SharedPass(keyed, lambda entry: not entry.stored)
    computed = _computed((entry.item for entry in entries.selected()), jobs, budget,
                         pickled=True)
    for entry in entries:
        hit = cache.get(entry.key) if entry.stored else None
        if hit is not None:
            yield Outcome(hit)
            continue
        # not stored: computed by the workers; stored but unreadable: recomputed here
        _, text, doc_date = entry.item
        outcome = next(computed) if not entry.stored else extract_one(text, doc_date, budget)
        if outcome.pickled is not None:
            cache.put_pickled(entry.key, outcome.pickled)
        elif outcome.extracted is not None:
            cache.put(entry.key, outcome.extracted)
        yield outcome


def extract_tables(documents: list[Document], jobs: int = 1,
                   budget: float = TIME_BUDGET_SECONDS, progress: Progress | None = None,
                   cache: ExtractionCache | None = None
                   ) -> tuple[list[Document], dict[str, pd.DataFrame]]:
    """``extract_rows``, made into one table per fact type as it goes: every
    ``ROWS_PER_BATCH`` rows of a type become a DataFrame (typed columns, no dict per row), so
    memory holds a corpus's facts compactly; the tables equal ``fact_frame`` of all rows."""
    pending: dict[str, list[dict[str, Any]]] = {t: [] for t in FACT_TABLES}
    batches: dict[str, list[pd.DataFrame]] = {t: [] for t in FACT_TABLES}

    def flush(fact_type: str) -> None:
        batches[fact_type].append(fact_frame(fact_type, pending[fact_type]))
        pending[fact_type] = []

    def collect(per_type: dict[str, list[dict[str, Any]]]) -> None:
        for fact_type, type_rows in per_type.items():
            pending[fact_type].extend(type_rows)
            if len(pending[fact_type]) >= ROWS_PER_BATCH:
                flush(fact_type)

    updated = _extract_into(documents, collect, jobs, budget, progress, cache)
    tables = {}
    for fact_type in FACT_TABLES:
        if pending[fact_type] or not batches[fact_type]:
            flush(fact_type)
        parts = batches.pop(fact_type)
        tables[fact_type] = parts[0] if len(parts) == 1 else sort_facts(
            pd.concat(parts, ignore_index=True))
    return updated, tables


@dataclass
class Batch:
    """Consecutive documents (in order; any that failed extraction now quarantined) and their
    rows per fact type, in document order. A document id is never split between batches."""

    documents: list[Document]
    rows: dict[str, list[dict[str, Any]]]

    @property
    def size(self) -> int:
        return sum(len(r) for r in self.rows.values())


def is_readable(doc: Document) -> bool:
    return doc.status == "ok" and doc.text is not None


def extract_batches(documents: Iterable[Document], jobs: int = 1,
                    budget: float = TIME_BUDGET_SECONDS, progress: Progress | None = None,
                    cache: ExtractionCache | None = None,
                    rows_per_batch: int = ROWS_PER_BATCH, total: int | None = None
                    ) -> Iterator[Batch]:
    """``extract_rows`` as a stream: every document (quarantined ones too) in order, in
    batches of about ``rows_per_batch`` fact rows, each handed on as soon as it is complete,
    so a run holds one batch's rows at a time. ``documents`` are read as the extraction needs
    them (a few chunks ahead), so from a lazy source (``ingest.ingest``) the run never holds
    the corpus's texts. ``total``: how many documents there are, for ``progress`` (by default
    ``len(documents)``). ``cache``: see ``extract_outcomes``."""
    if total is None:
        total = len(documents) if isinstance(documents, Sized) else 0
    shared = SharedPass(documents, is_readable)
    outcomes = extract_outcomes(shared.selected(), jobs, budget, cache)
    words = 0
    if progress is not None:
        progress(0, total, 0)
    batch = Batch([], {t: [] for t in FACT_TABLES})
    for done, doc in enumerate(shared, start=1):
        if batch.size >= rows_per_batch and doc.doc_id != batch.documents[-1].doc_id:
            yield batch
            batch = Batch([], {t: [] for t in FACT_TABLES})
        if is_readable(doc):
            text = doc.text or ""
            outcome = next(outcomes)
            if progress is not None:
                words += len(text.split())
            if outcome.failed:
                doc = replace(doc, text=None, status="quarantined", error=outcome.error)
            else:
                for fact_type, type_rows in outcome.rows_of(doc.doc_id, text).items():
                    batch.rows[fact_type].extend(type_rows)
        if progress is not None:
            progress(done, total, words)
        batch.documents.append(doc)
    if batch.documents:
        yield batch


def extract_rows(documents: list[Document], jobs: int = 1, budget: float = TIME_BUDGET_SECONDS,
                 progress: Progress | None = None, cache: ExtractionCache | None = None
                 ) -> tuple[list[Document], dict[str, list[dict[str, Any]]]]:
    """Rows per fact type for every readable document, in document order, and the documents
    with any that failed extraction now quarantined. ``cache``: see ``extract_outcomes``."""
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in FACT_TABLES}

    def collect(per_type: dict[str, list[dict[str, Any]]]) -> None:
        for fact_type, type_rows in per_type.items():
            rows[fact_type].extend(type_rows)

    return _extract_into(documents, collect, jobs, budget, progress, cache), rows


def _extract_into(documents: list[Document],
                  collect: Callable[[dict[str, list[dict[str, Any]]]], None], jobs: int,
                  budget: float, progress: Progress | None, cache: ExtractionCache | None
                  ) -> list[Document]:
    """Extract every readable document, in order, handing the rows per type to ``collect`` a
    batch at a time; the documents, with any that failed extraction now quarantined."""
    updated: list[Document] = []
    for batch in extract_batches(documents, jobs, budget, progress, cache):
        collect(batch.rows)
        updated.extend(batch.documents)
    return updated
