"""Write outputs: deterministic CSV bytes, safe in a spreadsheet, replaced atomically.

Every file is written to a temporary file in the same directory, flushed and fsynced, then
``os.replace``d over the old one, so a run killed half-way leaves the previous outputs whole.
"""

from __future__ import annotations

import math
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

import pandas as pd

FORMULA_CHARS = ("=", "+", "-", "@", "\t", "\r")
NUMERIC_COLUMNS = {"start", "end", "sentence_start", "sentence_end", "fiscal_year", "chars",
                   "amount_low", "amount_high"}


def format_number(value: Any) -> str:
    """A plain decimal: no exponent, no thousands separator, integral floats without ``.0``.

    >>> format_number(5473009.0), format_number(2500000.5), format_number(1e20), format_number(None)
    ('5473009', '2500000.5', '100000000000000000000', '')
    >>> format_number(9.99999999999999e23)
    '999999999999999000000000'

    """
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float) or hasattr(value, "is_integer"):
        # The shortest decimal that reads back as the same float: the number as stated
        # ("$999,999,999,999,999 billion" is 999999999999999000000000, not the float's
        # binary value), never with an exponent.
        text = format(Decimal(repr(float(value))), "f")
        return text.rstrip("0").rstrip(".") if "." in text else text
    return str(int(value))


def safe_text(value: Any) -> str:
    """A text cell a spreadsheet will not run as a formula (OWASP CSV injection).

    >>> safe_text("=HYPERLINK(1)"), safe_text("-5 million"), safe_text("ok"), safe_text(None)
    ("'=HYPERLINK(1)", "'-5 million", 'ok', '')
    """
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    text = str(value)
    return "'" + text if text.startswith(FORMULA_CHARS) else text


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """The CSV file for ``frame``: UTF-8, header row, RFC 4180 quoting, ``\\n`` line ends."""
    return b"".join(csv_chunks(frame))


def csv_chunks(frame: pd.DataFrame, rows_per_chunk: int = 2_000,
               header: bool = True) -> Iterator[bytes]:
    """``csv_bytes(frame)`` in pieces of ``rows_per_chunk`` rows, for writing as they are made;
    without the header row when ``header`` is False (a later batch of the same table)."""
    columns = list(frame.columns)
    if header:
        yield _csv_line(columns).encode("utf-8")
    # column-wise: each column's cells made at once, then joined a row at a time
    cells = [_number_cells(frame[c].tolist()) if c in NUMERIC_COLUMNS
             else _text_cells(frame[c].tolist()) for c in columns]
    rows = len(frame)
    for begin in range(0, rows, rows_per_chunk):
        piece = (column[begin:begin + rows_per_chunk] for column in cells)
        yield ("\n".join(map(",".join, zip(*piece, strict=True))) + "\n").encode("utf-8")


def _number_cells(values: list[Any]) -> list[str]:
    """``format_number`` of each value, each distinct value formatted once."""
    kinds = set(map(type, values))
    if kinds <= {int}:  # the common case, first: offsets
        return list(map(str, values))
    if kinds <= _FLOAT_KINDS:  # amounts: the distinct values found in C, then formatted
        distinct = dict.fromkeys(values, "")
        if 0 not in distinct:  # (0.0 and -0.0 are one key, and are formatted apart)
            for v in distinct:
                distinct[v] = format_number(v)
            return list(map(distinct.__getitem__, values))
    made: dict[tuple[type, Any], str] = {}
    out = []
    for v in values:
        if type(v) is int:  # the common case, first
            out.append(str(v))
            continue
        if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
            out.append("")
            continue
        key = (type(v), v)  # 0.0 and -0.0 are one key, so a zero is formatted each time
        text = made.get(key) if v != 0 else None
        if text is None:
            text = made[key] = format_number(v)
        out.append(text)
    return out


_FLOAT_KINDS = {float, type(pd.NA), type(None)}


def _text_cells(values: list[Any]) -> list[str]:
    """``_quote_cell(safe_text(v))`` of each value."""
    out = values if set(map(type, values)) <= {str} else [
        v if type(v) is str else safe_text(v) for v in values]
    # Whole columns searched at once, the cells joined by NUL: a cell that begins with a
    # formula character follows a NUL (a NUL inside a cell may match too, and the cells are
    # then only looked at one by one)
    joined = "\0" + "\0".join(out)
    if _FORMULA_START.search(joined):
        out = ["'" + v if v.startswith(FORMULA_CHARS) else v for v in out]
    if not any(c in joined for c in _QUOTED_CHARS):  # the common case, first: none to quote
        return out
    return ['"' + t.replace('"', '""') + '"' if "," in t or '"' in t or "\n" in t or "\r" in t
            else t for t in out]


_FORMULA_START = re.compile("\0[" + re.escape("".join(FORMULA_CHARS)) + "]")
_QUOTED_CHARS = (",", '"', "\r", "\n")  # those of _NEEDS_QUOTES


def _csv_line(cells: list[str]) -> str:
    r"""One RFC 4180 record. Python's csv writer leaves a lone CR unquoted when the line
    terminator is LF, which would split a row; every cell holding a separator, quote, CR or LF
    is quoted here.

    >>> print(_csv_line(["a", "b,c", 'q"t', "x\ry"]).replace("\r", "<CR>"), end="")
    a,"b,c","q""t","x<CR>y"
    """
    return ",".join(_quote_cell(c) for c in cells) + "\n"


_NEEDS_QUOTES = re.compile(r'[,"\r\n]')


def _quote_cell(cell: str) -> str:
    if _NEEDS_QUOTES.search(cell):
        return '"' + cell.replace('"', '""') + '"'
    return cell



class AtomicFile:
    """A file written in pieces to a temporary file beside ``path``, which ``commit`` fsyncs and
    renames over ``path`` (readers see the old file or the new, never half) and ``discard``
    removes. ``durable=False`` skips the fsync: for a file whose reader tells a truncated copy
    from a whole one (a cache entry), a crash may cost the entry but never a wrong value."""

    def __init__(self, path: Path, durable: bool = True) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.durable = durable
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        self.tmp = Path(tmp)
        self.handle = os.fdopen(fd, "wb")

    def write(self, data: bytes | Iterable[bytes]) -> None:
        if isinstance(data, bytes | bytearray):
            self.handle.write(data)
        else:
            for piece in data:
                self.handle.write(piece)

    def commit(self) -> None:
        try:
            self.handle.flush()
            if self.durable:
                os.fsync(self.handle.fileno())
            self.handle.close()
            os.chmod(self.tmp, 0o644)
            os.replace(self.tmp, self.path)
        except BaseException:
            self.discard()
            raise

    def discard(self) -> None:
        self.handle.close()
        self.tmp.unlink(missing_ok=True)


def write_atomic(path: Path, data: bytes | Iterable[bytes], durable: bool = True) -> None:
    """Write ``data`` (bytes, or pieces of it written as they come) to ``path`` so that readers
    see the old file or the new, never half (``durable``: see ``AtomicFile``)."""
    target = AtomicFile(path, durable)
    try:
        target.write(data)
    except BaseException:
        target.discard()
        raise
    target.commit()


def remove_stale(out: Path, names: Iterable[str]) -> None:
    """Remove the temporary files a run killed while writing ``names`` left in ``out``."""
    for name in names:
        for stale in out.glob(f".{name}.*.tmp"):
            stale.unlink(missing_ok=True)


def write_outputs(out: Path, csvs: Mapping[str, pd.DataFrame],
                  extra: Iterable[tuple[str, bytes | Iterable[bytes]]]) -> list[Path]:
    """Write every CSV (by file name) and extra file; returns the paths written, in order.

    Temporary files left by a run that was killed while writing are removed first."""
    extra = list(extra)
    remove_stale(out, [*csvs, *(n for n, _ in extra)])
    written = []
    for name in sorted(csvs):
        write_atomic(out / name, csv_chunks(csvs[name]))
        written.append(out / name)
    for name, data in extra:
        write_atomic(out / name, data)
        written.append(out / name)
    return written
