"""A progress bar for long runs: documents done of all, words per second, time left.

``format_progress`` is pure (tested); ``ProgressBar`` draws it on one line of stderr, at most
``MIN_INTERVAL`` apart, and only when that stream is a terminal (never in CI logs or tests
unless forced). It is the ``progress`` callback of ``run.run`` / ``extract.extract_rows``.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

MIN_INTERVAL = 0.1  # seconds between redraws: at most ten a second
BAR_WIDTH = 24


def format_duration(seconds: float) -> str:
    """``42s``, ``3m05s``, ``1h02m``.

    >>> format_duration(4.2), format_duration(185), format_duration(3720), format_duration(-1)
    ('4s', '3m05s', '1h02m', '0s')
    """
    s = max(0, round(seconds))
    if s < 60:
        return f"{s}s"
    if s < 3600:
        return f"{s // 60}m{s % 60:02d}s"
    return f"{s // 3600}h{s % 3600 // 60:02d}m"


def format_progress(done: int, total: int, words: int, elapsed: float,
                    width: int = BAR_WIDTH) -> str:
    """One line: a bar, documents done of all, words per second and the time left (from the
    rate of documents so far).

    >>> format_progress(25, 100, 50000, 10.0, width=8)
    '[##------]  25/100 documents  5,000 words/s  ETA 30s'
    >>> format_progress(0, 3, 0, 0.0, width=4)
    '[----] 0/3 documents  - words/s  ETA ?'
    >>> format_progress(3, 3, 900, 2.0, width=4)
    '[####] 3/3 documents  450 words/s  done in 2s'
    """
    fraction = done / total if total > 0 else 1.0
    filled = min(width, int(fraction * width))
    bar = "[" + "#" * filled + "-" * (width - filled) + "]"
    count = f"{done:>{len(str(total))}}/{total} documents"
    rate = f"{words / elapsed:,.0f} words/s" if elapsed > 0 and words else "- words/s"
    if done >= total:
        tail = f"done in {format_duration(elapsed)}"
    elif done > 0 and elapsed > 0:
        tail = f"ETA {format_duration(elapsed / done * (total - done))}"
    else:
        tail = "ETA ?"
    return f"{bar} {count}  {rate}  {tail}"


class ProgressBar:
    """Draws ``format_progress`` in place on ``stream``; call ``close()`` at the end."""

    def __init__(self, stream: TextIO, clock: Callable[[], float] = time.monotonic) -> None:
        self.stream = stream
        self.clock = clock
        self.began = clock()
        self.last_drawn = float("-inf")
        self.drawn = False

    def __call__(self, done: int, total: int, words: int) -> None:
        now = self.clock()
        if done < total and now - self.last_drawn < MIN_INTERVAL:
            return
        self.last_drawn = now
        self.stream.write("\r\x1b[K" + format_progress(done, total, words, now - self.began))
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()
            self.drawn = False


def progress_bar(stream: TextIO | None = None, force: bool = False) -> ProgressBar | None:
    """A bar on ``stream`` (stderr by default) when it is a terminal, or when forced; else None."""
    stream = sys.stderr if stream is None else stream
    is_tty = getattr(stream, "isatty", lambda: False)()
    return ProgressBar(stream) if force or is_tty else None
