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

The rules live in modules of their own; this one runs them over each clause, then over the
document, and decides the status:
- ``pipeline.agreement_clauses``: the spans an agreement is read in (its clause, its conjunct,
  where its clause stops speaking of it, the relative clause after it, the earlier sentences of
  its paragraph);
- ``pipeline.agreement_parties``: the parties its clause names;
- ``pipeline.agreement_bodies``: the partner whose ministry, committee, border service or
  armed forces its clause names as its counterpart ("an arrangement with the Border Forces");
- ``pipeline.agreement_bilateral``: the partner of a bilateral agreement whose clause names
  none, and the United States beside one partner;
- ``pipeline.agreement_members``: a membership the document states once, and the states a
  later clause says joined;
- ``pipeline.agreement_pairings``: the guard a document pairs a state with once, for its
  other State Partnership mentions;
- ``pipeline.agreement_dates``: its start and end;
- ``pipeline.agreement_lookups``: what they share over one document (mentions found by
  bisection, answers remembered while it is linked);
- ``pipeline.agreement_tries``: their word lists as regex tries (the same matches, faster).

Status (``pipeline.agreements.status_of``): the clause's status words; then a stated end in the
past makes it ``ended``: before the document date, or, with no document date, one not stated as
ahead ("expires", "valid until", "covers ... through") nor derived from a term. When the status
is ``ended`` and the clause has only point dates, the last is the end ("withdrew from the treaty
in 2019": end 2019, start unknown; "signed in 2002 and expired in 2014": 2002 to 2014).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from datetime import date
from functools import cache

from pipeline.agreement_bilateral import (
    WITH_OR_BETWEEN_BEFORE,
    Context,
    bilateral_parties,
    foreign_host,
    framing_state,
    hosting_state,
    introduced_by_with,
    listed_after_with,
    listed_topic,
    meeting_participants_subject,
    with_united_states,
    with_united_states_each,
)
from pipeline.agreement_bodies import body_owner
from pipeline.agreement_clauses import (
    COMMA_AND,
    RELATIVE_START,
    Conjunct,
    conjuncts_of,
    earlier_in_paragraph,
    earlier_tail,
    opens_own_clause,
    own_clause,
    relative_clause_after,
    resumed_main_clause,
    subject_clause_end,
    tail_end,
    time_led_coordinate,
)
from pipeline.agreement_dates import (
    THE_BEFORE,
    after_subjects_second_predicate,
    assign_dates,
    attributive_date,
    before_second_predicate,
    beyond_apposition,
    calendar_year,
    companion_of,
    covers_a_period,
    dates_an_occasion,
    dates_something_else,
    end_from_term,
    end_in_relative_clause,
    framed_by_preposition,
    framed_mention,
    funded_period,
    funding_year,
    in_a_named_events_relative,
    marks_an_event,
    names_a_body,
    names_a_meeting,
    names_its_agreement,
    planned_period,
    renewed_after,
    same_period_start,
    signing_in_relative_clause,
    signing_rank,
    since_clause_start,
    speaks_of_a_budget,
    start_and_end,
    start_in_relative_clause,
    states_a_start,
    when_antecedent,
    where_antecedent,
)
from pipeline.agreement_lookups import (
    START,
    AgreementsByStart,
    DatesByStart,
    forget_document,
    located,
    next_agreement_start,
    starting_in,
)
from pipeline.agreement_members import (
    Membership,
    later_joiners,
    stated_members,
    with_members,
)
from pipeline.agreement_offsets import with_contractor
from pipeline.agreement_pairings import (
    heading_pairings,
    proposed_without_other_guard,
    shared_predicate_starts,
    with_stated_guard,
)
from pipeline.agreement_parties import (
    clause_parties,
    is_iso3,
    parties_between,
    parties_in_relative,
    prefix_parties,
    set_off_relative_end,
    signing_subject,
    state_body_acronyms,
    with_dashed_belligerents,
    without_excluded_parties,
    without_non_members,
    without_united_states_backer,
    without_united_states_mediator,
)
from pipeline.agreement_readings import read_parties
from pipeline.agreements import (
    clauses,
    closed_parties,
    commitment_status,
    document_subject,
    ended_phrase_governs,
    find_guards,
    governing_status,
    implicit_parties,
    implies_united_states,
    is_generic,
    named_organizations,
    next_clause_status,
    operating_status,
    own_event_status,
    party_rules,
    phrase_distance,
    relationship_years,
    signatories_span,
    start_from_years,
    stated_status,
    vocabulary,
    word_alternation,
)
from pipeline.country_groups import grouping_forms_in
from pipeline.cross_references import outside_cross_references
from pipeline.facts import AgreementFact, CountryFact, DateFact, Fact, MoneyFact
from pipeline.sections import heading_shaped
from pipeline.textview import matching_view
from pipeline.values import DateValue

IGNORED_DATE_KINDS = frozenset({"relative", "duration"})


# a clause that is a relative clause of what comes before it: ", which ended in ...", and a
# comma that ends it before a conjunct of the sentence's: ", to the transit agreements"
_RELATIVE_CONJUNCT = re.compile(r",\s*(?:and|but|or|to)\s+(?:(?:the|a|an|its|their)\s+)?")


# what joins a second instrument to the one before it in a list ("the NATO SOFA and the
# DECA", "the Treaty ... of 1960 and the Mutual Defense Treaty of 1953")
_LIST_AFTER_INSTRUMENT = re.compile(r"(?:[ \u00a0]+of[ \u00a0]+\d{4})?[ \u00a0]*,?[ \u00a0]*"
                                    r"(?:and|or)[ \u00a0]+(?:(?:the|its|their|an?)[ \u00a0]+)?"
                                    r"(?:U\.S\.[-–][\w-]+[ \u00a0]+)?")


def _us_side_instrument(written: str) -> bool:
    """Is the mention, as written, a class of the instruments under which U.S. assistance runs
    (``us_side_instruments``: "letters of agreement", "implementing arrangements"), whose one
    side is always the United States?"""
    return " ".join(written.lower().split()) in vocabulary()["us_side_instruments"]


def link_agreements(text: str, facts: list[Fact], sentences: Sequence[tuple[int, int]],
                    doc_date: date | None = None) -> list[Fact]:
    """``facts`` with every AgreementFact's parties, dates and status filled; the others
    unchanged and in the same order."""
    try:
        return _link(text, facts, sentences, doc_date)
    finally:
        forget_document()


def _link(text: str, facts: list[Fact], sentences: Sequence[tuple[int, int]],
          doc_date: date | None) -> list[Fact]:
    if not any(isinstance(f, AgreementFact) for f in facts):
        return list(facts)
    view = matching_view(text)
    sents = sorted(sentences)
    starts = [s for s, _ in sents]
    agreements = [f for f in facts if isinstance(f, AgreementFact)]
    # in text order: the helpers find the mentions of a span by bisection (``starting_in``)
    countries = sorted(outside_cross_references(view, [f for f in facts
                                                       if isinstance(f, CountryFact)]),
                       key=START)  # not "(see “Relations: Kazakhstan and Uzbekistan”)"
    dates = [f for f in facts if isinstance(f, DateFact)]
    if doc_date is not None:  # "signed ... last year": the calendar year before the document's
        dates = [calendar_year(view, d, doc_date) for d in dates]
    durations = [d for d in dates if d.value.kind == "duration"]  # (all a term can be)
    money = [f for f in facts if isinstance(f, MoneyFact)]
    agreement_starts = sorted(f.start for f in agreements)
    agreements_by_start = AgreementsByStart(agreements)
    dates_in = DatesByStart(dates)

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
        parts = _after_run_in_heading(view, clauses(view, s_start, s_end), s_start,
                                      agreements_by_start.overlapping(s_start, s_end))
        clause = own_clause(view, fact, parts, (s_start, s_end))
        by_clause.setdefault(clause, []).append(fact)
        sentence_index[clause] = i
        following[clause] = relative_clause_after(view, clause, parts)
    _merge_same_clause(view, by_clause, dates)

    # What the document is about: not a topic of a list in its title ("The Northern
    # Distribution Network and Afghanistan Transit"), nor, after the title, a place or topic
    # ("operations in Afghanistan", "cooperation on Afghanistan"), however often it is named
    title = len(view) - len(view.lstrip())  # the title is view[title:body]
    body = view.find("\n", title)
    body = len(view) if body < 0 else body
    context = Context(view, countries, document_subject(
        view, [(c.start, c.iso3) for c in countries
               if (c.start < body and not (body < len(view)  # a title line of its own
                                           and listed_topic(view, countries, c, title, body)))
               or (c.start >= body and not located(view, c.start))]))
    body_states = state_body_acronyms(view, countries)  # "the Mongolian Armed Forces (MAF)"
    linked: dict[int, AgreementFact] = {}
    joined: dict[str, set[str]] = {}  # a programme's parties with the states that joined it
    guessed: set[int] = set()  # the mentions whose partner is the document's, not stated
    for (clause_start, c_end), group in by_clause.items():
        group.sort(key=lambda f: f.start)
        # "Nepal, which asked to join the program in 2015 and 2017, was paired with the Utah
        # National Guard from 2019 to 2022": a relative clause set off before the subject's
        # verb neither dates nor states the agreement (its parties are read from the whole)
        c_start = max(clause_start, set_off_relative_end(view, clause_start, group[0].start))
        relative_after = following[(clause_start, c_end)]  # the relative clause after it
        conjuncts = conjuncts_of(view, group, countries, c_start, c_end,
                                 dates_in.within(c_start, c_end))
        i = sentence_index[(clause_start, c_end)]
        s_lo, s_hi = sents[i] if i >= 0 else (c_start, c_end)
        earlier = earlier_in_paragraph(view, sents, i)
        in_sentence = [m for m in money if s_lo <= m.start and m.end <= s_hi]
        funded = {m.fiscal_year for m in in_sentence if m.fiscal_year is not None}
        clause_text = view[c_start:c_end]
        starts_something = states_a_start(clause_text)
        clause_dates = [d for d in dates_in.within(c_start, c_end)
                        if d.value.kind not in IGNORED_DATE_KINDS
                        and (d.value.start is not None or d.value.end is not None)
                        and not funding_year(d, funded)
                        and not funded_period(view, d, in_sentence, starts_something)
                        and not ((in_sentence or marks_an_event(clause_text))
                                 and d.value.kind in ("date", "fiscal_year")
                                 and not starts_something
                                 and not names_its_agreement(view, d, group))
                        # "FY 2025 GPOI request by partner": the budget's year, even written
                        # before the name
                        # (or "GPOI funding for Ghana, FY 2017-FY 2022": fiscal years are
                        # a budget's, the single one or a span of them, unless the agreement
                        # covers them: "The MOU runs from fiscal year 2019 through ...")
                        and not (d.value.granularity == "fiscal_year" and not starts_something
                                 and speaks_of_a_budget(clause_text)
                                 and (d.value.kind == "fiscal_year"
                                      or not covers_a_period(view, d)))]
        antecedent = when_antecedent(view, dates, c_start)
        if antecedent is not None and len(view[s_lo:antecedent.start].split()) <= 1:
            # "Since 1997, when the two launched their Strategic Partnership, Romania has ...
            # joined NATO on March 29, 2004": a "when" clause after the sentence's opening
            # date ends at the comma before the main clause, whose dates are not its own
            comma = view.find(",", group[-1].end, c_end)
            if comma >= 0:
                clause_dates = [d for d in clause_dates if d.start < comma]
        colon = view.find(":", group[-1].end, c_end)
        if colon >= 0 and any(d.start < colon for d in clause_dates):
            # "Since 2015, GPOI has helped Vietnam prepare its deployments: field hospitals
            # beginning in October 2018 and ...": the list after the colon dates its items
            clause_dates = [d for d in clause_dates if d.start < colon]
        resumed = resumed_main_clause(view, c_start, group[0].start)
        if resumed is not None:
            clause_dates = [d for d in clause_dates if d.start >= resumed]
        # "Since 2011 the two have ..., and in 2014 they signed a co-production agreement":
        # the dates before a time-led comma-"and" ahead of the first agreement are not its own
        first = time_led_coordinate(view, clause_dates, c_start, group[0].start)
        date_parts = conjuncts if first is None else [replace(conjuncts[0], lo=first),
                                                      *conjuncts[1:]]
        assigned = assign_dates(group, clause_dates, date_parts, date_parts[0].lo, view)
        sentence_text = view[s_lo:s_hi]
        # the readings look at the others of its sentence only
        in_sentence_agreements = agreements_by_start.overlapping(s_lo, s_hi)
        for k, fact in enumerate(group):
            part = conjuncts[k]
            frame = framing_state(view, countries, s_lo, fact.start)
            subject = frame or context.subject_at(fact.start, [(s_lo, fact.start), *earlier])
            parties = clause_parties(view, fact, group, countries, clause_start, c_end, earlier,
                                     conjuncts, k, s_lo, subject)
            parties = _without_destination(view, fact, countries, parties, c_end)  # (and below)
            if k == len(group) - 1 and not [p for p in parties if p != "USA"]:
                parties = parties_in_relative(view, countries, relative_after,
                                              parties)
            if fact.kind != "state_partnership" and not [p for p in parties if p != "USA"]:
                # "an implementing arrangement with the Border Forces": the partner's body
                owner = body_owner(context, fact.start,
                                   (c_start if part.shares_head else part.lo, part.hi),
                                   (s_lo, s_hi), earlier)
                if owner is not None:
                    parties = tuple(sorted({*parties, owner}))
            partner = frame or context.subject_at(fact.start)
            # a clause that names no state but the United States, save places that are not
            # the partner's ("used bases for operations in Afghanistan")
            bare = all(c.iso3 == "USA" or (located(view, c.start) and c.iso3 != partner)
                       for c in starting_in(countries, c_start, c_end))
            stated = parties
            parties = bilateral_parties(parties, fact, subject, sentence_text, partner,
                                        context.subject, bare)
            if set(stated) <= {"USA"} and parties != stated:
                guessed.add(id(fact))  # the document's partner, no party its clause names
            if not [p for p in parties if p != "USA"]:  # "operates in Lima under a host-nation
                host = hosting_state(context, fact, c_start, c_end)  # agreement": Peru's
                if host is not None:
                    parties = tuple(sorted((host, "USA")))
            if len(parties) == 1 and parties[0] != "USA":  # "Russia maintains a base in
                # Tajikistan under a 2012 basing agreement": its host, not the United States
                host = foreign_host(context, fact, c_start, c_end, parties[0])
                if host is not None:
                    parties = tuple(sorted((parties[0], host)))
            with_partner = introduced_by_with(view, countries, parties, c_start, c_end)
            if not with_partner:
                partner = None  # "Sweden concluded a DCA" in a text about Norway: with the U.S.
            parties = with_united_states(parties, fact, partner)
            if _us_side_instrument(view[fact.start:fact.end]) and all(
                    is_iso3(p) for p in parties):  # "INL works in each country under letters
                parties = tuple(sorted({*parties, "USA"}))  # of agreement": one side; "Letters
                # of Agreement with the two governments": theirs each with the United States
            parties = with_united_states_each(parties, fact, view[fact.start:fact.end],
                                              clause_text)
            if fact.kind == "transit" and not (
                    with_partner and signing_subject(view, c_start, fact.start) is not None):
                # "under a transit agreement with the Kyrgyz government": the United States';
                # not "Several Central Asian countries signed transit agreements with Russia"
                parties = with_united_states(parties, replace(fact, kind="sofa"), partner)
            joiners: set[str] = set()
            if k == len(group) - 1 and fact.kind != "state_partnership":
                # "...; Morocco and Sudan later joined." (not "North Dakota has partnered with
                # Ghana, and Benin joined the program": the programme, not the pairing)
                line_end = view.find("\n", fact.end, s_hi)  # (not past a heading's line)
                joiners = later_joiners(view, countries, fact.end,
                                        s_hi if line_end < 0 else line_end)
                if joiners:
                    parties = tuple(sorted({*parties, *joiners}))
                    joined[fact.name] = {*joined.get(fact.name, set()), *parties}
            if listed_after_with(view, countries, parties, c_start, c_end) and (
                    fact.kind == "transit" or implies_united_states(fact.name, fact.kind)):
                # "concluded with A, B, and C": the United States', unless an organization
                # concluded them ("NATO concluded transit agreements with A, B, and C")
                signers = _signing_organizations(view, c_start, fact.start) or ["USA"]
                parties = tuple(sorted({*parties, *signers}))
            if (not parties and context.participants()
                    and meeting_participants_subject(view, s_lo, fact.start)):
                # "The Ministers reaffirmed their commitment to the NPT" in a joint statement:
                # the states that met; a region's instrument ("the Treaty on a Nuclear-Weapon-
                # Free Zone in Central Asia"), those of them in the region
                regions = [set(m) for _, m in grouping_forms_in(view, fact.start, fact.end)]
                parties = tuple(sorted(context.participants().intersection(*regions)))
            read = read_parties(view, fact, countries,
                                [a for a in in_sentence_agreements if a is not fact],
                                (s_lo, s_hi), parties, context.subject)
            reading_fired = read != parties  # a reading of its sentence names its parties
            if reading_fired:  # "Albania, Croatia, and Macedonia signed the U.S.-Adriatic
                # Charter": the signers, and the states of the name's own parties' prefix
                read = tuple(sorted({*read, *prefix_parties(view, fact, countries)}))
            parties = tuple(sorted({*read, *joiners}))  # the signers read, and later joiners
            parties = parties_between(view, countries, fact, parties)
            parties = without_united_states_backer(view, fact, (s_lo, s_hi), parties)
            if not (reading_fired and "USA" in read):  # not "the ceasefire agreement that
                # Jordan, Russia, and the United States concluded": a signer is a party
                parties = without_united_states_mediator(fact, parties)
            parties = with_dashed_belligerents(view, countries, fact, parties, s_lo, s_hi)
            parties = _with_guard_partner(view, fact, parties, c_end)
            parties = without_non_members(view, fact, countries, parties)
            parties = without_excluded_parties(fact, parties, clause_text)
            if body_states and not body_states.keys().isdisjoint(parties):
                parties = tuple(sorted({body_states.get(p, p) for p in parties}))  # "the MAF"
            status = _status(view, fact, part, c_start, countries)
            if status == "proposed" and _frame_before(view, fact.start):
                status = ""  # "intend to build a partnership in accordance with the Strategic
                # Framework Agreement of November 17, 2008": the plan is the partnership's
            tail = tail_end(view, fact, countries, c_end, dates)
            if status == "signed" and fact.kind in vocabulary()["programme_kinds"]:
                status = _programme_signing(view, fact, in_sentence_agreements, (s_lo, s_hi))
            if (k == len(group) - 1 and status in ("signed", "") and relative_after
                    and (relative_after or (0, 0))[0] <= tail):
                lo, hi = relative_after or (0, 0)
                later = stated_status(view[lo:hi])  # a phrase's own word, not an at-work one
                if later in ("in_force", "ended"):
                    status = later  # "signed ... on 15 May 2017, which entered into force ..."
            # "signed ... in June 2009; it expired in July 2014": ended, but its clause's dates
            # are read as its own (the signing's), so the status is set at the end
            semicolon = view.find(";", fact.end, s_hi)
            # "signed ... on September 8, 2006; it entered into force on March 21, 2009": in
            # force (set at the end too, and only over a signing or no status)
            next_status = (next_clause_status(view[semicolon:s_hi], 1 + sum(
                fact.end <= a.start < semicolon for a in in_sentence_agreements))
                if status in ("signed", "active", "") and semicolon >= 0 else None)
            if status in ("signed", ""):
                # "the Charter, signed in 2003, remains the foundation of ...", "governed by
                # the Harbor Accord, first inked in 2004", "supplements the 1951 SOFA"
                limit = min(s_hi, next_agreement_start(agreement_starts, fact.end))
                status = governing_status(view[s_lo:limit], fact.start - s_lo,
                                          fact.end - s_lo, fact.kind) or status
            # "the Roadmap, adopted in June 2023, ..., and talks on ...": its own event
            own_event = (own_event_status(view, fact.end, fact.kind) if status == "proposed"
                         else None)
            if own_event is not None:
                status = own_event[0]
            written_year = attributive_date(view, fact, dates) if status == "proposed" else None
            if (written_year is not None and written_year.value.start is not None
                    and (doc_date is None or written_year.value.start < doc_date)):
                # "to replace the 1993 Agreement ...": concluded in 1993; a programme is at work
                status = "active" if fact.kind in vocabulary()["programme_kinds"] else "signed"
            # "The 2005 Access Agreement permits ...", "Under the SFA, ...", "under a 2019
            # MOU": at work, in force (what follows the mention may be a relative clause of its
            # own: ", under which"); else "a 2021 memorandum of understanding": signed
            at_work = view[part.lo:fact.end + 80]
            if not status:
                status = operating_status(at_work, fact.start - part.lo,
                                          fact.end - part.lo) or ""
            if (not status and k > 0 and id(group[k - 1]) in linked
                    and linked[id(group[k - 1])].status == "in_force"
                    and _LIST_AFTER_INSTRUMENT.fullmatch(view, group[k - 1].end, fact.start)
                    and operating_status(view[c_start:fact.start], group[k - 1].start - c_start,
                                         group[k - 1].end - c_start) is not None):
                status = "in_force"  # "serve under the NATO SOFA and the DECA": both at work
            if not status:  # "reaffirmed their commitment to the NPT": at work
                status = commitment_status(view[s_lo:fact.start], fact.start - s_lo,
                                           fact.kind) or ""
            if not status and renewed_after(view, fact):
                status = "in_force"  # "The access agreement has been renewed several times"
            if not status and attributive_date(view, fact, dates) is not None:
                status = "signed"  # "a 2021 memorandum of understanding": concluded in 2021
            own_dates = ([] if names_a_meeting(view, fact) or names_a_body(view, fact)
                         else assigned.get(id(fact), []))
            own_dates = [d for d in own_dates if d.start < tail or d.start < fact.start]
            own_dates = [d for d in own_dates if not dates_something_else(view, fact, d)
                         and not beyond_apposition(view, fact, d, c_start)]
            own_dates = [d for d in own_dates if not _of_another_noun(view, fact, d)]
            own_dates = [d for d in own_dates if not dates_an_occasion(view, fact, d)
                         and not before_second_predicate(view, fact, d, c_start)
                         and not after_subjects_second_predicate(view, fact, d, c_start)
                         and not in_a_named_events_relative(view, fact, d)]
            others_here = [a for a in in_sentence_agreements if a is not fact]
            own_dates = [d for d in own_dates  # "will supplement the 1951 NATO SOFA": its year
                         if names_its_agreement(view, d, [fact])
                         or not names_its_agreement(view, d, others_here)]
            other = earlier_tail(view, fact, [a for a in in_sentence_agreements
                                              if c_start <= a.start and a.end <= fact.start
                                              and not any(a is g for g in group)])
            if other is not None:  # "the Accord that A and B signed in 2019, and the Treaty,
                # which ...": 2019 is the Accord's (it is read in a clause of its own)
                own_dates = [d for d in own_dates if not other[0] <= d.start < other[1]]
            for next_one in in_sentence_agreements:  # "the 2009 transit agreement, ..., and
                # the basing agreement concluded in December 2001": that participle's date is
                # the later agreement's (read in a clause of its own)
                if next_one.start >= fact.end and not any(next_one is g for g in group):
                    theirs = own_event_status(view, next_one.end, next_one.kind)
                    if theirs is not None:
                        own_dates = [d for d in own_dates
                                     if not next_one.end <= d.start < theirs[1]]
            opener = COMMA_AND.search(view[part.lo:fact.start])
            if opener is None and RELATIVE_START.match(view, c_start) is not None:
                # the clause is another's relative clause: "the access agreement ..., which
                # ended in November 2005, to the transit agreements of 2009": 2005 is the
                # access agreement's end, and the transit agreements a conjunct of their own
                opener = _RELATIVE_CONJUNCT.search(view[part.lo:fact.start])
            if opener is not None and (opens_own_clause(view, opener.group(0), fact, part.hi)
                                       or RELATIVE_START.match(view, c_start) is not None):
                # "Uzbekistan hosted U.S. forces from 2001 to 2005, and transit agreements
                # concluded in 2009 made ...": the clause before is not its own
                own_dates = [d for d in own_dates if d.start >= part.lo + opener.start()]
            if own_event is not None:  # the plans' dates are not its own
                own_dates = [d for d in own_dates if fact.end <= d.start < own_event[1]]
            if not own_dates and antecedent is not None and k == 0:
                own_dates = [antecedent]  # "since 1980, when the two countries concluded ..."
            if (not own_dates and status != "proposed"
                    and not framed_by_preposition(view, fact)):
                # "hosted him at the White House on November 13, 2023, where the two leaders
                # elevated relations to a Comprehensive Strategic Partnership"
                met = where_antecedent(view, dates, c_start, s_lo, fact.start)
                own_dates = [met] if met is not None else []
            if not own_dates:  # "a Strategic Partnership since the two signed the ... in 2002"
                opened = since_clause_start(view, fact, clause_dates, c_end)
                own_dates = [opened] if opened is not None else []
            date_start, date_end, points, end_word = start_and_end(own_dates, fact, view)
            name_year = any(d.value == date_start and names_its_agreement(view, d, [fact])
                            for d in own_dates)
            signed_start = any(d.value == date_start and signing_rank(view, d, fact) >= 2
                               for d in own_dates)
            # "the Plan for 2023, which has expired": the year it covered, not when it ended
            covered = any(d.value == date_start and covers_a_period(view, d) for d in own_dates)
            period_start = date_start is not None and any(
                covers_a_period(view, d) and d.value.start == date_start.start for d in own_dates)
            signed_after = (signing_in_relative_clause(view, dates, relative_after,
                                                       fact.end, agreement_starts)
                            if period_start and k == len(group) - 1 else None)
            if signed_after is not None:
                # "the Plan ... for 2018–2022, which the two ministries signed in July 2017":
                # the signing is the start; the period it covers gives the end
                date_start, covered = signed_after, False
            if (doc_date is not None and date_start is not None and date_start.start is not None
                    and date_start.start > doc_date
                    and any(covers_a_period(view, d) and d.value.start == date_start.start
                            for d in own_dates)):
                # "Today we sign the Plan for 2024" in a December 2023 statement: the period it
                # will cover, which is no start yet; it ends with that period
                date_start, date_end = None, date_end or date_start
            elif (doc_date is not None and name_year and status == "signed"
                    and date_start is not None and date_start.start is not None
                    and date_start.start > doc_date):
                # "signed the 2020 Joint Vision Statement" in a November 2019 readout: the year
                # its title bears, not when it was signed
                date_start = None
            if (status == "ended" and date_end is None and points and date_start in points
                    and not name_year and not signed_start and not covered):
                # "the 1996 SOFA was replaced", "replaces the DCA, which they signed in 1994":
                # 1996 and 1994 are their starts; otherwise
                # "withdrew in 2019", "expired in 2014": a lone date is the end
                date_start, date_end = (points[0], points[-1]) if len(points) > 1 else (
                    None, points[0])
                end_word = "past"
            relative = relative_after
            if (date_start is None and status != "proposed" and k == len(group) - 1
                    and (relative is None or relative[0] <= tail)):
                # "the GPOI, through which Washington has backed a school since 2006";
                # "a pairing with the Ohio Guard, which began in 1999" (not the relative clause
                # of a second predicate's object: "reaffirmed the NPT and noted the legacy of
                # threat reduction, which since December 1993 has helped ...")
                date_start = start_in_relative_clause(view, dates, relative, fact.end,
                                                      agreement_starts, fact)
            same = same_period_start(view, dates, fact, agreements, (c_start, c_end), s_lo,
                                     earlier[0] if earlier else None)
            if same is not None and (date_start is None or same[1] == date_start):
                date_start = same[0]  # "joined PfP on 20 February 2002 and the SPP that same year"
            if date_start is None and doc_date is not None and not framed_mention(view, fact):
                years = relationship_years(clause_text)
                if years is not None:  # (none from "a nearly 30-year partnership")
                    date_start = start_from_years(years[0], years[1], doc_date)
            if status == "proposed":  # "began talks in 2021", "to conclude by 2022": the
                date_start = date_end = None  # talks' dates and targets are not the agreement's
                planned = planned_period(view, own_dates)
                if planned is not None:  # "a successor plan covering 2025-2029 is under
                    date_start, date_end = planned  # negotiation": the years it is to cover
            if (date_start is None and k > 0 and status == "signed"
                    and companion_of(view, group[k - 1], fact)):
                # "signed a Treaty on Allied Relations on May 2, 2022, alongside a border
                # treaty": concluded with the agreement before it, at its date
                date_start = linked[id(group[k - 1])].date_start
            stated_end = date_end is not None
            if date_end is None and k == len(group) - 1 and not (relative and any(
                    fact.end <= a.start and a.end <= relative[0] for a in agreements)):
                # not when another agreement stands between ("A ... succeeded B, which ran
                # from 2010 to 2018": the relative clause is B's)
                date_end = end_in_relative_clause(view, dates, relative)
            if date_end is None and date_start is not None:
                date_end = end_from_term(view, fact, durations, date_start,
                                         [(c_start, c_end), relative_after])
            if (date_start is not None and date_end is not None and date_start.start is not None
                    and date_end.end is not None and date_start.start > date_end.end):
                # "Established in 2005, TSCTP succeeded the Pan-Sahel Initiative, which ran from
                # 2002 to 2004": a start after the end is another's
                date_start = None
            if (doc_date is not None and date_start is not None and date_start.start is not None
                    and date_start.start > doc_date and status != "proposed"
                    and not any(d.value == date_start and signing_rank(view, d, fact) >= 2
                                for d in own_dates)):
                # "will review progress under the Strategic Partnership next year": a time
                # after the document's own is no start of what it reports as concluded (but
                # one a signing verb gives is kept, for the checker to report: "signed in
                # August 2022" in a 2021 document)
                date_start = None
            if (date_end is not None and status != "proposed" and date_end.end is not None
                    and ((doc_date is None and stated_end and end_word != "open")
                         or (doc_date is not None and date_end.end < doc_date))):
                status = "ended"
            elif (not status and date_start is not None and date_end is not None
                  and doc_date is not None and date_end.end is not None
                  and date_end.end >= doc_date):
                status = "active"  # "the Plan of Military Cooperation for 2018-2022" in 2021
            if next_status == "ended" or (next_status == "in_force"
                                          and status in ("signed", "")):
                status = next_status
            if status == "in_force" and fact.kind in vocabulary()["programme_kinds"]:
                status = "active"  # a programme or partnership at work is active, never in force
            if not reading_fired:  # (a signer a reading names stays)
                parties = _without_destination(view, fact, countries, parties, c_end)
            if not reading_fired and _alliance_in_sentence(view, fact, s_lo, s_hi):
                parties = tuple(sorted({*parties, str(party_rules()["accession_protocols"][
                    "organization"])}))  # "NATO Allies signed Sweden's accession protocol"
            parties = closed_parties(fact.name) or parties  # "Plan Colombia": its two
            linked[id(fact)] = replace(fact, parties=parties, date_start=date_start,
                                       date_end=date_end, status=status)
    if doc_date is not None:
        linked = _after_own_signing(view, linked, sents, doc_date)
    members = stated_members(view, list(linked.values()), countries, sents)
    for name, parties_of in joined.items():  # "...; Morocco and Sudan later joined": everywhere
        listed = members[name].members if name in members else frozenset()
        members[name] = Membership(frozenset({*listed, *parties_of}))
    if members:
        linked = {key: with_members(fact, members) for key, fact in linked.items()}
    linked = _mentions_take_their_names_parties(view, linked, guessed)  # "GDRP", "the
    # Adriatic Charter"
    linked = with_stated_guard(linked)  # "SPP events with Mongolia": Alaska's, as stated
    linked = proposed_without_other_guard(view, linked, sents)  # "..., and a new pairing"
    linked = shared_predicate_starts(view, linked)  # "A's partnership ... and B's ... began"
    linked = heading_pairings(view, linked, countries)  # "State Partnership Program: Utah
    # National Guard – Kingdom of Morocco"
    linked = _headings_name_no_partner(view, linked, countries)  # "Global Peace Operations
    # Initiative" heading a section of a fact sheet on Mongolia: the programme, not Mongolia's
    linked = with_contractor(view, linked, sents, context.subject_at)  # "Any offset agreement
    # will be defined in negotiations between the purchaser and the principal contractor"
    return [linked.get(id(f), f) if isinstance(f, AgreementFact) else f for f in facts]


@cache
def _destinations() -> frozenset[str]:
    """The states the transit routes of this genre lead to (``transit_destinations``)."""
    return frozenset(party_rules()["transit_destinations"])


def _without_destination(view: str, fact: AgreementFact, countries: Sequence[CountryFact],
                         parties: tuple[str, ...], c_end: int) -> tuple[str, ...]:
    """A transit agreement's parties without the state its cargo went to ("a transit agreement
    permitting shipment of U.S. cargo to Afghanistan": 267 of 274 held-out transit mentions
    leave it out; the rest name it as a signer or in the name, whose parties' prefix or the
    signers named right after it ("signed in Ashgabat by Afghanistan, Azerbaijan, ...") keep
    it here)."""
    goal = _destinations()
    if (fact.kind != "transit" or not set(parties) & goal
            or set(prefix_parties(view, fact, countries)) & goal):
        return parties
    signers = signatories_span(view, fact.end, c_end)
    if signers is not None and any(signers[0] <= c.start < signers[1] and c.iso3 in goal
                                   for c in countries):
        return parties
    return tuple(p for p in parties if p not in goal)


@cache
def _accession_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    rules = party_rules()["accession_protocols"]
    names = "|".join(map(re.escape, rules["names"]))
    words = "|".join(map(re.escape, rules["words"]))
    return re.compile(r"\b(?:" + names + r")s?\b"), re.compile(r"\b(?:" + words + r")\b")


def _alliance_in_sentence(view: str, fact: AgreementFact, s_lo: int, s_hi: int) -> bool:
    """Is the mention an accession protocol (``accession_protocols``) whose sentence names the
    alliance it accedes to ("NATO Allies signed the accession protocols for both countries")?"""
    names, words = _accession_regexes()
    return (names.search(view, fact.start, fact.end) is not None
            and words.search(view, s_lo, s_hi) is not None)


@cache
def _frame_before_regex() -> re.Pattern[str]:
    frames = "|".join(map(re.escape, vocabulary()["frame_phrases"]))
    return re.compile(r"\b(?:" + frames + r")[ \u00a0]+(?:the[ \u00a0]+|its[ \u00a0]+|their"
                      r"[ \u00a0]+)?$")


def _frame_before(view: str, start: int) -> bool:
    """Does a frame phrase ("in accordance with", "consistent with": ``frame_phrases``) stand
    right before the mention at ``start``? What a clause plans is then done within the
    agreement, which is no proposal of its own."""
    return _frame_before_regex().search(view, max(0, start - 30), start) is not None


def _headings_name_no_partner(view: str, linked: dict[int, AgreementFact],
                              countries: Sequence[CountryFact]) -> dict[int, AgreementFact]:
    """A programme named alone in a heading-shaped line ("Global Peace Operations Initiative",
    "Peacekeeping and GPOI") takes no state its line does not name: the document's subject or
    members stated elsewhere are its sections', not the heading's. A bilateral partnership
    ("A Comprehensive Strategic Partnership") and a pairing keep theirs."""
    generic = {p.lower() for p in vocabulary()["generic_partnership_phrases"]}
    out = dict(linked)
    for key, fact in linked.items():
        if (fact.kind not in vocabulary()["programme_kinds"] or fact.kind == "state_partnership"
                or fact.name.lower() in generic):
            continue
        lo = view.rfind("\n", 0, fact.start) + 1
        hi = view.find("\n", fact.end)
        hi = len(view) if hi < 0 else hi
        if not heading_shaped(view[lo:hi]):
            continue
        # the states its line names, and those its name always has ("AUKUS": AUS, GBR, USA)
        named = {c.iso3 for c in countries if lo <= c.start < hi} | set(
            implicit_parties(fact.name))
        kept = [p for p in fact.parties if not is_iso3(p) or p in named or p == "USA"]
        if len(kept) < len(fact.parties):
            out[key] = replace(fact, parties=tuple(sorted(kept or ["USA"])))
    return out


_ACRONYM = re.compile(r"[A-Z][A-Z0-9&+-]{1,7}")


def _programme_signing(view: str, fact: AgreementFact, others: Sequence[AgreementFact],
                       sentence: tuple[int, int]) -> str:
    """A programme or partnership a clause says "signed" of (``status_of``): signed when the
    signing is its own, a signing phrase between it and the agreements named before and after
    it in its sentence ("the two countries signed a Comprehensive Strategic Partnership");
    else its kind's default ("signed an ACSA in 2016, and in 2021 launched a Strategic
    Partnership Dialogue": the ACSA's signing, the partnership active)."""
    lo = max((a.end for a in others if a.end <= fact.start and a is not fact), default=sentence[0])
    opener = view.rfind(", and ", lo, fact.start)  # "the Charter, signed in 2009, guides ...,
    lo = opener if opener >= 0 else lo  # and the Initiative now focuses ...": its own clause
    hi = min((a.start for a in others if a.start >= fact.end and a is not fact),
             default=sentence[1])
    if stated_status(view[lo:hi], fact.kind) == "signed":
        return "signed"
    return str(vocabulary()["default_status"].get(fact.kind, "signed"))


def _mentions_take_their_names_parties(view: str, linked: dict[int, AgreementFact],
                                       guessed: AbstractSet[int] = frozenset()
                                       ) -> dict[int, AgreementFact]:
    """A later mention whose clause names no partner stands for the instrument an earlier
    mention of its name named:

    - one written as an acronym ("Follow-on training under GDRP ...") whose clause names no
      party takes the parties of the nearest earlier mention of that name that has any (not a
      State Partnership Program mention: each pairing has its own parties);
    - a named instrument ("We reaffirm our commitment to the Adriatic Charter", "The MUORA, as
      amended in 2003, runs through 2066") whose clause names no party but the United States
      takes those of the nearest earlier mention that names a partner, and so does one whose
      partner is only the document's (``guessed``) when that earlier partner is no state ("The
      MOU commits the ministry ..." after "the Department of Defense and the Kurdistan
      Regional Government signed a Memorandum of Understanding", in a fact sheet on Iraq).
      Not a programme or
      partnership (each mention's parties are those its clause says take part: "GPOI has
      trained Mongolian units") nor a treaty (its mentions name the party that acts: "Russia
      suspended the CFE Treaty")."""
    skipped = (*vocabulary()["programme_kinds"], "treaty")
    with_any: dict[str, tuple[tuple[str, ...], int]] = {}  # name -> the last mention's
    # parties, if any, and where its paragraph begins
    with_partner: dict[str, tuple[str, ...]] = {}  # ... if they name more than the U.S.
    out = dict(linked)
    for key, fact in sorted(linked.items(), key=lambda kv: kv[1].start):
        parties = fact.parties
        paragraph = view.rfind("\n\n", 0, fact.start)
        if (not parties and fact.kind != "state_partnership" and fact.name in with_any
                and _ACRONYM.fullmatch(view[fact.start:fact.end])
                and (fact.kind not in skipped or with_any[fact.name][1] == paragraph)):
            # (a programme's acronym in a later section is the programme, not the states an
            # earlier paragraph listed: "TSCTP activities" under a budget heading)
            parties = with_any[fact.name][0]
        instrument = fact.kind not in skipped and fact.name[:1].isupper()
        if (instrument and fact.name in with_partner
                and (set(parties) <= {"USA"} or (key in guessed and not any(
                    is_iso3(p) and p != "USA" for p in with_partner[fact.name])))):
            # (the document's partner gives way only to a partner that is no state: a
            # section's partner is more often right than an earlier state's instrument)
            parties = with_partner[fact.name]
        if fact.parties:
            with_any[fact.name] = fact.parties, paragraph
        if instrument and not set(parties) <= {"USA"}:
            with_partner[fact.name] = parties
        if parties != fact.parties:
            out[key] = replace(fact, parties=parties)
    return out


@cache
def _run_in_heading_regex() -> re.Pattern[str]:
    rules = party_rules()
    bullets = "|".join(map(re.escape, rules["run_in_heading_bullets"]))
    small = "|".join(map(re.escape, rules["run_in_heading_small_words"]))
    word = r"(?:[A-Z0-9][\w.\u2019'\u2013-]*|\([A-Z0-9][\w.+-]*\)|(?:" + small + r")(?![\w-]))"
    return re.compile(r"[ \t]*(?:(?:" + bullets + r")[ \t]+)?[A-Z][\w.\u2019'\u2013-]*"
                      r"(?:[ \t]+" + word + r"){0,11}[ \t]*:(?=\s)")


def run_in_heading_end(view: str, s_start: int) -> int | None:
    """Where a run-in heading that opens a sentence ends (at its colon): a title of capitalised
    words ("State Partnership Program: Chile and the Texas National Guard have been partners
    ...", "- Global Peace Operations Initiative (GPOI): Ghana became a partner ..."), a clause
    of its own, so a programme it names is the programme in general.

    >>> run_in_heading_end("Peacekeeping Support: Ghana joined.", 0)
    20
    >>> run_in_heading_end("In 2019 the two signed three accords: a SOFA and an ACSA.", 0) is None
    True
    """
    if view.find(":", s_start, s_start + 120) < 0:
        return None
    m = _run_in_heading_regex().match(view, s_start)
    return None if m is None else m.end() - 1


_PARTICIPLE_OPENING = re.compile(r"[a-z]+ed\b")


def _after_run_in_heading(view: str, parts: list[tuple[int, int]], s_start: int,
                          in_sentence: Sequence[AgreementFact]) -> list[tuple[int, int]]:
    """A sentence's clauses with a run-in heading (``run_in_heading_end``) as a clause of its
    own, when the text after it is a sentence of its own ("State Partnership Program: Chile's
    partnership with the Texas National Guard began in 2008") or names the heading's programme
    again ("...: the Texas National Guard and Chile were paired under the State Partnership
    Program in 2008"); a heading before a fragment ("GPOI: $16 million for Ghana and Togo") is
    what the fragment speaks of, and is read with it."""
    colon = run_in_heading_end(view, s_start)
    if colon is None:
        return parts
    heading = {a.name for a in in_sentence if a.end <= colon}
    body = view[colon + 1:colon + 40].lstrip()
    if not (body[:1].isupper() or any(a.start > colon and a.name in heading
                                       for a in in_sentence)):
        return parts  # "GPOI: $16 million for Ghana and Togo": the heading is what it speaks of
    if _PARTICIPLE_OPENING.match(body):
        return parts  # "Enhanced Strategic Partnership: launched by the two presidents in 2018
        # and reviewed through the ... Partnership Dialogue": the heading is what was launched
    return [(s_start, colon), *[(max(a, colon + 1), b) for a, b in parts if b > colon + 1]]


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
              and THE_BEFORE.search(view, max(0, fact.start - 4), fact.start) is not None):
            out[key] = replace(fact, status="signed")
    return out


_GUARD_REACH = 100  # how far after a generic instrument its Guard partner may be named
# before such a Guard: a pairing of its own ("has been paired with the Puerto Rico National
# Guard"), or the United States named as the partner ("with the United States in 2003")
_PAIRING_OR_US = re.compile(r"\b(?:pair|partner|United[ \u00a0]+States|U\.S\.)")


def _with_guard_partner(view: str, fact: AgreementFact, parties: tuple[str, ...], hi: int
                        ) -> tuple[str, ...]:
    """A generic instrument or memorandum that is no pairing, after which its clause (up to
    ``hi``) names a U.S. state's Guard after "between" or "with" within
    ``_GUARD_REACH`` characters ("a memorandum of understanding on cyber defense between
    the Colorado National Guard and the JAF", "an MOU with the Virginia National Guard"), is
    the Guard's, not the United States' as a whole. (A Guard named elsewhere in the clause is
    a pairing's: "partnered with the Arizona National Guard since 1993 and joined the
    Partnership for Peace".)"""
    if fact.kind == "state_partnership" or not (
            is_generic(fact.name) or fact.kind == "memorandum"
            or view[fact.start:fact.end].islower()):
        return parties
    hi = min(hi, fact.end + _GUARD_REACH)
    guards = [name for a, b, name in find_guards(view[fact.end:hi])
              if WITH_OR_BETWEEN_BEFORE.search(view, max(fact.end, fact.end + a - 14),
                                         fact.end + a) is not None
              and _PAIRING_OR_US.search(view, fact.end, fact.end + a) is None]
    if not guards:
        return parties
    return tuple(sorted({*(p for p in parties if p != "USA"), *guards}))


# a date after "of" and a lower-case noun before it: "the Court's provisional measures of
# December 1, 2023", "the ruling of 2023"
_NOUN_OF_BEFORE = re.compile(r"\b(?P<noun>[a-z]{3,})[ \u00a0]+of[ \u00a0]+$")


def _of_another_noun(view: str, fact: AgreementFact, d: DateFact) -> bool:
    """Is a date before the agreement the date of another noun ("comply with the Court's
    provisional measures of December 1, 2023, and respect the Argyle Declaration")? Not one
    its own mention or name holds ("the Agreement of 1995"), which ``names_its_agreement``
    keeps, nor one of a stretch of time (``period_nouns_of``: "over the course of 2009")."""
    if d.end > fact.start:
        return False
    noun = _NOUN_OF_BEFORE.search(view, max(0, d.start - 30), d.start)
    return (noun is not None and noun.group("noun") not in vocabulary()["period_nouns_of"]["words"]
            and not names_its_agreement(view, d, [fact]))


def _signing_organizations(view: str, lo: int, pos: int) -> list[str]:
    """The organizations that are no state named in the subject of the signing verb before
    the agreement at ``pos`` ("NATO concluded transit agreements with ...": NATO)."""
    subject = signing_subject(view, lo, pos)
    return [] if subject is None else named_organizations(view[subject[0]:subject[1]])


def _merge_same_clause(view: str, by_clause: dict[tuple[int, int], list[AgreementFact]],
                       dates: Sequence[DateFact]) -> None:
    """An agreement that also takes the relative clause after it ("..., and on January 24,
    1976, they signed the Treaty of Friendship, which provided ...") is read together with the
    agreements of its clause before a comma-"and" that opens with a date of its own
    (``time_led_coordinate``: "signed an Agreement of Friendship in 1970"), so that each has
    its own conjunct, and its own date."""
    for key in sorted(by_clause, key=lambda k: (k[0], -k[1])):
        if key not in by_clause:
            continue
        first = min(f.start for f in by_clause[key])
        for other in [k for k in by_clause if k[0] == key[0] and k[1] < key[1]]:
            last = max(f.end for f in by_clause[other])
            if last < first and time_led_coordinate(view, dates, last, first) is not None:
                by_clause[key] += by_clause.pop(other)


def _status(view: str, fact: AgreementFact, part: Conjunct, c_start: int,
            countries: Sequence[CountryFact] = ()) -> str:
    """The status its own conjunct states, else what the clause before it states (when it
    shares the clause's head), else the kind's default. "ended" counts only when the ended
    phrase speaks of this agreement (``ended_phrase_governs``). A clause of other states after
    it (", and Peru and Bolivia adopted a similar plan") states nothing of it."""
    part = Conjunct(part.lo, subject_clause_end(view, fact, countries, part.hi),
                    part.shares_head, part.chained)
    other = _other_subject_clause(view, fact.end, part.hi)
    if other is not None:  # ", and EXBS is now helping Uzbekistan draft a control list"
        part = Conjunct(part.lo, other, part.shares_head, part.chained)
    lo = c_start if part.shares_head else part.lo
    own_lo = part.lo
    opener = COMMA_AND.search(view[part.lo:fact.start])
    if opener is not None and opens_own_clause(view, opener.group(0), fact, part.hi):
        lo = own_lo = part.lo + opener.start()  # ", and a 2020 MOU ... set up": its own clause
    elif fact.kind == "state_partnership":
        subject = _COORDINATE_SUBJECT.search(view, part.lo, fact.start)
        if subject is not None:  # "..., and the North Carolina National Guard has partnered"
            lo = own_lo = subject.start()
    own = view[own_lo:part.hi]
    prior = view[lo:own_lo]
    if _premodified_by(view, fact.start, "adjective_proposed_words"):
        return "proposed"  # "expand cooperation under a future Charter on Strategic Partnership"
    status = stated_status(own, fact.kind) or stated_status(prior, fact.kind)
    if status == "proposed":
        status = _nearer_than_proposal(own, fact.start - own_lo, fact.end - own_lo, fact.kind)
    if status == "ended" and not ended_phrase_governs(view[lo:part.hi], fact.start - lo,
                                                      fact.end - lo):
        status = (stated_status(own, fact.kind, skip=["ended"])
                  or stated_status(prior, fact.kind, skip=["ended"]))
    return status or str(vocabulary()["default_status"].get(fact.kind, ""))


def _nearer_than_proposal(own: str, lo: int, hi: int, kind: str) -> str:
    """"proposed", unless a phrase of another status is nearer the mention than every
    proposal phrase ("signed a framework agreement on a proposed railway"; "efforts to reach
    a common understanding before they signed the Charter")."""
    other = stated_status(own, kind, skip=["proposed"])
    if other is None:
        return "proposed"
    near_other = phrase_distance(own, lo, hi, proposed=False)
    near_proposal = phrase_distance(own, lo, hi, proposed=True)
    if near_other is None or near_proposal is None or near_other >= near_proposal:
        return "proposed"
    return other


# a comma-"and" and a subject of one or two words before a finite verb: a clause of its own
# (", and EXBS is now helping ...", ", and the team has drafted ..."), unless the subject is
# the agreement itself (``self_anaphors``: ", and the memorandum was extended ...")
_OTHER_SUBJECT_CLAUSE = re.compile(
    r",[ \u00a0]+(?:and|but|while)[ \u00a0]+(?:(?:the|its|their|this|that)[ \u00a0]+)?"
    r"(?P<subject>[A-Za-z][\w.-]*(?:[ \u00a0]+[A-Z][\w.-]*)?)[ \u00a0]+"
    r"(?:is|are|was|were|has|have|had|will|would|now|also|continues|remains)\b")


# pronouns that speak of the agreement ("it"), of its relative clause ("which") or of the
# author ("we"), whose clause may still state the agreement's status
_NOT_OTHER_SUBJECTS = ("it", "they", "which", "who", "that", "we", "i", "you", "he", "she")


def _other_subject_clause(view: str, lo: int, hi: int) -> int | None:
    """Where a coordinate clause with a subject of its own opens in ``view[lo:hi]``, or None."""
    anaphors = vocabulary()["self_anaphors"]
    for m in _OTHER_SUBJECT_CLAUSE.finditer(view, lo, hi):
        if m.group("subject").lower() not in (*_NOT_OTHER_SUBJECTS, *anaphors, *(
                a + "s" for a in anaphors)):
            return m.start()
    return None


# a coordinate clause's subject right before a pairing's own word: ", and the North Carolina
# National Guard has partnered", ", but Ohio's Guard has been paired"
_COORDINATE_SUBJECT = re.compile(r",[ \u00a0]+(?:and|but)[ \u00a0]+[^,;:]{1,60}$")


def _premodified_by(view: str, start: int, key: str) -> bool:
    """Is a word of the vocabulary list ``key`` ("future") one of the three words right before
    the mention at ``start``, with no comma, semicolon, stop or word of the list's ``stops``
    (a preposition: not "made possible by the Cooperative Threat Reduction agreement") between
    ("under a future U.S.–Azerbaijan Charter")?"""
    table = vocabulary()[key]
    for word in reversed(view[max(0, start - 60):start].split()[-3:]):
        if word.lower() in table["words"]:
            return True
        if word[-1:] in ",;:.)" or word.lower() in table["stops"]:
            return False
    return False
