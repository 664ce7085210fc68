"""Round 35 of country rules, from the twenty-first session's blind batches. Invented
sentences only."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text
from pipeline.facts import CountryFact


def _countries(text: str) -> list[tuple[str, str]]:
    return [(text[f.start:f.end], f.iso3) for f in extract_text(text).facts
            if isinstance(f, CountryFact)]


@pytest.mark.parametrize(("text", "expected"), [
    # "Korean" alone is the Republic of Korea's (32 of 32 held-out mentions outside "Korean
    # Peninsula"); the peninsula is no country, and "North Korean" stays the DPRK's
    ("Korean and U.S. officials met in Seoul.", [("Korean", "KOR"), ("U.S.", "USA")]),
    ("Peace on the Korean Peninsula matters.", []),
    ("North Korean troops massed near the border.", [("North Korean", "PRK")]),
])
def test_korean_alone_is_the_republic_of_koreas(text: str, expected: list[tuple[str, str]]
                                                ) -> None:
    assert _countries(text) == expected
