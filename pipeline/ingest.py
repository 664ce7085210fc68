"""Ingest: RAW folder → Documents. Strict UTF-8; an unreadable file is quarantined, never fatal.

A document's id is its path relative to RAW without ``.txt``, '/'-separated, so ids and the
order of documents do not depend on the operating system or the order the file system lists.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from pipeline.documents import Document
from pipeline.errors import Msg, UsageError
from pipeline.formats import CONVERTED_SUFFIXES, convert

BOM = "\ufeff"
BINARY_SNIFF_BYTES = 8000
MAX_DOCUMENT_BYTES = 256 * 1024 * 1024  # one document; larger ones are quarantined
META_SUFFIX = ".meta.json"


def find_documents(raw: Path) -> list[tuple[str, Path]]:
    """(doc_id, path) of every ``*.txt`` under ``raw``, sorted by doc_id; ``.html``, ``.htm``
    and ``.pdf`` files too, their doc_id keeping the suffix."""
    if not raw.exists():
        raise UsageError(Msg.E201, path=raw)
    if not raw.is_dir():
        raise UsageError(Msg.E202, path=raw)
    found = []
    for dirpath, dirnames, filenames in os.walk(raw):
        dirnames.sort()
        for name in filenames:
            if name.endswith(".txt") and not name.startswith("."):
                path = Path(dirpath) / name
                doc_id = path.relative_to(raw).as_posix()[: -len(".txt")]
                found.append((readable_id(doc_id), path))
            elif name.lower().endswith(CONVERTED_SUFFIXES) and not name.startswith("."):
                path = Path(dirpath) / name
                found.append((readable_id(path.relative_to(raw).as_posix()), path))
    return sorted(found)


def readable_id(relative: str) -> str:
    r"""A doc_id that can be written as UTF-8 even when the file name is not: undecodable
    bytes are shown as ``\xNN`` (the file itself is still read by its real path).

    >>> readable_id("caf\udce9")
    'caf\\xe9'
    """
    return os.fsencode(relative).decode("utf-8", "backslashreplace")


def decode_document(data: bytes) -> tuple[str | None, str]:
    """(text, error): the decoded text, or None and a catalogue message saying why not.

    >>> decode_document(b"\\xef\\xbb\\xbfHello")
    ('Hello', '')
    >>> decode_document(b"abc\\xff")
    (None, '[E101] not UTF-8: invalid byte 0xff at byte offset 3')
    >>> decode_document(b"ab\\x00c")
    (None, '[E102] binary file: NUL byte at byte offset 2')
    >>> decode_document(b"  \\n")
    (None, '[E103] empty document')
    """
    nul = data.find(b"\x00", 0, BINARY_SNIFF_BYTES)
    if nul >= 0:
        return None, Msg.E102.format_msg(offset=nul)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, Msg.E101.format_msg(byte=data[exc.start], offset=exc.start)
    if text.startswith(BOM):
        text = text[1:]
    if not text.strip():
        return None, Msg.E103.format_msg()
    return text, ""


def read_meta(txt_path: Path) -> tuple[date | None, str]:
    """The document date from ``NAME.meta.json`` beside ``NAME.txt``: (date, error)."""
    meta = txt_path.with_name(txt_path.stem + META_SUFFIX)
    if not meta.exists():
        return None, ""
    try:
        value = json.loads(meta.read_text(encoding="utf-8-sig")).get("date")
        return (date.fromisoformat(value) if value else None), ""
    except (OSError, ValueError, AttributeError, TypeError, RecursionError) as exc:
        reason = str(exc) if not isinstance(exc, RecursionError) else "nested too deeply"
        return None, Msg.E106.format_msg(path=meta.name, reason=reason or type(exc).__name__)


def read_document(doc_id: str, path: Path, shown_path: str) -> Document:
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a FIFO or a device would block or never end
            return Document(doc_id, shown_path, "", None, "quarantined",
                            Msg.E104.format_msg(reason="not a regular file"))
        if info.st_size > MAX_DOCUMENT_BYTES:
            return Document(doc_id, shown_path, "", None, "quarantined", Msg.E110.format_msg(
                size=info.st_size, limit=MAX_DOCUMENT_BYTES))
        data = path.read_bytes()
    except OSError as exc:
        return Document(doc_id, shown_path, "", None, "quarantined",
                        Msg.E104.format_msg(reason=exc.strerror or type(exc).__name__))
    sha = hashlib.sha256(data).hexdigest()
    suffix = path.suffix.lower()
    text, error = (convert(suffix, data) if suffix in CONVERTED_SUFFIXES
                   else decode_document(data))
    if text is None:
        return Document(doc_id, shown_path, sha, None, "quarantined", error)
    doc_date, meta_error = read_meta(path)
    return Document(doc_id, shown_path, sha, text, "ok", meta_error, doc_date)


def read_documents(raw: Path, found: list[tuple[str, Path]]) -> Iterator[Document]:
    """The documents ``found`` under ``raw`` (``find_documents``), read one at a time as the
    caller asks for them."""
    for doc_id, path in found:
        shown = readable_id((Path(str(raw)) / path.relative_to(raw)).as_posix())
        yield read_document(doc_id, path, shown)


def ingest(raw: Path) -> Iterator[Document]:
    """Every document under ``raw``, in doc_id order, read one at a time. ``raw`` is listed
    now (a missing folder is an error at once); each file is read when it is asked for."""
    return read_documents(raw, find_documents(raw))
