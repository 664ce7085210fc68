"""The local engine's run as a stream: documents are read from disk as the extraction comes to
them and go through in batches, and nothing holds the corpus's texts or facts, so a run's
memory does not grow with them.

Each batch of consecutive documents (``extract.extract_batches``, about ``ROWS_PER_BATCH``
fact rows; a document id is never split) is made into its tables, reviewed, validated and
checked row by row at once; its rows are appended to the fact CSVs, then the batch (tables
and texts) is spilled to a folder in OUT (``Spill``, removed at the end, a killed run's
removed by the next). Between batches the run holds each document's metadata, the findings,
and per identity key the two extreme claims about it (``consistency.ClaimBounds``). After the
last batch, only the rows of the claims a conflict names (and of "part of a total" pairs) are
read back, and the grouped checks of ``consistency`` word their findings from them. Each
batch's documents are rendered as report.html's articles when the batch comes
(``stream_report.ArticleStream``); at the end only those holding a fact some finding names are
rendered again, and the page is head, articles and tail. Batches are in document order, which
is the CSVs' and the page's, so the outputs are byte-identical to ``run.finish_run`` on the
whole tables (``tests/test_stream.py``); every file is replaced atomically at the end.
"""

from __future__ import annotations

import gc
import pickle
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline import extract
from pipeline.cache import ExtractionCache
from pipeline.consistency import (
    GROUPED_CHECKS,
    ClaimBounds,
    active_rows,
    add_claims,
    check_part_exceeds_total,
    row_local_findings,
)
from pipeline.documents import Document
from pipeline.extract import Progress, extract_batches
from pipeline.findings import FINDING_COLUMNS, Finding, sort_findings
from pipeline.formats import is_converted, write_texts
from pipeline.reviews import Decision, apply_reviews
from pipeline.stream_report import ArticleStream
from pipeline.tables import FACT_TABLES, documents_frame, fact_frame, to_frame
from pipeline.validate import validate_table
from pipeline.write import AtomicFile, csv_chunks, remove_stale

SPILL_PREFIX = ".spill-"
OUTPUT_NAMES = sorted([*FACT_TABLES.values(), "documents.csv", "findings.csv"])


@dataclass(frozen=True, slots=True)
class DocumentRecord(Document):
    """A document without its text (which the spill keeps): what the run holds of each."""

    length: int = 0

    @property
    def chars(self) -> int:
        return self.length


def record_of(doc: Document) -> DocumentRecord:
    return DocumentRecord(doc.doc_id, doc.path, doc.sha256, None, doc.status, doc.error,
                          doc.doc_date, doc.chars)


def spilled_documents(documents: Sequence[Document]) -> list[tuple[DocumentRecord, bytes | None]]:
    """Documents as the spill keeps them: the text as UTF-8 bytes (pickling the str itself
    would leave its UTF-8 form cached on it, as large as the text, while it lives)."""
    return [(record_of(d), None if d.text is None else d.text.encode("utf-8", "surrogatepass"))
            for d in documents]


def unspilled_documents(spilled: Sequence[tuple[DocumentRecord, bytes | None]]
                        ) -> list[Document]:
    return [Document(r.doc_id, r.path, r.sha256,
                     None if text is None else text.decode("utf-8", "surrogatepass"),
                     r.status, r.error, r.doc_date) for r, text in spilled]


class Spill:
    """Pickled values by batch number and name, in a folder removed by ``close``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @classmethod
    def create(cls, parent: Path | None) -> Spill:
        if parent is not None:
            parent.mkdir(parents=True, exist_ok=True)
        return cls(Path(tempfile.mkdtemp(prefix=SPILL_PREFIX, dir=parent)))

    def _path(self, number: int, name: str) -> Path:
        return self.folder / f"{number:06d}.{name}.pickle"

    def put(self, number: int, name: str, value: Any) -> None:
        with self._path(number, name).open("wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)

    def get(self, number: int, name: str) -> Any:
        with self._path(number, name).open("rb") as handle:
            return pickle.load(handle)

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def remove_stale_spills(out: Path) -> None:
    """Spill folders a killed run left in ``out``."""
    if out.is_dir():
        for stale in out.glob(SPILL_PREFIX + "*"):
            shutil.rmtree(stale, ignore_errors=True)


@dataclass
class StreamState:
    """What a streaming run holds between batches: small, whatever the corpus."""

    documents: list[DocumentRecord] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    bounds: dict[str, dict[Any, ClaimBounds]] = field(
        default_factory=lambda: {name: {} for name in GROUPED_CHECKS})
    parts: list[tuple[str, Any]] = field(default_factory=list)  # (part, total) fact ids
    reviewed_ids: set[str] = field(default_factory=set)  # fact ids decisions were found for
    whole: set[str] = field(default_factory=set)  # tables to validate whole
    batch_of_doc: dict[str, int] = field(default_factory=dict)
    batches: int = 0


def freeze_heap() -> bool:
    """Keep the objects alive now (modules, the documents) out of the cycle collector's sight
    until ``gc.unfreeze()``: a full collection then traverses only what the run makes.
    (Reference counting still frees them.) Whether it froze them: a caller's own freeze is
    left as it is."""
    if gc.get_freeze_count():
        return False
    gc.freeze()
    return True


@contextmanager
def collection_paused() -> Iterator[None]:
    """No automatic cycle collection inside. A batch's work makes hundreds of thousands of
    containers (row dicts, the report's rows), freed by reference counting; the collector
    would traverse them again and again as they are made, a sixth of the stages' time. The
    first collection after the pause (automatic, at the next allocations) looks at everything
    the pause made at once, so a cycle a batch leaves is freed as before."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def batch_tables(rows: Mapping[str, list[dict[str, Any]]]) -> dict[str, pd.DataFrame]:
    return {t: fact_frame(t, rows[t]) for t in FACT_TABLES}


def review_batch(tables: dict[str, pd.DataFrame], decisions: Sequence[Decision], shown: str,
                 state: StreamState) -> dict[str, pd.DataFrame]:
    """The decisions about this batch's facts applied (``reviews.apply_reviews``)."""
    if not decisions:
        return tables
    ids = {str(f) for frame in tables.values() for f in frame["fact_id"].tolist()}
    here = [d for d in decisions if d.fact_id in ids]
    if not here:
        return tables
    state.reviewed_ids.update(d.fact_id for d in here)
    tables, found = apply_reviews(tables, here, shown)
    state.findings += found
    return tables


def check_batch(number: int, tables: Mapping[str, pd.DataFrame], documents: Sequence[Document],
                state: StreamState, spill: Spill) -> None:
    """Validate the batch's tables, run the row-local checks, add its claims to the bounds
    (their keys and fact ids spilled), note its parts of totals."""
    for name, frame in tables.items():
        found = validate_table(name, frame)
        if any(not f.fact_ids for f in found):  # a failure naming no row: worded once, whole
            state.whole.add(name)
        else:
            state.findings += found
    rows = {t: active_rows(tables, t) for t in tables}
    state.findings += row_local_findings(rows, documents)
    claims = {name: add_claims(state.bounds[name], claims_of(rows[fact_type]))
              for name, (fact_type, claims_of, _) in GROUPED_CHECKS.items()}
    spill.put(number, "claims", claims)
    for row in rows["money"]:
        total = row.get("part_of")
        if not (isinstance(total, str) and total == ""):
            state.parts.append((row["fact_id"], total))


def grouped_findings(state: StreamState, spill: Spill, documents: Sequence[Document]
                     ) -> list[Finding]:
    """The grouped checks and "part of a total", on the rows read back from the spill: those
    with a claim about an identity whose claims conflict, and the parts with their totals."""
    # per conflicting identity: the two claims a finding names, or None (every claim)
    conflicting = {name: {k: b.named for k, b in state.bounds[name].items() if b.conflicting}
                   for name in GROUPED_CHECKS}
    part_ids = {p for p, _ in state.parts} | {str(t) for _, t in state.parts}
    findings: list[Finding] = []
    wanted: dict[str, list[dict[str, Any]]] = {name: [] for name in GROUPED_CHECKS}
    part_rows: list[dict[str, Any]] = []
    if not part_ids and not any(conflicting.values()):
        return findings
    for number in range(state.batches):
        claims = spill.get(number, "claims")
        ids = {name: {fid for key, fid in claims[name] if _named(conflicting[name], key, fid)}
               for name in GROUPED_CHECKS}
        types = {GROUPED_CHECKS[name][0] for name in GROUPED_CHECKS if ids[name]}
        if part_ids:
            types.add("money")
        frames = {t: spill.get(number, f"table.{t}") for t in sorted(types)}
        for name, (fact_type, _, _) in GROUPED_CHECKS.items():
            if ids[name]:
                wanted[name] += _rows_with(frames[fact_type], fact_type, ids[name])
        if part_ids:
            part_rows += _rows_with(frames["money"], "money", part_ids)
    for name, (fact_type, _, check) in GROUPED_CHECKS.items():
        if wanted[name]:
            findings += check({fact_type: wanted[name]}, documents)
    if part_rows:
        findings += check_part_exceeds_total({"money": part_rows}, documents)
    return findings


def _named(conflicting: Mapping[Any, set[str] | None], key: Any, fact_id: str) -> bool:
    """Is this claim needed to word the findings about conflicting identities? The check run
    on the two extreme claims of each identity words the same findings as on all of them."""
    if key not in conflicting:
        return False
    named = conflicting[key]
    return named is None or fact_id in named


def _rows_with(frame: pd.DataFrame, fact_type: str, ids: set[str]) -> list[dict[str, Any]]:
    return active_rows({fact_type: frame[frame["fact_id"].isin(sorted(ids))]}, fact_type)


def whole_table(spill: Spill, batches: int, fact_type: str) -> pd.DataFrame:
    """One fact table, read back from the spill whole (as the local engine would hold it)."""
    parts = [spill.get(number, f"table.{fact_type}") for number in range(batches)]
    if not parts:
        return fact_frame(fact_type, [])
    return pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]


class StreamWriter:
    """The outputs of a streaming run: the fact CSVs appended to as batches come (``add``);
    at the end (``finish``) the rest, every file committed at once, or all discarded
    (``discard``)."""

    def __init__(self, out: Path, spill: Spill) -> None:
        remove_stale(out, [*OUTPUT_NAMES, "report.html"])
        self.out = out
        self.spill = spill
        self.csvs = {t: AtomicFile(out / name) for t, name in FACT_TABLES.items()}
        self.started: set[str] = set()
        self.converted: list[int] = []  # batches with documents converted from HTML or PDF
        self.articles = ArticleStream(spill)

    def add(self, number: int, documents: Sequence[Document],
            tables: Mapping[str, pd.DataFrame]) -> None:
        for fact_type, frame in tables.items():
            header = fact_type not in self.started
            self.csvs[fact_type].write(csv_chunks(frame, header=header))
            self.started.add(fact_type)
        if any(is_converted(d) and d.text is not None for d in documents):
            self.converted.append(number)
        self.articles.add(number, documents, tables)

    def finish(self, state: StreamState, findings: list[Finding]) -> None:
        """documents.csv, findings.csv and report.html; every file committed, CSVs by name,
        then the report, then the converted documents' texts (as ``run.write_run``)."""
        from pipeline.report import gather_findings

        for fact_type in FACT_TABLES:
            if fact_type not in self.started:
                self.csvs[fact_type].write(csv_chunks(fact_frame(fact_type, [])))
        findings_frame = to_frame([f.row() for f in findings], FINDING_COLUMNS)
        files = {FACT_TABLES[t]: f for t, f in self.csvs.items()}
        for name, frame in (("documents.csv", documents_frame(state.documents)),
                            ("findings.csv", findings_frame)):
            files[name] = AtomicFile(self.out / name)
            files[name].write(csv_chunks(frame))
        report = AtomicFile(self.out / "report.html")
        try:
            report.write(part.encode("utf-8") if isinstance(part, str) else part
                         for part in self.articles.parts(state.documents,
                                                         gather_findings(findings_frame),
                                                         self._batch))
        except BaseException:
            report.discard()
            raise
        for name in sorted(files):
            files[name].commit()
        report.commit()
        for number in self.converted:
            write_texts(self.out, unspilled_documents(self.spill.get(number, "documents")))

    def discard(self) -> None:
        for handle in self.csvs.values():
            handle.discard()
        self.articles.close()

    def _batch(self, number: int) -> tuple[list[Document], dict[str, pd.DataFrame]]:
        """Batch ``number`` read back: its documents, with their texts, and its tables."""
        return (unspilled_documents(self.spill.get(number, "documents")),
                {t: self.spill.get(number, f"table.{t}") for t in FACT_TABLES})


@dataclass
class StreamResult:
    documents: list[Document]
    findings: list[Finding]
    counts: dict[str, int]
    tables: dict[str, pd.DataFrame]


def take_batch(batch: extract.Batch, decisions: Sequence[Decision], shown: str,
               state: StreamState, spill: Spill, writer: StreamWriter | None, clock: Any) -> None:
    """One batch made into tables, reviewed, checked, spilled and (``writer``) written."""
    number = state.batches
    with clock("tables"):
        tables = batch_tables(batch.rows)
    with clock("reviews"):
        tables = review_batch(tables, decisions, shown, state)
    with clock("check"):
        check_batch(number, tables, batch.documents, state, spill)
    with clock("write"):
        spill.put(number, "documents", spilled_documents(batch.documents))
        for fact_type, frame in tables.items():
            spill.put(number, f"table.{fact_type}", frame)
            state.counts[fact_type] += len(frame)
        if writer is not None:
            writer.add(number, batch.documents, tables)
    for doc in batch.documents:
        state.documents.append(record_of(doc))
        state.batch_of_doc.setdefault(doc.doc_id, number)
    state.batches += 1


def stream_run(documents: Iterable[Document], out: Path, decisions: Sequence[Decision],
               shown: str, write: bool, jobs: int, budget: float, progress: Progress | None,
               cache: ExtractionCache | None, clock: Any, total: int | None = None
               ) -> StreamResult:
    """Extract, review, validate, check and (``write``) write, a batch at a time. Without
    ``write`` nothing is written to ``out`` and the whole tables are returned instead."""
    if write:
        remove_stale_spills(out)
    spill = Spill.create(out if write else None)
    state = StreamState()
    writer = StreamWriter(out, spill) if write else None
    froze = freeze_heap()
    try:
        batches = extract_batches(documents, jobs, budget, progress, cache,
                                  rows_per_batch=extract.ROWS_PER_BATCH, total=total)
        del documents  # the batches hand each document on, then the spill holds its text
        while True:
            with clock("extract"):
                batch = next(batches, None)
            if batch is None:
                break
            with collection_paused():
                take_batch(batch, decisions, shown, state, spill, writer, clock)
            del batch
        with clock("consistency"):
            findings = state.findings
            orphans = [d for d in decisions if d.fact_id not in state.reviewed_ids]
            if orphans:
                findings += apply_reviews({}, orphans, shown)[1]
            findings += validate_table("documents", documents_frame(state.documents))
            for name in sorted(state.whole):
                findings += validate_table(name, whole_table(spill, state.batches, name))
            findings += grouped_findings(state, spill, state.documents)
            findings = sort_findings(findings)
        whole: dict[str, pd.DataFrame] = {}
        if writer is not None:
            with clock("write"):
                writer.finish(state, findings)
        else:
            whole = {t: whole_table(spill, state.batches, t) for t in FACT_TABLES}
    except BaseException:
        if writer is not None:
            writer.discard()
        raise
    finally:
        spill.close()
        if froze:
            gc.unfreeze()
    counts = {t: state.counts[t] for t in FACT_TABLES}
    return StreamResult(list(state.documents), findings, counts, whole)
