"""The gold files are well formed: every span is exact, every value is in the contract's vocabulary.

These tests say nothing about the extractors; they keep the hand annotations honest (a typo in an
offset or an ISO code would otherwise silently mis-score every run of ``make eval``).
"""

from __future__ import annotations

import json
import re
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

import pycountry
import pytest

from pipeline.countries import load_countries
from pipeline.facts import AGREEMENT_KINDS, AGREEMENT_STATUSES
from pipeline.values import DATE_KINDS, GRANULARITIES, PERIODS, QUALIFIERS
from tests.gold.locate import read_document

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "gold"
GOLD_FILES = sorted(GOLD_DIR.glob("*.json"))
HELDOUT_FILES = sorted(ROOT.glob("tests/heldout*/*.json"))  # the blind sets' gold, same format
PROGRAMS = {"", "FMF", "FMS", "IMET", "DCS", "GPOI", "EDA", "EXBS", "Section 333"}
FIELDS = {
    "money": {"start", "text", "amount_low", "amount_high", "currency", "qualifier", "period",
              "fiscal_year", "countries", "program"},
    "dates": {"start", "text", "kind", "start_date", "end_date", "granularity", "duration"},
    "countries": {"start", "text", "iso3"},
    "agreements": {"start", "text", "name", "kind", "parties", "date_start", "date_end", "status"},
}
# ISO 3166-1 alpha-3 (pycountry) and the codes the project's country table adds on purpose
# (pipeline/data/countries.tsv: XKX Kosovo, a user-assigned code, see build_countries.py)
ISO3 = {c.alpha_3 for c in pycountry.countries} | set(load_countries())
# ISO 4217 (pycountry), and the codes withdrawn since that documents of their time still use:
# the Bulgarian lev (BGN) until Bulgaria adopted the euro on 1 January 2026 (pycountry 26.2.16
# no longer lists it; the money vocabulary, pipeline/data/money_words.json, still reads it)
WITHDRAWN_CURRENCIES = {"BGN"}
CURRENCIES = {c.alpha_3 for c in pycountry.currencies} | WITHDRAWN_CURRENCIES
DURATION = re.compile(r"^P\d+[YMWD]$")


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _iso_date(value: str | None) -> date | None:
    if value is None:
        return None
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", value), value
    return date.fromisoformat(value)


def test_there_is_gold_for_both_raw_documents_and_at_least_six_written_ones() -> None:
    documents = [_load(p)["document"] for p in GOLD_FILES]
    assert sum(d.startswith("raw/") for d in documents) == 2
    assert sum(d.startswith("tests/gold/docs/") for d in documents) >= 6


def test_every_written_document_has_gold() -> None:
    annotated = {_load(p)["document"] for p in GOLD_FILES}
    for txt in sorted((GOLD_DIR / "docs").glob("*.txt")):
        assert txt.relative_to(ROOT).as_posix() in annotated, txt


@pytest.mark.parametrize("path", GOLD_FILES + HELDOUT_FILES,
                         ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_gold_file(path: Path) -> None:
    gold = _load(path)
    assert set(gold) == {"document", "doc_date", *FIELDS}
    doc_path = ROOT / gold["document"]
    assert doc_path.is_file(), doc_path
    text = read_document(doc_path)
    meta = doc_path.with_suffix(".meta.json")
    expected_date = json.loads(meta.read_text())["date"] if meta.exists() else None
    assert gold["doc_date"] == expected_date
    _iso_date(gold["doc_date"])

    for fact_type, fields in FIELDS.items():
        items = gold[fact_type]
        for item in items:
            assert set(item) == fields, (fact_type, item)
            start, span = item["start"], item["text"]
            assert isinstance(start, int) and span, item
            assert text[start:start + len(span)] == span, item
            assert span == span.strip(), item
        starts = [(i["start"], len(i["text"])) for i in items]
        assert starts == sorted(starts), f"{fact_type} not sorted by start"
        for (s1, n1), (s2, _) in pairwise(starts):
            assert s1 + n1 <= s2, f"overlapping {fact_type} spans at {s1} and {s2}"

    for m in gold["money"]:
        assert m["currency"] in CURRENCIES  # USD in this genre; yen, won, euros in some
        assert m["qualifier"] in QUALIFIERS and m["period"] in PERIODS
        assert m["program"] in PROGRAMS
        assert m["countries"] == sorted(set(m["countries"])) and set(m["countries"]) <= ISO3
        low, high = m["amount_low"], m["amount_high"]
        if m["qualifier"] == "at_least":
            assert low is not None and high is None
        elif m["qualifier"] == "at_most":
            assert low is None and high is not None
        elif m["qualifier"] == "range":
            assert low is not None and high is not None and low < high
        else:
            assert low == high and low is not None
        assert m["fiscal_year"] is None or 1950 <= m["fiscal_year"] <= 2100

    for d in gold["dates"]:
        assert d["kind"] in DATE_KINDS and d["granularity"] in GRANULARITIES
        start, end = _iso_date(d["start_date"]), _iso_date(d["end_date"])
        if start and end:
            assert start <= end, d
        if d["kind"] in ("relative", "duration"):
            assert DURATION.match(d["duration"]), d
        else:
            assert d["duration"] == "", d
        if d["kind"] == "since":
            assert start is not None and (end is None) == (gold["doc_date"] is None), d
        if d["kind"] == "until":
            assert start is None and end is not None, d
        if d["kind"] in ("date", "interval", "fiscal_year"):
            assert start is not None and end is not None, d
        if d["kind"] == "duration":
            assert start is None and end is None, d
        if d["kind"] == "fiscal_year":
            assert (start.month, start.day, end.month, end.day) == (10, 1, 9, 30), d  # type: ignore[union-attr]

    for c in gold["countries"]:
        assert c["iso3"] in ISO3, c

    for a in gold["agreements"]:
        assert a["kind"] in AGREEMENT_KINDS and a["status"] in AGREEMENT_STATUSES, a
        assert a["name"] and a["parties"] == sorted(set(a["parties"])), a
        for party in a["parties"]:
            assert party in ISO3 or not re.fullmatch(r"[A-Z]{3}", party), a
        start, end = _iso_date(a["date_start"]), _iso_date(a["date_end"])
        if start and end:
            assert start <= end, a
