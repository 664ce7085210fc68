"""Round 17 of money-context rules: a list's items take the one fiscal year of its lead-in
("In FY 2024, EXBS allocations were:" over bulleted amounts), as they take its program; a
program linked after an amount ("through the ... program") is looked for up to 16 words away;
"much of it under Section 333" names the program of a part, not of the amount. Invented
sentences only."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text
from pipeline.facts import MoneyFact


def _linked(text: str) -> list[tuple[str, str, int | None]]:
    return [(text[f.start:f.end], f.program, f.fiscal_year)
            for f in extract_text(text, None).facts if isinstance(f, MoneyFact)]


@pytest.mark.parametrize(("text", "expected"), [
    ("In FY 2022, FMF allocations were:\n\n• Armenia – $4 million\n• Moldova – $7 million\n",
     [("$4 million", "FMF", 2022), ("$7 million", "FMF", 2022)]),
    ("IMET grants in fiscal year 2019 included:\n\n- Mongolia: $1.1 million\n"
     "- Nepal: $900,000 in FY 2018\n\nLater, $2 million went to Nepal's coast guard.",
     [("$1.1 million", "IMET", 2019), ("$900,000", "IMET", 2018),
      ("$2 million", "", None)]),
    # a lead-in with two years, or a span of years, gives the items none
    ("FMF in FY 2020 and FY 2021 went to:\n\n• Georgia – $5 million\n• Ukraine – $9 million\n",
     [("$5 million", "FMF", None), ("$9 million", "FMF", None)]),
    ("Between FY 2018 and FY 2020, FMF allocations were:\n\n• Georgia – $5 million\n",
     [("$5 million", "FMF", None)]),
])
def test_a_lists_items_take_the_fiscal_year_of_its_lead_in(
        text: str, expected: list[tuple[str, str, int | None]]) -> None:
    assert _linked(text) == expected


@pytest.mark.parametrize(("sentence", "program"), [
    ("The United States announced $20 million in new border security assistance for the five "
     "Central Asian states in FY 2023 through the Export Control and Related Border Security "
     "(EXBS) program.", "EXBS"),
    ("Washington has committed $45 million in coastal radars, patrol boats and maintenance "
     "support for the navies of the region through Foreign Military Financing.", "FMF"),
    # a part's program is not the whole's
    ("Since 2015 the United States has provided more than $600 million in security assistance "
     "to the Sahel countries, much of it under Section 333.", ""),
    ("The department spent $80 million on equipment for the border guards of the region, most "
     "of it through FMF.", ""),
])
def test_a_program_linked_after_an_amount(sentence: str, program: str) -> None:
    ((_, found, _),) = _linked(sentence)
    assert found == program
