"""Round 16 of money and date rules, from the misses of heldout26-30 after their blind first run:
a verb's particle is no qualifier ("handed over $1.2 million"), a participle opens the gap
before a period ("$2 million allocated each year"), a range of days in one month without its
year ("from May 20 to 31"), and a month written alone after "in"/"during" in a dated document.
Invented sentences only."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import extract_text
from pipeline.facts import DateFact, MoneyFact

DATED = date(2024, 8, 22)


def _money(text: str) -> list[MoneyFact]:
    return [f for f in extract_text(text, None).facts if isinstance(f, MoneyFact)]


Dated = tuple[str, date | None, date | None, str]


def _dates(text: str, doc_date: date | None = DATED) -> list[Dated]:
    facts = [f for f in extract_text(text, doc_date).facts if isinstance(f, DateFact)]
    return [(text[f.start:f.end], f.value.start, f.value.end, f.value.granularity) for f in facts]


@pytest.mark.parametrize(("sentence", "qualifier"), [
    ("Washington Hands Over $2.7 Million in Radios to the Coast Guard", "exact"),
    ("The chargé d'affaires handed over $850,000 in night-vision devices.", "exact"),
    ("The embassy is handing over $3 million of demining gear this week.", "exact"),
    ("The contractor turned over $4.5 million in spare parts to the navy.", "exact"),
    ("The program has invested over $4 million since 2011.", "at_least"),
    ("Assistance of over $6 million was handed to the brigade.", "at_least"),
])
def test_a_verbs_particle_is_no_qualifier(sentence: str, qualifier: str) -> None:
    (fact,) = _money(sentence)
    assert fact.amount.qualifier == qualifier


@pytest.mark.parametrize(("sentence", "period"), [
    ("Mongolia receives roughly $1.5 million allocated each year for training.", "year"),
    ("Kenya receives about $900,000 provided annually through IMET.", "year"),
    ("The ministry reported $2 million spent per year on upkeep.", "year"),
    ("The grant of $2 million provided in FY 2021 each year went to radars.", ""),
    ("The ministry provided $2 million last year.", ""),
])
def test_a_participle_opens_the_gap_before_a_period(sentence: str, period: str) -> None:
    (fact,) = _money(sentence)
    assert fact.amount.period == period


def test_a_range_of_days_in_one_month_takes_the_documents_year() -> None:
    assert _dates("Troops will train at the range from May 20 to 31.") == [
        ("from May 20 to 31", date(2024, 5, 20), date(2024, 5, 31), "day")]
    assert _dates("The talks ran October 3-5 in Tashkent.") == [
        ("October 3-5", date(2024, 10, 3), date(2024, 10, 5), "day")]
    assert _dates("The talks ran from May 20 to 31.", None) == []  # no year to give it


@pytest.mark.parametrize(("sentence", "wanted"), [
    ("In June, Guardsmen from Vermont and Senegalese soldiers marked the anniversary.",
     [("June", date(2024, 6, 1), date(2024, 6, 30), "month")]),
    ("During March the two navies exchanged liaison officers.",
     [("March", date(2024, 3, 1), date(2024, 3, 31), "month")]),
    ("In 2019, in June, the two ministers met.",
     [("2019", date(2019, 1, 1), date(2019, 12, 31), "year"),
      ("June", date(2019, 6, 1), date(2019, 6, 30), "month")]),
    ("The deputies may meet again in may.", []),
    ("The ministers met in Dec. to review the plan.", []),
])
def test_a_month_written_alone_takes_its_year_from_the_sentence_or_document(
        sentence: str, wanted: list[tuple[str, date, date, str]]) -> None:
    assert _dates(sentence) == wanted


def test_a_month_written_alone_in_an_undated_document_is_no_fact() -> None:
    assert _dates("In June, the two ministers met in Astana.", None) == []


@pytest.mark.parametrize(("sentence", "period"), [
    ("Mongolia's annual FMF allocation ranges between $1 million and $2 million.", "year"),
    ("Annual IMET funding for Nepal ranged from $700,000 to $900,000.", "year"),
    ("The total cost ranges between $3 million and $4 million.", ""),
])
def test_a_range_verb_links_an_annual_subject_to_its_amount(sentence: str, period: str) -> None:
    (fact,) = _money(sentence)
    assert fact.amount.period == period
