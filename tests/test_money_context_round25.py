"""Round 25 of money rules, from the blind set heldout52 (a CRS-style report): a plain-text table
aligned with spaces is read like one with "|" between its cells; a cross-reference's states
("(see “Relations: Peru and Chile”)") are no recipients. Invented texts only."""

from __future__ import annotations

from pipeline.extract import extract_text
from pipeline.facts import MoneyFact


def _context(text: str) -> dict[str, tuple[str, tuple[str, ...], int | None]]:
    return {text[f.start:f.end]: (f.program, f.countries, f.fiscal_year)
            for f in extract_text(text, None).facts if isinstance(f, MoneyFact)}


def test_a_table_aligned_with_spaces_gives_each_cell_its_column() -> None:
    text = ("Table 1. IMET Allocations to the Andes, FY2020–FY2021\n(current U.S. dollars)\n\n"
            "Country         FY2020        FY2021\n"
            "Peru            $570,000      $600,000\n"
            "Bolivia         $450,000      $440,000\n\n"
            "Source: Department of State.\n")
    found = _context(text)
    assert found["$570,000"] == ("IMET", ("PER",), 2020)
    assert found["$440,000"] == ("IMET", ("BOL",), 2021)


def test_prose_with_double_spaces_is_no_table() -> None:
    text = ("Peru received $2 million in FY 2020.  Bolivia received $1 million.  Chile "
            "received none.\n")
    found = _context(text)
    assert found["$2 million"] == ("", ("PER",), 2020)
    assert found["$1 million"][1] == ("BOL",)


def test_a_cross_references_states_are_no_recipients() -> None:
    text = ("Regional programs received $4 million in FY 2021 (see “Bilateral Relations: Peru "
            "and Chile”).\n")
    assert _context(text)["$4 million"][1] == ()
    text = "Assistance of $4 million (see “Relations with Peru and Chile”) went to border posts.\n"
    assert _context(text)["$4 million"][1] == ()


def test_a_fraction_of_a_scale_in_words_is_that_share_of_it() -> None:
    from pipeline.money import parse_amount

    text = ("Washington has provided almost half a billion dollars since 1992, Beijing over a "
            "quarter of a billion dollars, and Tokyo one and a half million dollars.\n")
    found = {text[f.start:f.end]: (f.amount.low, f.amount.qualifier)
             for f in extract_text(text, None).facts if isinstance(f, MoneyFact)}
    assert found == {"half a billion dollars": (500_000_000.0, "approximate"),
                     "a quarter of a billion dollars": (250_000_000.0, "at_least"),
                     "one and a half million dollars": (1_500_000.0, "exact")}
    assert parse_amount("three quarters of a million dollars").low == 750_000.0
    assert parse_amount("a quarter dollars") is None  # a fraction is of a scale


def test_an_annual_allocation_named_in_full_is_per_year() -> None:
    text = ("Peru’s annual International Military Education and Training (IMET) allocation of "
            "roughly $1.1 million sends Peruvian officers to U.S. schools.\n")
    (amount,) = [f.amount for f in extract_text(text, None).facts if isinstance(f, MoneyFact)]
    assert (amount.period, amount.qualifier) == ("year", "approximate")


def test_a_numbered_heading_names_its_sections_country() -> None:
    text = ("Section 333 Programs, FY 2022\n\n"
            "1. Peru – Border Security\n"
            "Recipient: the Border Police of Peru.\n"
            "Section 333 funding: $19,900,000 (FY 2022).\n\n"
            "2. Bolivia – Counterterrorism\n"
            "Recipient: a special operations brigade.\n"
            "Section 333 funding: $12.7 million in FY 2022 funds.\n")
    found = _context(text)
    assert found["$19,900,000"] == ("Section 333", ("PER",), 2022)
    assert found["$12.7 million"] == ("Section 333", ("BOL",), 2022)


def test_a_giver_with_an_adverb_before_its_verb_is_no_recipient() -> None:
    text = ("In February 2009, Chile simultaneously pledged Peru a $2 billion loan and a "
            "$150 million grant.\n")
    found = _context(text)
    assert found["$2 billion"][1] == ("PER",)
    assert found["$150 million"][1] == ("PER",)


def test_the_regions_currencies_written_as_words_or_signs() -> None:
    text = ("Mongolia contributed ₮4.2 billion, Kazakhstan 460 million tenge, Tajikistan 31.8 "
            "million somoni, the Kyrgyz Republic 90 million som, Georgia 20 million lari, Russia "
            "10 billion rubles, China 26 billion yuan and Kenya KSh 1.3 billion.\n")
    found = {text[f.start:f.end]: f.amount.currency
             for f in extract_text(text, None).facts if isinstance(f, MoneyFact)}
    assert found == {"₮4.2 billion": "MNT", "460 million tenge": "KZT",
                     "31.8 million somoni": "TJS", "90 million som": "KGS",
                     "20 million lari": "GEL", "10 billion rubles": "RUB",
                     "26 billion yuan": "CNY", "KSh 1.3 billion": "KES"}


def test_an_amount_restated_in_parentheses_shares_its_program() -> None:
    text = ("The $2.9 million project (approximately 31.8 million somoni), funded through the "
            "Department of Defense’s Section 333 authority, includes barracks in Tajikistan.\n")
    found = _context(text)
    assert found["$2.9 million"][0] == found["31.8 million somoni"][0] == "Section 333"


def test_a_table_aligned_with_spaces_in_thousands_scales_its_bare_numbers() -> None:
    text = ("Table 2. FMF by Country\n(dollars in thousands)\n\n"
            "Country         FY 2021       FY 2022\n"
            "Peru            1,500         2,000\n"
            "Bolivia         —             750\n\n"
            "Source: Department of State.\n")
    found = {text[f.start:f.end]: (f.amount.low, f.fiscal_year, f.countries)
             for f in extract_text(text, None).facts if isinstance(f, MoneyFact)}
    assert found == {"1,500": (1_500_000.0, 2021, ("PER",)), "2,000": (2_000_000.0, 2022, ("PER",)),
                     "750": (750_000.0, 2022, ("BOL",))}
