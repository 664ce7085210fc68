"""Round 23 of money rules, from the blind sets heldout38 and heldout39's first runs: a run-in
label names its paragraph's program ("Section 333: In FY 2023, ..."); an amount compared with
"up from a historical level of" takes the other's program; a list's lead-in ("Average annual
allocations were roughly as follows:") states every listed amount's qualifier and period.
Invented sentences only."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text
from pipeline.facts import MoneyFact


def _money(text: str) -> list[tuple[str, str, str, str]]:
    return [(text[f.start:f.end], f.program, f.amount.qualifier, f.amount.period)
            for f in extract_text(text, None).facts if isinstance(f, MoneyFact)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Overview.\n\nForeign Military Financing (FMF): Nepal has received none since FY 2016, "
     "when a final grant of $400,000 repaired two helicopters.",
     [("$400,000", "FMF", "exact", "")]),
    ("Overview.\n\nExcess Defense Articles: In FY 2022, Bhutan was offered trucks valued at "
     "$2 million.", [("$2 million", "EDA", "exact", "")]),
    # a label naming no program leaves the amount's program to the sentence
    ("Overview.\n\nNepal: In FY 2022, it received $2 million for disaster relief.",
     [("$2 million", "", "exact", "")]),
])
def test_a_run_in_label_names_its_paragraphs_program(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert _money(text) == expected


def test_an_amount_compared_with_a_level_takes_the_others_program() -> None:
    text = ("Congress provided $9 million in FMF in FY 2022, up from a "
            "historical level of $2–4 million a year.")
    assert _money(text) == [("$9 million", "FMF", "exact", ""),
                            ("$2–4 million", "FMF", "range", "year")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Annual IMET allocations were roughly as follows: Nepal, $1 million; Bhutan, $300,000; "
     "and Sri Lanka, $500,000 to $700,000.",
     [("$1 million", "IMET", "approximate", "year"), ("$300,000", "IMET", "approximate", "year"),
      ("$500,000 to $700,000", "IMET", "range", "year")]),
    # no qualifier or period in the lead-in: the amounts keep their own
    ("IMET allocations in FY 2023 were: Nepal, $1 million; Bhutan, about $300,000.",
     [("$1 million", "IMET", "exact", ""), ("$300,000", "IMET", "approximate", "")]),
])
def test_a_lists_lead_in_states_its_amounts_qualifier_and_period(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert _money(text) == expected


def test_a_dash_of_prose_before_a_smaller_amount_is_no_range() -> None:
    text = ("In FY 2022, IMET for the region totals $3.1 million — $900,000 for Nepal and "
            "$600,000 for Bhutan.")
    assert [(a, q) for a, _, q, _ in _money(text)] == [
        ("$3.1 million", "exact"), ("$900,000", "exact"), ("$600,000", "exact")]


def test_a_swapped_range_stays_a_range_for_the_checker() -> None:
    assert [(a, q) for a, _, q, _ in _money("Aid of $5-3 million was planned.")] == [
        ("$5-3 million", "range")]
