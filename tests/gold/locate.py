"""Print the character offset of the N-th occurrence of TEXT in FILE, for writing gold by hand.

usage: python -m tests.gold.locate FILE "TEXT" [N]

FILE is decoded as UTF-8 with a leading BOM dropped and no newline translation, exactly as the
pipeline reads it, so the printed offset is the gold ``start``. N counts from 1 (default 1).
Escapes such as ``\\u00a0`` in TEXT are understood, so no-break spaces can be typed.

>>> occurrences("a $5 million and $5 million", "$5 million")
[2, 17]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path


def read_document(path: str | Path) -> str:
    """The document's text as the pipeline sees it: UTF-8, BOM dropped, newlines untouched."""
    text = Path(path).read_bytes().decode("utf-8")
    return text[1:] if text.startswith("\ufeff") else text


def occurrences(text: str, needle: str) -> list[int]:
    """Start offsets of every (possibly overlapping) occurrence of ``needle`` in ``text``."""
    found: list[int] = []
    i = text.find(needle)
    while i != -1 and needle:
        found.append(i)
        i = text.find(needle, i + 1)
    return found


def locate(text: str, needle: str, n: int = 1) -> int:
    """Offset of the ``n``-th occurrence (from 1); ValueError when there are fewer."""
    found = occurrences(text, needle)
    if n < 1 or n > len(found):
        raise ValueError(f"{needle!r}: occurrence {n} asked, {len(found)} found")
    return found[n - 1]


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    needle = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), argv[1])
    try:
        text = read_document(argv[0])
        print(locate(text, needle, int(argv[2]) if len(argv) == 3 else 1))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        print(f"locate: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
