"""Link each amount of money to its program, fiscal year and the countries it is about.

Scope: an amount is linked only to mentions in its own sentence (``sentences``), and for the
program to the section heading it stands under; within the sentence, clauses are cut at ";",
":" and at ", though" / ", but" / ", while" ... (the ``clause_breaks`` of
``data/money_words.json``; the other word lists named below are there too).

- program: the security-assistance programs of ``data/programs.tsv`` (wider than the eight of
  tests/gold/README.md: "$4 million in INCLE funds" is INCLE's). An amount gets a program only when
  the text attaches it to that amount; naming a program somewhere in the sentence is not enough
  ("$230 million in security assistance, including NADR-funded demining" has none). Attached, in
  this order of preference, within the amount's clause and with no other amount, no
  ``program_blockers`` word ("including", "alongside", "as well as" ...) and no ", and" / ", or" /
  ", but" between them (a comma-set aside that such a word opens and that names no program is
  skipped: "$X in radios, including handsets, through FMF"; a name and its parenthesised acronym,
  "Foreign Military Financing (FMF)", are one mention): 1. a program right after the amount, after
  a short link or none ("$X in FMF", "$X under Section 333", "$X a year in FY 2022 Foreign Military
  Financing", "a $X FMS case"); 2. a program right before it ("FMF of $X", "FMF totaling $X", "FMF
  to Jordan has exceeded $X"); 3. a program further after it, behind one of the
  ``program_links_after`` ("valued at $X ... through a combination of national funds and FMF"); 4.
  a program further before it, not attached to an earlier amount ("84 open FMS cases valued at $X",
  "Under FMS, Morocco has purchased F-16s worth $X"; a list label that is only a program's
  name counts as such: "- Section 333: DoD notified $X"). A program coordinated with another ("$X in
  FMF and IMET") gives none. An amount with none of its own takes the program of the amount it is
  listed with ("$10 million in FY2021 and $12 million in FY2022 for EXBS"; "from $2 million in FY
  2019 to $3 million"); else the sentence's topic program (named in an opening phrase, "Under
  Section 333, ...", or attached before the sentence's first amount), when no other program or
  country comes between ("FMF has ranged from $3-5 million per year, though Congress appropriated
  $10 million"); else the program a relative clause is about ("IMET, which provides $1.5 million");
  else the one program of the sentence's earlier clauses (cut at ";", ", and", ", but" ...) when
  the amount's clause names no other country, no "also" and no description of its own ("$1 million
  in IMET funds trains Chilean officers; Chile received $950,000 in FY 2020"), or
  says the same of another country with nothing after the amount ("$40 billion in open FMS
  cases, and Peru has $7 billion"); else, for a part of
  a whole ("$90 million in FMF, including $4 million", "..., of which $12 million", "... . Of that,
  $12 million", "$5 million of that amount": ``part_markers_after``, "$2 billion in cases,
  including six jets valued at $300 million": ``part_item_values``), its whole's program; else the
  value of a sale (``sale_value_openers`` right before a U.S.-dollar amount: "valued at", "an
  estimated total value of") in a sentence whose one program is a sales program
  (``sale_programs``: FMS), that program's ("These FMS cases include 25 F-16s at a value of $X
  and 18 HIMARS valued at $Y"); else the
  program of the section heading it stands under (a short line naming one program, when the
  sentence names no other and the amount's clause none, and the amount is no whole whose part names
  the program: "Foreign Military Financing ... Ghana received $9 million in FMF, while Senegal
  obtained $6 million"; one naming several, "Foreign Military Financing and Sales", when the
  sentence names no other and picks one by name, by the heading's word, "sales", or by the
  sentence before naming one of them). The topic program is also the program that opens the
  sentence as the subject of a relative clause ("FMF for X, which ranged ..., rose to $X";
  a country owned by the amount before does not block it). An amount
  described as a total (``total_words``: "total", "overall", "combined", "in all"; not the verb
  "totals", nor the worth of things, "a combined value of": ``total_value_nouns``) takes only a
  program of kind 1 or 2 in its sentence ("$X a year combined through FMS" is kind 1), and the
  heading's unless the sentence opens with such a word ("Overall, ...").
- fiscal_year: "FY 2021", "FY2021", "FY21", "FY-2021", "fiscal year 2019", "fiscal year (FY) 2019",
  "fiscal 2019", found here by ``fiscal_year_mentions`` (so linking does not depend on the date
  component), merged with the ``DateFact``s of kind ``fiscal_year`` in ``facts``. A span of years
  ("FY2019-2021", "FY 2019 and 2020", "FY 2018 and FY 2019") is no single year, and neither is an
  open end ("since FY 2019": ``fiscal_year_not_after``). An FY or a span that follows an amount
  closely (no clause punctuation or conjunction between them, program names aside, at most ten
  words: "$10 million in FY 2021") belongs to that amount alone; a span gives it none, and so
  does a year the amount is a difference from ("$200,000 below the FY 2023 estimate":
  ``difference_words``). Otherwise an
  amount takes the nearest unclaimed FY of its clause (before it, or after it and before the next
  amount) unless a span is nearer, else an unclaimed FY that opens the sentence before all its
  amounts ("In fiscal year 2019, ... $5,473,009 for Kazakhstan, $2,562,694 for ..."). A part with no
  FY of its own after it takes its whole's (none when the whole is over several years). An
  amount a year, or over several years ("over 20 years"), takes only an FY it claims.
- countries (ISO3, sorted): in a document about one partner (``agreements.document_subject``: its
  title names one state, "U.S. Security Cooperation With Botswana"), an amount whose sentence names
  no other state and no group or region (``subject_country_blockers``) and that gets no country
  below is for that partner. Otherwise the ``CountryFact``s in ``facts``, less those that are only
  places (after "along", "across", "borders with": ``country_location_before``, with the countries
  coordinated with them; "the Chinese border", "the Uzbek-Afghan border"; a country in a
  relative clause about another, "Algeria, which buys arms from Russia, ..."), and less a state
  that gives to the next one named ("Finland has sent Ukraine", "Norway's programme for
  Ukraine": the amounts after it are the recipient's). The countries named right after
  "for/to/in" (``country_prepositions``)
  following the amount and before the next amount ("$5,473,009 for Kazakhstan, $2,562,694 for the
  Kyrgyz Republic"), with any countries coordinated with the first ("for Kazakhstan and
  Uzbekistan"), are the amount's own. Of the countries no other amount owns: those named between
  the previous amount (or the sentence start) and the amount are its lead, only those after the
  last ";", ":", ", and", ", while" ... before it (not one inside a list of countries) when there
  are any ("Egypt receives $1.3 billion, and Jordan received $425 million"; "A, B and C signed an
  accord; A will spend $X"); a lead wins over own countries reached through "in" or a purpose
  clause ("Vietnam received $1.5 million in IMET to train officers in Australia"). An amount with
  neither takes the unowned countries named before it in that part of its sentence, else in its
  sentence; else the unowned countries of its clause; else all its clause's countries ("$10 million
  in FY2021 and $12 million in FY2022 for EXBS programs in Kazakhstan": both are Kazakhstan's);
  else the countries of the relative clause right after its clause that says what the money does
  (``country_relative_verbs``: "$60 million for a maritime program, which funds radars in Senegal
  and Ghana"). No other country in a later clause is taken. A country reached through a destination
  (``country_destination_before``: "for rotations to Lebanon") is a weak own one too, and a pronoun
  subject before the amount ("It received ...") that stands for the previous sentence's subject
  (below) is then its lead. Countries listed in an "including ... from" phrase after the own ones
  are own too ("to Somalia, including support for troops from Uganda and Kenya"). A part with no
  countries of its own (or only a weak one: "of which $2 million supported troops serving in
  Lebanon") or before it takes its whole's. An amount whose own country is only the U.S. is the
  payer's ("Colombia spent $45 million on a hangar for U.S. aircraft"). A sentence that names no
  country but the U.S. continues the country of the previous sentence of its paragraph when that
  one names exactly one as its subject and this one opens with a pronoun ("It", "The country") or
  is about cases, purchases, loans or assistance (``previous_country_topics``); a previous sentence
  that names no country and is itself such a continuation passes its own previous subject on (up to
  ``SUBJECT_CHAIN_MAX`` sentences). Before that, a reference to a number of countries ("the three
  states", "both sides", "all three,": ``country_group_numbers``, ``country_group_nouns``) stands
  for the countries of the nearest earlier sentences of its paragraph, when together they name
  exactly that many (the U.S. counted or not). The United States is the donor in this genre: USA is
  dropped, except when it is the only country the sentence names and the amount owns it ("$2
  billion in the United States"). An amount still with no country under a section heading that
  is one country's name ("Benin", then "- FMF: $8 million") is that country's, when its sentence
  names no other state, group or region.
"""

from __future__ import annotations

import bisect
import csv
import dataclasses
import itertools
import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TypeVar

from pipeline.agreements import capital_mentions, document_subject
from pipeline.cross_references import outside_cross_references
from pipeline.facts import CountryFact, DateFact, Fact, MoneyFact
from pipeline.link_claims import names_part_before_total, phrase_alternation
from pipeline.money import money_words
from pipeline.sections import (
    HEADING_NUMBER,
    TableCell,
    heading_spans,
    is_list_item,
    lines_with_offsets,
    run_in_label,
    table_cells,
)
from pipeline.trie_regex import literal_trie

PROGRAMS_PATH = Path(__file__).parent / "data" / "programs.tsv"
DONOR = "USA"
CLAIM_MAX_WORDS = 10  # an FY this close after an amount is that amount's own
SUBJECT_CHAIN_MAX = 3  # sentences back a continued subject is looked for
GROUP_LOOKBACK = 3  # sentences back "the three states" looks for the three

# Each pattern opens with the letters a match can start with (none but these match f or b in
# any case): re tests that at every position faster than the rest.
_FISCAL_YEAR = re.compile(
    r"(?=[Ff])(?<![A-Za-z0-9])"
    r"(?:(?P<fy>FY|F\.Y\.)\s*['-]?\s*(?P<short>[0-9]{4}|[0-9]{2})"
    r"|(?i:fiscal(?:\s+year)?)\s+(?:\(FY\)\s*)?(?P<long>[0-9]{4}))"
    r"(?![0-9])"
    r"(?!\s*(?:-|/|(?i:to|through|thru)\s)\s*(?:FY\s*|(?i:fiscal\s+year)\s+)?['-]?[0-9]{2})"
    r"(?!\s+(?i:and|or)\s+(?:FY\s*|(?i:fiscal\s+year)\s+)?['-]?[0-9]{2})"
)
_FISCAL_YEAR_SPAN = re.compile(
    r"(?=[FfBb])(?:"
    r"(?<![A-Za-z0-9])(?:FY|F\.Y\.|(?i:fiscal(?:\s+years?)?))\s*(?:\(FY\)\s*)?['-]?\s*"
    r"[0-9]{2,4}(?:\s*(?:-|/|(?i:to|through|thru)\s)\s*|\s+(?i:and|or)\s+)"
    r"(?:FY\s*|(?i:fiscal\s+year)\s+)?"
    r"['-]?[0-9]{2,4}(?![0-9])"
    r"|(?i:between)\s+(?:FY|(?i:fiscal(?:\s+years?)?))\s*['-]?\s*[0-9]{2,4}\s+(?i:and)\s+"
    r"(?:FY|(?i:fiscal(?:\s+year)?))?\s*['-]?\s*[0-9]{2,4}(?![0-9])"
    r")"
)
_SEVERAL_YEARS = re.compile(  # "$7 billion over 20 years", "up to $4 million available over five"
    r"\s*(?:[A-Za-z]+\s+){0,2}?(?:over|across|during|for)\s+(?:the\s+(?:next|past|last|"
    r"following)\s+)?(?:[0-9]+|[a-z]+(?:-[a-z]+)?)\s+(?:fiscal\s+)?years\b", re.IGNORECASE)
_CLAIM_BLOCKERS = re.compile(r"[,;:()|]|\b(?:and|or|but|while|whereas|though|although)\b", re.I)
# a fiscal year's label before its amount: "FY 2024 Actual: $6.9 million", "FY 2025: $7 million"
_LABEL_WORDS = r"(?:[ \t\u00a0]+\(?[A-Za-z][A-Za-z'\u2019]*\)?){0,3}[ \t\u00a0]*:[ \t\u00a0]*"
@cache
def _yearly_later() -> re.Pattern[str]:
    """A yearly rate later in the amount's clause, with no other amount, sentence end or number
    between ("the $21 million the United States previously provided each year", "exports of
    $90-120 million in a typical year"); not an offset (``periods_after_not_followed_by``: "a
    year earlier")."""
    offsets = phrase_alternation(money_words()["periods_after_not_followed_by"])
    # (not past a comma-"and" that opens a clause of its own: ", and Chilean officers now
    # attend courses every year")
    return re.compile(r"(?:(?!,[ \u00a0]+(?:and|but)[ \u00a0]+(?:[A-Z]|(?:the|its|their)\b))"
                      r"[^.;:$\d\n]){0,140}?"
                      r"(?:\b(?:each|every|per)[ \u00a0]+year\b|"
                      r"\bin[ \u00a0]+an?[ \u00a0]+(?:typical|normal|average|given)"
                      r"[ \u00a0]+year\b|"
                      # "a year", not a length ("spent over a year", "within a year")
                      r"(?<!over )(?<!within )(?<!in )(?<!for )(?<!than )(?<!after )"
                      r"(?<!about )(?<!under )\ba[ \u00a0]+year\b)"
                      r"(?![ \u00a0]+(?:" + offsets + r")\b)")


# "Each year, approximately $500,000 in IMET funds ...": a yearly rate opening its clause
_YEARLY_BEFORE = re.compile(r"(?:^|[.;:\n][ \u00a0]*)(?:(?:In|in)[ \u00a0]+)?"
                            r"(?:Each|Every|each|every)[ \u00a0]+"
                            r"(?:year\b|of[ \u00a0]+(?:those|these|the)[ \u00a0]+"
                            r"(?:\w+[ \u00a0]+)?years\b)[^.;:$\d\n]{0,80}$")
# "from $60 million to $35 million a year": the second amount's period is the first's too
_FROM_TO_GAP = r"[ \t\u00a0]+to[ \t\u00a0]+"


@dataclass(frozen=True, slots=True)
class Mention:
    """A named thing in the text: a program (its acronym) or a fiscal year."""

    start: int
    end: int
    value: str


# ---------------------------------------------------------------- mentions


@cache
def _program_names() -> tuple[list[str], list[str], dict[str, str]]:
    """(case-sensitive names, any-case names, lower-cased name -> acronym)."""
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
    return exact, any_case, names


@cache
def _program_patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """(case-sensitive pattern, any-case pattern, lower-cased name -> acronym): each names as
    whole words, as tries (``literal_trie``). In the case-sensitive one the test that no letter
    or digit comes before follows the first letter, so that re only tries the positions of a
    first letter."""
    exact, any_case, names = _program_names()
    exact_body = literal_trie(exact, after_first="(?<![A-Za-z0-9]{first})")
    any_case_body = literal_trie({name.lower() for name in any_case})  # any case: lower-cased
    return (re.compile(rf"{exact_body}(?![A-Za-z0-9])"),
            re.compile(rf"(?<![A-Za-z0-9]){any_case_body}(?![A-Za-z0-9])", re.IGNORECASE),
            names)


@lru_cache(maxsize=1 << 14)  # a pure function of the text; headings and sentences repeat
def program_mentions(text: str) -> tuple[Mention, ...]:
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
    return tuple(out)


_OPEN_PAREN = re.compile(r"\s*\(\s*")
_CLOSE_PAREN = re.compile(r"\s*\)")


def _with_acronyms(text: str, programs: Sequence[Mention]) -> list[Mention]:
    """``programs`` with a name and the parenthesised acronym right after it ("Foreign Military
    Financing (FMF)") made one mention, so that the acronym is not a second, nearer one."""
    out: list[Mention] = []
    for m in programs:
        opened = out and out[-1].value == m.value and _OPEN_PAREN.fullmatch(
            text, out[-1].end, m.start)
        if opened:
            close = _CLOSE_PAREN.match(text, m.end)
            if close:
                out[-1] = Mention(out[-1].start, close.end(), m.value)
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

    >>> [(m.value, m.start) for m in fiscal_year_mentions("In FY 2021; FY21, fiscal year 2019")]
    [('2021', 3), ('2021', 12), ('2019', 18)]
    >>> fiscal_year_mentions("FY2019-2021 and fiscal years 2019 through 2021; in 2019")
    []
    >>> fiscal_year_mentions("FY 2018 and FY 2019 combined; a year since FY 2019")
    []
    """
    spans = list(_fiscal_year_span_bounds(text))
    out = []
    for m in _FISCAL_YEAR.finditer(text):
        year = _year(m["short"] or m["long"])
        i = bisect.bisect_right(spans, (m.start(), len(text)))
        if i and spans[i - 1][0] <= m.start() < spans[i - 1][1]:
            continue
        if year is not None and not _open_end(text, m.start()):
            out.append(Mention(m.start(), m.end(), str(year)))
    return out


def fiscal_year_spans(text: str) -> list[Mention]:
    """Every span of several fiscal years named in ``text`` (value ``""``), in text order.

    >>> [m.start for m in fiscal_year_spans("$3 million between FY 2018 and FY 2020")]
    [11]
    """
    return [Mention(start, end, "") for start, end in _fiscal_year_span_bounds(text)]


@lru_cache(maxsize=4)  # a document's text is scanned by three of its steps
def _fiscal_year_span_bounds(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every ``_FISCAL_YEAR_SPAN`` match in ``text``, in text order."""
    return tuple(m.span() for m in _FISCAL_YEAR_SPAN.finditer(text))


@cache
def _open_end_pattern() -> re.Pattern[str]:
    words = sorted(money_words()["fiscal_year_not_after"], key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<![A-Za-z])(?:{body})\s+(?:the\s+)?$", re.IGNORECASE)


def _open_end(text: str, start: int) -> bool:
    """True when the fiscal year at ``start`` is an open end ("since FY 2019")."""
    return _open_end_pattern().search(text, max(0, start - 30), start) is not None


def _fiscal_years(text: str, facts: Sequence[Fact]) -> list[Mention]:
    """Own FY mentions, plus the date component's fiscal years that are neither one of them
    nor part of a span of years."""
    own = fiscal_year_mentions(text)
    taken = sorted([(m.start, m.end) for m in own]
                   + list(_fiscal_year_span_bounds(text)))
    extra = []
    for f in facts:
        if not isinstance(f, DateFact) or f.value.kind != "fiscal_year" or f.value.end is None:
            continue
        if f.value.start is not None and f.value.start.year + 1 != f.value.end.year:
            continue
        i = bisect.bisect_left(taken, (f.end, f.end))
        if _open_end(text, f.start):
            continue
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


# ---------------------------------------------------------------- words


@cache
def _phrase_alternatives(key: str, before: str = "", after: str = "") -> str:
    """The phrases of the ``money_words()[key]`` list as one regex alternation (longest
    first), between ``before`` and ``after``."""
    return f"{before}{phrase_alternation(money_words()[key])}{after}"




@cache
def _phrase_pattern(key: str, *, before: str = "", after: str = "") -> re.Pattern[str]:
    """Any phrase of the ``money_words()[key]`` list, as whole words, any case."""
    body = _phrase_alternatives(key)
    return re.compile(rf"{before}(?<![A-Za-z])(?:{body})(?![A-Za-z]){after}", re.IGNORECASE)


_PERIOD_WORDS = r"(?:(?:(?:a|per|each|every)\s+year|annually|yearly|per\s+annum)\s+)?"
_COORDINATION = re.compile(r",\s*(?:and|or|but|then)\b|;", re.IGNORECASE)
_TOTAL_AFTER_HEAD = re.compile(r"\s*" + _PERIOD_WORDS + r"(?:in\s+)?(?:\w+\s+)?", re.IGNORECASE)
_IN_ALL_END = re.compile(r"\s*(?:[.,;:)]|$)")
_LIST_COMMA = re.compile(r"^\s*[,/&]\s*$")
_OPENING_PHRASE_END = re.compile(r"\s*(?:\w+\s*){0,2},")
_WHICH = re.compile(r",\s*which\b", re.IGNORECASE)
_YEAR_OR_NUMBER = re.compile(r"(?:fiscal|FY|F\.Y\.|[0-9])")
_COUNTRY_JOINER = re.compile(r"^\s*,?\s*(?:(?:and|or)\s+)?(?:the\s+)?$", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z0-9$'’.-]*[A-Za-z0-9]")
_ACRONYM_IN_PARENS = re.compile(r"\(\s*[A-Z][A-Za-z0-9&.-]{1,11}\s*\)")


def _n_words(gap: str) -> int:
    return len(_WORD.findall(gap))


def _first_word(gap: str) -> str:
    found = _WORD.search(gap)
    return found.group().lower() if found else ""


# ---------------------------------------------------------------- linking


def _within(m: Mention | CountryFact, lo: int, hi: int) -> bool:
    return lo <= m.start and m.end <= hi


def _distance(a: MoneyFact, m: Mention) -> int:
    return m.start - a.end if m.start >= a.end else max(0, a.start - m.end)


def _masked(text: str, programs: list[Mention]) -> str:
    """``text`` with every program name made one word ("PPP") and every parenthesised acronym
    blanked, same length: gaps between an amount and a mention read as plain words."""
    if all(a.end <= b.start for a, b in itertools.pairwise(programs)):
        # in order and apart, as ``program_mentions`` and ``_with_acronyms`` give them
        pieces: list[str] = []
        last = 0
        for m in programs:
            pieces += [text[last : m.start], "P" * (m.end - m.start)]
            last = m.end
        out = "".join(pieces) + text[last:]
    else:
        chars = list(text)
        for m in programs:
            chars[m.start : m.end] = "P" * (m.end - m.start)
        out = "".join(chars)
    return _ACRONYM_IN_PARENS.sub(lambda g: " " * len(g.group()), out)


def _is_total(text: str, a: MoneyFact, clause_start: int,
              programs: list[Mention]) -> bool:
    """True when the words around amount ``a`` call it a total ("a total of $X", "$X in
    total assistance", "overall, $X", "$X in all")."""
    total = _phrase_pattern("total_words")
    value_of = _phrase_pattern("total_value_nouns", before=r"^\s+")
    before_lo = max(clause_start, a.start - 80)
    before = list(total.finditer(text, before_lo, a.start))
    if before:
        last = before[-1]
        gap = text[last.end() : a.start]
        if value_of.match(gap):  # "a combined value of $X": the worth of things, not a sum
            return False
        if _n_words(gap) <= 8 and not any(last.end() <= m.start < a.start for m in programs):
            return True
    after = text[a.end : a.end + 40]
    head = _TOTAL_AFTER_HEAD.match(after)
    window = after[: head.end() if head else 0] + after[head.end() if head else 0 :][:12]
    found = total.search(window)
    if found is None:
        return False
    if found.group().lower() == "in all":
        return _IN_ALL_END.match(window, found.end()) is not None
    return True


def _in_program_list(masked: str, m: Mention, programs: list[Mention]) -> bool:
    """True when ``m`` is coordinated with a different program ("FMF and IMET")."""
    joiners = _phrase_pattern("program_list_joiners", before=r"^\s*", after=r"\s*$")
    comma = _LIST_COMMA
    for other in programs:
        if other.value == m.value:
            continue
        lo, hi = (other.end, m.start) if other.end <= m.start else (m.end, other.start)
        if lo <= hi and _n_words(masked[lo:hi]) <= 3 and (
                joiners.search(masked[lo:hi]) or comma.match(masked[lo:hi])):
            return True
    return False


# a list label that is only a program's name ("- Section 333:"), in ``_masked``
_PROGRAM_LABEL = re.compile(r"\s*(?:[\u2022\u25aa\u25e6*\u2013\u2014-]\s*)?P{3,}\s*")
_PROGRAM_WORD = re.compile(r"(?<![A-Za-z])P{3,}(?![A-Za-z])")  # a program name in ``_masked``


def _blank_asides(gap: str) -> str:
    """``gap`` with every comma-set aside opened by a ``program_blockers`` phrase that names no
    program (", including radios and trucks,") blanked, same length."""
    aside = _phrase_pattern("program_blockers", before=r",\s*", after=r"[^,;:]*,")
    return aside.sub(lambda g: g.group() if _PROGRAM_WORD.search(g.group())
                     else " " * len(g.group()), gap)


def _attachment(text: str, masked: str, a: MoneyFact, m: Mention, clause: tuple[int, int],
                amounts: list[MoneyFact]) -> int | None:
    """How closely program mention ``m`` is attached to amount ``a``: 0 right after it, 1 right
    before it, 2 further after, 3 further before; None when it is not attached."""
    if not _within(m, *clause):
        return None
    after = m.start >= a.end
    lo, hi = (a.end, m.start) if after else (m.end, a.start)
    if any(lo < b.start < hi for b in amounts if b is not a):
        return None
    gap = masked[lo:hi]
    if after:  # "$X in equipment, including radios and trucks, through FMF"
        gap = _blank_asides(gap)
    if _COORDINATION.search(gap) or _phrase_pattern("program_blockers").search(gap):
        return None
    n = _n_words(gap)
    if after:  # "$X in FMF", "$X a year combined through FMS"
        tight = _phrase_pattern("program_tight_after",
                                before=r"^\s*" + _PERIOD_WORDS + _phrase_alternatives(
                                    "total_words", r"(?:(?<![A-Za-z])(?:", r")\s+)?"))
        if n <= 4 and "," not in gap and tight.search(gap):
            return 0
        if not gap.strip():  # "a $414 million FMS purchase": the program modifies the noun
            return 0
        links = _phrase_pattern("program_links_after")
        return 2 if n <= 16 and links.search(gap) else None
    if n <= 4:
        return 1
    return 3 if n <= 16 else None


def _opening_program(text: str, masked: str, lo: int, clause: tuple[int, int],
                     programs: list[Mention]) -> Mention | None:
    """The program named in the sentence's opening phrase ("Under Section 333, ...",
    "In FY 2019, through the FMS program, ...")."""
    links = _phrase_pattern("program_opening_links")
    for m in programs:
        if not _within(m, *clause):
            break
        head = masked[lo : m.start]
        opener = list(links.finditer(head))
        if not opener or _n_words(head[opener[-1].end() :]) > 1:
            continue
        if _n_words(head[: opener[-1].start()].split(",")[-1]) > 0:
            continue  # the link word must open the sentence or a comma-set phrase
        rest = masked[m.end : clause[1]]
        if _OPENING_PHRASE_END.match(rest):
            return m
    return None


def _programs_of(text: str, masked: str, span: tuple[int, int], amounts: list[MoneyFact],
                 programs: list[Mention], clauses: list[tuple[int, int]],
                 clause_of: dict[int, tuple[int, int]],
                 countries: list[CountryFact], heading: str,
                 parts: dict[int, MoneyFact],
                 owned: dict[int, list[CountryFact]] | None = None,
                 previous_programs: frozenset[str] = frozenset()) -> dict[int, str]:
    """The program of each amount (by ``id``), see the module docstring; ``owned``: the
    countries each amount owns ("$1 million for Ghana"), ``previous_programs``: those the
    sentence before names, in the same paragraph."""
    lo, hi = span
    reach = dict(clause_of)
    for a in amounts:  # "FMF for Georgia: $5 million"
        c_lo, c_hi = clause_of[id(a)]
        i = clauses.index((c_lo, c_hi)) if (c_lo, c_hi) in clauses else 0
        if i and masked[c_lo] == ":" and _n_words(_qualifier_words().sub(
                " ", masked[c_lo : a.start])) == 0:  # "• FMS: about $128 million"
            reach[id(a)] = (clauses[i - 1][0], c_hi)
        elif i == 1 and masked[c_lo] == ":" and _PROGRAM_LABEL.fullmatch(
                masked, clauses[0][0], c_lo):  # "- Section 333: DoD notified $9 million"
            reach[id(a)] = (clauses[0][0], c_hi)
    own: dict[int, tuple[int, Mention] | None] = {}
    used_after: set[int] = set()  # ids of mentions
    for a in amounts:  # text order: a program right after an amount is not a later one's
        ranked = []
        reach_a = reach[id(a)]
        for m in programs:
            rank = _attachment(text, masked, a, m, reach_a, amounts)
            if rank is None or (rank in (1, 3) and id(m) in used_after):
                continue
            ranked.append((rank, _distance(a, m), m.start, m))
        own[id(a)] = None
        if ranked:
            rank, _, _, m = min(ranked)
            own[id(a)] = (rank, m)
            if rank in (0, 2):
                used_after.add(id(m))
    totals: dict[int, bool] = {}  # by id: _is_total, asked only of the amounts it decides

    def is_total(a: MoneyFact) -> bool:
        if id(a) not in totals:
            totals[id(a)] = _is_total(text, a, clause_of[id(a)][0], programs)
        return totals[id(a)]

    out: dict[int, str] = {}
    for a in amounts:
        found = own[id(a)]
        if (found is None or (found[0] > 1 and is_total(a))
                or _in_program_list(masked, found[1], programs)):
            out[id(a)] = ""
        else:
            out[id(a)] = found[1].value
    # an amount compared with the one before it ("$10 million in FMF, up from $2.4 million")
    compared = _compared(masked, amounts)
    for key, before in compared.items():
        if own[key] is None and out[id(before)]:
            out[key] = out[id(before)]
    # an amount listed with others ("$10 million in FY2021 and $12 million in FY2022 for EXBS")
    for group in _amount_lists(masked, amounts, clause_of):
        values = {out[id(a)] for a in group if own[id(a)] is not None and out[id(a)]}
        if len(values) == 1:
            value = values.pop()
            for a in group:
                if own[id(a)] is None and not is_total(a) and id(a) not in compared:
                    out[id(a)] = value
    # the sentence's topic program, for the amounts without one of their own (when there are
    # none, it is not looked for: it goes to no other)
    topic = None
    if any(own[id(a)] is None and not out[id(a)] for a in amounts):
        topic = _topic_program(text, masked, lo, amounts, own, out, clause_of, programs)
    previous_end, previous_key = lo, 0
    for a in amounts:
        clause = clause_of[id(a)]
        if own[id(a)] is None and not out[id(a)] and not is_total(a) and topic is not None \
                and topic.end <= a.start:
            others = [m for m in programs if _within(m, *clause) and m.value != topic.value]
            between = [m for m in programs if topic.end <= m.start < a.start
                       and m.value != topic.value]
            before_owns = {id(c) for c in (owned or {}).get(previous_key, [])}
            segment = [c for c in countries if previous_end <= c.start < a.start
                       and id(c) not in before_owns]  # "$1.1 million for Peru and has ..."
            if not others and not between and (not segment or a is amounts[0]):
                out[id(a)] = topic.value
        previous_end, previous_key = a.end, id(a)
    # a relative clause about a program ("through IMET, which provides $1.5 million a year")
    for a in amounts:
        if not out[id(a)] and own[id(a)] is None and not is_total(a):
            out[id(a)] = _relative_clause_program(masked, a, clause_of[id(a)], amounts, programs)
    # a program of an earlier clause, when the amount's clause turns to no other country
    for a in amounts:
        if not out[id(a)] and own[id(a)] is None and not is_total(a) and id(a) not in parts:
            out[id(a)] = _carried_program(masked, lo, a, amounts, programs, countries)
    # a part takes its whole's ("$90 million in FMF, including $4 million in FY2019")
    for a in amounts:
        if id(a) in parts and own[id(a)] is None and not out[id(a)]:
            out[id(a)] = out[id(parts[id(a)])]
    # the value of a sale in a sentence about that sales program and no other ("These FMS
    # cases include 25 F-16s at a value of $3.8 billion and 18 HIMARS valued at $524 million"),
    # in the program's currency (not "a frigate program valued at about €4.3 billion")
    named = {m.value for m in programs}
    if len(named) == 1 and named <= set(money_words()["sale_programs"]):
        for a in amounts:
            if (not out[id(a)] and a.amount.currency == "USD"
                    and _sale_value_before().search(masked, lo, a.start)):
                out[id(a)] = next(iter(named))
    # the section heading
    cues = heading_programs(heading)
    summary = _phrase_pattern("total_words", before=r"^\s*", after=r"\s*,").search(text[lo:hi])
    wholes = {id(w) for w in parts.values()} if programs else set()
    if len(cues) == 1 and named <= set(cues):
        for a in amounts:
            if (not out[id(a)] and not (is_total(a) and summary) and id(a) not in wholes
                    and not any(_within(m, *clause_of[id(a)]) for m in programs)):
                out[id(a)] = next(iter(cues))
    elif len(cues) > 1 and named <= set(cues):
        sentence = text[lo:hi]
        picked = {p for p, cue in cues.items()
                  if p in named or (cue and _cue_pattern(cue).search(sentence))}
        if not picked:  # the sentence before names one of them: "FMF ... . Allocations ..."
            picked = set(cues) & previous_programs
        if len(picked) == 1:
            value = picked.pop()
            for a in amounts:
                if not out[id(a)] and not (is_total(a) and summary):
                    out[id(a)] = value
    return out


def _topic_program(text: str, masked: str, lo: int, amounts: list[MoneyFact],
                   own: dict[int, tuple[int, Mention] | None], out: dict[int, str],
                   clause_of: dict[int, tuple[int, int]], programs: list[Mention]
                   ) -> Mention | None:
    """The sentence's topic program (``_programs_of``): the one its opening phrase names, else
    the first amount's own program before it, else a program that opens the sentence and its
    relative clause speaks of."""
    first_clause = clause_of[id(amounts[0])]
    topic = _opening_program(text, masked, lo, first_clause, programs)
    first = own[id(amounts[0])]
    if topic is None and first is not None and first[0] in (1, 3) and out[id(amounts[0])]:
        topic = first[1]
    if (topic is None and first is None and programs
            and _n_words(masked[lo : programs[0].start]) == 0
            and _relative_clause_program(masked, amounts[0], first_clause, amounts, programs)
            == programs[0].value):  # "FMF for the region, which ranged ..., rose to $X"
        topic = programs[0]
    return topic


_SEGMENT_BREAK = re.compile(
    r"[;:]|,\s*(?:and|or|but|then|while|though|although|whereas|yet)\b", re.IGNORECASE)


def _relative_clause_program(masked: str, a: MoneyFact, clause: tuple[int, int],
                             amounts: list[MoneyFact], programs: list[Mention]) -> str:
    """The program a relative clause is about, when the amount is the clause's first: "through
    International Military Education and Training (IMET), which provides $1.5 million", "Section
    333 funding, which has ranged between $10 million and $15 million", "FMF grants to Chile,
    which ..." (the program, a ``program_head_nouns`` word, a named recipient)."""
    c_lo, _ = clause
    if not _WHICH.match(masked[c_lo : a.start]):
        return ""
    if any(c_lo <= b.start < a.start for b in amounts) or any(
            c_lo <= m.start < a.start for m in programs):
        return ""
    before = [m for m in programs if m.end <= c_lo]
    if not before:
        return ""
    m = before[-1]
    heads = _phrase_pattern("program_head_nouns", before=r"^\s*(?:",
                            after=r")?(?:\s+(?:to|for|in|with)\s+(?:the\s+)?"
                                  r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?\s*$")
    if heads.match(masked[m.end : c_lo]) is None or _in_program_list(masked, m, programs):
        return ""
    return m.value


def _carried_program(masked: str, lo: int, a: MoneyFact, amounts: list[MoneyFact],
                     programs: list[Mention], countries: list[CountryFact]) -> str:
    """The one program named in the sentence's earlier clauses (cut at ";", ", and", ", but"
    ...), when the amount's own clause names none, adds no ``program_carry_blockers`` word
    ("also", "additional") and no country those clauses do not name, and the amount is not
    described otherwise ("$16 million in training": ``program_carry_descriptor_links``).
    "About $1 million a year in IMET funds trains Chilean officers; Chile received $950,000
    in FY 2020": IMET."""
    cuts = [m.start() for m in _SEGMENT_BREAK.finditer(masked, lo, a.start)]
    if not cuts:
        return ""
    seg_lo = cuts[-1]
    later = [b.start for b in amounts if b.start > a.start]
    seg_hi = min([*later, *[m.start() for m in _SEGMENT_BREAK.finditer(masked, a.end)],
                  len(masked)])
    if any(seg_lo <= m.start < seg_hi for m in programs):
        return ""
    before = [m for m in programs if m.end <= seg_lo]
    if len({m.value for m in before}) != 1 or _in_program_list(masked, before[-1], programs):
        return ""
    gap = masked[seg_lo : a.start]
    descriptor = _phrase_pattern("program_carry_descriptor_links",
                                 before=r"^\s*" + _PERIOD_WORDS, after=r"\s+(?:the\s+)?")
    after = masked[a.end : seg_hi]
    described = descriptor.match(after)
    if described and not _YEAR_OR_NUMBER.match(after, described.end()):
        return ""  # "$16 million in training and equipment": what it is, is said
    if (_phrase_pattern("program_carry_blockers").search(gap)
            or _phrase_pattern("program_blockers").search(gap)):
        return ""
    here = {c.iso3 for c in countries if seg_lo <= c.start < seg_hi} - {DONOR}
    earlier = {c.iso3 for c in countries if lo <= c.start < seg_lo} - {DONOR}
    # "Chile has $4 billion in open FMS cases, and Peru has $2 billion": the same thing said
    # of another country ("has"), with nothing after the amount but "since <year>"
    parallel = (_BARE_AFTER.match(after) is not None and _n_words(gap) <= 6
                and _HOLDS.search(gap) is not None  # "Jordan received $425 million": none
                and not any(seg_lo <= b.start < a.start for b in amounts)
                and any(b.end <= seg_lo and _carries_program(masked, b, before[-1])
                        for b in amounts))
    return before[-1].value if here <= earlier or parallel else ""


_BARE_AFTER = re.compile(r"\s*(?:since\s+(?:FY\s*)?[0-9]{4}\s*)?(?:[.;]|$)", re.IGNORECASE)
_HOLDS = re.compile(r"(?<![A-Za-z])(?:has|have)(?![A-Za-z])", re.IGNORECASE)


def _carries_program(masked: str, a: MoneyFact, m: Mention) -> bool:
    """True when program ``m`` is right around amount ``a``, few words between ("$4 billion
    in open FMS cases", "EXBS aid to Peru has exceeded $12 million")."""
    gap = masked[a.end : m.start] if m.start >= a.end else masked[m.end : a.start]
    return _n_words(gap) <= 8 and not _COORDINATION.search(gap) and "," not in gap


def _parts(masked: str, amounts: list[MoneyFact],
           clause_of: dict[int, tuple[int, int]]) -> dict[int, MoneyFact]:
    """id(part) -> whole, for an amount introduced as part of the amount before it ("$90 million
    ..., including $4 million", "..., of which $12 million", "..., with $5 million for"), and
    an amount listed with such a part ("including $4 million in FY2019 and $3-5 million")."""
    markers = _phrase_pattern("part_markers")
    marker_after = _phrase_pattern("part_markers_after", before=r"^\s*")  # "$5 million of it"
    item_value = _phrase_pattern("part_item_values", after=r"\s+(?:[A-Za-z]+\s+){0,2}$")
    listed_after = {id(b): p for group in _amount_lists(masked, amounts, clause_of)
                    for p, b in itertools.pairwise(group)}
    out: dict[int, MoneyFact] = {}
    for prev, a in itertools.pairwise(amounts):
        if marker_after.match(masked[a.end : a.end + 40]):
            out[id(a)] = prev
            continue
        gap = masked[prev.end : a.start]
        found = list(markers.finditer(gap))
        if found:
            marker = found[-1]
            head, tail = gap[: marker.start()], gap[marker.end() :]
            comma = head.rstrip().endswith((",", "—", "("))
            if (";" not in tail and ":" not in tail
                    and not _COORDINATION.search(head.rstrip(" ,;—("))
                    and (comma or marker.group().lower() != "with")
                    and (_n_words(tail) <= 3  # "..., including $4 million"
                         # "..., including six helicopters valued at about $300 million"
                         or (comma and _n_words(tail) <= 14 and item_value.search(tail)
                             and not _COORDINATION.search(tail)))):
                out[id(a)] = prev
                continue
        if id(prev) in out and listed_after.get(id(a)) is prev:
            out[id(a)] = out[id(prev)]
    return out


def _parts_zones(text: str, amounts: list[MoneyFact], parts: dict[int, MoneyFact],
                 clause_of: dict[int, tuple[int, int]]) -> dict[int, tuple[int, int]]:
    """id(whole) -> the stretch of its clause that belongs to its parts: from its first part
    to the clause's end when the parts follow it ("$15.3 million for Central Asia, including
    $4.6 million for Tajikistan"), from the clause's start to its last part when they come
    first ("Kazakhstan received $2.5 million of the $10 million for Central Asia"). A country
    named there is a part's, not the whole's."""
    zones: dict[int, tuple[int, int]] = {}
    wholes = dict(parts)
    for part, total in itertools.pairwise(amounts):
        if (clause_of[id(part)] == clause_of[id(total)]
                and names_part_before_total(text[part.end:total.start])):
            wholes[id(part)] = total  # "$2.5 million of the $10 million"
    for part in amounts:
        whole = wholes.get(id(part))
        if whole is None:
            continue
        lo, hi = clause_of[id(whole)]
        if part.start > whole.end:
            # to the comma that closes the part's phrase ("..., including up to $50 million in
            # FY 2016, to train the forces of Indonesia, ...": the purpose is the total's too)
            comma = text.find(",", part.end, hi)
            zone = (part.start, max(comma if comma >= 0 else hi, part.end))
            own_words = (lo, part.start)  # "$15.3 million for Central Asia, including"
        else:
            zone = (min(lo, part.start), part.end)
            own_words = (whole.start, hi)  # "... of the $10 million for Central Asia"
        if _whole_region_regex().search(text, *own_words) is None:
            continue  # "$398 million for CTEF, of which $242 million would support Iraqi
            # forces and $156 million Syrian groups": the total is its parts' states'
        old = zones.get(id(whole))
        zones[id(whole)] = zone if old is None else (min(old[0], zone[0]), max(old[1], zone[1]))
    return zones


@cache
def _whole_region_regex() -> re.Pattern[str]:
    """A region named with a total (``whole_region_words``: "Central Asia", "the region"), or
    a group of states it counts ("for the three countries", "all five partners":
    ``country_group_nouns``)."""
    words = money_words()
    body = phrase_alternation(words["whole_region_words"]["words"])
    groups = phrase_alternation(words["country_group_nouns"])
    return re.compile(rf"(?<![A-Za-z])(?:{body})(?![A-Za-z])|\b(?:the|all|these|those)\s+"
                      rf"(?:[a-z]+\s+)?(?:{groups})\b", re.IGNORECASE)


@cache
def _qualifier_alternation() -> str:
    """Every qualifier phrase of ``money_words()["qualifiers"]`` as one regex alternation,
    longest first ("more than", "approx.", "about")."""
    return phrase_alternation(q for phrases in money_words()["qualifiers"].values()
                              for q in phrases)


@cache
def _qualifier_words() -> re.Pattern[str]:
    """Any qualifier phrase, as whole words ("• FMS: about $128 million")."""
    return re.compile(rf"(?i)(?<![A-Za-z])(?:{_qualifier_alternation()})(?![A-Za-z])")


@cache
def _sale_value_before() -> re.Pattern[str]:
    """A ``sale_value_openers`` phrase right before an amount, maybe with a qualifier between
    ("valued at approximately", "an estimated total value of")."""
    return _phrase_pattern("sale_value_openers",
                           after=rf"\s+(?:(?:{_qualifier_alternation()})\s+)?$")


@cache
def _comparison_opener() -> re.Pattern[str]:
    """A ``comparison_openers`` phrase ending the gap, maybe with a level named and a qualifier
    ("up from about", "up from a historical level of")."""
    return _phrase_pattern("comparison_openers",
                           after=_COMPARED_LEVEL
                           + rf"(?:\s+(?:{_qualifier_alternation()}))?\s*$")


# "up from a historical level of $3-5 million", "compared with an annual average of ..."
_COMPARED_LEVEL = (r"(?:\s+(?:a|an|the|its|their)\s+(?:[a-z]+\s+){0,2}?"
                   r"(?:level|average|total|figure|high|low|sum|peak)\s+of)?")


def _compared(masked: str, amounts: list[MoneyFact]) -> dict[int, MoneyFact]:
    """Each amount (by ``id``) opened by a ``comparison_openers`` phrase ("up from", "compared
    with"), with the amount before it that it is compared with, when no clause break comes
    between."""
    opener = _comparison_opener()
    out: dict[int, MoneyFact] = {}
    for before, a in itertools.pairwise(amounts):
        gap = masked[before.end : a.start]
        if opener.search(gap) and ";" not in gap and _n_words(gap) <= 12:
            out[id(a)] = before
    return out


@cache
def _label_gap() -> re.Pattern[str]:
    """What stands between a fiscal year and the amount it labels: up to three label words, a
    colon, maybe a qualifier ("FY 2024 Actual: ", "FY 2025 (estimate): about ")."""
    return re.compile(_LABEL_WORDS + rf"(?:(?:{_qualifier_alternation()})[ \t\u00a0]+)?",
                      re.IGNORECASE)


def _labelled_years(masked: str, amounts: list[MoneyFact], years: list[Mention]
                    ) -> dict[int, Mention]:
    """Each amount (by ``id``) that a fiscal year labels, as a budget table's row writes it
    ("FY 2024 Actual: $6.9 million | FY 2025 Estimate: $7.4 million"), with that year: the
    year is that amount's and no other's.

    >>> s = "FY 2024 Actual: $6.9 million | FY 2025 Estimate: $7.4 million"
    >>> from pipeline.values import Amount
    >>> amounts = [MoneyFact(16, 28, Amount(6.9e6, 6.9e6)), MoneyFact(49, 61, Amount(7.4e6, 7.4e6))]
    >>> found = _labelled_years(s, amounts, fiscal_year_mentions(s))
    >>> [m.value for m in found.values()]
    ['2024', '2025']
    >>> s = "It got $3 million in FY 2020: $2 million for FMF."
    >>> amounts = [MoneyFact(7, 17, Amount(3e6, 3e6)), MoneyFact(30, 40, Amount(2e6, 2e6))]
    >>> _labelled_years(s, amounts, fiscal_year_mentions(s))
    {}
    """
    gap = _label_gap()
    ends = [m.end for m in years]
    out: dict[int, Mention] = {}
    for a in amounts:
        i = bisect.bisect_right(ends, a.start)
        if not i or not gap.fullmatch(masked, years[i - 1].end, a.start):
            continue
        year = years[i - 1]  # not when an amount before it claims it: "$3 million in FY 2020:"
        if not any(_claims(masked, p, year, year.end) for p in amounts if p.end <= year.start):
            out[id(a)] = year
    return out


@cache
def _from_to_gap() -> re.Pattern[str]:
    return re.compile(_FROM_TO_GAP + rf"(?:(?:{_qualifier_alternation()})[ \t\u00a0]+)?",
                      re.IGNORECASE)


def _changes(masked: str, amounts: list[MoneyFact]) -> dict[int, MoneyFact]:
    """Both amounts (by ``id``) of a change "from X to Y", each with the other: a period
    either states is both's ("declined from $60 million to $35 million a year").

    >>> s = "Aid fell from roughly $60 million to about $35 million a year."
    >>> from pipeline.values import Amount
    >>> found = [MoneyFact(22, 33, Amount(6e7, 6e7)), MoneyFact(43, 54, Amount(3.5e7, 3.5e7))]
    >>> [s[other.start:other.end] for other in _changes(s, found).values()]
    ['$35 million', '$60 million']
    """
    gap = _from_to_gap()
    out: dict[int, MoneyFact] = {}
    for x, y in itertools.pairwise(amounts):
        if (gap.fullmatch(masked, x.end, y.start)
                and _LIST_OPENED.search(masked[max(0, x.start - 40):x.start])):
            out[id(x)], out[id(y)] = y, x
    return out


_LIST_JOINED = re.compile(
    r"(?:,|\band|\bor)\s*(?:(?:about|approximately|roughly|nearly|almost|over|more\s+than|"
    r"at\s+least|up\s+to|less\s+than|some|another|an\s+additional|a\s+further)\s+)?$",
    re.IGNORECASE)
_LIST_FROM_TO = re.compile(r"(?<![A-Za-z])to\s*$", re.IGNORECASE)  # "from $2 million in FY
_LIST_OPENED = re.compile(r"(?<![A-Za-z])from\s+(?:[A-Za-z]+\s+){0,2}$", re.IGNORECASE)  # 2019 to"


def _amount_lists(masked: str, amounts: list[MoneyFact],
                  clause_of: dict[int, tuple[int, int]]) -> list[list[MoneyFact]]:
    """Runs of amounts listed together in one clause ("$X for A, $Y for B, and $Z for C")."""
    joined, from_to, opened = _LIST_JOINED, _LIST_FROM_TO, _LIST_OPENED
    groups: list[list[MoneyFact]] = []
    for prev, a in itertools.pairwise(amounts):
        gap = masked[prev.end : a.start]
        tail = joined.search(gap)
        if tail is None and opened.search(masked[max(0, prev.start - 40) : prev.start]):
            tail = from_to.search(gap)
        ok = (clause_of[id(prev)] == clause_of[id(a)] and tail is not None
              and _n_words(gap) <= 12 and not _COORDINATION.search(gap[: tail.start()])
              and not _phrase_pattern("program_blockers").search(gap)
              and not _phrase_pattern("total_words").search(gap))
        if ok and groups and groups[-1][-1] is prev:
            groups[-1].append(a)
        elif ok:
            groups.append([prev, a])
    return groups


def _is_difference(masked: str, a: MoneyFact, m: Mention) -> bool:
    """Is amount ``a`` a difference from the level of the fiscal year ``m`` it claims ("$200,000
    below the FY 2023 estimate", "$1.5 million more than FY 2022": ``difference_words``)?

    >>> from pipeline.values import Amount
    >>> text = "The request is $200,000 below the FY 2023 estimate."
    >>> a = MoneyFact(15, 23, Amount(2e5, 2e5))
    >>> _is_difference(text, a, Mention(34, 41, "2023"))
    True
    >>> _is_difference("It is $200,000 in FY 2023.", MoneyFact(6, 14, a.amount),
    ...                Mention(18, 25, "2023"))
    False
    >>> text = "$14.6 million is 9.8 percent higher than the FY 2024 level"
    >>> _is_difference(text, MoneyFact(0, 13, a.amount), Mention(46, 53, "2024"))
    False
    """
    return (a.end < m.start  # the comparison right after the amount, not "$14.6 million is
            # 9.8 percent higher than the FY 2024 estimate"
            and _phrase_pattern("difference_words", before=r"\s+").match(masked, a.end) is not None)


def _claims(masked: str, a: MoneyFact, m: Mention, zone_end: int) -> bool:
    """True when FY mention (or span) ``m`` follows amount ``a`` closely enough to be its own
    (``masked``: the text with program names as one word, see ``_masked``)."""
    if not (a.end <= m.start and m.end <= zone_end):
        return False
    gap = masked[a.end : m.start]
    return not _CLAIM_BLOCKERS.search(gap) and len(gap.split()) <= CLAIM_MAX_WORDS


def _locations(text: str, countries: list[CountryFact]) -> set[int]:
    """ids of the countries named only as places ("along the Syrian and Iraqi frontiers",
    "across its borders with Russia and China") or as a whole's largest share ("for the region
    exceeded $9.3 million, led by Kazakhstan"), with those coordinated with them, and the
    countries that name a border ("the Chinese border", both of "the Uzbek-Afghan border":
    ``country_border_nouns``)."""
    place = _phrase_pattern("country_location_before",
                            after=r"\s+(?:(?:the|its|their|his|her|our)\s+)?$")
    border = _phrase_pattern("country_border_nouns", before=r"^[ \t\u00a0]+",
                             after=r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|on|at|near|with|between|"
                                   r"of|and|or|to|from|where|which|that)\b)")
    share = _phrase_pattern("country_share_before", after=r"\s+(?:(?:the|its|their)\s+)?$")
    joiner = _COUNTRY_JOINER
    out: set[int] = set()
    previous: CountryFact | None = None
    for c in countries:
        coordinated = previous is not None and id(previous) in out and joiner.match(
            text[previous.end : c.start])
        if (coordinated or place.search(text, max(0, c.start - 40), c.start)
                or share.search(text, max(0, c.start - 40), c.start)):
            out.add(id(c))
        previous = c
    for i, c in enumerate(countries):
        if not _THE_BEFORE.search(text, max(0, c.start - 8), c.start):
            continue  # "Colombian border security", "Kyrgyz border and customs units"
        named = [c]
        following = countries[i + 1] if i + 1 < len(countries) else None
        if following is not None and _BORDER_PAIR.fullmatch(text, c.end, following.start):
            named.append(following)  # "the Uzbek-Afghan border": both name the border
        if border.match(text[named[-1].end : named[-1].end + 40]):
            out |= {id(n) for n in named}
    return out


_BORDER_PAIR = re.compile(r"[-\u2010\u2011\u2013/]")
_THE_BEFORE = re.compile(r"(?<![A-Za-z])the\s+$", re.IGNORECASE)


@cache
def _donor_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words between a country that gives and the country it gives to: a giving verb
    with the recipient as its object ("Finland has sent Ukraine", "Stockholm has provided
    Ukraine with", "Russia simultaneously pledged the Kyrgyz Republic": ``donor_verbs``), or
    the giver's programme for the recipient ("Norway's five-year support programme for
    Ukraine": ``donor_nouns``)."""
    verbs = _phrase_alternatives("donor_verbs")
    nouns = _phrase_alternatives("donor_nouns")
    gives = re.compile(rf"^\s+(?:(?:has|have|had|will|would|also|already|now|so\s+far|"
                       rf"[a-z]+ly)\s+){{0,3}}(?:{verbs})\s+(?:the\s+)?$", re.IGNORECASE)
    program = re.compile(rf"^['\u2019]s?\s+(?:[\w-]+\s+){{0,4}}(?:{nouns})\s+(?:for|to)\s+"
                         r"(?:the\s+)?$", re.IGNORECASE)
    return gives, program


def _donors(text: str, countries: list[CountryFact]) -> set[int]:
    """ids of the countries that give money to the next country named, a state other than the
    U.S. ("Lithuania has provided Ukraine more than EUR 600 million"): the amount is about the
    recipient, not the giver (``_donor_patterns``)."""
    gives, program = _donor_patterns()
    out: set[int] = set()
    for giver, recipient in itertools.pairwise(countries):
        if recipient.iso3 in (DONOR, giver.iso3):
            continue
        gap = text[giver.end : recipient.start]
        if len(gap) <= 80 and (gives.match(gap) or program.match(gap)):
            out.add(id(giver))
    return out


def _asides(text: str, countries: list[CountryFact]) -> set[int]:
    """ids of the countries inside a relative clause set off by commas right after another
    country ("Algeria, which buys most of its arms from Russia, has received ..."): they say
    something about that country, and are none of an amount after the clause."""
    out: set[int] = set()
    for c in countries:
        aside = _ASIDE.match(text, c.end)
        if aside:
            out |= {id(o) for o in countries if aside.start() < o.start and o.end < aside.end()}
    return out


_ASIDE = re.compile(r",\s*(?:which|who|whose)\b[^,;:.$\u20ac\u00a3\u00a5]*,", re.IGNORECASE)


@cache
def _owned_patterns() -> tuple[re.Pattern[str], ...]:
    """``_owned_countries``' patterns: opener, inclusion, joiner, purpose, destination,
    new clause (built once)."""
    prepositions = "|".join(re.escape(p) for p in money_words()["country_prepositions"])
    verbs = "|".join(re.escape(v) for v in money_words()["country_object_verbs"]["words"])
    opener = re.compile(rf"(?<![A-Za-z])(?:{prepositions})\s+(?:the\s+)?$"
                        rf"|^\s+(?:(?:{verbs})\s+(?:the\s+)?)?$", re.IGNORECASE)
    inclusion = _phrase_pattern("country_inclusion_markers", before=r",\s*",
                                after=rf"[^;]*(?<![A-Za-z])(?:{prepositions}|from)\s+"
                                      r"(?:the\s+)?$")
    joiner = _COUNTRY_JOINER
    purpose = re.compile(r"\bto\s+(?!the\b)[a-z]+\b")
    destination = _phrase_pattern("country_destination_before", after=r"\s*$")  # "rotations to"
    # ", and authorizations for the Kyrgyz Republic": a new clause's country, not this amount's
    new_clause = re.compile(r"[;]|,\s*(?:and|or|but|while|whereas)\b", re.IGNORECASE)
    return opener, inclusion, joiner, purpose, destination, new_clause


def _owned_countries(text: str, masked: str, a: MoneyFact, zone_end: int,
                     countries: list[CountryFact]) -> tuple[list[CountryFact], bool]:
    """The countries named right after a preposition that follows the amount, with those
    coordinated with them or listed in an ``country_inclusion_markers`` phrase after them
    ("to Somalia, including support for troops from Uganda and Kenya"), and whether the link
    is weak ("in", or across a purpose clause "to train officers in")."""
    opener, inclusion, joiner, purpose, destination, new_clause = _owned_patterns()
    owned: list[CountryFact] = []
    weak = False
    for c in countries:
        if not (a.end <= c.start and c.end <= zone_end):
            continue
        if owned:
            gap = masked[owned[-1].end : c.start]  # "(AMISOM)" blanked
            if joiner.match(gap) or (inclusion.search(gap) and not new_clause.search(gap)):
                owned.append(c)
                continue
            break
        gap = text[a.end : c.start]
        found = opener.search(gap)
        if found and not new_clause.search(gap):
            owned.append(c)
            weak = (found.group().lower().startswith("in")
                    or bool(purpose.search(gap[: found.start()]))
                    or destination.search(gap[: found.start()]) is not None)
    return owned, weak


def _segment_start(masked: str, lo: int, a: MoneyFact, countries: list[CountryFact]) -> int:
    """Where the part of the sentence that amount ``a`` stands in begins: after the last ";",
    ":" or ", and" / ", but" / ", while" ... before it (``_SEGMENT_BREAK``), except a comma
    that goes on with a list of countries ("Estonia, Latvia, and Lithuania"); else ``lo``."""
    ends = {c.end for c in countries}
    for cut in reversed(list(_SEGMENT_BREAK.finditer(masked, lo, a.start))):
        if cut.group().startswith(",") and len(masked[lo : cut.start()].rstrip()) + lo in ends:
            continue
        return cut.start()
    return lo


def _relative_clause_countries(masked: str, a: MoneyFact, clause: tuple[int, int],
                               clauses: list[tuple[int, int]], amounts: list[MoneyFact],
                               countries: list[CountryFact]) -> list[CountryFact]:
    """The countries of the relative clause right after the amount's clause, when it says what
    the money does there ("$60 million for a maritime program, which funds radars in Senegal
    and Ghana": ``country_relative_verbs``) and names no other amount; else []."""
    i = clauses.index(clause) if clause in clauses else len(clauses)
    if i + 1 >= len(clauses):
        return []
    r_lo, r_hi = clauses[i + 1]
    if any(a.end <= b.start < r_hi for b in amounts if b is not a):
        return []
    verb = _phrase_pattern("country_relative_verbs", before=r"^,\s*which\s+(?:also\s+)?")
    if verb.search(masked[r_lo:r_hi]) is None:
        return []
    return [c for c in countries if _within(c, r_lo, r_hi) and c.iso3 != DONOR]


def _link_sentence(text: str, masked: str, lo: int, hi: int, amounts: list[MoneyFact],
                   programs: list[Mention], years: list[Mention], spans: list[Mention],
                   countries: list[CountryFact], heading: str,
                   pronoun_subject: tuple[int, str] | None = None,
                   previous_programs: frozenset[str] = frozenset(),
                   located: set[int] | None = None,
                   ) -> dict[int, MoneyFact]:
    """Link the amounts of the sentence ``text[lo:hi]``, each by its ``id`` (hashing a frozen
    fact hashes all its fields: the per-amount tables here are keyed by ``id``);
    ``pronoun_subject``: where a pronoun subject before the first amount ends, and the country
    it stands for; ``previous_programs``: the programs the sentence before names, in the same
    paragraph; ``located``: ``_locations(text, countries)`` when the caller has it."""
    clauses = clauses_of(text, lo, hi)
    clause_of = {}
    for a in amounts:
        clause_of[id(a)] = next(((s, e) for s, e in clauses if s <= a.start < e), (lo, hi))
    zone_end = {}
    for i, a in enumerate(amounts):
        nxt = amounts[i + 1].start if i + 1 < len(amounts) else hi
        zone_end[id(a)] = min(nxt, clause_of[id(a)][1])
    labelled = _labelled_years(masked, amounts, years)
    labels = {id(m) for m in labelled.values()}
    stated = sorted((m for m in years + spans if id(m) not in labels), key=lambda m: m.start)
    claimed = {id(a): [m for m in stated if _claims(masked, a, m, zone_end[id(a)])]
               for a in amounts}
    claimed_any = {id(m) for ms in claimed.values() for m in ms}
    if located is None:
        located = _locations(text, countries)
    places = located | _asides(text, countries)
    countries = [c for c in countries if id(c) not in places]
    donors = _donors(text, countries)
    owned = {id(a): _owned_countries(text, masked, a, zone_end[id(a)], countries)
             for a in amounts}
    owned_any = {id(c) for cs, _ in owned.values() for c in cs}
    first_amount = amounts[0].start
    parts = _parts(masked, amounts, clause_of)
    parts_zone = _parts_zones(text, amounts, parts, clause_of)
    compared = _compared(masked, amounts)
    changes = _changes(masked, amounts)
    program = _programs_of(text, masked, (lo, hi), amounts, programs, clauses, clause_of,
                           countries, heading, parts,
                           {key: cs for key, (cs, _) in owned.items()}, previous_programs)
    pronoun_end, subject = pronoun_subject or (-1, "")
    unowned = [c for c in countries if id(c) not in owned_any and c.iso3 != DONOR]
    gives = [c for c in countries if id(c) in donors]
    year_of: dict[int, Mention | None] = {}
    codes_of: dict[int, set[str]] = {}
    out = {}
    for i, a in enumerate(amounts):
        key = id(a)
        clause = clause_of[key]
        whole = parts.get(key)
        before = compared.get(key)
        # fiscal year
        year: Mention | None = None
        if key in labelled:
            year = labelled[key]
        elif claimed[key] and _is_difference(masked, a, claimed[key][0]):
            year = None  # "$200,000 below the FY 2023 estimate": a difference from that year's
        elif claimed[key]:
            year = claimed[key][0]
        elif a.amount.period == "year" or _SEVERAL_YEARS.match(masked, a.end, zone_end[key]):
            year = None  # "$2 million a year", "$7 billion over 20 years": no one year's
        else:
            c_lo, _ = clause
            zone = zone_end[key]
            free = [m for m in stated if id(m) not in claimed_any and c_lo <= m.start
                    and m.end <= zone and (m.end <= a.start or m.start >= a.end)
                    # (", and in fiscal year 2023 it provided a further $6 million": a year
                    # that opens the next amount's segment is that amount's)
                    and not (i + 1 < len(amounts) and m.start >= a.end
                             and _SEGMENT_BREAK.search(masked, a.end, m.start))]
            if not free:
                free = [m for m in stated if id(m) not in claimed_any and m.end <= first_amount]
            if free:
                year = min(free, key=lambda m: (_distance(a, m), -m.start))
            if whole is not None and (year is None or year.start < a.start):
                year = year_of[id(whole)]  # a part with no year after it is for its whole's
        year_of[key] = year
        # countries
        own, weak = owned[key]
        seg_lo = _segment_start(masked, lo, a, countries)
        prev_end = amounts[i - 1].end if i else lo
        lead_lo = max(prev_end, seg_lo)
        a_start = a.start
        lead = ([c for c in unowned if lead_lo <= c.start and c.end <= a_start]
                or [c for c in unowned if prev_end <= c.start and c.end <= a_start])
        if any(c.end <= a_start for c in gives):  # "Finland has sent Ukraine €1 billion"
            lead = [c for c in lead if id(c) not in donors]
        if own and all(c.iso3 == DONOR for c in own) and unowned:
            own = []  # "Colombia spent $45 million on a hangar for U.S. aircraft": the payer's
        if before is not None and not lead and not own:
            codes = set(codes_of[id(before)])  # "$7 million for Benin (up from $3.5 million)"
        elif whole is not None and not lead and (not own or (weak and codes_of[id(whole)])):
            codes = set(codes_of[id(whole)])  # a weak own place ("serving in Lebanon") too
        elif (own and weak and not lead and subject
              and clause[0] <= pronoun_end <= a.start
              and not any(pronoun_end <= c.start < a.start for c in countries)):
            codes = {subject}  # "It received $5 million for rotations to Lebanon"
        elif own and not (weak and lead):
            codes = {c.iso3 for c in own}
            if {c.iso3 for c in countries} != {DONOR}:
                codes.discard(DONOR)
        else:
            c_lo, c_hi = clause
            theirs = parts_zone.get(key)  # a whole's parts' own countries are not its
            whose = [c for c in unowned if theirs is None or not _within(c, *theirs)]
            earlier = ([c for c in whose if seg_lo <= c.start and c.end <= a.start]
                       or [c for c in whose if c.end <= a.start])
            earlier = [c for c in earlier if id(c) not in donors or c.end > a.start]
            in_clause = [c for c in countries if _within(c, c_lo, c_hi) and c.iso3 != DONOR
                         and (theirs is None or not _within(c, *theirs))]
            unowned_here = [c for c in whose if _within(c, c_lo, c_hi)]
            codes = {c.iso3 for c in lead or earlier or unowned_here or in_clause
                     or _relative_clause_countries(masked, a, clause, clauses, amounts,
                                                   countries)}
        codes_of[key] = codes
        amount = a.amount
        if before is not None and not amount.period and before.amount.period:
            # "an annual payment of $63 million, up from $38 million": the same period
            amount = dataclasses.replace(amount, period=before.amount.period)
        other = changes.get(key)
        if other is not None and not amount.period and other.amount.period:
            amount = dataclasses.replace(amount, period=other.amount.period)
        if not amount.period and (
                _yearly_later().match(masked, a.end) is not None
                or _YEARLY_BEFORE.search(masked, max(0, a.start - 100), a.start) is not None):
            # "the $21 million the United States previously provided each year", "Each year,
            # approximately $500,000 in IMET funds ...": its clause's rate
            amount = dataclasses.replace(amount, period="year")
        out[key] = dataclasses.replace(
            a,
            amount=amount,
            # "$12 million in FMF, up from $3-5 million a year": the comparand's program
            program=program[key] or (program[id(before)] if before is not None else ""),
            fiscal_year=int(year.value) if year and year.value else None,
            countries=tuple(sorted(codes)),
        )
    return out


def section_headings(text: str) -> list[Mention]:
    r"""The section headings of ``text`` (``sections.heading_spans``), each with the program it
    names (``""`` when it names none or several), in text order.

    >>> text = "Foreign Military Financing\n\nCongress gave $5 million.\n\nTraining\n\nMore."
    >>> [(m.start, m.value) for m in section_headings(text)]
    [(0, 'FMF'), (55, '')]
    >>> [m.value for m in section_headings("Intro.\n\nFMS\n• Cases: $5 million.\n• More.")]
    ['FMS']
    """
    out = []
    for start, end in heading_spans(text):
        names = {m.value for m in program_mentions(text[start:end])}
        out.append(Mention(start, end, names.pop() if len(names) == 1 else ""))
    return out


def list_lead_ins(text: str) -> list[tuple[int, int, int]]:
    r"""(start, end, list end) of each paragraph ending in ":" right above a bulleted list or
    a table ("Recent and ongoing FMS cases include:"): the part that names the list's program
    (its last sentence when that names one, else the paragraph: "... are bought through
    FMS. Cases notified this year include:"), and where the list ends. Its items
    take that program as a section heading's lines do; what follows the list does not.

    >>> text = "Oman buys a lot. FMS cases include:\n\n- a $5 million case\n- more\n\nLater."
    >>> [(text[a:b], text[b:c].count("- ")) for a, b, c in list_lead_ins(text)]
    [('FMS cases include:', 2)]
    """
    lines = lines_with_offsets(text)
    out = []
    for i, (start, raw) in enumerate(lines):
        line = raw.rstrip()
        if not line.endswith(":"):
            continue
        k = i + 1
        if k < len(lines) and not lines[k][1].strip():
            k += 1
        if k >= len(lines) or not is_list_item(lines[k][1].strip()):
            continue
        while k < len(lines) and is_list_item(lines[k][1].strip()):
            k += 1
        end = lines[k - 1][0] + len(lines[k - 1][1])
        lead = start + len(raw) - len(raw.lstrip())
        ends = [m.end() for m in re.finditer(r"[.!?]\s+", text[lead:start + len(line)])]
        last = lead + max(ends, default=0)
        if not program_mentions(text[last:start + len(line)]):
            last = lead
        out.append((last, start + len(line), end))
    return out


_COORDINATED_LAST = re.compile(r"^(?P<head>.*\s)(?P<a>[A-Za-z]+)\s+(?:and|&)\s+(?P<b>[A-Za-z]+)$")


def heading_programs(heading: str) -> dict[str, str]:
    """The programs a section heading names, each with the heading's word that picks it out
    of the others (``""`` when the heading names it whole); a coordinated last word names one
    program each ("Foreign Military Financing and Sales").

    >>> heading_programs("Foreign Military Financing and Sales")
    {'FMF': 'Financing', 'FMS': 'Sales'}
    >>> heading_programs("International Military Education and Training")
    {'IMET': ''}
    """
    out = {m.value: "" for m in program_mentions(heading)}
    coordinated = _COORDINATED_LAST.match(heading.strip())
    if coordinated:
        for word in (coordinated["a"], coordinated["b"]):
            for m in program_mentions(coordinated["head"] + word):
                if m.end > len(coordinated["head"]):
                    out[m.value] = word
    return out


@cache
def _cue_pattern(word: str) -> re.Pattern[str]:
    """Any word of the stem of ``word`` ("Sales": sale, sales; "Financing": financed ...)."""
    stem = word[: max(4, len(word) - 3)]
    return re.compile(rf"(?<![A-Za-z]){re.escape(stem)}[a-z]*", re.IGNORECASE)


_SUBJECT_MAX_WORDS = 3  # words before a subject, after its opener and the U.S.: "On May 2, the
# United States and Peru ..."


def _continues(sentence: str) -> bool:
    """True when ``sentence`` may continue the country of the sentence before it: it opens with
    a pronoun ("It", "The country") or is about purchases, cases, loans or assistance
    (``previous_country_topics``)."""
    pronoun = _phrase_pattern("previous_country_pronouns", before=r"^\s*")
    return bool(pronoun.search(sentence)
                or _phrase_pattern("previous_country_topics").search(sentence))


def _previous_sentence(text: str, lo: int, sentences: Sequence[tuple[int, int]],
                       starts: list[int]) -> tuple[int, int] | None:
    """The sentence before the one starting at ``lo``, when it is in the same paragraph."""
    i = bisect.bisect_right(starts, lo) - 1
    if i < 1 or sentences[i][0] != lo or "\n" in text[sentences[i - 1][0] : lo]:
        return None
    return sentences[i - 1]


def _previous_subject(text: str, lo: int, sentences: Sequence[tuple[int, int]],
                      starts: list[int], countries: list[CountryFact],
                      depth: int = SUBJECT_CHAIN_MAX) -> str:
    """The country the sentence starting at ``lo`` continues from the sentence before it, in
    the same paragraph: that sentence names exactly one country besides the U.S., as its
    subject; or it names no country at all and itself continues one (``_continues``: "Peru
    has $3 billion in cases. In 2019 Lima bought helicopters. A radar case worth ..."), at
    most ``depth`` sentences back; else ``""``. Whether this sentence continues one is the
    caller's test."""
    previous = _previous_sentence(text, lo, sentences, starts)
    if previous is None:
        return ""
    p_lo, p_hi = previous
    before = _in_sentence(countries, p_lo, p_hi)
    if not before:
        if depth > 1 and _continues(text[p_lo:p_hi]):
            return _previous_subject(text, p_lo, sentences, starts, countries, depth - 1)
        return ""
    places = _locations(text, before)
    named = [c for c in before if c.iso3 != DONOR and id(c) not in places]
    if len({c.iso3 for c in named}) != 1 or len(before) != len(named) + sum(
            c.iso3 == DONOR for c in before):
        return ""
    opening = list(text[p_lo : named[0].start])  # "On May 2, the United States and Peru"
    for c in before:
        if c.iso3 == DONOR and c.end <= named[0].start:
            opening[c.start - p_lo : c.end - p_lo] = " " * (c.end - c.start)
    if _n_words("".join(opening).split(",")[-1]) > _SUBJECT_MAX_WORDS:
        return ""
    return named[0].iso3


@cache
def _group_reference() -> re.Pattern[str]:
    """A reference to a number of countries named before ("the three states", "both sides",
    "all three"): ``country_group_numbers`` before a ``country_group_nouns`` word."""
    words = money_words()
    numbers = "|".join(re.escape(w) for w in words["country_group_numbers"] if w != "both")
    nouns = "|".join(re.escape(w) for w in words["country_group_nouns"])
    return re.compile(
        rf"(?<![A-Za-z])(?:(?:the|these|those|our|all)\s+(?P<n>{numbers})\s+(?:{nouns})"
        rf"|all\s+(?P<m>{numbers})(?=\s*[,.;:)])|(?P<both>both)\s+(?:{nouns}))(?![A-Za-z])",
        re.IGNORECASE)


def _group_countries(text: str, lo: int, hi: int, sentences: Sequence[tuple[int, int]],
                     starts: list[int], countries: list[CountryFact]) -> tuple[str, ...]:
    """The countries a sentence's reference to a number of them ("the three states", "both
    sides") stands for: those of the nearest earlier sentences of the same paragraph (at most
    ``GROUP_LOOKBACK`` back) that name any country besides the U.S., when they name exactly
    that many (the U.S. counted or not; "The United States and Ghana ... The two countries":
    Ghana; "Chile ... . Peru and Colombia ... . The three countries": all three); else
    ``()``."""
    found = _group_reference().search(text, lo, hi)
    if found is None:
        return ()
    number = found["n"] or found["m"] or found["both"]
    wanted = money_words()["country_group_numbers"][number.lower()]
    start = lo
    named: set[str] = set()
    for _ in range(GROUP_LOOKBACK):
        previous = _previous_sentence(text, start, sentences, starts)
        if previous is None:
            return ()
        start, p_hi = previous
        before = _in_sentence(countries, start, p_hi)
        places = _locations(text, before)
        named |= {c.iso3 for c in before if id(c) not in places}
        if named - {DONOR}:
            if wanted in (len(named), len(named - {DONOR})):
                return tuple(sorted(named - {DONOR}))
            if len(named - {DONOR}) > wanted:
                return ()
    return ()


def _previous_whole(text: str, lo: int, first: MoneyFact, sentences: Sequence[tuple[int, int]],
                    starts: list[int], linked: dict[int, MoneyFact]) -> MoneyFact | None:
    """The amount a sentence opening with a ``part_sentence_openers`` phrase ("Of that, $12
    million ...") takes a part of: the last amount of the sentence before, in the same
    paragraph; else None."""
    opener = _phrase_pattern("part_sentence_openers", before=r"^\s*")
    found = opener.search(text[lo : first.start])
    if found is None or _n_words(text[lo + found.end() : first.start]) > 3:
        return None
    i = bisect.bisect_right(starts, lo) - 1
    if i < 1 or sentences[i][0] != lo or "\n" in text[sentences[i - 1][0] : lo]:
        return None
    p_lo, p_hi = sentences[i - 1]
    before = [f for f in linked.values() if p_lo <= f.start < p_hi]
    return max(before, key=lambda f: f.start) if before else None


def _previous_programs(text: str, lo: int, sentences: Sequence[tuple[int, int]],
                       starts: list[int], programs: list[Mention]) -> frozenset[str]:
    """The programs the sentence before the one starting at ``lo`` names, when it is in the
    same paragraph (it picks one of a heading's programs: under a heading naming FMF and FMS,
    "Congress gave FMF for Peru. Allocations reached $5 million")."""
    previous = _previous_sentence(text, lo, sentences, starts)
    if previous is None:
        return frozenset()
    return frozenset(m.value for m in _in_sentence(programs, *previous))


_M = TypeVar("_M", Mention, CountryFact)
_START = operator.attrgetter("start")


def _in_sentence(mentions: list[_M], lo: int, hi: int) -> list[_M]:
    """The mentions (sorted by start) that lie within [lo, hi)."""
    first = bisect.bisect_left(mentions, lo, key=_START)
    last = bisect.bisect_left(mentions, hi, key=_START)
    return [m for m in mentions[first:last] if m.end <= hi]


_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside|around|within|across|from)\s*$",
                           re.IGNORECASE)
_PLACE_AFTER = re.compile(r",\s*[A-Z]")  # "Tokyo, Japan": a city and its country
_IN_NAME_AFTER = re.compile(r"[ \t\u00a0-]+[A-Z]")  # "the Minsk Group", "Manila Declaration"
_IN_NAME_BEFORE = re.compile(r"(?<![.!?]\s)\b[A-Z][A-Za-z]*[ \t\u00a0]+$")  # "OSCE Minsk"


def capital_governments(text: str) -> list[CountryFact]:
    """A capital that stands for its government ("a sale to Manila", "Warsaw signed a $4.75
    billion FMS case"), as a country of the amounts near it; not a place ("in Manila", "from
    Hanoi", "Tokyo, Japan"), not part of a name ("the OSCE Minsk Group"), and not Washington
    (the donor is never a recipient). Only for linking: a capital is no country mention.

    >>> [(c.iso3, c.name) for c in capital_governments("a sale to Manila; talks in Hanoi")]
    [('PHL', 'Manila')]
    """
    out = []
    for start, end, iso3 in capital_mentions(text):
        if (iso3 == DONOR or _PLACE_BEFORE.search(text, max(0, start - 12), start)
                or _PLACE_AFTER.match(text, end) or _IN_NAME_AFTER.match(text, end)
                or _IN_NAME_BEFORE.search(text, max(0, start - 30), start)):
            continue  # a place, or part of a name
        out.append(CountryFact(start, end, iso3, text[start:end]))
    return out


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
    programs = _with_acronyms(text, program_mentions(text))
    years = _fiscal_years(text, facts)
    spans = fiscal_year_spans(text)
    headings = section_headings(text)
    heading_starts = [h.start for h in headings]
    masked = _masked(text, programs)
    countries = sorted([*outside_cross_references(text, [f for f in facts
                                                         if isinstance(f, CountryFact)]),
                        *capital_governments(text)], key=lambda f: f.start)
    groups: dict[tuple[int, int], list[MoneyFact]] = {}
    for a in amounts:
        groups.setdefault(_sentence_of(a, sentences, starts, text), []).append(a)
    linked: dict[int, MoneyFact] = {}  # by the id of the fact in ``facts``
    lead_ins = list_lead_ins(text)
    for (lo, hi), group in groups.items():
        i = bisect.bisect_right(heading_starts, lo) - 1
        heading = (text[headings[i].start : headings[i].end]
                   if i >= 0 and headings[i].end <= lo else "")
        label = _run_in_label(text, lo)
        if label:  # "Section 333: In FY 2023, DoD notified $9.8 million for Tajikistan."
            heading = label
        lead_in = next(((a, b) for a, b, end in lead_ins if b <= lo < end), None)
        if lead_in is not None:
            heading = text[lead_in[0] : lead_in[1]]
        here = _in_sentence(countries, lo, hi)
        pronoun = _phrase_pattern("previous_country_pronouns").search(text, lo, group[0].start)
        subject = (_previous_subject(text, lo, sentences, starts, countries)
                   if pronoun else "")
        places = _locations(text, here)
        done = _link_sentence(
            text, masked, lo, hi, group,
            _in_sentence(programs, lo, hi), _in_sentence(years, lo, hi),
            _in_sentence(spans, lo, hi), here, heading,
            (pronoun.end(), subject) if pronoun and subject else None,
            _previous_programs(text, lo, sentences, starts, programs),
            places,
        )
        if all(c.iso3 == DONOR or id(c) in places for c in here):
            group_codes = _group_countries(text, lo, hi, sentences, starts, countries)
            if not group_codes and _continues(text[lo:hi]):
                subject = _previous_subject(text, lo, sentences, starts, countries)
                group_codes = (subject,) if subject else ()
            for key, f in done.items():
                if group_codes and not f.countries:
                    done[key] = dataclasses.replace(f, countries=group_codes)
        _share_lead_in_terms(text, lo, group, done)
        whole = _previous_whole(text, lo, group[0], sentences, starts, linked)
        if whole is not None:  # "... $40 million in FMF. Of that, $12 million ..."
            part = done[id(group[0])]
            done[id(group[0])] = dataclasses.replace(
                part,
                program=part.program or ("" if _in_sentence(programs, lo, hi)
                                         else whole.program),
                countries=part.countries or (() if any(c.iso3 != DONOR for c in here)
                                             else whole.countries),
                fiscal_year=part.fiscal_year if _in_sentence(years, lo, hi)
                or _in_sentence(spans, lo, hi) else whole.fiscal_year,
            )
        if lead_in is not None and not _in_sentence(years, lo, hi) and not _in_sentence(
                spans, lo, hi):  # "In FY 2024, EXBS allocations were:\n- Kazakhstan: $2.6 million"
            year = _lead_in_year(years, spans, *lead_in)
            for key, f in done.items():
                if year is not None and f.fiscal_year is None:
                    done[key] = dataclasses.replace(f, fiscal_year=year)
        linked.update(done)
    named = [f for f in facts if isinstance(f, CountryFact)]
    for (lo, hi), group in groups.items():  # "Benin\n- FMF: $8 million in FY 2023"
        i = _country_heading_index(text, headings, bisect.bisect_right(heading_starts, lo) - 1,
                                   named)
        country = _heading_country(headings[i], named, text) if i >= 0 else ""
        if country and headings[i].end <= lo and _about_the_subject(
                text, lo, hi, _not_places(text, _in_sentence(named, lo, hi)), country):
            for a in group:
                if not linked[id(a)].countries:
                    linked[id(a)] = dataclasses.replace(linked[id(a)], countries=(country,))
    title_start = len(text) - len(text.lstrip())
    title_end = text.find("\n", title_start)
    title = text[title_start:title_end].strip()
    # The document's subject (``document_subject`` reads the whole text) is asked for only when
    # the title is a heading before the first amount and names a country: else it is not used.
    titled = (bool(title) and title[-1] not in ".!?" and len(title) < 150
              and amounts[0].start > title_end and any(c.start < title_end for c in named))
    partner = document_subject(text, [(c.start, c.iso3) for c in named]) if titled else None
    if partner is not None and any(c.iso3 == partner and c.start < title_end for c in named):
        # named in the title: a text where one country only dominates is not enough here
        for (lo, hi), group in groups.items():
            present = _not_places(text, _in_sentence(named, lo, hi))
            if not _about_the_subject(text, lo, hi, present, partner):
                continue
            for a in group:
                if not linked[id(a)].countries:
                    linked[id(a)] = dataclasses.replace(linked[id(a)], countries=(partner,))
    _from_table_columns(text, amounts, named, linked)
    _glosses_share_context(text, amounts, linked)
    return [linked.get(id(f), f) if isinstance(f, MoneyFact) else f for f in facts]


# an amount restated in parentheses right after another, in another currency or rounded: "The
# $2.9 million project (approximately 31.8 million somoni)", "KSh 1.3 billion (about US$10
# million)"
_GLOSS_GAP = re.compile(r"[ \t\u00a0]*(?:[A-Za-z]+[ \t\u00a0]+)?\([ \t\u00a0]*(?:(?:about|"
                        r"approximately|approx\.|roughly|around|some|nearly|almost|or|i\.e\.,?|"
                        r"equivalent to)[ \t\u00a0]+)?$", re.IGNORECASE)


def _glosses_share_context(text: str, amounts: list[MoneyFact],
                           linked: dict[int, MoneyFact]) -> None:
    """An amount in parentheses right after another restates it ("The $2.9 million project
    (approximately 31.8 million somoni), funded through Section 333"): the two share their
    program, fiscal year and countries, each taking what the other has and it lacks; and the
    period a rate after the parentheses states ("about MVR 2.1 billion (roughly $136 million) a
    year": both a year's). ``linked`` is updated in place."""
    for first, second in itertools.pairwise(amounts):
        if not _GLOSS_GAP.fullmatch(text, first.end, second.start):
            continue
        a, b = linked[id(first)], linked[id(second)]
        program = a.program or b.program
        fiscal_year = a.fiscal_year if a.fiscal_year is not None else b.fiscal_year
        countries = a.countries or b.countries
        amount_a = a.amount
        if not amount_a.period and b.amount.period and _CLOSE_PAREN.match(text, b.end):
            amount_a = dataclasses.replace(amount_a, period=b.amount.period)
        linked[id(first)] = dataclasses.replace(a, amount=amount_a, program=program,
                                                fiscal_year=fiscal_year, countries=countries)
        linked[id(second)] = dataclasses.replace(b, program=program, fiscal_year=fiscal_year,
                                                 countries=countries)


@cache
def _lead_in_approximate() -> re.Pattern[str]:
    """An ``approximate`` qualifier of the data ending a list's lead-in ("... were roughly as
    follows:")."""
    words = sorted(money_words()["qualifiers"]["approximate"], key=len, reverse=True)
    return re.compile(r"(?<![A-Za-z])(?:" + "|".join(map(re.escape, words))
                      + r")(?:\s+as\s+follows)?\s*:\s*$", re.IGNORECASE)


@cache
def _lead_in_period() -> re.Pattern[str]:
    words = money_words()
    phrases = [p for ps in words["periods_before"].values() for p in ps]
    phrases += [p for p in words["periods_after"]["year"] if p[0].isalpha()]
    return re.compile(r"(?<![A-Za-z])(?:" + "|".join(map(re.escape, sorted(
        set(phrases), key=len, reverse=True))) + r")(?![A-Za-z])", re.IGNORECASE)


def _share_lead_in_terms(text: str, lo: int, group: list[MoneyFact],
                         done: dict[int, MoneyFact]) -> None:
    """A list's lead-in ("Average annual allocations were roughly as follows: Georgia, $2
    million; Armenia, $1 million") states the qualifier and the yearly period of every amount
    listed after its colon that states none of its own. ``done`` is updated in place.

    >>> from pipeline.values import Amount
    >>> t = "Annual aid was roughly as follows: Chad, $2 million; Mali, $1 million."
    >>> group = [MoneyFact(41, 51, Amount(2e6, 2e6)), MoneyFact(59, 69, Amount(1e6, 1e6))]
    >>> done = {id(a): a for a in group}
    >>> _share_lead_in_terms(t, 0, group, done)
    >>> [(f.amount.qualifier, f.amount.period) for f in done.values()]
    [('approximate', 'year'), ('approximate', 'year')]
    """
    colon = text.rfind(":", lo, group[0].start)
    if colon < 0:
        return
    lead = text[lo:colon + 1]
    approximate = _lead_in_approximate().search(lead) is not None
    period = _lead_in_period().search(lead) is not None
    if not (approximate or period):
        return
    for a in group:
        f = done[id(a)]
        amount = f.amount
        if approximate and amount.qualifier == "exact":
            amount = dataclasses.replace(amount, qualifier="approximate")
        if period and not amount.period:
            amount = dataclasses.replace(amount, period="year")
        if amount != f.amount:
            done[id(a)] = dataclasses.replace(f, amount=amount)


def _run_in_label(text: str, pos: int) -> str:
    r"""The run-in label (``sections.run_in_label``) that opens the paragraph ``pos`` is in,
    when it names one program ("Foreign Military Financing (FMF): Turkmenistan ..."): the
    heading of the paragraph's sentences; else "".

    >>> _run_in_label("Intro.\n\nSection 333: In FY 2023, it notified $9 million.", 30)
    'Section 333'
    >>> _run_in_label("Kazakhstan: In FY 2023, FMF totaled $9 million.", 20)
    ''
    """
    span = run_in_label(text, pos)
    if span is None:
        return ""
    label = text[span[0]:span[1]]
    return label if len({p.value for p in program_mentions(label)}) == 1 else ""


def _from_table_columns(text: str, amounts: list[MoneyFact], named: list[CountryFact],
                        linked: dict[int, MoneyFact]) -> None:
    """An amount in a table's cell takes what its column's header names and the cell does not:
    one fiscal year ("Country | FY 2021 | FY 2022"; else the caption's, "FY 2025 Request by
    Country"), one program ("Country | FMF | IMET"; else its row label's, "of which: EXBS |
    9,100"; else the caption's, "Table 1: EXBS Allocations by Country"), one country
    ("Program | Kazakhstan | Uzbekistan"). ``linked`` is updated in place."""
    starts = [a.start for a in amounts]
    cells = table_cells(text)
    labels = {c.row: text[c.start:c.end] for c in cells if c.column == 0}
    for cell in cells:
        i = bisect.bisect_left(starts, cell.start)
        here = []
        for a in amounts[i:]:
            if a.end > cell.end:
                break
            here.append(a)
        if not here:
            continue
        header_end = cell.header_start + len(cell.header)
        years = ({m.value for m in fiscal_year_mentions(cell.header)}
                 or {m.value for m in fiscal_year_mentions(cell.caption)})  # "FY 2025 Request"
        own_year = fiscal_year_mentions(text[cell.start:cell.end])
        programs = ({m.value for m in program_mentions(cell.header)}  # its column's, else its
                    or {m.value for m in program_mentions(labels.get(cell.row, ""))}  # row's,
                    or {m.value for m in program_mentions(cell.caption)})  # else the caption's
        countries = ({c.iso3 for c in named
                      if cell.header_start <= c.start and c.end <= header_end}
                     or _caption_countries(text, cell, named))
        for a in here:
            f = linked[id(a)]
            changes: dict[str, object] = {}
            if len(years) == 1 and not own_year and not fiscal_year_spans(cell.header):
                changes["fiscal_year"] = int(next(iter(years)))
            if len(programs) == 1 and not program_mentions(text[cell.start:cell.end]):
                changes["program"] = next(iter(programs))
            if len(countries) == 1 and not f.countries:
                changes["countries"] = tuple(countries)
            if changes:
                linked[id(a)] = dataclasses.replace(f, **changes)  # type: ignore[arg-type]


def _caption_countries(text: str, cell: TableCell, named: list[CountryFact]) -> set[str]:
    """The states a table's caption names ("Table 2: INL Obligations and Disbursements for
    Tajikistan, by Fiscal Year"): a one-country table's cells that name no country of their
    own (nor their row) are that country's, its total row's too."""
    if not cell.caption:
        return set()
    lo = text.rfind(cell.caption, 0, cell.header_start)
    if lo < 0:
        return set()
    hi = lo + len(cell.caption)
    return {c.iso3 for c in named if lo <= c.start and c.end <= hi and c.iso3 != DONOR}


def _lead_in_year(years: list[Mention], spans: list[Mention], lo: int, hi: int) -> int | None:
    """The fiscal year a list's lead-in names (``list_lead_ins``), for the items that name
    none: the one year it names, and no span of years."""
    named = {m.value for m in _in_sentence(years, lo, hi)}
    if len(named) != 1 or _in_sentence(spans, lo, hi):
        return None
    value = named.pop()
    return int(value) if value else None


def _not_places(text: str, countries: list[CountryFact]) -> list[CountryFact]:
    """``countries`` less those named only as places ("on the Uzbek border": ``_locations``)."""
    places = _locations(text, countries)
    return [c for c in countries if id(c) not in places]


def _country_heading_index(text: str, headings: list[Mention], i: int,
                           countries: list[CountryFact]) -> int:
    """The heading whose country the section under heading ``i`` is in: heading ``i`` itself,
    or, when it names no country and is not written in capitals, the nearest heading before
    it that is, when that one is a country's name in capitals ("TAJIKISTAN" over "Peace and
    Security ($19,500,000)" in a budget justification: capitals head a higher level)."""
    if i < 0 or _heading_country(headings[i], countries, text) or _all_capitals(text,
                                                                                headings[i]):
        return i
    for k in range(i - 1, -1, -1):
        if _all_capitals(text, headings[k]):
            return k if _heading_country(headings[k], countries, text) else i
    return i


def _all_capitals(text: str, heading: Mention) -> bool:
    words = text[heading.start:heading.end]
    return any(ch.isalpha() for ch in words) and words.upper() == words


# after a heading's country and its number ("2. ", ``sections.HEADING_NUMBER``), the section's
# topic ("– Border Security", ": Counterterrorism")
_HEADING_TOPIC = re.compile(r"[ \t]*(?:[-\u2013\u2014:][ \t]|$)")


def _heading_country(heading: Mention, countries: list[CountryFact], text: str = "") -> str:
    """The country a section heading is, when the heading is nothing but one country's name
    ("Benin", "Côte d'Ivoire"), or that name after the section's number and before its topic
    ("2. Tajikistan – Border Security and Counterterrorism"), else ``""``: the amounts under
    it that name no country are its."""
    lo = bisect.bisect_left(countries, heading.start, key=_START)
    c = countries[lo] if lo < len(countries) else None
    if c is None or c.iso3 == DONOR or c.end > heading.end:
        return ""
    if (c.start, c.end) == (heading.start, heading.end):
        return c.iso3
    number = HEADING_NUMBER.match(text, heading.start) if text else None
    if (number is None or c.start != number.end()
            or not _HEADING_TOPIC.match(text[:heading.end], c.end)):
        return ""
    return c.iso3


def _about_the_subject(text: str, lo: int, hi: int, countries: list[CountryFact],
                       subject: str) -> bool:
    """Whether an amount of the sentence ``text[lo:hi]`` that names no country is for the one
    partner the document is about ("U.S. Security Cooperation With Botswana ... • DCS: $9.8
    million authorized in FY 2022"): not when the sentence names another state, or a group or
    region (``subject_country_blockers``: "regional", "partners", "Caribbean" ...)."""
    if any(c.iso3 not in (subject, DONOR) for c in countries):
        return False
    return not any(  # a word of a country's name is none ("the United States")
        not any(c.start <= m.start() < c.end for c in countries)
        for m in _phrase_pattern("subject_country_blockers").finditer(text, lo, hi))
