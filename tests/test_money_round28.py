"""Round 28 of money rules, from the fourteenth session's blind sets: amounts in the currencies
of the partners this genre writes about, by ISO code before the number or by the currency's
name after it. Invented sentences."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text
from pipeline.facts import MoneyFact


def _amounts(text: str) -> dict[str, tuple[float, str]]:
    return {text[f.start:f.end]: (f.amount.low, f.amount.currency)
            for f in extract_text(text, None).facts if isinstance(f, MoneyFact)}


@pytest.mark.parametrize(("text", "amount", "low", "currency"), [
    ("Colombia committed COP\u00a01.5 billion a year to the river patrols.",
     "COP\u00a01.5 billion", 1.5e9, "COP"),
    ("Iceland budgets about ISK 3.5 billion a year for the facilities.", "ISK 3.5 billion",
     3.5e9, "ISK"),
    ("Peru's own outlays reached 1.1 billion soles.", "1.1 billion soles", 1.1e9, "PEN"),
    ("Bucharest added 1.1 million lei for the training center.", "1.1 million lei", 1.1e6,
     "RON"),
    ("Ankara pledged 100 million Turkish lira for the program.", "100 million Turkish lira",
     1e8, "TRY"),
    ("The coastal states set aside 100 billion CFA francs for the patrols.",
     "100 billion CFA francs", 1e11, "XOF"),
    ("Manama paid BD 540 million for the aircraft.", "BD 540 million", 5.4e8, "BHD"),
])
def test_a_partners_currency_is_an_amount(text: str, amount: str, low: float,
                                          currency: str) -> None:
    assert _amounts(text)[amount] == (low, currency)


def test_a_weight_is_no_amount() -> None:
    assert _amounts("Border guards seized 500 kgs of heroin and 20 kg of opium.") == {}
