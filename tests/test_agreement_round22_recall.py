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
