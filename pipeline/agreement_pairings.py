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
no guard named). A proposed mention is left alone for the same reason, and keeps only a guard
its own conjunct names: "The Nevada National Guard partnered with Turkmenistan from 1996 to
2011, and both governments have expressed interest in re-establishing a State Partnership
Program pairing" proposes a pairing of Turkmenistan and the United States, the guard yet to be
chosen ("a pairing between Turkmenistan and the Nevada National Guard" names it).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from pipeline.agreement_parties import is_iso3
from pipeline.agreements import find_bare_states, find_guards
from pipeline.facts import AgreementFact, CountryFact
from pipeline.sections import heading_shaped

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


# the coordinate clauses of a sentence: "..., and both governments have ...", "...; the ..."
_CONJUNCT_BREAK = re.compile(r",[ \u00a0]+(?:and|but)[ \u00a0]+|;[ \u00a0]*")


def _own_conjunct(view: str, fact: AgreementFact, sentence: tuple[int, int]) -> tuple[int, int]:
    """The stretch of ``sentence`` between the coordinate-clause breaks around ``fact``."""
    lo, hi = sentence
    before = [m.end() for m in _CONJUNCT_BREAK.finditer(view, lo, fact.start)]
    after = _CONJUNCT_BREAK.search(view, fact.end, hi)
    return (before[-1] if before else lo), (after.start() if after else hi)


def proposed_without_other_guard(view: str, facts: Mapping[int, AgreementFact],
                                 sentences: Sequence[tuple[int, int]]
                                 ) -> dict[int, AgreementFact]:
    """Each proposed State Partnership mention without the guards its own conjunct does not
    name; with none left, the partner and the United States.

    >>> text = ("The Nevada National Guard partnered with Turkmenistan until 2011, and both "
    ...         "want a new State Partnership Program pairing.")
    >>> f = AgreementFact(text.index("State"), text.index(" pairing"), "State Partnership "
    ...                   "Program", PAIRING_KIND, parties=("Nevada National Guard", "TKM"),
    ...                   status="proposed")
    >>> proposed_without_other_guard(text, {0: f}, [(0, len(text))])[0].parties
    ('TKM', 'USA')
    """
    starts = [lo for lo, _ in sentences]
    out = dict(facts)
    for key, fact in facts.items():
        guards = [p for p in fact.parties if _is_guard(p)]
        if fact.kind != PAIRING_KIND or fact.status != "proposed" or not guards:
            continue
        i = bisect.bisect_right(starts, fact.start) - 1
        sentence = sentences[i] if i >= 0 else (fact.start, fact.end)
        lo, hi = _own_conjunct(view, fact, sentence)
        own = view[lo:hi]
        named = {name for _, _, name in find_guards(own)} | {
            f"{name}{GUARD_SUFFIX}" if not _is_guard(name) else name
            for _, _, name in find_bare_states(own)}
        kept = [p for p in fact.parties if not _is_guard(p) or p in named]
        if len(kept) == len(fact.parties):
            continue
        if not any(_is_guard(p) for p in kept) and any(is_iso3(p) for p in kept):
            kept = sorted({*kept, "USA"})
        out[key] = replace(fact, parties=tuple(sorted(kept)))
    return out


# between two pairings that share one predicate: "Latvia's partnership with the Michigan
# National Guard and Lithuania's partnership with ... also began in 1993" (no verb of its own)
_NO_PREDICATE_BETWEEN = re.compile(r"[ \u00a0]+with[ \u00a0]+[^,;.:]*?[ \u00a0]+and[ \u00a0]+"
                                   r"(?:the[ \u00a0]+)?(?:[A-Z][\w.’'-]*[ \u00a0]+){0,3}?"
                                   r"[A-Z][\w.-]*['’]s[ \u00a0]+")


def shared_predicate_starts(view: str, facts: Mapping[int, AgreementFact]
                            ) -> dict[int, AgreementFact]:
    """A pairing mention with no start, joined by "and" to the next pairing mention with no
    predicate of its own between them, shares that mention's start ("Latvia's partnership with
    the Michigan National Guard and Lithuania's partnership with the Pennsylvania National Guard
    also began in 1993": both 1993).

    >>> text = ("Latvia's partnership with the Michigan National Guard and Lithuania's "
    ...         "partnership with the Pennsylvania National Guard also began in 1993.")
    >>> from pipeline.values import DateValue
    >>> at = text.index("partnership"), text.index("partnership", 30)
    >>> a = AgreementFact(at[0], at[0] + 11, "State Partnership Program", PAIRING_KIND)
    >>> b = AgreementFact(at[1], at[1] + 11, "State Partnership Program", PAIRING_KIND,
    ...                   date_start=DateValue.year(1993))
    >>> shared_predicate_starts(text, {0: a, 1: b})[0].date_start == b.date_start
    True
    """
    pairings = sorted(((key, f) for key, f in facts.items() if f.kind == PAIRING_KIND),
                      key=lambda item: item[1].start)
    out = dict(facts)
    for (key, first), (_, second) in itertools.pairwise(pairings):
        if (first.date_start is None and second.date_start is not None
                and _NO_PREDICATE_BETWEEN.fullmatch(view, first.end, second.start) is not None):
            out[key] = replace(first, date_start=second.date_start)
    return out


def heading_pairings(view: str, facts: Mapping[int, AgreementFact],
                     countries: Sequence[CountryFact]) -> dict[int, AgreementFact]:
    """A programme's name in a heading-shaped line that names one guard and the states it is
    paired with ("State Partnership Program: Utah National Guard – Kingdom of Morocco",
    "State Partnership Program Profile: Georgia and the Georgia National Guard") is that
    pairing, when its clause read no guard (as a heading, it read only the programme)."""
    out = dict(facts)
    for key, fact in facts.items():
        if fact.kind != PAIRING_KIND or any(_is_guard(p) for p in fact.parties):
            continue
        lo = view.rfind("\n", 0, fact.start) + 1
        hi = view.find("\n", fact.end)
        hi = len(view) if hi < 0 else hi
        line = view[lo:hi]
        if not heading_shaped(line) and ":" not in view[fact.end:hi]:
            continue
        if ". " in line.strip() or line.rstrip().endswith("."):
            continue  # a bullet's sentence ("- State Partnership Program: Vietnam's
            # partnership with the Oregon National Guard ... rescue."): its own mentions
        guards = find_guards(line)
        if len({name for _, _, name in guards}) != 1:
            continue
        states = {c.iso3 for c in countries if lo <= c.start < hi
                  and not any(lo + a <= c.start < lo + b for a, b, _ in guards)}
        if states:
            out[key] = replace(fact, parties=tuple(sorted({guards[0][2], *states})))
    return out
