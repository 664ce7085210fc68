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
