"""A document as the pipeline sees it: its id, where it came from, and its decoded text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Document:
    doc_id: str  # path relative to RAW without the .txt suffix, '/'-separated
    path: str  # the path as the run saw it (RAW joined with the relative path), '/'-separated
    sha256: str  # of the raw bytes
    text: str | None  # decoded text (BOM dropped); None when quarantined
    status: str  # "ok" or "quarantined"
    error: str = ""  # why it was quarantined, with an error code
    doc_date: date | None = None  # from NAME.meta.json, when given

    @property
    def chars(self) -> int:
        return len(self.text) if self.text is not None else 0
