"""Round 37 of money rules, from the twenty-third session's reading of the held-out sets'
misses. Invented sentences only."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text
from pipeline.facts import MoneyFact


def _amounts(text: str) -> dict[str, MoneyFact]:
    return {text[f.start:f.end]: f for f in extract_text(text, None).facts
            if isinstance(f, MoneyFact)}


@pytest.mark.parametrize(("text", "amount"), [
    ("Open FMS cases include eight UH-60M helicopters valued at $412 million and radars "
     "valued at roughly $96 million.", "$412 million"),
    ("Open FMS cases include eight UH-60M helicopters valued at $412 million and radars "
     "valued at roughly $96 million.", "$96 million"),
    ("The notification for this FMS case lists a total estimated value of $640 million.",
     "$640 million"),
])
def test_the_value_of_a_sale_in_a_sentence_about_fms_is_fms(text: str, amount: str) -> None:
    assert _amounts(text)[amount].program == "FMS"


@pytest.mark.parametrize(("text", "amount"), [
    # another program in the sentence: the value may be that one's
    ("Besides its open Foreign Military Sales cases, the navy received Excess Defense Articles "
     "valued at $3 million.", "$3 million"),
    # a national program priced in another currency is no FMS case
    ("The navy's frigate program, valued at approximately €3.9 billion, was reviewed alongside "
     "its Foreign Military Sales cases.", "€3.9 billion"),
])
def test_a_value_that_may_be_another_programs_is_not_fms(text: str, amount: str) -> None:
    assert _amounts(text)[amount].program != "FMS"


def test_a_table_in_millions_of_current_dollars_holds_exact_amounts() -> None:
    text = ("Table 1. U.S. Security Assistance to Oman, FY2019–FY2020\n"
            "(in millions of current dollars)\n\n"
            "Account       FY2019   FY2020\n"
            "FMF            3.000    2.000\n"
            "IMET           1.900    2.011\n")
    found = {(f.start, text[f.start:f.end]): f for f in extract_text(text, None).facts
             if isinstance(f, MoneyFact)}
    values = sorted((f.amount.low, f.program, f.fiscal_year) for f in found.values())
    assert values == [(1900000.0, "IMET", 2019), (2000000.0, "FMF", 2020),
                      (2011000.0, "IMET", 2020), (3000000.0, "FMF", 2019)]


def test_a_rate_after_a_glossed_amount_is_both_amounts_rate() -> None:
    text = ("The navy's budget, about 400 million soles (roughly $107 million) a year, funds "
            "few new ships.")
    found = _amounts(text)
    assert found["400 million soles"].amount.period == "year"
    assert found["$107 million"].amount.period == "year"


def test_a_gloss_with_no_rate_after_it_gives_none() -> None:
    text = ("The $2.9 million project (about 31.8 million somoni) ended, and $1 million a year "
            "since.")
    assert _amounts(text)["$2.9 million"].amount.period == ""


def test_a_rate_after_the_range_an_amount_names_is_its_rate() -> None:
    text = "The request suggests FMF in the $3–4 million range annually for the next years."
    assert _amounts(text)["$3–4 million"].amount.period == "year"


@pytest.mark.parametrize(("caption", "cell", "value"), [
    ("Table 1. Assistance to the border states, FY 2022 ($ thousands)", "1,750", 1750000.0),
    ("Table 2. Assistance to Mongolia, FY2019-FY2020\n(millions of current U.S. dollars)", "3.5",
     3500000.0),
    ("Table 3. Assistance to Thailand\n(FMF and IMET; millions of current U.S. dollars)", "3.5",
     3500000.0),
])
def test_a_tables_unit_may_be_written_without_in(caption: str, cell: str, value: float) -> None:
    text = f"{caption}\n\nProgram | FY2019 | FY2020\nFMF | 1.0 | {cell}\n"
    found = {text[f.start:f.end]: f for f in extract_text(text, None).facts
             if isinstance(f, MoneyFact)}
    assert found[cell].amount.low == value and found[cell].program == "FMF"


def test_a_table_of_thousands_of_people_holds_no_money() -> None:
    text = "Table 3. Troops deployed (thousands)\n\nCountry | 2019 | 2020\nPeru | 1.0 | 3.5\n"
    assert not [f for f in extract_text(text, None).facts if isinstance(f, MoneyFact)]


@pytest.mark.parametrize(("text", "amount", "currency"), [
    ("Kuwait spends about KD 2.1 billion a year on defense.", "KD 2.1 billion", "KWD"),
    ("Doha pledged QR 500 million to the fund.", "QR 500 million", "QAR"),
    ("Muscat allocated RO 3 million for the port.", "RO 3 million", "OMR"),
])
def test_the_gulf_states_own_signs(text: str, amount: str, currency: str) -> None:
    assert _amounts(text)[amount].amount.currency == currency


def test_a_long_title_cased_heading_over_its_paragraph_names_the_program() -> None:
    text = ("Foreign Military Financing\nTunisia is among the largest recipients of FMF.\n\n"
            "International Military Education and Training\nTunisia's program is among the "
            "largest in the world. The FY 2021 allocation of $2.4 million sends officers to "
            "U.S. staff colleges.\n")
    assert _amounts(text)["$2.4 million"].program == "IMET"
