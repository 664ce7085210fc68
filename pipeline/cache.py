"""A per-document cache of extraction results, so a re-run extracts only what changed.

An entry's key is the SHA-256 of the pipeline's version (every source, pattern and data file
extraction uses, and the spaCy version), the document's date and its text; its value is the
pickled ``ExtractedDocument``. A change to any of those is a miss. Entries are written
atomically (``pipeline.write.write_atomic``); an entry that cannot be read back as an
``ExtractedDocument`` (truncated, corrupt, from another Python) is a miss, recomputed and
rewritten, never an error. The cache never changes outputs: ``tests/test_cache.py``.

Only the cache folder's owner writes there: entries are pickles, so a folder others can write
to must not be used as a cache.

``FACTCHECK_CACHE=0`` (or ``off``/``no``/``false``) in the environment disables it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
from datetime import date
from functools import cache
from pathlib import Path

import spacy

from pipeline.facts import ExtractedDocument
from pipeline.write import write_atomic

PIPELINE_DIR = Path(__file__).resolve().parent
# What extraction reads: its code, patterns and gazetteers (report assets are not extraction,
# but hashing them too only costs a spurious miss after a report change).
VERSIONED = ("*.py", "components/*.py", "patterns/*", "data/*")
ENVIRONMENT = "FACTCHECK_CACHE"
DEFAULT_FOLDER = ".cache"


@cache
def pipeline_version(root: Path = PIPELINE_DIR) -> str:
    """SHA-256 over the names and bytes of every versioned file under ``root``, and spaCy's
    version: computed once per run."""
    digest = hashlib.sha256(f"spacy {spacy.__version__}\0".encode())
    paths = sorted({p for pattern in VERSIONED for p in root.glob(pattern) if p.is_file()})
    for path in paths:
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def cache_key(text: str, doc_date: date | None, version: str) -> str:
    """The entry name of one document's extraction."""
    digest = hashlib.sha256(version.encode())
    digest.update(b"\0" + (doc_date.isoformat() if doc_date else "").encode() + b"\0")
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def cache_enabled() -> bool:
    return os.environ.get(ENVIRONMENT, "1").strip().lower() not in ("0", "off", "no", "false")


class ExtractionCache:
    """Extraction results by document, one file per entry under ``folder``."""

    def __init__(self, folder: Path, version: str | None = None) -> None:
        self.folder = folder
        self.version = version if version is not None else pipeline_version()
        self.hits = 0
        self.misses = 0

    def key(self, text: str, doc_date: date | None) -> str:
        return cache_key(text, doc_date, self.version)

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def has(self, key: str) -> bool:
        """Is there an entry (readable or not) for ``key``?"""
        return self._path(key).is_file()

    def get(self, key: str) -> ExtractedDocument | None:
        """The stored result, or None when absent or unreadable."""
        try:
            data = self._path(key).read_bytes()
            value = pickle.loads(data)
        except Exception:  # absent, unreadable, truncated, corrupt: recompute
            value = None
        if not isinstance(value, ExtractedDocument):
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, key: str, value: ExtractedDocument) -> None:
        """Store ``value``; a cache that cannot be written is skipped, not an error."""
        self.put_pickled(key, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

    def put_pickled(self, key: str, data: bytes) -> None:
        """Store an ``ExtractedDocument`` pickled already (by the worker that extracted it).
        Not fsynced, one entry per document: an entry a crash truncates fails to unpickle and
        is a miss (``get``)."""
        with contextlib.suppress(OSError):
            write_atomic(self._path(key), data, durable=False)


def open_cache(out: Path, folder: Path | None = None) -> ExtractionCache | None:
    """The cache of a run writing to ``out``: ``folder`` if given, else ``out/.cache``; None
    when ``FACTCHECK_CACHE=0``."""
    if not cache_enabled():
        return None
    return ExtractionCache(folder if folder is not None else out / DEFAULT_FOLDER)
