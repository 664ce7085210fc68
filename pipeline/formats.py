"""Documents that are not plain text: the main text of an HTML page or a PDF.

``convert(suffix, data)`` is pure (bytes in, text or a catalogue error out), like
``ingest.decode_document``. The run writes each converted text to ``OUT/text/DOC_ID.txt``
(``write_texts``): a fact's offsets index that text, and a reviewer can open it.

HTML: the standard library's ``html.parser``; boilerplate is dropped by element (script, style,
nav, header, footer, aside, form, noscript, …) and by a class or id that names it (nav, menu,
footer, breadcrumb, sidebar, cookie); paragraphs, headings, list items and table rows become
lines of their own, separated by a blank line; entities are decoded; NBSP is kept.
PDF: pypdf, the text of each page, pages separated by a blank line.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from html.parser import HTMLParser
from pathlib import Path

from pipeline.documents import Document
from pipeline.errors import Msg

HTML_SUFFIXES = (".html", ".htm")
PDF_SUFFIXES = (".pdf",)
CONVERTED_SUFFIXES = HTML_SUFFIXES + PDF_SUFFIXES

DROPPED_ELEMENTS = frozenset({
    "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template",
    "head", "svg", "iframe", "button", "select", "textarea", "object", "canvas",
})
# A class or id token naming boilerplate ("main-nav", "site_footer", "breadcrumbs").
BOILERPLATE_TOKENS = frozenset({"nav", "navbar", "navigation", "menu", "menubar", "submenu"})
BOILERPLATE_PARTS = ("footer", "breadcrumb", "sidebar", "cookie", "skip-link", "skiplink")
BLOCK_ELEMENTS = frozenset({
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
    "ol", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "caption", "blockquote",
    "pre", "figure", "figcaption", "address", "hr", "body", "html", "center", "details",
    "summary",
})
CELL_ELEMENTS = frozenset({"td", "th"})
VOID_ELEMENTS = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr",
})
_BR = "\x1e"  # a <br> until the block is tidied (never left in the text)
_SPACE = re.compile(r"[ \t\r\n\f\v]+")  # not NBSP: the matching view handles it, offsets keep it
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)


def is_boilerplate(attrs: Iterable[tuple[str, str | None]]) -> bool:
    """Whether an element's class or id says it is navigation, a footer, a banner, ….

    >>> is_boilerplate([("class", "site-footer dark")]), is_boilerplate([("id", "main-nav")])
    (True, True)
    >>> is_boilerplate([("class", "navigable canvas content")]), is_boilerplate([])
    (False, False)
    """
    for name, value in attrs:
        if name not in ("class", "id") or not value:
            continue
        lowered = value.lower()
        if any(part in lowered for part in BOILERPLATE_PARTS):
            return True
        if BOILERPLATE_TOKENS & set(re.split(r"[\s_-]+", lowered)):
            return True
    return False


class _MainText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._line: list[str] = []
        self._skip: list[str] = []  # tag of the dropped element we are inside, nested same tags

    def _break(self) -> None:
        line = _SPACE.sub(" ", "".join(self._line)).strip(" ")
        if line.replace(_BR, "").strip(" "):
            self.blocks.append(line)
        self._line = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skip:
            if tag == self._skip[0] and tag not in VOID_ELEMENTS:
                self._skip.append(tag)
            return
        if tag in DROPPED_ELEMENTS or (tag not in VOID_ELEMENTS and is_boilerplate(attrs)):
            if tag not in VOID_ELEMENTS:
                self._skip.append(tag)
            return
        if tag == "br":
            self._line.append(_BR)
        elif tag in BLOCK_ELEMENTS:
            self._break()
        elif tag in CELL_ELEMENTS:
            self._line.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self._skip and tag == "br":
            self._line.append(_BR)
        elif not self._skip and tag in BLOCK_ELEMENTS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if self._skip:
            if tag == self._skip[0]:
                self._skip.pop()
            return
        if tag in BLOCK_ELEMENTS:
            self._break()
        elif tag in CELL_ELEMENTS:
            self._line.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._line.append(data.replace(_BR, " "))

    def text(self) -> str:
        self._break()
        # A <br> inside a block: keep the line break, tidy the spaces around it.
        blocks = ["\n".join(p.strip(" ") for p in b.split(_BR) if p.strip(" "))
                  for b in self.blocks]
        return "\n\n".join(b for b in blocks if b) + ("\n" if blocks else "")


def html_to_text(markup: str) -> str:
    """The main text of an HTML page, one block (paragraph, heading, list item) per line.

    >>> html_to_text('<nav><a href="/">Home</a></nav><h1>FMF &amp; IMET</h1>'
    ...     '<p>In FY&nbsp;2021 the <b>United States</b>\\n provided $10 million.</p>'
    ...     '<div class="footer">Contact us</div><ul><li>one</li><li>two</li></ul>')
    'FMF & IMET\\n\\nIn FY\\xa02021 the United States provided $10 million.\\n\\none\\n\\ntwo\\n'
    """
    parser = _MainText()
    parser.feed(markup)
    parser.close()
    return parser.text()


def decode_html(data: bytes) -> str:
    """HTML bytes as text: UTF-8 (BOM dropped), else the charset its ``<meta>`` declares, else
    Windows-1252 as browsers assume for an unlabelled page.

    >>> decode_html(b'<meta charset="iso-8859-1"><p>caf\\xe9'), decode_html(b"\\xef\\xbb\\xbfok")
    ('<meta charset="iso-8859-1"><p>café', 'ok')
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    return data.decode("cp1252", errors="replace")


def pdf_to_text(data: bytes) -> str:
    """The text of every page of a PDF, pages separated by a blank line (pypdf)."""
    from pypdf import PdfReader  # imported here: only runs that meet a PDF pay for it

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not reader.decrypt(""):
        raise ValueError("encrypted")
    pages = [(page.extract_text() or "").strip("\n") for page in reader.pages]
    text = "\n\n".join(p for p in pages if p.strip())
    return text + "\n" if text else ""


def convert(suffix: str, data: bytes) -> tuple[str | None, str]:
    """(text, error) for the bytes of a ``.html``/``.htm``/``.pdf`` file, like
    ``ingest.decode_document``: the text, or None and a catalogue message.

    >>> convert(".html", b"<p>Kazakhstan</p>")
    ('Kazakhstan\\n', '')
    >>> convert(".html", b"<nav>menu only</nav>")
    (None, '[E103] empty document')
    >>> convert(".pdf", b"not a pdf")[1][:37]
    '[E109] cannot extract text from PDF: '
    """
    suffix = suffix.lower()
    if suffix in HTML_SUFFIXES:
        if b"\x00" in data[:8000]:
            return None, Msg.E108.format_msg(reason="binary file, NUL byte")
        try:
            text = html_to_text(decode_html(data))
        except Exception as exc:  # a page we cannot parse is quarantined, the run goes on
            return None, Msg.E108.format_msg(reason=f"{type(exc).__name__}: {exc}")
    elif suffix in PDF_SUFFIXES:
        try:
            text = pdf_to_text(data)
        except Exception as exc:  # pypdf raises many kinds on a damaged file
            return None, Msg.E109.format_msg(reason=f"{type(exc).__name__}: {exc}")
        if not text.strip():
            return None, Msg.E109.format_msg(reason="no text layer (a scanned image?)")
    else:
        raise ValueError(f"not a converted format: {suffix}")
    if not text.strip():
        return None, Msg.E103.format_msg()
    return text, ""


def is_converted(doc: Document) -> bool:
    return Path(doc.path).suffix.lower() in CONVERTED_SUFFIXES


def text_path(out: Path, doc_id: str) -> Path:
    """Where the text of a converted document is written: ``OUT/text/DOC_ID.txt``."""
    return out / "text" / f"{doc_id}.txt"


def write_texts(out: Path, documents: Iterable[Document]) -> list[Path]:
    """Write the text of every converted document that was read; returns the paths."""
    from pipeline.write import write_atomic

    written = []
    for doc in documents:
        if is_converted(doc) and doc.text is not None:
            path = text_path(out, doc.doc_id)
            write_atomic(path, doc.text.encode("utf-8"))
            written.append(path)
    return written
