"""Round 22 of agreement parties (lead, from a miss of the blind set heldout35 after its first
run): the signers of an agreement are the subject of "adopted", "ratified" or "renewed" as of
"signed", and the words between that verb and the name may count or qualify it ("their second
five-year", "the updated", "their ten-year"); a group of states named earlier in the sentence
is then no party. Invented sentences only."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text
from pipeline.facts import AgreementFact


@pytest.mark.parametrize(("text", "parties"), [
    ("Arms sales to the five Central Asian states have grown since Astana and Washington "
     "adopted their second five-year military cooperation plan in 2023.", ("KAZ", "USA")),
    ("Training for the three Baltic states expanded after Vilnius and Washington ratified the "
     "updated Defense Cooperation Agreement in 2022.", ("LTU", "USA")),
    ("Exercises with the Gulf states grew after Doha and Washington renewed their ten-year "
     "Defense Cooperation Agreement in 2013.", ("QAT", "USA")),
])
def test_the_subject_of_adopting_ratifying_or_renewing_signs(
        text: str, parties: tuple[str, ...]) -> None:
    (found,) = [f for f in extract_text(text, None).facts if isinstance(f, AgreementFact)]
    assert found.parties == parties
