"""report.html: the findings table, then every document with its facts highlighted in place.

One self-contained page (CSS and JS inlined from ``data/report.css`` and ``data/report.js``; no
server, no network, no external fonts). The page is fully usable without JS: the legend's type
filters are CSS (``:has``), documents are reached from a table of contents; the script only adds a
document filter and opens the fact lists before printing.

Each finding shows, right below it, the sentence of every fact it names with that fact
highlighted, one column per document, so a cross-document contradiction reads side by side.
Filters: fact type and severity are CSS (they work without JS); document and country are
selects the script reveals. Every row of a document's fact table carries a ready
``reviews/decisions.csv`` line (``decision_row``), selectable as text and copied by a button.

Facts are placed by their offsets (``document[start:end]``), never by searching their text. The
markup is built from boundary events (``mark_up``): nested spans nest, partially overlapping spans
are split into pieces (every piece carries ``data-fact-id``; the first also ``id``), and removing
the tags from a document's text block gives back the document text exactly.

Everything from the input is escaped; the same input gives the same bytes (sorted iteration, no
timestamps).
"""

from __future__ import annotations

import html
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, islice
from operator import le, lt
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import quote

import pandas as pd

from pipeline.documents import Document
from pipeline.formats import CONVERTED_SUFFIXES
from pipeline.write import FORMULA_CHARS

DATA_DIR = Path(__file__).parent / "data"
CSS_PATH = DATA_DIR / "report.css"
JS_PATH = DATA_DIR / "report.js"

FACT_TYPES = ("money", "date", "country", "agreement")
SEVERITIES = ("error", "warning")
DECISION_HEADER = "fact_id,text,decision,field,value,reviewer,note"
SNIPPET_CHARS = 600  # an evidence sentence longer than this is shown as a window around its facts


# ---------------------------------------------------------------------------------------------
# cells: what pandas hands us (NaN, None, numpy scalars, tuples) as plain text or numbers


def _is_missing(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def cell(value: Any) -> str:
    """A cell as display text: missing is ``""``, lists are ``;``-joined, ``2021.0`` is ``2021``.

    >>> cell(float("nan")), cell(None), cell(("UZB", "USA")), cell(2021.0), cell(" FMF ")
    ('', '', 'USA;UZB', '2021', 'FMF')
    """
    if type(value) is str:  # the common case, first
        return value.strip()
    if _is_missing(value):
        return ""
    if isinstance(value, (list, tuple, set, frozenset)):
        return ";".join(sorted(cell(v) for v in value))
    if hasattr(value, "item") and not isinstance(value, str):  # numpy scalar
        value = value.item()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _number(value: Any) -> float | None:
    text = cell(value)
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        return None
    return None if math.isnan(number) or math.isinf(number) else number


def _offset(value: Any) -> int | None:
    if type(value) is int and -_EXACT < value < _EXACT:  # the common case, first
        return value
    number = _number(value)
    return int(number) if number is not None and number.is_integer() else None


_EXACT = 2**53  # integers a float holds exactly


def format_amount(value: float) -> str:
    """Thousands separators, no trailing zeros.

    >>> format_amount(3000000.0), format_amount(16200000.0), format_amount(1234.5)
    ('3,000,000', '16,200,000', '1,234.5')
    """
    if value.is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


# ---------------------------------------------------------------------------------------------
# tooltips: a fact's normalized value in one line


def _money_value(row: Mapping[str, Any]) -> str:
    low, high = _number(row.get("amount_low")), _number(row.get("amount_high"))
    qualifier = cell(row.get("qualifier"))
    if qualifier == "at_most" and high is not None and not low:
        amount = f"≤{format_amount(high)}"
    elif low is not None and high is not None:
        amount = (format_amount(low) if low == high
                  else f"{format_amount(low)}–{format_amount(high)}")
    elif low is not None:
        amount = f"≥{format_amount(low)}"
    elif high is not None:
        amount = f"≤{format_amount(high)}"
    else:
        amount = "?"
    head = " ".join(p for p in (amount, cell(row.get("currency")), qualifier) if p)
    period = cell(row.get("period"))
    if period:
        head += f" per {period}"
    fiscal_year = cell(row.get("fiscal_year"))
    parts = [head, cell(row.get("program")), f"FY{fiscal_year}" if fiscal_year else "",
             cell(row.get("countries"))]
    return " · ".join(p for p in parts if p)


def _span_of(start: str, end: str) -> str:
    if start and end:
        return start if start == end else f"{start}…{end}"
    if start:
        return f"{start}…"
    return f"…{end}" if end else ""


def _date_value(row: Mapping[str, Any]) -> str:
    kind, granularity = cell(row.get("kind")), cell(row.get("granularity"))
    what = kind if granularity in ("", kind) else f"{kind}, {granularity}"
    parts = [_span_of(cell(row.get("start_date")), cell(row.get("end_date"))),
             cell(row.get("duration")), f"({what})" if what else ""]
    return " ".join(p for p in parts if p)


def _at_granularity(iso: str, granularity: str) -> str:
    """An ISO date as precise as it was stated: ``2016-01-01`` at ``year`` is ``2016``."""
    if granularity == "year" and len(iso) >= 4:
        return iso[:4]
    if granularity == "month" and len(iso) >= 7:
        return iso[:7]
    return iso


def _agreement_value(row: Mapping[str, Any]) -> str:
    name = cell(row.get("name"))
    start = _at_granularity(cell(row.get("date_start")), cell(row.get("start_granularity")))
    end = _at_granularity(cell(row.get("date_end")), cell(row.get("end_granularity")))
    when = start if start and not end else _span_of(start, end)
    parts = [name if name != cell(row.get("text")) else "", cell(row.get("kind")),
             cell(row.get("parties")), when, cell(row.get("status"))]
    return " · ".join(p for p in parts if p)


def _country_value(row: Mapping[str, Any]) -> str:
    return " ".join(p for p in (cell(row.get("iso3")), cell(row.get("name"))) if p)


_COMMON = {"fact_id", "doc_id", "start", "end", "text", "sentence", "sentence_start",
           "sentence_end", "review", "review_note"}


def _other_value(row: Mapping[str, Any]) -> str:
    return " · ".join(f"{k}={cell(v)}" for k, v in sorted(row.items())
                      if k not in _COMMON and cell(v))


_VALUE_OF = {"money": _money_value, "date": _date_value, "country": _country_value,
             "agreement": _agreement_value}


def fact_value(fact_type: str, row: Mapping[str, Any]) -> str:
    """The normalized value of one CSV row, as the tooltip shows it (after the type name).

    >>> fact_value("money", {"amount_low": 3e6, "amount_high": 5e6, "currency": "USD",
    ...     "qualifier": "range", "period": "year", "fiscal_year": 2021.0, "program": "FMF",
    ...     "countries": "KAZ"})
    '3,000,000–5,000,000 USD range per year · FMF · FY2021 · KAZ'
    >>> fact_value("date", {"kind": "fiscal_year", "start_date": "2020-10-01",
    ...     "end_date": "2021-09-30", "granularity": "fiscal_year"})
    '2020-10-01…2021-09-30 (fiscal_year)'
    >>> fact_value("country", {"iso3": "KGZ", "name": "Kyrgyzstan"})
    'KGZ Kyrgyzstan'
    >>> fact_value("agreement", {"text": "ACSA", "name": "ACSA", "kind": "acsa",
    ...     "parties": "USA;UZB", "date_start": "2016-01-01", "start_granularity": "year",
    ...     "status": "signed"})
    'acsa · USA;UZB · 2016 · signed'
    """
    return _VALUE_OF.get(fact_type, _other_value)(row)


# ---------------------------------------------------------------------------------------------
# anchors


_ANCHOR_SPECIAL = re.compile(r"[\s%]")


def anchor_id(key: str) -> str:
    """An HTML id for a fact or document id: itself, with whitespace and ``%`` percent-encoded
    (an id may not contain whitespace; encoding ``%`` too keeps the mapping one to one).

    >>> anchor_id("000_2666:money:812"), anchor_id("reports/2021/a b:date:5")
    ('000_2666:money:812', 'reports/2021/a%20b:date:5')
    """
    if not _ANCHOR_SPECIAL.search(key):  # the common case, first
        return key
    return _ANCHOR_SPECIAL.sub(lambda m: quote(m.group(), safe=""), key)


def anchor_href(anchor: str) -> str:
    """The ``href`` that reaches ``id=anchor`` (attribute-escaped by the caller).

    >>> anchor_href("a%20b:money:1")
    '#a%2520b:money:1'
    """
    if _HREF_PLAIN.fullmatch(anchor):  # the common case, first: nothing to quote
        return "#" + anchor
    return "#" + quote(anchor, safe=_HREF_SAFE)


_HREF_SAFE = "/:;@!$&'()*+,=?-._~"
_HREF_PLAIN = re.compile(r"[A-Za-z0-9/:;@!$&'()*+,=?\-._~]*")


_TEXT_SPECIAL = re.compile(r"[&<>\r]")
_TEXT_CHARS = "&<>\r"  # those _TEXT_SPECIAL finds
_ATTR_SPECIAL = re.compile(r"[&<>\"'\r\n]")


def _esc(text: str) -> str:
    """Text content, escaped; a CR is a character reference so a browser keeps it."""
    if not _TEXT_SPECIAL.search(text):
        return text
    return html.escape(text, quote=False).replace("\r", "&#13;")


def _attr(text: str) -> str:
    """An attribute value, escaped; CR and LF are character references. (Returns ``text``
    itself when nothing needs escaping: then ``_esc(text)`` is ``text`` too.)"""
    if not _ATTR_SPECIAL.search(text):
        return text
    if not _ATTR_SPECIAL_BUT_LF.search(text):  # a tooltip's line breaks, the common case
        return text.replace("\n", "&#10;")
    return html.escape(text, quote=True).replace("\r", "&#13;").replace("\n", "&#10;")


_ATTR_SPECIAL_BUT_LF = re.compile(r"[&<>\"'\r]")
_ATTR_CHARS = "&<>\"'\r\n"  # those _ATTR_SPECIAL finds


def _holds_any(text: str, chars: str) -> bool:
    """Does ``text`` hold any of ``chars``? (A fast scan of the text per character, where a
    regular expression's character class tests each character of the text in turn.)"""
    return any(c in text for c in chars)


@lru_cache(maxsize=1024)  # a few names (types, severities, statuses), asked for per fact
def _css_name(fact_type: str) -> str:
    return re.sub(r"[^a-z0-9_-]", "_", fact_type.lower()) or "_"


# ---------------------------------------------------------------------------------------------
# the in-place markup


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlight: the half-open span ``[start, end)`` of a document's text."""

    start: int
    end: int
    fact_id: str
    fact_type: str
    title: str = ""
    classes: tuple[str, ...] = ()
    anchor: bool = True  # give the first piece ``id=`` (False for a duplicate fact_id)
    countries: str = ""  # ";"-joined ISO3 codes, for the country filter


def _open_tag(mark: Mark, first: bool) -> str:
    return _span_tag(mark.fact_type, mark.classes, first, mark.start == mark.end,
                     mark.fact_id, _attr(mark.fact_id), mark.anchor, _attr(mark.countries),
                     _attr(mark.title))


def _span_tag(fact_type: str, classes: tuple[str, ...], first: bool, empty: bool,
              fact_id: str, fact_id_attr: str, anchor: bool, countries_attr: str,
              title_attr: str, anchor_attr: str | None = None) -> str:
    """A mark's opening ``<span>`` (``fact_id_attr``, ``countries_attr``, ``title_attr``,
    ``anchor_attr``: the fact id, its countries, the title and the anchor, attribute-escaped;
    the anchor made when not given)."""
    anchored = ""
    if first and anchor:
        if anchor_attr is None:
            anchor_attr = (fact_id_attr if not _ANCHOR_SPECIAL.search(fact_id)
                           else _attr(anchor_id(fact_id)))
        anchored = f' id="{anchor_attr}"'
    countries = f' data-countries="{countries_attr}"' if countries_attr else ""
    title = f' title="{title_attr}"' if title_attr else ""
    end = ' tabindex="0">' if first else ">"
    return (f'{_span_class(fact_type, classes, first, empty)}{anchored}'
            f' data-fact-id="{fact_id_attr}"{countries}{title}{end}')


@lru_cache(maxsize=4096)  # a few types and flags, asked for per fact
def _span_class(fact_type: str, classes: tuple[str, ...], first: bool, empty: bool) -> str:
    names = "fact t-" + _css_name(fact_type)
    if classes:
        names += " " + " ".join(classes)
    if not first:
        names += " cont"
    if empty:
        names += " empty"
    return f'<span class="{_attr(names)}"'


def mark_up(text: str, marks: Sequence[Mark]) -> str:
    """``text`` escaped, with every mark as a ``<span>`` around exactly ``text[start:end]``.

    Built from boundary events: at each offset, the spans that end there close (and any span
    opened inside one of them that goes on is closed and reopened as a continuation piece), then
    the spans that start there open, longest first, so nested spans nest. Marks must satisfy
    ``0 <= start <= end <= len(text)``.

    >>> print(mark_up("U.S.-Georgia Charter", [Mark(0, 20, "a", "agreement"),
    ...     Mark(0, 4, "c1", "country"), Mark(5, 12, "c2", "country")]))
    ... # doctest: +NORMALIZE_WHITESPACE
    <span class="fact t-agreement" id="a" data-fact-id="a" tabindex="0"><span
    class="fact t-country" id="c1" data-fact-id="c1" tabindex="0">U.S.</span>-<span
    class="fact t-country" id="c2" data-fact-id="c2" tabindex="0">Georgia</span> Charter</span>
    >>> print(mark_up("a<bc", [Mark(0, 3, "x", "money"), Mark(2, 4, "y", "date")]))
    ... # doctest: +NORMALIZE_WHITESPACE
    <span class="fact t-money" id="x" data-fact-id="x" tabindex="0">a&lt;<span
    class="fact t-date" id="y" data-fact-id="y" tabindex="0">b</span></span><span
    class="fact t-date cont" data-fact-id="y">c</span>
    """
    return _marked_up(text, [m.start for m in marks], [m.end for m in marks],
                      [m.fact_type for m in marks], [m.fact_id for m in marks],
                      [_open_tag(m, first=True) for m in marks],
                      lambda i: _open_tag(marks[i], first=False))


def _marked_up(text: str, starts: list[int], ends: list[int], fact_types: list[str],
               fact_ids: list[str], first_tags: list[str], cont_tag: Callable[[int], str]
               ) -> str:
    """``mark_up`` of marks given column-wise, within the text: mark ``i`` spans
    ``[starts[i], ends[i])``, ``first_tags[i]`` is its opening tag and ``cont_tag(i)`` that of
    a continuation piece."""
    size = len(text)
    if starts and not (min(starts) >= 0 and all(map(le, starts, ends)) and max(ends) <= size):
        for i, (start, end) in enumerate(zip(starts, ends, strict=True)):
            if not 0 <= start <= end <= size:
                raise ValueError(f"mark {fact_ids[i]!r} [{start}, {end}) outside [0, {size}]")
    # the text between marks, escaped only where it holds a character to escape
    esc = _esc if _holds_any(text, _TEXT_CHARS) else str
    if all(map(lt, starts, ends)) and all(map(le, ends, islice(starts, 1, None))):
        return _consecutive_marked_up(text, starts, ends, first_tags, esc)  # the common case
    return _nested_marked_up(text, starts, ends, fact_types, fact_ids, first_tags, cont_tag,
                             esc)


def _consecutive_marked_up(text: str, starts: list[int], ends: list[int],
                           first_tags: list[str], esc: Callable[[str], str]) -> str:
    """``_marked_up`` of marks one after another, none empty (each ends at or before the next
    starts): each mark is its text between its tags."""
    out: list[str] = []
    position = 0
    for start, end, tag in zip(starts, ends, first_tags, strict=True):
        out += (esc(text[position:start]), tag, esc(text[start:end]), "</span>")
        position = end
    out.append(esc(text[position:]))
    return "".join(out)


def _nested_marked_up(text: str, starts: list[int], ends: list[int], fact_types: list[str],
                      fact_ids: list[str], first_tags: list[str],
                      cont_tag: Callable[[int], str], esc: Callable[[str], str]) -> str:
    """``_marked_up`` of any marks (within the text), from boundary events."""
    size = len(text)
    rank = _TYPE_RANK.get
    ranks = [(rank(t, _OTHER_RANK), fid, i)
             for i, (t, fid) in enumerate(zip(fact_types, fact_ids, strict=True))]
    order = sorted(zip(starts, [-e for e in ends], ranks, strict=True))
    starting: dict[int, list[int]] = {}
    for start, _, (_, _, i) in order:
        at_start = starting.get(start)
        if at_start is None:
            starting[start] = [i]
        else:
            at_start.append(i)
    boundaries = sorted({0, size, *starting, *ends})
    out: list[str] = []
    append = out.append
    stack: list[int] = []  # indices of open marks, outermost first
    position = 0
    for at in boundaries:
        if at > position:
            append(esc(text[position:at]))
            position = at
        going_on: list[int] = []
        if stack:
            for lowest, i in enumerate(stack):
                if ends[i] == at:
                    append("</span>" * (len(stack) - lowest))
                    going_on = [i for i in stack[lowest:] if ends[i] != at]
                    del stack[lowest:]
                    break
        new = starting.get(at)
        if new is None:
            if not going_on:
                continue
            new = []
        elif len(new) == 1 and not going_on:  # the common case, first: one mark starts here
            i = new[0]
            if ends[i] == at:
                append(first_tags[i] + "</span>")
            else:
                append(first_tags[i])
                stack.append(i)
            continue
        for i in new:
            if ends[i] == at:
                append(first_tags[i] + "</span>")
        # Reopen what goes on and open what starts here, the longest outermost.
        opening = going_on + [i for i in new if ends[i] > at]
        if len(opening) > 1:
            opening.sort(key=lambda i: (-ends[i], starts[i], ranks[i]))
        for i in opening:
            append(cont_tag(i) if i in going_on else first_tags[i])
            stack.append(i)
    return "".join(out)


def _type_rank(fact_type: str) -> int:
    return _TYPE_RANK.get(fact_type, _OTHER_RANK)


# Outer types first when two spans coincide: an agreement name contains countries.
_TYPE_RANK = {t: rank for rank, t in enumerate(("agreement", "money", "date", "country"))}
_OTHER_RANK = len(_TYPE_RANK)


# ---------------------------------------------------------------------------------------------
# the input, gathered


class FactRow(NamedTuple):
    """One row of a fact table, as the page shows it (a tuple: a corpus has many, made fast)."""

    fact_id: str
    doc_id: str
    fact_type: str
    start: int | None
    end: int | None
    text: str  # the CSV's text cell (CSV-safety quote removed)
    value: str  # the normalized value, one line
    review: str
    review_note: str
    countries: tuple[str, ...] = ()  # ISO3 codes the fact is about (filter by country)
    sentence_start: int | None = None
    sentence_end: int | None = None

    @property
    def title(self) -> str:
        lines = [f"{self.fact_type} {self.value}".rstrip(), self.fact_id]
        if self.review:
            lines.append(f"review: {self.review}"
                         + (f" — {self.review_note}" if self.review_note else ""))
        return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class Finding:
    finding_id: str
    check: str
    severity: str
    doc_ids: tuple[str, ...]
    fact_ids: tuple[str, ...]
    message: str


def _records(frame: pd.DataFrame | None) -> list[dict[str, Any]]:
    if frame is None or frame.empty:
        return []
    columns = [str(c) for c in frame.columns]
    values = [frame[c].tolist() for c in frame.columns]  # column-wise: far faster than to_dict
    return [dict(zip(columns, row, strict=True)) for row in zip(*values, strict=True)]


def _split(value: Any) -> tuple[str, ...]:
    return tuple(p.strip() for p in cell(value).split(";") if p.strip())


def _type_order(types: Iterable[str]) -> list[str]:
    known = [t for t in FACT_TYPES if t in types]
    return known + sorted(t for t in types if t not in FACT_TYPES)


def gather_facts(tables: Mapping[str, pd.DataFrame]) -> list[FactRow]:
    """Every row of every fact table, sorted by document, offset, type and fact_id."""
    rows: list[FactRow] = []
    keys: list[tuple[Any, ...]] = []
    for fact_type in _type_order(set(tables)):
        frame = tables[fact_type]
        if frame is None or frame.empty:
            continue
        # column-wise, the common cases inline: a function call per cell is most of the cost
        columns = {str(c): frame[c].tolist() for c in frame.columns}
        size = len(frame)
        missing = [None] * size

        def column(name: str, columns: dict[str, list[Any]] = columns,
                   missing: list[Any] = missing) -> list[Any]:
            return columns.get(name, missing)

        fact_ids, doc_ids, reviews, notes = (
            _cell_column(column(c)) for c in ("fact_id", "doc_id", "review", "review_note"))
        starts, ends, sentence_starts, sentence_ends = (
            _offset_column(column(c)) for c in ("start", "end", "sentence_start", "sentence_end"))
        texts = [v if isinstance(v, str) else cell(v) for v in column("text")]
        values = _fact_values(fact_type, columns, size)
        countries = _fact_countries_of(fact_type, column(_COUNTRY_COLUMN.get(fact_type, "")))
        begin = len(rows)
        rows.extend(map(FactRow._make, zip(
            fact_ids, doc_ids, [fact_type] * size, starts, ends, texts, values, reviews, notes,
            countries, sentence_starts, sentence_ends, strict=True)))
        rank = _type_rank(fact_type)
        keys.extend(zip(doc_ids, [-1 if v is None else v for v in starts],
                        [-1 if v is None else v for v in ends], [rank] * size, fact_ids,
                        values, range(begin, len(rows)), strict=True))
    keys.sort()  # ties broken by position: the order of a stable sort of ``rows``
    return [rows[key[-1]] for key in keys]


def _cell_column(values: list[Any]) -> list[str]:
    """``cell`` of each value."""
    if set(map(type, values)) <= {str}:  # the common case, first
        return list(map(str.strip, values))
    return [v.strip() if type(v) is str else cell(v) for v in values]


def _offset_column(values: list[Any]) -> list[int | None]:
    """``_offset`` of each value."""
    if values and set(map(type, values)) <= {int} and -_EXACT < min(values) <= max(values) < _EXACT:
        return values  # the common case, first
    return [v if type(v) is int and -_EXACT < v < _EXACT else _offset(v) for v in values]


# The cells each fact type's value is made of (``_VALUE_OF``)
_VALUE_COLUMNS = {
    "money": ("amount_low", "amount_high", "qualifier", "currency", "period", "fiscal_year",
              "program", "countries"),
    "date": ("kind", "granularity", "start_date", "end_date", "duration"),
    "country": ("iso3", "name"),
    "agreement": ("name", "date_start", "start_granularity", "date_end", "end_granularity",
                  "text", "kind", "parties", "status"),
}
# Cell types whose equal values (``1 == 1.0``, ``0.0 == -0.0``) read as the same value
_MEMO_SAFE = frozenset({str, int, float, type(None), type(pd.NA)})


def _fact_values(fact_type: str, columns: Mapping[str, list[Any]], size: int) -> list[str]:
    """``fact_value`` of each row of a table given column-wise; each distinct combination of
    the cells a value is made of worded once."""
    value_columns = _VALUE_COLUMNS.get(fact_type)
    if value_columns is None:
        names = list(columns)
        return [_other_value(dict(zip(names, row, strict=True)))
                for row in zip(*columns.values(), strict=True)]
    missing = [None] * size
    cells = [columns.get(c, missing) for c in value_columns]
    value_of = _VALUE_OF[fact_type]
    if not set().union(*(set(map(type, c)) for c in cells)) <= _MEMO_SAFE:
        return [value_of(dict(zip(value_columns, row, strict=True)))
                for row in zip(*cells, strict=True)]
    keys = list(zip(*cells, strict=True))
    made: dict[tuple[Any, ...], str] = dict.fromkeys(keys, "")
    for key in made:
        made[key] = value_of(dict(zip(value_columns, key, strict=True)))
    return list(map(made.__getitem__, keys))


def _fact_countries_of(fact_type: str, cells: list[Any]) -> list[tuple[str, ...]]:
    """``fact_countries`` of each row, from its country column's cells; each distinct cell
    read once."""
    column = _COUNTRY_COLUMN.get(fact_type)
    if column is None:
        return [()] * len(cells)
    read: dict[str, tuple[str, ...]] = {}
    out = []
    for value in cells:
        if type(value) is not str:
            out.append(fact_countries(fact_type, {column: value}))
            continue
        found = read.get(value)
        if found is None:
            found = read[value] = fact_countries(fact_type, {column: value})
        out.append(found)
    return out


_ISO3 = re.compile(r"[A-Z]{3}")


def fact_countries(fact_type: str, row: Mapping[str, Any]) -> tuple[str, ...]:
    """The ISO3 codes a fact is about: a country's ``iso3``, a money fact's ``countries``, an
    agreement's state ``parties`` (names of other parties, such as a National Guard, left out).

    >>> fact_countries("agreement", {"parties": "Arizona National Guard;KAZ;USA"})
    ('KAZ', 'USA')
    >>> fact_countries("country", {"iso3": "KGZ"}), fact_countries("date", {})
    (('KGZ',), ())
    """
    column = _COUNTRY_COLUMN.get(fact_type)
    if column is None:
        return ()
    return tuple(sorted({c for c in _split(row.get(column)) if _ISO3.fullmatch(c)}))


_COUNTRY_COLUMN = {"country": "iso3", "money": "countries", "agreement": "parties"}
_CSV_SPECIAL = re.compile('[,"\r\n]')


def decision_row(fact_id: str, text: str, decision: str = "accept") -> str:
    """A ready line for ``reviews/decisions.csv`` (columns ``DECISION_HEADER``): the fact's id
    and text, RFC 4180 quoted and CSV-injection safe as the reviews reader expects.

    >>> decision_row("d:money:5", "$4 million")
    'd:money:5,$4 million,accept,,,,'
    >>> print(decision_row("d:money:9", "-5, so-called"))
    d:money:9,"'-5, so-called",accept,,,,
    """
    if text.startswith(FORMULA_CHARS):
        text = "'" + text
    if not _CSV_SPECIAL.search(f"{fact_id}{text}{decision}"):  # the common case, first
        return f"{fact_id},{text},{decision},,,,"
    cells = [fact_id, text, decision, "", "", "", ""]
    return ",".join('"' + c.replace('"', '""') + '"' if _CSV_SPECIAL.search(c) else c
                    for c in cells)


def gather_findings(findings: pd.DataFrame | None) -> list[Finding]:
    """The findings, errors first, then by check and finding_id."""
    out = [Finding(finding_id=cell(r.get("finding_id")), check=cell(r.get("check")),
                   severity=cell(r.get("severity")), doc_ids=_split(r.get("doc_ids")),
                   fact_ids=_split(r.get("fact_ids")), message=cell(r.get("message")))
           for r in _records(findings)]
    return sorted(out, key=lambda f: (_severity_rank(f.severity), f.check, f.finding_id,
                                      f.message))


def _severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity) if severity in SEVERITIES else len(SEVERITIES)


# ---------------------------------------------------------------------------------------------
# the page


def render_report(documents: Sequence[Document], tables: Mapping[str, pd.DataFrame],
                  findings: pd.DataFrame) -> str:
    """One self-contained HTML page: summary, findings, then every document with its facts."""
    return "".join(report_parts(documents, tables, findings))


def report_parts(documents: Sequence[Document], tables: Mapping[str, pd.DataFrame],
                 findings: pd.DataFrame) -> Iterator[str]:
    """``render_report``'s page in pieces, a document at a time, so a large corpus's page is
    written as it is made and never held whole. (``run.stream_run`` assembles the same page
    from batches of documents: ``page_head``, ``document_article``, ``page_tail``.)"""
    docs = sorted(documents, key=lambda d: (d.doc_id, d.path))
    by_doc_id: dict[str, Document] = {}
    for d in docs:
        by_doc_id.setdefault(d.doc_id, d)
    facts = gather_facts(tables)
    found = gather_findings(findings)
    flagged = flagged_facts(found)
    placed = place_facts(facts, by_doc_id)
    totals = FactTotals()
    totals.add(facts)
    anchored = _Anchored(placed.anchored, placed.placed_rows())
    yield from page_head(docs, totals, found, anchored, by_doc_id, flagged,
                         placed.type_counts())
    for doc in docs:
        yield document_article(doc, placed.facts_of_doc.get(doc.doc_id, []), flagged, anchored)
    yield from page_tail(placed.unplaced, by_doc_id, flagged, anchored)


@dataclass
class FactTotals:
    """What the page's summary and filters count, over every fact (placed or not)."""

    per_type: Counter[str] = field(default_factory=Counter)
    rejected: Counter[str] = field(default_factory=Counter)
    per_country: Counter[str] = field(default_factory=Counter)
    names: dict[str, str] = field(default_factory=dict)  # ISO3 -> the name a country fact gives

    def add(self, facts: Iterable[FactRow]) -> None:
        """Count ``facts`` (in the page's fact order: the last name given wins)."""
        facts = list(facts)
        # whole columns at once (``Counter.update`` of an iterable counts in C)
        self.per_type.update(f.fact_type for f in facts)
        self.rejected.update(f.fact_type for f in facts if f.review == "rejected")
        self.per_country.update(chain.from_iterable(f.countries for f in facts))
        for f in facts:
            if f.fact_type == "country" and len(f.countries) == 1 and " " in f.value:
                self.names[f.countries[0]] = f.value.split(" ", 1)[1]

    @property
    def types(self) -> list[str]:
        return _type_order(set(self.per_type) | set(FACT_TYPES))


@dataclass
class PlacedFacts:
    """Facts (in page order) by the document they are placed in; those that cannot be placed;
    the first row of each fact_id (the one with the anchor)."""

    facts_of_doc: dict[str, list[FactRow]]
    unplaced: list[FactRow]
    anchored: dict[str, FactRow]

    def placed_rows(self) -> dict[str, list[FactRow]]:
        rows: dict[str, list[FactRow]] = defaultdict(list)
        for facts in self.facts_of_doc.values():
            for f in facts:
                rows[f.fact_id].append(f)
        return rows

    def type_counts(self) -> dict[str, Counter[str]]:
        return {doc_id: Counter(f.fact_type for f in facts)
                for doc_id, facts in self.facts_of_doc.items()}


def place_facts(facts: Sequence[FactRow], by_doc_id: Mapping[str, Document]) -> PlacedFacts:
    anchored: dict[str, FactRow] = {}
    for f in facts:
        anchored.setdefault(f.fact_id, f)
    facts_of_doc: dict[str, list[FactRow]] = {}
    unplaced: list[FactRow] = []
    doc_id: object = object()  # the document of the facts at hand: none yet
    size = -1  # the length of its text; -1 when it has none
    here: list[FactRow] | None = None
    # placed: its document has a text and ``0 <= start <= end <= len(text)``; a document is
    # looked up once per run of its facts
    for f in facts:
        if f.doc_id != doc_id:
            doc_id = f.doc_id
            doc = by_doc_id.get(doc_id)
            size = -1 if doc is None or doc.text is None else len(doc.text)
            here = None
        start, end = f.start, f.end
        if start is not None and end is not None and 0 <= start <= end <= size:
            if here is None:
                here = facts_of_doc.setdefault(f.doc_id, [])
            here.append(f)
        else:
            unplaced.append(f)
    return PlacedFacts(facts_of_doc, unplaced, anchored)


def flagged_facts(found: Sequence[Finding]) -> dict[str, list[Finding]]:
    """The findings that name each fact."""
    flagged: dict[str, list[Finding]] = defaultdict(list)
    for finding in found:
        for fid in dict.fromkeys(finding.fact_ids):
            flagged[fid].append(finding)
    return flagged


def page_head(docs: Sequence[Document], totals: FactTotals, found: Sequence[Finding],
              anchored: Mapping[str, FactRow], by_doc_id: Mapping[str, Document],
              flagged: Mapping[str, Sequence[Finding]],
              type_counts: Mapping[str, Counter[str]]) -> Iterator[str]:
    """The page up to the first document: summary, filters, findings (``anchored``: the
    facts they name, with their placed rows; ``by_doc_id``: every document, with the text
    of those whose facts a finding names), the table of contents."""
    findings_of_doc: Counter[str] = Counter(d for g in found for d in dict.fromkeys(g.doc_ids))
    types = totals.types
    yield _head()
    yield '<body>\n<a class="skip" href="#documents">Skip to the documents</a>\n'
    yield "<header>\n<h1>Fact-check report</h1>\n"
    yield _summary(docs, totals, found, types)
    yield "</header>\n"
    yield _controls(docs, totals, found, types)
    yield "<main>\n"
    yield _findings_section(found, anchored, by_doc_id, flagged)
    yield f'<section id="documents">\n<h2>Documents <small>({len(docs)})</small></h2>\n'
    yield _contents(docs, type_counts, findings_of_doc, types)


def page_tail(unplaced: Sequence[FactRow], by_doc_id: Mapping[str, Document],
              flagged: Mapping[str, Sequence[Finding]],
              anchored: Mapping[str, FactRow]) -> Iterator[str]:
    """The page after the last document: the facts that could not be placed, the script."""
    yield "</section>\n"
    yield _unplaced_section(unplaced, by_doc_id, flagged, anchored)
    yield "</main>\n"
    yield f"<script>\n{_asset(JS_PATH, 'script')}</script>\n</body>\n</html>\n"


def _asset(path: Path, element: str) -> str:
    text = path.read_text(encoding="utf-8")
    if f"</{element}" in text.lower():
        raise ValueError(f"{path.name} may not contain </{element}")
    return text if text.endswith("\n") else text + "\n"


def _head() -> str:
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta name="color-scheme" content="light">\n'
            "<title>Fact-check report</title>\n"
            f"<style>\n{_asset(CSS_PATH, 'style')}</style>\n</head>\n")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _summary(docs: Sequence[Document], totals: FactTotals, found: Sequence[Finding],
             types: Sequence[str]) -> str:
    status = Counter(d.status for d in docs)
    ok = status.get("ok", 0)
    other = len(docs) - ok
    per_type, rejected = totals.per_type, totals.rejected
    severity = Counter(f.severity for f in found)

    out = ['<section id="summary" class="summary" aria-label="Summary">\n']
    out.append('<div class="card"><h2>Documents</h2><dl>'
               f'<dt>ok</dt><dd>{ok}</dd>'
               f'<dt>quarantined</dt><dd class="{"bad" if other else ""}">{other}</dd>'
               "</dl></div>\n")
    out.append('<div class="card"><h2>Facts</h2><dl>')
    for t in types:
        note = f' <small>({rejected[t]} rejected)</small>' if rejected[t] else ""
        out.append(f'<dt><span class="swatch t-{_css_name(t)}"></span>{_esc(t)}</dt>'
                   f"<dd>{per_type[t]}{note}</dd>")
    out.append("</dl></div>\n")
    out.append('<div class="card"><h2>Findings</h2><dl>')
    for s in [*SEVERITIES, *sorted(set(severity) - set(SEVERITIES))]:
        cls = f"sev sev-{_css_name(s)}"
        out.append(f'<dt><span class="{cls}">{_esc(s)}</span></dt><dd>{severity[s]}</dd>')
    out.append("</dl></div>\n</section>\n")
    return "".join(out)


def _controls(docs: Sequence[Document], totals: FactTotals, found: Sequence[Finding],
              types: Sequence[str]) -> str:
    per_type = totals.per_type
    out = ['<nav class="controls" aria-label="Legend and filters">\n'
           '<fieldset class="legend"><legend>Fact types</legend>\n']
    for t in types:
        name = _css_name(t)
        out.append(f'<label><input type="checkbox" id="show-{name}" checked> '
                   f'<span class="key t-{name}">{_esc(t)}</span> <small>{per_type[t]}</small>'
                   "</label>\n")
    out.append('<span class="key-note"><span class="key rejected-key">struck</span> = rejected'
               ' by a reviewer</span>\n</fieldset>\n')
    severity = Counter(g.severity for g in found)
    out.append('<fieldset class="legend severities"><legend>Findings</legend>\n')
    for s in SEVERITIES:
        out.append(f'<label><input type="checkbox" id="sev-{s}" checked> '
                   f'<span class="sev sev-{s}">{s}</span> <small>{severity[s]}</small></label>\n')
    out.append("</fieldset>\n")
    out.append('<label class="doc-filter" hidden>Document <select id="doc-filter">'
               '<option value="">all documents</option>')
    for d in docs:
        out.append(f'<option value="{_attr(d.doc_id)}">{_esc(d.doc_id)}</option>')
    out.append("</select></label>\n")
    per_country, names = totals.per_country, totals.names
    out.append('<label class="country-filter" hidden>Country <select id="country-filter">'
               '<option value="">all countries</option>')
    for c in sorted(per_country):
        label = f"{c} {names[c]}" if c in names else c
        out.append(f'<option value="{_attr(c)}">{_esc(label)} ({per_country[c]})</option>')
    out.append("</select></label>\n")
    out.append('<output id="filter-status" class="filter-status" aria-live="polite"></output>\n'
               "</nav>\n")
    return "".join(out)
def _doc_link(doc_id: str, by_doc_id: Mapping[str, Document]) -> str:
    if doc_id in by_doc_id:
        href = anchor_href("doc-" + anchor_id(doc_id))
        return f'<a href="{_attr(href)}">{_esc(doc_id)}</a>'
    return f'<span class="missing" title="no such document">{_esc(doc_id)}</span>'


def _fact_link(fid: str, anchored: Mapping[str, FactRow]) -> str:
    fact = anchored.get(fid)
    if fact is None:
        return (f'<span class="missing" title="no fact with this id">{_esc(fid)}</span>')
    label = f"{fact.fact_type} “{fact.text}”" if fact.text else fid
    href = anchor_href(anchor_id(fid))
    return (f'<a class="fact-link l-{_css_name(fact.fact_type)}" href="{_attr(href)}" '
            f'title="{_attr(fact.title)}">{_esc(label)}</a>')


class _Anchored(dict[str, FactRow]):
    """The first row of each fact_id, and every placed row of it (for a finding's evidence)."""

    def __init__(self, first: Mapping[str, FactRow], placed: Mapping[str, list[FactRow]]) -> None:
        super().__init__(first)
        self.placed = placed


def _findings_section(found: Sequence[Finding], anchored: Mapping[str, FactRow],
                      by_doc_id: Mapping[str, Document],
                      flagged: Mapping[str, Sequence[Finding]] | None = None) -> str:
    out = [f'<section id="findings">\n<h2>Findings <small>({len(found)})</small></h2>\n']
    if not found:
        out.append('<p class="none">No findings: the facts are consistent.</p>\n</section>\n')
        return "".join(out)
    placed = anchored.placed if isinstance(anchored, _Anchored) else {}
    out.append('<div class="table-wrap"><table class="findings">\n<thead><tr><th>Severity</th>'
               "<th>Check</th><th>Documents</th><th>Message</th><th>Facts</th></tr></thead>\n")
    for g in found:
        sev = _css_name(g.severity)
        docs = "<br>".join(_doc_link(d, by_doc_id) for d in g.doc_ids) or "—"
        facts = "<br>".join(_fact_link(f, anchored) for f in g.fact_ids) or "—"
        rows = [r for fid in dict.fromkeys(g.fact_ids) for r in placed.get(fid, [])]
        countries = sorted({c for r in rows for c in r.countries}
                           | {c for fid in g.fact_ids if fid in anchored
                              for c in anchored[fid].countries})
        out.append(f'<tbody class="finding f-{sev}" data-finding-id="{_attr(g.finding_id)}" '
                   f'data-severity="{_attr(g.severity)}" '
                   f'data-doc-ids="{_attr(";".join(g.doc_ids))}"'
                   f' data-countries="{_attr(";".join(countries))}">\n'
                   f'<tr id="{_attr("finding-" + anchor_id(g.finding_id))}" class="sev-row-{sev}">'
                   f'<td data-label="Severity"><span class="sev sev-{sev}">{_esc(g.severity)}'
                   f'</span> <small class="fid">{_esc(g.finding_id)}</small></td>'
                   f'<td data-label="Check"><code>{_esc(g.check).replace(":", ":<wbr>")}'
                   "</code></td>"
                   f'<td data-label="Documents">{docs}</td>'
                   f'<td data-label="Message" class="message">{_esc(g.message)}</td>'
                   f'<td data-label="Facts">{facts}</td></tr>\n')
        evidence = _evidence(g, rows, by_doc_id, flagged or {})
        if evidence:
            out.append(f'<tr class="evidence-row"><td colspan="5" class="evidence-cell">'
                       f"{evidence}</td></tr>\n")
        out.append("</tbody>\n")
    out.append("</table></div>\n</section>\n")
    return "".join(out)


def _snippet_bounds(rows: Sequence[FactRow], doc: Document) -> tuple[int, int]:
    """The span of text that shows ``rows`` (facts of one document) in context: their sentence
    when the CSV gives one that holds them all, else the line around them; at most about
    ``SNIPPET_CHARS`` characters either way."""
    assert doc.text is not None
    text = doc.text
    first = min(r.start for r in rows if r.start is not None)
    last = max(r.end for r in rows if r.end is not None)
    starts = [r.sentence_start for r in rows]
    ends = [r.sentence_end for r in rows]
    s0 = min((x for x in starts if x is not None), default=-1)
    s1 = max((x for x in ends if x is not None), default=-1)
    if None not in starts + ends and 0 <= s0 <= first and last <= s1 <= len(text):
        lo, hi = s0, s1
    else:
        lo = text.rfind("\n", 0, first) + 1
        nl = text.find("\n", last)
        hi = len(text) if nl < 0 else nl
    half = SNIPPET_CHARS // 2
    lo = max(lo, first - half)
    hi = min(hi, last + half)
    return lo, hi


def _evidence(g: Finding, rows: Sequence[FactRow], by_doc_id: Mapping[str, Document],
              flagged: Mapping[str, Sequence[Finding]]) -> str:
    """The facts of a finding in their sentences, one column per document (the finding's
    documents first, in its order)."""
    per_doc: dict[str, list[FactRow]] = defaultdict(list)
    for r in rows:
        per_doc[r.doc_id].append(r)
    if not per_doc:
        return ""
    order = [d for d in g.doc_ids if d in per_doc] + sorted(set(per_doc) - set(g.doc_ids))
    columns = []
    for doc_id in order:
        doc = by_doc_id[doc_id]
        assert doc.text is not None
        # Facts sharing a sentence are shown in one quote; each sentence once.
        groups: dict[tuple[int, int], list[FactRow]] = defaultdict(list)
        for r in per_doc[doc_id]:
            groups[_snippet_bounds([r], doc)].append(r)
        quotes = []
        for (lo, hi), group in sorted(groups.items()):
            marks = [Mark(r.start - lo, r.end - lo, r.fact_id, r.fact_type, r.title,
                          _flag_classes(r, flagged), False, ";".join(r.countries))
                     for r in group if r.start is not None and r.end is not None]
            before = "… " if lo > 0 and doc.text[lo - 1] not in "\n" else ""
            after = " …" if hi < len(doc.text) and doc.text[hi:hi + 1] not in ("\n", "") else ""
            links = " ".join(
                f'<a class="in-context" href="{_attr(anchor_href(anchor_id(r.fact_id)))}">'
                f"{_esc(r.fact_id.removeprefix(doc_id + ':'))} in context</a>" for r in group)
            quotes.append(f'<blockquote class="evidence-text">{before}'
                          f"{mark_up(doc.text[lo:hi], marks)}{after}"
                          f'<footer>{links}</footer></blockquote>')
        columns.append(f'<div class="evidence-doc" data-doc-id="{_attr(doc_id)}">'
                       f'<h4>{_doc_link(doc_id, by_doc_id)}</h4>{"".join(quotes)}</div>')
    label = "side by side" if len(columns) > 1 else "in context"
    return (f'<div class="evidence" aria-label="The facts {label}">'
            f'{"".join(columns)}</div>')
def _flag_classes(fact: FactRow, flagged: Mapping[str, Sequence[Finding]]) -> tuple[str, ...]:
    if not fact.review and fact.fact_id not in flagged:  # the common case, first
        return ()
    classes: list[str] = []
    if fact.review in ("rejected", "corrected", "accepted"):
        classes.append(fact.review)
    severities = {g.severity for g in flagged.get(fact.fact_id, ())}
    if "error" in severities:
        classes.append("flag-error")
    elif severities:
        classes.append("flag-warning")
    return tuple(classes)


def document_article(doc: Document, facts: Sequence[FactRow],
                     flagged: Mapping[str, Sequence[Finding]],
                     anchored: Mapping[str, FactRow]) -> str:
    """One document's article: its text with ``facts`` (those placed in it) highlighted, and
    their table. ``anchored``: the first row of each fact_id (which gets the anchor)."""
    out: list[str] = []
    anchor = "doc-" + anchor_id(doc.doc_id)
    if doc.status != "ok" or doc.text is None:
        out.append(f'<article class="doc quarantined" id="{_attr(anchor)}" '
                   f'data-doc-id="{_attr(doc.doc_id)}">\n'
                   f'<h3>{_esc(doc.doc_id)} <span class="status">{_esc(doc.status)}</span>'
                   f'</h3>\n<p class="meta">{_esc(doc.path)}</p>\n'
                   f'<p class="error"><strong>Not read:</strong> '
                   f'{_esc(doc.error or "no reason given")}</p>\n</article>\n')
        return "".join(out)
    made = _fact_html(facts, flagged, anchored, doc, link=True)

    def cont_tag(i: int) -> str:
        f = facts[i]
        return _span_tag(f.fact_type, made.classes[i], False, f.start == f.end, f.fact_id,
                         made.fact_id_attrs[i], False, _countries_attr(f.countries),
                         made.title_attrs[i])

    meta = [_esc(doc.path), f"{doc.chars:,} characters",
            f"sha256 <code>{_esc(doc.sha256[:12])}</code>" if doc.sha256 else ""]
    if doc.doc_date is not None:
        meta.append(f"dated {doc.doc_date.isoformat()}")
    countries = ";".join(sorted({c for f in facts for c in f.countries}))
    if Path(doc.path).suffix.lower() in CONVERTED_SUFFIXES:
        meta.insert(1, f"text extracted to <code>text/{_esc(doc.doc_id)}.txt</code>")
    marked = _marked_up(doc.text, [_placed_offset(f.start) for f in facts],
                        [_placed_offset(f.end) for f in facts], [f.fact_type for f in facts],
                        [f.fact_id for f in facts], made.first_tags, cont_tag)
    out.append(f'<article class="doc" id="{_attr(anchor)}" data-doc-id="{_attr(doc.doc_id)}" '
               f'data-countries="{_attr(countries)}">'
               f'\n<h3>{_esc(doc.doc_id)}</h3>\n'
               f'<p class="meta">{" · ".join(m for m in meta if m)}</p>\n'
               f'<div class="doc-text" data-doc-id="{_attr(doc.doc_id)}">'
               f"{marked}</div>\n")
    out.append(_fact_list(facts, doc, flagged, made))
    out.append("</article>\n")
    return "".join(out)


def _placed_offset(offset: int | None) -> int:
    assert offset is not None  # placed facts only
    return offset


@lru_cache(maxsize=4096)  # a few hundred sets of countries, asked for per fact
def _countries_attr(countries: tuple[str, ...]) -> str:
    return _attr(";".join(countries))


@dataclass(frozen=True, slots=True)
class _FactHtml:
    """A document's facts as its markup and its fact table show them, made once per fact."""

    rows: list[str]  # the fact table's rows
    first_tags: list[str]  # the opening tag of its mark (of the first piece), when placed
    classes: list[tuple[str, ...]]  # the classes of its mark: flags, and a text mismatch
    fact_id_attrs: list[str]  # the fact id, attribute-escaped
    title_attrs: list[str]  # the tooltip (``FactRow.title``), attribute-escaped


def _fact_html(facts: Sequence[FactRow], flagged: Mapping[str, Sequence[Finding]],
               anchored: Mapping[str, FactRow], doc: Document | None, link: bool) -> _FactHtml:
    """The table rows of ``facts`` and, when they are placed in ``doc``, their marks' tags
    (``link``: the fact ids link to the marks). The common case, a document whose facts have
    nothing to escape, is told once for the document."""
    fact_ids = [f.fact_id for f in facts]
    # Ids made of characters an href keeps are their own anchor and href (an href-plain id
    # has no whitespace or ``%``); ``_attr`` is a character-wise map, so attr(#id) = #attr(id)
    plain_ids = _HREF_PLAIN.fullmatch("".join(fact_ids)) is not None
    # No review, and nothing to escape in any fact: every fact takes the common case (a
    # character is in the cells joined iff it is in one of them)
    all_plain = not any(f.review for f in facts) and not _holds_any(
        "\0".join([*fact_ids, *[f.text for f in facts], *[f.value for f in facts],
                   *[f.fact_type for f in facts]]), _ATTR_CHARS)
    doc_text = doc.text if doc is not None else None
    made = _FactHtml([], [], [], [], [])
    for f in facts:
        fact_id, fact_type, text, value, review = f.fact_id, f.fact_type, f.text, f.value, f.review
        decision = None
        if all_plain or (not review and not _ATTR_SPECIAL.search(
                f"{fact_id}\0{text}\0{value}\0{fact_type}")):
            # the common case, first: nothing to escape, the title has no review line
            fact_id_attr = fact_id_esc = fact_id
            text_esc, value_esc = text, value
            title_attr = f"{fact_type} {value}".rstrip() + "&#10;" + fact_id
            if "," not in fact_id and "," not in text and not text.startswith(FORMULA_CHARS):
                # ``decision_row``, with no cell to quote (none holds what _CSV_SPECIAL
                # finds) and no character to escape
                decision = decision_attr = decision_esc = f"{fact_id},{text},accept,,,,"
        else:
            fact_id_attr, text_esc, value_esc = _attr(fact_id), _esc(text), _esc(value)
            fact_id_esc = fact_id if fact_id_attr is fact_id else _esc(fact_id)
            title_attr = _attr(f.title)
        if decision is None:
            decision = decision_row(fact_id, text)
            decision_attr = _attr(decision)
            decision_esc = decision if decision_attr is decision else _esc(decision)
        flags = _flag_classes(f, flagged) if review or fact_id in flagged else ()
        start, end = f.start, f.end
        if doc_text is None:
            mismatch = False
        else:  # its text is ``doc_text[start:end]`` (tested without slicing the text), with
            # or without the CSV-safety quote of the contract, or not given
            assert start is not None and end is not None  # placed facts only
            size = end - start
            mismatch = not (not text
                            or (len(text) == size and doc_text.startswith(text, start))
                            or (len(text) == size + 1 and text[0] == "'"
                                and doc_text.startswith(text[1:], start)))
        countries_attr = _countries_attr(f.countries)

        row_class = _row_class(fact_type)
        if flags:
            row_class += " " + _attr(" ".join(flags))
        if link:
            # Within its document a fact is named without the document id it starts with.
            label = fact_id.removeprefix(f"{f.doc_id}:") or fact_id
            href = ("#" + fact_id_attr if plain_ids
                    else _attr(anchor_href(anchor_id(fact_id))))
            fid = (f'<a href="{href}" title="{fact_id_attr}">'
                   f'{label if fact_id_attr is fact_id else _esc(label)}</a>')
        else:
            fid = f"<code>{fact_id_esc}</code>"
        where = f"{start}–{end}" if start is not None and end is not None else "?"
        if mismatch:
            where += ' <span class="bad">text differs</span>'
        notes = [_esc(review + (f": {f.review_note}" if f.review_note else ""))
                 ] if review else []
        findings = flagged.get(fact_id) if flags else None
        if findings:
            notes += [f'<a class="sev sev-{_css_name(g.severity)}" '
                      f'href="{_attr(anchor_href("finding-" + anchor_id(g.finding_id)))}" '
                      f'title="{_attr(g.message)}">{_esc(g.check)}</a>'
                      for g in findings]
        made.rows.append(
            f'<tr class="{row_class}" data-fact-id="{fact_id_attr}" '
            f'data-countries="{countries_attr}">'
            f'<td data-label="Fact">{fid}</td>'
            f"{_type_cell(fact_type)}"
            f'<td data-label="Text">{text_esc}</td>'
            f'<td data-label="Value">{value_esc}</td>'
            f'<td data-label="Offsets" class="num">{where}</td>'
            f'<td data-label="Review / findings">{" ".join(notes)}'
            "</td>"
            f'<td data-label="Decision row" class="decision-cell">'
            f'<code class="decision-row">{decision_esc}</code> '
            f'<button type="button" class="copy" hidden data-copy="{decision_attr}" '
            f'title="Copy this line for reviews/decisions.csv">Copy</button></td></tr>\n')
        if doc_text is not None:
            classes = (*flags, "mismatch") if mismatch else flags
            anchor = anchored.get(fact_id) is f
            anchor_attr = (fact_id_attr if plain_ids or not anchor
                           else _attr(anchor_id(fact_id)))
            made.first_tags.append(_span_tag(fact_type, classes, True, start == end, fact_id,
                                             fact_id_attr, anchor, countries_attr, title_attr,
                                             anchor_attr))
            made.classes.append(classes)
            made.fact_id_attrs.append(fact_id_attr)
            made.title_attrs.append(title_attr)
    return made


def _contents(docs: Sequence[Document], type_counts: Mapping[str, Counter[str]],
              findings_of_doc: Mapping[str, int], types: Sequence[str]) -> str:
    if not docs:
        return '<p class="none">No documents.</p>\n'
    out = ['<div class="table-wrap"><table class="contents">\n<thead><tr><th>Document</th>'
           "<th>Status</th>"]
    out.extend(f'<th class="num"><span class="swatch t-{_css_name(t)}"></span>{_esc(t)}</th>'
               for t in types)
    out.append('<th class="num">findings</th></tr></thead>\n<tbody>\n')
    for d in docs:
        per_type = type_counts.get(d.doc_id) or Counter()
        href = anchor_href("doc-" + anchor_id(d.doc_id))
        out.append(f'<tr data-doc-id="{_attr(d.doc_id)}"><td data-label="Document">'
                   f'<a href="{_attr(href)}">{_esc(d.doc_id)}</a>'
                   f'</td><td data-label="Status" class="status-{_css_name(d.status)}">'
                   f"{_esc(d.status)}</td>")
        out.extend(f'<td class="num" data-label="{_attr(t)}">{per_type[t]}</td>' for t in types)
        out.append(f'<td class="num" data-label="findings">{findings_of_doc.get(d.doc_id, 0)}'
                   "</td></tr>\n")
    out.append("</tbody></table></div>\n")
    return "".join(out)


def _fact_table_rows(facts: Sequence[FactRow], flagged: Mapping[str, Sequence[Finding]],
                     link: bool, doc: Document | None = None,
                     made: _FactHtml | None = None) -> str:
    """The fact table's rows (``made``: ``_fact_html`` of ``facts``, made when not given)."""
    if made is None:
        made = _fact_html(facts, flagged, {}, doc, link)
    return "".join(made.rows)


@lru_cache(maxsize=1024)  # a few fact types, asked for per fact
def _row_class(fact_type: str) -> str:
    return _attr("r-" + _css_name(fact_type))


@lru_cache(maxsize=1024)
def _type_cell(fact_type: str) -> str:
    return (f'<td data-label="Type"><span class="key t-{_css_name(fact_type)}">'
            f"{_esc(fact_type)}</span></td>")


_FACT_TABLE_HEAD = ("<thead><tr><th>Fact</th><th>Type</th><th>Text</th><th>Value</th>"
                    '<th class="num">Offsets</th><th>Review / findings</th>'
                    "<th>Decision row <small>(for reviews/decisions.csv)</small></th>"
                    "</tr></thead>\n")


def _fact_list(facts: Sequence[FactRow], doc: Document,
               flagged: Mapping[str, Sequence[Finding]], made: _FactHtml | None = None
               ) -> str:
    if not facts:
        return '<p class="none">No facts found in this document.</p>\n'
    return ('<details class="fact-list"><summary>'
            f"All {_plural(len(facts), 'fact')} of this document, as a table</summary>\n"
            '<p class="decision-help">To record a decision, copy a row\'s last cell into '
            "<code>reviews/decisions.csv</code> under the header "
            f"<code>{DECISION_HEADER}</code>; change <code>accept</code> to <code>reject</code>"
            ", or to <code>correct</code> with a field and value.</p>\n"
            f'<div class="table-wrap"><table class="facts">\n{_FACT_TABLE_HEAD}<tbody>\n'
            f"{_fact_table_rows(facts, flagged, link=True, doc=doc, made=made)}"
            "</tbody></table></div>\n</details>\n")


def _unplaced_section(unplaced: Sequence[FactRow], by_doc_id: Mapping[str, Document],
                      flagged: Mapping[str, Sequence[Finding]],
                      anchored: Mapping[str, FactRow]) -> str:
    """Facts whose offsets do not fit their document (or whose document has no text): listed,
    with an anchor, so nothing in the CSVs is missing from the report."""
    if not unplaced:
        return ""
    out = ['<section id="unplaced">\n<h2>Facts that could not be placed <small>'
           f"({len(unplaced)})</small></h2>\n<p>Their document is missing or quarantined, or "
           "their offsets fall outside its text.</p>\n"
           f'<div class="table-wrap"><table class="facts">\n{_FACT_TABLE_HEAD}<tbody>\n']
    for f in unplaced:
        row = _fact_table_rows([f], flagged, link=False)
        if anchored[f.fact_id] is f:
            row = row.replace("<tr ", f'<tr id="{_attr(anchor_id(f.fact_id))}" ', 1)
        doc = by_doc_id.get(f.doc_id)
        if doc is None:
            row = row.replace("</code>", f"</code> <small>(no document {_esc(f.doc_id)})</small>",
                              1)
        out.append(row)
    out.append("</tbody></table></div>\n</section>\n")
    return "".join(out)
