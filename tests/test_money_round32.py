"""Round 32 of money rules, from the eighteenth session's blind sets' misses. Invented
sentences."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text
from pipeline.facts import MoneyFact


def _amounts(text: str) -> dict[str, MoneyFact]:
    return {text[f.start:f.end]: f for f in extract_text(text, None).facts
            if isinstance(f, MoneyFact)}


@pytest.mark.parametrize(("text", "span", "currency", "low"), [
    # letter signs written against the number, or spaced
    ("Malaysia allocated about RM1.2\u00a0billion to its coast guard.", "RM1.2\u00a0billion",
     "MYR", 1.2e9),
    ("The navy's budget rose to RM 16 billion.", "RM 16 billion", "MYR", 16e9),
    ("Jakarta set aside Rp2.5 trillion for patrol boats.", "Rp2.5 trillion", "IDR", 2.5e12),
])
def test_ringgit_and_rupiah_signs(text: str, span: str, currency: str, low: float) -> None:
    fact = _amounts(text)[span]
    assert (fact.amount.currency, fact.amount.low) == (currency, low)


@pytest.mark.parametrize("text", [
    "RMS Titanic sank in 1912, and the RMB is China's currency.",
    "The Rpt. 5 summary lists RM-based units.",
])
def test_letters_that_are_no_sign_before_a_digit_are_left_alone(text: str) -> None:
    assert _amounts(text) == {}


@pytest.mark.parametrize(("text", "span"), [
    # an annual subject and a verb of running or falling within a range
    ("Annual FMF for Jordan in those years ran between $280 million and $300 million.",
     "between $280 million and $300 million"),
    ("The force's annual operating budget has run between $80 million and $90 million.",
     "between $80 million and $90 million"),
    ("Qatar's annual FMS purchases have typically fallen in the $1–3 billion range.",
     "$1–3 billion"),
])
def test_an_annual_subject_gives_its_amount_a_year(text: str, span: str) -> None:
    assert _amounts(text)[span].amount.period == "year"


@pytest.mark.parametrize(("text", "span", "currency"), [
    # Caribbean dollar signs written as one word with the number
    ("The Dominican government committed RD$2.5\u00a0billion to the navy.",
     "RD$2.5\u00a0billion", "DOP"),
    ("Jamaica budgeted J$1.2 billion for the defence force.", "J$1.2 billion", "JMD"),
    ("Trinidad and Tobago spent TT$300 million on patrol craft.", "TT$300 million", "TTD"),
])
def test_caribbean_dollar_signs(text: str, span: str, currency: str) -> None:
    assert _amounts(text)[span].amount.currency == currency
