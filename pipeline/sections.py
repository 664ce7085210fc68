r"""Where a document's sections begin: its headings, lists and tables, read from the layout alone.

One reader for every linker: the agreement linker asks which country a section is about (a
heading "Kenya"), the money linker which program it is about (a heading "Foreign Military
Financing"). A heading is a short line that is no sentence (at most eight words, no bullet, no
closing punctuation), first in its paragraph, and either

- the whole paragraph ("Kenya" between blank lines),
- over a list or a table (a bulleted line, a row with "|" cells, a fiscal-year row "FY 2026
  Request: $5.9 million"), or
- a name of at most four capitalized words, with no digit, over lines that begin a sentence of
  their own ("Kazakhstan\nThe United States and Kazakhstan ...": a fact sheet's run of sections).

>>> doc = "Title\n\nKenya\n\nKenya hosts the base.\n\nFMS\n• Cases: $5 million.\n• More."
>>> [doc[a:b] for a, b in heading_spans(doc)]
['Title', 'Kenya', 'FMS']
"""

from __future__ import annotations

import re

HEADING_MAX_WORDS = 8
SHORT_HEADING_WORDS = 4
_CLOSING = (".", "!", "?", ":", ";", ",")

BULLET = re.compile(r"\s*[•\u2022\u25aa\u25e6*\u2013\u2014-]\s")  # "• ", "- ", "– "
# a budget table's row: a fiscal year, a label, a colon ("FY 2026 Request: $5.9 million")
FISCAL_YEAR_ROW = re.compile(r"\s*(?:FY|Fiscal Year)[ \u00a0]*\d{2,4}\b[^:\n]{0,30}:[ \u00a0]")
_PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")


def lines_with_offsets(text: str) -> list[tuple[int, str]]:
    """(offset, line) of each line of ``text``, the newline left out."""
    lines = []
    offset = 0
    for raw in text.split("\n"):
        lines.append((offset, raw))
        offset += len(raw) + 1
    return lines


def is_list_item(line: str) -> bool:
    """A bulleted line, or a table's row ("May 2019 | Thailand | ... | $400 million", "FY 2026
    Request: $5.9 million").

    >>> [is_list_item(x) for x in ("• Kenya", "a | b | c", "FY 2026 Request: $5 million", "Kenya")]
    [True, True, True, False]
    """
    return (bool(BULLET.match(line)) or line.count("|") >= 2
            or FISCAL_YEAR_ROW.match(line) is not None)


def heading_shaped(line: str) -> bool:
    """A line that could head a section: at most eight words, no bullet, no closing punctuation.

    >>> [heading_shaped(x) for x in ("Security Assistance", "It grew.", "- Kenya", "")]
    [True, False, False, False]
    """
    line = line.strip()
    return (bool(line) and len(line.split(maxsplit=HEADING_MAX_WORDS)) <= HEADING_MAX_WORDS
            and not line.endswith(_CLOSING) and not BULLET.match(line)
            and line[0] not in "-•*–—")


def _names_its_section(first: str, second: str) -> bool:
    """A short capitalized name with no digit over a line that starts a sentence of its own.

    >>> _names_its_section("Kazakhstan", "The United States signed ...")
    True
    >>> _names_its_section("The grant went to", "the border guards.")
    False
    """
    words = first.split()
    second = second.lstrip()
    return (len(words) <= SHORT_HEADING_WORDS and first[0].isupper()
            and not any(ch.isdigit() for ch in first) and bool(second) and second[0].isupper())


def heading_spans(text: str) -> list[tuple[int, int]]:
    r"""(start, end) of every heading of ``text`` (see the module's docstring), in text order.

    >>> doc = "Budget\n\nKenya\nFY 2024: $5 million\n\nThe SOFA dates from 1980."
    >>> [doc[a:b] for a, b in heading_spans(doc)]
    ['Budget', 'Kenya']
    >>> heading_spans("The grant went to\nthe border guards.")
    []
    """
    out = []
    for m in _PARAGRAPH.finditer(text):
        paragraph = m.group(0)
        end = paragraph.find("\n")
        first = paragraph if end < 0 else paragraph[:end]
        if not heading_shaped(first):
            continue
        if end >= 0:
            second = paragraph[end + 1:].split("\n", 1)[0]
            if not (is_list_item(second) or _names_its_section(first.strip(), second)):
                continue
        lead = m.start() + len(first) - len(first.lstrip())
        out.append((lead, lead + len(first.strip())))
    return out
