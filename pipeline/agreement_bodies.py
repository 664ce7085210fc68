"""A partner state's body standing for the partner, for ``pipeline.link_agreements``: the
mirror of a U.S. department standing for the United States (``agreement_parties``).

An agreement concluded with a partner's ministry, state committee, border service or armed
forces (``partner_body_heads`` in data/agreement_parties.json) is that partner's: "an
implementing arrangement with the State Border Protection Committee", "the arrangement that
Washington concluded with the Border Forces", "a memorandum with the Ministry of Internal
Affairs". The body counts where it stands as a counterpart: after "with", "between" or "by",
or opening the agreement's clause (its subject: "The Border Service signed ..."). Whose it is:
- the state that qualifies it ("the Uzbek Border Troops", "Tajikistan's Border Service", "the
  State Border Service of Turkmenistan"); a U.S. one ("the U.S. Armed Forces") is no partner's;
- else the one partner of its section's heading or of the document (``Context.subject_at``);
- else the one state its clause names, else the one its sentence names, else the one the
  nearest earlier sentence of its paragraph names.
A body whose name holds an organization or a ``not_partner_body_words`` word ("the NATO
Military Committee", "the International Committee ...") is no state's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from pipeline.agreement_bilateral import Context
from pipeline.agreement_lookups import bystander_at, mediator_at, starting_in
from pipeline.agreement_tries import phrase_trie
from pipeline.agreements import named_organizations, party_rules
from pipeline.facts import CountryFact

_SPACE = r"[ \u00a0]+"
_POSSESSIVE_GAP = re.compile(r"(?:['’]s)?[ \u00a0]+")


@cache
def _body_regex() -> re.Pattern[str]:
    """A body named as a counterpart: "with", "between", "by" or the span's start, "the", up
    to four capitalized modifiers, a ``partner_body_heads`` head, and an "of"/"for" complement of
    capitalized words ("Ministry of Health and Medical Industry")."""
    heads = phrase_trie(party_rules()["partner_body_heads"], not_after=None)
    link = r"(?:^|\b(?:with|between|by)" + _SPACE + r")(?:the" + _SPACE + r")?"
    modifiers = r"(?:[A-Z][\w’'.-]*" + _SPACE + r"){0,4}"
    complement = (r"(?:" + _SPACE + r"(?:of|for)(?:" + _SPACE + r"the)?(?:" + _SPACE
                  + r"(?:and" + _SPACE + r")?[A-Z][\w’'-]*)+)?")
    return re.compile(link + r"(?P<body>" + modifiers + heads + r"(?![\w-])" + complement + ")")


@cache
def _head_words() -> frozenset[str]:
    """The last word of each head: one stands in every match of ``_body_regex`` (a cheap test
    that passes over most clauses without a search)."""
    return frozenset(head.split()[-1] for head in party_rules()["partner_body_heads"])


@cache
def _not_partner_regex() -> re.Pattern[str]:
    words = phrase_trie(party_rules()["not_partner_body_words"])
    return re.compile(words + r"(?![\w-])")


def partner_bodies(view: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of the partner-state bodies ``view[lo:hi]`` names as counterparts.

    >>> text = "an arrangement concluded with the Border Forces in 2018"
    >>> [text[a:b] for a, b in partner_bodies(text, 0, len(text))]
    ['Border Forces']
    >>> text = "a memorandum with the Ministry of Health and Medical Industry"
    >>> [text[a:b] for a, b in partner_bodies(text, 0, len(text))]
    ['Ministry of Health and Medical Industry']
    >>> partner_bodies("a pact with the International Committee", 0, 40)
    []
    """
    text = view[lo:hi]
    if not any(word in text for word in _head_words()):
        return []
    out = []
    for m in _body_regex().finditer(text):
        body = m.group("body")
        if _not_partner_regex().search(body) is None and not named_organizations(body):
            out.append((lo + m.start("body"), lo + m.end("body")))
    return out


def _qualifier(view: str, countries: Sequence[CountryFact], body: tuple[int, int]
               ) -> str | None:
    """The state that qualifies a body: one named inside its name ("the Uzbek Border Troops",
    "the State Border Service of Turkmenistan") or right before it ("Tajikistan's Ministry")."""
    lo, hi = body
    for c in starting_in(countries, max(0, lo - 40), hi):
        if (lo <= c.start and c.end <= hi) or (
                c.end <= lo and _POSSESSIVE_GAP.fullmatch(view, c.end, lo) is not None):
            return c.iso3
    return None


def _one_state(view: str, countries: Sequence[CountryFact], lo: int, hi: int) -> str | None:
    """The one state other than the United States named in ``view[lo:hi]`` (a go-between or a
    bystander is not counted), None when none or several are."""
    named = {c.iso3 for c in starting_in(countries, lo, hi)
             if c.iso3 != "USA" and not mediator_at(view, c.start)
             and not bystander_at(view, c.start)}
    return next(iter(named)) if len(named) == 1 else None


def body_owner(context: Context, pos: int, span: tuple[int, int],
               sentence: tuple[int, int], earlier: Sequence[tuple[int, int]]) -> str | None:
    """The partner state whose body ``span`` (an agreement's own span, at ``pos``) names as a
    counterpart, None when it names none or whose it is stays open (module docstring)."""
    view, countries = context.view, context.countries
    bodies = partner_bodies(view, *span)
    if not bodies:
        return None
    qualified = {_qualifier(view, countries, body) for body in bodies}
    if None not in qualified:
        states = qualified - {"USA"}
        return states.pop() if len(states) == 1 else None
    owner = context.subject_at(pos)
    if owner is None or owner == "USA":
        owner = _one_state(view, countries, *span) or _one_state(view, countries, *sentence)
    if owner is None and earlier:
        owner = context.subject_at(pos, earlier)
    return None if owner == "USA" else owner
