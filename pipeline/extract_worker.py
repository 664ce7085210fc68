"""What a worker process runs (``extract_chunk``): documents → their fact rows, each document
under a time budget. It imports the spaCy pipeline and the rows (``pipeline.rows``), not pandas
or the run's other stages, so a worker starts sooner; ``pipeline.extract`` runs it.
"""

from __future__ import annotations

import pickle
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from pipeline.errors import Msg
from pipeline.facts import ExtractedDocument
from pipeline.nlp import extract_text
from pipeline.rows import fact_rows

T = TypeVar("T")


class BudgetExceeded(Exception):
    pass


def with_budget(work: Callable[[], T], seconds: float) -> T:
    """Run ``work``; raise BudgetExceeded when it takes longer than ``seconds``.

    Uses SIGALRM, so it applies in a process's main thread (every worker's tasks run there);
    elsewhere, or with ``seconds`` <= 0, ``work`` runs without a budget.
    """
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if seconds <= 0 or not usable:
        return work()

    def on_alarm(signum: int, frame: Any) -> None:
        raise BudgetExceeded

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return work()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass(frozen=True, slots=True)
class Outcome:
    """One document's extraction: its facts (``extracted``), or, from a worker process, its
    fact rows (``rows``, made there: a parent unpickling every fact object would spend more
    time on it than on all the rows) and, for the cache, its facts pickled (``pickled``); or,
    when it failed, why (``error``)."""

    extracted: ExtractedDocument | None
    error: str = ""
    rows: dict[str, list[dict[str, Any]]] | None = None
    pickled: bytes | None = None

    @property
    def failed(self) -> bool:
        return self.extracted is None and self.rows is None

    def rows_of(self, doc_id: str, text: str) -> dict[str, list[dict[str, Any]]]:
        """The document's fact rows (``tables.fact_rows``)."""
        if self.rows is not None:
            return self.rows
        assert self.extracted is not None
        return fact_rows(doc_id, text, self.extracted.facts, self.extracted.sentences)


def extract_one(text: str, doc_date: date | None, budget: float) -> Outcome:
    try:
        return Outcome(with_budget(lambda: extract_text(text, doc_date), budget))
    except BudgetExceeded:
        return Outcome(None, Msg.E105.format_msg(seconds=f"{budget:g}"))
    except RecursionError as exc:
        return Outcome(None, Msg.E107.format_msg(reason=f"RecursionError: {exc}"))
    except Exception as exc:  # one document's failure must not stop the run
        return Outcome(None, Msg.E107.format_msg(reason=f"{type(exc).__name__}: {exc}"))


def extract_chunk(items: list[tuple[str, bytes, date | None]], budget: float,
                   pickled: bool) -> list[Outcome]:
    """A worker process's task: each document extracted, shipped as its fact rows (and, with
    ``pickled``, its facts pickled for the parent's cache)."""
    out = []
    for doc_id, utf8, doc_date in items:
        text = utf8.decode("utf-8", "surrogatepass")
        outcome = extract_one(text, doc_date, budget)
        if outcome.extracted is not None:
            outcome = Outcome(None, "", outcome.rows_of(doc_id, text),
                              pickle.dumps(outcome.extracted, protocol=pickle.HIGHEST_PROTOCOL)
                              if pickled else None)
        out.append(outcome)
    return out
