"""The State Partnership pairings a document states, carried to its other mentions of them.

A document that says once "Kazakhstan has been paired with the Arizona National Guard since
1993" goes on to speak of the pairing without its guard: "SPP activities with Kazakhstan are
funded at $750,000 a year", "Mongolia's Chief of the General Staff thanked the delegation for
the State Partnership Program". Such a mention's parties are the partner and the United States
as its clause reads them; the document has already said which guard is the U.S. side, so it is
that guard. Only a partner the document pairs with one guard, in a pairing it never says ended,
is read so: a state with two guards in a document, or none, keeps its clause's reading, and so
does one whose pairing lapsed ("Turkmenistan, whose pairing with the Nevada National Guard
ended in 2011, ... a new State Partnership Program pairing" is a pairing yet to be made, with
no guard named). A proposed mention is left alone for the same reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from pipeline.agreement_parties import is_iso3
from pipeline.facts import AgreementFact

PAIRING_KIND = "state_partnership"
GUARD_SUFFIX = " National Guard"


def _is_guard(party: str) -> bool:
    return party.endswith(GUARD_SUFFIX)


def stated_pairings(facts: Mapping[int, AgreementFact]) -> dict[str, str]:
    """Each partner state the document pairs with exactly one guard, in a pairing it never
    says ended, and that guard.

    A pairing is a State Partnership mention whose parties are guards and states and no other
    (the United States is not one: its guard stands for it).

    >>> f = AgreementFact(0, 1, "State Partnership Program", PAIRING_KIND,
    ...                   parties=("Arizona National Guard", "KAZ"))
    >>> stated_pairings({0: f})
    {'KAZ': 'Arizona National Guard'}
    >>> g = replace(f, parties=("KAZ", "Texas National Guard"))
    >>> stated_pairings({0: f, 1: g})
    {}
    >>> stated_pairings({0: f, 1: replace(f, status="ended")})
    {}
    """
    guards_of: dict[str, set[str]] = {}
    lapsed: set[str] = set()
    for fact in facts.values():
        if fact.kind != PAIRING_KIND:
            continue
        guards = [p for p in fact.parties if _is_guard(p)]
        states = [p for p in fact.parties if is_iso3(p) and p != "USA"]
        if guards and states and len(guards) + len(states) == len(fact.parties):
            for state in states:
                guards_of.setdefault(state, set()).update(guards)
                if fact.status == "ended":
                    lapsed.add(state)
    return {state: next(iter(guards)) for state, guards in guards_of.items()
            if len(guards) == 1 and state not in lapsed}


def with_stated_guard(facts: Mapping[int, AgreementFact]) -> dict[int, AgreementFact]:
    """Each State Partnership mention whose parties are one partner state (and the United
    States, or nothing else) takes the guard the document pairs that state with in place of
    the United States.

    >>> paired = AgreementFact(0, 1, "State Partnership Program", PAIRING_KIND,
    ...                        parties=("Alaska National Guard", "MNG"))
    >>> later = replace(paired, start=50, end=53, parties=("MNG", "USA"))
    >>> with_stated_guard({0: paired, 1: later})[1].parties
    ('Alaska National Guard', 'MNG')
    """
    pairings = stated_pairings(facts)
    if not pairings:
        return dict(facts)
    out = dict(facts)
    for key, fact in facts.items():
        if fact.kind != PAIRING_KIND or fact.status == "proposed":
            continue
        states = [p for p in fact.parties if p != "USA"]
        if len(states) == 1 and states[0] in pairings and set(fact.parties) <= {states[0], "USA"}:
            out[key] = replace(fact, parties=tuple(sorted((states[0], pairings[states[0]]))))
    return out
