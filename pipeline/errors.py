"""Every message the pipeline gives a user, in one catalogue with a code (after spaCy's errors.py).

The library raises ``PipelineError`` subclasses carrying a catalogue entry; the CLI is the only
place that turns them into one line on stderr and an exit code.
"""

from __future__ import annotations

from enum import StrEnum


class Msg(StrEnum):
    # Ingest: why a document is quarantined (the run goes on).
    E101 = "not UTF-8: invalid byte 0x{byte:02x} at byte offset {offset}"
    E102 = "binary file: NUL byte at byte offset {offset}"
    E103 = "empty document"
    E104 = "cannot read file: {reason}"
    E105 = "extraction exceeded the time budget of {seconds} s per document"
    E106 = "bad meta file {path}: {reason}"
    E107 = "extraction failed: {reason}"
    E110 = "document of {size} bytes is larger than the limit of {limit} bytes"
    E108 = "cannot extract text from HTML: {reason}"
    E109 = "cannot extract text from PDF: {reason}"
    # Usage and environment: the run stops with exit 2.
    E201 = "raw folder not found: {path}"
    E202 = "raw path is not a folder: {path}"
    E203 = "cannot write to output folder {path}: {reason}"
    E204 = "reviews file {path} cannot be read: {reason}"
    E205 = "reviews file {path} is missing columns {columns}"
    E206 = "reviews file {path}, line {line}: {reason}"
    E207 = "--jobs must be a positive whole number or auto, not {value}"
    E208 = "cannot reach the Dask scheduler at {address}: {reason}"

    def format_msg(self, **kwargs: object) -> str:
        return f"[{self.name}] " + self.value.format(**kwargs)


class PipelineError(Exception):
    """An error a user can act on: one line, with a code from the catalogue."""

    exit_code = 2

    def __init__(self, msg: Msg, **kwargs: object) -> None:
        self.msg = msg
        self.kwargs = kwargs
        super().__init__(msg.format_msg(**kwargs))


class UsageError(PipelineError):
    """Bad arguments or paths."""


class ReviewsError(PipelineError):
    """A reviewer decisions file that cannot be read as it stands."""
