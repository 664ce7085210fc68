"""Round 22 of agreement recall (lead): a transit center agreement is a generic mention of
its kind, as a transit agreement is ("the June 2009 transit center agreement"). Invented
sentences only."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text
from pipeline.facts import AgreementFact


@pytest.mark.parametrize(("text", "span"), [
    ("The 2009 transit center agreement with Bishkek set the rent at $60 million.",
     "transit center agreement"),
    ("Parliament voted in 2013 not to renew the transit centre agreement.",
     "transit centre agreement"),
    ("U.S. forces left after the transit center agreements expired.",
     "transit center agreements"),
])
def test_a_transit_center_agreement_is_a_transit_agreement(text: str, span: str) -> None:
    (found,) = [f for f in extract_text(text, None).facts if isinstance(f, AgreementFact)]
    assert (text[found.start:found.end], found.kind) == (span, "transit")


@pytest.mark.parametrize(("text", "span"), [
    ("Astana and Washington signed a five-year plan of military cooperation in 2022.",
     "plan of military cooperation"),
    ("The defense ministries adopted a new plan of defense cooperation in March 2024.",
     "plan of defense cooperation"),
    ("Nonproliferation work proceeds under the umbrella agreement, in force since 1993.",
     "umbrella agreement"),
    ("Biosecurity projects continue under a 2004 umbrella agreement with Dushanbe.",
     "umbrella agreement"),
])
def test_a_plan_of_military_cooperation_and_an_umbrella_agreement(text: str, span: str) -> None:
    (found,) = [f for f in extract_text(text, None).facts if isinstance(f, AgreementFact)]
    assert text[found.start:found.end] == span


@pytest.mark.parametrize(("text", "span"), [
    ("• Treaty on Nuclear Cooperation (Semipalatinsk Treaty): signed in 2006.",
     "Treaty on Nuclear Cooperation"),
    ("Pelindaba Treaty (African Nuclear-Weapon-Free Zone Treaty): signed April 11, 1996.",
     "Pelindaba Treaty"),
    ("Key instruments: the Baltic Defense Accord (Riga Pact): in force since 2004.",
     "Baltic Defense Accord"),
])
def test_an_alias_in_parentheses_before_a_colon_is_one_mention(text: str, span: str) -> None:
    """A renaming in parentheses is part of the mention it renames, and the list item's date
    after the colon is that mention's, also when the tokenizer keeps "):" as one token."""
    (found,) = [f for f in extract_text(text, None).facts if isinstance(f, AgreementFact)]
    assert text[found.start:found.end] == span and found.date_start is not None
