"""Documents beyond .txt: the main text of HTML pages and PDFs, written to OUT/text/DOC_ID.txt,
their facts' offsets indexing that text."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pipeline.formats import convert, html_to_text, is_boilerplate
from pipeline.ingest import find_documents, ingest
from pipeline.run import run

PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Kazakhstan - United States Department of State</title>
<style>.x { color: red }</style><script>var countries = ["Uzbekistan"];</script></head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header><div class="logo">U.S. DEPARTMENT of STATE</div></header>
<nav id="primary-navigation"><ul><li><a href="/">Home</a></li><li>Turkmenistan</li></ul></nav>
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; Tajikistan</div>
<main id="main">
<h1>U.S. Security Cooperation With Kazakhstan</h1>
<p>In August&nbsp;2019, Kazakhstan entered into a General
   Security of Information Agreement with the United States.</p>
<ul><li>FY 2021 FMF: $10&nbsp;million</li><li>IMET: &#36;2 million &amp; rising</li></ul>
</main>
<aside class="related">Related: Kyrgyzstan</aside>
<div class="sidebar-widget">Afghanistan</div>
<div id="cookie-consent">We use cookies.</div>
<form><input name="q"> Search Georgia</form>
<footer class="site-footer">Mongolia · Contact</footer>
</body></html>
"""
PAGE_TEXT = ("U.S. Security Cooperation With Kazakhstan\n\n"
             "In August\u00a02019, Kazakhstan entered into a General Security of Information "
             "Agreement with the United States.\n\n"
             "FY 2021 FMF: $10\u00a0million\n\nIMET: $2 million & rising\n")


def test_html_main_text_drops_boilerplate_keeps_blocks_decodes_entities() -> None:
    assert html_to_text(PAGE) == PAGE_TEXT


@pytest.mark.parametrize(("attrs", "boilerplate"), [
    ([("class", "site-footer")], True), ([("id", "main-nav")], True),
    ([("class", "menu")], True), ([("class", "breadcrumb-list")], True),
    ([("id", "sidebar")], True), ([("class", "cookie-banner")], True),
    ([("class", "content article-body")], False), ([("class", "canvas navigable")], False),
    ([("id", "main")], False), ([("href", "/nav")], False),
])
def test_boilerplate_by_class_or_id(attrs: list[tuple[str, str | None]],
                                    boilerplate: bool) -> None:
    assert is_boilerplate(attrs) is boilerplate


def test_html_br_keeps_a_line_break_and_unclosed_paragraphs_split() -> None:
    assert html_to_text("<p>one<br>two<p>three<div><nav>x<nav>y</nav>z</nav>four</div>") == (
        "one\ntwo\n\nthree\n\nfour\n")


def test_a_page_in_a_declared_legacy_charset_is_read() -> None:
    data = '<meta charset="windows-1252"><p>Caf\u00e9 in C\u00f4te d\u2019Ivoire</p>'.encode(
        "cp1252")
    assert convert(".html", data) == ("Caf\u00e9 in C\u00f4te d\u2019Ivoire\n", "")


def minimal_pdf(pages: list[list[str]]) -> bytes:
    """A PDF with one Helvetica text line per string, built by hand (no PDF writer needed)."""
    objects: list[bytes] = []
    n_pages = len(pages)
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n_pages))
    font = 3 + 2 * n_pages
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    for i, lines in enumerate(pages):
        body = "BT /F1 11 Tf 14 TL 72 720 Td " + " ".join(
            "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*"
            for line in lines) + " ET"
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents "
                       f"{4 + 2 * i} 0 R /Resources << /Font << /F1 {font} 0 R >> >> >>".encode())
        data = body.encode("latin-1")
        objects.append(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                   b"/Encoding /WinAnsiEncoding >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def test_pdf_text_page_by_page() -> None:
    pdf = minimal_pdf([["In FY 2021, Congress appropriated $10 million", "for Kazakhstan."],
                       ["Page two (Uzbekistan)."]])
    assert convert(".pdf", pdf) == (
        "In FY 2021, Congress appropriated $10 million\nfor Kazakhstan.\n\n"
        "Page two (Uzbekistan).\n", "")


@pytest.mark.parametrize(("name", "data", "error"), [
    ("bad.pdf", b"%PDF-1.4 truncated", "[E109] cannot extract text from PDF: "),
    ("blank.pdf", minimal_pdf([[]]), "[E109] cannot extract text from PDF: no text layer"),
    ("bin.html", b"<p>a\x00b</p>", "[E108] cannot extract text from HTML: binary file"),
    ("menu.htm", b"<nav>Home</nav><footer>Contact</footer>", "[E103] empty document"),
])
def test_a_file_that_cannot_be_read_is_quarantined(tmp_path: Path, name: str, data: bytes,
                                                   error: str) -> None:
    (tmp_path / name).write_bytes(data)
    (tmp_path / "ok.txt").write_text("Kazakhstan", encoding="utf-8")
    docs = {d.doc_id: d for d in ingest(tmp_path)}
    assert docs["ok"].status == "ok"
    assert docs[name].status == "quarantined" and docs[name].error.startswith(error)


def test_doc_ids_keep_the_suffix_of_converted_formats(tmp_path: Path) -> None:
    for name in ("reports/kaz.html", "a.txt", "b.HTM", "c.pdf", "notes.md", ".hidden.html"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    assert [d for d, _ in find_documents(tmp_path)] == ["a", "b.HTM", "c.pdf", "reports/kaz.html"]


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_facts_of_html_and_pdf_index_their_text_in_out_text(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    (raw / "reports").mkdir(parents=True)
    (raw / "reports" / "kaz.html").write_text(PAGE, encoding="utf-8")
    (raw / "reports" / "kaz.meta.json").write_text('{"date": "2021-03-01"}', encoding="utf-8")
    (raw / "uzb.pdf").write_bytes(minimal_pdf([[
        "In 2016, Uzbekistan signed an Acquisition and Cross-Servicing",
        "Agreement with the United States."]]))
    run(raw, out)

    documents = {d["doc_id"]: d for d in read_rows(out / "documents.csv")}
    assert documents["reports/kaz.html"]["path"].endswith("raw/reports/kaz.html")
    assert documents["reports/kaz.html"]["doc_date"] == "2021-03-01"
    assert documents["uzb.pdf"]["status"] == "ok"
    texts = {doc_id: (out / "text" / f"{doc_id}.txt").read_text(encoding="utf-8")
             for doc_id in documents}
    assert texts["reports/kaz.html"] == PAGE_TEXT
    assert int(documents["reports/kaz.html"]["chars"]) == len(PAGE_TEXT)

    facts = [r for name in ("money.csv", "dates.csv", "countries.csv", "agreements.csv")
             for r in read_rows(out / name)]
    for r in facts:
        assert texts[r["doc_id"]][int(r["start"]):int(r["end"])] == r["text"]
    found = {(r["doc_id"], r["text"]) for r in facts}
    assert {("reports/kaz.html", "Kazakhstan"), ("reports/kaz.html", "$10\u00a0million"),
            ("reports/kaz.html", "August\u00a02019"), ("uzb.pdf", "Uzbekistan"),
            ("uzb.pdf", "2016")} <= found
    boilerplate = {"Turkmenistan", "Tajikistan", "Kyrgyzstan", "Afghanistan", "Georgia",
                   "Mongolia"}
    assert not boilerplate & {text for doc_id, text in found if doc_id == "reports/kaz.html"}
