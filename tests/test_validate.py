"""Schema failures become findings that name the fact, all of them at once (lazy validation)."""

from __future__ import annotations

import math

from pipeline.validate import validate_tables
from tests.factories import date_row, money, tables


def test_every_broken_row_is_a_finding_naming_its_fact() -> None:
    good = money("d", "$4 million", 4e6, 4e6, start=10)
    bad_qualifier = money("d", "$5 million", 5e6, 5e6, "somewhat", start=40)
    infinite = money("d", "$inf", math.inf, math.inf, start=70)
    at_least_with_high = money("d", "$3 million", 3e6, 3e6, "at_least", start=90)
    bad_date = date_row("d", "2019", "date", "2019-13-01", "2019-12-31", start=120)
    findings = validate_tables(tables(good, bad_qualifier, infinite, at_least_with_high,
                                      bad_date))
    by_fact = {f.fact_ids: f for f in findings}
    assert set(by_fact) == {("d:money:40",), ("d:money:70",), ("d:money:90",), ("d:date:120",)}
    assert all(f.severity == "error" and f.doc_ids == ("d",) for f in findings)
    assert by_fact[("d:money:40",)].check == "schema:money"
    assert "qualifier: isin" in by_fact[("d:money:40",)].message
    assert "amounts must be finite" in by_fact[("d:money:70",)].message
    assert "the qualifier decides which ends are set" in by_fact[("d:money:90",)].message
    assert by_fact[("d:date:120",)].check == "schema:dates"
    assert "start_date: not a calendar date" in by_fact[("d:date:120",)].message


def test_a_fact_outside_its_sentence_or_with_wrong_length_is_caught() -> None:
    row = money("d", "$4 million", 4e6, 4e6, start=10)
    row["end"] = 99
    (finding,) = validate_tables(tables(row))
    assert "text must have end - start characters" in finding.message
    assert "the fact inside its sentence" in finding.message


def test_valid_tables_give_no_findings() -> None:
    assert validate_tables(tables(money("d", "$4 million", 4e6, None, "at_least"))) == []
