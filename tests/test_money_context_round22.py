"""Round 22 of money rules: a fiscal year that labels the amount after it, as a budget table's
row writes it ("FY 2024 Actual: $6.9 million | FY 2025 Estimate: $7.4 million"), is that
amount's and no other's (a cell separator "|" ends what an amount before may claim); a change
"from X to Y" states one period for both amounts ("declined from $60 million to $35 million a
year"). Invented sentences only."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text
from pipeline.facts import MoneyFact


def _linked(text: str) -> list[tuple[str, int | None, str]]:
    return [(text[f.start:f.end], f.fiscal_year, f.amount.period)
            for f in extract_text(text, None).facts if isinstance(f, MoneyFact)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Mongolia\nFY 2023 Actual: $3.1 million | FY 2024 Estimate: $3.4 million | "
     "FY 2025 Request: $3.9 million\n",
     [("$3.1 million", 2023, ""), ("$3.4 million", 2024, ""), ("$3.9 million", 2025, "")]),
    ("Armenia: FY 2021: $4 million; FY 2022: $5.5 million; FY 2023: $6 million.",
     [("$4 million", 2021, ""), ("$5.5 million", 2022, ""), ("$6 million", 2023, "")]),
    ("FY 2020 (enacted): about $12 million | FY 2021 (request): about $14 million",
     [("$12 million", 2020, ""), ("$14 million", 2021, "")]),
    # a year an amount before claims labels nothing: its own amount keeps it
    ("Georgia received $9 million in FY 2020: $6 million for FMF and $3 million for IMET.",
     [("$9 million", 2020, ""), ("$6 million", None, ""), ("$3 million", None, "")]),
])
def test_a_fiscal_year_label_is_its_amounts(
        text: str, expected: list[tuple[str, int | None, str]]) -> None:
    assert _linked(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Assistance to the region declined from roughly $60 million to about $35 million a year.",
     [("$60 million", None, "year"), ("$35 million", None, "year")]),
    ("Rent for the base rose from $2 million to $17 million annually after the 2006 talks.",
     [("$2 million", None, "year"), ("$17 million", None, "year")]),
    # two amounts that are no change keep their own periods
    ("Nepal received $2 million a year, and Bhutan $1 million in 2019.",
     [("$2 million", None, "year"), ("$1 million", None, "")]),
    ("The grant went from Washington to Tbilisi: $4 million, to be spent over a year.",
     [("$4 million", None, "")]),
])
def test_a_change_from_one_amount_to_another_has_one_period(
        text: str, expected: list[tuple[str, int | None, str]]) -> None:
    assert _linked(text) == expected


@pytest.mark.parametrize(("text", "countries"), [
    ("Congress may weigh whether about $30 million a year matches U.S. interests in a region "
     "bordered by Russia, China, and Iran.", ()),
    ("The $12 million program trains guards in a country that borders Afghanistan and Iran.",
     ()),
    # a recipient is still the amount's
    ("The United States gave Mongolia $3 million, a country surrounded by Russia and China.",
     ("MNG",)),
])
def test_countries_a_region_borders_are_places(text: str, countries: tuple[str, ...]) -> None:
    (found,) = [f for f in extract_text(text, None).facts if isinstance(f, MoneyFact)]
    assert found.countries == countries


def test_a_heading_over_a_fiscal_year_row_is_a_sections_heading() -> None:
    """"Central Asia Regional" over "FY 2026 Request: $5.9 million" heads a section of its own,
    so the amount is not the country's of the section before."""
    text = ("Budget Justification\n\nMongolia\nFY 2026 Request: $3.9 million\n\nIMET: $1.1 million "
            "will train officers.\n\n"
            "Regional Programs\nFY 2026 Request: $5.9 million\n\nRegional FMF of $4.0 million will "
            "fund exercises.\n")
    found = {text[f.start:f.end]: f.countries for f in extract_text(text, None).facts
             if isinstance(f, MoneyFact)}
    assert found["$3.9 million"] == ("MNG",)
    assert found["$5.9 million"] == ()
