"""Round 13 of money context (issue #3): the country, program and fiscal year an amount is
about, when a giver and a recipient are both named, a heading or list label names the country
or the program, a place is named beside the recipient, or the year is another clause's.

Every sentence here is invented for the test; the full pipeline finds the mentions.
"""

from __future__ import annotations

import pytest

from pipeline.facts import MoneyFact
from pipeline.nlp import extract_text

# text, span, fiscal_year, countries, program
Row = tuple[str, str, int | None, tuple[str, ...], str]

# A state that gives to another is not what the amount is about; the recipient is.
DONOR_AND_RECIPIENT: list[Row] = [
    ("Portugal has provided Moldova more than €40 million in military aid since 2022.",
     "€40 million", None, ("MDA",), ""),
    ("Oslo has sent Georgia equipment worth about NOK 900 million since the spring.",
     "NOK 900 million", None, ("GEO",), ""),
    ("Denmark's three-year support package for Moldova commits DKK 2 billion to air defense.",
     "DKK 2 billion", None, ("MDA",), ""),
    # the recipient after "to" was the amount's own already; a state that receives stays
    ("Portugal has given €40 million to Moldova for demining.", "€40 million", None, ("MDA",),
     ""),
    ("Portugal received $5 million in FMF in FY 2021.", "$5 million", 2021, ("PRT",), "FMF"),
]

# A country that only names a border, or sits in a relative clause about another country,
# is no country of the amount; an adjective before "border security" still is.
PLACES: list[Row] = [
    ("U.S. Security Cooperation With Armenia\n\nIn FY 2022, EXBS spent $3 million on scanners "
     "for the crossings on the Iranian border.", "$3 million", 2022, ("ARM",), "EXBS"),
    ("Serbia, which buys most of its aircraft from Russia, received $2 million in IMET in FY "
     "2023.", "$2 million", 2023, ("SRB",), "IMET"),
    ("The United States gave $4 million for Peruvian border security in FY 2020.",
     "$4 million", 2020, ("PER",), ""),
]

# A list label or a heading names the program; an earlier clause or sentence names it.
PROGRAMS: list[Row] = [
    ("Highlights\n\n- Section 333: The Pentagon notified $11 million for FY 2022 to equip "
     "Ghanaian border units.", "$11 million", 2022, ("GHA",), "Section 333"),
    ("IMET for the Andean states, which long ranged from $1 million to $2 million a year, "
     "climbed to $4 million in FY 2022; the next request seeks $5.5 million.", "$4 million",
     2022, (), "IMET"),
    ("IMET for the Andean states, which long ranged from $1 million to $2 million a year, "
     "climbed to $4 million in FY 2022; the next request seeks $5.5 million.",
     "$5.5 million", None, (), "IMET"),
    ("The EXBS program gave $2 million to Ghana in FY 2021 and has averaged about $1.5 million "
     "a year since then.", "$1.5 million", None, ("GHA",), "EXBS"),
    ("Foreign Military Sales and Foreign Military Financing\n\nCongress has funded FMF for "
     "Ghana in most years. Annual allocations have ranged from $3 million to $7 million.",
     "$3 million to $7 million", None, (), "FMF"),
    # the same thing said of another country, with nothing after the amount
    ("Chile alone has $6 billion in open FMS cases, and Peru has $1.5 billion.",
     "$1.5 billion", None, ("PER",), "FMS"),
    ("Chile has $6 billion in open FMS cases, and Peru spent $1.5 billion on new roads.",
     "$1.5 billion", None, ("PER",), ""),
]

# No one fiscal year for an amount a year, over several years, or whose year is another
# clause's; a part keeps the year named after it.
FISCAL_YEARS: list[Row] = [
    ("In FY 2022, the United States provided $800,000 in IMET to Ghana, and it expects to "
     "provide $900,000 a year through FY 2025.", "$900,000", None, ("GHA",), "IMET"),
    ("In FY 2022, the United States provided $800,000 in IMET to Ghana, and it expects to "
     "provide $900,000 a year through FY 2025.", "$800,000", 2022, ("GHA",), "IMET"),
    ("The FY 2023 budget requests $2 billion over ten years for Ghana's coastal forces.",
     "$2 billion", None, ("GHA",), ""),
    ("Since 2015 Ghana has received $90 million, including $12 million in FMF in FY 2019 and "
     "$9 million in Section 333 equipment and radios for FY 2021.", "$9 million", 2021,
     ("GHA",), "Section 333"),
]


@pytest.mark.parametrize(("text", "span", "fiscal_year", "countries", "program"),
                         DONOR_AND_RECIPIENT + PLACES + PROGRAMS + FISCAL_YEARS)
def test_amount_takes_its_context(text: str, span: str, fiscal_year: int | None,
                                  countries: tuple[str, ...], program: str) -> None:
    money = {text[f.start:f.end]: f for f in extract_text(text).facts
             if isinstance(f, MoneyFact)}
    assert span in money, list(money)
    fact = money[span]
    assert (fact.fiscal_year, fact.countries, fact.program) == (fiscal_year, countries, program)


def test_a_country_heading_gives_its_country_to_the_amounts_under_it() -> None:
    text = ("Regional Highlights\n\nGhana\n- FMF: $6 million in FY 2022 for patrol boats.\n"
            "- IMET: about $900,000 a year.\n\nSenegal\n- EXBS: $2 million for port scanners.\n"
            "- Regional programs added $3 million.\n")
    money = {text[f.start:f.end]: f.countries for f in extract_text(text).facts
             if isinstance(f, MoneyFact)}
    assert money == {"$6 million": ("GHA",), "$900,000": ("GHA",),
                     "$2 million": ("SEN",), "$3 million": ()}
