"""Reviewer decisions: applied every run, never dropped silently, spreadsheet re-saves read."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import ReviewsError
from pipeline.reviews import apply_reviews, read_reviews
from tests.factories import agreement, money, tables

ACSA = "Acquisition and Cross-Servicing Agreement"
ROWS = [money("a", "$4 million", 4e6, None, "at_least", start=100),
        agreement("a", ACSA, "acsa", "USA;UZB", "2016-01-01", start=300)]


def decide(tmp_path: Path, body: str, encoding: str = "utf-8") -> list:
    path = tmp_path / "decisions.csv"
    path.write_bytes(body.encode(encoding))
    return read_reviews(path)


def test_reject_correct_accept(tmp_path: Path) -> None:
    decisions = decide(tmp_path, (
        "fact_id,text,decision,field,value,reviewer,note\n"
        "a:money:100,$4 million,reject,,,ana,not an appropriation\n"
        f"a:agreement:300,{ACSA},correct,date_start,2017-01-01,ben,see treaty list\n"))
    out, findings = apply_reviews(tables(*ROWS), decisions, "reviews/decisions.csv")
    assert findings == []
    m = out["money"].iloc[0]
    assert (m["review"], m["review_note"]) == ("rejected", "by ana; not an appropriation")
    a = out["agreement"].iloc[0]
    assert a["date_start"] == "2017-01-01" and a["review"] == "corrected"
    assert a["review_note"] == "extracted date_start=2016-01-01; by ben; see treaty list"


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("a:money:999,$4 million,reject", "names a fact that no longer exists"),
        ("a:money:100,$5 million,reject", "quotes “$5 million” but the fact's text is now"),
        ("a:money:100,$4 million,correct,start,5", "corrects 'start', which is not a field"),
    ],
)
def test_orphaned_decisions_are_error_findings(tmp_path: Path, line: str, why: str) -> None:
    decisions = decide(tmp_path, "fact_id,text,decision,field,value\n" + line + "\n")
    _, (finding,) = apply_reviews(tables(*ROWS), decisions, "reviews/decisions.csv")
    assert finding.check == "review:orphaned" and finding.severity == "error"
    assert why in finding.message
    assert "line 2 of reviews/decisions.csv" in finding.message


def test_spreadsheet_resave_with_bom_semicolons_and_cp1252(tmp_path: Path) -> None:
    body = ("fact_id;text;decision;field;value;reviewer;note\n"
            "a:money:100;$4 million;accept;;;José;ok\n")
    (d,) = decide(tmp_path, "\ufeff" + body)
    assert (d.fact_id, d.decision, d.reviewer) == ("a:money:100", "accept", "José")
    (d,) = decide(tmp_path, body, encoding="cp1252")
    assert d.reviewer == "José"


def test_formula_safety_quote_is_removed_from_quoted_text(tmp_path: Path) -> None:
    (d,) = decide(tmp_path, "fact_id,text,decision\nx:money:1,'-5 million,reject\n")
    assert d.text == "-5 million"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("id,decision\n1,reject\n", r"\[E205\] reviews file .* is missing columns fact_id, text"),
        ("fact_id,text,decision\nx,y,maybe\n",
         r"\[E206\] reviews file .*, line 2: decision must be accept, reject or correct"),
        ("fact_id,text,decision\nx,y,correct\n", r"line 2: a correct decision names the field"),
    ],
)
def test_unreadable_decisions_are_refused_with_a_clear_message(tmp_path: Path, body: str,
                                                              message: str) -> None:
    with pytest.raises(ReviewsError, match=message):
        decide(tmp_path, body)


def test_no_decisions_file_is_fine(tmp_path: Path) -> None:
    assert read_reviews(tmp_path / "missing.csv") == []
