"""Round 30 of money rules: the countries of a total and its parts, from the sixteenth session's
reading of a held-out set's false alarm. Invented sentences."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text
from pipeline.facts import MoneyFact


def _countries(text: str) -> dict[str, tuple[str, ...]]:
    return {text[f.start:f.end]: f.countries for f in extract_text(text, None).facts
            if isinstance(f, MoneyFact)}


@pytest.mark.parametrize(("text", "total", "part", "part_countries"), [
    # the part comes first: the state that received it is the part's
    ("In FY 2022 Tajikistan received $3.1 million of the $12 million that Congress provided "
     "in FMF for Central Asia.", "$12 million", "$3.1 million", ("TJK",)),
    # the parts follow: the states they name are theirs
    ("Our FY 2025 request for INCLE in Central Asia is $18.2 million, including $5.1 million "
     "for Uzbekistan.", "$18.2 million", "$5.1 million", ("UZB",)),
    ("EXBS funding for the Caucasus region totals $9.4 million, of which $3 million supports "
     "Georgia's customs service.", "$9.4 million", "$3 million", ("GEO",)),
])
def test_a_regions_total_is_not_the_state_its_part_names(
        text: str, total: str, part: str, part_countries: tuple[str, ...]) -> None:
    found = _countries(text)
    assert found[total] == ()
    assert found[part] == part_countries


@pytest.mark.parametrize(("text", "total", "countries"), [
    # no region: the total is its parts' states'
    ("The budget requests $300 million for the fund, of which $200 million would support "
     "Iraqi forces and $100 million would support Syrian groups.", "$300 million",
     ("IRQ", "SYR")),
    # the state named before the total is the total's
    ("Security assistance to Armenia totals about $12 million, including $2 million in FMF.",
     "$12 million", ("ARM",)),
    # a purpose after the part's phrase is the total's too
    ("Congress authorized up to $300 million for fiscal years 2016 through 2020 for the Asia "
     "program, including up to $40 million in FY 2016, to equip the navies of Indonesia and "
     "Vietnam.", "$300 million", ("IDN", "VNM")),
])
def test_a_total_keeps_the_states_of_its_own_words(
        text: str, total: str, countries: tuple[str, ...]) -> None:
    assert _countries(text)[total] == countries


def _amounts(text: str) -> dict[str, tuple[float | None, str]]:
    return {text[f.start:f.end]: (f.amount.low, f.amount.currency)
            for f in extract_text(text, None).facts if isinstance(f, MoneyFact)}


@pytest.mark.parametrize(("text", "amount", "low"), [
    ("Seoul will pay 1.2 trillion won in 2026.", "1.2 trillion won", 1.2e12),
    ("The ministry set aside 850 billion won for the radars.", "850 billion won", 8.5e11),
])
def test_won_after_a_scale_word_is_the_korean_currency(text: str, amount: str,
                                                        low: float) -> None:
    assert _amounts(text)[amount] == (low, "KRW")


@pytest.mark.parametrize("text", [
    "The Korean firm won 3 contracts last year.",
    "Hanwha won 2 of the 4 tenders in 2023.",
])
def test_won_as_a_verb_is_no_currency(text: str) -> None:
    assert _amounts(text) == {}
