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
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from pipeline.agreements import (
    clauses,
    document_subject,
    ended_phrase_governs,
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
    stated_status,
    vocabulary,
)
from pipeline.facts import AgreementFact, CountryFact, DateFact, Fact, MoneyFact
from pipeline.textview import matching_view
from pipeline.values import DateValue

IGNORED_DATE_KINDS = frozenset({"relative", "duration"})
_CONJUNCTION = re.compile(r"\band\b|\bor\b|,|\bas well as\b")
_FILLER = re.compile(r"(?:\s|,|\band\b|\bor\b|\bas well as\b|\bthe\b|\ban?\b|\bits\b|\btheir\b)*")
_POSSESSIVE = re.compile(r"\w['’]s\b")


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
        clause = _own_clause(view, fact, clauses(view, s_start, s_end), (s_start, s_end))
        by_clause.setdefault(clause, []).append(fact)
        sentence_index[clause] = i

    subject = document_subject(view, [(c.start, c.iso3) for c in countries])
    linked: dict[int, AgreementFact] = {}
    for (c_start, c_end), group in by_clause.items():
        group.sort(key=lambda f: f.start)
        conjuncts = conjuncts_of(view, group, countries, c_start, c_end)
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
        assigned = _assign_dates(group, clause_dates, conjuncts, c_start)
        sentence_text = view[s_lo:s_hi]
        for k, fact in enumerate(group):
            part = conjuncts[k]
            parties = _parties(view, fact, group, countries, c_start, c_end, previous,
                               conjuncts, k)
            parties = _bilateral(parties, fact, subject, sentence_text)
            own_dates = [] if _names_a_meeting(view, fact) else assigned.get(id(fact), [])
            date_start, date_end, points = _dates(own_dates, fact, view)
            clause_text = view[c_start:c_end]
            status = _status(view, fact, part, c_start)
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
            elif (not status and date_start is not None and date_end is not None
                  and doc_date is not None and date_end.end is not None
                  and date_end.end >= doc_date):
                status = "active"  # "the Plan of Military Cooperation for 2018-2022" in 2021
            linked[id(fact)] = replace(fact, parties=parties, date_start=date_start,
                                       date_end=date_end, status=status)
    return [linked.get(id(f), f) if isinstance(f, AgreementFact) else f for f in facts]


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
        bounds.append(max(cut, a.end))
        after = view[cut:b.start]
        new_clause.append(bool(_POSSESSIVE.search(after)) or any(
            cut <= c.start and c.end <= b.start for c in countries))
        chained.append(_FILLER.fullmatch(gap) is not None)
    chained.append(False)
    bounds.append(c_end)
    out = []
    shares = True
    for k in range(len(group)):
        shares = shares and not new_clause[k]
        out.append(Conjunct(bounds[k], bounds[k + 1], shares, chained[k]))
    return out


def _status(view: str, fact: AgreementFact, part: Conjunct, c_start: int) -> str:
    """The status its own conjunct states, else what the clause before it states (when it
    shares the clause's head), else the kind's default. "ended" counts only when the ended
    phrase speaks of this agreement (``ended_phrase_governs``)."""
    lo = c_start if part.shares_head else part.lo
    own = view[part.lo:part.hi]
    prior = view[lo:part.lo]
    status = stated_status(own, fact.kind) or stated_status(prior, fact.kind)
    if status == "ended" and not ended_phrase_governs(view[lo:part.hi], fact.start - lo,
                                                      fact.end - lo):
        status = (stated_status(own, fact.kind, skip=["ended"])
                  or stated_status(prior, fact.kind, skip=["ended"]))
    return status or str(vocabulary()["default_status"].get(fact.kind, ""))


def _bilateral(parties: tuple[str, ...], fact: AgreementFact, subject: str | None,
               sentence: str) -> tuple[str, ...]:
    """In a document about one partner country (``document_subject``), a bilateral agreement
    whose clause names no partner ("The Mutual Defense Treaty remains the cornerstone of the
    alliance", "The two countries signed an ACSA in 2019") is between that country and the
    United States. Bilateral: a bilateral kind (treaty, SOFA, ACSA, MOU ...), a strategic
    partnership, or any agreement of a sentence that says "the two countries", "both
    governments", "bilateral". A regional document has no subject and guesses nothing."""
    if subject is None or any(p != "USA" for p in parties):
        return parties
    vocab = vocabulary()
    name = fact.name.lower()
    if (fact.kind in ("state_partnership", "transit") or implicit_parties(fact.name)
            or any(w in name for w in vocab["multilateral_words"])):
        return parties
    lowered = sentence.lower()
    bilateral = (fact.kind in vocab["bilateral_kinds"]
                 or (fact.kind == "partnership"
                     and any(w in name for w in vocab["bilateral_partnership_words"]))
                 or any(re.search(r"\b" + re.escape(w) + r"\b", lowered)
                        for w in vocab["bilateral_signals"]))
    return tuple(sorted({subject, "USA"})) if bilateral else parties


_RELATIVE_OPENER = re.compile(r"^[\s,]*(?:which|that)\b", re.IGNORECASE)


def _own_clause(view: str, fact: AgreementFact, parts: list[tuple[int, int]],
                sentence: tuple[int, int]) -> tuple[int, int]:
    """The clause an agreement is read in: the one it stands in, joined with a relative clause
    that directly follows its name ("The EDCA, which the Philippines and the United States
    signed on April 28, 2014, allows ..." dates and names the parties of the EDCA)."""
    for i, (a, b) in enumerate(parts):
        if a <= fact.start < b:
            if (i + 1 < len(parts) and not view[fact.end:b].strip(" ,")
                    and _RELATIVE_OPENER.match(view[parts[i + 1][0]:parts[i + 1][1]])):
                return (a, parts[i + 1][1])
            return (a, b)
    return sentence


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


def _assign_dates(group: list[AgreementFact], dates: list[DateFact],
                  conjuncts: list[Conjunct], c_start: int) -> dict[int, list[DateFact]]:
    """Each date to the agreement of its conjunct ("signed the VFA in 1998 and the EDCA in
    2014"). An agreement with no date of its own takes those of the agreement it is directly
    conjoined with ("signed the VFA and the EDCA in 2014"), else those of the clause's head
    ("In 2014, they signed the EDCA and an ACSA") when it shares it."""
    own: list[list[DateFact]] = [
        [d for d in dates if part.lo <= d.start < part.hi] for part in conjuncts]
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


def _distance(a: AgreementFact, d: DateFact) -> int:
    if d.end <= a.start:
        return a.start - d.end
    if a.end <= d.start:
        return d.start - a.end
    return 0


def _signing_date(view: str, d: DateFact) -> bool:
    """A date a signing verb introduces ("concluded on 10 February 1998", "signed in 2016",
    "entered into force in May 2019") dates the agreement before any merely nearer date."""
    before = [w.strip(",;") for w in view[max(0, d.start - 40):d.start].lower().split()]
    if before and before[-1] in ("on", "in", "of"):
        before = before[:-1]  # "signed in 2016": the verb, then at most a preposition
    return bool(before) and before[-1] in vocabulary()["signing_verbs"]


def _dates(dates: list[DateFact], fact: AgreementFact, view: str = ""
           ) -> tuple[DateValue | None, DateValue | None, list[DateValue]]:
    """(start, end, the point dates in order) from an agreement's dates. An interval gives the
    start; else the point date nearest the agreement ("established relations in 1987, and in
    2019 elevated them to a Strategic Partnership": 2019; "signed in January 2021 and in force
    since March 2021": January 2021); else a "since" date."""
    start: DateValue | None = None
    end: DateValue | None = None
    points: list[DateValue] = []
    since: DateValue | None = None  # "signed in January 2021 and in force since March 2021"
    since_gap = 0
    for d in sorted(dates, key=lambda f: f.start):
        v = d.value
        if v.kind == "interval" or (v.kind == "since" and v.anchor != "present" and v.end):
            if start is None and v.start is not None:
                start = point_at(v.start, v.granularity, "start")
            if end is None and v.end is not None and v.anchor != "present":
                end = point_at(v.end, v.granularity, "end")
        elif v.kind == "since":
            # the nearest: "deployed since 2011, and the guard has been its partner since 2015"
            if v.start is not None and (since is None or _distance(fact, d) < since_gap):
                since = point_at(v.start, v.granularity, "start")
                since_gap = _distance(fact, d)
        elif v.kind == "until":
            if end is None and v.end is not None:
                end = point_at(v.end, v.granularity, "end")
        else:
            points.append(replace(v, kind="date") if v.kind == "date" else v)
    if start is None and points:
        point_facts = [d for d in sorted(dates, key=lambda f: f.start)
                       if d.value.kind not in ("interval", "since", "until")]
        nearest = min(range(len(points)), key=lambda i: (
            not _signing_date(view, point_facts[i]), _distance(fact, point_facts[i])))
        start = points[nearest]
    return start or since, end, points


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
             previous: tuple[int, int] | None, conjuncts: list[Conjunct] | None = None,
             k: int = 0) -> tuple[str, ...]:
    clause_text = view[c_start:c_end]
    conjuncts = conjuncts or [Conjunct(c_start, c_end, True, False)]
    own = (conjuncts[k].lo, conjuncts[k].hi)
    head_lo = c_start if conjuncts[k].shares_head else own[0]
    named_own = any(own[0] <= c.start < own[1] and c.start >= group[0].start
                    and c.iso3 != "USA" for c in countries)
    regions = _regions(group, conjuncts, k, head_lo, named_own)
    all_guards = [(c_start + a, c_start + b, name) for a, b, name in find_guards(clause_text)]
    guards = [g for g in all_guards if any(lo <= g[0] < hi for lo, hi in regions)]
    others = [g for g in group if g is not fact]
    parties: set[str] = set()

    def in_guard(c: CountryFact) -> bool:
        return any(a <= c.start and c.end <= b for a, b, _ in all_guards)

    if fact.kind == "state_partnership":
        guards = _pairing_guards(view, fact, guards)
        parties.update(name for _, _, name in guards)  # a guard is a party of its pairing only
    for c in countries:
        if not (c_start <= c.start and c.end <= c_end) or in_guard(c):
            continue
        if not any(lo <= c.start < hi for lo, hi in regions):
            continue  # another conjunct's partner
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
    if fact.kind == "state_partnership":
        if guards:
            parties.discard("USA")  # a pairing is the guard's and the partner's
        elif not parties:
            parties.add("USA")  # the programme in general is a U.S. one
    return tuple(sorted(parties))
