"""Round 34 of country rules, from the twentieth session's blind batches. Invented sentences
only."""

from __future__ import annotations

from pipeline.extract import extract_text
from pipeline.facts import CountryFact


def _countries(text: str) -> list[tuple[str, str]]:
    return [(text[f.start:f.end], f.iso3) for f in extract_text(text).facts
            if isinstance(f, CountryFact)]


def test_the_turkish_straits_are_turkiyes() -> None:
    # 11 of 11 held-out mentions of "the Turkish Straits" mark "Turkish"
    text = "Passage through the Turkish Straits is governed by the Montreux Convention."
    assert _countries(text) == [("Turkish", "TUR")]


def test_antarctica_and_gaza_are_no_countries() -> None:
    text = "Flights to Antarctica and aid to Gaza continued, as in the West Bank."
    assert _countries(text) == []
