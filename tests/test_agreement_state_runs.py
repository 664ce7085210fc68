"""``state_run``: the one walk over states named one after another ("Chad, Niger and The
Gambia"), which the member lists, the later joiners, the partners after "with" and the states
that open a new clause all read."""

from __future__ import annotations

import re

from pipeline.agreement_clauses import MEMBER_SEPARATOR, state_run
from pipeline.facts import CountryFact

STATES = {"Chad": "TCD", "Niger": "NER", "Gambia": "GMB", "Mali": "MLI"}


def _countries(text: str) -> list[CountryFact]:
    found = [CountryFact(m.start(), m.end(), iso3, name)
             for name, iso3 in STATES.items() for m in re.finditer(name, text)]
    return sorted(found, key=lambda c: c.start)


def test_a_run_gives_its_states_in_order_and_where_the_last_ends() -> None:
    text = "Chad, Niger and The Gambia later joined the initiative."
    listed, end = state_run(text, _countries(text), 0, MEMBER_SEPARATOR)
    assert listed == ["TCD", "NER", "GMB"]
    assert text[end:].startswith(" later joined")


def test_no_state_at_the_start_is_an_empty_run() -> None:
    text = "The initiative includes Chad and Mali."
    assert state_run(text, _countries(text), 4, MEMBER_SEPARATOR) == ([], 4)


def test_a_member_list_stays_on_its_line() -> None:
    text = "Its partners are Chad, Niger,\nand Mali hosted the meeting."
    listed, end = state_run(text, _countries(text), text.index("Chad"), MEMBER_SEPARATOR)
    assert listed == ["TCD", "NER"]
    assert end == text.index("Niger") + len("Niger")
