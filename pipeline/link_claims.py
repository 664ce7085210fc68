"""Link claims that the consistency checks compare: parts of totals, and first-time events.

- A money amount that a sentence calls part of another ("$10 million, of which $2 million …",
  "$2 million of the $10 million") records which amount it is part of (``part_of``: the start
  of the total), so the checker can see a part larger than its whole.
- A date in a sentence that reports a first-time event ("Kazakhstan first sent peacekeepers to
  UNIFIL in October 2018") records the event's identity, ``first:KAZ:UNIFIL``: the actor (the
  first country named before "first") and what it was done with (the first run of upper-case
  names after it). Without both, the identity is incomplete and nothing is recorded.

The phrase lists are data: ``data/link_words.json``.
"""

from __future__ import annotations

import bisect
import itertools
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path

from pipeline.facts import CountryFact, DateFact, Fact, MoneyFact

LINK_WORDS_PATH = Path(__file__).parent / "data" / "link_words.json"
_UPPER_NAME = re.compile(r"\b[A-Z][A-Z0-9-]{2,}(?:\s+[A-Z][A-Z0-9-]{2,})*\b")


@cache
def _words() -> dict[str, list[str]]:
    data = json.loads(LINK_WORDS_PATH.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def phrase_alternation(phrases: Iterable[str]) -> str:
    r"""``phrases`` as one regex alternation, longest first, any spaces between words (the
    phrase lists of the data files: this module's, money's and the checker's).

    >>> print(phrase_alternation(["of", "of which"]))
    of\s+which|of
    """
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


def _alternation(key: str) -> str:
    """The phrases of this module's list ``key`` (``phrase_alternation``)."""
    return phrase_alternation(_words()[key])


@cache
def _gap_pattern(key: str) -> re.Pattern[str]:
    body = _alternation(key)
    return re.compile(rf"^[\s,(—-]*(?:{body})[\s:,]*(?:a\s+|an\s+)?(?:total\s+(?:of\s+)?)?$",
                      re.IGNORECASE)


def _sentence_index(position: int, sentences: Sequence[tuple[int, int]]) -> int:
    """The first of ``sentences`` holding ``position``, or -1.

    >>> _sentence_index(5, [(0, 4), (4, 9)]), _sentence_index(9, [(0, 4), (4, 9)])
    (1, -1)
    """
    for i, (start, end) in enumerate(sentences):
        if start <= position < end:
            return i
    return -1


def sentence_indexes(positions: Sequence[int], sentences: Sequence[tuple[int, int]]
                     ) -> list[int]:
    """``_sentence_index`` of each of ``positions``. Sentences in text order that do not overlap
    (as ``pipeline.nlp.sentences_of`` gives them) are searched by bisection: at most one holds a
    position, the last that starts at or before it.

    >>> sentence_indexes([0, 5, 9, 12], [(0, 4), (4, 9), (10, 15)])
    [0, 1, -1, 2]
    """
    if not all(a[1] <= b[0] for a, b in itertools.pairwise(sentences)) or not all(
            start <= end for start, end in sentences):
        return [_sentence_index(p, sentences) for p in positions]
    starts = [start for start, _ in sentences]
    out = []
    for position in positions:
        i = bisect.bisect_right(starts, position) - 1
        out.append(i if i >= 0 and position < sentences[i][1] else -1)
    return out


def names_part_before_total(gap: str) -> bool:
    """Does the text between two amounts make the first a part of the second ("$2 million
    of the $10 million", ``part_before_total``)?

    >>> names_part_before_total(" of the "), names_part_before_total(" and ")
    (True, False)
    """
    return _gap_pattern("part_before_total").match(gap) is not None


# the words after a total and a colon that opens the list of its parts: lower-case words, no
# number, bracket or table bar (not a label's colon, "| FY 2025 Estimate: $9.3 million", nor
# "(original acquisition value: $23.6 million)")
_COLON_LIST = re.compile(r"^[ \u00a0]+[a-z][^:;$.|()\d]{2,160}:[ \u00a0]*"
                         r"(?:(?:a|an|the)[ \u00a0]+)?$")


@cache
def _share_for_purpose() -> re.Pattern[str]:
    shares, verbs = _alternation("part_before_total"), _alternation("share_purpose_verbs")
    # (a state's share too: "$320 million of Egypt's FMF is subject to conditions")
    return re.compile(rf"^\s+(?:(?:{shares})\s|of\s+[A-Z][\w-]*['’]s\s)[^.;$]{{0,80}}?"
                      rf"\b(?:{verbs})\b", re.IGNORECASE)


@cache
def _increment_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alternation('increment_words')})\s*$", re.IGNORECASE)


def is_increment(before: str) -> bool:
    """Does the text right before an amount make it an addition to a figure, not the figure
    ("contributed a further $480,000 in FY 2021", "an additional $5 million")? Such an amount
    is a component of the program's figure for its country and year.

    >>> is_increment("The program contributed a further "), is_increment("It provided ")
    (True, False)
    """
    return _increment_before().search(before) is not None


@cache
def _component_noun_after() -> re.Pattern[str]:
    return re.compile(rf"^[ \u00a0]+(?:{_alternation('component_nouns')})\b", re.IGNORECASE)


def is_one_delivery(after: str) -> bool:
    """Does a noun right after an amount make it one delivery of a figure ("a $150 million
    package in June 2021", "the first $125 million tranche")? Such an amount is a component of
    the program's figure for its country and year.

    >>> is_one_delivery(" package that included a patrol boat"), is_one_delivery(" in FMF")
    (True, False)
    """
    return _component_noun_after().match(after) is not None


def is_share_for_a_purpose(after: str) -> bool:
    """Does the text right after an amount make it a share of a larger figure, given to a
    purpose ("$8 million of the FY 2024 FMF request will go to riverine interdiction")? Such an
    amount is a component of that figure, not the figure for its program, country and year.
    Not a share with no purpose ("Kazakhstan received $2.5 million of the region's FMF").

    >>> is_share_for_a_purpose(" of the FY 2024 FMF request will go to riverine units.")
    True
    >>> is_share_for_a_purpose(" of the region's FMF in FY 2021.")
    False
    """
    return _share_for_purpose().search(after) is not None


def link_parts(text: str, facts: list[Fact], sentences: Sequence[tuple[int, int]]
               ) -> list[Fact]:
    """Money facts with ``part_of`` set where the sentence says one is part of the other.

    >>> from pipeline.values import Amount
    >>> t = "FMF was $10 million, of which $2 million went to Tajikistan."
    >>> a = MoneyFact(8, 19, Amount(1e7, 1e7)); b = MoneyFact(30, 40, Amount(2e6, 2e6))
    >>> [f.part_of for f in link_parts(t, [a, b], [(0, len(t))])]
    [None, 8]
    """
    money = sorted((f for f in facts if isinstance(f, MoneyFact)), key=lambda f: f.start)
    part_of: dict[int, int] = {}
    in_sentence = sentence_indexes([f.start for f in money], sentences)
    listed_after: MoneyFact | None = None  # the total a colon's list of parts follows
    for k, (first, second) in enumerate(itertools.pairwise(money)):
        if in_sentence[k] != in_sentence[k + 1]:
            listed_after = None
            continue
        gap = text[first.end:second.start]
        if _COLON_LIST.match(gap):
            listed_after = first  # "$320 million of Egypt's FMF is subject to conditions: $225
            # million ..., and $95 million ...": the parts of the amount before the colon
        elif ";" in gap or ":" in gap:
            listed_after = None
        if listed_after is not None and listed_after is not second:
            part_of[id(second)] = listed_after.start
        elif _gap_pattern("part_after_total").match(gap):
            part_of[id(second)] = first.start
        elif names_part_before_total(gap):
            part_of[id(first)] = second.start
    return [replace(f, part_of=part_of[id(f)])
            if isinstance(f, MoneyFact) and id(f) in part_of else f for f in facts]


@cache
def _first_event_patterns() -> tuple[re.Pattern[str], ...]:
    """Each phrase of ``first_event_words`` as a whole word, any case, the longest first."""
    return tuple(re.compile(rf"\b{re.escape(phrase)}\b", re.IGNORECASE)
                 for phrase in sorted(_words()["first_event_words"], key=len, reverse=True))


def first_event_key(sentence: str, countries: Sequence[tuple[int, str]]) -> str:
    """The identity of the first-time event a sentence reports, or "".

    ``countries`` are (offset in the sentence, ISO3) of the country mentions in it.

    >>> first_event_key("Kazakhstan first sent 120 peacekeepers to UNIFIL in October 2018.",
    ...                 [(0, "KAZ")])
    'first:KAZ:UNIFIL'
    >>> first_event_key("The first visit was in 1996.", [])
    ''
    """
    words = _words()
    for pattern in _first_event_patterns():
        for match in pattern.finditer(sentence):
            before = sentence[:match.start()].split()
            if before and before[-1].lower() in words["first_event_not_after"]:
                continue  # "the first visit", "its first deployment": a noun phrase, not an act
            actors = [iso3 for offset, iso3 in countries if offset < match.start()]
            names = [m.group(0) for m in _UPPER_NAME.finditer(sentence, match.end())
                     if not any(m.start() <= off < m.end() for off, _ in countries)]
            if actors and names:
                return f"first:{actors[0]}:{names[0]}"
    return ""


def link_first_events(text: str, facts: list[Fact], sentences: Sequence[tuple[int, int]]
                      ) -> list[Fact]:
    """Date facts with ``event`` set when their sentence reports a first-time event."""
    keys: dict[int, str] = {}
    order = sorted(range(len(facts)), key=lambda i: facts[i].start)
    starts = [facts[i].start for i in order]
    for s_start, s_end in sentences:
        # the facts inside the sentence, in the order of ``facts``
        candidates = order[bisect.bisect_left(starts, s_start):bisect.bisect_right(starts, s_end)]
        inside = [facts[i] for i in sorted(candidates) if facts[i].end <= s_end]
        dates = [f for f in inside if isinstance(f, DateFact) and f.value.kind == "date"]
        if len(dates) != 1:
            continue  # with several dates the sentence does not say which is the event's
        countries = [(f.start - s_start, f.iso3) for f in inside if isinstance(f, CountryFact)]
        key = first_event_key(text[s_start:s_end], countries)
        if key:
            keys[id(dates[0])] = key
    return [replace(f, event=keys[id(f)]) if isinstance(f, DateFact) and id(f) in keys else f
            for f in facts]


def link_claims(text: str, facts: list[Fact], sentences: Sequence[tuple[int, int]]
                ) -> list[Fact]:
    return link_first_events(text, link_parts(text, facts, sentences), sentences)
