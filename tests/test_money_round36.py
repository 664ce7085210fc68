"""Round 36 of money rules, from the twenty-second session's blind sets' misses: currencies
named by ISO 4217 (pipeline/data/currencies.tsv) and a few more signs. Invented sentences."""

from __future__ import annotations

import pytest

from pipeline.currency_units import UNITS_PATH
from pipeline.data.build_currencies import render_tsv, render_units_tsv
from pipeline.extract import extract_text
from pipeline.facts import MoneyFact
from pipeline.money import CURRENCIES_PATH, currency_names


def _amounts(text: str) -> dict[str, MoneyFact]:
    return {text[f.start:f.end]: f for f in extract_text(text, None).facts
            if isinstance(f, MoneyFact)}


def test_currencies_tsv_is_what_build_currencies_generates() -> None:
    assert CURRENCIES_PATH.read_text(encoding="utf-8") == render_tsv(), (
        "currencies.tsv is stale: run `python pipeline/data/build_currencies.py`")


def test_a_unit_two_currencies_share_is_not_a_currency_of_its_own() -> None:
    names = currency_names()
    assert "dinars" not in names and "manat" not in names and "francs" not in names
    assert names["iraqi dinars"] == "IQD" and names["pula"] == "BWP"


@pytest.mark.parametrize(("text", "span", "value", "currency"), [
    ("Lesotho set aside about 40 million loti for its army.", "40 million loti", 40_000_000,
     "LSL"),
    ("Malawi budgeted 12 billion Malawian kwacha for defense.",
     "12 billion Malawian kwacha", 12_000_000_000, "MWK"),
    ("Jordan paid 3.5 million Jordanian dinars for the radars.",
     "3.5 million Jordanian dinars", 3_500_000, "JOD"),
    ("Honduras spent 900 million lempiras on the navy.", "900 million lempiras", 900_000_000,
     "HNL"),
    ("The base cost 2.2 billion quetzales.", "2.2 billion quetzales", 2_200_000_000, "GTQ"),
    ("Windhoek spent N$45 million on patrol boats.", "N$45 million", 45_000_000, "NAD"),
    ("Manila allotted ₱12 billion to the coast guard.", "₱12 billion", 12_000_000_000, "PHP"),
    ("Taipei added NT$3.1 billion for drones.", "NT$3.1 billion", 3_100_000_000, "TWD"),
    ("Abuja released ₦7.5 billion for the navy.", "₦7.5 billion", 7_500_000_000, "NGN"),
])
def test_a_currency_iso_4217_names_is_money(text: str, span: str, value: int,
                                             currency: str) -> None:
    amount = _amounts(text)[span].amount
    assert (amount.low, amount.high, amount.currency) == (value, value, currency)


@pytest.mark.parametrize("text", [
    "The real 5 million question is who pays.",
    "It paid a lump sum of 5 million.",
])
def test_an_english_word_is_no_currency(text: str) -> None:
    assert _amounts(text) == {}


@pytest.mark.parametrize(("text", "span", "currency"), [
    ("Parliament appropriated roughly UGX 3.6 trillion for defence.", "UGX 3.6 trillion",
     "UGX"),
    ("Guatemala spent GTQ 40 million on the navy.", "GTQ 40 million", "GTQ"),
    ("Angola allotted roughly Kz 1.1 trillion to defense.", "Kz 1.1 trillion", "AOA"),
])
def test_an_iso_4217_code_or_sign_before_an_amount_is_its_currency(text: str, span: str,
                                                                   currency: str) -> None:
    assert _amounts(text)[span].amount.currency == currency


@pytest.mark.parametrize("text", ["They spent all 5 million on it.", "We top 5 million users."])
def test_a_code_that_is_an_english_word_is_no_sign(text: str) -> None:
    assert _amounts(text) == {}


def test_currency_units_tsv_is_what_build_currencies_generates() -> None:
    assert UNITS_PATH.read_text(encoding="utf-8") == render_units_tsv(), (
        "currency_units.tsv is stale: run `python pipeline/data/build_currencies.py`")


@pytest.mark.parametrize(("text", "span", "currency"), [
    ("Turkmenistan spent 1.4 million manat on the border post.", "1.4 million manat", "TMT"),
    ("Azerbaijan allotted 3.4 million manat to its coast guard.", "3.4 million manat", "AZN"),
    ("Tunisia budgeted 1.1 billion dinars for defense.", "1.1 billion dinars", "TND"),
    ("Nepal paid Rs. 118 million for the helicopters.", "Rs. 118 million", "NPR"),
])
def test_a_shared_unit_is_the_currency_of_the_state_its_sentence_names(
        text: str, span: str, currency: str) -> None:
    assert _amounts(text)[span].amount.currency == currency


def test_a_shared_unit_takes_the_state_the_document_names_most() -> None:
    text = ("Kenya hosts the regional center. Kenya and the United States train there. The "
            "budget rose to 2.5 billion shillings.")
    assert _amounts(text)["2.5 billion shillings"].amount.currency == "KES"


@pytest.mark.parametrize("text", [
    "The ship carried 5 million pounds of cargo.",  # a unit of weight
    "The fund paid out 2 million francs.",  # no state settles which franc
])
def test_an_unsettled_or_weight_unit_is_no_amount(text: str) -> None:
    assert _amounts(text) == {}
