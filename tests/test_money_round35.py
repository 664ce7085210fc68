"""Round 35 of money rules, from the twenty-first session's blind sets' misses. Invented
sentences."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text
from pipeline.facts import MoneyFact


def _amounts(text: str) -> dict[str, MoneyFact]:
    return {text[f.start:f.end]: f for f in extract_text(text, None).facts
            if isinstance(f, MoneyFact)}


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The deal is valued at ₹32,000 crore.", "₹32,000 crore", 320_000_000_000),
    ("A further ₹450 lakh was set aside for training.", "₹450 lakh", 45_000_000),
    ("India paid INR 1,200 crores for the radars.", "INR 1,200 crores", 12_000_000_000),
])
def test_lakh_and_crore_scale_an_amount(text: str, span: str, value: int) -> None:
    amount = _amounts(text)[span].amount
    assert (amount.low, amount.high, amount.currency) == (value, value, "INR")


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Brazil spent R$ 120 billion on defense.", "R$ 120 billion", 120_000_000_000),
    ("The exercise cost R$3.5 million.", "R$3.5 million", 3_500_000),
])
def test_the_real_sign_is_brazilian_reais(text: str, span: str, value: int) -> None:
    amount = _amounts(text)[span].amount
    assert (amount.low, amount.currency) == (value, "BRL")


@pytest.mark.parametrize(("text", "span"), [
    ("The two militaries will expand exchanges, building on the roughly $700,000 in "
     "International Military Education and Training (IMET) funding that the United States "
     "provides to Bahrain each year.", "$700,000"),
    ("In each of those years, between $10 million and $12 million has gone to programs in the "
     "valley.", "between $10 million and $12 million"),
    ("Companies also sell directly to Omani customers, with licensed exports of $90–120 "
     "million in a typical year.", "$90–120 million"),
])
def test_a_yearly_rate_far_in_the_clause_or_over_each_of_those_years(
        text: str, span: str) -> None:
    assert _amounts(text)[span].amount.period == "year"


def test_a_yearly_rate_of_a_coordinate_clause_is_not_the_amounts() -> None:
    text = ("The Guard Bureau has invested roughly $2.8 million in the partnership over the past "
            "five years, and Chilean officers now attend courses in Texas every year.")
    assert _amounts(text)["$2.8 million"].amount.period == ""
