"""Link each agreement to its parties, dates and status from the facts around it.

``link_agreements`` is pure: text, facts, sentences and the document's date in; the same facts
out, every ``AgreementFact`` with ``parties``, ``date_start``, ``date_end`` and ``status`` filled.
Everything is read from the agreement's clause (its sentence cut at semicolons and at commas
that open a relative or participial clause, ``pipeline.agreements.clauses``; a relative clause
right after the name belongs to it, and so does a clause whose subject is its own noun, ", but
the pairing lapsed in 2022"; a comma-"and" that opens a clause with a subject of its own, "and
Latvian officers attend ...", ", and Malawi and the United States signed ...", ", and Costa
Rica with the New Mexico National Guard", ends it), and from the context where the clause is
silent. A year written in a name ("replacing the 1996 SOFA") is that agreement's start.

Parties (a sorted tuple of ISO3 codes and names):
- every country mention (``CountryFact``) of the clause, except a place where something
  happens ("operations in Afghanistan", "deployed to Lebanon"; "provided $5 million to Senegal"
  is a recipient), a go-between ("a ceasefire brokered by France") and a state inside a guard's
  name; a country inside another agreement's name
  ("U.S.-Georgia Charter ...") belongs to that one; a capital standing for its government
  ("Washington and Manila signed"); the members of a grouping of states ("U.S.-Baltic", "the
  Visegrad countries", ``pipeline.country_groups``);
- the signatories named right after the agreement, when they are: "the ceasefire agreement
  that Russia and Georgia signed", "an accord signed in 2020 by Armenia and Azerbaijan";
- for a State Partnership pairing, every U.S. state National Guard of the clause, as "<State>
  National Guard" (a state named alone stands for its guard: "Alaska and Mongolia have been
  partners under the State Partnership Program"). The guard, not the United States, is the
  party of a pairing unless the clause names the United States; a guard is a party of
  another kind of agreement only as its signatory;
- the signatories a signing verb's subject names when one is a U.S. state's Guard or military
  body or an office that is no state ("the Ohio National Guard and Serbia's ministry signed a
  memorandum", "AIT and TECRO signed"): they, not the United States by default;
- "with NATO" and the like (``organization_parties`` in the data), an organization right before
  the name ("NATO SOFA") or in its parties' prefix ("U.S.-ASEAN ..."), and the parties a known
  program always has (Partnership for Peace: NATO; GPOI: USA);
- "we"/"our": the United States (the author of these documents); "these countries", "both
  nations", "all three": the countries its sentence named before its clause, else those of the
  nearest earlier sentence of the paragraph; "the two countries" with one partner named are
  that partner and the United States;
- where the clause names no partner, a bilateral agreement is with the partner the section's
  heading names ("Kenya"), else the document's subject country (a fact sheet about one
  country), else, in a regional text, the one partner the nearest earlier sentence names.
  A kind the United States concludes with one partner at a time (SOFA, ACSA, access or
  transit agreement) naming no partner is, even as a generic mention, with the partner of a
  section or document about one; naming one partner, or a list of them after "with", it is
  with the United States, except, in a section or document about another
  partner, with that partner ("U.S. Security Cooperation With Japan ... a Reciprocal Access
  Agreement with the United Kingdom": Japan and the United Kingdom).

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
2012"). With a document date, "last year" and "this year" are calendar years. Relative dates
and durations are otherwise ignored, except "a more than 26-year relationship", which with a
document date gives the start year (2021 - 26 = 1995) as an at-most bound (kind ``until``,
duration ``P26Y``).

Status (``pipeline.agreements.status_of``): the clause's status words; then a stated end in the
past makes it ``ended``: before the document date, or, with no document date, one not stated as
ahead ("expires", "valid until", "covers ... through") nor derived from a term. When the status
is ``ended`` and the clause has only point dates, the last is the end ("withdrew from the treaty
in 2019": end 2019, start unknown; "signed in 2002 and expired in 2014": 2002 to 2014).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from operator import attrgetter

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.agreements import (
    capital_mentions,
    clauses,
    continues_with_itself,
    document_subject,
    end_marker,
    ended_phrase_governs,
    entry_for,
    excluded_parties,
    find_bare_states,
    find_guards,
    find_state_bodies,
    governing_status,
    has_first_person,
    implicit_parties,
    implies_united_states,
    is_bystander,
    is_generic,
    is_location,
    is_mediator,
    named_organizations,
    namesake_organization,
    non_state_parties,
    operating_status,
    organization_parties,
    own_event_status,
    owner_party,
    party_rules,
    plural_reference,
    point_at,
    prefix_length,
    prefix_organizations,
    relationship_years,
    section_heading,
    section_headings,
    signatories_span,
    start_from_years,
    stated_status,
    vocabulary,
    word_alternation,
)
from pipeline.countries import canonical_name as country_name
from pipeline.country_groups import group_mentions
from pipeline.facts import AgreementFact, CountryFact, DateFact, Fact, MoneyFact
from pipeline.numbers import parse_number
from pipeline.textview import matching_view
from pipeline.values import DateValue

IGNORED_DATE_KINDS = frozenset({"relative", "duration"})
_START = attrgetter("start")
_CONJUNCTION = re.compile(r"\band\b|\bor\b|,|\bas well as\b")
_FILLER = re.compile(r"(?:\s|,|\band\b|\bor\b|\bas well as\b|\bthe\b|\ban?\b|\bits\b|\btheir\b)*")
_POSSESSIVE = re.compile(r"\w['’]s\b")


def _starting_in(countries: Sequence[CountryFact], lo: int, hi: int) -> Sequence[CountryFact]:
    """The mentions of ``countries`` (in text order, as ``link_agreements`` passes them to
    every helper) that start in ``view[lo:hi]``: found by bisection, where a scan of the
    document's mentions for every agreement would cost as much as the rest of the linking."""
    first = bisect.bisect_left(countries, lo, key=_START)
    return countries[first:bisect.bisect_left(countries, hi, lo=first, key=_START)]


# A document's mentions are judged again for every agreement near them, and a clause is read
# again for each agreement it names. While one document is linked these remember their answers
# (keyed by its text); ``link_agreements`` forgets them when it is done, so that no document's
# text outlives its linking.
@cache
def _located(view: str, pos: int) -> bool:
    return is_location(view, pos)


@cache
def _mediator_at(view: str, pos: int) -> bool:
    return is_mediator(view, pos)


@cache
def _bystander_at(view: str, pos: int) -> bool:
    return is_bystander(view, pos)


@cache
def _capitals_in(text: str) -> tuple[tuple[int, int, str], ...]:
    return tuple(capital_mentions(text))


def _forget_document() -> None:
    for memo in (_located, _mediator_at, _bystander_at, _capitals_in):
        memo.cache_clear()


class _DatesByStart:
    """A document's dates, to find those inside a clause by bisection over their starts
    instead of a scan of every date for every clause."""

    def __init__(self, dates: Sequence[DateFact]):
        self.dates = dates
        self.order = sorted(range(len(dates)), key=lambda n: dates[n].start)
        self.starts = [dates[n].start for n in self.order]

    def within(self, lo: int, hi: int) -> list[DateFact]:
        """The dates inside ``[lo, hi)`` (``lo <= start`` and ``end <= hi``), in the order of
        the dates given."""
        first = bisect.bisect_left(self.starts, lo)
        found = sorted(self.order[first:bisect.bisect_right(self.starts, hi)])
        return [self.dates[n] for n in found if self.dates[n].end <= hi]


@dataclass(frozen=True, slots=True)
class Conjunct:
    """Where one agreement of a clause reads its facts: its own conjunct ``[lo, hi)`` ("the VFA
    in 1998" of "signed the VFA in 1998 and the EDCA in 2014"), whether it shares the clause's
    head (subject and verb before the first agreement) and whether it is directly conjoined with
    the next agreement ("the VFA and the EDCA with the Philippines": the VFA shares what
    follows the EDCA when it has nothing of its own)."""

    lo: int
    hi: int
    shares_head: bool
    chained: bool


def link_agreements(text: str, facts: list[Fact], sentences: Sequence[tuple[int, int]],
                    doc_date: date | None = None) -> list[Fact]:
    """``facts`` with every AgreementFact's parties, dates and status filled; the others
    unchanged and in the same order."""
    try:
        return _link(text, facts, sentences, doc_date)
    finally:
        _forget_document()


def _link(text: str, facts: list[Fact], sentences: Sequence[tuple[int, int]],
          doc_date: date | None) -> list[Fact]:
    if not any(isinstance(f, AgreementFact) for f in facts):
        return list(facts)
    view = matching_view(text)
    sents = sorted(sentences)
    starts = [s for s, _ in sents]
    agreements = [f for f in facts if isinstance(f, AgreementFact)]
    # in text order: the helpers find the mentions of a span by bisection (``_starting_in``)
    countries = sorted((f for f in facts if isinstance(f, CountryFact)), key=_START)
    dates = [f for f in facts if isinstance(f, DateFact)]
    if doc_date is not None:  # "signed ... last year": the calendar year before the document's
        dates = [_calendar_year(view, d, doc_date) for d in dates]
    money = [f for f in facts if isinstance(f, MoneyFact)]
    agreement_starts = sorted(f.start for f in agreements)
    dates_in = _DatesByStart(dates)

    def sentence_of(pos: int) -> int:
        i = bisect.bisect_right(starts, pos) - 1
        return i if i >= 0 and pos < sents[i][1] else -1

    # Group agreements by clause.
    by_clause: dict[tuple[int, int], list[AgreementFact]] = {}
    sentence_index: dict[tuple[int, int], int] = {}
    following: dict[tuple[int, int], tuple[int, int] | None] = {}
    for fact in agreements:
        i = sentence_of(fact.start)
        s_start, s_end = sents[i] if i >= 0 else (fact.start, fact.end)
        s_end = max(s_end, fact.end)
        parts = clauses(view, s_start, s_end)
        clause = _own_clause(view, fact, parts, (s_start, s_end))
        by_clause.setdefault(clause, []).append(fact)
        sentence_index[clause] = i
        following[clause] = _relative_clause_after(view, clause, parts)

    context = _Context(view, countries, document_subject(
        view, [(c.start, c.iso3) for c in countries]))
    linked: dict[int, AgreementFact] = {}
    joined: dict[str, set[str]] = {}  # a programme's parties with the states that joined it
    for (c_start, c_end), group in by_clause.items():
        group.sort(key=lambda f: f.start)
        conjuncts = conjuncts_of(view, group, countries, c_start, c_end)
        i = sentence_index[(c_start, c_end)]
        s_lo, s_hi = sents[i] if i >= 0 else (c_start, c_end)
        earlier = _earlier_in_paragraph(view, sents, i)
        in_sentence = [m for m in money if s_lo <= m.start and m.end <= s_hi]
        funded = {m.fiscal_year for m in in_sentence if m.fiscal_year is not None}
        clause_text = view[c_start:c_end]
        starts_something = _states_a_start(clause_text)
        clause_dates = [d for d in dates_in.within(c_start, c_end)
                        if d.value.kind not in IGNORED_DATE_KINDS
                        and (d.value.start is not None or d.value.end is not None)
                        and not _funding_year(d, funded)
                        and not ((in_sentence or _marks_an_event(clause_text))
                                 and d.value.kind in ("date", "fiscal_year")
                                 and not starts_something
                                 and not _names_its_agreement(view, d, group))]
        assigned = _assign_dates(group, clause_dates, conjuncts, c_start, view)
        antecedent = _when_antecedent(view, dates, c_start)
        sentence_text = view[s_lo:s_hi]
        for k, fact in enumerate(group):
            part = conjuncts[k]
            subject = context.subject_at(fact.start, [(s_lo, fact.start), *earlier])
            parties = _parties(view, fact, group, countries, c_start, c_end, earlier,
                               conjuncts, k, s_lo, subject)
            if k == len(group) - 1 and not [p for p in parties if p != "USA"]:
                parties = _parties_in_relative(view, countries, following[(c_start, c_end)],
                                               parties)
            partner = context.subject_at(fact.start)
            # a clause that names no state but the United States, save places that are not
            # the partner's ("used bases for operations in Afghanistan")
            bare = all(c.iso3 == "USA" or (_located(view, c.start) and c.iso3 != partner)
                       for c in _starting_in(countries, c_start, c_end))
            parties = _bilateral(parties, fact, subject, sentence_text, partner,
                                 context.subject, bare)
            with_partner = _introduced_by_with(view, countries, parties, c_start, c_end)
            if not with_partner:
                partner = None  # "Sweden concluded a DCA" in a text about Norway: with the U.S.
            parties = _with_united_states(parties, fact, partner)
            if fact.kind == "transit" and not with_partner:
                parties = _with_united_states(parties, replace(fact, kind="sofa"))
            if k == len(group) - 1:  # "...; Morocco and Sudan later joined."
                joiners = _later_joiners(view, countries, c_end, s_hi)
                if joiners:
                    parties = tuple(sorted({*parties, *joiners}))
                    joined[fact.name] = {*joined.get(fact.name, set()), *parties}
            if _listed_after_with(view, countries, parties, c_start, c_end) and (
                    fact.kind == "transit" or implies_united_states(fact.name, fact.kind)):
                parties = tuple(sorted({*parties, "USA"}))  # "concluded with A, B, and C"
            status = _status(view, fact, part, c_start, countries)
            if k == len(group) - 1 and status in ("signed", "") and following[(c_start, c_end)]:
                lo, hi = following[(c_start, c_end)] or (0, 0)
                later = stated_status(view[lo:hi])  # a phrase's own word, not an at-work one
                if later in ("in_force", "ended"):
                    status = later  # "signed ... on 15 May 2017, which entered into force ..."
            if status in ("signed", ""):
                # "the Charter, signed in 2003, remains the foundation of ...", "governed by
                # the Harbor Accord, first inked in 2004", "supplements the 1951 SOFA"
                limit = min(s_hi, _next_agreement_start(agreement_starts, fact.end))
                status = governing_status(view[s_lo:limit], fact.start - s_lo,
                                          fact.end - s_lo, fact.kind) or status
            # "the Roadmap, adopted in June 2023, ..., and talks on ...": its own event
            own_event = (own_event_status(view, fact.end, fact.kind) if status == "proposed"
                         else None)
            if own_event is not None:
                status = own_event[0]
            # "The 2005 Access Agreement permits ...", "Under the SFA, ...": at work, in force,
            # but "under a 2015 DCA" was concluded in 2015 (what follows the mention may be a
            # relative clause of its own: ", under which")
            at_work = view[part.lo:fact.end + 80]
            if not status:
                status = operating_status(at_work, fact.start - part.lo, fact.end - part.lo,
                                          frames=False) or ""
            if not status and _attributive_date(view, fact, dates) is not None:
                status = "signed"  # "a 2021 memorandum of understanding": concluded in 2021
            if not status:
                status = operating_status(at_work, fact.start - part.lo,
                                          fact.end - part.lo) or ""
            own_dates = ([] if _names_a_meeting(view, fact) or _names_a_body(view, fact)
                         else assigned.get(id(fact), []))
            tail = _tail_end(view, fact, countries, c_end, dates)
            own_dates = [d for d in own_dates if d.start < tail or d.start < fact.start]
            own_dates = [d for d in own_dates if not _dates_something_else(view, fact, d)]
            if own_event is not None:  # the plans' dates are not its own
                own_dates = [d for d in own_dates if fact.end <= d.start < own_event[1]]
            if not own_dates and antecedent is not None and k == 0:
                own_dates = [antecedent]  # "since 1980, when the two countries concluded ..."
            date_start, date_end, points, end_word = _dates(own_dates, fact, view)
            name_year = any(d.value == date_start and _names_its_agreement(view, d, [fact])
                            for d in own_dates)
            signed_start = any(d.value == date_start and _signing_rank(view, d, fact) >= 2
                               for d in own_dates)
            if (status == "ended" and date_end is None and points and date_start in points
                    and not name_year and not signed_start):
                # "the 1996 SOFA was replaced", "replaces the DCA, which they signed in 1994":
                # 1996 and 1994 are their starts; otherwise
                # "withdrew in 2019", "expired in 2014": a lone date is the end
                date_start, date_end = (points[0], points[-1]) if len(points) > 1 else (
                    None, points[0])
                end_word = "past"
            relative = following[(c_start, c_end)]
            if date_start is None and status != "proposed" and k == len(group) - 1:
                # "the GPOI, through which Washington has backed a school since 2006";
                # "a pairing with the Ohio Guard, which began in 1999"
                date_start = _start_in_relative_clause(view, dates, relative, fact.end,
                                                       agreement_starts)
            same = _same_period_start(view, dates, fact, agreements, (c_start, c_end), s_lo)
            if same is not None and (date_start is None or same[1] == date_start):
                date_start = same[0]  # "joined PfP on 20 February 2002 and the SPP that same year"
            if date_start is None and doc_date is not None:
                years = relationship_years(clause_text)
                if years is not None:
                    date_start = start_from_years(years[0], years[1], doc_date)
            if status == "proposed":  # "began talks in 2021", "to conclude by 2022": the
                date_start = date_end = None  # talks' dates and targets are not the agreement's
            stated_end = date_end is not None
            if date_end is None and k == len(group) - 1 and not (relative and any(
                    fact.end <= a.start and a.end <= relative[0] for a in agreements)):
                # not when another agreement stands between ("A ... succeeded B, which ran
                # from 2010 to 2018": the relative clause is B's)
                date_end = _end_in_relative_clause(view, dates, relative)
            if date_end is None and date_start is not None:
                date_end = _end_from_term(view, fact, dates, date_start,
                                          [(c_start, c_end), following[(c_start, c_end)]])
            if (date_end is not None and status != "proposed" and date_end.end is not None
                    and ((doc_date is None and stated_end and end_word != "open")
                         or (doc_date is not None and date_end.end < doc_date))):
                status = "ended"
            elif (not status and date_start is not None and date_end is not None
                  and doc_date is not None and date_end.end is not None
                  and date_end.end >= doc_date):
                status = "active"  # "the Plan of Military Cooperation for 2018-2022" in 2021
            linked[id(fact)] = replace(fact, parties=parties, date_start=date_start,
                                       date_end=date_end, status=status)
    if doc_date is not None:
        linked = _after_own_signing(view, linked, sents, doc_date)
    members = stated_members(view, list(linked.values()), countries, sents)
    for name, parties_of in joined.items():
        members[name] = frozenset({*members.get(name, ()), *parties_of})
    if members:
        linked = {key: _with_members(fact, members) for key, fact in linked.items()}
    return [linked.get(id(f), f) if isinstance(f, AgreementFact) else f for f in facts]


@cache
def _document_day_regex() -> re.Pattern[str]:
    words = word_alternation(vocabulary()["document_day_words"])
    return re.compile(r"(?<![\w-])(?:" + words + r")(?![\w'’-])", re.IGNORECASE)


def _after_own_signing(view: str, linked: dict[int, AgreementFact],
                       sents: Sequence[tuple[int, int]], doc_date: date
                       ) -> dict[int, AgreementFact]:
    """The document's own signing event (a press release's "Today in Warsaw, the two ministers
    signed the DCA", or a signing on the document's date): an undated signing in a sentence
    that says "today" (``document_day_words``) was on the document's date; and a later
    definite mention of what was signed ("The DCA establishes ...", "Under the DCA, ...") that
    states no date of its own reports that new instrument: still signed, not yet at work."""
    day = DateValue.day(doc_date.year, doc_date.month, doc_date.day)
    starts = [s for s, _ in sents]
    signed_on_the_day: dict[str, int] = {}
    out = dict(linked)
    for key, fact in sorted(linked.items(), key=lambda item: item[1].start):
        if fact.status == "signed" and fact.date_start is None:
            i = bisect.bisect_right(starts, fact.start) - 1
            lo, hi = sents[i] if i >= 0 else (fact.start, fact.end)
            if _document_day_regex().search(view, lo, hi) is not None:
                fact = out[key] = replace(fact, date_start=day)
        if fact.status == "signed" and fact.date_start == day:
            signed_on_the_day.setdefault(fact.name, fact.start)
        elif (fact.status in ("in_force", "") and fact.date_start is None
              and signed_on_the_day.get(fact.name, fact.start) < fact.start
              and _DEFINITE.search(view, max(0, fact.start - 4), fact.start) is not None):
            out[key] = replace(fact, status="signed")
    return out


_DEFINITE = re.compile(r"(?<![\w-])the[ \u00a0]+$", re.IGNORECASE)


def _next_agreement_start(starts: Sequence[int], pos: int) -> int:
    """Where the first agreement mention at or after ``pos`` starts (a large number if none)."""
    i = bisect.bisect_left(starts, pos)
    return starts[i] if i < len(starts) else 1 << 62


def _member_list_core() -> str:
    """A member-list noun and its opener ("partners: ", "members are the "), as a regex."""
    vocab = vocabulary()
    nouns = "|".join(map(re.escape, sorted(vocab["member_list_nouns"], key=len, reverse=True)))
    openers = "|".join(map(re.escape, sorted(vocab["member_list_openers"], key=len,
                                             reverse=True)))
    return r"\b(?:" + nouns + r")[ \u00a0]*(?:" + openers + r")[ \u00a0]+"


@cache
def _member_list_regex() -> re.Pattern[str]:
    numbers = "|".join(map(re.escape, vocabulary()["plural_references"]["numbers"]))
    return re.compile(r"(?:(?P<own>\b(?:[Ii]ts|[Tt]heir))[ \u00a0]+)?"
                      r"(?:(?P<count>\d{1,3}|" + numbers + r")[ \u00a0]+)?"
                      r"(?:[A-Z][\w-]*[ \u00a0]+)?" + _member_list_core()
                      + r"(?:the[ \u00a0]+)?", re.IGNORECASE)


@cache
def _member_list_core_regex() -> re.Pattern[str]:
    """Every match of ``_member_list_regex`` holds a match of this, within the same bounds: a
    sentence without one holds no member list. It is about ten times cheaper to look for,
    since the list's optional words before the noun make the full regex try every word."""
    return re.compile(_member_list_core(), re.IGNORECASE)


_MEMBER_SEPARATOR = re.compile(
    r"(?:[ \u00a0]*,[ \u00a0]*(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)(?:[Tt]he[ \u00a0]+)?")


def _listed_states(view: str, countries: Sequence[CountryFact], pos: int) -> list[str]:
    """The states listed one after another from ``pos`` ("Fiji, Samoa, and the Cook
    Islands"), in order; none when no state stands there."""
    by_start = {c.start: c for c in countries}
    out: list[str] = []
    at = pos
    while at in by_start:
        out.append(by_start[at].iso3)
        sep = _MEMBER_SEPARATOR.match(view, by_start[at].end)
        if sep is None:
            break
        at = sep.end()
    return out


def stated_members(view: str, agreements: Sequence[AgreementFact],
                   countries: Sequence[CountryFact], sents: Sequence[tuple[int, int]]
                   ) -> dict[str, frozenset[str]]:
    """The membership a document states once for a programme or partnership, by canonical
    name: a member list ("brings together the United States and four partners: Fiji, Samoa,
    Tonga, and Tuvalu", "Its five members are ...": ``member_list_nouns`` then
    ``member_list_openers`` in the data) that follows the agreement in its sentence, or, after
    "its"/"their" in a sentence that names no agreement, the nearest agreement before it in
    its paragraph. A count stated before the noun must be the number of states listed. The
    members are the listed states and the parties of that mention."""
    out: dict[str, set[str]] = {}
    if _member_list_core_regex().search(view) is None:
        return {}  # a list in a sentence is one in the document, which holds none
    ordered = sorted(agreements, key=lambda f: f.start)
    for lo, hi in sents:
        if _member_list_core_regex().search(view, lo, hi) is None:
            continue
        for m in _member_list_regex().finditer(view, lo, hi):
            listed = _listed_states(view, countries, m.end())
            if len(listed) < 2:
                continue
            count = parse_number(m["count"]) if m["count"] else None
            if count is not None and count != len(set(listed) - {"USA"}):
                continue
            before = [f for f in ordered if lo <= f.start and f.end <= m.start()]
            if not before and m["own"]:
                para = view.rfind("\n\n", 0, lo)
                before = [f for f in ordered if para < f.start and f.end <= lo]
            if not before or before[-1].kind == "state_partnership":
                continue
            owner = before[-1]
            out.setdefault(owner.name, set()).update({*listed, *(owner.parties or ())})
    return {name: frozenset(members) for name, members in out.items()}


def _with_members(fact: AgreementFact, members: dict[str, frozenset[str]]) -> AgreementFact:
    """A mention of a programme whose membership the document states (``stated_members``)
    takes the members when it names no state but the United States ("Funding for the
    initiative ...", "every RWI partner"); one that names states is about them ("Fiji, an RWI
    partner, ...")."""
    stated = members.get(fact.name)
    own = fact.parties or ()
    if stated is None or any(p != "USA" and len(p) == 3 and p.isupper() for p in own):
        return fact
    return replace(fact, parties=tuple(sorted({*own, *stated})))


@cache
def _joiner_regex() -> re.Pattern[str]:
    words = "|".join(map(re.escape, sorted(party_rules()["joiner_words"], key=len,
                                           reverse=True)))
    anaphors = "|".join(map(re.escape, vocabulary()["self_anaphors"]))
    return re.compile(r"[ \u00a0]+(?:" + words + r")(?=[ \u00a0]*(?:[.;,]|$)|[ \u00a0]+"
                      r"(?:in|on|at|as|later|too|it|them|the[ \u00a0]+(?:" + anaphors
                      + r")s?)\b)")


_CLAUSE_OPENING = re.compile(r"(?:;|,[ \u00a0]+and|,[ \u00a0]+while)[ \u00a0]+(?:the[ \u00a0]+)?$")


def _later_joiners(view: str, countries: Sequence[CountryFact], lo: int, hi: int
                   ) -> set[str]:
    """The states a clause after an agreement's own, in its sentence, says joined it with no
    object of their own ("...; Morocco and Sudan later joined", ", and Canada and Germany
    joined in 2022"): parties of the agreement, as its first signatories are."""
    by_start = {c.start: c for c in countries}
    for c in _starting_in(countries, lo, hi):
        if _CLAUSE_OPENING.search(view, max(lo - 2, c.start - 12), c.start) is None:
            continue
        listed: list[str] = []
        at, end = c.start, c.end
        while at in by_start:
            listed.append(by_start[at].iso3)
            end = by_start[at].end
            sep = _MEMBER_SEPARATOR.match(view, end)
            if sep is None:
                break
            at = sep.end()
        if _joiner_regex().match(view, end, hi) is not None:
            return set(listed)
    return set()


_EARLIER_SENTENCES = 2


def _earlier_in_paragraph(view: str, sents: Sequence[tuple[int, int]], i: int
                          ) -> list[tuple[int, int]]:
    """The sentences before sentence ``i`` in its paragraph, nearest first (at most two): where
    "the two countries" and a bilateral agreement that names no partner look for it."""
    out: list[tuple[int, int]] = []
    j = i - 1
    while j >= 0 and len(out) < _EARLIER_SENTENCES:
        lo, hi = sents[j]
        if "\n\n" in view[hi:sents[j + 1][0]]:
            break
        brk = view.rfind("\n\n", lo, hi)
        out.append((brk + 2, hi) if brk >= 0 else (lo, hi))
        if brk >= 0:
            break  # the paragraph begins inside this sentence
        j -= 1
    return out


class _Context:
    """Who a document or a section of it is about: the partner of a bilateral agreement that
    names none. A section heading that names one country ("Kenya") decides within its section;
    else the document's subject (``document_subject``); in a regional text without either, the
    one partner the nearest earlier sentence of the paragraph that names any partner names."""

    def __init__(self, view: str, countries: Sequence[CountryFact], subject: str | None):
        self.view = view
        self.countries = countries
        self.subject = subject
        self.headings = section_headings(view)
        self._partners_of: dict[tuple[int, int], set[str]] = {}

    def subject_at(self, pos: int, earlier: Sequence[tuple[int, int]] = ()) -> str | None:
        heading = section_heading(self.view, pos, self.headings)
        if heading is not None:
            named = self._partners(*heading)
            if len(named) == 1:
                return next(iter(named))
        if self.subject is not None:
            return self.subject
        for lo, hi in earlier:
            named = self._partners(lo, hi)
            if named:
                return next(iter(named)) if len(named) == 1 else None
        return None

    def _partners(self, lo: int, hi: int) -> set[str]:
        """The partners named in ``view[lo:hi]`` (a heading or a sentence: asked about once
        for each agreement after it)."""
        if (lo, hi) not in self._partners_of:
            self._partners_of[(lo, hi)] = {
                c.iso3 for c in _starting_in(self.countries, lo, hi)
                if c.iso3 != "USA" and not _located(self.view, c.start)}
        return self._partners_of[(lo, hi)]


def conjuncts_of(view: str, group: Sequence[AgreementFact], countries: Sequence[CountryFact],
                 c_start: int, c_end: int) -> list[Conjunct]:
    """The conjunct of each agreement of a clause (``group`` in text order). Two agreements
    are cut at the last "and"/"or"/comma between them; a comma-"and" followed by a new subject
    (a country, a possessive: ", and Georgia's partnership ...") opens a new clause, and the
    agreements after it no longer share the clause's head."""
    bounds = [c_start]
    new_clause = [False]
    chained = []
    for a, b in itertools.pairwise(group):
        gap = view[a.end:b.start]
        cuts = list(_CONJUNCTION.finditer(gap))
        cut = a.end + cuts[-1].start() if cuts else b.start
        for m in _NEW_COORDINATE.finditer(gap):
            if states_as_subject(view, countries, a.end + m.end()):
                cut = a.end + m.start()  # ", and Malawi and the U.S. signed a SOFA": its own
        bounds.append(max(cut, a.end))
        after = view[cut:b.start]
        new_clause.append(bool(_POSSESSIVE.search(after)) or any(
            cut <= c.start and c.end <= b.start for c in countries)
            or _PRONOUN_CLAUSE.search(gap) is not None
            or _opens_own_clause(view, gap, b, c_end))
        chained.append(_FILLER.fullmatch(gap) is not None)
    chained.append(False)
    bounds.append(c_end)
    out = []
    shares = True
    for k in range(len(group)):
        shares = shares and not new_clause[k]
        out.append(Conjunct(bounds[k], bounds[k + 1], shares, chained[k]))
    return out


# ", and it formed a second pairing": a pronoun opens a clause of its own
_PRONOUN_CLAUSE = re.compile(r",\s*(?:and|but)\s+(?:it|its|they|their)\s")
_COMMA_AND = re.compile(r",\s*(?:and|but|while|whereas)\s+(?:(?:the|a|an|its|their)\s+)?"
                        r"(?:\d{4}\s+)?$")


def _opens_own_clause(view: str, gap: str, fact: AgreementFact, limit: int) -> bool:
    """", and GPOI partners in East Africa have deployed ...": after a comma-"and", an
    agreement followed by its own verb is the subject of a new clause, not a second object of
    the first clause's verb ("signed the VFA in 1998, and the EDCA in 2014" shares it)."""
    if _COMMA_AND.search(gap) is None:
        return False
    words = [w.strip(",.;") for w in view[fact.end:limit].split()[:8]]
    verbs = set(vocabulary()["new_clause_verbs"])
    return any(w in verbs for w in words)  # lower case only: "in May 2006" has no modal


def _status(view: str, fact: AgreementFact, part: Conjunct, c_start: int,
            countries: Sequence[CountryFact] = ()) -> str:
    """The status its own conjunct states, else what the clause before it states (when it
    shares the clause's head), else the kind's default. "ended" counts only when the ended
    phrase speaks of this agreement (``ended_phrase_governs``). A clause of other states after
    it (", and Peru and Bolivia adopted a similar plan") states nothing of it."""
    part = Conjunct(part.lo, _subject_clause_end(view, fact, countries, part.hi),
                    part.shares_head, part.chained)
    lo = c_start if part.shares_head else part.lo
    own_lo = part.lo
    opener = _COMMA_AND.search(view[part.lo:fact.start])
    if opener is not None and _opens_own_clause(view, opener.group(0), fact, part.hi):
        lo = own_lo = part.lo + opener.start()  # ", and a 2020 MOU ... set up": its own clause
    own = view[own_lo:part.hi]
    prior = view[lo:own_lo]
    status = stated_status(own, fact.kind) or stated_status(prior, fact.kind)
    if status == "ended" and not ended_phrase_governs(view[lo:part.hi], fact.start - lo,
                                                      fact.end - lo):
        status = (stated_status(own, fact.kind, skip=["ended"])
                  or stated_status(prior, fact.kind, skip=["ended"]))
    return status or str(vocabulary()["default_status"].get(fact.kind, ""))


def _bilateral(parties: tuple[str, ...], fact: AgreementFact, subject: str | None,
               sentence: str, settled: str | None = None, document: str | None = None,
               bare: bool = False) -> tuple[str, ...]:
    """In a document (or a section under a heading) about one partner country
    (``_Context.subject_at``), a bilateral agreement whose clause names no partner ("The Mutual
    Defense Treaty remains the cornerstone of the alliance", "The two countries signed an ACSA
    in 2019") is between that country and the United States. Bilateral: a bilateral kind
    (treaty, SOFA, ACSA, MOU ...), a strategic partnership, a named agreement ("The Compact
    of Free Association entered into force in 1986", "the 2022 Maritime Cooperation Plan"), or
    any agreement of a sentence that says "the two countries", "both governments",
    "bilateral". A State Partnership pairing that names only its guard is the guard's and the
    subject's. A regional document has no subject and guesses nothing; a multilateral
    treaty, a programme with parties of its own and a generic mention ("a ceasefire agreement")
    are never guessed."""
    if subject is None:
        return parties
    guards = [p for p in parties if p.endswith(" National Guard")]
    if fact.kind == "state_partnership" and guards and len(guards) == len(parties):
        return tuple(sorted({*parties, subject}))  # "the pairing with the Nevada National Guard"
    if any(p != "USA" for p in parties):
        return parties
    vocab = vocabulary()
    name = fact.name.lower()
    implicit = implicit_parties(fact.name)
    if implicit == ("USA",) and fact.kind == "partnership" and subject == settled == document:
        return tuple(sorted({subject, "USA"}))  # "GPOI has trained ..." in a text about Kenya
    if (fact.kind == "state_partnership"
            or (implicit and fact.kind == "partnership")  # GPOI, PfP
            or any(w in name for w in vocab["multilateral_words"])):
        return parties
    lowered = sentence.lower()
    named = not is_generic(fact.name)
    bilateral = ((fact.kind in vocab["bilateral_kinds"] and named)
                 or ((fact.kind == "transit" or implies_united_states(fact.name, fact.kind))
                     and subject == settled and bare)
                 or (fact.kind == "partnership"
                     and any(_words_in_order(name, w)
                             for w in vocab["bilateral_partnership_words"]))
                 or (fact.kind == "agreement" and named)
                 or any(re.search(r"\b" + re.escape(w) + r"\b", lowered)
                        for w in vocab["bilateral_signals"]))
    return tuple(sorted({subject, "USA"})) if bilateral else parties


def _words_in_order(name: str, phrase: str) -> bool:
    """Does ``name`` hold the words of ``phrase`` in order, other words between them allowed
    ("strategic economic partnership" holds "strategic partnership")?

    >>> _words_in_order("strategic economic partnership", "strategic partnership")
    True
    >>> _words_in_order("partnership strategy", "strategic partnership")
    False
    """
    words = iter(name.split())
    return all(any(w == p for w in words) for p in phrase.split())


_PREPOSITIONAL_RELATIVE = re.compile(r"^[\s,]*(?:in|under|by|through|with) which\b")


def _parties_in_relative(view: str, countries: Sequence[CountryFact],
                         clause: tuple[int, int] | None, parties: tuple[str, ...]
                         ) -> tuple[str, ...]:
    """An agreement whose own clause names no partner takes the states a relative clause
    right after it names ("The Lisbon Accord, concluded in March 1998, under which France,
    Spain and Portugal pledged joint patrols")."""
    if clause is None or _PREPOSITIONAL_RELATIVE.match(view[clause[0]:clause[1]]) is None:
        return parties
    named = _named_in(view, countries, *clause)
    reference = plural_reference(view[clause[0]:clause[1]])
    if reference is not None and reference.count == 2 and len(named - {"USA"}) == 1:
        named.add("USA")  # "under which the two countries eliminated ... Kazakhstan inherited"
    return tuple(sorted({*parties, *named}))


def _with_united_states(parties: tuple[str, ...], fact: AgreementFact,
                        partner: str | None = None) -> tuple[str, ...]:
    """A kind the United States concludes with one partner at a time (a VFA, an EDCA, an ACSA,
    an access agreement, a 123 Agreement: ``implies_united_states``) whose only party is one
    partner state is with the United States, named or not ("the Visiting Forces Agreement,
    signed with the Philippines in 1998"; "a 123 Agreement with Saudi Arabia"). But in a
    document or section about one partner (``partner``: its heading or its subject, never
    the United States), such an agreement with another state is that partner's ("U.S. Security
    Cooperation With Japan ... A Reciprocal Access Agreement with the United Kingdom": Japan
    and the United Kingdom)."""
    if (len(parties) == 1 and parties[0] != "USA" and len(parties[0]) == 3
            and parties[0].isupper() and (implies_united_states(fact.name, fact.kind)
                                          or _one_partner_kind(fact))):
        other = partner if partner not in (None, "USA", parties[0]) else "USA"
        return tuple(sorted({*parties, other or "USA"}))
    return parties


_WITH_BEFORE = re.compile(r"\b(?:with|between)[ \u00a0]+(?:the[ \u00a0]+)?$")
_ONLY_WITH_BEFORE = re.compile(r"\bwith[ \u00a0]+(?:the[ \u00a0]+)?$")


def _introduced_by_with(view: str, countries: Sequence[CountryFact], parties: tuple[str, ...],
                        lo: int, hi: int) -> bool:
    """Is an agreement's one party named after "with" in its clause ("a Reciprocal Access
    Agreement with the United Kingdom"), rather than as the one who concluded it ("Sweden
    concluded a DCA")?"""
    return any(c.iso3 in parties
               and _WITH_BEFORE.search(view, max(0, c.start - 20), c.start) is not None
               for c in _starting_in(countries, lo, hi))


def _listed_after_with(view: str, countries: Sequence[CountryFact], parties: tuple[str, ...],
                       lo: int, hi: int) -> bool:
    """Are an agreement's parties two or more foreign states listed one after another after
    "with" in its clause and nothing else ("transit agreements concluded with Kazakhstan,
    Tajikistan, and Uzbekistan")? Of a kind the United States concludes with one partner at a
    time, those are its partners, each with the United States."""
    if len(parties) < 2 or not all(len(p) == 3 and p.isupper() and p != "USA" for p in parties):
        return False
    for c in _starting_in(countries, lo, hi):
        if _ONLY_WITH_BEFORE.search(view, max(0, c.start - 20), c.start) is not None:
            return set(_listed_states(view, countries, c.start)) == set(parties)
    return False


def _one_partner_kind(fact: AgreementFact) -> bool:
    """A named treaty, agreement, charter or memorandum (``one_partner_kinds``) whose only
    party is one foreign state is with the United States in this genre ("The MOU with Chile
    was signed in 2015"), unless it is multilateral (``multilateral_words``) or of a kind
    concluded among others (``one_partner_exempt_words``: a regional code of conduct, a peace
    accord with an armed group)."""
    vocab = vocabulary()
    name = fact.name.lower()
    return (fact.kind in vocab["one_partner_kinds"]
            and not any(w in name for w in vocab["multilateral_words"])
            and not any(w in name for w in vocab["one_partner_exempt_words"]))


@cache
def _us_agency_regex() -> re.Pattern[str]:
    agencies = "|".join(map(re.escape, sorted(vocabulary()["us_agencies"], key=len,
                                                reverse=True)))
    return re.compile(r"(?<![\w’'])(?<!['’]s )(?:" + agencies + r")\b")


def _us_agency_in(view: str, lo: int, hi: int) -> bool:
    """Is a U.S. department or officer (``us_agencies``) named in ``view[lo:hi]`` without
    another state's possessive before it ("Chile's Department of Defense" is Chile's)?"""
    return any(not re.search(r"['’]s[ \u00a0]+(?:the[ \u00a0]+)?$", view[max(0, lo + m.start() - 4)
                                                                      :lo + m.start()])
               for m in _us_agency_regex().finditer(view[lo:hi]))


def _attributive_date(view: str, fact: AgreementFact, dates: Sequence[DateFact]
                      ) -> DateFact | None:
    """The date written right before an agreement's name ("a 2021 memorandum of
    understanding", "the 1951 Mutual Defense Treaty"): when it was concluded."""
    for d in dates:
        if 0 <= fact.start - d.end <= 2 and not view[d.end:fact.start].strip():
            return d
        if 0 < fact.start - d.end <= 24 and _modifier_gap(view[d.end:fact.start]):
            return d  # "the 1993 bilateral cooperation agreement"
    return None


def _modifier_gap(gap: str) -> bool:
    """Is ``gap`` one lower-case modifier between a year and a mention (" bilateral "), not a
    function word (" the ", " and ")?"""
    word = gap.strip()
    return (gap[:1].isspace() and gap[-1:].isspace() and word.isalpha() and word.islower()
            and word not in STOP_WORDS)


def _pronoun_subject(view: str, lo: int, hi: int) -> str | None:
    """The subject pronoun of ``view[lo:hi]`` ("it", "they") when one is followed by a verb
    ("Through GPOI it has received ...", "they took part in ..."), lower case."""
    vocab = vocabulary()
    pronouns = "|".join(vocab["subject_pronouns"])
    verbs = set(vocab["pronoun_verbs"])
    for m in re.finditer(r"(?<![\w-])(" + pronouns + r")\s+([a-z]+)", view[lo:hi],
                         re.IGNORECASE):
        word = m.group(2)
        if word in verbs or (word.endswith("ed") and len(word) > 4):
            return m.group(1).lower()
    return None


def _leading_states(view: str, countries: Sequence[CountryFact], lo: int, hi: int
                    ) -> tuple[list[str], int]:
    """The states named one after another from ``lo`` (only spaces, commas, "and" and "the"
    between them), before ``hi``, and where the last of them ends."""
    out: list[str] = []
    pos = lo
    for c in sorted((c for c in countries if lo <= c.start < hi), key=lambda c: c.start):
        if re.fullmatch(r"(?:\s|,|\band\b|\bthe\b|\bThe\b)*", view[pos:c.start]) is None:
            break
        out.append(c.iso3)
        pos = c.end
    return out, pos


def _opening_subjects(view: str, countries: Sequence[CountryFact], lo: int, hi: int
                      ) -> list[str]:
    """The states a sentence opens with as its subject ("Ghana has been ...", "Chad, Niger and
    Mali joined ..."), in order; none when it opens otherwise."""
    out, pos = _leading_states(view, countries, lo, hi)
    if out and re.match(r"\s*(?:and|,)", view[pos:pos + 5]) is None and not re.match(
            r"['’]s\b", view[pos:pos + 3]):
        return out
    return []


def _pronoun_antecedents(view: str, countries: Sequence[CountryFact], c_start: int, c_end: int,
                         s_start: int | None, earlier: Sequence[tuple[int, int]],
                         subject: str | None) -> set[str]:
    """The states a clause's subject pronoun stands for, when the clause names none: "they"
    after "the three states" earlier in its sentence stands for what that reference does;
    "it"/"they" otherwise for the state(s) the previous sentence of the paragraph opens with
    ("Ghana has been a GPOI partner since 2005. Through GPOI it has received ...")."""
    pronoun = _pronoun_subject(view, c_start, c_end)
    if pronoun is None:
        return set()
    if pronoun == "they" and s_start is not None and s_start < c_start:
        reference = plural_reference(view[s_start:c_start])
        if reference is not None:
            at = s_start + reference.start
            named = _named_in(view, countries, s_start, at) - {"USA"}
            if reference.count is not None and len(named) >= reference.count:
                return named
            return _antecedents(view, countries, reference.count, s_start, at, None, earlier,
                                subject)
        named = _named_in(view, countries, s_start, c_start) - {"USA"}
        if named:
            return named
    if not earlier:
        return set()
    opening = [c for c in _opening_subjects(view, countries, *earlier[0]) if c != "USA"]
    if (pronoun == "it" and len(opening) == 1) or (pronoun == "they" and len(opening) > 1):
        return set(opening)
    return set()


def _counterparts(view: str, countries: Sequence[CountryFact], fact: AgreementFact,
                  s_end: int) -> set[str]:
    """The state an accord makes peace or relations with, named after it in its sentence
    ("joined the accords in 2020, normalizing relations with Israel")."""
    window = view[fact.end:min(s_end, fact.end + 150)]
    out: set[str] = set()
    for m in _counterpart_regex().finditer(window):
        at = fact.end + m.end()
        out.update(c.iso3 for c in _starting_in(countries, at, at + 1))
    return out


@cache
def _counterpart_regex() -> re.Pattern[str]:
    phrases = "|".join(re.escape(p) for p in vocabulary()["counterpart_phrases"])
    return re.compile(r"\b(?:" + phrases + r")\s+(?:the\s+)?")


def _sentence_end(view: str, pos: int) -> int:
    """The end of the line ``pos`` stands in (a bound for what follows an agreement)."""
    end = view.find("\n", pos)
    return len(view) if end < 0 else end


_RELATIVE_OPENER = re.compile(r"^[\s,]*(?:which|that)\b", re.IGNORECASE)
# What may stand between a name and its relative clause: its acronym, a participial phrase
# set off by commas ("The Lisbon Accord, concluded in March 1998, under which ...").
_NAME_TAIL = re.compile(r"^\s*(?:\([^()]*\))?(?:\s*,\s*[a-z]+ed\b[^,;]*,)?\s*$")


# "the Visiting Forces Agreement with Australia, which Japan signed ...": a partner phrase
# between the name and a relative clause that says who signed it.
_PARTNER_TAIL = re.compile(r"\s*(?:with|between)\s+[^,;()]{1,60}?\s*,?\s*")


@cache
def _signatory_verb_regex() -> re.Pattern[str]:
    verbs = "|".join(map(re.escape, vocabulary()["signatory_verbs"]))
    return re.compile(r"\b(?:" + verbs + r")\b")


def _own_clause(view: str, fact: AgreementFact, parts: list[tuple[int, int]],
                sentence: tuple[int, int]) -> tuple[int, int]:
    """The clause an agreement is read in: the one it stands in, joined with a relative clause
    that directly follows its name ("The EDCA, which the Philippines and the United States
    signed on April 28, 2014, allows ..." dates and names the parties of the EDCA), or its
    partner phrase when that relative clause says who signed it ("the Visiting Forces
    Agreement with Australia, which Japan signed in January 2022")."""
    for i, (a, b) in enumerate(parts):
        if a <= fact.start < b:
            between = _NAME_TAIL.sub("", view[fact.end:b])
            relative = view[parts[i + 1][0]:parts[i + 1][1]] if i + 1 < len(parts) else ""
            if _RELATIVE_OPENER.match(relative) and (
                    not between.strip(" ,") or (_PARTNER_TAIL.fullmatch(view[fact.end:b])
                                                and _signatory_verb_regex().search(relative))):
                return (a, parts[i + 1][1])
            if i + 1 < len(parts) and continues_with_itself(view[parts[i + 1][0]:parts[i + 1][1]]):
                return (a, parts[i + 1][1])  # ", but the pairing lapsed in 2022": still its own
            return (a, b)
    return sentence


_RELATIVE_AFTER = re.compile(r"^[\s,]*(?:(?:under|by|through|with|in) which|which|whereby)\b",
                             re.IGNORECASE)


def _relative_clause_after(view: str, clause: tuple[int, int], parts: list[tuple[int, int]]
                           ) -> tuple[int, int] | None:
    """The relative clause right after an agreement's clause, which says more about the last
    agreement in it ("... signed a seven-year MOU under which the United States intends to
    provide $1.45 billion a year for fiscal years 2023 through 2029")."""
    for i, (a, _) in enumerate(parts):
        if a == clause[1] and _RELATIVE_AFTER.match(view[a:parts[i][1]]):
            return parts[i]
    return None


def _end_in_relative_clause(view: str, dates: list[DateFact], clause: tuple[int, int] | None
                            ) -> DateValue | None:
    """The end of the period such a relative clause covers ("for fiscal years 2023 through
    2029": 2029-09-30; ", which expires in 2025"), if it states one."""
    if clause is None:
        return None
    for d in dates:
        v = d.value
        if not (clause[0] <= d.start and d.end <= clause[1]) or v.end is None:
            continue
        if v.kind in ("interval", "until") and v.anchor != "present":
            return point_at(v.end, v.granularity, "end")
        if v.kind in ("date", "fiscal_year") and end_marker(view, d.start) is not None:
            return v
    return None


@cache
def _beginning_regex() -> re.Pattern[str]:
    words = word_alternation(vocabulary()["beginning_words"])
    return re.compile(r"\b(?:" + words + r")(?:[ \u00a0]+(?:in|on))?[ \u00a0]+$")


def _start_in_relative_clause(view: str, dates: list[DateFact], clause: tuple[int, int] | None,
                              after: int, agreement_starts: Sequence[int]) -> DateValue | None:
    """The start a relative clause right after an agreement states for it, when its own
    clause gives none: a "since" date ("the GPOI, through which the United States has
    backed Peru's school since 2006"; "the Partnership for Peace, in which Peru has
    participated since May 1997") or a date a beginning word introduces ("a pairing with the
    Ohio National Guard, which began in 1999": ``beginning_words``), when no other agreement
    stands between the mention (ending at ``after``) and the date."""
    if clause is None:
        return None
    for d in dates:
        v = d.value
        if (not (clause[0] <= d.start and d.end <= clause[1]) or v.start is None
                or _next_agreement_start(agreement_starts, after) < d.start):
            continue
        if v.kind == "since":
            return point_at(v.start, v.granularity, "start")
        if v.kind == "date" and _beginning_regex().search(
                view[max(0, d.start - 40):d.start]) is not None:
            return v
    return None


_SAME_PERIOD = re.compile(r"\b(?:that|the)[ \u00a0]+same[ \u00a0]+(year|month|day)\b",
                          re.IGNORECASE)


def _same_period_start(view: str, dates: list[DateFact], fact: AgreementFact,
                       agreements: Sequence[AgreementFact], clause: tuple[int, int], s_lo: int
                       ) -> tuple[DateValue, DateValue] | None:
    """(the start, the date it refers to) that "that same year" / "the same day" in the
    agreement's clause gives it when it is the mention nearest the phrase: the year (month,
    day) of the last date before the phrase in its sentence ("joined the PfP on 20 February
    2002, and its Guard partnership, established that same year": 2002)."""
    for m in _SAME_PERIOD.finditer(view, clause[0], clause[1]):
        # not across a new coordinate clause ("joined PfP in 1997, and the same year ...")
        candidates = [a for a in agreements if _SAME_CLAUSE_BREAK.search(
            view, min(a.end, m.end()), max(a.start, m.start())) is None] or [fact]
        near = min(candidates, key=lambda a: (_span_distance(a, m.start(), m.end()),
                                              a is not fact))
        if near is not fact:
            continue
        earlier = [d for d in dates if s_lo <= d.start and d.end <= m.start()
                   and d.value.kind in ("date", "since") and d.value.start is not None]
        if not earlier:
            continue
        v = max(earlier, key=_START).value
        assert v.start is not None
        unit = m.group(1).lower()
        granularity = unit if _GRANULARITY_ORDER.index(unit) >= _GRANULARITY_ORDER.index(
            v.granularity if v.granularity in _GRANULARITY_ORDER else "year") else v.granularity
        own = replace(v, kind="date") if v.kind == "date" else point_at(
            v.start, v.granularity, "start")
        return point_at(v.start, granularity, "start"), own
    return None


_GRANULARITY_ORDER = ("day", "month", "year")
_SAME_CLAUSE_BREAK = re.compile(r"[;.]|,[ \u00a0]+(?:and|but)\b")


def _span_distance(a: AgreementFact, lo: int, hi: int) -> int:
    return max(0, lo - a.end, a.start - hi)


_TERM_GAP = re.compile(r"^(?:[\s\u00a0]+[a-z]+){0,2}[\s\u00a0]*$")


def _end_from_term(view: str, fact: AgreementFact, dates: list[DateFact], start: DateValue,
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
        m = re.fullmatch(r"P(\d+)Y", v.duration) if v.kind == "duration" else None
        if m is None:
            continue
        before = " ".join(view[max(0, d.start - 40):d.start].lower().split())
        before = re.sub(r"\s+(?:a|an|the)$", "", before)
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


def _when_antecedent(view: str, dates: list[DateFact], c_start: int) -> DateFact | None:
    """", when the two countries also concluded an access agreement": the date that "when"
    stands for, right before the clause ("since 1980, when ...")."""
    if re.match(r"[\s,]*when\b", view[c_start:c_start + 12]) is None:
        return None
    for d in dates:
        if d.end <= c_start and not view[d.end:c_start].strip(" ,\u00a0"):
            return d
    return None


def _calendar_year(view: str, d: DateFact, doc_date: date) -> DateFact:
    """A relative date that names a calendar year ("last year", "this year": ``calendar_relative``
    in the data) as that year of the document's date, so that it can date an agreement."""
    offsets = vocabulary()["calendar_relative"]
    written = " ".join(view[d.start:d.end].lower().split())
    if d.value.kind != "relative" or written not in offsets:
        return d
    return replace(d, value=DateValue.year(doc_date.year + int(offsets[written])))


def _marks_an_event(clause_text: str) -> bool:
    """Does the clause speak of an event in the agreement's life that is not its start
    ("marked the 70th anniversary of the Mutual Defense Treaty in 2021", "reaffirmed the treaty
    in 2023": ``non_start_words``)? Then its point dates are the event's."""
    words = set(re.findall(r"[a-z]+", clause_text.lower()))
    return bool(words & _word_set("non_start_words"))


@cache
def _word_set(key: str) -> frozenset[str]:
    """The words of vocabulary list ``key``, as a set (built once, not once per clause)."""
    return frozenset(vocabulary()[key])


@cache
def _joining_words() -> frozenset[str]:
    return frozenset(w for w in vocabulary()["join_words"] if w.startswith("join"))


def _states_a_start(clause_text: str) -> bool:
    """Does the clause say that something was signed, began or took effect (so its point dates
    can be an agreement's start)? "In 2020, the United States provided $5 million through
    GPOI" does not: 2020 is a year of funding; nor does joining an event that marks the
    agreement ("joined the troops on May 4 to celebrate 15 years of the partnership")."""
    words = set(re.findall(r"[a-z]+", clause_text.lower()))
    starts = words & _word_set("start_words")
    joining = _joining_words()
    if starts and starts <= joining and _marks_an_event(clause_text):
        return False  # "joined 200 service members on November 7 to celebrate ...": a guest
    return bool(starts) or stated_status(clause_text) in (
        "signed", "in_force", "ended", "proposed")


def _names_its_agreement(view: str, d: DateFact, group: Sequence[AgreementFact]) -> bool:
    """A year written as part of an agreement's name ("the 1951 Mutual Defense Treaty", "the
    Joint Vision Statement of 2012", "the 1993 bilateral cooperation agreement") is when it
    was concluded, whatever the rest of the sentence funds or marks."""
    return any((0 <= a.start - d.end <= 2 and not view[d.end:a.start].strip())
               or (0 < a.start - d.end <= 24 and _modifier_gap(view[d.end:a.start]))
               or (d.value.kind == "date" and 0 <= d.start - a.end <= 60
                   and _OF_YEAR.fullmatch(view[a.end:d.start]) is not None) for a in group)


# "the Accord of 2012", "the Riga Accord (Baltic Pact) of 1994"
_OF_YEAR = re.compile(r"(?:[ \u00a0]*\([^()]*\))?[ \u00a0]+of[ \u00a0]+")


def _funding_year(d: DateFact, funded: set[int]) -> bool:
    """A fiscal year the sentence gives to an amount is a year of funding, not when an
    agreement began ("GPOI funding totaled $1 million in FY 2020"); "In FY 2019, Kazakhstan
    signed an ACSA" still dates the signing."""
    v = d.value
    return (v.granularity == "fiscal_year" and v.kind != "since" and v.end is not None
            and v.end.year in funded)


def _names_a_meeting(view: str, fact: AgreementFact) -> bool:
    """"the third Enhanced Strategic Partnership Dialogue, held on December 10, 2021": an
    ordinal and a meeting noun make the mention one meeting of the partnership, and the
    sentence's date that meeting's ("launched a Strategic Dialogue in 2012" is not one). The
    noun may end the mention itself ("the next Strategic Partnership Dialogue"), and an
    occasion word a few words before stands for the ordinal ("the third round of their
    Strategic Partnership Dialogue", "a plenary session of the U.S.-Chile Security
    Dialogue": ``meeting_occasions``)."""
    vocab = vocabulary()
    following = view[fact.end:fact.end + 40].lstrip()
    nouns = vocab["meeting_nouns"]
    own_noun = view[fact.start:fact.end].endswith(tuple(" " + n for n in nouns))
    if not own_noun and not any(
            following.startswith(noun) and not following[len(noun):len(noun) + 1].isalpha()
            for noun in nouns):
        return False
    before = [w.lower() for w in view[max(0, fact.start - 80):fact.start].split()]
    return (any(w in vocab["meeting_ordinals"] for w in before[-3:])
            or any(w in vocab["meeting_occasions"] for w in before[-6:]))


def _names_a_body(view: str, fact: AgreementFact) -> bool:
    """"the Strategic Partnership Commission convened on May 3": a partnership's own body
    (``partnership_bodies``) names the partnership, and its sentence's dates are the body's
    meetings, not the partnership's start."""
    following = re.match(r"\s*(\w+)", view[fact.end:fact.end + 20])
    return following is not None and following.group(1) in vocabulary()["partnership_bodies"]


def _assign_dates(group: list[AgreementFact], dates: list[DateFact],
                  conjuncts: list[Conjunct], c_start: int, view: str = ""
                  ) -> dict[int, list[DateFact]]:
    """Each date to the agreement of its conjunct ("signed the VFA in 1998 and the EDCA in
    2014"). An agreement with no date of its own takes those of the agreement it is directly
    conjoined with ("signed the VFA and the EDCA in 2014"), else those of the clause's head
    ("In 2014, they signed the EDCA and an ACSA") when it shares it. A year written as part of
    a name ("replaced the 1996 Status of Forces Agreement") is that agreement's only."""
    named = {id(d): g for d in dates for g in group
             if view and _names_its_agreement(view, d, [g])}
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
        out[id(group[k])] = mine
    return out


def _modifies_a_noun(view: str, fact: AgreementFact) -> bool:
    """Is the mention a modifier of a noun for something done under the agreement ("four new
    ACSA sites", "the PMSI training": ``subordinate_nouns``)? Its clause then dates that thing."""
    following = re.match(r"[ \u00a0]+([a-z]+)", view[fact.end:fact.end + 30])
    return following is not None and following.group(1) in vocabulary()["subordinate_nouns"]


def _dates_something_else(view: str, fact: AgreementFact, d: DateFact) -> bool:
    """Does the point date ``d`` date something other than the agreement ``fact``: a thing the
    mention only modifies ("announced six new ACSA sites in May 2021"), a thing a participle
    right before the date tells of ("with two more depots opened in 2020"), or an event only
    said to be in line with the agreement ("In 2021 the two sides agreed a drawdown consistent
    with the Basing Accord": ``frame_phrases``), or a name of something else the date is written
    in ("on the 1815 Congress of Vienna's centenary")? A year written as part of its name stays."""
    if d.value.kind != "date" or _names_its_agreement(view, d, [fact]):
        return False
    if _modifies_a_noun(view, fact):
        return True
    if (_THE_BEFORE.search(view, max(0, d.start - 5), d.start) is not None
            and _NAME_AFTER.match(view, d.end) is not None):
        return True  # "on the centenary of the 1815 Congress of Vienna": the year of another name
    participle, frame = _something_else_regexes()
    if participle.search(view[max(0, d.start - 60):d.start]):
        return not _after_its_name(view, d, fact)
    before = " ".join(view[max(0, fact.start - 40):fact.start].lower().split())
    return frame.search(before) is not None and not _after_its_name(view, d, fact)


_THE_BEFORE = re.compile(r"(?<![\w-])the[ \u00a0]+$", re.IGNORECASE)
_NAME_AFTER = re.compile(r"[ \u00a0]+[A-Z][a-z]")


@cache
def _something_else_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a participle of a ``subordinate_nouns`` thing right before a date: "two more depots
    opened in"; a ``frame_phrases`` phrase that ends the words before an agreement: "consistent
    with the")."""
    vocab = vocabulary()
    nouns = "|".join(map(re.escape, vocab["subordinate_nouns"]))
    frames = "|".join(map(re.escape, vocab["frame_phrases"])) or "(?!)"  # any of them
    return (re.compile(rf"\b(?:{nouns})[ \u00a0]+[a-z]+ed[ \u00a0]+(?:in|on)[ \u00a0]+$"),
            re.compile(rf"\b(?:{frames})(?: the| its| their| this| that)?$"))


def _distance(a: AgreementFact, d: DateFact) -> int:
    if d.end <= a.start:
        return a.start - d.end
    if a.end <= d.start:
        return d.start - a.end
    return 0


_OPENING_PREPOSITION = re.compile(r"(?:^|[.;:\n])\s*(?:in|on)\s+$", re.IGNORECASE)


def _signing_rank(view: str, d: DateFact, fact: AgreementFact | None = None) -> int:
    """How surely a date is the agreement's start: 2 when a signing verb introduces it
    ("concluded on 10 February 1998", "signed in 2016") or, opening its clause, is followed by
    one ("In March 2018, the two governments signed ...") or it is written in the agreement's
    name ("the 2008 Letter of Agreement"); 1 when an entry into force does
    ("entered into force in May 2019"); else 0. The surest dates the agreement before any
    merely nearer one ("signed in January 2021 and in force since March 2021": January 2021)."""
    vocab = vocabulary()
    if fact is not None and _names_its_agreement(view, d, [fact]):
        return 2  # "an amendment signed in 2023 extended the 2008 Letter of Agreement": 2008
    before = [w.strip(",;") for w in view[max(0, d.start - 40):d.start].lower().split()]
    if before and before[-1] in ("on", "in", "of"):
        before = before[:-1]  # "signed in 2016": the verb, then at most a preposition
    if before and before[-1] in vocab["signing_verbs"]:
        if before[-1] in vocab["in_force_words"]:
            return 1
        return 3 if _after_its_name(view, d, fact) else 2
    last = _last_verb_before(view, d.start, fact)
    if last is not None and last not in vocab["in_force_words"]:
        # "signed their 123 Agreement on nuclear cooperation on May 21, 2009"; "the truce
        # signed in Doha on 3 May 2019" (its own participle: surer than "fighting that began")
        return 3 if _after_its_name(view, d, fact) else 2
    if (_OPENING_PREPOSITION.search(view[max(0, d.start - 40):d.start])
            and view[d.end:d.end + 1] == ","):
        following = [w.strip(",;.").lower() for w in view[d.end:d.end + 80].split()[:8]]
        if any(w in vocab["signing_verbs"] and w not in vocab["in_force_words"]
               for w in following):
            return 2
    return 0


def _after_its_name(view: str, d: DateFact, fact: AgreementFact | None) -> bool:
    """Is the date told by a participle right after the agreement's name ("the accord, signed
    in Lima on 4 May 1998"; "the truce reached in Doha in 2019"): the agreement's own event?"""
    if fact is None or fact.end > d.start or d.start - fact.end > 80:
        return False
    gap = view[fact.end:d.start]
    first = re.match(r"[\s,]*(?:\([^()]*\)[\s,]*)?([a-z]+)", gap)
    return (first is not None and first.group(1) in vocabulary()["signatory_verbs"]
            and not re.search(r"[;.]|,\s*(?:and|but)\b", gap))


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


# "the EDCA, which ... signed", "the Peace Treaty, signed at the White House on ...": a verb that
# speaks of the agreement from its relative or participial clause.
_AGREEMENT_RELATIVE = re.compile(
    r"^\s*(?:\([^()]*\))?[\s,]*(?:(?:which|that)\b[^,;]*|,\s*|"
    # "A new MOU covering fiscal years 2019 through 2028 was signed ...": its passive verb
    r"|[^,;]*?\b(?:was|were|has\s+been|have\s+been|had\s+been)"
    r"(?:\s+(?:first|formally|jointly|originally|also|later|finally|officially))?\s+)$")


def _last_verb_before(view: str, pos: int, fact: AgreementFact | None) -> str | None:
    """The last signing verb (``signing_verbs``) in the 100 characters before ``pos`` within its
    clause, when the agreement ``fact`` stands between the two (its object) and no year and no
    comma-"and" do: the verb whose object's date ``pos`` is ("signed their 123 Agreement on
    nuclear cooperation on May 21, 2009"; not "established relations in 1987")."""
    if fact is None or fact.end > pos:
        return None
    lo = max(0, pos - 100)
    for brk in (". ", "; ", "\n"):
        at = view.rfind(brk, lo, pos)
        lo = max(lo, at + len(brk)) if at >= 0 else lo
    words = list(re.finditer(r"[A-Za-z]+", view[lo:pos]))
    verbs = set(vocabulary()["signing_verbs"])
    for m in reversed(words):
        if m.group(0).lower() in verbs:
            if lo + m.end() > fact.start and _AGREEMENT_RELATIVE.match(
                    view[fact.end:lo + m.start()]) is None:
                return None  # a verb after the agreement speaks of it only in its relative clause
            between = view[lo + m.end():pos]
            if _YEAR.search(between) or re.search(r",\s*(?:and|but|which|when)\b", between):
                return None
            return m.group(0).lower()
    return None


def _dates(dates: list[DateFact], fact: AgreementFact, view: str = ""
           ) -> tuple[DateValue | None, DateValue | None, list[DateValue], str | None]:
    """(start, end, the point dates in order, what the end's word says: "past", "open" or
    None) from an agreement's dates. A point date a signing verb introduces gives the start
    ("adopted in April 2019, covers the years 2019 through 2024": April 2019); else an
    interval; else the point date nearest the agreement ("established relations in 1987, and
    in 2019 elevated them to a Strategic Partnership": 2019; "signed in January 2021 and in
    force since March 2021": January 2021); else a "since" date. A point date after an end
    word is the end ("expires in 2030", "ended in 2014"). The period a plan covers ("signed in
    October 2022, covers 2023-2027", "the Plan ... for 2024") is its start only when no other
    date gives one; else it gives the end."""
    covered = [d for d in dates if view and _covers_a_period(view, d)]
    if covered and len(covered) < len(dates):
        rest = [d for d in dates if not any(d is c for c in covered)]
        own_start, own_end, own_points, own_end_word = _dates(rest, fact, view)
        if own_start is not None:
            last = max(covered, key=_START).value
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
    for d in sorted(dates, key=lambda f: f.start):
        v = d.value
        if v.kind == "interval" or (v.kind == "since" and v.anchor != "present" and v.end):
            if start is None and v.start is not None:
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
        elif (view and not _names_its_agreement(view, d, [fact])
              and (marker := end_marker(view, d.start)) is not None):
            if end is None:  # "expired in 2012 and was replaced in 2018": the first end
                end, end_word = v, marker
        else:
            points.append(replace(v, kind="date") if v.kind == "date" else v)
            point_facts.append(d)
    if (since_fact is not None and interval_fact is not None and interval_fact.end <= fact.start
            and fact.end <= since_fact.start):
        # "Between FY 2016 and FY 2020, X received ..., and the Guard has been its partner
        # since 2000": the interval dates the clause before; the mention's own "since" is its
        start = None
        if end_from_interval:
            end, end_word = None, None
    ranks = [_signing_rank(view, d, fact) for d in point_facts]
    if since is not None and start is None and max(ranks, default=0) == 0:
        return since, end, points, end_word  # "backed ... since 2016, as well as ... in 2021"
    if points and (start is None or max(ranks) > 0):
        best = min(range(len(points)), key=lambda i: (-ranks[i], _distance(fact, point_facts[i])))
        start = points[best]
    return start or since, end, points, end_word


def _since_rank(view: str, fact: AgreementFact, d: DateFact) -> tuple[bool, int]:
    """Order of "since" dates for an agreement: one that ends a phrase set off by a comma
    before the mention ("Chad, a member since 2005, has partnered ...") after any other, then
    the nearest."""
    closes_aside = d.end <= fact.start and view[d.end:d.end + 1] == ","
    return closes_aside, _distance(fact, d)


@cache
def _covering_regex() -> re.Pattern[str]:
    words = word_alternation(vocabulary()["covered_period_words"])
    return re.compile(r"(?<![\w-])(?:" + words + r")(?:[ \u00a0]+the[ \u00a0]+(?:years|period))?"
                      r"[ \u00a0]+$", re.IGNORECASE)


def _covers_a_period(view: str, d: DateFact) -> bool:
    """Is the date the period a plan or agreement covers ("covers 2023-2027", "the Plan of
    Military Cooperation for 2024", ``covered_period_words``), not an event of its life?"""
    return (d.value.kind in ("date", "interval") and d.value.granularity in ("year", "fiscal_year")
            and _covering_regex().search(view[max(0, d.start - 30):d.start]) is not None)


def _regions(group: list[AgreementFact], conjuncts: list[Conjunct], k: int, c_start: int,
             has_own: bool) -> list[tuple[int, int]]:
    """Where agreement ``k`` of a clause finds its parties: its conjunct, the clause's head when
    it shares it, and (when it names no partner of its own) the conjuncts it is directly
    conjoined with."""
    part = conjuncts[k]
    regions = [(part.lo, part.hi)]
    if part.shares_head:
        regions.append((c_start, group[0].start))
    j = k
    while not has_own and conjuncts[j].chained:
        j += 1
        regions.append((conjuncts[j].lo, conjuncts[j].hi))
    return regions


def _pairing_guards(view: str, fact: AgreementFact, guards: list[tuple[int, int, str]]
                    ) -> list[tuple[int, int, str]]:
    """The guard(s) of a pairing: the one nearest its mention, and those conjoined with that
    one ("the Virginia and the West Virginia National Guard", "the Ohio National Guard and the
    Texas National Guard"); another guard of the sentence is a third party."""
    if len(guards) < 2:
        return guards
    ordered = sorted(guards)
    nearest = min(range(len(ordered)), key=lambda i: max(
        ordered[i][0] - fact.end, fact.start - ordered[i][1], 0))
    keep = {nearest}
    for step in (-1, 1):
        i = nearest
        while 0 <= i + step < len(ordered):
            a, b = (ordered[i], ordered[i + step]) if step > 0 else (ordered[i + step], ordered[i])
            if _FILLER.fullmatch(view[a[1]:b[0]]) is None or "and" not in view[a[1]:b[0]]:
                break
            i += step
            keep.add(i)
    return [g for i, g in enumerate(ordered) if i in keep]


def _parties(view: str, fact: AgreementFact, group: list[AgreementFact],
             countries: list[CountryFact], c_start: int, c_end: int,
             earlier: Sequence[tuple[int, int]] = (), conjuncts: list[Conjunct] | None = None,
             k: int = 0, s_start: int | None = None, subject: str | None = None
             ) -> tuple[str, ...]:
    clause_text = view[c_start:c_end]
    conjuncts = conjuncts or [Conjunct(c_start, c_end, True, False)]
    own = (conjuncts[k].lo, conjuncts[k].hi)
    head_lo = c_start if conjuncts[k].shares_head else own[0]
    own = (own[0], _tail_end(view, fact, countries, own[1]))
    in_clause = _starting_in(countries, c_start, c_end + 1)  # (some may end after the clause)
    named_own = any(c.start >= group[0].start and c.iso3 != "USA"
                    for c in _starting_in(countries, *own)) or any(
        own[0] <= c_start + g.start < own[1] for g in group_mentions(clause_text))
    regions = [(lo, min(hi, own[1]) if lo <= fact.start < hi else hi)
               for lo, hi in _regions(group, conjuncts, k, head_lo, named_own)]
    own_subject = _own_subject_start(view, countries, c_start, fact.start)
    regions = [(max(lo, own_subject), hi) for lo, hi in regions if hi > own_subject]
    all_guards = [(c_start + a, c_start + b, name) for a, b, name in find_guards(clause_text)]
    guards = [g for g in all_guards if any(lo <= g[0] < hi for lo, hi in regions)]
    others = [g for g in group if g is not fact]
    parties: set[str] = set()

    def in_guard(c: CountryFact) -> bool:
        return any(a <= c.start and c.end <= b for a, b, _ in all_guards)

    if fact.kind != "state_partnership":
        signers = signatories_span(view, fact.end, c_end)
        if signers is not None:
            groups = [g for g in non_state_parties(view[signers[0]:signers[1]], [
                (c.start - signers[0], c.end - signers[0]) for c in countries
                if signers[0] <= c.start < signers[1]])
                      if not any(c.start <= signers[0] + g[0] and signers[0] + g[1] <= c.end
                                 for c in countries)]  # "the RMI" is a state
            inside = [(signers[0] + a, signers[0] + b) for a, b, _ in groups]
            named = _named_in(view, countries, *signers, skip=inside)
            named.update(name for _, _, name in groups)
            if named:  # "the ceasefire agreement that Russia and Georgia signed"
                return tuple(sorted(named))
        signing = _signing_subject(view, max(c_start, own_subject), fact.start)
        bodies = _named_signatories(view, countries, *signing) if signing else None
        if bodies:  # "the Ohio National Guard and Chile's Army signed a memorandum"
            return bodies
    prefixed = _prefix_parties(view, fact, countries)
    if len(prefixed) >= 2:  # "the Egypt-Israel Peace Treaty": its name says whose it is
        return tuple(sorted(prefixed))
    if fact.kind == "state_partnership":
        guards = _pairing_guards(view, fact, guards) or _bare_states(
            view, countries, c_start, clause_text, regions) or _pronoun_guard(
            view, s_start if s_start is not None else c_start, fact.start)
        parties.update(name for _, _, name in guards)  # a guard is a party of its pairing only
    for c in in_clause:
        if c.end > c_end or in_guard(c):
            continue
        if not any(lo <= c.start < hi for lo, hi in regions):
            continue  # another conjunct's partner
        if any(o.start <= c.start and c.end <= o.end for o in others):
            continue  # inside another agreement's name
        inside_own = fact.start <= c.start and c.end <= fact.end
        if inside_own and _known_name_holds(fact.name, view[c.start:c.end]):
            continue  # "the Djibouti Code of Conduct": named for a place, not a party
        if not inside_own and (_located(view, c.start) or _mediator_at(view, c.start)
                               or _bystander_at(view, c.start)):
            continue
        parties.add(c.iso3)
    parties.update(_leaders(view, countries, fact))
    states = [(c.start - c_start, c.end - c_start) for c in in_clause if c.start < c_end]
    for a, b, name in non_state_parties(clause_text, states):  # "a truce with the MNLF"
        at = c_start + a
        if (fact.kind != "state_partnership" and any(lo <= at < hi for lo, hi in regions)
                and not (fact.start <= at < fact.end)
                and not any(c.start <= at and c_start + b <= c.end for c in countries)
                and _PARTY_LINK.search(view, max(0, at - 16), at) is not None):
            parties.add(name)
            parties.difference_update(c.iso3 for c in countries if at <= c.start < c_start + b
                                      and not _named_in(view, countries, c_start, at) & {c.iso3})
    for a, _, iso3 in _capitals_in(clause_text):  # "Washington and Manila signed ..."
        at = c_start + a
        if (any(lo <= at < hi for lo, hi in regions) and not _located(view, at)
                and not any(o.start <= at < o.end or _in_its_parentheses(view, o, at)
                            for o in group)
                and not any(ga <= at < gb for ga, gb, _ in all_guards)):
            parties.add(iso3)
    for g in group_mentions(clause_text):  # "the U.S.-Baltic Roadmap", "the Visegrad countries"
        at = c_start + g.start
        if (any(lo <= at < hi for lo, hi in regions) and not _located(view, at)
                and not any(o.start <= at < o.end for o in others)):
            parties.update(g.members)
    if any(_us_agency_in(view, lo, min(hi, fact.start)) for lo, hi in regions
           if lo < fact.start):  # "the Department of Defense and Chile's ministry signed"
        parties.add("USA")
    parties.update(organization_parties(clause_text))
    parties.update(prefix_organizations(view[fact.start:fact.end]))  # "U.S.-ASEAN ..."
    owner = owner_party(view[c_start:fact.start])
    if owner is not None:
        parties.add(owner)
    parties.update(implicit_parties(fact.name))
    namesake = namesake_organization(fact.name)
    if namesake is not None:
        parties.add(namesake)
    if has_first_person(clause_text):
        parties.add("USA")
    reference = plural_reference(clause_text)
    if reference is not None:
        parties.update(_antecedents(view, countries, reference.count, c_start,
                                    c_start + reference.start, s_start, earlier, subject))
    if not _named_in(view, countries, c_start, c_end) - {"USA"}:
        parties.update(_pronoun_antecedents(view, countries, c_start, c_end, s_start, earlier,
                                            subject))
        if s_start is not None:
            parties.update(_subject_before_relative(view, countries, s_start, c_start))
    parties.update(_counterparts(view, countries, fact, s_end=_sentence_end(view, c_end)))
    owner_state = _whose_owner(view, countries, c_start)
    if owner_state is not None and fact.kind != "state_partnership":
        cut = _next_conjunct(view, fact.end, c_end)
        parties.difference_update(_named_in(view, countries, cut, c_end)
                                  - _named_in(view, countries, c_start, cut))
        parties.add(owner_state)
    if fact.kind == "state_partnership":
        joined_guards = [] if guards else _participle_guards(view, c_end)
        if joined_guards:  # "Oman joined the SPP, pairing with the Arizona National Guard"
            parties.update(joined_guards)
            guards = guards or [(c_end, c_end, name) for name in joined_guards]
        if (s_start is not None and guards
                and not [p for p in parties if len(p) == 3 and p.isupper()]
                and _participle_regex().match(view, max(0, view.rfind(",", fact.start - 3,
                                                                      fact.start)),
                                              fact.end + 6) is not None):
            # "Qatar entered the program in 2024, pairing with the Ohio National Guard"
            parties.update(_opening_subjects(view, countries, _clause_head(view, s_start,
                                                                           c_start), c_start))
        if guards:
            parties.discard("USA")  # a pairing is the guard's and the partner's
        else:
            parties.add("USA")  # no guard: the U.S. programme itself ("interest in the SPP")
    if not has_first_person(clause_text):  # "we partner ... via PfP": the author takes part
        parties.difference_update(excluded_parties(fact.name))
    backers = _backers(view, countries, max(c_start, own_subject), fact)
    if backers:  # "Canada reaffirmed its support for the treaty": a backer, not a party
        after = _named_in(view, countries, fact.end, c_end)
        parties.difference_update(backers - after - set(implicit_parties(fact.name)))
    if s_start is not None:
        owner_of_its = _possessive_antecedent(view, countries, fact, s_start, earlier)
        if owner_of_its is not None:  # "Its IPAP covers ...": the state it stands for
            parties.add(owner_of_its)
    if fact.kind == "state_partnership" and len({name for _, _, name in guards}) == 1:
        bound = _bound_partner(view, countries, fact, s_start if s_start is not None
                               else c_start, _sentence_end(view, c_end))
        if bound is not None:  # "Gabon, paired with the Nevada National Guard, ... Cameroon"
            parties = {p for p in parties if not _is_iso3(p)} | {bound}
    return tuple(sorted(parties))


def _is_iso3(party: str) -> bool:
    return len(party) == 3 and party.isupper()


@cache
def _auxiliaries() -> str:
    return "|".join(map(re.escape, party_rules()["pairing_auxiliaries"]))


@cache
def _bound_before_regex() -> re.Pattern[str]:
    """What may stand between a state and the pairing mention bound to it: a possessive
    ("Ecuador's partnership"), or a comma or a subject's gap with auxiliaries ("Gabon, paired",
    "Paraguay, which has partnered", "Nepal, for its part, has partnered")."""
    aux = r"(?:(?:" + _auxiliaries() + r")[ \u00a0]+)*"
    return re.compile(r"['’]s[ \u00a0]+|(?:[ \u00a0]*,[^,;.]{1,30},|[ \u00a0]*,)?[ \u00a0]+"
                      + aux)


_BOUND_AFTER = re.compile(r"[ \u00a0]+with[ \u00a0]+(?:the[ \u00a0]+)?")
_LIST_LINK = re.compile(r"[ \u00a0]*(?:,|,?[ \u00a0]+and)[ \u00a0]+(?:the[ \u00a0]+)?")


def _bound_partner(view: str, countries: Sequence[CountryFact], fact: AgreementFact,
                   s_start: int, s_end: int) -> str | None:
    """The one state a pairing mention of one guard is bound to by its grammar: its possessive
    ("Ecuador's partnership with ..."), the head of its appositive or relative clause
    ("Gabon, paired with ...", "Paraguay, which has partnered with ..."), its clause's subject
    ("Nepal has long partnered with ..."), or the state after it and "with" ("the Iowa National
    Guard has been paired with Latvia"); None when no state, or a list, is bound so."""
    in_sentence = [c for c in _starting_in(countries, s_start, s_end) if c.end <= s_end]
    bound: set[str] = set()
    for c in in_sentence:
        if c.end <= fact.start:
            tied = _bound_before_regex().fullmatch(view, c.end, fact.start) is not None
        else:
            tied = fact.end <= c.start and _BOUND_AFTER.fullmatch(
                view, fact.end, c.start) is not None
        if tied and not any(_LIST_LINK.fullmatch(view, d.end, c.start) is not None
                            or _LIST_LINK.fullmatch(view, c.end, d.start) is not None
                            for d in in_sentence if d is not c):  # "Chad and Niger have ..."
            bound.add(c.iso3)
    return bound.pop() if len(bound) == 1 else None


_OPENING_PHRASE = re.compile(r"(?:(?:In|On|Since|By|From|After)[ \u00a0][^,;.]{1,30},[ \u00a0]*)?")


@cache
def _possessive_regex() -> re.Pattern[str]:
    words = "|".join(map(re.escape, party_rules()["possessive_pronouns"]))
    return re.compile(r"(?<![\w-])(?:" + words + r")[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}$",
                      re.IGNORECASE)


def _possessive_antecedent(view: str, countries: Sequence[CountryFact], fact: AgreementFact,
                           s_start: int, earlier: Sequence[tuple[int, int]]) -> str | None:
    """The state "its" right before the agreement stands for ("In 2019, Peru joined the
    Alliance's partners; its Individual Partnership Action Plan covers ..."): the
    one state its sentence opens with, or, when "Its" opens the sentence, the one state the
    sentence before opens with."""
    m = _possessive_regex().search(view, max(s_start, fact.start - 40), fact.start)
    if m is None:
        return None
    if view[s_start:m.start()].strip():
        lo = s_start
        hi = m.start()
    elif earlier:
        lo, hi = earlier[0]
    else:
        return None
    lo += len(view[lo:hi]) - len(view[lo:hi].lstrip())
    opener = _OPENING_PHRASE.match(view, lo)
    lo = opener.end() if opener else lo
    opening = _opening_subjects(view, countries, lo, hi)
    if len(opening) != 1:
        return None
    if hi == m.start() and _named_in(view, countries, lo, hi) != set(opening):
        return None  # "Norway signed ...; and Denmark signed its DCA": the nearer state's
    return opening[0]


@cache
def _participle_regex() -> re.Pattern[str]:
    words = "|".join(map(re.escape, party_rules()["pairing_participles"]))
    return re.compile(r"[ \u00a0]*,[ \u00a0]*(?:" + words + r")\b")


def _participle_guards(view: str, c_end: int) -> list[str]:
    """The guards of a participial clause right after a State Partnership Program mention's
    own clause (", pairing with the Iowa and Utah National Guards"), up to the next
    semicolon or full stop."""
    m = _participle_regex().match(view, c_end)
    if m is None:
        return []
    stop = re.compile(r"[;.](?:\s|$)").search(view, m.end())
    return [name for _, _, name in find_guards(view[m.end():stop.start() if stop else None])]


def _clause_head(view: str, s_start: int, pos: int) -> int:
    """Where the clause before ``pos`` opens: after the sentence's last semicolon or
    comma-"and" before it, else at the sentence's start."""
    cut = max(view.rfind("; ", s_start, pos) + 2, view.rfind(", and ", s_start, pos) + 6)
    return cut if cut > s_start + 5 else s_start


@cache
def _leader_regex() -> re.Pattern[str]:
    suffixes = "|".join(map(re.escape, party_rules()["leader_suffixes"]))
    return re.compile(r"(?:" + suffixes + r")[ \u00a0]+$")


def _leaders(view: str, countries: Sequence[CountryFact], fact: AgreementFact) -> set[str]:
    """The state written right before an agreement with "-led" ("the United Kingdom-led
    Joint Expeditionary Force"): it leads the agreement, so it is a party."""
    near = _starting_in(countries, max(0, fact.start - 60), fact.start)
    return {c.iso3 for c in near if c.end < fact.start and _leader_regex().fullmatch(
        view, c.end, fact.start) is not None}


@cache
def _signing_subject_regex() -> re.Pattern[str]:
    verbs = "|".join(map(re.escape, sorted(vocabulary()["signatory_verbs"], key=len,
                                           reverse=True)))
    return re.compile(r"(?P<who>[^,;:()]+?)[ \u00a0]+(?:(?:have|has|had|jointly|formally|also|"
                      r"instead)[ \u00a0]+)*(?:" + verbs + r")[ \u00a0]+(?:[a-z\d]+[ \u00a0]+)"
                      r"{0,3}$")


@cache
def _signing_verb_regex() -> re.Pattern[str]:
    """A signing verb and the space after it: every match of ``_signing_subject_regex`` holds
    one within the same bounds, and it is far cheaper to look for (the full regex tries its
    lazy subject from every position)."""
    verbs = "|".join(map(re.escape, sorted(vocabulary()["signatory_verbs"], key=len,
                                           reverse=True)))
    return re.compile(r"(?:" + verbs + r")[ \u00a0]")


def _signing_subject(view: str, lo: int, pos: int) -> tuple[int, int] | None:
    """The subject of the signing verb right before the agreement at ``pos`` ("In 2024, the
    Ohio National Guard and Chile's Army signed a memorandum": "the Ohio National Guard and
    Chile's Army"), within its clause from ``lo`` and after its last comma."""
    if _signing_verb_regex().search(view, lo, pos) is None:
        return None  # no signing verb, no subject of one
    m = _signing_subject_regex().search(view, lo, pos)
    return (m.start("who"), m.end("who")) if m else None


def _named_signatories(view: str, countries: Sequence[CountryFact], lo: int, hi: int
                       ) -> tuple[str, ...] | None:
    """The signatories a signing subject names when one of them is a U.S. state's Guard or
    military body or a named office that is no state ("the Iowa National Guard and Kosovo's
    ministry", "AIT and TECRO"): those bodies and the states (a ministry's owner, a demonym)
    beside them, the United States only by a department of its own. They, not the United
    States by default, concluded it. None when the subject names no such body or one party
    only."""
    text = view[lo:hi]
    bodies = [*find_guards(text), *find_state_bodies(text)]
    named = {name for _, _, name in bodies}
    orgs = set(named_organizations(text))
    if not named and not orgs:
        return None
    named |= orgs
    named |= {c.iso3 for c in _starting_in(countries, lo, hi) if c.end <= hi
              and not any(lo + a <= c.start < lo + b for a, b, _ in bodies)
              and not _located(view, c.start)}
    if _us_agency_in(view, lo, hi):
        named.add("USA")
    return tuple(sorted(named)) if len(named) >= 2 else None


_WHOSE = re.compile(r"[ \u00a0]*,[ \u00a0]*whose\b")
_NEXT_CONJUNCT = re.compile(r",[ \u00a0]+and\b")  # a comma-"and" anywhere after a point


def _whose_owner(view: str, countries: Sequence[CountryFact], c_start: int) -> str | None:
    """The state right before a clause that opens with ", whose" ("Kenya, whose 2019 DCA with
    the United States ..."): the owner of the agreement the clause names, one of its parties."""
    if _WHOSE.match(view, c_start) is None:
        return None
    before = [c for c in countries if c.end <= c_start and not view[c.end:c_start].strip()]
    return before[-1].iso3 if before else None


def _next_conjunct(view: str, pos: int, c_end: int) -> int:
    """Where a comma-"and" after ``pos`` opens the next conjunct of the clause (else its end):
    "whose accord with the United States covers Bakar, and with Croatia ..."."""
    m = _NEXT_CONJUNCT.search(view, pos, c_end)
    return m.start() if m else c_end


_OPEN_PARENTHESIS = re.compile(r"[ \u00a0]*\([^()]*")


def _in_its_parentheses(view: str, fact: AgreementFact, pos: int) -> bool:
    """Is ``pos`` inside parentheses right after the agreement's name, which only rename it
    ("the Baltic Defense Accord (Riga Pact)": Riga is part of a name, no party)?"""
    return fact.end <= pos and _OPEN_PARENTHESIS.fullmatch(view, fact.end, pos) is not None


@cache
def _backing_regex() -> re.Pattern[str]:
    phrases = "|".join(map(re.escape, sorted(vocabulary()["backing_phrases"], key=len,
                                              reverse=True)))
    return re.compile(r"\b(?:" + phrases + r")(?:[ \u00a0]+(?:the|a|an|its|their|this|that|"
                      r"[A-Z][\w.-]*['’]s))*[ \u00a0]*$")


_SUBJECT_OPENER = re.compile(r"[\s,]*(?:(?:where|while|whereas|and|but|as)\s+)?(?:the\s+)?",
                             re.IGNORECASE)


def _backers(view: str, countries: Sequence[CountryFact], lo: int, fact: AgreementFact
             ) -> set[str]:
    """The state whose clause backs the agreement rather than concluding it ("Canada
    reaffirmed its support for the treaty", "where Chile has long championed the Alliance's
    dialogue": ``backing_phrases`` right before the name): the state or capital the clause
    opens with, as its subject."""
    if lo >= fact.start or _backing_regex().search(view, lo, fact.start) is None:
        return set()
    at = _SUBJECT_OPENER.match(view, lo)
    pos = at.end() if at else lo
    found = {c.iso3 for c in _starting_in(countries, pos, pos + 1)}
    found.update(iso3 for a, _, iso3 in _capitals_in(view[pos:pos + 40]) if a == 0)
    return found


# what stands before a party that signs: "with the", "between the", "and the", "by"
_PARTY_LINK = re.compile(r"\b(?:with|between|and|by)[ \u00a0]+(?:the[ \u00a0]+)?$")


def _pronoun_guard(view: str, s_start: int, pos: int) -> list[tuple[int, int, str]]:
    """The guard a pronoun subject stands for ("The Ohio National Guard has partnered with
    Serbia since 2005, and its partnership with Angola began in 2017"): the one guard its
    sentence names before the clause, when a comma-"and" and "it"/"its" open the clause."""
    opener = None
    for m in _PRONOUN_CLAUSE.finditer(view, s_start, pos):
        opener = m
    if opener is None:
        return []
    found = find_guards(view[s_start:opener.start()])
    return [(s_start + a, s_start + b, name) for a, b, name in found] if len(found) == 1 else []


def _bare_states(view: str, countries: Sequence[CountryFact], c_start: int, clause_text: str,
                 regions: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The U.S. states a pairing's clause names alone, as parties ("Alaska and Mongolia have been
    partners under the State Partnership Program"), when it names no guard: not a place where
    something happens ("exercises in Alaska"), not inside a country's name."""
    out = []
    for a, b, name in find_bare_states(clause_text):
        at = c_start + a
        if (any(lo <= at < hi for lo, hi in regions) and not _located(view, at)
                and not any(c.start <= at < c.end for c in countries)):
            out.append((at, c_start + b, name))
    return out


_NEW_COORDINATE = re.compile(r",\s+(?:and|but|while|whereas)\s+(?:(?:the|a|an|its|their)\s+)?")


@cache
def _new_predicate() -> re.Pattern[str]:
    """"joined the TSCTP in 2007 and is an active member of a patrol group with Mali": a second
    predicate of the subject (``second_predicate_heads`` and what follows them in the data),
    whose objects are not the agreement's parties."""
    vocab = vocabulary()
    followers = vocab["second_predicate_followers"]
    alts = "|".join(re.escape(head) + r"\s+(?:" + "|".join(map(re.escape, followers[head])) + ")"
                    for head in vocab["second_predicate_heads"])
    return re.compile(r"\s+and\s+(?:also\s+)?(?:" + alts + r")\b")


@cache
def _relative_subject_regex() -> re.Pattern[str]:
    verbs = "|".join(map(re.escape, vocabulary()["relative_subject_verbs"]))
    return re.compile(r"[\s,]*(?:(?:which|who)\b[^,;]*,\s*)?(?:" + verbs + r")\b")


def _known_name_holds(name: str, written: str) -> bool:
    """Is ``written`` (a state's mention inside an agreement's mention) part of the agreement's
    known canonical name ("Djibouti" of the "Djibouti Code of Conduct")?"""
    entry = entry_for(name)
    return entry is not None and written in entry.name


def _prefix_parties(view: str, fact: AgreementFact, countries: Sequence[CountryFact]
                    ) -> set[str]:
    """The states (and organizations) a name's parties' prefix names ("Egypt-Israel" of
    "Egypt-Israel Peace Treaty")."""
    cut = fact.start + prefix_length(view[fact.start:fact.end])
    if cut == fact.start:
        return set()
    found = {c.iso3 for c in countries if fact.start <= c.start and c.end <= cut}
    return found | set(prefix_organizations(view[fact.start:fact.end]))


def _subject_before_relative(view: str, countries: Sequence[CountryFact], s_start: int,
                             c_start: int) -> set[str]:
    """"Mongolia, which borders no NATO state, has been a GPOI partner": the state(s) the
    sentence opens with, when a relative clause set off by commas follows them and the
    agreement's clause goes on with their verb."""
    if _relative_subject_regex().match(view[c_start:c_start + 120]) is None:
        return set()
    leading, pos = _leading_states(view, countries, s_start, c_start)
    if leading and re.match(r"\s*,\s*(?:which|who|whose)\b", view[pos:pos + 12]):
        return set(leading) - {"USA"}
    return set()


def _tail_end(view: str, fact: AgreementFact, countries: Sequence[CountryFact], hi: int,
              dates: Sequence[DateFact] = ()) -> int:
    """Where an agreement's clause stops speaking of it: at a comma-"and" after it that opens a
    clause of its own, with a subject ("concluded an implementing arrangement for joint air
    surveillance, and Latvian officers attend U.S. staff colleges": the officers and the
    staff colleges are not its parties) or a time ("partnered since 2015 through the State
    Partnership Program, and in 2019 the two held 20 engagements": 2019 is not its start)."""
    for m in _NEW_COORDINATE.finditer(view, fact.end, hi):
        if any(_attributive(view, c) for c in _starting_in(countries, m.end(), m.end() + 1)):
            return m.start()
        if any(a == 0 for a, _, _ in find_guards(view[m.end():m.end() + 60])):
            return m.start()  # ", and the Maine National Guard began ...": its own pairing
        if _paired_with_guard(view, countries, m.end()):
            return m.start()
        opener = re.match(r"(?:in|on|by|during)\s+", view[m.end():m.end() + 8])
        if opener and any(d.start == m.end() + opener.end() for d in dates):
            return m.start()
    hi = _subject_clause_end(view, fact, countries, hi)
    predicate = _new_predicate().search(view, fact.end, hi)
    return predicate.start() if predicate is not None else hi


def _own_subject_start(view: str, countries: Sequence[CountryFact], lo: int, pos: int) -> int:
    """Where the clause of the agreement at ``pos`` begins when a comma-"and" before it opens
    a clause whose subject is other states ("The United States sent observers, and Chile and
    Peru signed a fisheries agreement": the United States is no party), else ``lo``."""
    start = lo
    for m in _NEW_COORDINATE.finditer(view, lo, pos):
        listed = any(c.end == m.start() for c in countries)  # "Chile, Peru, and Bolivia signed"
        if not listed and states_as_subject(view, countries, m.end()):
            start = m.end()
    return start


def _subject_clause_end(view: str, fact: AgreementFact, countries: Sequence[CountryFact],
                        hi: int) -> int:
    """Where a comma-"and" after the agreement opens a clause whose subject is other states
    (", and Malawi and the United States signed ..."), else ``hi``."""
    for m in _NEW_COORDINATE.finditer(view, fact.end, hi):
        if states_as_subject(view, countries, m.end()) and not _closes_state_list(
                view, countries, m.start()):
            return m.start()
    return hi


_LIST_COMMA = re.compile(r",[ \u00a0]*(?:the[ \u00a0]+)?$")


def _closes_state_list(view: str, countries: Sequence[CountryFact], at: int) -> bool:
    """Is the comma-"and" at ``at`` the last joint of a list of states ("that Chad, Niger,
    and Mali concluded"): a state ends right before it, and
    another state and a comma right before that one? Then the states after it are the list's
    last member, not the subject of a new clause."""
    ends = {c.end: c for c in countries}
    last = ends.get(at)
    if last is None:
        return False
    comma = _LIST_COMMA.search(view, max(0, last.start - 8), last.start)
    return comma is not None and comma.start() in ends


_STATE_SEPARATOR = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
_NEXT_WORD = re.compile(r"[\s\u00a0]+([a-z]+)\b")


def states_as_subject(view: str, countries: Sequence[CountryFact], pos: int) -> bool:
    """Does ``view[pos:]`` open with states that are the subject of a verb of their own
    ("Malawi and the United States signed ...", "Slovakia and the Czech Republic renewed
    ...")? A list that ends a sentence or goes on with a preposition ("with Estonia, Latvia,
    and Lithuania in 2017") is not one: the word after the last state must be a verb of
    ``subject_clause_verbs`` in the data or a past-tense "-ed" word."""
    at = _state_run_end(view, countries, pos)
    if at is None:
        return False
    word = _NEXT_WORD.match(view, at)
    if word is None:
        return False
    return word[1] in vocabulary()["subject_clause_verbs"] or word[1].endswith("ed")


def _state_run_end(view: str, countries: Sequence[CountryFact], pos: int) -> int | None:
    """The end of the states named one after another from ``pos`` ("Malawi and the United
    States", "Peru, Chile, and Argentina"), None when no state stands there."""
    by_start = {c.start: c for c in countries}
    article = re.match(r"the\s+", view[pos:pos + 4])
    at = pos + (article.end() if article else 0)
    if at not in by_start:
        return None
    while True:
        at = by_start[at].end
        sep = _STATE_SEPARATOR.match(view, at)
        if sep is None or sep.end() not in by_start:
            return at
        at = sep.end()


def _paired_with_guard(view: str, countries: Sequence[CountryFact], pos: int) -> bool:
    """", and Costa Rica with the New Mexico National Guard since 2006": another pairing,
    its verb left out."""
    at = _state_run_end(view, countries, pos)
    if at is None:
        return False
    link = re.match(r"\s+(?:with|and)\s+(?:the\s+)?", view[at:at + 12])
    return link is not None and any(
        a == 0 for a, _, _ in find_guards(view[at + link.end():at + link.end() + 60]))


def _attributive(view: str, c: CountryFact) -> bool:
    """A demonym or adjective before a noun ("Latvian officers", "U.S. forces"): the subject of
    a new clause, where a country's name after ", and" may end a list ("with Estonia, Latvia,
    and Lithuania")."""
    return (view[c.start:c.end] != country_name(c.iso3)
            and re.match(r"[ \u00a0][a-z]", view[c.end:c.end + 2]) is not None)


def _named_in(view: str, countries: Sequence[CountryFact], lo: int, hi: int,
              skip: Sequence[tuple[int, int]] = ()) -> set[str]:
    """The states named in ``view[lo:hi]`` as parties (a place something happens in is
    not one, nor one inside a span of ``skip``, an armed group's name), groupings resolved to
    their members."""
    named: set[str] = {c.iso3 for c in _starting_in(countries, lo, hi + 1) if c.end <= hi
             and not _located(view, c.start) and not _mediator_at(view, c.start)
             and not _bystander_at(view, c.start)
             and not any(a <= c.start < b for a, b in skip)}
    guards = find_guards(view[lo:hi])
    named.update(iso3 for a, _, iso3 in _capitals_in(view[lo:hi])
                 if not _located(view, lo + a) and not any(ga <= a < gb for ga, gb, _ in guards))
    for g in group_mentions(view[lo:hi]):
        if not _located(view, lo + g.start):
            named.update(g.members)
    return named


def _dialogue_sides(view: str, at: int) -> bool:
    """Is the plural reference at ``at`` one of ``dialogue_sides`` ("both sides", "the
    delegations")? In a document about one partner these are always the partner and the
    United States, whatever states the sentence before names."""
    written = " ".join(view[at:at + 40].lower().split())
    return any(written.startswith(p) and written[len(p):len(p) + 1] in ("", " ", ",", ".")
               for p in vocabulary()["dialogue_sides"])


def _antecedents(view: str, countries: Sequence[CountryFact], count: int | None,
                 c_start: int, at: int, s_start: int | None,
                 earlier: Sequence[tuple[int, int]], subject: str | None = None) -> set[str]:
    """The states a plural reference ("the two countries", "all three", "these nations") at
    ``at`` stands for: those its own clause names before it when they are enough, else those
    of its sentence before the clause ("The United States and Kenya have had a SOFA since
    1980, when the two countries also concluded an access agreement"), else those of the
    nearest earlier sentence of the paragraph that names any. "The two countries" with one
    partner named are a partner and the United States, the other country of every document of
    this genre. Nothing named: in a document or section about one partner (``subject``), that
    partner and the United States. More states than the reference counts leave it
    unresolved. "Both sides", "the delegations" (``dialogue_sides``) in a document about one
    partner are it and the United States."""
    needed = count or 2
    found: set[str] = set()
    if len(_named_in(view, countries, c_start, at)) >= needed:
        return found  # named in the clause itself: "Japan and Korea, both allies, signed ..."
    if subject is not None and count == 2 and _dialogue_sides(view, at):
        return {subject, "USA"}  # "Both sides reaffirmed ..." in a U.S.-Mongolia statement
    if s_start is not None and s_start < c_start:
        found = _named_in(view, countries, s_start, c_start)
        if not found - {"USA"}:
            found = set()
    for lo, hi in earlier:
        if found - {"USA"}:
            break  # the author alone ("The United States recognized all three") names no one
        found = _named_in(view, countries, lo, hi) | found
    if not found - {"USA"} and count == 2 and subject is not None:
        found = {subject}
    if count == 2 and len(found - {"USA"}) == 1:
        found |= {"USA"}
    if count not in (None, 2) and len(found) > count and len(found - {"USA"}) == count:
        found -= {"USA"}  # "the three states": the partners, not the author beside them
    if count == 2 and subject is not None and len(found) > 2 and {subject, "USA"} <= found:
        return {subject, "USA"}  # "the two sides" in a text about one partner: it and the U.S.
    if count is not None and len(found) > count:
        return set()  # which of them? the document's subject decides (``_bilateral``)
    return found
