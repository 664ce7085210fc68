"""report.html: facts highlighted in place by their offsets, findings linked to them, all escaped.

The page is read back with ``html.parser``: the text of every highlight (all its pieces, when an
overlap split it) must be ``document[start:end]``; removing the tags from a document's text
block must give the document text back exactly; every ``#link`` must reach an ``id``.
"""

from __future__ import annotations

import random
import re
from collections import Counter, defaultdict
from html import escape as html_escape
from html import unescape as html_unescape
from html.parser import HTMLParser
from typing import Any
from urllib.parse import unquote

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.documents import Document
from pipeline.report import (
    CSS_PATH,
    DECISION_HEADER,
    FACT_TYPES,
    Mark,
    anchor_id,
    decision_row,
    fact_value,
    mark_up,
    render_report,
)
from pipeline.tables import columns_for

FINDING_COLUMNS = ["finding_id", "check", "severity", "doc_ids", "fact_ids", "message"]


# --- reading the page back -------------------------------------------------------------------


class Page(HTMLParser):
    """What a test needs from a rendered report."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.tags: Counter[str] = Counter()
        self.attr_names: set[str] = set()
        self.doc_texts: dict[str, str] = {}  # data-doc-id of a .doc-text -> its text
        self.fact_texts: dict[str, str] = defaultdict(str)  # data-fact-id -> text of its pieces
        self.fact_pieces: Counter[str] = Counter()
        self.fact_attrs: dict[str, dict[str, str]] = {}  # data-fact-id -> attrs of the id'd piece
        self.articles: dict[str, str] = defaultdict(str)  # article id -> its text
        self._doc: str | None = None
        self._open: list[str] = []  # data-fact-id of the spans open inside a .doc-text
        self._article: str | None = None
        self._article_depth = 0
        self.feed(markup)
        self.close()
        assert self._doc is None and not self._open, "unclosed markup in a document text"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.tags[tag] += 1
        self.attr_names |= set(a)
        if "id" in a:
            self.ids.append(a["id"])
        if tag == "a" and "href" in a:
            self.hrefs.append(a["href"])
        if tag == "article":
            self._article, self._article_depth = a["id"], 0
        if self._article is not None and tag == "div":
            self._article_depth += 1
        if self._doc is not None:
            assert tag == "span", f"<{tag}> inside a document's text"
            fid = a["data-fact-id"]
            self._open.append(fid)
            self.fact_texts[fid] += ""
            self.fact_pieces[fid] += 1
            if "id" in a:
                assert fid not in self.fact_attrs, f"two anchors for {fid}"
                self.fact_attrs[fid] = a
        elif tag == "div" and "doc-text" in a.get("class", "").split():
            self._doc = a["data-doc-id"]
            self.doc_texts[self._doc] = ""

    def handle_endtag(self, tag: str) -> None:
        if self._doc is not None:
            if tag == "div":
                assert not self._open, f"spans left open: {self._open}"
                self._doc = None
            else:
                assert tag == "span" and self._open, f"stray </{tag}>"
                self._open.pop()
        if tag == "article":
            self._article = None

    def handle_data(self, data: str) -> None:
        if self._doc is not None:
            self.doc_texts[self._doc] += data
            for fid in self._open:
                self.fact_texts[fid] += data
        if self._article is not None:
            self.articles[self._article] += data

    def links_resolve(self) -> list[str]:
        """The ``#`` links that reach no id (empty when every link works)."""
        ids = set(self.ids)
        return [h for h in self.hrefs
                if not (h.startswith("#") and (h[1:] in ids or unquote(h[1:]) in ids))]


# --- hand-made input -------------------------------------------------------------------------

DOC = "2021/central asia"  # a doc_id with a slash and a space
TEXT = ("The U.S.-Georgia Charter on Strategic Partnership was signed in January 2009.\n\n"
        "  Central Asia FMF ranged from $3\u20135\u00a0million per year, though Congress "
        "appropriated $10 million in FY\u202f2021 for Kazakhstan.\r\n")
OTHER = "Turkmenistan partnered with the Nevada National Guard from 1996 to 2011.\n"


def at(needle: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def row(fact_type: str, span: tuple[int, int], doc_id: str = DOC, text: str = TEXT,
        **fields: Any) -> dict[str, Any]:
    r: dict[str, Any] = dict.fromkeys(columns_for(fact_type), "")
    start, end = span
    r.update(fact_id=f"{doc_id}:{fact_type}:{start}", doc_id=doc_id, start=start, end=end,
             text=text[start:end], sentence="", sentence_start=0, sentence_end=len(text),
             **fields)
    r["_type"] = fact_type  # not a column: frames() sorts rows into tables by it
    return r


def frames(rows: list[dict[str, Any]]) -> dict[str, pd.DataFrame]:
    by_type: dict[str, list[dict[str, Any]]] = {t: [] for t in FACT_TYPES}
    for r in rows:
        by_type[r["_type"]].append(r)
    return {t: pd.DataFrame(rs, columns=columns_for(t)) for t, rs in by_type.items()}


MONEY_RANGE = row("money", at("$3–5\u00a0million"), amount_low=3e6, amount_high=5e6,
                  currency="USD", qualifier="range", period="year", fiscal_year=2021.0,
                  countries="KAZ", program="FMF")
MONEY_REJECTED = row("money", at("$10 million"), amount_low=1e7, amount_high=1e7,
                     currency="USD", qualifier="exact", fiscal_year=float("nan"),
                     review="rejected", review_note="a duplicate")
CHARTER = row("agreement", at("U.S.-Georgia Charter on Strategic Partnership"),
              name="United States–Georgia Charter on Strategic Partnership", kind="charter",
              parties="GEO;USA", date_start="2009-01-01", start_granularity="month",
              status="signed")
ROWS = [
    MONEY_RANGE,
    MONEY_REJECTED,
    row("date", at("January 2009"), kind="date", start_date="2009-01-01",
        end_date="2009-01-31", granularity="month"),
    row("date", at("FY\u202f2021"), kind="fiscal_year", start_date="2020-10-01",
        end_date="2021-09-30", granularity="fiscal_year"),
    row("country", at("U.S."), iso3="USA", name="United States"),
    row("country", at("Georgia"), iso3="GEO", name="Georgia"),
    row("country", at("Kazakhstan"), iso3="KAZ", name="Kazakhstan"),
    CHARTER,
    row("date", at("from 1996 to 2011", OTHER), doc_id="other", text=OTHER, kind="interval",
        start_date="1996-01-01", end_date="2011-12-31", granularity="year"),
    row("country", at("Turkmenistan", OTHER), doc_id="other", text=OTHER, iso3="TKM",
        name="Turkmenistan"),
]
DOCUMENTS = [
    Document(DOC, f"raw/{DOC}.txt", "a" * 64, TEXT, "ok"),
    Document("other", "raw/other.txt", "b" * 64, OTHER, "ok"),
    Document("broken", "raw/broken.txt", "c" * 64, None, "quarantined",
             "E101 not UTF-8: invalid start byte 0xff at byte 7"),
]
FINDINGS = pd.DataFrame([
    {"finding_id": "F1", "check": "cross_doc:agreement_date", "severity": "error",
     "doc_ids": f"{DOC};other",
     "fact_ids": f"{CHARTER['fact_id']};other:date:{OTHER.index('from')}",
     "message": "The charter is dated 2009-01 in one document and 1996…2011 in the other."},
    {"finding_id": "F2", "check": "range_order", "severity": "warning", "doc_ids": DOC,
     "fact_ids": MONEY_RANGE["fact_id"], "message": "FMF $3–5 million is below $10 million."},
    {"finding_id": "F3", "check": "review:orphaned", "severity": "error", "doc_ids": DOC,
     "fact_ids": f"{DOC}:money:9999", "message": "A decision names a fact that is gone."},
], columns=FINDING_COLUMNS)


@pytest.fixture(scope="module")
def page_html() -> str:
    return render_report(DOCUMENTS, frames(ROWS), FINDINGS)


@pytest.fixture(scope="module")
def page(page_html: str) -> Page:
    return Page(page_html)


# --- highlights are the CSV rows -------------------------------------------------------------


def test_every_row_is_highlighted_over_exactly_its_offsets(page: Page) -> None:
    texts = {d.doc_id: d.text for d in DOCUMENTS}
    assert set(page.fact_texts) == {r["fact_id"] for r in ROWS}
    for r in ROWS:
        document = texts[r["doc_id"]]
        assert document is not None
        assert page.fact_texts[r["fact_id"]] == document[r["start"]:r["end"]] == r["text"]
        assert page.fact_attrs[r["fact_id"]]["id"] == anchor_id(r["fact_id"])


def test_nested_facts_nest_without_splitting(page: Page) -> None:
    # the charter contains the countries "U.S." and "Georgia": one piece each
    assert page.fact_pieces[CHARTER["fact_id"]] == 1
    assert page.fact_pieces[f"{DOC}:country:{TEXT.index('U.S.')}"] == 1


def test_stripping_the_tags_gives_back_every_document_text(page: Page) -> None:
    assert page.doc_texts == {d.doc_id: d.text for d in DOCUMENTS if d.status == "ok"}


def test_ids_are_unique_and_every_link_reaches_one(page: Page) -> None:
    assert [i for i, n in Counter(page.ids).items() if n > 1] == []
    assert page.links_resolve() == []


def test_findings_link_to_the_highlighted_facts(page: Page) -> None:
    fact_links = {unquote(h[1:]) for h in page.hrefs if ":" in h and "doc-" not in h}
    assert {anchor_id(CHARTER["fact_id"]), anchor_id(MONEY_RANGE["fact_id"])} <= fact_links
    assert anchor_id(CHARTER["fact_id"]) in page.ids


def test_a_finding_naming_a_missing_fact_is_shown_but_not_linked(page_html: str) -> None:
    assert f"{DOC}:money:9999" in page_html
    assert f'href="#{DOC}:money:9999' not in page_html


def test_findings_are_listed_errors_first_then_by_check(page: Page) -> None:
    assert [i for i in page.ids if i.startswith("finding-")] == [
        "finding-F1", "finding-F3", "finding-F2"]


def test_a_carriage_return_is_written_so_that_a_browser_keeps_it(page_html: str) -> None:
    # HTML parsers in browsers turn a raw CR into LF; a character reference survives.
    assert "\r" not in page_html
    assert "</span>.&#13;\n</div>" in page_html


def test_quarantined_documents_are_listed_with_their_reason(page: Page) -> None:
    article = page.articles["doc-broken"]
    assert "E101 not UTF-8: invalid start byte 0xff at byte 7" in article
    assert "broken" not in page.doc_texts


def test_rejected_facts_are_struck_through(page: Page) -> None:
    assert "rejected" in page.fact_attrs[MONEY_REJECTED["fact_id"]]["class"].split()
    assert "rejected" not in page.fact_attrs[MONEY_RANGE["fact_id"]]["class"].split()
    css = CSS_PATH.read_text(encoding="utf-8")
    assert re.search(r"\.fact\.rejected\s*\{[^}]*line-through", css)


def test_facts_named_by_a_finding_are_flagged_by_its_severity(page: Page) -> None:
    assert "flag-error" in page.fact_attrs[CHARTER["fact_id"]]["class"].split()
    assert "flag-warning" in page.fact_attrs[MONEY_RANGE["fact_id"]]["class"].split()


def test_summary_counts_documents_facts_and_findings(page_html: str) -> None:
    summary = re.sub(r"<[^>]+>", " ", page_html.split('id="summary"')[1].split("</section>")[0])
    words = " ".join(summary.split())
    assert "ok 2 quarantined 1" in words
    assert "money 2 (1 rejected) date 3 country 4 agreement 1" in words
    assert "error 2 warning 1" in words


# --- tooltips --------------------------------------------------------------------------------

TOOLTIPS = [
    (MONEY_RANGE, "money 3,000,000–5,000,000 USD range per year · FMF · FY2021 · KAZ"),
    (ROWS[3], "date 2020-10-01…2021-09-30 (fiscal_year)"),
    (ROWS[2], "date 2009-01-01…2009-01-31 (date, month)"),
    (ROWS[5], "country GEO Georgia"),
    (CHARTER, "agreement United States–Georgia Charter on Strategic Partnership · charter · "
              "GEO;USA · 2009-01 · signed"),
    (MONEY_REJECTED, "money 10,000,000 USD exact"),
]


@pytest.mark.parametrize(("fact", "first_line"), TOOLTIPS, ids=lambda x: str(x)[:30])
def test_the_tooltip_gives_the_normalized_value_and_the_fact_id(
        page: Page, fact: dict[str, Any], first_line: str) -> None:
    lines = page.fact_attrs[fact["fact_id"]]["title"].split("\n")
    assert lines[:2] == [first_line, fact["fact_id"]]


def test_the_tooltip_of_a_reviewed_fact_says_so(page: Page) -> None:
    title = page.fact_attrs[MONEY_REJECTED["fact_id"]]["title"]
    assert title.endswith("review: rejected — a duplicate")


VALUES = [
    ("money", {"amount_low": 4e6, "amount_high": None, "currency": "USD",
               "qualifier": "at_least"}, "≥4,000,000 USD at_least"),
    ("money", {"amount_low": float("nan"), "amount_high": "1500000.0", "currency": "USD",
               "qualifier": "at_most", "period": "month"}, "≤1,500,000 USD at_most per month"),
    ("money", {"amount_low": 0.0, "amount_high": 2e6, "currency": "USD", "qualifier": "at_most"},
     "≤2,000,000 USD at_most"),
    ("money", {"amount_low": 16.2e6, "amount_high": 16.2e6, "currency": "USD",
               "qualifier": "approximate", "countries": ("UZB", "KAZ")},
     "16,200,000 USD approximate · KAZ;UZB"),
    ("date", {"kind": "since", "start_date": "2002-01-01", "end_date": None,
              "granularity": "year"}, "2002-01-01… (since, year)"),
    ("date", {"kind": "relative", "duration": "P5Y", "granularity": "year"},
     "P5Y (relative, year)"),
    ("agreement", {"text": "ACSA", "name": "ACSA", "kind": "acsa", "parties": "USA;UZB",
                   "date_start": "2016-01-01", "start_granularity": "year", "status": "signed"},
     "acsa · USA;UZB · 2016 · signed"),
    ("agreement", {"text": "SPP", "name": "State Partnership Program",
                   "kind": "state_partnership", "parties": "Nevada National Guard;TKM",
                   "date_start": "1996-01-01", "start_granularity": "year",
                   "date_end": "2011-12-31", "end_granularity": "year", "status": "ended"},
     "State Partnership Program · state_partnership · Nevada National Guard;TKM · 1996…2011 · "
     "ended"),
    ("country", {"iso3": "KGZ", "name": "Kyrgyzstan"}, "KGZ Kyrgyzstan"),
]


@pytest.mark.parametrize(("fact_type", "cells", "expected"), VALUES)
def test_fact_value(fact_type: str, cells: dict[str, Any], expected: str) -> None:
    assert fact_value(fact_type, cells) == expected


# --- escaping --------------------------------------------------------------------------------

HOSTILE = ('<script>alert("x")</script> & <img src=x onerror=alert(1)> "quoted" \'single\' '
           "</div></span><!-- --> ]]> &amp; \r\n\u2028 end")


def test_hostile_text_ids_and_messages_are_escaped() -> None:
    doc_id = '<b id="x">doc</b> "one"'
    text = HOSTILE
    fact = row("money", (0, 8), doc_id=doc_id, text=text, amount_low="<i>1</i>",
               currency='USD" onmouseover="alert(1)', program="<script>")
    fact["fact_id"] = f'{doc_id}:money:"><img src=x>'
    findings = pd.DataFrame([{"finding_id": "<F>", "check": "<c>", "severity": "<s>",
                              "doc_ids": doc_id, "fact_ids": fact["fact_id"],
                              "message": "<script>alert(2)</script>"}], columns=FINDING_COLUMNS)
    docs = [Document(doc_id, "<p>.txt", "0" * 64, text, "ok"),
            Document("<q>", "<q>.txt", "", None, "quarantined", "<script>alert(3)</script>")]
    page = Page(render_report(docs, frames([fact]), findings))

    assert page.tags["script"] == 1  # the report's own
    assert page.tags["img"] == page.tags["b"] == page.tags["i"] == page.tags["q"] == 0
    assert not [a for a in page.attr_names if a.startswith("on")]
    assert page.doc_texts == {doc_id: text}
    assert page.fact_texts[fact["fact_id"]] == text[0:8]
    assert page.links_resolve() == []
    assert "<script>alert(3)</script>" in page.articles["doc-<q>"]


def test_the_page_is_self_contained(page: Page, page_html: str) -> None:
    assert page.tags["link"] == 0 and page.tags["img"] == 0 and page.tags["iframe"] == 0
    assert "src" not in page.attr_names
    assert all(h.startswith("#") for h in page.hrefs)
    assert not re.search(r"url\(|@import|https?://", page_html)


def test_the_page_adapts_to_phones_and_print(page_html: str) -> None:
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page_html
    assert "@media print" in page_html and "@media (max-width" in page_html


# --- determinism -----------------------------------------------------------------------------


def test_the_same_input_gives_the_same_bytes_whatever_the_order(page_html: str) -> None:
    rng = random.Random(7)
    rows = ROWS[:]
    rng.shuffle(rows)
    tables = frames(rows)
    shuffled = {t: tables[t] for t in reversed(FACT_TYPES)}
    findings = FINDINGS.sample(frac=1, random_state=3)
    again = render_report(list(reversed(DOCUMENTS)), shuffled, findings)
    assert again == page_html
    assert render_report(DOCUMENTS, frames(ROWS), FINDINGS) == page_html


# --- facts that cannot be placed, empty input ------------------------------------------------


def test_facts_outside_their_document_are_listed_not_lost() -> None:
    beyond = row("money", (len(OTHER) - 2, len(OTHER) + 5), doc_id="other", text=OTHER)
    lost = row("country", (0, 4), doc_id="gone", text="Iran", iso3="IRN", name="Iran")
    in_quarantine = row("date", (0, 4), doc_id="broken", text="2011", kind="date")
    findings = pd.DataFrame([{"finding_id": "F", "check": "c", "severity": "error",
                              "doc_ids": "gone", "fact_ids": lost["fact_id"], "message": "m"}],
                            columns=FINDING_COLUMNS)
    page = Page(render_report(DOCUMENTS, frames([beyond, lost, in_quarantine]), findings))
    for r in (beyond, lost, in_quarantine):
        assert anchor_id(r["fact_id"]) in page.ids
        assert r["fact_id"] not in page.fact_texts  # not highlighted anywhere
    assert page.links_resolve() == []
    assert page.doc_texts["other"] == OTHER


def test_a_repeated_fact_id_is_highlighted_twice_but_anchored_once() -> None:
    first = row("country", at("Turkmenistan", OTHER), doc_id="other", text=OTHER, iso3="TKM")
    second = row("country", at("Nevada", OTHER), doc_id="other", text=OTHER, iso3="USA")
    second["fact_id"] = first["fact_id"]
    page = Page(render_report(DOCUMENTS, frames([first, second]),
                              pd.DataFrame(columns=FINDING_COLUMNS)))
    assert page.fact_pieces[first["fact_id"]] == 2
    assert Counter(page.ids)[first["fact_id"]] == 1
    assert page.fact_attrs[first["fact_id"]]["title"].startswith("country TKM")


def test_no_documents_no_facts_no_findings() -> None:
    empty = {t: pd.DataFrame(columns=columns_for(t)) for t in FACT_TYPES}
    page = Page(render_report([], empty, pd.DataFrame(columns=FINDING_COLUMNS)))
    assert page.doc_texts == {} and page.links_resolve() == []


# --- the markup, for any text and any spans ---------------------------------------------------

CHARS = st.one_of(st.sampled_from(list("<>&\"' \t\r\n\u00a0\u2013;#%")),
                  st.characters(codec="utf-8"))


@st.composite
def texts_and_spans(draw: st.DrawFn) -> tuple[str, list[tuple[int, int, str]]]:
    text = draw(st.text(CHARS, max_size=60))
    n = len(text)
    ends = st.tuples(st.integers(0, n), st.integers(0, n)).map(sorted)
    spans = draw(st.lists(st.tuples(ends, st.sampled_from(FACT_TYPES)), max_size=10))
    return text, [(a, b, t) for (a, b), t in spans]


@settings(max_examples=100, deadline=None)
@given(texts_and_spans())
def test_mark_up_keeps_the_text_and_every_span(case: tuple[str, list[tuple[int, int, str]]]
                                               ) -> None:
    text, spans = case
    marks = [Mark(a, b, f"f{i}", t, title=f"{t} <{i}>") for i, (a, b, t) in enumerate(spans)]
    page = Page(f'<div class="doc-text" data-doc-id="d">{mark_up(text, marks)}</div>')
    assert page.doc_texts == {"d": text}
    for m in marks:
        assert page.fact_texts[m.fact_id] == text[m.start:m.end]
        assert page.fact_attrs[m.fact_id]["id"] == m.fact_id
    assert len(page.ids) == len(marks)


@settings(max_examples=40, deadline=None)
@given(texts_and_spans())
def test_render_report_keeps_the_text_and_every_row(
        case: tuple[str, list[tuple[int, int, str]]]) -> None:
    text, spans = case
    rows = []
    for a, b, t in spans:
        r = row(t, (a, b), doc_id="d", text=text)
        r["fact_id"] = f"d:{t}:{a}:{b}"
        rows.append(r)
    rows = list({r["fact_id"]: r for r in rows}.values())
    page = Page(render_report([Document("d", "d.txt", "", text, "ok")], frames(rows),
                              pd.DataFrame(columns=FINDING_COLUMNS)))
    assert page.doc_texts == {"d": text}
    assert {fid: page.fact_texts[fid] for fid in page.fact_texts} == {
        r["fact_id"]: text[r["start"]:r["end"]] for r in rows}


def test_partially_overlapping_spans_split_into_pieces() -> None:
    text = "Arizona National Guard and Kazakhstan share"
    agreement = Mark(0, len("Arizona National Guard and Kazakh"), "a", "agreement")
    country = Mark(text.index("Kazakhstan"), text.index("Kazakhstan") + 10, "c", "country")
    page = Page(f'<div class="doc-text" data-doc-id="d">{mark_up(text, [country, agreement])}'
                "</div>")
    assert page.fact_texts == {"a": text[:33], "c": "Kazakhstan"}
    assert page.fact_pieces == Counter({"a": 1, "c": 2})
    assert page.ids == ["a", "c"]


def test_mark_up_refuses_a_span_outside_the_text() -> None:
    with pytest.raises(ValueError, match="outside"):
        mark_up("abc", [Mark(2, 4, "x", "money")])


# --- findings side by side, filters, decision rows --------------------------------------------


def evidence_of(page_html: str, finding_id: str) -> str:
    body = page_html.split(f'data-finding-id="{finding_id}"')[1].split("</tbody>")[0]
    return body.split('class="evidence-row"')[1] if 'class="evidence-row"' in body else ""


def test_a_cross_document_finding_shows_each_fact_in_its_sentence_side_by_side(
        page_html: str) -> None:
    evidence = evidence_of(page_html, "F1")
    columns = re.findall(r'<div class="evidence-doc" data-doc-id="([^"]*)">', evidence)
    assert columns == [html_escape(DOC), "other"]  # one column per document, finding's order
    text = re.sub(r"<footer>.*?</footer>", "", evidence)
    marked = dict(re.findall(r'data-fact-id="([^"]*)"[^>]*>([^<]*)<', text))
    assert marked[CHARTER["fact_id"]] == "U.S.-Georgia Charter on Strategic Partnership"
    other_date = f"other:date:{OTHER.index('from')}"
    assert marked[other_date] == "from 1996 to 2011"
    plain = html_unescape(re.sub(r"<[^>]+>", "", text))
    assert "Turkmenistan partnered with the Nevada National Guard from 1996 to 2011." in plain
    # only the finding's facts are highlighted, and none carries an id (no duplicate anchors)
    assert set(marked) == {CHARTER["fact_id"], other_date}
    assert ' id="' not in evidence.split("<footer>")[0]


def test_a_finding_about_a_missing_fact_has_no_evidence(page_html: str) -> None:
    assert evidence_of(page_html, "F3") == ""
    assert "FMF ranged from" in html_unescape(evidence_of(page_html, "F2"))


def test_every_filter_is_offered(page_html: str) -> None:
    for control in ("show-money", "show-agreement", "sev-error", "sev-warning", "doc-filter",
                    "country-filter"):
        assert f'id="{control}"' in page_html
    options = re.findall(r'<option value="([A-Z]{3})">([^<]*)</option>', page_html)
    assert ("GEO", "GEO Georgia (2)") in options  # the country and the charter's party
    assert ("KAZ", "KAZ Kazakhstan (2)") in options  # the country and the money fact
    css = CSS_PATH.read_text(encoding="utf-8")
    assert re.search(r"#sev-error:not\(:checked\)\) tbody\.finding\.f-error", css)


def test_facts_and_findings_carry_their_countries(page: Page, page_html: str) -> None:
    assert page.fact_attrs[MONEY_RANGE["fact_id"]]["data-countries"] == "KAZ"
    assert page.fact_attrs[CHARTER["fact_id"]]["data-countries"] == "GEO;USA"
    assert "data-countries" not in page.fact_attrs[ROWS[2]["fact_id"]]  # a date: no country
    assert re.search(r'data-finding-id="F1"[^>]*data-countries="GEO;USA"', page_html)


@pytest.mark.parametrize("text", ["$3\u20135\u00a0million", '-5, "so-called"\nnext', "=1+2",
                                  "plain"])
def test_a_decision_row_reads_back_as_the_facts_decision(tmp_path: Any, text: str) -> None:
    from pipeline.reviews import parse_reviews

    line = decision_row("d:money:5", text)
    (decision,) = parse_reviews(f"{DECISION_HEADER}\n{line}\n", tmp_path / "r.csv")
    assert (decision.fact_id, decision.text, decision.decision) == ("d:money:5", text, "accept")


def test_every_fact_row_offers_its_decision_row(page_html: str) -> None:
    lines = [html_unescape(x) for x in re.findall(r'<code class="decision-row">([^<]*)</code>',
                                                   page_html)]
    assert decision_row(MONEY_RANGE["fact_id"], MONEY_RANGE["text"]) in lines
    assert len(lines) == len(ROWS)
    # the copy button is hidden until the script shows it: without JS the line is there
    assert page_html.count('<button type="button" class="copy" hidden') == len(ROWS)
