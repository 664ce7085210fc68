"""Round 27 of money rules, from the thirteenth session's blind sets: the period an amount is
for, from a long subject before it and from two fiscal years after it. Invented sentences."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text
from pipeline.facts import MoneyFact


def _periods(text: str) -> dict[str, str]:
    return {text[f.start:f.end]: f.amount.period for f in extract_text(text, None).facts
            if isinstance(f, MoneyFact)}


@pytest.mark.parametrize(("text", "amount", "period"), [
    # "annual" at the head of a long subject, linked to the amount by its verb
    ("Annual funding for the Republic of Ecuador from the Bureau of International Narcotics and "
     "Law Enforcement Affairs (INL) ranged from $2.1 million to $4.6 million.",
     "$2.1 million to $4.6 million", "year"),
    ("Annual assistance to Paraguay under the Foreign Military Financing and International "
     "Military Education and Training programs totaled $6.5 million.", "$6.5 million", "year"),
    # an amount in each of two fiscal years is for each year
    ("Bolivia is to receive $1.5 million in each of FY 2024 and FY 2025.", "$1.5 million",
     "year"),
    ("Peru's IMET falls from $900,000 in FY 2023 to $750,000 in each of FY 2024 and FY 2025.",
     "$750,000", "year"),
    # one fiscal year is no period
    ("Bolivia received $1.5 million in FY 2024.", "$1.5 million", ""),
])
def test_the_period_of_an_amount(text: str, amount: str, period: str) -> None:
    assert _periods(text)[amount] == period


def _countries(text: str) -> dict[str, tuple[str, ...]]:
    return {text[f.start:f.end]: f.countries for f in extract_text(text, None).facts
            if isinstance(f, MoneyFact)}


@pytest.mark.parametrize(("text", "amount", "countries"), [
    # the object of the amount's verb is the country it is for
    ("Of the FY 2025 request, $9.0 million supports Peru, $6.0 million supports Bolivia, and "
     "$2.0 million is requested for Chile.", "$6.0 million", ("BOL",)),
    ("Of the FY 2025 request, $9.0 million supports Peru, $6.0 million supports Bolivia, and "
     "$2.0 million is requested for Chile.", "$9.0 million", ("PER",)),
    # and with the verb left out, the country right after the amount
    ("In FY 2016 the Department allocated $49.7 million, of which $42 million supported Peru, "
     "about $4.4 million Bolivia, and roughly $3.3 million Chile.", "$4.4 million",
     ("BOL",)),
    ("In FY 2016 the Department allocated $49.7 million, of which $42 million supported Peru, "
     "about $4.4 million Bolivia, and roughly $3.3 million Chile.", "$49.7 million",
     ("BOL", "CHL", "PER")),
])
def test_the_country_an_amount_is_for(text: str, amount: str,
                                      countries: tuple[str, ...]) -> None:
    assert _countries(text)[amount] == countries


def test_a_long_program_heading_with_its_acronym_is_the_section_s_program() -> None:
    text = ("Foreign Military Financing (FMF)\nThe FY 2025 request includes $31.0 million in "
            "FMF.\n\nInternational Narcotics Control and Law Enforcement (INCLE)\nIn the Andes, "
            "an FY 2025 request of $24.5 million funds counternarcotics work.\n")
    programs = {text[f.start:f.end]: f.program for f in extract_text(text, None).facts
                if isinstance(f, MoneyFact)}
    assert programs == {"$31.0 million": "FMF", "$24.5 million": "INCLE"}


@pytest.mark.parametrize(("text", "amount"), [
    # a qualifier after the amount stands between it and its period
    ("Andean regional FMF has stood at $10 million or more each year since FY 2021.",
     "$10 million"),
    # "held", "remained" link an annual subject to its amount
    ("Annual funding held between $57 million and $64 million from FY 2012 to FY 2021.",
     "between $57 million and $64 million"),
    ("Annual funding remained at $12 million.", "$12 million"),
])
def test_a_period_across_a_qualifier_or_a_state_verb(text: str, amount: str) -> None:
    assert _periods(text)[amount] == "year"


def test_a_period_does_not_cross_a_second_predicate() -> None:
    text = ("The United States paid Peru $60 million in annual rent and committed about "
            "$36 million to new aircraft parking.")
    assert _periods(text) == {"$60 million": "year", "$36 million": ""}


def test_a_year_opening_the_next_amount_s_clause_is_that_amount_s() -> None:
    text = ("The United States announced $39 million in FMF for Peru, and in fiscal year 2023 it "
            "provided a further $6 million in FMF.")
    years = {text[f.start:f.end]: f.fiscal_year for f in extract_text(text, None).facts
             if isinstance(f, MoneyFact)}
    assert years == {"$39 million": None, "$6 million": 2023}
