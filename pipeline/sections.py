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

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

HEADING_MAX_WORDS = 8
SHORT_HEADING_WORDS = 4
_CLOSING = (".", "!", "?", ":", ";", ",")

BULLET = re.compile(r"\s*[•\u2022\u25aa\u25e6*\u2013\u2014-]\s")  # "• ", "- ", "– "
# a budget table's row: a fiscal year, a label, a colon ("FY 2026 Request: $5.9 million")
FISCAL_YEAR_ROW = re.compile(r"\s*(?:FY|Fiscal Year)[ \u00a0]*\d{2,4}\b[^:\n]{0,30}:[ \u00a0]")
# a caption's label, not counted among a heading's words
_CAPTION_LABEL = re.compile(
    r"(?:Table|Figure|Chart|Exhibit|Annex)[ \u00a0]+[0-9A-Z]{1,3}[.:][ \u00a0]+")
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
    """A line that could head a section: at most eight words (a caption's "Table 3." not
    counted), no bullet, no table cells, no closing punctuation.

    >>> [heading_shaped(x) for x in ("Security Assistance", "It grew.", "- Kenya", "")]
    [True, False, False, False]
    >>> heading_shaped("Table 3. Export Control and Related Border Security (EXBS)")
    True
    >>> heading_shaped("Country | FY 2019 | FY 2020")
    False
    """
    line = line.strip()
    words = _CAPTION_LABEL.sub("", line)  # "Table 3. Export Control and ... (EXBS)"
    return (bool(line) and len(words.split(maxsplit=HEADING_MAX_WORDS)) <= HEADING_MAX_WORDS
            and not line.endswith(_CLOSING) and not BULLET.match(line)
            and line[0] not in "-•*–—" and "|" not in line)  # a table's row heads nothing


# a heading's number ("2. Tajikistan – Border Security"), over a labeled line ("Recipient: ...")
HEADING_NUMBER = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+(?=[A-Z])")
_LABEL_LINE = re.compile(r"\s*[A-Z][A-Za-z ]{1,40}:\s")


def _names_its_section(first: str, second: str) -> bool:
    """A short capitalized name with no digit over a line that starts a sentence of its own.

    >>> _names_its_section("Kazakhstan", "The United States signed ...")
    True
    >>> _names_its_section("The grant went to", "the border guards.")
    False
    >>> _names_its_section("International Military Education and Training (IMET)", "The ...")
    True

    A longer name in title case is one too ("International Military Education and Training"):

    >>> _names_its_section("International Military Education and Training", "Tunisia's ...")
    True
    >>> _names_its_section("The United States and Kenya have", "Signed an accord.")
    False
    """
    words = first.split()
    second = second.lstrip()
    return ((len(words) <= SHORT_HEADING_WORDS or _TITLE_WITH_ACRONYM.fullmatch(first.strip())
             is not None or _TITLE_CASE.fullmatch(first.strip()) is not None)
            and first[0].isupper()
            and not any(ch.isdigit() for ch in first) and bool(second) and second[0].isupper())


# a word of a title: a capitalized word, or a small word in lower case
_TITLE_WORD = r"(?:[A-Z][\w’'-]*|and|of|for|the|in|on|to|with|a|an|by|at)"


# a title-cased name of up to eight words, its small words in lower case
_TITLE_CASE = re.compile(r"[A-Z][\w’'-]*(?:[ \u00a0]+" + _TITLE_WORD + r"){0,7}")


# a title-cased name with its acronym ("International Narcotics Control and Law Enforcement
# (INCLE)"): a heading however many words, up to a heading's most
_TITLE_WITH_ACRONYM = re.compile(r"(?:" + _TITLE_WORD + r"[ \u00a0]+){1,7}"
                                 r"\([A-Z][A-Za-z&-]{1,9}\)")


@lru_cache(maxsize=4)  # both linkers read one document's headings
def heading_spans(text: str) -> tuple[tuple[int, int], ...]:
    r"""(start, end) of every heading of ``text`` (see the module's docstring), in text order.

    >>> doc = "Budget\n\nKenya\nFY 2024: $5 million\n\nThe SOFA dates from 1980."
    >>> [doc[a:b] for a, b in heading_spans(doc)]
    ['Budget', 'Kenya']
    >>> heading_spans("The grant went to\nthe border guards.")
    ()
    >>> doc = "Programs\n\n2. Peru – Border Security\nRecipient: the Border Police.\n"
    >>> [doc[a:b] for a, b in heading_spans(doc)]
    ['Programs', '2. Peru – Border Security']
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
            if not (is_list_item(second) or _names_its_section(first.strip(), second)
                    or (HEADING_NUMBER.match(first) and _LABEL_LINE.match(second))):
                continue
        lead = m.start() + len(first) - len(first.lstrip())
        out.append((lead, lead + len(first.strip())))
    return tuple(out)


@dataclass(frozen=True)
class TableCell:
    """A body cell of a table written with "|" between cells, its column's header cell and
    where its row starts (the cells of one row share ``row``)."""

    start: int
    end: int
    header: str
    header_start: int
    row: int
    column: int = 0  # 0: the row's label
    caption: str = ""  # the line over the table's header ("Table 1. ... ($ in thousands)")


_RULE_ROW = re.compile(r"[\s|:\-–—=+]*")  # "---|---|---", a markdown table's rule
_UNIT_LINE = re.compile(r"\([^()]*\)")  # "(current U.S. dollars)" under a caption: not it


def may_hold_table(text: str) -> bool:
    """Can ``text`` hold a table ``table_cells`` reads: a "|" between cells, or cells aligned
    with two spaces or a tab? (A cheap test before the reading.)"""
    return "|" in text or "  " in text or "\t" in text


def table_cells(text: str) -> list[TableCell]:
    r"""Every body cell of each table of ``text`` written as lines of cells between "|", the
    first such line its header. Blank lines and short lines that group the rows under them
    ("Georgia" over Georgia's rows) stay in the table; a line of prose ends it, and so does a
    caption (a short line with a blank line after it) over the next header. A row with another
    number of cells than the header starts a table of its own.

    >>> doc = "Table 1. FMF\n\nCountry | FY 2021 | FY 2022\nKenya | $2 million | $3 million\n"
    >>> [(doc[c.start:c.end], c.header) for c in table_cells(doc)]
    [('Kenya', 'Country'), ('$2 million', 'FY 2021'), ('$3 million', 'FY 2022')]
    >>> [(c.column, c.caption) for c in table_cells(doc)][:2]
    [(0, 'Table 1. FMF'), (1, 'Table 1. FMF')]
    >>> doc = "Name | Parties\n\nGeorgia\nCharter | United States; Georgia\n"
    >>> [(doc[c.start:c.end], c.header) for c in table_cells(doc)]
    [('Charter', 'Name'), ('United States; Georgia', 'Parties')]
    >>> table_cells("A | B\nIt was a long sentence of prose.\nC | D")
    []
    """
    out: list[TableCell] = []
    header: list[tuple[int, int]] = []
    header_text = caption_text = ""
    header_offset = 0
    between: list[str] = []  # the lines since the last row
    for offset, line in lines_with_offsets(text):
        cells = _cells(offset, line) if "|" in line else _spaced_cells(offset, line)
        if not cells:
            if line.strip() and not heading_shaped(line):
                header = []  # prose ends the table
            between.append(line)
            continue
        if _RULE_ROW.fullmatch(line):
            continue
        caption = any(heading_shaped(a) and not b.strip()
                      for a, b in itertools.pairwise(between))
        between_header, between = between, []
        if not header or caption or len(cells) != len(header):
            header, header_text, header_offset = cells, line, offset
            caption_text = _caption(between_header)
            continue
        out.extend(TableCell(a, b, header_text[h_a - header_offset:h_b - header_offset], h_a,
                             offset, k, caption_text)
                   for k, ((a, b), (h_a, h_b)) in enumerate(zip(cells, header, strict=True)))
    return out


# cells of a plain-text table aligned with spaces: two or more spaces (or a tab) between them
_CELL_GAP = re.compile(r"[ \u00a0]{2,}|\t+")


def _caption(lines: list[str]) -> str:
    """The caption over a table's header: the last line of ``lines`` with words, and when that
    is only a parenthesis under another line ("Table 1. IMET Allocations" over "(current U.S.
    dollars)"), the two as one.

    >>> _caption(["", "Table 1. IMET", "(dollars in thousands)", ""])
    'Table 1. IMET (dollars in thousands)'
    >>> _caption(["Table 2. FMF", ""]), _caption([])
    ('Table 2. FMF', '')
    """
    written = [line.strip() for line in lines if line.strip()]
    if not written:
        return ""
    if len(written) > 1 and _UNIT_LINE.fullmatch(written[-1]):
        return written[-2] + " " + written[-1]
    return written[-1]


def _spaced_cells(offset: int, line: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a row of a table aligned with spaces ("Kazakhstan
    $570,000      $600,000"), three cells at least; else no cells (prose, a heading).

    >>> line = "Kyrgyz Republic    $450,000      $440,000"
    >>> [line[a:b] for a, b in _spaced_cells(0, line)]
    ['Kyrgyz Republic', '$450,000', '$440,000']
    >>> _spaced_cells(0, "It rose.  Then it fell."), _spaced_cells(0, "Kenya  $2 million")
    ([], [])
    """
    stripped = line.strip()
    if not stripped or ("  " not in stripped and "\t" not in stripped):
        return []
    lead = len(line) - len(line.lstrip())
    bounds = [lead, *(i for m in _CELL_GAP.finditer(line, lead, lead + len(stripped))
                      for i in m.span()), lead + len(stripped)]
    cells = [(offset + a, offset + b) for a, b in zip(bounds[::2], bounds[1::2], strict=True)]
    if len(cells) < 3 or any(line[a - offset:b - offset].endswith((".", "!", "?"))
                             for a, b in cells):
        return []
    return cells


def _cells(offset: int, line: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a table row at ``offset``, its spaces left out; a row's
    outer bars ("| a | b |") open and close no cell."""
    bounds = [-1, *(i for i, ch in enumerate(line) if ch == "|"), len(line)]
    cells = []
    for a, b in itertools.pairwise(bounds):
        raw = line[a + 1:b]
        lead = len(raw) - len(raw.lstrip())
        cells.append((offset + a + 1 + lead, offset + a + 1 + lead + len(raw.strip())))
    if line.strip().startswith("|"):
        cells = cells[1:]
    if line.strip().endswith("|"):
        cells = cells[:-1]
    return cells


_RUN_IN = {  # a label before a colon ("Section 333: In FY 2023, ...") or also a period
    ":": re.compile(r"[ \t]*([^\n:.;!?]{2,80}?)[ \t]*:(?=[ \t\u00a0])"),
    ".:": re.compile(r"[ \t]*([A-Z][^\n.:;,!?]{1,80}?)[.:][ \t\u00a0]+(?=[A-Z0-9“\"])"),
}


def run_in_label(text: str, pos: int, ends: str = ":") -> tuple[int, int] | None:
    r"""(start, end) of the run-in label that opens the paragraph ``pos`` is in: at most
    eight words before one of ``ends`` (":" or ".:"), as "Foreign Military Financing (FMF):
    Turkmenistan ..." or "Kyrgyzstan. From 2001 ..." write it. None when there is none.

    >>> doc = "Intro.\n\nSection 333: In FY 2023, it notified $9 million."
    >>> a, b = run_in_label(doc, 40); doc[a:b]
    'Section 333'
    >>> doc = "Kyrgyzstan. From 2001 U.S. forces used Manas."
    >>> run_in_label(doc, 30) is None, doc[slice(*run_in_label(doc, 30, ".:"))]
    (True, 'Kyrgyzstan')
    """
    start = text.rfind("\n", 0, pos) + 1
    m = _RUN_IN[ends].match(text, start)
    if m is None or len(m.group(1).split()) > HEADING_MAX_WORDS:
        return None
    return m.span(1)
