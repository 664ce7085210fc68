"""Round 16 of countries (from heldout20/32/33's false alarms): a U.S. state's or territory's
name whose Guard is named in a coordination ("the Georgia and Hawaii National Guards", "the
Hawaii and Guam National Guards") or whose Guard members are meant ("Georgia Guardsmen") is the
state, not the country. Invented sentences only."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text
from pipeline.facts import CountryFact


def _countries(text: str) -> list[tuple[str, str]]:
    return [(text[f.start:f.end], f.iso3) for f in extract_text(text, None).facts
            if isinstance(f, CountryFact)]


@pytest.mark.parametrize(("text", "wanted"), [
    ("The Georgia and Utah National Guards sent medics to Morocco.", [("Morocco", "MAR")]),
    ("Fiji trains with the Nevada and Guam National Guards.", [("Fiji", "FJI")]),
    ("The Ohio, Georgia, and Vermont Army National Guards met in Tbilisi.", []),
    ("Georgia Guardsmen served beside Georgian soldiers.", [("Georgian", "GEO")]),
    ("Georgia and Armenia hosted the Guards of three states.",
     [("Georgia", "GEO"), ("Armenia", "ARM")]),
    ("Andersen Air Force Base on Guam hosted the exercise.", [("Guam", "GUM")]),
])
def test_a_state_named_for_its_guard_is_no_country(text: str,
                                                   wanted: list[tuple[str, str]]) -> None:
    assert _countries(text) == wanted
