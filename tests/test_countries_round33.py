"""Round 33 of country rules, from the nineteenth session's third blind batch. Invented
sentences only."""

from __future__ import annotations

from pipeline.extract import extract_text
from pipeline.facts import CountryFact


def _countries(text: str) -> list[tuple[str, str]]:
    return [(text[f.start:f.end], f.iso3) for f in extract_text(text).facts
            if isinstance(f, CountryFact)]


def test_the_poles_are_polands_people() -> None:
    text = "Many Poles remember the 1990s, when the first U.S. trainers arrived."
    assert _countries(text) == [("Poles", "POL"), ("U.S.", "USA")]


def test_the_north_pole_is_no_country() -> None:
    assert _countries("The expedition reached the North Pole in April.") == []
