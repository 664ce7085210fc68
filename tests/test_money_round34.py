"""Round 34 of money rules, from the twentieth session's blind sets' misses. Invented
sentences."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text
from pipeline.facts import MoneyFact


def _amounts(text: str) -> dict[str, MoneyFact]:
    return {text[f.start:f.end]: f for f in extract_text(text, None).facts
            if isinstance(f, MoneyFact)}


@pytest.mark.parametrize(("text", "span"), [
    ("EXBS assistance to Ghana has totaled $9 million, with between $500,000 and $750,000 "
     "programmed each year.", "between $500,000 and $750,000"),
    ("The Congress appropriated $2 million requested each year for the range.", "$2 million"),
])
def test_a_participle_of_planning_opens_the_gap_before_a_period(text: str, span: str) -> None:
    assert _amounts(text)[span].amount.period == "year"


def test_amounts_listed_after_a_total_and_a_colon_are_its_parts() -> None:
    text = ("In FY 2023, $320 million of the program is subject to conditions: $225 million may "
            "be waived, and $95 million may not.")
    facts = {text[f.start:f.end]: f for f in extract_text(text, None).facts
             if isinstance(f, MoneyFact)}
    total = text.index("$320")
    assert facts["$225 million"].part_of == total and facts["$95 million"].part_of == total


def test_a_labels_colon_lists_no_parts() -> None:
    text = "FY 2024 Actual: $8.8 million | FY 2025 Estimate: $9.3 million"
    facts = [f for f in extract_text(text, None).facts if isinstance(f, MoneyFact)]
    assert [f.part_of for f in facts] == [None, None]


@pytest.mark.parametrize(("text", "span"), [
    ("The funding roughly triples the $21 million the United States previously provided each "
     "year.", "$21 million"),
    ("Each year, approximately $500,000 in IMET funds enables Tajik officers to attend U.S. "
     "schools.", "$500,000"),
    ("It builds on the roughly $700,000 in IMET funding that the United States provides to "
     "Bahrain each year.", "$700,000"),
])
def test_a_yearly_rate_elsewhere_in_the_clause_is_the_amounts_period(text: str, span: str) -> None:
    assert _amounts(text)[span].amount.period == "year"


@pytest.mark.parametrize(("text", "span"), [
    ("Congress provided $21 million, a year earlier than planned.", "$21 million"),
    ("Each year, the program trains officers. In 2021 it received $5 million.", "$5 million"),
])
def test_no_yearly_rate_across_a_sentence_or_an_offset(text: str, span: str) -> None:
    assert _amounts(text)[span].amount.period == ""


def test_a_length_of_a_year_is_no_yearly_rate() -> None:
    text = "The grant of $4 million is to be spent over a year."
    assert _amounts(text)["$4 million"].amount.period == ""
