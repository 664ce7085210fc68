"""report.html of a streaming run (``stream.StreamWriter``), made while the batches come.

Each batch's documents are rendered as articles when the batch arrives, with no findings yet
(``add``), into one file in the spill, in page order; what the page's head and tail count is
kept on the way (totals, facts per document, the facts that cannot be placed and their
anchors). So the rendering runs while the worker processes still extract, not on one core
after the last batch. An article shows findings only through the facts it holds, so at the
end (``parts``) only the documents holding a fact some finding names are rendered again,
with their findings; every other article is copied as it was written. The page is
byte-identical to ``report.report_parts`` on the whole tables (``tests/test_stream.py``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, BinaryIO, Protocol

import pandas as pd

from pipeline.documents import Document
from pipeline.report import (
    FactRow,
    FactTotals,
    Finding,
    PlacedFacts,
    _Anchored,
    document_article,
    flagged_facts,
    gather_facts,
    page_head,
    page_tail,
    place_facts,
)

COPY_CHUNK = 1 << 20
NO_FINDINGS: Mapping[str, Sequence[Finding]] = {}


def placed_batch(documents: Sequence[Document], tables: Mapping[str, pd.DataFrame]
                 ) -> tuple[list[Document], list[FactRow], PlacedFacts]:
    """A batch's documents and facts in page order, and the facts placed in the documents."""
    docs = sorted(documents, key=lambda d: (d.doc_id, d.path))
    by_doc_id: dict[str, Document] = {}
    for d in docs:
        by_doc_id.setdefault(d.doc_id, d)
    facts = gather_facts(tables)
    return docs, facts, place_facts(facts, by_doc_id)


class Store(Protocol):
    """Where the run keeps values by batch number and name (``stream.Spill``)."""

    folder: Path

    def put(self, number: int, name: str, value: Any) -> None: ...

    def get(self, number: int, name: str) -> Any: ...


class ArticleStream:
    """The page's articles, a batch at a time, and what its head and tail need."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.path = store.folder / "articles.html"
        self.redone_path = store.folder / "articles-redone.html"
        self._file: BinaryIO = self.path.open("wb")
        self.offsets: list[list[int]] = []  # per batch: where each article starts, and its end
        self.totals = FactTotals()
        self.type_counts: dict[str, Counter[str]] = {}
        self.unplaced: list[FactRow] = []
        self.anchors: dict[str, FactRow] = {}  # fact_id -> its first row, for unplaced facts

    def add(self, number: int, documents: Sequence[Document],
            tables: Mapping[str, pd.DataFrame]) -> None:
        """Batch ``number`` (its documents, with their texts, and its reviewed tables): its
        articles rendered; the ids of its facts stored (the run does not hold them)."""
        assert number == len(self.offsets)
        batch_docs, facts, placed = placed_batch(documents, tables)
        self.totals.add(facts)  # in page order: batches hold consecutive documents
        self.type_counts.update(placed.type_counts())
        self.unplaced += placed.unplaced
        self.anchors.update((f.fact_id, placed.anchored[f.fact_id]) for f in placed.unplaced)
        self.store.put(number, "fact_ids", list(placed.anchored))
        offsets = [self._file.tell()]
        for doc in batch_docs:
            self._file.write(document_article(doc, placed.facts_of_doc.get(doc.doc_id, []),
                                              NO_FINDINGS, placed.anchored).encode("utf-8"))
            offsets.append(self._file.tell())
        self.offsets.append(offsets)

    def close(self) -> None:
        self._file.close()

    def parts(self, documents: Sequence[Document], found: Sequence[Finding],
              batch: Callable[[int], tuple[Sequence[Document], Mapping[str, pd.DataFrame]]]
              ) -> Iterator[str | bytes]:
        """The whole page (``documents``: the run's, in any order; ``found``: its findings;
        ``batch(number)``: that batch's documents, with their texts, and its tables)."""
        self.close()
        flagged = flagged_facts(found)
        named = set(flagged)
        docs = sorted(documents, key=lambda d: (d.doc_id, d.path))
        by_doc_id: dict[str, Document] = {}
        for d in docs:
            by_doc_id.setdefault(d.doc_id, d)
        first: dict[str, FactRow] = {}  # the first row of each fact a finding names
        placed_rows: dict[str, list[FactRow]] = {}  # and its placed rows
        redone: dict[tuple[int, int], tuple[int, int]] = {}  # (batch, article) -> its bytes
        with self.redone_path.open("wb") as out:
            for number in range(len(self.offsets)):
                if named.isdisjoint(self.store.get(number, "fact_ids")):
                    continue
                batch_documents, batch_tables = batch(number)
                batch_docs, placed = _named_documents(batch_documents, batch_tables, named)
                for fid in named.intersection(placed.anchored):
                    first.setdefault(fid, placed.anchored[fid])
                for rows in placed.facts_of_doc.values():
                    for f in rows:
                        if f.fact_id in named:
                            placed_rows.setdefault(f.fact_id, []).append(f)
                for position, doc in batch_docs:
                    # the document findings name, with its text, for the evidence
                    if by_doc_id[doc.doc_id].path == doc.path:
                        by_doc_id[doc.doc_id] = doc
                    begin = out.tell()
                    out.write(document_article(doc, placed.facts_of_doc.get(doc.doc_id, []),
                                               flagged, placed.anchored).encode("utf-8"))
                    redone[number, position] = (begin, out.tell())
        yield from page_head(docs, self.totals, found, _Anchored(first, placed_rows), by_doc_id,
                             flagged, self.type_counts)
        with self.path.open("rb") as articles, self.redone_path.open("rb") as again:
            for number, offsets in enumerate(self.offsets):
                begin = offsets[0]
                for position in range(len(offsets) - 1):
                    if (number, position) in redone:
                        yield from _copied(articles, begin, offsets[position])
                        yield from _copied(again, *redone[number, position])
                        begin = offsets[position + 1]
                yield from _copied(articles, begin, offsets[-1])
        self.path.unlink()
        self.redone_path.unlink()
        yield from page_tail(self.unplaced, by_doc_id, flagged, _Anchored(self.anchors, {}))


def _named_documents(documents: Sequence[Document], tables: Mapping[str, pd.DataFrame],
                     named: set[str]) -> tuple[list[tuple[int, Document]], PlacedFacts]:
    """Of a batch, the documents (with their place in the batch's page order) holding a placed
    fact that a finding names, and their facts placed. Only the rows of the documents whose ids
    those facts carry are gathered: a document's facts are placed apart from any other's."""
    ids = {str(d) for frame in tables.values() if not frame.empty
           for d in frame.loc[frame["fact_id"].isin(named), "doc_id"].tolist()}
    _, _, placed = placed_batch(
        [d for d in documents if d.doc_id in ids],
        {t: frame[frame["doc_id"].isin(ids)] if not frame.empty else frame
         for t, frame in tables.items()})
    docs = sorted(documents, key=lambda d: (d.doc_id, d.path))
    return [(position, d) for position, d in enumerate(docs)
            if any(f.fact_id in named for f in placed.facts_of_doc.get(d.doc_id, ()))], placed


def _copied(source: BinaryIO, begin: int, end: int) -> Iterator[bytes]:
    """The bytes ``begin:end`` of ``source``, in chunks."""
    source.seek(begin)
    left = end - begin
    while left > 0:
        chunk = source.read(min(COPY_CHUNK, left))
        if not chunk:
            raise OSError(f"{source.name} ended {left} bytes early")
        left -= len(chunk)
        yield chunk
