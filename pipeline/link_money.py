"""Link each amount of money to its program, fiscal year and the countries it is about.

Scope: an amount is linked only to mentions in its own sentence (``sentences``), and for the
program to the section heading it stands under; within the sentence, clauses are cut at ";",
":" and at ", though" / ", but" / ", while" ... (the ``clause_breaks`` of
``data/money_words.json``; the other word lists named below are there too).

- program: the security-assistance programs of ``data/programs.tsv``. An amount gets a program
  only when the text attaches it to that amount; naming a program somewhere in the sentence is
  not enough ("$230 million in security assistance, including NADR-funded demining" has none).
  Attached, in this order of preference, within the amount's clause and with no other amount,
  no ``program_blockers`` word ("including", "alongside", "as well as" ...) and no ", and" /
  ", or" / ", but" between them:
  1. a program right after the amount, after a short link ("$X in FMF", "$X under Section 333",
     "$X a year in FY 2022 Foreign Military Financing");
  2. a program right before it ("FMF of $X", "FMF totaling $X", "FMF to Jordan has exceeded $X");
  3. a program further after it, behind one of the ``program_links_after`` ("valued at $X ...
     through a combination of national funds and FMF");
  4. a program further before it, not attached to an earlier amount ("84 open FMS cases valued
     at $X", "Under FMS, Morocco has purchased F-16s worth $X").
  A program coordinated with another ("$X in FMF and IMET") gives none. An amount with none of
  its own takes the program of the amount it is listed with ("$10 million in FY2021 and $12
  million in FY2022 for EXBS"); else the sentence's topic program (named in an opening phrase,
  "Under Section 333, ...", or attached before the sentence's first amount), when no other
  program or country comes between ("FMF has ranged from $3-5 million per year, though
  Congress appropriated $10 million"); else the program of the section heading it stands under
  (a short line naming one program), when its sentence names none. An amount described as a
  total (``total_words``: "total", "overall", "combined", "in all") takes only a program of
  kind 1 or 2.
- fiscal_year: "FY 2021", "FY2021", "FY21", "FY-2021", "fiscal year 2019", "fiscal year (FY)
  2019", "fiscal 2019", found here by ``fiscal_year_mentions`` (so linking does not depend on
  the date component), merged with the ``DateFact``s of kind ``fiscal_year`` in ``facts``. A
  span of years ("FY2019-2021", "FY 2019 and 2020", "FY 2018 and FY 2019") is no single year,
  and neither is an open end ("since FY 2019": ``fiscal_year_not_after``). An FY or a span that
  follows an amount closely (no clause punctuation or conjunction between them, program names
  aside, at most ten words: "$10 million in FY 2021") belongs to that amount alone; a span gives
  it none. Otherwise an amount takes the nearest unclaimed FY of its clause (before it, or after
  it and before the next amount) unless a span is nearer, else an unclaimed FY that opens the
  sentence before all its amounts ("In fiscal year 2019, ... $5,473,009 for Kazakhstan,
  $2,562,694 for ...").
- countries (ISO3, sorted): the ``CountryFact``s in ``facts``, less those that are only places
  (after "along", "across", "borders with": ``country_location_before``, with the countries
  coordinated with them). The countries named right after "for/to/in" (``country_prepositions``)
  following the amount and before the next amount ("$5,473,009 for Kazakhstan, $2,562,694 for
  the Kyrgyz Republic"), with any countries coordinated with the first ("for Kazakhstan and
  Uzbekistan"), are the amount's own. Of the countries no other amount owns: those named
  between the previous amount (or the sentence start) and the amount are its lead ("Egypt
  receives $1.3 billion, and Jordan received $425 million"); a lead wins over own countries
  reached through "in" or a purpose clause ("Vietnam received $1.5 million in IMET to train
  officers in Australia"). An amount with neither takes the unowned countries named before it
  in its sentence; else the unowned countries of its clause; else all its clause's countries
  ("$10 million in FY2021 and $12 million in FY2022 for EXBS programs in Kazakhstan": both are
  Kazakhstan's). A country in a later clause is never taken.
  The United States is the donor in this genre: USA is dropped, except when it is the only
  country the sentence names and the amount owns it ("$2 billion in the United States").
"""

from __future__ import annotations

import bisect
import csv
import dataclasses
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TypeVar

from pipeline.facts import CountryFact, DateFact, Fact, MoneyFact
from pipeline.money import money_words

PROGRAMS_PATH = Path(__file__).parent / "data" / "programs.tsv"
DONOR = "USA"
CLAIM_MAX_WORDS = 10  # an FY this close after an amount is that amount's own

_FISCAL_YEAR = re.compile(
    r"(?<![A-Za-z0-9])"
    r"(?:(?P<fy>FY|F\.Y\.)\s*['-]?\s*(?P<short>[0-9]{4}|[0-9]{2})"
    r"|(?i:fiscal(?:\s+year)?)\s+(?:\(FY\)\s*)?(?P<long>[0-9]{4}))"
    r"(?![0-9])"
    r"(?!\s*(?:-|/|(?i:to|through|thru)\s)\s*(?:FY\s*)?['-]?[0-9]{2})"
    r"(?!\s+(?i:and|or)\s+['-]?[0-9]{2})"
)
_FISCAL_YEAR_SPAN = re.compile(
    r"(?<![A-Za-z0-9])(?:FY|F\.Y\.|(?i:fiscal(?:\s+years?)?))\s*(?:\(FY\)\s*)?['-]?\s*"
    r"[0-9]{2,4}(?:\s*(?:-|/|(?i:to|through|thru)\s)\s*(?:FY\s*)?|\s+(?i:and|or)\s+)"
    r"['-]?[0-9]{2,4}(?![0-9])"
    r"|(?i:between)\s+(?:FY|(?i:fiscal(?:\s+years?)?))\s*['-]?\s*[0-9]{2,4}\s+(?i:and)\s+"
    r"(?:FY|(?i:fiscal(?:\s+year)?))?\s*['-]?\s*[0-9]{2,4}(?![0-9])"
)
_CLAIM_BLOCKERS = re.compile(r"[,;:()]|\b(?:and|or|but|while|whereas|though|although)\b", re.I)


@dataclass(frozen=True, slots=True)
class Mention:
    """A named thing in the text: a program (its acronym) or a fiscal year."""

    start: int
    end: int
    value: str


# ---------------------------------------------------------------- mentions


@cache
def _program_patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """(case-sensitive pattern, any-case pattern, lower-cased name -> acronym)."""
    exact: list[str] = []
    any_case: list[str] = []
    names: dict[str, str] = {}
    with PROGRAMS_PATH.open(encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        for row in rows:
            acronym = row["acronym"]
            for name in [acronym, row["name"], *row["aliases"].split(";")]:
                name = name.strip()
                if not name:
                    continue
                names[name.lower()] = acronym
                is_long = name != acronym and len(name.split()) >= 3
                (any_case if is_long else exact).append(name)

    def compile_(alternatives: list[str], flags: int) -> re.Pattern[str]:
        body = "|".join(re.escape(a) for a in sorted(set(alternatives), key=len, reverse=True))
        return re.compile(rf"(?<![A-Za-z0-9])(?:{body})(?![A-Za-z0-9])", flags)

    return compile_(exact, 0), compile_(any_case, re.IGNORECASE), names


def program_mentions(text: str) -> list[Mention]:
    """Every program named in ``text``, as its canonical acronym, in text order.

    >>> [m.value for m in program_mentions("Foreign Military Financing (FMF) and IMET funds")]
    ['FMF', 'FMF', 'IMET']
    >>> [m.value for m in program_mentions("support UN peacekeeping operations; PKO; FMFs")]
    ['PKO']
    """
    exact, any_case, names = _program_patterns()
    found = [Mention(m.start(), m.end(), names[m.group().lower()])
             for pattern in (any_case, exact) for m in pattern.finditer(text)]
    found.sort(key=lambda m: (m.start, -m.end))
    out: list[Mention] = []
    for m in found:  # a long name wins over an acronym or alias inside it
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


def _year(digits: str) -> int | None:
    year = int(digits)
    if len(digits) == 2:
        year += 2000 if year < 70 else 1900
    return year if 1900 <= year <= 2100 else None


def fiscal_year_mentions(text: str) -> list[Mention]:
    """Every single U.S. fiscal year named in ``text`` (the year as a string), in text order.

    >>> [(m.value, m.start) for m in fiscal_year_mentions("In FY 2021 and FY21, fiscal year 2019")]
    [('2021', 3), ('2021', 15), ('2019', 21)]
    >>> fiscal_year_mentions("FY2019-2021 and fiscal years 2019 through 2021; in 2019")
    []
    """
    spans = [m.span() for m in _FISCAL_YEAR_SPAN.finditer(text)]
    out = []
    for m in _FISCAL_YEAR.finditer(text):
        year = _year(m["short"] or m["long"])
        i = bisect.bisect_right(spans, (m.start(), len(text)))
        if i and spans[i - 1][0] <= m.start() < spans[i - 1][1]:
            continue
        if year is not None:
            out.append(Mention(m.start(), m.end(), str(year)))
    return out


def _fiscal_years(text: str, facts: Sequence[Fact]) -> list[Mention]:
    """Own FY mentions, plus the date component's fiscal years that are neither one of them
    nor part of a span of years."""
    own = fiscal_year_mentions(text)
    taken = sorted([(m.start, m.end) for m in own]
                   + [m.span() for m in _FISCAL_YEAR_SPAN.finditer(text)])
    extra = []
    for f in facts:
        if not isinstance(f, DateFact) or f.value.kind != "fiscal_year" or f.value.end is None:
            continue
        if f.value.start is not None and f.value.start.year + 1 != f.value.end.year:
            continue
        i = bisect.bisect_left(taken, (f.end, f.end))
        if not any(s < f.end and f.start < e for s, e in taken[max(0, i - 2) : i + 1]):
            extra.append(Mention(f.start, f.end, str(f.value.end.year)))
    return sorted(own + extra, key=lambda m: m.start)


# ---------------------------------------------------------------- clauses and sentences


@cache
def _clause_break() -> re.Pattern[str]:
    words = sorted(money_words()["clause_breaks"], key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"[;:]|,\s+(?:{body})\b", re.IGNORECASE)


def clauses_of(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of the sentence ``text[start:end]``, as (start, end) offsets.

    >>> s = "FMF has ranged from $3-5 million per year, though Congress gave $10 million."
    >>> [s[a:b] for a, b in clauses_of(s, 0, len(s))]
    ['FMF has ranged from $3-5 million per year', ', though Congress gave $10 million.']
    """
    cuts = [m.start() for m in _clause_break().finditer(text, start, end)]
    bounds = [start, *cuts, end]
    return [(a, b) for a, b in itertools.pairwise(bounds) if b > a]


def _sentence_of(fact: Fact, sentences: Sequence[tuple[int, int]], starts: list[int],
                 text: str) -> tuple[int, int]:
    i = bisect.bisect_right(starts, fact.start) - 1
    if i >= 0 and fact.start < sentences[i][1]:
        return sentences[i][0], max(sentences[i][1], fact.end)
    # Not inside any sentence: its line stands for it.
    lo = text.rfind("\n", 0, fact.start) + 1
    hi = text.find("\n", fact.end)
    return lo, len(text) if hi < 0 else hi


# ---------------------------------------------------------------- linking


def _within(m: Mention | CountryFact, lo: int, hi: int) -> bool:
    return lo <= m.start and m.end <= hi


def _distance(a: MoneyFact, m: Mention) -> int:
    return m.start - a.end if m.start >= a.end else max(0, a.start - m.end)


def _program(text: str, a: MoneyFact, clause: tuple[int, int], mentions: list[Mention]) -> str:
    if not mentions:
        return ""
    if len({m.value for m in mentions}) == 1:
        return mentions[0].value
    near = [m for m in mentions if _within(m, *clause)] or mentions

    def cost(m: Mention) -> tuple[bool, int, int]:
        # A conjunction or comma between them makes a mention far: "Section 1206 funds of $9
        # million and Foreign Military Financing of $4 million".
        gap = text[a.end : m.start] if m.start >= a.end else text[m.end : a.start]
        return bool(_CLAIM_BLOCKERS.search(gap)), _distance(a, m), m.start

    return min(near, key=cost).value


def _claims(text: str, a: MoneyFact, m: Mention, zone_end: int) -> bool:
    """True when FY mention ``m`` follows amount ``a`` closely enough to be its own."""
    if not (a.end <= m.start and m.end <= zone_end):
        return False
    gap = text[a.end : m.start]
    return not _CLAIM_BLOCKERS.search(gap) and len(gap.split()) <= CLAIM_MAX_WORDS


def _owned_countries(text: str, a: MoneyFact, zone_end: int,
                     countries: list[CountryFact]) -> list[CountryFact]:
    """The countries named right after a preposition that follows the amount."""
    prepositions = "|".join(re.escape(p) for p in money_words()["country_prepositions"])
    opener = re.compile(rf"(?<![A-Za-z])(?:{prepositions})\s+(?:the\s+)?$", re.IGNORECASE)
    joiner = re.compile(r"^\s*,?\s*(?:(?:and|or)\s+)?(?:the\s+)?$", re.IGNORECASE)
    owned: list[CountryFact] = []
    for c in countries:
        if not (a.end <= c.start and c.end <= zone_end):
            continue
        if owned:
            if joiner.match(text[owned[-1].end : c.start]):
                owned.append(c)
                continue
            break
        if opener.search(text[a.end : c.start]):
            owned.append(c)
    return owned


def _link_sentence(text: str, lo: int, hi: int, amounts: list[MoneyFact],
                   programs: list[Mention], years: list[Mention],
                   countries: list[CountryFact]) -> dict[MoneyFact, MoneyFact]:
    clauses = clauses_of(text, lo, hi)
    clause_of = {}
    for a in amounts:
        clause_of[a] = next(((s, e) for s, e in clauses if s <= a.start < e), (lo, hi))
    zone_end = {}
    for i, a in enumerate(amounts):
        nxt = amounts[i + 1].start if i + 1 < len(amounts) else hi
        zone_end[a] = min(nxt, clause_of[a][1])
    claimed = {a: [m for m in years if _claims(text, a, m, zone_end[a])] for a in amounts}
    claimed_any = {m for ms in claimed.values() for m in ms}
    owned = {a: _owned_countries(text, a, zone_end[a], countries) for a in amounts}
    owned_any = {id(c) for cs in owned.values() for c in cs}
    first_amount = amounts[0].start
    previous_end = {a: amounts[i - 1].end if i else lo for i, a in enumerate(amounts)}
    out = {}
    for a in amounts:
        # fiscal year
        year: Mention | None = None
        if claimed[a]:
            year = claimed[a][0]
        else:
            free = [m for m in years if m not in claimed_any and _within(m, *clause_of[a])]
            if not free:
                free = [m for m in years if m not in claimed_any and m.end <= first_amount]
            if free:
                year = min(free, key=lambda m: (_distance(a, m), -m.start))
        # countries
        if owned[a]:
            codes = {c.iso3 for c in owned[a]}
            if {c.iso3 for c in countries} != {DONOR}:
                codes.discard(DONOR)
        else:
            unowned = [c for c in countries if id(c) not in owned_any and c.iso3 != DONOR]
            lead = [c for c in unowned if previous_end[a] <= c.start and c.end <= a.start]
            codes = {c.iso3 for c in lead or unowned or countries if c.iso3 != DONOR}
        out[a] = dataclasses.replace(
            a,
            program=_program(text, a, clause_of[a], programs),
            fiscal_year=int(year.value) if year else None,
            countries=tuple(sorted(codes)),
        )
    return out


_M = TypeVar("_M", Mention, CountryFact)


def _in_sentence(mentions: list[_M], lo: int, hi: int) -> list[_M]:
    """The mentions (sorted by start) that lie within [lo, hi)."""
    first = bisect.bisect_left(mentions, lo, key=lambda m: m.start)
    last = bisect.bisect_left(mentions, hi, key=lambda m: m.start)
    return [m for m in mentions[first:last] if m.end <= hi]


def link_money(text: str, facts: list[Fact],
               sentences: Sequence[tuple[int, int]]) -> list[Fact]:
    """``facts`` with every ``MoneyFact`` replaced by one whose ``fiscal_year``, ``countries``
    and ``program`` are filled (see the module docstring); other facts unchanged, same order.

    >>> from pipeline.values import Amount
    >>> text = "In FY 2021, Congress provided $10 million in FMF to Kazakhstan."
    >>> facts = [MoneyFact(30, 41, Amount(1e7, 1e7)), CountryFact(52, 62, "KAZ", "Kazakhstan")]
    >>> linked = link_money(text, facts, [(0, len(text))])[0]
    >>> linked.fiscal_year, linked.countries, linked.program
    (2021, ('KAZ',), 'FMF')
    """
    amounts = sorted((f for f in facts if isinstance(f, MoneyFact)), key=lambda f: f.start)
    if not amounts:
        return list(facts)
    sentences = sorted(sentences)
    starts = [s for s, _ in sentences]
    programs = program_mentions(text)
    years = _fiscal_years(text, facts)
    countries = sorted((f for f in facts if isinstance(f, CountryFact)), key=lambda f: f.start)
    groups: dict[tuple[int, int], list[MoneyFact]] = {}
    for a in amounts:
        groups.setdefault(_sentence_of(a, sentences, starts, text), []).append(a)
    linked: dict[MoneyFact, MoneyFact] = {}
    for (lo, hi), group in groups.items():
        linked.update(_link_sentence(
            text, lo, hi, group,
            _in_sentence(programs, lo, hi), _in_sentence(years, lo, hi),
            _in_sentence(countries, lo, hi),
        ))
    return [linked.get(f, f) if isinstance(f, MoneyFact) else f for f in facts]
