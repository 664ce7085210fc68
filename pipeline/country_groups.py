"""Groupings of states named as one party: "the Baltic states", "U.S.-Baltic", "the Visegrad
countries", "ASEAN member states", "the C5+1" stand for their member states.

The table is ``data/country_groups.json``. A grouping's *name* ("the Baltics", "V4", "C5+1")
stands for all its members wherever it is written; an *adjective* ("Baltic", "Central Asian",
"ASEAN") only before a member noun ("states", "countries", "member states", "defense
ministers") or joined by a hyphen to another party ("U.S.-Baltic"). A subset word or another
number before it ("several Central Asian countries", "two Baltic states") or an exception after
it ("the Central Asian states except Turkmenistan") leaves it unresolved: only some members take
part. Used for agreement parties only; a grouping is never a country mention.

>>> [(m.text, m.members) for m in group_mentions("the U.S.-Baltic Roadmap")]
[('Baltic', ('EST', 'LTU', 'LVA'))]
>>> [m.members for m in group_mentions("the three Baltic states and the V4")]
[('EST', 'LTU', 'LVA'), ('CZE', 'HUN', 'POL', 'SVK')]
>>> group_mentions("several Central Asian countries"), group_mentions("the Gulf of Aden")
([], [])
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Final

from pipeline.numbers import parse_number

DATA_PATH: Final = Path(__file__).parent / "data" / "country_groups.json"
_US_BEFORE_HYPHEN = re.compile(r"(?:U\.S\.|US|United States|America|[A-Z][a-z]+)[-\u2013]$")


@dataclass(frozen=True, slots=True)
class GroupMention:
    """A grouping named in a text, with the ISO3 codes of its members (sorted)."""

    start: int
    end: int
    text: str
    members: tuple[str, ...]


@cache
def table() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(DATA_PATH.read_text(encoding="utf-8"))
    return data


@cache
def _forms() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]], frozenset[str]]:
    """(name form -> members, adjective form -> members, the forms of organizations)."""
    names: dict[str, tuple[str, ...]] = {}
    adjectives: dict[str, tuple[str, ...]] = {}
    organizations: set[str] = set()
    for group in table()["groups"]:
        members = tuple(sorted(group["members"]))
        for form in group["names"]:
            names.setdefault(form, members)
        for form in group["adjectives"]:
            adjectives.setdefault(form, members)
        if group.get("organization"):
            organizations.update((*group["names"], *group["adjectives"]))
    return names, adjectives, frozenset(organizations)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def _regexes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    names, adjectives, _ = _forms()
    data = table()
    forms = re.compile(r"(?<![\w+])(?:" + _alternation([*names, *adjectives]) + r")(?![\w+])")
    member_noun = re.compile(r"^(?:[\s\u00a0]+[A-Za-z-]+)?[\s\u00a0]+(?:"
                             + _alternation(data["member_nouns"]) + r")\b", re.IGNORECASE)
    subset = re.compile(r"\b(?:" + _alternation(data["subset_words"]) + r")[\s-]+(?:of\s+the\s+)?"
                        r"(?:\w+\s+)?$", re.IGNORECASE)
    exception = re.compile(r"^[\s,]*(?:" + _alternation(data["exception_words"]) + r")\b",
                           re.IGNORECASE)
    return forms, member_noun, subset, exception


def grouping_forms_in(text: str, lo: int = 0, hi: int | None = None
                      ) -> list[tuple[int, tuple[str, ...]]]:
    """Every name or adjective of a grouping written in ``text[lo:hi]``, whether or not it
    stands for its members there ("Central Asia" in "a Zone in Central Asia"), as (offset,
    members), in text order.

    >>> [(at, len(members)) for at, members in grouping_forms_in("a Zone in Central Asia")]
    [(10, 5)]
    """
    names, adjectives, _ = _forms()
    forms = _regexes()[0]
    end = len(text) if hi is None else hi
    return [(m.start(), names.get(m.group(0)) or adjectives[m.group(0)])
            for m in forms.finditer(text, lo, end)]


def grouping_names_in(text: str, lo: int = 0, hi: int | None = None) -> set[str]:
    """The members of every grouping written in ``text[lo:hi]`` by a name that stands for all
    its members wherever it is written ("C5+1", "the Baltics"; not an adjective such as
    "Central Asia", which may only name a place).

    >>> sorted(grouping_names_in("hosted the first C5+1 Presidential Summit"))
    ['KAZ', 'KGZ', 'TJK', 'TKM', 'USA', 'UZB']
    >>> grouping_names_in("met in Central Asia")
    set()
    """
    names, _, _ = _forms()
    end = len(text) if hi is None else hi
    return {iso3 for m in _regexes()[0].finditer(text, lo, end)
            for iso3 in names.get(m.group(0), ())}


def _between_regions(forms: re.Pattern[str], before: str, after: str) -> bool:
    """Is a hyphened grouping joined to another grouping rather than to a state or the United
    States ("South Caucasus–Central Asia trans-Caspian connectivity": a link between two
    regions, whose members are no agreement's parties)?

    >>> forms = _regexes()[0]
    >>> _between_regions(forms, "in light of ", "\u2013Central Asia trans-Caspian links")
    True
    >>> _between_regions(forms, "the U.S.-", " partnership")
    False
    """
    if after[:1] in "-\u2013" and forms.match(after, 1) is not None:
        return True
    if before[-1:] in ("-", "\u2013"):
        for m in forms.finditer(before):
            if m.end() == len(before) - 1:
                return True
    return False


def _stated_number(before: str) -> int | None:
    """The number right before a grouping ("the three Baltic states" -> 3), if any; an article
    is none ("a C5+1 memorandum" is the grouping's, not one state's)."""
    words = before.split()
    if not words or words[-1].lower() in ("a", "an"):
        return None
    value = parse_number(words[-1].strip(",;"))
    return int(value) if value is not None and value == int(value) else None


def group_mentions(text: str) -> list[GroupMention]:
    """Every grouping of ``text`` that stands for all its members, in text order.

    >>> [m.members for m in group_mentions("ASEAN member states signed it")]
    [('BRN', 'IDN', 'KHM', 'LAO', 'MMR', 'MYS', 'PHL', 'SGP', 'THA', 'VNM')]
    >>> group_mentions("an MOU with ASEAN")  # the organization itself, not its members
    []
    >>> group_mentions("the U.S.-ASEAN Comprehensive Strategic Partnership")
    []
    >>> [m.text for m in group_mentions("the Nordic-Baltic defense ministers")]
    ['Nordic-Baltic']
    >>> group_mentions("between the United States and Central Asian partner military forces")
    []
    >>> group_mentions("the Central Asian states except Turkmenistan")
    []
    >>> [len(m.members) for m in group_mentions("the five Central Asian countries")]
    [5]
    >>> group_mentions("two Baltic states")
    []
    """
    return list(_groups_in(text))


@lru_cache(maxsize=256)  # the agreement linker reads a clause again for each agreement in it
def _groups_in(text: str) -> tuple[GroupMention, ...]:
    names, adjectives, organizations = _forms()
    forms, member_noun, subset, exception = _regexes()
    out = []
    for m in forms.finditer(text):
        form = m.group(0)
        before, after = text[max(0, m.start() - 40):m.start()], text[m.end():m.end() + 60]
        is_name = form in names
        if not is_name:
            noun = member_noun.match(after)
            hyphened = form not in organizations and (
                _US_BEFORE_HYPHEN.search(before) is not None
                or re.match(r"[-\u2013](?:U\.S\.|US\b|[A-Z])", after) is not None)
            if noun is None and not hyphened:
                continue
            if noun is None and _between_regions(forms, before, after):
                continue  # "South Caucasus–Central Asia connectivity": two places, no parties
            if noun is not None:
                after = after[noun.end():]
        members = names[form] if is_name else adjectives[form]
        if subset.search(before) or exception.match(after):
            continue
        number = _stated_number(before)
        if number is not None and number < 100 and number != len(members) and not (
                "USA" in members and number == len(members) - 1):
            continue
        out.append(GroupMention(m.start(), m.end(), form, members))
    return tuple(out)
