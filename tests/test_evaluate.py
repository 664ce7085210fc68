"""The evaluator's scoring, on small hand-made gold and predictions (no extractor involved)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from pipeline.evaluate import (
    GoldDocument,
    Item,
    Scores,
    evaluate,
    gold_items,
    load_gold,
    main,
    match_spans,
    score,
)
from pipeline.external import find_span, score_external

MONEY = {"amount_low": 79e6, "amount_high": 79e6, "currency": "USD", "qualifier": "exact",
         "period": "", "fiscal_year": None, "countries": [], "program": "FMS"}
RANGE = {"amount_low": 3e6, "amount_high": 5e6, "currency": "USD", "qualifier": "range",
         "period": "year", "fiscal_year": None, "countries": ["KAZ"], "program": "FMF"}


def money(start: int, end: int, doc: str = "d", **changes: Any) -> Item:
    return Item(doc, start, end, {**MONEY, **changes})


def test_a_perfect_prediction_scores_one() -> None:
    gold = [money(10, 21), Item("d", 30, 42, RANGE)]
    s = score(gold, list(gold), "money")
    assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0)
    assert (s.exact_span_rate, s.normalization_accuracy, s.context_accuracy) == (1.0, 1.0, 1.0)
    assert not (s.misses or s.false_alarms or s.wrong)


def test_a_missing_fact_lowers_recall_only() -> None:
    s = score([money(10, 21), money(40, 51)], [money(10, 21)], "money")
    assert (s.precision, s.recall) == (1.0, 0.5)
    assert [m.start for m in s.misses] == [40]


def test_an_extra_fact_lowers_precision_only() -> None:
    s = score([money(10, 21)], [money(10, 21), money(60, 70)], "money")
    assert (s.precision, s.recall) == (0.5, 1.0)
    assert round(s.f1, 4) == round(2 * 0.5 / 1.5, 4)
    assert [f.start for f in s.false_alarms] == [60]


def test_overlap_matches_but_the_span_is_not_exact() -> None:
    s = score([money(10, 21)], [money(8, 21)], "money")
    assert (s.tp, s.exact_span_rate, s.normalization_accuracy) == (1, 0.0, 1.0)


@pytest.mark.parametrize(("change", "field"), [
    ({"amount_low": 80e6}, "amount_low"),
    ({"qualifier": "approximate"}, "qualifier"),
    ({"period": "year"}, "period"),
])
def test_a_wrong_normalized_field_is_reported(change: dict[str, Any], field: str) -> None:
    s = score([money(10, 21)], [money(10, 21, **change)], "money")
    assert (s.tp, s.normalization_accuracy, s.context_accuracy) == (1, 0.0, 1.0)
    assert s.wrong[0].fields == (field,)


def test_context_fields_are_scored_apart_from_normalization() -> None:
    s = score([money(10, 21)], [money(10, 21, program="FMF", countries=("UZB",))], "money")
    assert (s.normalization_accuracy, s.context_accuracy) == (1.0, 0.0)
    assert s.wrong_context[0].fields == ("countries", "program")


def test_unknown_is_none_or_empty_and_lists_compare_sorted() -> None:
    gold = Item("d", 0, 5, {"name": "ACSA", "kind": "acsa", "parties": ["USA", "UZB"],
                            "date_start": None, "status": ""})
    pred = Item("d", 0, 5, {"name": "ACSA", "kind": "acsa", "parties": ("UZB", "USA"),
                            "date_start": "", "status": None})
    assert score([gold], [pred], "agreements").normalization_accuracy == 1.0


def test_amounts_compare_as_numbers() -> None:
    s = score([money(0, 5, amount_low=16200000, amount_high=16200000)],
              [money(0, 5, amount_low=16.2 * 1e6, amount_high=16.2 * 1e6)], "money")
    assert s.normalization_accuracy == 1.0


def test_matching_is_one_to_one_and_prefers_the_largest_overlap() -> None:
    # "$3-5 million" gold; the extractor split it into "$3" and "5 million"
    assert match_spans([(0, 12)], [(0, 2), (3, 12)]) == [(0, 1)]
    s = score([money(0, 12)], [money(0, 2), money(3, 12)], "money")
    assert (s.tp, s.predicted, s.precision) == (1, 2, 0.5)


def test_facts_of_different_documents_never_match() -> None:
    s = score([money(0, 11, doc="a")], [money(0, 11, doc="b")], "money")
    assert (s.tp, len(s.misses), len(s.false_alarms)) == (0, 1, 1)


def test_no_gold_and_no_prediction_is_not_an_error() -> None:
    s = score([], [], "countries")
    assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0)


def test_scores_add_up() -> None:
    a = score([money(0, 5)], [money(0, 5)], "money")
    b = score([money(0, 5)], [], "money")
    total = a + b
    assert (total.gold, total.predicted, total.tp, total.recall) == (2, 1, 1, 0.5)
    assert isinstance(total, Scores)


def test_evaluate_groups_raw_and_written_documents_and_passes_the_doc_date() -> None:
    text = "In 2016 the U.S. gave $79 million."
    gold = {"money": [{"start": 22, "text": "$79 million", **MONEY}],
            "countries": [{"start": 12, "text": "U.S.", "iso3": "USA"}]}
    docs = [GoldDocument("raw/a.txt", text, None, gold_items(gold, "raw/a.txt")),
            GoldDocument("tests/gold/docs/b.txt", text, date(2021, 3, 15),
                         gold_items(gold, "tests/gold/docs/b.txt"))]
    seen: list[date | None] = []

    def fake(text: str, doc_date: date | None) -> list[tuple[str, Item]]:
        seen.append(doc_date)
        return [("money", Item("", 22, 33, dict(MONEY)))]

    results, crashed = evaluate(docs, fake)
    assert crashed == [] and seen == [None, date(2021, 3, 15)]
    assert results["all"]["money"].tp == 2 and results["raw"]["money"].tp == 1
    assert results["written"]["countries"].recall == 0.0
    assert results["all"]["dates"].gold == 0


def test_a_crashing_document_is_reported_and_scores_as_no_prediction() -> None:
    gold = {"countries": [{"start": 0, "text": "Peru", "iso3": "PER"}]}
    docs = [GoldDocument("raw/a.txt", "Peru", None, gold_items(gold, "raw/a.txt"))]

    def boom(text: str, doc_date: date | None) -> list[tuple[str, Item]]:
        raise RuntimeError("bad")

    results, crashed = evaluate(docs, boom)
    assert crashed == ["raw/a.txt: RuntimeError: bad"]
    assert results["all"]["countries"].recall == 0.0


def test_load_gold_reads_the_document_and_its_date(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "x.txt").write_bytes("\ufeffGeorgia".encode())
    (tmp_path / "docs" / "x.meta.json").write_text('{"date": "2021-03-15"}')
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "x.json").write_text(json.dumps(
        {"document": "docs/x.txt", "doc_date": "2021-03-15", "money": [], "dates": [],
         "countries": [{"start": 0, "text": "Georgia", "iso3": "GEO"}], "agreements": []}))
    [doc] = load_gold(gold_dir, tmp_path)
    assert doc.text == "Georgia" and doc.doc_date == date(2021, 3, 15)
    assert doc.items["countries"][0].end == 7 and doc.group == "written"


def _one_annotator(tmp_path: Path, folder: str, countries: list[dict[str, Any]]) -> Path:
    gold_dir = tmp_path / folder
    gold_dir.mkdir()
    (gold_dir / "x.json").write_text(json.dumps(
        {"document": "docs/x.txt", "money": [], "dates": [], "countries": countries,
         "agreements": []}))
    return gold_dir


def test_versus_scores_one_annotator_against_another(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "x.txt").write_text("Georgia and Chile", encoding="utf-8")
    first = _one_annotator(tmp_path, "a", [{"start": 0, "text": "Georgia", "iso3": "GEO"},
                                           {"start": 12, "text": "Chile", "iso3": "CHL"}])
    second = _one_annotator(tmp_path, "b", [{"start": 0, "text": "Georgia", "iso3": "GEO"}])
    assert main([str(first), "--versus", str(second), "--root", str(tmp_path)]) == 0
    countries = next(line for line in capsys.readouterr().out.splitlines()
                     if line.startswith("countries"))
    gold, predicted, matched = countries.split()[1:4]
    assert (gold, predicted, matched) == ("2", "1", "1")


def test_cli_bad_gold_folder_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "nowhere")]) == 2
    assert "gold folder not found" in capsys.readouterr().err


def test_external_find_span_is_case_and_space_insensitive() -> None:
    text = "I'll be out January 12, 2016 - 01/22/2016"
    assert find_span(text, "january 12, 2016", set()) == (12, 28)
    assert find_span("$ 75 million of bonds", "$ 75 million", set()) == (0, 12)
    assert find_span("a $5 and $5", "$5", {(2, 4)}) == (9, 11)


def test_external_scoring_counts_values() -> None:
    expected = [(0, 12, 75e6), (20, 27, 94e3)]
    predicted = [(0, 12, 75e6), (20, 27, 9.4e3), (40, 45, 1.0)]
    s = score_external(expected, predicted, lambda e, p: e == p)
    assert (s.tp, s.precision, s.recall, s.value_accuracy) == (2, 2 / 3, 1.0, 0.5)
