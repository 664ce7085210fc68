"""Round 34 of money rules, from the twentieth session's blind sets' misses. Invented
sentences."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text
from pipeline.facts import MoneyFact


def _amounts(text: str) -> dict[str, MoneyFact]:
    return {text[f.start:f.end]: f for f in extract_text(text, None).facts
            if isinstance(f, MoneyFact)}


@pytest.mark.parametrize(("text", "span"), [
    ("EXBS assistance to Ghana has totaled $9 million, with between $500,000 and $750,000 "
     "programmed each year.", "between $500,000 and $750,000"),
    ("The Congress appropriated $2 million requested each year for the range.", "$2 million"),
])
def test_a_participle_of_planning_opens_the_gap_before_a_period(text: str, span: str) -> None:
    assert _amounts(text)[span].amount.period == "year"
