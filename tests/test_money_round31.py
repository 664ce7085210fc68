"""Round 31 of money rules, from the seventeenth session's blind sets' misses. Invented
sentences."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text
from pipeline.facts import MoneyFact


def _amounts(text: str) -> dict[str, MoneyFact]:
    return {text[f.start:f.end]: f for f in extract_text(text, None).facts
            if isinstance(f, MoneyFact)}


def test_a_dash_glued_to_a_scale_word_before_a_smaller_amount_is_prose() -> None:
    # an em dash opening a breakdown of the total, not a range from $11.2 million down
    text = ("The FY 2025 request of $11.2 million\u2014$4.0 million FMF, $700,000 IMET, and "
            "$6.5 million INCLE\u2014is the largest in the region.")
    found = _amounts(text)
    assert (found["$11.2 million"].amount.low, found["$11.2 million"].amount.high) == (
        11.2e6, 11.2e6)
    assert found["$4.0 million"].amount.low == 4e6


def test_a_larger_amount_after_a_glued_dash_stays_a_range() -> None:
    (fact,) = _amounts("A $40 million-$50 million package is planned.").values()
    assert (fact.amount.low, fact.amount.high) == (40e6, 50e6)


@pytest.mark.parametrize(("text", "span", "currency", "low"), [
    ("New Zealand will spend NZ$2.3\u00a0billion on new frigates.", "NZ$2.3\u00a0billion",
     "NZD", 2.3e9),
    ("Hong Kong pledged HK$5 million to the fund.", "HK$5 million", "HKD", 5e6),
    ("Singapore spends about S$20 billion a year on defense.", "S$20 billion", "SGD", 20e9),
])
def test_dollar_signs_of_other_currencies_written_as_one_word(text: str, span: str,
                                                              currency: str, low: float) -> None:
    fact = _amounts(text)[span]
    assert (fact.amount.currency, fact.amount.low) == (currency, low)


def test_a_total_for_a_counted_group_is_not_its_leading_parts_state() -> None:
    text = ("Foreign Military Financing for the three countries totaled $9.5 million in FY "
            "2023, led by $5 million for Uzbekistan.")
    found = _amounts(text)
    assert "UZB" not in found["$9.5 million"].countries
    assert found["$5 million"].countries == ("UZB",)
    assert found["$5 million"].fiscal_year == 2023


@pytest.mark.parametrize(("text", "span", "low"), [
    ("The package is worth $2.3B.", "$2.3B", 2.3e9),
    ("Radios cost $4M.", "$4M", 4e6),
    ("The program received $5mn.", "$5mn", 5e6),
])
def test_a_full_stop_after_scale_letters_ends_the_sentence(text: str, span: str,
                                                           low: float) -> None:
    assert _amounts(text)[span].amount.low == low


@pytest.mark.parametrize(("text", "span", "low"), [
    # "+" or "-plus" after the scale word: at least the amount, never the bare number
    ("The region received $1.1 billion+ in aid.", "$1.1 billion", 1.1e9),
    ("The program received $10 million-plus.", "$10 million", 1e7),
])
def test_a_plus_after_the_scale_word_is_at_least(text: str, span: str, low: float) -> None:
    fact = _amounts(text)[span]
    assert (fact.amount.low, fact.amount.high, fact.amount.qualifier) == (low, None, "at_least")
