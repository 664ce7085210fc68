"""A State Partnership pairing a document states once names the guard of its later mentions
(pipeline/agreement_pairings.py). Invented sentences only."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text
from pipeline.facts import AgreementFact


def _mentions(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(text[f.start:f.end], f.parties) for f in extract_text(text).facts
            if isinstance(f, AgreementFact)]


PAIRED = ("Chile has been paired with the Texas National Guard through the State Partnership "
          "Program since 2008. ")


@pytest.mark.parametrize("later", [
    "SPP events with Chile are funded at about $300,000 a year.",
    "Chile's army chief praised the State Partnership Program for its disaster drills.",
])
def test_a_later_mention_takes_the_stated_guard(later: str) -> None:
    mentions = _mentions(PAIRED + later)
    assert mentions[-1][1] == ("CHL", "Texas National Guard")


@pytest.mark.parametrize("text", [
    # a pairing that ended: a later mention is of one yet to be made, with no guard
    ("Chile was paired with the Texas National Guard from 1996 to 2011, when the pairing "
     "ended. Chile's army chief praised the State Partnership Program for its drills."),
    # two guards for one state: which one is not for the document to say
    (PAIRED + "Chile was also paired with the Utah National Guard in 2019. "
     "Chile's army chief praised the State Partnership Program for its drills."),
])
def test_no_guard_is_carried_when_the_pairing_is_not_one_and_current(text: str) -> None:
    mentions = _mentions(text)
    assert mentions[-1][1] == ("CHL", "USA")


def test_the_programme_itself_keeps_the_united_states() -> None:
    mentions = _mentions(PAIRED + "The State Partnership Program now links 100 nations "
                         "with U.S. states.")
    assert mentions[-1][1] == ("USA",)
