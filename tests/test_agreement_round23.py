"""Round 23 of agreement rules, from the blind sets heldout38 and heldout39's misses after their
first runs: whose parties and which dates, in shapes met there. Invented sentences only."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import extract_text
from pipeline.facts import AgreementFact


def _read(text: str) -> dict[str, tuple[tuple[str, ...], str]]:
    return {text[f.start:f.end]: (f.parties, f.date_start.start.isoformat()
                                  if f.date_start and f.date_start.start else "")
            for f in extract_text(text, None).facts if isinstance(f, AgreementFact)}


@pytest.mark.parametrize(("text", "mention", "expected"), [
    # the later agreement's own participle dates it, not the earlier one with its own year
    ("Both sides recalled the 2010 transit agreement, which lapsed in July 2015, and the "
     "original basing agreement concluded in March 2002.", "transit agreement",
     ((), "2010-01-01")),
    ("Both sides recalled the 2010 transit agreement, which lapsed in July 2015, and the "
     "original basing agreement concluded in March 2002.", "basing agreement",
     ((), "2002-03-01")),
    # a time between the relative clause's verb and "with"
    ("The transit agreements that Washington concluded in 2010 with Latvia, Estonia, and "
     "Lithuania for the supply route lapsed in 2015.", "transit agreements",
     (("EST", "LTU", "LVA", "USA"), "2010-01-01")),
    # a U.S. programme or bureau named as a signer is the United States
    ("The memorandum replaces a 2011 letter of intent between the EXBS program and the "
     "Border Service of Nepal.", "letter of intent", (("NPL", "USA"), "2011-01-01")),
    ("The memorandum replaces a 2011 letter of intent between INL and the Drug Control "
     "Agency of Nepal.", "letter of intent", (("NPL", "USA"), "2011-01-01")),
])
def test_whose_agreement_and_which_date(text: str, mention: str,
                                        expected: tuple[tuple[str, ...], str]) -> None:
    assert _read(text)[mention] == expected


@pytest.mark.parametrize(("text", "mention", "parties"), [
    # another state's cooperation coordinated after the partnership is not its
    ("The drill reflects the Strategic Partnership that Washington and Kathmandu declared in "
     "2019, and Nepal's cooperation with NATO.", "Strategic Partnership", ("NPL", "USA")),
    # a second infinitive's objects are not the programme's parties ...
    ("The U.S. side welcomed Nepal's intention to rejoin the Global Peace Operations "
     "Initiative and to register a company with the United Nations.",
     "Global Peace Operations Initiative", ("NPL", "USA")),
])
def test_what_a_second_conjunct_names_is_not_a_party(
        text: str, mention: str, parties: tuple[str, ...]) -> None:
    assert _read(text)[mention][0] == parties


def test_a_relative_to_which_is_no_second_infinitive() -> None:
    text = ("Washington supports the Treaty of Pelindaba, which entered into force in 2009, and "
            "to which Chad and Mali are parties.")
    assert set(_read(text)["Treaty of Pelindaba"][0]) >= {"MLI", "TCD"}


@pytest.mark.parametrize(("text", "mention", "start"), [
    # the span right after an amount is the funding's
    ("Nepal, an active partner in the Global Peace Operations Initiative since 2008, received "
     "$4 million between FY 2019 and FY 2023.", "Global Peace Operations Initiative",
     "2008-01-01"),
    # an occasion's name the agreement was launched at keeps its year
    ("Nepal works with NATO through the Defence Capacity Building Package, launched at the "
     "2016 Warsaw Summit.", "Defence Capacity Building Package", "2016-01-01"),
])
def test_which_dates_start_it(text: str, mention: str, start: str) -> None:
    assert _read(text)[mention][1] == start


def test_a_possessive_date_dates_the_noun_it_owns() -> None:
    # "this year's exercise" (a dated release): the exercise's year, not the programme's start
    text = "The Global Peace Operations Initiative helped Nepal host this year's exercise."
    facts = extract_text(text, date(2024, 8, 9)).facts
    [gpoi] = [f for f in facts if isinstance(f, AgreementFact)]
    assert gpoi.date_start is None
