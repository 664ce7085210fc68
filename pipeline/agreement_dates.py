"""The start and end of an agreement mention, from the dates of its clause, for
``pipeline.link_agreements`` (which decides the status these dates can change).

Dates: each date of the clause goes to the nearest agreement in it; a date a signing verb
introduces ("signed in 2016", "In March 2018, the two governments signed") wins over an entry
into force and over a merely nearer date; of the other point dates the nearest gives the start.
"from 1996 to 2011" gives both ends, "since 2002"/"in 2016"/"began in 1995" the start, "until
2011", "through 2026", "expires in 2030", "expired in 2012" the end; a date's granularity is
kept. "From 2007 to present" has no end. A clause opened by ", when" takes the date it stands
for ("since 1980, when ..."). A year of funding is no start ("In 2020, the United States
provided $5 million through GPOI"), a year in the name is ("the 1951 Mutual Defense Treaty").
Without an end of its own, an agreement ends where the relative clause after it says ("under
which ... for fiscal years 2023 through 2029") or where its term does ("a five-year MOU signed
in 2022": 2027). A clause that only marks an event in the agreement's life ("marked the 70th
anniversary of the Mutual Defense Treaty in 2021", "was amended in 2019") gives it no start,
but a year in its name does ("the 1951 Mutual Defense Treaty", "the Joint Vision Statement of
2012"). With a document date, "last year" and "this year" are calendar years. "The same
day" and "that month" take the last date before them (in the sentence before when theirs has
none). A date between "the" and a noun dates that event ("after the September 11, 2001
attacks"), unless the noun is an occasion of a signing ("at the November 7 ceremony"); a
period an extension word introduces ("extended in 2022 through 2027") gives only the end;
years a clause's amounts were given over ("received $60 million from FY 2016 through FY 2020
under the MSI") no start; an initialing or a notice of termination is an event, not a start.
Relative dates and durations are otherwise ignored, except "a more than 26-year
relationship", which with a document date gives the start year (2021 - 26 = 1995) as an
at-most bound (kind ``until``, duration ``P26Y``), unless the mention is only its frame ("the
28-year partnership between Georgia and its Guard under the SPP"). A date a meeting or a
deployment word introduces ("convened the Dialogue on May 3", "has deployed peacekeepers since
2002") is that occasion's, not a start; a proposed agreement's one own date is the period it is
to cover ("a successor plan covering 2025-2029 is under negotiation"); one signed "alongside"
the agreement before it, with no date of its own, takes that one's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import cache, lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.agreement_clauses import Conjunct, signatory_verb_regex
from pipeline.agreement_lookups import START, next_agreement_start, per_document
from pipeline.agreement_tries import may_hold_case_blind, phrase_trie
from pipeline.agreements import (
    clause_start,
    end_marker,
    extension_verbs,
    point_at,
    stated_status,
    vocabulary,
)
from pipeline.facts import AgreementFact, DateFact, MoneyFact
from pipeline.values import DateValue


def attributive_date(view: str, fact: AgreementFact, dates: Sequence[DateFact]
                     ) -> DateFact | None:
    """The date written right before an agreement's name ("a 2021 memorandum of
    understanding", "the 1951 Mutual Defense Treaty"): when it was concluded."""
    return next((d for d in dates if _written_before_name(view, d, fact)), None)


def _written_before_name(view: str, d: DateFact, fact: AgreementFact) -> bool:
    """Is the date written right before the agreement's name ("the 1951 Mutual Defense
    Treaty"), or with one lower-case modifier between ("the 1993 bilateral cooperation
    agreement"), or a parties' prefix and maybe a modifier ("the 1993 U.S.-Kyrgyz bilateral
    cooperation agreement")? Not when the mention heads the name of an event the year is
    then part of ("the 2026 NPT Review Conference": ``event_name_heads``)."""
    if _heads_an_event_name(view, fact.end):
        return False
    gap = fact.start - d.end
    if 0 < gap <= 40:  # "the 1993 U.S.-Kyrgyz bilateral cooperation agreement": its parties
        prefix = _PARTIES_PREFIX.match(view, d.end, fact.start)
        if prefix is not None:
            rest = view[prefix.end() - 1:fact.start]
            return not rest.strip() or _modifier_gap(rest)
    return ((0 <= gap <= 2 and not view[d.end:fact.start].strip())
            or (0 < gap <= 24 and _modifier_gap(view[d.end:fact.start])))


@cache
def _event_name_head_regex() -> re.Pattern[str]:
    heads = "|".join(map(re.escape, vocabulary()["event_name_heads"]))
    return re.compile(r"[ \u00a0]+(?:" + heads + r")\b")


def _heads_an_event_name(view: str, end: int) -> bool:
    """Is the mention ending at ``end`` followed by the capitalized head of an event's name
    ("NPT Review Conference", "C5+1 Summit")?

    >>> _heads_an_event_name("the 2026 NPT Review Conference", 12)
    True
    >>> _heads_an_event_name("the 1951 Mutual Defense Treaty was", 30)
    False
    """
    return _event_name_head_regex().match(view, end) is not None


# a parties' prefix between a year and a name: " U.S.-Kyrgyz ", " U.S.–Uzbek "
_PARTIES_PREFIX = re.compile(r"[ \u00a0]+[A-Z][A-Za-z.]*(?:[-\u2013][A-Z][A-Za-z.]*)+[ \u00a0]")


def _modifier_gap(gap: str) -> bool:
    """Is ``gap`` one lower-case modifier between a year and a mention (" bilateral "), not a
    function word (" the ", " and ")?"""
    word = gap.strip()
    return (gap[:1].isspace() and gap[-1:].isspace() and word.isalpha() and word.islower()
            and word not in STOP_WORDS)


# a relative clause of another noun inside the clause: "the plan that covered", "a base which"
_NESTED_RELATIVE = re.compile(r"\b(?:the|a|an|its|their)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?"
                              r"[a-z][\w-]*[ \u00a0]+(?:that|which)\b")


def end_in_relative_clause(view: str, dates: list[DateFact], clause: tuple[int, int] | None
                           ) -> DateValue | None:
    """The end of the period such a relative clause covers ("for fiscal years 2023 through
    2029": 2029-09-30; ", which expires in 2025"), if it states one; not one a relative clause
    of another noun inside it states (", which builds on the plan that covered 2018-2022")."""
    if clause is None:
        return None
    for d in dates:
        v = d.value
        if not (clause[0] <= d.start and d.end <= clause[1]) or v.end is None:
            continue
        if _NESTED_RELATIVE.search(view, clause[0] + 1, d.start) is not None:
            continue  # "..., which builds on the plan that covered 2018-2022": the other plan's
        if v.kind in ("interval", "until") and v.anchor != "present":
            return point_at(v.end, v.granularity, "end")
        if v.kind in ("date", "fiscal_year") and end_marker(view, d.start) is not None:
            return v
    return None


@cache
def _beginning_regex() -> re.Pattern[str]:
    words = phrase_trie(vocabulary()["beginning_words"], not_after=None)
    return re.compile(r"\b" + words + r"(?:[ \u00a0]+(?:in|on))?[ \u00a0]+$")


def start_in_relative_clause(view: str, dates: list[DateFact], clause: tuple[int, int] | None,
                             after: int, agreement_starts: Sequence[int],
                             fact: AgreementFact | None = None) -> DateValue | None:
    """The start a relative clause right after an agreement states for it, when its own
    clause gives none: a "since" date ("the GPOI, through which the United States has
    backed Peru's school since 2006"; "the Partnership for Peace, in which Peru has
    participated since May 1997") or a date a beginning word introduces ("a pairing with the
    Ohio National Guard, which began in 1999": ``beginning_words``), or the first year of a
    span its period verb introduces (", which ran from 1996 to 2011": ``period_verbs``), when
    no other agreement stands between the mention (ending at ``after``) and the date, and the
    date is no meeting's or deployment's (``dates_an_occasion``)."""
    if clause is None:
        return None
    for d in dates:
        v = d.value
        if (not (clause[0] <= d.start and d.end <= clause[1]) or v.start is None
                or next_agreement_start(agreement_starts, after) < d.start):
            continue
        if fact is not None and (dates_an_occasion(view, fact, d)
                                 or in_a_named_events_relative(view, fact, d)):
            continue  # "..., we have trained units for four rotations since 2018"; "... such
            # as STEPPE EAGLE, which Kazakhstan has hosted since 2003"
        if v.kind == "since":
            return point_at(v.start, v.granularity, "start")
        if v.kind == "date" and _beginning_regex().search(
                view[max(0, d.start - 40):d.start]) is not None:
            return v
        if v.kind == "interval" and _period_regex().search(
                view[max(clause[0], d.start - 60):d.start]) is not None:
            return point_at(v.start, v.granularity, "start")  # ", which ran from 1996 to 2011"
    return None


def signing_in_relative_clause(view: str, dates: list[DateFact],
                               clause: tuple[int, int] | None, after: int,
                               agreement_starts: Sequence[int]) -> DateValue | None:
    """The date a relative clause right after an agreement says it was signed on, with no other
    agreement between: "the Five-Year Plan of Military Cooperation for 2018–2022, which the two
    defense ministries signed in July 2017" (a signing verb, ``signatory_verbs``, before it in
    the clause)."""
    if clause is None:
        return None
    for d in dates:
        if (clause[0] <= d.start and d.end <= clause[1] and d.value.kind == "date"
                and d.value.start is not None
                and next_agreement_start(agreement_starts, after) >= d.start
                and signatory_verb_regex().search(view, clause[0], d.start) is not None):
            return d.value
    return None


@cache
def _period_regex() -> re.Pattern[str]:
    """A relative clause's period verb before its span of years (", which ran from", ", which
    also lasted from"), or "which" right before the span (", which from")."""
    verbs = phrase_trie(vocabulary()["period_verbs"]["words"], not_after=None)
    return re.compile(r"\bwhich[ \u00a0]+(?:(?:also|had|has)[ \u00a0]+)?(?:" + verbs
                      + r"[ \u00a0]+)?(?:from[ \u00a0]+)?$")


_SAME_PERIOD = re.compile(r"\b(?:that|the)[ \u00a0]+same[ \u00a0]+(year|month|day)\b"
                          r"|\bthat[ \u00a0]+(year|month)\b", re.IGNORECASE)


def same_period_start(view: str, dates: list[DateFact], fact: AgreementFact,
                      agreements: Sequence[AgreementFact], clause: tuple[int, int], s_lo: int,
                      before: tuple[int, int] | None = None
                      ) -> tuple[DateValue, DateValue] | None:
    """(the start, the date it refers to) that "that same year" / "the same day" / "that
    month" in the agreement's clause gives it when it is the mention nearest the phrase: the
    year (month, day) of the last date before the phrase in its sentence ("joined the PfP on
    20 February 2002, and its Guard partnership, established that same year": 2002), else in
    the sentence ``before`` it ("... on May 4, 2021. A memorandum signed the same day ...")."""
    if not may_hold_case_blind(view[clause[0]:clause[1]], ("same", "that")):
        return None  # "same" or "that" stands in every match
    for m in _SAME_PERIOD.finditer(view, clause[0], clause[1]):
        # not across a new coordinate clause ("joined PfP in 1997, and the same year ...")
        candidates = [a for a in agreements if _SAME_CLAUSE_BREAK.search(
            view, min(a.end, m.end()), max(a.start, m.start())) is None] or [fact]
        near = min(candidates, key=lambda a: (_distance(a, m.start(), m.end()),
                                              a is not fact))
        if near is not fact:
            continue
        earlier = [d for d in dates if s_lo <= d.start and d.end <= m.start()
                   and d.value.kind in ("date", "since") and d.value.start is not None]
        if not earlier and before is not None:  # "On May 2 they signed A. B, signed the same
            # day, ...": the last date of the sentence before
            earlier = [d for d in dates if before[0] <= d.start and d.end <= before[1]
                       and d.value.kind in ("date", "since") and d.value.start is not None]
        if not earlier:
            continue
        v = max(earlier, key=START).value
        assert v.start is not None
        unit = (m.group(1) or m.group(2)).lower()
        granularity = unit if _GRANULARITY_ORDER.index(unit) >= _GRANULARITY_ORDER.index(
            v.granularity if v.granularity in _GRANULARITY_ORDER else "year") else v.granularity
        own = v if v.kind == "date" else point_at(
            v.start, v.granularity, "start")
        return point_at(v.start, granularity, "start"), own
    return None


_GRANULARITY_ORDER = ("day", "month", "year")
_SAME_CLAUSE_BREAK = re.compile(r"[;.]|,[ \u00a0]+(?:and|but)\b")


_YEARS_DURATION = re.compile(r"P(\d+)Y")
_TRAILING_ARTICLE = re.compile(r"\s+(?:a|an|the)$")
_TERM_GAP = re.compile(r"^(?:[\s\u00a0]+[a-z]+){0,2}[\s\u00a0]*$")


def end_from_term(view: str, fact: AgreementFact, dates: list[DateFact], start: DateValue,
                  regions: Sequence[tuple[int, int] | None]) -> DateValue | None:
    """"a five-year MOU signed in 2022", "an ACSA ... valid for a period of five years": a term
    in years written right before the agreement's name, or after a term phrase ("in force for",
    "valid for", "a term of") in its clause or the relative clause after it, ends it that many
    years after its start (2027), at the start's granularity."""
    if start.start is None:
        return None
    term_words = tuple(vocabulary()["term_words"])
    for d in dates:
        v = d.value
        m = _YEARS_DURATION.fullmatch(v.duration) if v.kind == "duration" else None
        if m is None:
            continue
        before = " ".join(view[max(0, d.start - 40):d.start].lower().split())
        before = _TRAILING_ARTICLE.sub("", before)
        adjacent = d.end <= fact.start and _TERM_GAP.match(view[d.end:fact.start]) is not None
        stated = before.endswith(term_words) and any(
            r is not None and r[0] <= d.start < r[1] for r in regions)
        if not (adjacent or stated):
            continue
        years = int(m.group(1))
        try:
            shifted = start.start.replace(year=start.start.year + years)
        except ValueError:  # 29 February
            shifted = start.start.replace(year=start.start.year + years, day=28)
        return point_at(shifted, start.granularity, "start")
    return None


_WHEN = re.compile(r"[\s,]*when\b")


def when_antecedent(view: str, dates: list[DateFact], c_start: int) -> DateFact | None:
    """", when the two countries also concluded an access agreement": the date that "when"
    stands for, right before the clause ("since 1980, when ...")."""
    if _WHEN.match(view[c_start:c_start + 12]) is None:
        return None
    for d in dates:
        if d.end <= c_start and not view[d.end:c_start].strip(" ,\u00a0"):
            return d
    return None


_WHERE = re.compile(r"[\s,]*where\b")


# what the leaders did to the agreement at the meeting: signed it, raised ties to it, launched it
_WHERE_EVENT = re.compile(r"\b(?:signed|concluded|inked|adopted|launched|established|"
                          r"elevated|upgraded|raised|announced[ \u00a0]+the[ \u00a0]+elevation)\b")


def where_antecedent(view: str, dates: Sequence[DateFact], c_start: int, s_start: int,
                     fact_start: int | None = None) -> DateFact | None:
    """"President Biden hosted President Widodo at the White House on November 13, 2023,
    where the two leaders elevated relations to a Comprehensive Strategic Partnership": the
    clause "where" opens tells what happened at the meeting its sentence dates, so that day
    (the sentence's last date before the clause, when it is a point) is its event's.

    >>> from pipeline.values import DateValue
    >>> v = "They met in Hanoi on May 1, 2009, where they signed the Charter."
    >>> d = DateFact(21, 32, DateValue.year(2009))
    >>> where_antecedent(v, [d], v.index(", where"), 0) is d
    True
    >>> where_antecedent(v, [d], v.index(" they"), 0) is None
    True
    >>> w = "They met in Hanoi on May 1, 2009, where they met officers in an SPP event."
    >>> where_antecedent(w, [d], w.index(", where"), 0, w.index("SPP")) is None
    True

    Not for a mention in a phrase of the clause ("where they announced the pathway ... under
    AUKUS"): see ``framed_by_preposition``.
    """
    if _WHERE.match(view, c_start, c_start + 12) is None:
        return None
    if fact_start is not None and _WHERE_EVENT.search(view, c_start, fact_start) is None:
        return None  # "..., where they met officers in the first full SPP event": no act
        # that makes the agreement
    before = [d for d in dates if s_start <= d.start and d.end <= c_start]
    last = max(before, key=START) if before else None  # (not a span: "on December 1-2")
    return last if last is not None and last.value.kind == "date" else None


_FRAMING_PREPOSITION = re.compile(r"\b(?:under|through|within|via|of|for)[ \u00a0]+"
                                  r"(?:(?:the|its|their|a|an)[ \u00a0]+)?$", re.IGNORECASE)


def framed_by_preposition(view: str, fact: AgreementFact) -> bool:
    """Is the mention the object of a preposition ("under AUKUS", "through the SPP")?"""
    return _FRAMING_PREPOSITION.search(view, max(0, fact.start - 20), fact.start) is not None


_SINCE_CLAUSE = re.compile(r"[ \u00a0]+since[ \u00a0]+(?=[A-Za-z])")


def since_clause_start(view: str, fact: AgreementFact, dates: Sequence[DateFact], c_end: int
                       ) -> DateFact | None:
    """"have maintained a Strategic Partnership since the two countries signed the Declaration
    on March 12, 2002": the first point date of the clause "since" opens right after the
    agreement (not "since 2002" itself, a date of its own) is its start too.

    >>> from pipeline.values import DateValue
    >>> v = "a Partnership since the two signed the Charter on May 1, 2009."
    >>> f = AgreementFact(2, 13, "Partnership", "partnership")
    >>> d = DateFact(50, 61, DateValue.year(2009))
    >>> since_clause_start(v, f, [d], len(v)) is d
    True
    >>> since_clause_start("a Partnership since 2009.", f, [DateFact(20, 24, d.value)], 25)
    """
    m = _SINCE_CLAUSE.match(view, fact.end)
    if m is None:
        return None
    return next((d for d in sorted(dates, key=START)
                 if m.end() < d.start and d.end <= c_end and d.value.kind == "date"), None)


def calendar_year(view: str, d: DateFact, doc_date: date) -> DateFact:
    """A relative date that names a calendar year ("last year", "this year": ``calendar_relative``
    in the data) as that year of the document's date, so that it can date an agreement."""
    offsets = vocabulary()["calendar_relative"]
    written = " ".join(view[d.start:d.end].lower().split())
    if d.value.kind != "relative" or written not in offsets:
        return d
    return replace(d, value=DateValue.year(doc_date.year + int(offsets[written])))


def marks_an_event(clause_text: str) -> bool:
    """Does the clause speak of an event in the agreement's life that is not its start
    ("marked the 70th anniversary of the Mutual Defense Treaty in 2021", "reaffirmed the treaty
    in 2023": ``non_start_words``)? Then its point dates are the event's."""
    return not _lower_words(clause_text).isdisjoint(_word_set("non_start_words"))


def speaks_of_a_budget(clause_text: str) -> bool:
    """Does the clause speak of a budget ("FY 2025 GPOI request by partner", "the FY 2023
    allocations under GPOI": ``budget_nouns``)? Like an amount in its sentence, that makes its
    point dates and fiscal years the budget's, not an agreement's start, unless a start word
    says otherwise."""
    return not _lower_words(clause_text).isdisjoint(_word_set("budget_nouns"))


_LOWER_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=64)  # a clause is asked about by several rules, one clause after another
def _lower_words(clause_text: str) -> frozenset[str]:
    """The words of a clause, in lower case."""
    return frozenset(_LOWER_WORD.findall(clause_text.lower()))


@cache
def _word_set(key: str) -> frozenset[str]:
    """The words of vocabulary list ``key``, as a set (built once, not once per clause)."""
    return frozenset(vocabulary()[key])


@cache
def _joining_words() -> frozenset[str]:
    return frozenset(w for w in vocabulary()["join_words"] if w.startswith("join"))


_APPOSITION_WORDS = 6  # words between an apposition's opening comma and the mention
_CLOSING_COMMA = re.compile(  # "SPP,", "(GPOI) partner,", "SPP for more than two decades,"
    r"[ \u00a0]*(?:\([^()]{1,40}\)[ \u00a0]*)?(?:[a-z0-9][\w-]*[ \u00a0]*){0,5},")
_NOUN_PHRASE_OPENING = re.compile(r"[ \u00a0]*(?:(?:a|an|the|its|their|his|her)[ \u00a0]|"
                                  r"[A-Z][\w.-]*(?:[ \u00a0][A-Z][\w.-]*)*['\u2019]s[ \u00a0])")
_RELATIVE_OPENING = re.compile(r"[ \u00a0]*(?:which|who|whose|that|where|when)\b")


# an exercise's name in capitals, then the relative clause that tells of it ("exercises such as
# STEPPE EAGLE, which Kazakhstan has hosted since 2003")
_CAPS_NAME_RELATIVE = re.compile(
    r"\b[A-Z]{3,}(?:[ \u00a0]+[A-Z0-9]{2,})*,?[ \u00a0]+(?:which|that)\b")


def in_a_named_events_relative(view: str, fact: AgreementFact, d: DateFact) -> bool:
    """Is the date, after the agreement, in a relative clause on a name written in capitals
    (an exercise: "our ACSA lets our forces support each other during exercises such as STEPPE
    EAGLE, which Kazakhstan has hosted nearly every year since 2003")? It dates that event.

    >>> from pipeline.values import DateValue
    >>> v = "The ACSA supports exercises such as STEPPE EAGLE, which Kazakhstan hosts since 2003."
    >>> in_a_named_events_relative(v, AgreementFact(4, 8, "ACSA", "acsa"),
    ...                            DateFact(v.index("2003"), v.index("2003") + 4,
    ...                                     DateValue.year(2003)))
    True
    """
    return d.start > fact.end and any(
        m.start() >= fact.end for m in _CAPS_NAME_RELATIVE.finditer(view, fact.end, d.start))


def beyond_apposition(view: str, fact: AgreementFact, d: DateFact, c_start: int) -> bool:
    """Is the date in the main clause after an apposition the agreement stands in, which does
    not say it began ("The Virginia National Guard, Tajikistan's partner in the State
    Partnership Program, sent a team in April": April dates the team, not the pairing)?

    >>> from pipeline.values import DateValue
    >>> v = "The Guard, Chad's partner in the SPP, sent a team in April 2020."
    >>> f = AgreementFact(33, 36, "State Partnership Program", "state_partnership")
    >>> beyond_apposition(v, f, DateFact(52, 62, DateValue.month(2020, 4)), 0)
    True
    >>> w = "The Guard, Chad's partner in the SPP, began the pairing in April 2020."
    >>> beyond_apposition(w, f, DateFact(59, 69, DateValue.month(2020, 4)), 0)
    False
    >>> x = "Since 2014, and it formed the SPP, with Fiji, in 2018."
    >>> beyond_apposition(x, AgreementFact(30, 33, "SPP", "state_partnership"),
    ...                   DateFact(49, 53, DateValue.year(2018)), 0)
    False
    """
    opening = view.rfind(",", c_start, fact.start)
    if opening < 0 or d.start < fact.end:
        return False
    between = view[opening + 1:fact.start]
    if (len(between.split()) > _APPOSITION_WORDS or any(ch.isdigit() for ch in between)
            or _NOUN_PHRASE_OPENING.match(between) is None):
        return False  # a noun phrase ("Chad's partner in the", "a GPOI"), not a clause
    closing = _CLOSING_COMMA.match(view, fact.end)
    if (closing is None or d.start < closing.end()
            or _RELATIVE_OPENING.match(view, closing.end()) is not None):
        return False  # ", which ran from FY 2008": the mention's own relative clause
    return not states_a_start(view[closing.end():d.end])


_SECOND_PREDICATE = re.compile(  # ", and has implemented", ", and signed", "– and has sent"
    r"(?:,|[ \u00a0][-–—])[ \u00a0]+and[ \u00a0]+(?:also[ \u00a0]+)?"
    r"(?:has|have|had|is|are|was|were|[a-z]+ed)\b")
_PAST_VERB = re.compile(r"\b(?:[a-z]+ed|joined|signed|began|became|won)\b")


def before_second_predicate(view: str, fact: AgreementFact, d: DateFact, c_start: int) -> bool:
    """Is the date in the first of two predicates of one subject, the agreement in the second
    ("Kazakhstan joined on May 27, 1994, and has implemented an Individual Partnership Action
    Plan since 2006": May 1994 is the joining's)? A date that opens the clause, before its
    verb, is both predicates' ("In 2014 Georgia joined ..., and signed ...").

    >>> from pipeline.values import DateValue
    >>> v = "Chad joined in 1994, and has implemented an IPAP since 2006."
    >>> f = AgreementFact(44, 48, "Individual Partnership Action Plan", "partnership")
    >>> before_second_predicate(v, f, DateFact(15, 19, DateValue.year(1994)), 0)
    True
    >>> w = "In 1994 Chad joined, and has implemented an IPAP since 2006."
    >>> before_second_predicate(w, f, DateFact(3, 7, DateValue.year(1994)), 0)
    False
    """
    if d.end > fact.start:
        return False
    split = None
    for m in _SECOND_PREDICATE.finditer(view, d.end, fact.start):
        split = m
    if split is None:
        return False
    return _PAST_VERB.search(view, c_start, d.start) is not None


_OWN_SECOND_PREDICATE = re.compile(  # "... as part of the Merida Initiative with Mexico and
    # became"
    r"(?:[ \u00a0]+with[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w.]*(?:[ \u00a0]+[A-Z][\w.]*)*)?"
    r"[ \u00a0]+and[ \u00a0]+(?:later[ \u00a0]+|then[ \u00a0]+|subsequently[ \u00a0]+)?"
    r"(?:became|began|grew|was|were|[a-z]+ed)\b")
_BACK_REFERENCE = re.compile(r"\b(?:it|them|its|their)\b")


def after_subjects_second_predicate(view: str, fact: AgreementFact, d: DateFact,
                                    c_start: int) -> bool:
    """Is the date in a second predicate of its clause's subject, the agreement an object of
    the first ("CARSI began in fiscal year 2008 as part of the Merida Initiative and became a
    separate program in FY 2010": FY 2010 is CARSI's, not the Merida Initiative's)? Not when
    the second predicate takes the agreement back ("signed the accord and ratified it in
    2003"), nor when the agreement is the subject (no verb before it in its clause).

    >>> from pipeline.values import DateValue
    >>> v = ("CARSI began in 2008 as part of the Merida Initiative with Mexico and became "
    ...      "separate in 2010.")
    >>> f = AgreementFact(35, 52, "Merida Initiative", "partnership")
    >>> after_subjects_second_predicate(v, f, DateFact(88, 92, DateValue.year(2010)), 0)
    True
    >>> w = "Chad signed the Merida Initiative and ratified it in 2010."
    >>> g = AgreementFact(16, 33, "Merida Initiative", "partnership")
    >>> after_subjects_second_predicate(w, g, DateFact(53, 57, DateValue.year(2010)), 0)
    False
    """
    if d.start < fact.end:
        return False
    split = _OWN_SECOND_PREDICATE.match(view, fact.end)
    if split is None or _BACK_REFERENCE.search(view, split.end(), d.start) is not None:
        return False
    return _PAST_VERB.search(view, c_start, fact.start) is not None


def states_a_start(clause_text: str) -> bool:
    """Does the clause say that something was signed, began or took effect (so its point dates
    can be an agreement's start)? "In 2020, the United States provided $5 million through
    GPOI" does not: 2020 is a year of funding; nor does joining an event that marks the
    agreement ("joined the troops on May 4 to celebrate 15 years of the partnership")."""
    starts = start_words_in(clause_text)
    joining = _joining_words()
    if starts and starts <= joining and marks_an_event(clause_text):
        return False  # "joined 200 service members on November 7 to celebrate ...": a guest
    return bool(starts) or _DATES_TO.search(clause_text) is not None or stated_status(
        clause_text) in ("signed", "in_force", "ended", "proposed")


# "a pairing ... that dates to 1994": a beginning ("dates" alone is as often a noun)
_DATES_TO = re.compile(r"\b(?:dates|dated|dating)[ \u00a0]+(?:back[ \u00a0]+)?(?:to|from)\b")
_WORD = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=64)
def start_words_in(clause_text: str) -> frozenset[str]:
    """The ``start_words`` of a clause, in lower case, save one written with a capital after
    another capitalized word: a word of a proper name ("Joint Force Headquarters" states no
    entry into force).

    >>> sorted(start_words_in("They met at Joint Force Headquarters and signed it."))
    ['signed']
    """
    words = _word_set("start_words")
    if _lower_words(clause_text).isdisjoint(words):
        return frozenset()
    found = set()
    previous = ""
    for m in _WORD.finditer(clause_text):
        word = m.group(0)
        if word.lower() in words and not (word[0].isupper() and previous[:1].isupper()):
            found.add(word.lower())
        previous = word
    return frozenset(found)


def names_its_agreement(view: str, d: DateFact, group: Sequence[AgreementFact]) -> bool:
    """A year written as part of an agreement's name ("the 1951 Mutual Defense Treaty", "the
    Joint Vision Statement of 2012", "the 1993 bilateral cooperation agreement", "the umbrella
    agreement (1993)") is when it was concluded, whatever the rest of the sentence funds or
    marks."""
    return any(_written_before_name(view, d, a)
               or (d.value.kind == "date" and 0 <= d.start - a.end <= 60
                   and _OF_YEAR.fullmatch(view[a.end:d.start]) is not None)
               or (d.value.kind == "date" and 0 < d.start - a.end <= 3
                   and _OPEN_PAREN.fullmatch(view[a.end:d.start]) is not None
                   and view[d.end:d.end + 1] == ")") for a in group)


# "the Accord of 2012", "the Riga Accord (Baltic Pact) of 1994"
_OF_YEAR = re.compile(r"(?:[ \u00a0]*\([^()]*\))?[ \u00a0]+of[ \u00a0]+")
# "the Kazakh umbrella agreement (1993) has been extended": the year in parentheses names it
_OPEN_PAREN = re.compile(r"[ \u00a0]*\(")


def funding_year(d: DateFact, funded: set[int]) -> bool:
    """A fiscal year the sentence gives to an amount is a year of funding, not when an
    agreement began ("GPOI funding totaled $1 million in FY 2020"); "In FY 2019, Kazakhstan
    signed an ACSA" still dates the signing."""
    v = d.value
    return (v.granularity == "fiscal_year" and v.kind != "since" and v.end is not None
            and v.end.year in funded)


def funded_period(view: str, d: DateFact, amounts: Sequence[MoneyFact],
                  starts_something: bool) -> bool:
    """A span of years the amounts of a clause that states no start were given over ("received
    $60 million from FY 2016 through FY 2020 under the MSI", "Between FY 2009 and FY 2013, State
    obligated $288 million for the TSCP"), or the span right after an amount whatever the
    clause states ("Chad, an active partner since 2010, received $4 million between FY 2019 and
    FY 2024"): the funding's, not the agreement's; the period a plan or agreement covers stays
    ("the Special Measures Agreement that covers 2021-2025")."""
    if d.value.kind != "interval" or not amounts or covers_a_period(view, d):
        return False
    if _OWN_SPAN_VERB.search(view, max(0, d.start - 12), d.start) is not None:
        return False  # "an effort funded at roughly $64 million that ran from May 2002 to
        # April 2004": the programme's own span
    return not starts_something or any(0 <= d.start - m.end <= 4 for m in amounts)


_OWN_SPAN_VERB = re.compile(r"\b(?:ran|lasted|operated)[ \u00a0]+$")


@cache
def _meeting_nouns() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The ``meeting_nouns``, and each as the last word of a name (" Dialogue")."""
    nouns = tuple(vocabulary()["meeting_nouns"])
    return nouns, tuple(" " + n for n in nouns)


def names_a_meeting(view: str, fact: AgreementFact) -> bool:
    """"the third Enhanced Strategic Partnership Dialogue, held on December 10, 2021": an
    ordinal and a meeting noun make the mention one meeting of the partnership, and the
    sentence's date that meeting's ("launched a Strategic Dialogue in 2012" is not one). The
    noun may end the mention itself ("the next Strategic Partnership Dialogue"), and an
    occasion word a few words before stands for the ordinal ("the third round of their
    Strategic Partnership Dialogue", "a plenary session of the U.S.-Chile Security
    Dialogue": ``meeting_occasions``), and so does a meeting verb it is the object of ("plan to
    convene their Enhanced Strategic Partnership Dialogue", "will host the ... Dialogue":
    ``meeting_object_verbs``)."""
    vocab = vocabulary()
    following = view[fact.end:fact.end + 40].lstrip()
    nouns, endings = _meeting_nouns()
    own_noun = view[fact.start:fact.end].endswith(endings)
    if not own_noun and not following.startswith(nouns):
        return False  # (what the test below asks first)
    if not own_noun and not any(
            following.startswith(noun) and not following[len(noun):len(noun) + 1].isalpha()
            for noun in nouns):
        return False
    before = [w.lower() for w in view[max(0, fact.start - 80):fact.start].split()]
    if before[-2:] in (["at", "the"], ["during", "the"]):
        return True  # "At the Strategic Partnership Dialogue in March 2024, ...": a meeting
    if len(before) >= 2 and before[-1] in ("the", "their", "its", "a", "an") and (
            before[-2] in _occasion_words()[0] or before[-2] in vocab["meeting_object_verbs"]):
        return True  # "plan to convene their Enhanced Strategic Partnership Dialogue", "will
        # host the ... Dialogue": one meeting
    return (any(w in vocab["meeting_ordinals"] for w in before[-3:])
            or any(w in vocab["meeting_occasions"] for w in before[-6:]))


_NEXT_WORD = re.compile(r"\s*(\w+)")


def names_a_body(view: str, fact: AgreementFact) -> bool:
    """"the Strategic Partnership Commission convened on May 3": a partnership's own body
    (``partnership_bodies``) names the partnership, and its sentence's dates are the body's
    meetings, not the partnership's start."""
    following = _NEXT_WORD.match(view[fact.end:fact.end + 20])
    return following is not None and following.group(1) in vocabulary()["partnership_bodies"]


def assign_dates(group: list[AgreementFact], dates: list[DateFact],
                 conjuncts: list[Conjunct], c_start: int, view: str = ""
                 ) -> dict[int, list[DateFact]]:
    """Each date to the agreement of its conjunct ("signed the VFA in 1998 and the EDCA in
    2014"). An agreement with no date of its own takes those of the agreement it is directly
    conjoined with ("signed the VFA and the EDCA in 2014"), else those of the clause's head
    ("In 2014, they signed the EDCA and an ACSA") when it shares it. A year written as part of
    a name ("replaced the 1996 Status of Forces Agreement") is that agreement's only."""
    named = {id(d): g for d in dates for g in group
             if view and names_its_agreement(view, d, [g])}
    own: list[list[DateFact]] = [
        [d for d in dates if (named.get(id(d)) is group[k] if id(d) in named
                              else part.lo <= d.start < part.hi)]
        for k, part in enumerate(conjuncts)]
    for k in range(len(group) - 1):  # "A, adopted in 2019, succeeded B, which ran from 2010
        # to 2018": a date after a later agreement that also counts it is that agreement's
        later = [{id(d) for d in own[j]} for j in range(k + 1, len(group))]
        own[k] = [d for d in own[k] if id(d) in named or not any(
            group[j].end <= d.start and id(d) in later[j - k - 1]
            for j in range(k + 1, len(group)))]
    head = [d for d in dates if c_start <= d.start < group[0].start]
    out: dict[int, list[DateFact]] = {}
    for k in range(len(group) - 1, -1, -1):
        mine = own[k]
        if not mine and conjuncts[k].chained:
            mine = out.get(id(group[k + 1]), [])
        if not mine and conjuncts[k].shares_head:
            mine = head
        elif (view and mine and conjuncts[k].shares_head
              and all(covers_a_period(view, d) for d in mine)):
            mine = [*head, *mine]  # "On May 2 they signed ... and a Plan for 2026": May 2 too
        # "Its 2018 DCA and a Guard partnership ...": a year that names another agreement
        # is never borrowed
        out[id(group[k])] = [d for d in mine if named.get(id(d), group[k]) is group[k]]
    return out


_NEXT_LOWER_WORD = re.compile(r"[ \u00a0]+([a-z]+)")


def _modifies_a_noun(view: str, fact: AgreementFact) -> bool:
    """Is the mention a modifier of a noun for something done under the agreement ("four new
    ACSA sites", "the PMSI training": ``subordinate_nouns``)? Its clause then dates that thing."""
    following = _NEXT_LOWER_WORD.match(view[fact.end:fact.end + 30])
    return following is not None and following.group(1) in vocabulary()["subordinate_nouns"]


_DETERMINER_BEFORE = re.compile(r"(?<![\w-])(?:the|its|their|his|her)[ \u00a0]+$",
                                re.IGNORECASE)
_POSSESSIVE_DATE = re.compile(r"['’]s?[ \u00a0]+")  # "this year's", "2023's", "the years'"


@cache
def _renewal_after_regex_prefix() -> re.Pattern[str]:
    """A renewal verb of the mention's own predicate right after it ("... was renewed")."""
    verbs = "|".join(sorted(extension_verbs(), key=len, reverse=True))
    return re.compile(r"(?:[ \u00a0]*\([^()]{1,40}\))?[ \u00a0]*,?[ \u00a0]*"
                      r"(?:(?:was|were|has[ \u00a0]+been|have[ \u00a0]+been|had[ \u00a0]+been)"
                      r"[ \u00a0]+)?(?:" + verbs + r")\b")


def renewed_after(view: str, fact: AgreementFact) -> bool:
    """Does the mention's own predicate report that it was renewed or extended ("the access
    agreement has been renewed several times")? Renewed, it is in force."""
    return _renewal_after_regex_prefix().match(view, fact.end) is not None


_ANNIVERSARY = re.compile(r"\banniversar(?:y|ies)\b")


def _marks_an_anniversary(view: str, lo: int, hi: int) -> bool:
    """Does ``view[lo:hi]`` (from a date to the agreement) tell of an anniversary, with no
    signing verb after it ("marking the 70th anniversary of the alliance, ... adopted the
    Washington Declaration": the adoption's date)?"""
    before = max(0, lo - 25, view.rfind(".", 0, lo) + 1, view.rfind("\n", 0, lo) + 1)
    m = _ANNIVERSARY.search(view, before, hi)  # (or right before the date, in its sentence)
    return m is not None and not _word_set("signing_verbs").intersection(
        re.findall(r"[a-z]+", view[m.end():hi]))

# words after which a date is an end or another event's, not the renewal's ("renewed annually
# until June 20, 2013", "extended ... before it expired in December 2014")
_NO_RENEWAL_DATE = ("until|through|till|to|before|after|when|remains?|expire[sd]?|end(?:s|ed)?"
                    "|lapsed?")


@cache
def _renewal_after_regex() -> re.Pattern[str]:
    """A renewal the mention's own predicate reports right after it, up to a date ("the access
    agreement has been renewed several times, most recently in 2010", "under the CTR Agreement
    renewed in October 2022"): every held-out annotator left such a date out of the start."""
    return re.compile(_renewal_after_regex_prefix().pattern
                      + r"(?:(?!\b(?:" + _NO_RENEWAL_DATE + r")\b)[^.;:()])*$")


def dates_something_else(view: str, fact: AgreementFact, d: DateFact) -> bool:
    """Does the point date ``d`` date something other than the agreement ``fact``: a thing the
    mention only modifies ("announced six new ACSA sites in May 2021"), a thing a participle
    right before the date tells of ("with two more depots opened in 2020"), or an event only
    said to be in line with the agreement ("In 2021 the two sides agreed a drawdown consistent
    with the Basing Accord": ``frame_phrases``), or a name of something else the date is written
    in ("on the 1815 Congress of Vienna's centenary")? A year written as part of its name stays.
    A span of years is another thing's when it is written before a noun of its own, after "the"
    or a possessive ("ended the 1998–2000 border war", "emerging from its 1992–1997 civil
    war": the war's years, neither the agreement's start nor its end)."""
    if 0 <= fact.start - d.end <= 2 and _heads_an_event_name(view, fact.end):
        return True  # "at the 2026 NPT Review Conference": the conference's year
    if d.end <= fact.start and _marks_an_anniversary(view, d.start, fact.start):
        return True  # "visited Nevada on April 8-11 to mark the tenth anniversary of the
        # partnership", "celebrated the tenth anniversary this year of Colombia's partnership":
        # the celebration's date
    if (d.value.kind == "date" and d.start > fact.end
            and _renewal_after_regex().match(view, fact.end, d.start)):
        return True  # "the CTR agreement was renewed in October 2022": not when it began
    if d.value.kind == "interval" and not names_its_agreement(view, d, [fact]):
        return (_DETERMINER_BEFORE.search(view, max(0, d.start - 8), d.start) is not None
                and (_names_an_event(view, d) or _NAME_AFTER.match(view, d.end) is not None))
        # ("the 1990–1991 Gulf War": a name's years too)
    if (d.value.kind == "fiscal_year" and not names_its_agreement(view, d, [fact])
            and THE_BEFORE.search(view, max(0, d.start - 5), d.start) is not None
            and _NAME_AFTER.match(view, d.end) is not None):
        return True  # "section 1263 of the fiscal year 2016 National Defense Authorization Act"
    if d.value.kind not in ("date", "fiscal_year") or names_its_agreement(view, d, [fact]):
        return False
    if _modifies_a_noun(view, fact):  # (a fiscal year too: "In fiscal year 2023, North
        # Dakota conducted 41 SPP engagements")
        return True
    possessive = _POSSESSIVE_DATE.match(view, d.end)
    if possessive is not None and not possessive.end() <= fact.start <= possessive.end() + 20:
        return True  # "to help Mongolia host this year's exercise": the exercise's year
    if (THE_BEFORE.search(view, max(0, d.start - 5), d.start) is not None
            and ((_NAME_AFTER.match(view, d.end) is not None and not _names_an_occasion(view, d))
                 or _names_an_event(view, d))):
        return True  # "on the centenary of the 1815 Congress of Vienna": the year of another
        # name; "after the September 11, 2001 attacks": the date of that event
    if d.start > fact.end and _operating_relative().fullmatch(view, fact.end, d.start):
        return True  # "the transit agreements that enabled the relocation ... in August 2021"
    participle, frame = _something_else_regexes()
    if (_SCHEDULED.search(view, max(0, d.start - 40), d.start) is not None
            and _SIGNING_NEAR.search(view, max(0, d.start - 80), d.start) is None):
        return True  # "Follow-on training under GDRP is scheduled for the first half of 2022"
    window = max(0, d.start - 60)
    told = participle.search(view[window:d.start])
    if told is not None and not fact.start <= window + told.start() < fact.end:
        # (not the agreement's own name's noun: "the Africa Partnership Station, launched in
        # 2007")
        return not _after_its_name(view, d, fact)
    before = " ".join(view[max(0, fact.start - 40):fact.start].lower().split())
    # (not its own participle or relative clause: "consistent with the Framework Agreement
    # that our two governments signed in 2019")
    return frame.search(before) is not None and not _after_its_name(view, d, fact) and not (
        _in_own_relative(view, d, fact) and stated_status(view[fact.end:d.start]) == "signed")


def dates_an_occasion(view: str, fact: AgreementFact, d: DateFact) -> bool:
    """Does the date ``d`` date a meeting or a deployment of troops, not the agreement's start?
    A meeting word (``occasion_words``) introduces it ("convened the Strategic Partnership
    Dialogue in Washington on October 21-22", "the Dialogue, most recently convened in Tashkent
    in December 2024") unless it met for the first time then ("first convened in December
    2021") or since then ("held annually since 2021"); or a deployment's or a decision's word
    ("has deployed 19,000 peacekeepers to UN missions since 2002", "four rotations to UNIFIL
    since October 2018", "the parliament voted in June 2013 not to renew it") with the
    agreement not named between them. No signing verb stands between the word
    and the date, nor after the date in its clause ("met in May 2018 and signed the Plan")."""
    if d.value.kind not in ("date", "interval", "since") or names_its_agreement(view, d, [fact]):
        return False
    meeting, deployment, first_time = _occasion_words()
    signing = _word_set("signing_verbs")
    lo = max(0, d.start - 100)
    breaks = list(_OCCASION_BREAK.finditer(view, lo, d.start))
    lo = breaks[-1].end() if breaks else lo
    words = list(_ASCII_WORD.finditer(view, lo, d.start))
    for i in range(len(words) - 1, -1, -1):
        word = words[i].group(0).lower()
        if word in signing and word == words[i].group(0):  # (not "Force" of "Interim Force")
            return False
        if word in meeting or word in deployment:
            break
    else:
        return False
    if word in meeting:
        if d.value.kind == "since" or (i > 0 and words[i - 1].group(0).lower() in first_time):
            return False
    elif words[i].start() < fact.start < d.start:
        return False  # "deployed under the accord since 2008": said of the agreement
    after = _OCCASION_BREAK.search(view, d.end, d.end + 100)
    hi = after.start() if after is not None else min(len(view), d.end + 100)
    return not any(m.group(0) in signing for m in _ASCII_WORD.finditer(view, d.end, hi))


# a sentence's or clause's end, not the dots of "U.S."
_OCCASION_BREAK = re.compile(r"(?<![A-Z])\.(?=\s)|[;:\n]|,[ \u00a0]+(?:and|but)\b")


@cache
def _occasion_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(the meeting words, the other occasions' words: a deployment's, a decision's, the words
    of a first meeting) of ``occasion_words``."""
    words = vocabulary()["occasion_words"]
    others = {w for key, listed in words.items()
              if key not in ("_about", "meeting", "first_time_words") for w in listed}
    return frozenset(words["meeting"]), frozenset(others), frozenset(words["first_time_words"])


THE_BEFORE = re.compile(r"(?<![\w-])the[ \u00a0]+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"[ \u00a0]+([a-z]+)\b")


def _names_an_event(view: str, d: DateFact) -> bool:
    """Is the date, after "the", followed by a lower-case noun it dates ("the September 11, 2001
    attacks", "the July 2023 coup", "the 2010 framework"), not a word of the sentence's grammar
    ("in the spring of 2020 the two ...") nor an occasion of a signing ("At the November 7
    ceremony, ... signed": ``signing_occasions``)?"""
    m = _NOUN_AFTER.match(view, d.end)
    return (m is not None and m.group(1) not in STOP_WORDS
            and m.group(1) not in _word_set("signing_occasions"))
_NAME_AFTER = re.compile(r"[ \u00a0]+[A-Z][a-z]")
_CAPITALIZED_RUN = re.compile(r"(?:[ \u00a0]+[A-Z][\w’'-]*){1,4}")


def _names_an_occasion(view: str, d: DateFact) -> bool:
    """Is the date, after "the", the first word of an occasion's name where agreements are
    signed or launched ("launched at the 2014 Wales Summit": ``signing_occasions``)?"""
    m = _CAPITALIZED_RUN.match(view, d.end)
    return m is not None and m.group(0).split()[-1].lower() in _word_set("signing_occasions")


@cache
def _something_else_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a participle of a ``subordinate_nouns`` thing right before a date: "two more depots
    opened in", "the simulation complex completed in", "the Evaluation Centre, opened in"; a
    ``frame_phrases`` phrase that ends the words before an agreement: "consistent
    with the")."""
    vocab = vocabulary()
    nouns = "|".join(map(re.escape, vocab["subordinate_nouns"]))
    frames = "|".join(map(re.escape, vocab["frame_phrases"])) or "(?!)"  # any of them
    # ("the Evaluation Centre, opened in": a noun of a name, or set off by a comma)
    return (re.compile(rf"\b(?i:{nouns}),?[ \u00a0]+[a-z]+ed[ \u00a0]+(?:in|on)[ \u00a0]+$"),
            re.compile(rf"\b(?:{frames})(?: the| its| their| this| that)?$"))


@cache
def _operating_relative() -> re.Pattern[str]:
    """The agreement's own relative clause whose verb tells what it did or does
    (``operating_past_verbs``, ``operating_verbs``: "that enabled the safe relocation of
    thousands of Afghans in", ", which allowed deliveries in"): a date after it in that clause
    dates what was done under the agreement. A comma closes the clause: "signed the Protocol,
    which provides assurances to the members, in May 2014" is the signing's date."""
    vocab = vocabulary()
    verbs = "|".join(map(re.escape, sorted(
        {*vocab["operating_past_verbs"], *(v for v in vocab["operating_verbs"] if " " not in v)},
        key=len, reverse=True)))
    # (a conjoined agreement may stand between: "the transit agreements and overflight
    # arrangements that enabled ...")
    return re.compile(r"[ \u00a0]*(?:\([^()]*\))?(?:[ \u00a0]+(?:and|or)[ \u00a0]+[^,;.()]{1,60}?)?"
                      r"[ \u00a0]*,?[ \u00a0]*(?:which|that)[ \u00a0]+"
                      r"(?:(?:has|have|had|also)[ \u00a0]+)?(?:" + verbs + r")\b[^,;.()]*")


# a date an event is scheduled for, and the signing words that make it the agreement's own
_SCHEDULED = re.compile(r"\b(?:scheduled|planned|slated|set)[ \u00a0]+(?:for|in|on)[ \u00a0]+"
                        r"(?:the[ \u00a0]+)?$")
_SIGNING_NEAR = re.compile(r"\b(?:sign|signing|signature|conclusion|entry into force)\b")


def _distance(a: AgreementFact, lo: int, hi: int) -> int:
    """How many characters lie between the agreement's mention and the span ``[lo, hi)`` (0
    when they overlap)."""
    return max(0, lo - a.end, a.start - hi)


_OPENING_PREPOSITION = re.compile(r"(?:^|[.;:\n])\s*(?:in|on)\s+$", re.IGNORECASE)


@per_document  # asked again for the same date and agreement (``start_and_end``, then the linker)
def signing_rank(view: str, d: DateFact, fact: AgreementFact | None = None) -> int:
    """How surely a date is the agreement's start: 2 when a signing verb introduces it
    ("concluded on 10 February 1998", "signed in 2016") or, opening its clause, is followed by
    one ("In March 2018, the two governments signed ...") or it is written in the agreement's
    name ("the 2008 Letter of Agreement"); 1 when an entry into force does
    ("entered into force in May 2019"); else 0. The surest dates the agreement before any
    merely nearer one ("signed in January 2021 and in force since March 2021": January 2021)."""
    vocab = vocabulary()
    if fact is not None and names_its_agreement(view, d, [fact]):
        return 2  # "an amendment signed in 2023 extended the 2008 Letter of Agreement": 2008
    before = [w.strip(",;") for w in view[max(0, d.start - 40):d.start].lower().split()]
    if before and before[-1] == "the":
        before = before[:-1]  # "signed in the spring of 2020": a span without its "the"
    if before and before[-1] in ("on", "in", "of"):
        before = before[:-1]  # "signed in 2016": the verb, then at most a preposition
    if before and before[-1] in vocab["signing_verbs"]:
        if before[-1] in vocab["in_force_words"]:
            return 1
        return 3 if _after_its_name(view, d, fact) or _in_own_relative(view, d, fact) else 2
    opening, after_mention = _signed_at_place_regexes()
    if (opening.search(view, max(0, d.start - 80), d.start) is not None
            or (fact is not None and fact.end <= d.start
                and after_mention.search(view, max(fact.end, d.start - 80), d.start))):
        # "Signed in Washington on January 19, 1960, the Treaty ... entered into force on ...";
        # "The Treaty ..., signed in Washington on January 19, 1960, entered into force ..."
        return 3 if _after_its_name(view, d, fact) else 2
    last = _last_verb_before(view, d.start, fact)
    if last is not None and last not in vocab["in_force_words"]:
        # "signed their 123 Agreement on nuclear cooperation on May 21, 2009"; "the truce
        # signed in Doha on 3 May 2019" (its own participle: surer than "fighting that began")
        return 3 if _after_its_name(view, d, fact) else 2
    if (_OPENING_PREPOSITION.search(view[max(0, d.start - 40):d.start])
            and view[d.end:d.end + 1] in (",", " ")):
        # "In March 2018, the two governments signed"; without the comma too ("In May 2001 the
        # two governments signed"), up to the clause's first comma
        after = view[d.end:d.end + 200]
        # up to the clause's comma; after a comma, the next ("In March 2018, the two ... signed")
        after = (after.split(",", 1)[0] if after[:1] == " "
                 else "," + after[1:].split(",", 1)[0])
        # (the subject may be two officials with their titles: "On August 15, 2020, Secretary
        # of State Michael R. Pompeo and Polish Minister of National Defense ... signed")
        following = [w.strip(",;.").lower() for w in after.split()[:20]]
        if any(w in vocab["signing_verbs"] and w not in vocab["in_force_words"]
               for w in following):
            return 2
    return 0


_FIRST_WORD = re.compile(r"[\s,]*(?:\([^()]*\)[\s,]*)?([a-z]+)")
_CLAUSE_BREAK = re.compile(r"[;.]|,\s*(?:and|but)\b")


def _after_its_name(view: str, d: DateFact, fact: AgreementFact | None) -> bool:
    """Is the date told by a participle right after the agreement's name ("the accord, signed
    in Lima on 4 May 1998"; "the truce reached in Doha in 2019"): the agreement's own event?"""
    if fact is None or fact.end > d.start or d.start - fact.end > 80:
        return False
    gap = view[fact.end:d.start]
    first = _FIRST_WORD.match(gap)
    return (first is not None and first.group(1) in vocabulary()["signatory_verbs"]
            and not _CLAUSE_BREAK.search(gap))


# ", which Chile and Peru signed in", " that Manila and Tokyo signed on": a relative clause
# right after the name (its acronym may stand between), with no sentence or clause break
_OWN_RELATIVE = re.compile(r"[ \u00a0]*(?:\([^()]*\))?[ \u00a0]*,?[ \u00a0]*"
                           r"(?:which|that)\b[^;.()]*")


def _in_own_relative(view: str, d: DateFact, fact: AgreementFact | None) -> bool:
    """Is the date in a relative clause right after the agreement's name, whose signing verb
    introduces it ("the Access Agreement that Manila and Tokyo signed on July 8, 2024"): the
    agreement's own signing, surer than a signing told before its name?"""
    return (fact is not None and fact.end <= d.start and d.start - fact.end <= 100
            and _OWN_RELATIVE.fullmatch(view, fact.end, d.start) is not None)


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_ASCII_WORD = re.compile(r"[A-Za-z]+")
_NEW_CLAUSE = re.compile(r",\s*(?:and|but|which|when)\b")


# "the EDCA, which ... signed", "the Peace Treaty, signed at the White House on ...": a verb that
# speaks of the agreement from its relative or participial clause (whose subject may be a list
# of states: "which Kazakhstan, the Kyrgyz Republic, and Uzbekistan signed").
_AGREEMENT_RELATIVE = re.compile(
    r"^\s*(?:\([^()]*\))?[\s,]*(?:(?:which|that)\b(?:[^,;]|,\s+(?:and\s+)?(?:the\s+)?[A-Z])*|,\s*|"
    # "the Peace Agreement, initialed in Lima in November 1995 and signed ...": a second participle
    r"[a-z]+ed\b[^;.]*?\band\s+|"
    # "A new MOU covering fiscal years 2019 through 2028 was signed ...": its passive verb
    r"|[^,;]*?\b(?:was|were|has\s+been|have\s+been|had\s+been)"
    r"(?:\s+(?:first|formally|jointly|originally|also|later|finally|officially))?\s+"
    # "the ten-year Roadmap we signed with Tunisia in 2020": a relative clause without its
    # pronoun, a personal pronoun its subject
    r"|\s+(?:we|they)(?:\s+(?:have|had|jointly|formally|first))?\s+)$")


@cache
def _signed_at_place_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A signing verb, the place it was done in ("in Washington", "at the Pentagon") and the
    preposition of a date right after ("signed in Washington on"): (one opening its sentence or
    line, "Signed in Washington on"; any, for a date after the agreement's mention). Not one
    inside a sentence before the mention ("the Group, established at Yavoriv in 2015, ...":
    another thing's participle)."""
    verbs = "|".join(map(re.escape, sorted(
        set(vocabulary()["signing_verbs"]) - set(vocabulary()["in_force_words"]),
        key=len, reverse=True)))
    body = (rf"(?i:{verbs})[ \u00a0]+(?:in|at)[ \u00a0]+(?:the[ \u00a0]+)?"
            r"(?:[A-Z][\w.’'-]*,?[ \u00a0]+){1,4}(?:on|in)[ \u00a0]+$")
    return (re.compile(r"(?:\A|(?<=[.;:\n])|(?<=[.;:\n][ \u00a0]))" + body),
            re.compile(r"\b" + body))


def _last_verb_before(view: str, pos: int, fact: AgreementFact | None) -> str | None:
    """The last signing verb (``signing_verbs``) in the 100 characters before ``pos`` within its
    clause, when the agreement ``fact`` stands between the two (its object) and no year and no
    comma-"and" do: the verb whose object's date ``pos`` is ("signed their 123 Agreement on
    nuclear cooperation on May 21, 2009"; not "established relations in 1987")."""
    if fact is None or fact.end > pos:
        return None
    lo = clause_start(view, pos, 100)
    window = view[lo:pos]
    verbs = _word_set("signing_verbs")
    lowered = window.lower()
    if not any(verb in lowered for verb in verbs):
        return None  # (every verb the loop finds is in the lower-cased window)
    for m in reversed(list(_ASCII_WORD.finditer(window))):
        if m.group(0).lower() in verbs:
            if lo + m.end() > fact.start and _AGREEMENT_RELATIVE.match(
                    view[fact.end:lo + m.start()]) is None:
                return None  # a verb after the agreement speaks of it only in its relative clause
            between = view[lo + m.end():pos]
            if _YEAR.search(between) or _NEW_CLAUSE.search(between):
                return None
            return m.group(0).lower()
    return None


def start_and_end(dates: list[DateFact], fact: AgreementFact, view: str = ""
                  ) -> tuple[DateValue | None, DateValue | None, list[DateValue], str | None]:
    """(start, end, the point dates in order, what the end's word says: "past", "open" or
    None) from an agreement's dates. A point date a signing verb introduces gives the start
    ("adopted in April 2019, covers the years 2019 through 2024": April 2019); else an
    interval; else the point date nearest the agreement ("established relations in 1987, and
    in 2019 elevated them to a Strategic Partnership": 2019; "signed in January 2021 and in
    force since March 2021": January 2021); else a "since" date. A point date after an end
    word is the end ("expires in 2030", "ended in 2014"). The period a plan covers ("signed in
    October 2022, covers 2023-2027", "the Plan ... for 2024", "the 2024-2028 Plan") is its
    start only when no other date gives one; else it gives the end. A period an extension
    introduces ("was extended in 2022 through 2027") gives only the end."""
    # (a span of years written before the name, "the 2024–2028 Five-Year Plan", is a period)
    covered = [d for d in dates if view and (covers_a_period(view, d) or (
        d.value.kind == "interval" and _written_before_name(view, d, fact)))]
    if covered and len(covered) < len(dates):
        rest = [d for d in dates if not any(d is c for c in covered)]
        own_start, own_end, own_points, own_end_word = start_and_end(rest, fact, view)
        if own_start is not None:
            last = max(covered, key=START).value
            if own_end is None and last.end is not None:
                own_end, own_end_word = point_at(last.end, last.granularity, "end"), "open"
            return own_start, own_end, own_points, own_end_word
    start: DateValue | None = None
    end: DateValue | None = None
    end_word: str | None = None
    points: list[DateValue] = []
    point_facts: list[DateFact] = []
    since: DateValue | None = None  # "signed in January 2021 and in force since March 2021"
    since_fact: DateFact | None = None
    interval_fact: DateFact | None = None
    end_from_interval = False
    terminated: DateValue | None = None
    for d in sorted(dates, key=lambda f: f.start):
        v = d.value
        if v.kind == "interval" or (v.kind == "since" and v.anchor != "present" and v.end):
            if start is None and v.start is not None and not (view and _extends_to(view, d)):
                start = point_at(v.start, v.granularity, "start")
                interval_fact = d
            if end is None and v.end is not None and v.anchor != "present":
                end = point_at(v.end, v.granularity, "end")
                end_word = end_marker(view, d.start, until=True) if view else None
                end_from_interval = True
        elif v.kind == "since":
            # the nearest: "deployed since 2011, and the guard has been its partner since 2015";
            # one after the mention before one closing a phrase set off before it ("Chad, a
            # member since 2005, has partnered with the Iowa Guard since 2012")
            if v.start is not None and (since_fact is None or _since_rank(view, fact, d)
                                        < _since_rank(view, fact, since_fact)):
                since = point_at(v.start, v.granularity, "start")
                since_fact = d
        elif v.kind == "until":
            if end is None and v.end is not None:
                end = point_at(v.end, v.granularity, "end")
                end_word = end_marker(view, d.start, until=True) if view else None
        elif (view and not names_its_agreement(view, d, [fact])
              and (marker := end_marker(view, d.start)) is not None):
            if end is None:  # "expired in 2012 and was replaced in 2018": the first end
                end, end_word = v, marker
        elif view and _tells_its_termination(view, d, fact):
            # "In 2019 the United States withdrew from the INF Treaty": its end, unless a date
            # it takes effect says when ("On June 20, 2013, parliament voted to terminate the
            # Agreement ..., effective July 11, 2014"); never its start
            terminated = terminated or v
        else:
            points.append(v)
            point_facts.append(d)
    if end is None and terminated is not None:
        end, end_word = terminated, "past"
    if (since_fact is not None and interval_fact is not None and interval_fact.end <= fact.start
            and fact.end <= since_fact.start):
        # "Between FY 2016 and FY 2020, X received ..., and the Guard has been its partner
        # since 2000": the interval dates the clause before; the mention's own "since" is its
        start = None
        if end_from_interval:
            end, end_word = None, None
    ranks = [signing_rank(view, d, fact) for d in point_facts]
    if since is not None and start is None and max(ranks, default=0) == 0:
        return since, end, points, end_word  # "backed ... since 2016, as well as ... in 2021"
    if points and (start is None or max(ranks) > 0):
        best = min(range(len(points)), key=lambda i: (
            -ranks[i], _distance(fact, point_facts[i].start, point_facts[i].end)))
        # (or the year its name bears: "signed the 2023 Compact Review Agreement ... on May
        # 22, 2023")
        titled = bool(view) and names_its_agreement(view, point_facts[best], [fact])
        finer = [i for i in range(len(points))
                 if (ranks[i] == ranks[best] or (titled and ranks[i] >= 0))
                 and _within_and_finer(points[i], points[best])
                 and point_facts[best].end <= fact.end <= point_facts[i].start]
        if finer:  # "Last year, Egypt brokered the ceasefire that Israel and Hamas reached on
            # May 20, 2021": the day within the year the sentence opens with, rather than the
            # year (not "in 1998, weeks after Hurricane Mitch ... in October 1998")
            best = min(finer, key=lambda i: _distance(fact, point_facts[i].start,
                                                      point_facts[i].end))
        start = points[best]
    return start or since, end, points, end_word


def _within_and_finer(inner: DateValue, outer: DateValue) -> bool:
    """Does ``inner`` lie within ``outer`` and cover less of it ("May 20, 2021" in "2021")?"""
    if None in (inner.start, inner.end, outer.start, outer.end):
        return False
    assert inner.start is not None and inner.end is not None  # (for mypy)
    assert outer.start is not None and outer.end is not None
    return (outer.start <= inner.start and inner.end <= outer.end
            and (inner.end - inner.start) < (outer.end - outer.start))


def _tells_its_termination(view: str, d: DateFact, fact: AgreementFact) -> bool:
    """Is the date, before the agreement in its sentence, the date of a termination word
    (``termination_words``) that the agreement follows with no signing verb or other date
    between ("On July 21, 2015, the government denounced the Agreement ...")? Not of one only
    intended ("announced that it would terminate GSOMIA": its ``intent_words``)."""
    if d.end > fact.start or fact.start - d.end > 200 or not _opens_its_clause(view, d):
        return False  # (not "Nepal, paired with the Utah Guard in 2019, withdrew from ...")
    between = view[d.end:fact.start]
    if any(brk in between for brk in (". ", "; ", "\n")) or _YEAR.search(between):
        return False
    words = {w.strip(",;:()").lower() for w in between.split()}
    vocab = vocabulary()
    if not words.isdisjoint(vocab["signing_verbs"]):
        return False
    verb = _VERB_AFTER.match(view, fact.end)  # "• July 11, 2014 – The Agreement ... expires"
    if verb is not None and verb.group(1) in vocab["termination_words"]["subject_words"]:
        return True
    return (not words.isdisjoint(vocab["termination_words"]["words"])
            and words.isdisjoint(vocab["termination_words"]["intent_words"]))


# the word after an agreement's mention, past its acronym in brackets: its verb when it is the
# subject (no comma between, unlike agreements._OPERATING_GAP: "the 1993 agreement, terminated
# in 2015" is a participle of its own)
_VERB_AFTER = re.compile(r"(?:[ \u00a0]*\([^()]{1,20}\))?[ \u00a0]+([a-z]+)\b")


def _opens_its_clause(view: str, d: DateFact) -> bool:
    """Does the date open its sentence, line or clause ("In 2019 the United States withdrew",
    "On July 21, 2015, the government denounced", "• May 19, 1993 – The two governments sign")?"""
    before = view[max(0, d.start - 40):d.start]
    return (_OPENING_PREPOSITION.search(before) is not None
            or _LINE_OPENING.search(before) is not None)


_LINE_OPENING = re.compile(r"(?:^|[.;:\n])[\s•*\-–—]*$")


def _extends_to(view: str, d: DateFact) -> bool:
    """Is the period one an extension word introduces ("was extended in December 2022 through
    2027", "renewed from 2021 to 2028": ``extension_verbs``)? It gives the agreement's new end,
    not its start."""
    before = [w.strip(",;").lower() for w in view[max(0, d.start - 30):d.start].split()]
    while before and before[-1] in ("in", "on", "from", "for"):
        before = before[:-1]
    return bool(before) and before[-1] in extension_verbs()


def _since_rank(view: str, fact: AgreementFact, d: DateFact) -> tuple[bool, int]:
    """Order of "since" dates for an agreement: one that ends a phrase set off by a comma
    before the mention ("Chad, a member since 2005, has partnered ...") after any other, then
    the nearest."""
    closes_aside = d.end <= fact.start and view[d.end:d.end + 1] == ","
    return closes_aside, _distance(fact, d.start, d.end)


def planned_period(view: str, dates: Sequence[DateFact]) -> tuple[DateValue, DateValue] | None:
    """(start, end) of the years a planned agreement is to cover ("a successor Plan of Military
    Cooperation covering 2025-2029 is under negotiation", "agreed to draft a Work Plan for
    2025-2027"): the one date of a proposed agreement that is its own, where the dates of talks
    and targets are not."""
    for d in dates:
        v = d.value
        if v.start is not None and v.end is not None and covers_a_period(view, d):
            return (point_at(v.start, v.granularity, "start"),
                    point_at(v.end, v.granularity, "end"))
    return None


def companion_of(view: str, before: AgreementFact, fact: AgreementFact) -> bool:
    """Is ``fact`` named as concluded with the agreement ``before`` it in its clause ("signed a
    Treaty on Allied Relations on May 2, 2022, alongside a border treaty", "signed a DCA in
    Port Moresby on May 22, along with a shiprider agreement": ``companion_words``)? With no
    date of its own, it takes that signing's."""
    return (before.end <= fact.start and fact.start - before.end <= 120
            and _companion_regex().fullmatch(view, before.end, fact.start) is not None)


@cache
def _companion_regex() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in vocabulary()["companion_words"]["words"])
    return re.compile(r"[^;.()]*,[ \u00a0]+(?:" + words + r")[ \u00a0]+(?:(?:a|an|the|its|their)"
                      r"[ \u00a0]+)?(?:new[ \u00a0]+)?")


def framed_mention(view: str, fact: AgreementFact) -> bool:
    """Is the mention only the frame of what its clause speaks of, after "under" (``operating_
    frames``: "the 28-year partnership between Georgia and its Guard under the State
    Partnership Program")? The age of that relationship is then the pairing's, not the
    programme's start."""
    return _framed_regex().search(view, max(0, fact.start - 12), fact.start) is not None


@cache
def _framed_regex() -> re.Pattern[str]:
    frames = "|".join(map(re.escape, vocabulary()["operating_frames"]))
    return re.compile(r"(?<![\w-])(?:" + frames + r")[ \u00a0]+(?:the[ \u00a0]+)?$")


@cache
def _covering_regex() -> re.Pattern[str]:
    words = phrase_trie(vocabulary()["covered_period_words"], ignore_case=True)
    return re.compile(words + r"(?:[ \u00a0]+the[ \u00a0]+(?:years|period))?"
                      r"[ \u00a0]+$", re.IGNORECASE)


def covers_a_period(view: str, d: DateFact) -> bool:
    """Is the date the period a plan or agreement covers ("covers 2023-2027", "the Plan of
    Military Cooperation for 2024", ``covered_period_words``; a year that names a plan, "the
    2024 Plan of Military Cooperation"), not an event of its life?"""
    return (d.value.kind in ("date", "interval") and d.value.granularity in ("year", "fiscal_year")
            and (_covering_regex().search(view[max(0, d.start - 30):d.start]) is not None
                 or _PLAN_AFTER.match(view, d.end) is not None))


# a year that names a plan: "the 2024 Plan of Military Cooperation", "its 2025 Work Plan"
_PLAN_AFTER = re.compile(r"(?:[ \u00a0]+[A-Z][\w-]*){0,3}[ \u00a0]+Plan\b")
