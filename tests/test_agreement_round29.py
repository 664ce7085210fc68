"""Round 29 of agreement rules, from the fifteenth session's reading of the held-out sets'
misses. Invented sentences only."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import extract_text
from pipeline.facts import AgreementFact


def _agreements(text: str, doc_date: date | None = None) -> dict[str, AgreementFact]:
    return {text[f.start:f.end]: f for f in extract_text(text, doc_date).facts
            if isinstance(f, AgreementFact)}


@pytest.mark.parametrize("plan", ["defense cooperation plan", "defence cooperation plan",
                                  "security cooperation plan"])
def test_a_cooperation_plan_in_lower_case_is_a_generic_instrument(plan: str) -> None:
    text = ("U.S. Security Cooperation With Chile\n\n"
            f"Engagements follow the {plan} that the two defense ministries signed in "
            "October 2021.")
    fact = _agreements(text)[plan]
    assert (fact.name, fact.kind) == (plan, "agreement")
    assert fact.parties == ("CHL", "USA")
    assert fact.date_start is not None and fact.date_start.start == date(2021, 10, 1)


def test_a_cooperation_plan_the_partner_document_leaves_unnamed_is_with_the_united_states(
        ) -> None:
    text = ("U.S. Relations With Chile\n\n"
            "Chile is a major non-NATO ally. The defense cooperation plan for 2024-2028, signed "
            "in May 2023, adds cyber defense and military medicine.")
    assert _agreements(text)["defense cooperation plan"].parties == ("CHL", "USA")
