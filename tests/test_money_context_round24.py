"""Round 24 of money rules, from the blind set heldout47's first run: a table's caption names
its cells' program; a country's heading in capitals heads the sections under it. Invented
texts only."""

from __future__ import annotations

from pipeline.extract import extract_text
from pipeline.facts import MoneyFact


def _context(text: str) -> dict[str, tuple[str, tuple[str, ...], int | None]]:
    return {text[f.start:f.end]: (f.program, f.countries, f.fiscal_year)
            for f in extract_text(text, None).facts if isinstance(f, MoneyFact)}


def test_a_tables_caption_names_its_cells_program() -> None:
    text = ("Border Security in the Andes\n\nTable 1: Export Control and Related Border Security "
            "(EXBS) Allocations to Andean Countries, Fiscal Years 2019–2020 (dollars in "
            "millions)\n\nCountry | FY 2019 | FY 2020\nPeru | 1.2 | 1.4\nBolivia | 0.9 | 1.0\n\n"
            "Source: analysis of State data.\n")
    found = _context(text)
    assert found["1.2"] == ("EXBS", ("PER",), 2019)
    assert found["1.0"] == ("EXBS", ("BOL",), 2020)


def test_a_row_or_column_program_outranks_the_captions() -> None:
    text = ("Assistance to the Andes\n\nTable 2: EXBS and Other Allocations to Peru, FY 2020 "
            "(dollars in millions)\n\nProgram | Amount\nForeign Military Financing (FMF) | 2.5\n"
            "International Military Education and Training (IMET) | 0.4\n\nSource: State.\n")
    found = _context(text)
    assert found["2.5"][0] == "FMF"
    assert found["0.4"][0] == "IMET"


def test_a_countrys_heading_in_capitals_heads_the_sections_under_it() -> None:
    text = ("Congressional Budget Justification\n\nPERU\n\nPeace and Security ($19,500,000)\n\n"
            "Foreign Military Financing ($3,500,000)\n\nFMF will provide the navy with patrol "
            "boats.\n\nBOLIVIA\n\nPeace and Security ($2,000,000)\n")
    found = _context(text)
    assert found["$19,500,000"][1] == ("PER",)
    assert found["$3,500,000"][1] == ("PER",)
    assert found["$2,000,000"][1] == ("BOL",)


def test_a_title_case_heading_heads_nothing_above_its_own_section() -> None:
    # only a heading in capitals heads a higher level: a title-case country heading
    # followed by another title-case heading leaves that section's amounts alone
    text = ("Regional Overview\n\nPeru\n\nPeru received $5 million in FMF.\n\nRegional "
            "Programs\n\nThe regional fund totals $9 million.\n")
    assert _context(text)["$9 million"][1] == ()


def test_where_forces_operated_or_went_is_no_recipient() -> None:
    text = ("Under an agreement with the Chilean Government, the air base supported coalition "
            "operations in Bolivia from 2001 until 2014; in its last years the United States paid "
            "annual rent of $60 million for the facility.")
    assert _context(text)["$60 million"][1] == ("CHL",)
    text = ("Chile received $1.4 million in GPOI support for the battalion it deployed to "
            "Lebanon in 2018.")
    assert _context(text)["$1.4 million"][1] == ("CHL",)
