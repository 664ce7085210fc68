"""Link each agreement to its parties, dates and status from the facts around it.

``link_agreements`` is pure: text, facts, sentences and the document's date in; the same facts
out, every ``AgreementFact`` with ``parties``, ``date_start``, ``date_end`` and ``status`` filled.
Everything is read from the agreement's clause (its sentence cut at semicolons and at commas
that open a relative or participial clause, ``pipeline.agreements.clauses``).

Parties (a sorted tuple of ISO3 codes and names):
- every country mention (``CountryFact``) of the clause, except a place where something
  happens ("operations in Afghanistan", "deployed to Lebanon") and a state inside a guard's name;
  a country inside another agreement's name ("U.S.-Georgia Charter ...") belongs to that one;
- for a State Partnership pairing, every U.S. state National Guard of the clause, as "<State>
  National Guard". The guard, not the United States, is the party of a pairing unless the clause
  names the United States; a guard is never a party of another kind of agreement;
- "with NATO" and the like (``organization_parties`` in the data), an organization right before
  the name ("NATO SOFA"), and the parties a known program always has (Partnership for Peace:
  NATO; GPOI: USA);
- "we"/"our": the United States (the author of these documents); "these countries", "both
  nations": the countries of the previous sentence.

Dates: each date of the clause goes to the nearest agreement in it; of several point dates the
nearest gives the start. "from 1996 to 2011" gives
both ends, "since 2002"/"in 2016"/"In August 2019"/"began in 1995" the start, "until 2011" the
end; a date's granularity is kept. "From 2007 to present" has no end. Relative dates and
durations are ignored, except "a more than 26-year relationship", which with a document date
gives the start year (2021 - 26 = 1995) as an at-most bound (kind ``until``, duration ``P26Y``);
without a document date the start stays unknown.

Status (``pipeline.agreements.status_of``): the clause's status words; then a stated end in the
past (or with no document date to say otherwise) makes it ``ended``. When the status is
``ended`` and the clause has only point dates, the last is the end ("withdrew from the treaty
in 2019": end 2019, start unknown; "signed in 2002 and expired in 2014": 2002 to 2014).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from pipeline.agreements import (
    clauses,
    find_guards,
    has_first_person,
    has_plural_reference,
    implicit_parties,
    is_location,
    organization_parties,
    owner_party,
    point_at,
    relationship_years,
    start_from_years,
    status_of,
    vocabulary,
)
from pipeline.facts import AgreementFact, CountryFact, DateFact, Fact, MoneyFact
from pipeline.textview import matching_view
from pipeline.values import DateValue

IGNORED_DATE_KINDS = frozenset({"relative", "duration"})


def link_agreements(text: str, facts: list[Fact], sentences: Sequence[tuple[int, int]],
                    doc_date: date | None = None) -> list[Fact]:
    """``facts`` with every AgreementFact's parties, dates and status filled; the others
    unchanged and in the same order."""
    if not any(isinstance(f, AgreementFact) for f in facts):
        return list(facts)
    view = matching_view(text)
    sents = sorted(sentences)
    starts = [s for s, _ in sents]
    agreements = [f for f in facts if isinstance(f, AgreementFact)]
    countries = [f for f in facts if isinstance(f, CountryFact)]
    dates = [f for f in facts if isinstance(f, DateFact)]
    money = [f for f in facts if isinstance(f, MoneyFact)]

    def sentence_of(pos: int) -> int:
        i = bisect.bisect_right(starts, pos) - 1
        return i if i >= 0 and pos < sents[i][1] else -1

    # Group agreements by clause.
    by_clause: dict[tuple[int, int], list[AgreementFact]] = {}
    sentence_index: dict[tuple[int, int], int] = {}
    for fact in agreements:
        i = sentence_of(fact.start)
        s_start, s_end = sents[i] if i >= 0 else (fact.start, fact.end)
        s_end = max(s_end, fact.end)
        clause = next(((a, b) for a, b in clauses(view, s_start, s_end) if a <= fact.start < b),
                      (s_start, s_end))
        by_clause.setdefault(clause, []).append(fact)
        sentence_index[clause] = i

    linked: dict[int, AgreementFact] = {}
    for (c_start, c_end), group in by_clause.items():
        previous = sents[sentence_index[(c_start, c_end)] - 1] if sentence_index[
            (c_start, c_end)] > 0 else None
        i = sentence_index[(c_start, c_end)]
        s_lo, s_hi = sents[i] if i >= 0 else (c_start, c_end)
        funded = {m.fiscal_year for m in money if m.fiscal_year is not None
                  and s_lo <= m.start and m.end <= s_hi}
        clause_dates = [d for d in dates if c_start <= d.start and d.end <= c_end
                        and d.value.kind not in IGNORED_DATE_KINDS
                        and (d.value.start is not None or d.value.end is not None)
                        and not _funding_year(d, funded)]
        assigned = _assign_dates(group, clause_dates)
        for fact in group:
            parties = _parties(view, fact, group, countries, c_start, c_end, previous)
            own_dates = [] if _names_a_meeting(view, fact) else assigned.get(id(fact), [])
            date_start, date_end, points = _dates(own_dates, fact)
            clause_text = view[c_start:c_end]
            status = status_of(clause_text, fact.kind)
            if status == "ended" and date_end is None and points and date_start in points:
                # "withdrew in 2019", "expired in 2014": a lone date is the end
                date_start, date_end = (points[0], points[-1]) if len(points) > 1 else (
                    None, points[0])
            if date_start is None and doc_date is not None:
                years = relationship_years(clause_text)
                if years is not None:
                    date_start = start_from_years(years[0], years[1], doc_date)
            if (date_end is not None and status != "proposed" and date_end.end is not None
                    and (doc_date is None or date_end.end < doc_date)):
                status = "ended"
            linked[id(fact)] = replace(fact, parties=parties, date_start=date_start,
                                       date_end=date_end, status=status)
    return [linked.get(id(f), f) if isinstance(f, AgreementFact) else f for f in facts]


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
    sentence's date that meeting's ("launched a Strategic Dialogue in 2012" is not one)."""
    vocab = vocabulary()
    following = view[fact.end:fact.end + 40].lstrip()
    if not any(following.startswith(noun) and not following[len(noun):len(noun) + 1].isalpha()
               for noun in vocab["meeting_nouns"]):
        return False
    before = view[max(0, fact.start - 40):fact.start].split()
    return any(w.lower() in vocab["meeting_ordinals"] for w in before[-3:])


def _assign_dates(group: list[AgreementFact], dates: list[DateFact]
                  ) -> dict[int, list[DateFact]]:
    """Each date to the nearest agreement of its clause."""
    out: dict[int, list[DateFact]] = {}
    for d in dates:
        nearest = min(group, key=lambda a: (_distance(a, d), a.start))
        out.setdefault(id(nearest), []).append(d)
    return out


def _distance(a: AgreementFact, d: DateFact) -> int:
    if d.end <= a.start:
        return a.start - d.end
    if a.end <= d.start:
        return d.start - a.end
    return 0


def _dates(dates: list[DateFact], fact: AgreementFact
           ) -> tuple[DateValue | None, DateValue | None, list[DateValue]]:
    """(start, end, the point dates in order) from an agreement's dates. An interval gives the
    start; else the point date nearest the agreement ("established relations in 1987, and in
    2019 elevated them to a Strategic Partnership": 2019; "signed in January 2021 and in force
    since March 2021": January 2021); else a "since" date."""
    start: DateValue | None = None
    end: DateValue | None = None
    points: list[DateValue] = []
    since: DateValue | None = None  # "signed in January 2021 and in force since March 2021"
    for d in sorted(dates, key=lambda f: f.start):
        v = d.value
        if v.kind == "interval" or (v.kind == "since" and v.anchor != "present" and v.end):
            if start is None and v.start is not None:
                start = point_at(v.start, v.granularity, "start")
            if end is None and v.end is not None and v.anchor != "present":
                end = point_at(v.end, v.granularity, "end")
        elif v.kind == "since":
            if since is None and v.start is not None:
                since = point_at(v.start, v.granularity, "start")
        elif v.kind == "until":
            if end is None and v.end is not None:
                end = point_at(v.end, v.granularity, "end")
        else:
            points.append(replace(v, kind="date") if v.kind == "date" else v)
    if start is None and points:
        point_facts = [d for d in sorted(dates, key=lambda f: f.start)
                       if d.value.kind not in ("interval", "since", "until")]
        nearest = min(range(len(points)), key=lambda i: _distance(fact, point_facts[i]))
        start = points[nearest]
    return start or since, end, points


def _parties(view: str, fact: AgreementFact, group: list[AgreementFact],
             countries: list[CountryFact], c_start: int, c_end: int,
             previous: tuple[int, int] | None) -> tuple[str, ...]:
    clause_text = view[c_start:c_end]
    guards = [(c_start + a, c_start + b, name) for a, b, name in find_guards(clause_text)]
    others = [g for g in group if g is not fact]
    parties: set[str] = {name for _, _, name in guards}

    def in_guard(c: CountryFact) -> bool:
        return any(a <= c.start and c.end <= b for a, b, _ in guards)

    if fact.kind != "state_partnership":
        parties.clear()  # a guard is a party of its State Partnership pairing only
    for c in countries:
        if not (c_start <= c.start and c.end <= c_end) or in_guard(c):
            continue
        if any(o.start <= c.start and c.end <= o.end for o in others):
            continue  # inside another agreement's name
        inside_own = fact.start <= c.start and c.end <= fact.end
        if not inside_own and is_location(view, c.start):
            continue
        parties.add(c.iso3)
    parties.update(organization_parties(clause_text))
    owner = owner_party(view[c_start:fact.start])
    if owner is not None:
        parties.add(owner)
    parties.update(implicit_parties(fact.name))
    if has_first_person(clause_text):
        parties.add("USA")
    if previous is not None and has_plural_reference(clause_text):
        p_start, p_end = previous
        parties.update(c.iso3 for c in countries
                       if p_start <= c.start and c.end <= p_end
                       and not is_location(view, c.start))
    return tuple(sorted(parties))
