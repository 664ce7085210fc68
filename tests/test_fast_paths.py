"""The column-wise and whole-string shortcuts of the writers give what the plain definitions give.

CSV cells, typed tables, report values and report escaping are made a column (or a document)
at a time, with a common case that skips work; each is compared here with the per-cell
definition it stands for, on values chosen to reach the uncommon cases: formula characters,
NUL inside a cell, quotes, CR and LF, ``-0.0``, NaN and NA, booleans among numbers, ids with
spaces and ``%``, rows out of order.
"""

from __future__ import annotations

from html import unescape as html_unescape
from typing import Any

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.documents import Document
from pipeline.report import (
    _VALUE_COLUMNS,
    FactRow,
    _attr,
    _esc,
    decision_row,
    document_article,
    fact_value,
    gather_facts,
    place_facts,
)
from pipeline.tables import (
    FLOAT_COLUMNS,
    INT_COLUMNS,
    TEXT_DTYPE,
    _cell,
    columns_for,
    sort_facts,
    to_frame,
)
from pipeline.write import _number_cells, _quote_cell, _text_cells, format_number, safe_text
from tests.test_report import Page

TRICKY = st.sampled_from(list("=+-@\t\r\n\0,\"'<>&% ;:\u00a0\u2013"))
TEXTS = st.text(st.one_of(TRICKY, st.characters(codec="utf-8")), max_size=12)
MISSING = st.sampled_from([None, pd.NA, float("nan")])


# --- CSV cells -------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(TEXTS, MISSING, st.integers(-5, 5), st.floats(-2, 2)), max_size=8))
def test_text_cells_are_each_cell_made_safe_and_quoted(values: list[Any]) -> None:
    assert _text_cells(values) == [_quote_cell(safe_text(v)) for v in values]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(TEXTS.filter(lambda t: t.isprintable()), st.just("")), max_size=8))
def test_text_cells_of_strings_only(values: list[str]) -> None:
    assert _text_cells(values) == [_quote_cell(safe_text(v)) for v in values]


NUMBERS = st.one_of(st.floats(allow_nan=True, allow_infinity=False), st.just(-0.0),
                    st.just(0.0), MISSING, st.sampled_from([2.5e6, 3e6, 1e20]))


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.lists(NUMBERS, max_size=8),
                 st.lists(st.one_of(st.integers(), st.just(pd.NA)), max_size=8),
                 st.lists(st.one_of(st.integers(-3, 3), st.floats(-3, 3)), max_size=8)))
def test_number_cells_are_each_number_formatted(values: list[Any]) -> None:
    assert _number_cells(values) == [format_number(v) for v in values]


def test_a_zero_keeps_its_sign_among_other_amounts() -> None:
    assert _number_cells([0.0, -0.0, 2.5, -0.0]) == ["0", "-0", "2.5", "-0"]


# --- typed tables ----------------------------------------------------------------------------


def reference_frame(rows: list[dict[str, Any]], columns: list[str]) -> pd.DataFrame:
    """``to_frame`` as defined: each cell by ``_cell``, typed, sorted by ``sort_facts``."""
    records = [{c: _cell(c, r.get(c)) for c in columns} for r in rows]
    frame = pd.DataFrame.from_records(records, columns=columns)
    for column in columns:
        if column in INT_COLUMNS:
            frame[column] = frame[column].astype("Int64")
        elif column in FLOAT_COLUMNS:
            frame[column] = frame[column].astype("Float64")
        else:
            frame[column] = frame[column].astype(TEXT_DTYPE)
    return sort_facts(frame)


COUNTRY = columns_for("country")


@st.composite
def country_rows(draw: st.DrawFn) -> list[dict[str, Any]]:
    rows = []
    for _ in range(draw(st.integers(0, 6))):
        start = draw(st.integers(0, 30))
        row: dict[str, Any] = {
            "fact_id": f"d{draw(st.integers(0, 2))}:country:{start}",
            "doc_id": f"d{draw(st.integers(0, 2))}", "start": start,
            "end": start + draw(st.integers(1, 5)), "text": draw(TEXTS),
            "sentence": draw(st.one_of(TEXTS, st.none())), "iso3": draw(st.sampled_from(
                ["KAZ", ("UZB", "KAZ"), None, ""])), "name": draw(st.one_of(TEXTS, st.none())),
            "sentence_start": draw(st.one_of(st.integers(0, 3), st.none())),
            "sentence_end": 40, "review": "", "review_note": ""}
        if draw(st.booleans()):
            del row["review_note"]  # a row without a column: the cell is empty
        rows.append(row)
    if draw(st.booleans()):
        rows.sort(key=lambda r: (r["doc_id"], r["start"], r["end"], r["fact_id"]))
    return rows


def assert_same_frame(made: pd.DataFrame, expected: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(made, expected, check_exact=True)
    assert list(made.dtypes) == list(expected.dtypes)
    assert isinstance(made.index, pd.RangeIndex)


@settings(max_examples=150, deadline=None)
@given(country_rows())
def test_to_frame_is_the_rows_typed_and_sorted(rows: list[dict[str, Any]]) -> None:
    assert_same_frame(to_frame(rows, COUNTRY), reference_frame(rows, COUNTRY))


def test_to_frame_of_no_rows_and_of_a_generator() -> None:
    assert_same_frame(to_frame([], COUNTRY), reference_frame([], COUNTRY))
    rows = [{"fact_id": "b", "doc_id": "d", "start": 3, "end": 4},
            {"fact_id": "a", "doc_id": "d", "start": 1, "end": 2}]
    assert_same_frame(to_frame(iter(rows), COUNTRY), reference_frame(rows, COUNTRY))
    assert to_frame(iter(rows), COUNTRY)["fact_id"].tolist() == ["a", "b"]


# --- report values and escaping --------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.text(st.one_of(TRICKY, st.characters(codec="utf-8")), max_size=10),
       st.text(st.one_of(TRICKY, st.characters(codec="utf-8")), max_size=10))
def test_attribute_escaping_is_character_by_character(a: str, b: str) -> None:
    # what lets a tooltip or an href be escaped from its escaped parts
    assert _attr(a + b) == _attr(a) + _attr(b)
    assert (_attr(a) is a) == (_attr(a) == a)  # the text itself when nothing changes
    if _attr(a) is a:
        assert _esc(a) == a


CELLS = st.one_of(TEXTS, MISSING, st.booleans(), st.integers(-3, 2030), st.just(2021.0),
                  st.just(-0.0), st.just(0.0), st.sampled_from(["KAZ;UZB", "USA", "year"]))


@st.composite
def tables_of(draw: st.DrawFn, fact_type: str) -> pd.DataFrame:
    columns = columns_for(fact_type)
    rows = []
    for i in range(draw(st.integers(1, 6))):
        row = {c: draw(CELLS) for c in columns}
        row.update(fact_id=f"d:{fact_type}:{i}", doc_id="d", start=i, end=i + 1, text="x")
        if draw(st.booleans()) and rows:  # the same cells again: one value, worded once
            row.update({c: rows[0][c] for c in _VALUE_COLUMNS[fact_type]})
        rows.append(row)
    return pd.DataFrame(rows, columns=columns, dtype=object)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(sorted(_VALUE_COLUMNS)).flatmap(
    lambda t: st.tuples(st.just(t), tables_of(t))))
def test_gathered_values_are_each_rows_value(case: tuple[str, pd.DataFrame]) -> None:
    fact_type, frame = case
    by_id = {r["fact_id"]: r for r in frame.to_dict("records")}
    for fact in gather_facts({fact_type: frame}):
        row = by_id[fact.fact_id]
        assert fact.value == fact_value(fact_type, row)
        # the value is made of the cells _VALUE_COLUMNS names, and of no other
        assert fact.value == fact_value(fact_type, {c: row[c] for c in _VALUE_COLUMNS[fact_type]})


IDS = st.text(st.sampled_from(list("ab:% \"'&<>#;\u00e9")), min_size=1, max_size=6)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(IDS, TEXTS, TEXTS, st.sampled_from(["", "rejected"]),
                          st.sampled_from(["", "'", "x"])), min_size=1, max_size=4))
def test_an_articles_tags_and_rows_read_back_as_its_facts(
        facts: list[tuple[str, str, str, str, str]]) -> None:
    text = "".join(t for _, t, _, _, _ in facts) + "."
    rows, at = [], 0
    for i, (fid, fact_text, value, review, prefix) in enumerate(facts):
        shown = prefix + fact_text  # the CSV-safety quote kept, or another text
        rows.append(FactRow(f"d:{fid}:{i}", "d", "money", at, at + len(fact_text), shown,
                            value, review, "a note" if review else "", ("KAZ",)))
        at += len(fact_text)
    doc = Document("d", "d.txt", "", text, "ok")
    placed = place_facts(rows, {"d": doc})
    page = Page(document_article(doc, placed.facts_of_doc.get("d", []), {}, placed.anchored))
    assert page.doc_texts == {"d": text}
    for f in rows:
        assert page.fact_texts[f.fact_id] == text[f.start:f.end]
        assert page.fact_attrs[f.fact_id]["title"] == f.title
        assert page.fact_attrs[f.fact_id]["data-countries"] == "KAZ"
    html = document_article(doc, placed.facts_of_doc["d"], {}, placed.anchored)
    copies = [html_unescape(c) for c in _between(html, 'data-copy="', '"')]
    assert copies == [decision_row(f.fact_id, f.text) for f in rows]
    here = [text[f.start:f.end] for f in rows]
    differs = [bool(f.text) and f.text not in (h, "'" + h)
               for f, h in zip(rows, here, strict=True)]
    assert html.count("text differs") == sum(differs)
    assert page.links_resolve() == []


def _between(markup: str, before: str, after: str) -> list[str]:
    parts = markup.split(before)[1:]
    return [p.split(after, 1)[0] for p in parts]


def test_cells_that_are_equal_but_not_alike_are_worded_apart() -> None:
    # two NaN objects, a NaN and NA, 0.0 and -0.0, 1 and True: each row's own value
    cells = [float("nan"), float("nan"), pd.NA, 0.0, -0.0, 1, True, 1.0]
    frame = pd.DataFrame([{"fact_id": f"d:money:{i}", "doc_id": "d", "start": i, "end": i + 1,
                           "amount_low": v, "qualifier": "exact"} for i, v in enumerate(cells)],
                         dtype=object)
    rows = frame.to_dict("records")
    assert [f.value for f in gather_facts({"money": frame})] == [
        fact_value("money", r) for r in rows]
