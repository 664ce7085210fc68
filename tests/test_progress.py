"""The progress bar: a pure line format, drawn at most ten times a second, only on a terminal."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from pipeline.progress import ProgressBar, format_progress, progress_bar
from pipeline.run import run


@pytest.mark.parametrize(("done", "total", "words", "elapsed", "line"), [
    (0, 10, 0, 0.0, "[----------]  0/10 documents  - words/s  ETA ?"),
    (5, 10, 12000, 4.0, "[#####-----]  5/10 documents  3,000 words/s  ETA 4s"),
    (1, 400, 800, 2.0, "[----------]   1/400 documents  400 words/s  ETA 13m18s"),
    (10, 10, 30000, 75.0, "[##########] 10/10 documents  400 words/s  done in 1m15s"),
    (0, 0, 0, 0.0, "[##########] 0/0 documents  - words/s  done in 0s"),
])
def test_format_progress(done: int, total: int, words: int, elapsed: float, line: str) -> None:
    assert format_progress(done, total, words, elapsed, width=10) == line


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_redrawn_at_most_ten_times_a_second_and_always_at_the_end() -> None:
    stream, clock = io.StringIO(), FakeClock()
    bar = ProgressBar(stream, clock)
    for done in range(1, 101):  # 100 documents in 1 s
        clock.now = done / 100
        bar(done, 100, done * 50)
    bar.close()
    frames = stream.getvalue().split("\r\x1b[K")[1:]
    assert 9 <= len(frames) <= 12
    assert frames[-1].startswith("[") and "100/100 documents" in frames[-1]
    assert frames[-1].endswith("5,000 words/s  done in 1s\n")


def test_only_on_a_terminal_unless_forced() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert progress_bar(io.StringIO()) is None
    assert isinstance(progress_bar(io.StringIO(), force=True), ProgressBar)
    assert isinstance(progress_bar(Tty()), ProgressBar)


def test_the_run_reports_documents_and_words(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("Kazakhstan and Uzbekistan.", encoding="utf-8")
    (raw / "b.txt").write_text("In 2016, Georgia.", encoding="utf-8")
    (raw / "c.txt").write_bytes(b"\xff")  # quarantined: a document done, of no words
    calls: list[tuple[int, int, int]] = []
    run(raw, tmp_path / "out", write=False, progress=lambda *a: calls.append(a))
    assert calls == [(0, 3, 0), (1, 3, 3), (2, 3, 6), (3, 3, 6)]
