"""How a streaming run handles Python's cycle collector (pipeline/stream.py): paused for a
batch's work, the objects alive before the run frozen, and both undone when the run ends,
even when it fails; a cycle a batch leaves is still freed."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

import pipeline.stream
from pipeline.run import run
from pipeline.stream import collection_paused, freeze_heap


@pytest.fixture
def collector() -> Iterator[None]:
    """The collector as a process normally has it, whatever a test does to it."""
    enabled = gc.isenabled()
    gc.enable()
    gc.unfreeze()
    yield
    gc.unfreeze()
    if not enabled:
        gc.disable()


class Node:
    def __init__(self) -> None:
        self.other: Node | None = None


def test_the_pause_is_undone_and_a_cycle_made_in_it_is_freed(collector: None) -> None:
    with collection_paused():
        assert not gc.isenabled()
        a, b = Node(), Node()
        a.other, b.other = b, a
        gone = weakref.ref(a)
        del a, b
    assert gc.isenabled()
    gc.collect()
    assert gone() is None
    gc.disable()
    with collection_paused():
        pass
    assert not gc.isenabled()  # a caller's own pause is left as it is


def test_the_heap_is_frozen_unless_the_caller_froze_it(collector: None) -> None:
    assert freeze_heap() and gc.get_freeze_count() > 0
    frozen = gc.get_freeze_count()
    Node()
    assert not freeze_heap()  # a caller's own freeze is left as it is
    assert gc.get_freeze_count() == frozen


def test_a_run_leaves_the_collector_as_it_found_it(tmp_path: Path, collector: None,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("In FY 2020 the United States provided $10 million to "
                               "Georgia.\n", "utf-8")
    run(raw, tmp_path / "out")
    assert gc.isenabled() and gc.get_freeze_count() == 0

    def broken(*args: object) -> None:
        raise RuntimeError("a batch fails")

    monkeypatch.setattr(pipeline.stream, "check_batch", broken)
    with pytest.raises(RuntimeError):
        run(raw, tmp_path / "out")
    assert gc.isenabled() and gc.get_freeze_count() == 0
