"""The spans an agreement mention is read in, for ``pipeline.link_agreements``: its clause (its
sentence cut at semicolons and at commas that open a relative or participial clause,
``pipeline.agreements.clauses``, joined with a relative clause right after its name), its
conjunct among the other agreements of the clause, where its clause stops speaking of it (a
comma-"and" that opens a clause with a subject of its own), the relative clause after its
clause, and the earlier sentences of its paragraph.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from pipeline.agreement_lookups import capitals_in, starting_in
from pipeline.agreement_tries import phrase_trie
from pipeline.agreements import (
    continues_with_itself,
    find_bare_states,
    find_guards,
    party_rules,
    vocabulary,
)
from pipeline.countries import canonical_name as country_name
from pipeline.countries import lookup_form
from pipeline.dates import date_words
from pipeline.facts import AgreementFact, CountryFact, DateFact

_CONJUNCTION = re.compile(r"\band\b|\bor\b|,|\bas well as\b")
_FILLER_WORDS = r"\s|,|\band\b|\bor\b|\bas well as\b|\bthe\b|\ban?\b|\bits\b|\btheir\b"
FILLER = re.compile(r"(?:" + _FILLER_WORDS + r")*")
_POSSESSIVE = re.compile(r"\w['’]s\b")
# two agreements conjoined directly, a word that pairs the second with the first allowed ("the
# SFA and a companion Security Agreement on November 17, 2008": the date is both's)
_CHAIN_GAP = re.compile(r"(?:" + _FILLER_WORDS
                        + r"|\b(?:companion|parallel|accompanying|separate)\b)*")


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


_EARLIER_SENTENCES = 2


def earlier_in_paragraph(view: str, sents: Sequence[tuple[int, int]], i: int
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


def conjuncts_of(view: str, group: Sequence[AgreementFact], countries: Sequence[CountryFact],
                 c_start: int, c_end: int, dates: Sequence[DateFact] = ()) -> list[Conjunct]:
    """The conjunct of each agreement of a clause (``group`` in text order). Two agreements
    are cut at the last "and"/"or"/comma between them; a comma-"and" followed by a new subject
    (a country, a possessive: ", and Georgia's partnership ...") opens a new clause, and the
    agreements after it no longer share the clause's head. States that open a clause after a
    comma ("Building on the Pact, the United States and Fiji agreed to ...") are not cut at
    their "and". A comma-"and" that opens with a
    date (", and on March 3, 2012, the two signed a ...": ``time_led_coordinate``) cuts the two
    agreements there: the date is the second's."""
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
        for m in _SUBJECT_COMMA.finditer(gap):
            if (_splits_subject(view, countries, a.end + m.end(), cut)
                    and not any(c.end == a.end + m.start() for c in countries)):
                # (not a list's comma: "to Kazakhstan, the Kyrgyz Republic, and Tajikistan,
                # and Mongolia is ...": the subject is Mongolia alone)
                cut = a.end + m.start()  # "Building on the Pact, Fiji and the U.S. agreed to"
        guard_led = guard_led_coordinate(view, a.end, b.start)
        if guard_led is not None:
            cut = guard_led  # ", and the Ohio National Guard and Chile were paired ...": its own
        timed = time_led_coordinate(view, dates, a.end, b.start)
        if timed is not None:
            cut = timed  # ", and on March 3, 2012, the two signed a ...": the date is b's
        bounds.append(max(cut, a.end))
        after = view[cut:b.start]
        new_clause.append(bool(_POSSESSIVE.search(after)) or guard_led is not None or any(
            cut <= c.start and c.end <= b.start for c in countries)
            or PRONOUN_CLAUSE.search(gap) is not None
            or opens_own_clause(view, gap, b, c_end))
        chained.append(_CHAIN_GAP.fullmatch(gap) is not None)
    chained.append(False)
    bounds.append(c_end)
    out = []
    shares = True
    for k in range(len(group)):
        shares = shares and not new_clause[k]
        out.append(Conjunct(bounds[k], bounds[k + 1], shares, chained[k]))
    return out


def earlier_tail(view: str, fact: AgreementFact, earlier: Sequence[AgreementFact]
                 ) -> tuple[int, int] | None:
    """The span after the last of ``earlier`` (agreements before ``fact`` in its clause but read
    in a clause of their own) up to the last "and"/"or"/comma before ``fact``: what speaks of
    that agreement ("the Harbor Accord that Chile and Peru signed on May 2, 2019, and the
    Treaty on Andean Friendship, which ...": May 2, 2019 is the Accord's), if any."""
    if not earlier:
        return None
    last = max(earlier, key=lambda a: a.end)
    cuts = list(_CONJUNCTION.finditer(view, last.end, fact.start))
    return (last.end, cuts[-1].start()) if cuts else None


# ", and it formed a second pairing": a pronoun opens a clause of its own
PRONOUN_CLAUSE = re.compile(r",\s*(?:and|but)\s+(?:it|its|they|their)\s")
COMMA_AND = re.compile(r",\s*(?:and|but|while|whereas)\s+(?:(?:the|a|an|its|their)\s+)?"
                       r"(?:\d{4}\s+)?$")


def opens_own_clause(view: str, gap: str, fact: AgreementFact, limit: int) -> bool:
    """", and GPOI partners in East Africa have deployed ...": after a comma-"and", an
    agreement followed by its own verb is the subject of a new clause, not a second object of
    the first clause's verb ("signed the VFA in 1998, and the EDCA in 2014" shares it)."""
    if COMMA_AND.search(gap) is None:
        return False
    after = fact.end
    relative = _SET_OFF_RELATIVE.match(view, after, limit)
    if relative is not None:  # ", and the SPP, which now links 100 nations, will remain ..."
        after = relative.end()
    words = [w.strip(",.;") for w in view[after:limit].split()[:8]]
    verbs = set(vocabulary()["new_clause_verbs"])
    return any(w in verbs for w in words)  # lower case only: "in May 2006" has no modal


_RELATIVE_OPENER = re.compile(r"^[\s,]*(?:which|that)\b", re.IGNORECASE)
# a relative clause set off by commas right after a name
_SET_OFF_RELATIVE = re.compile(r"\s*,\s*(?:which|who)\b[^,;.]*,")
# What may stand between a name and its relative clause: its class noun ("NATO's Partnership
# for Peace program, which Armenia joined"), a place it is of ("the Economic Resilience
# Initiative in Central Asia (ERICEN), which ..."), its acronym, a participial phrase set off by
# commas ("The Lisbon Accord, concluded in March 1998, under which ...").
_NAME_TAIL = re.compile(r"^(?:\s+(?:program|programme))?"
                        r"(?:\s+in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?"
                        r"\s*(?:\([^()]*\))?(?:\s*,\s*[a-z]+ed\b[^,;]*,)?\s*$")


# "the Visiting Forces Agreement with Australia, which Japan signed ...": a partner phrase
# between the name and a relative clause that says who signed it.
_PARTNER_TAIL = re.compile(r"\s*(?:with|between)\s+[^,;()]{1,60}?\s*,?\s*")


@cache
def signatory_verb_alternation() -> str:
    """The signing verbs of the data (``signatory_verbs``: "signed", "concluded", "entered
    into"), as one regex alternation, longest first (written as a trie, ``phrase_trie``): the
    word source of every regex that looks for who signed."""
    return phrase_trie(vocabulary()["signatory_verbs"], not_after=None)


@cache
def signatory_verb_regex() -> re.Pattern[str]:
    """Any signing verb of the data as a whole word (``signatory_verb_alternation``)."""
    return re.compile(r"\b(?:" + signatory_verb_alternation() + r")\b")


def own_clause(view: str, fact: AgreementFact, parts: list[tuple[int, int]],
               sentence: tuple[int, int]) -> tuple[int, int]:
    """The clause an agreement is read in: the one it stands in, joined with a relative clause
    that directly follows its name ("The EDCA, which the Philippines and the United States
    signed on April 28, 2014, allows ..." dates and names the parties of the EDCA), or its
    partner phrase when that relative clause says who signed it ("the Visiting Forces
    Agreement with Australia, which Japan signed in January 2022"). A clause opened by a
    signing gerund is read with the clause before it ("On May 3, 2021, the two went further,
    signing the Harbor Accord": its date and its signatories)."""
    for i, (a, b) in enumerate(parts):
        if a <= fact.start < b:
            if i > 0 and _opens_with_gerund(view, a, fact.start):
                a = parts[i - 1][0]  # "On May 3 they went further, signing the Accord": its act
            between = _NAME_TAIL.sub("", view[fact.end:b])
            relative = view[parts[i + 1][0]:parts[i + 1][1]] if i + 1 < len(parts) else ""
            if _RELATIVE_OPENER.match(relative) and (
                    not between.strip(" ,") or (_PARTNER_TAIL.fullmatch(view[fact.end:b])
                                                and signatory_verb_regex().search(relative))):
                return (a, parts[i + 1][1])
            if i + 1 < len(parts) and continues_with_itself(view[parts[i + 1][0]:parts[i + 1][1]]):
                return (a, parts[i + 1][1])  # ", but the pairing lapsed in 2022": still its own
            return (a, b)
    return sentence


_FIRST_CLAUSE_WORD = re.compile(r"[\s,]*([a-z]+)")


def _opens_with_gerund(view: str, lo: int, hi: int) -> bool:
    """Does the clause at ``lo`` open with a signing gerund (", signing the Harbor Accord":
    ``signing_gerunds``) before the agreement at ``hi``?"""
    m = _FIRST_CLAUSE_WORD.match(view, lo, hi)
    return m is not None and m.group(1) in vocabulary()["signing_gerunds"]


_RELATIVE_AFTER = re.compile(r"^[\s,]*(?:(?:under|by|through|with|in) which|which|whereby)\b",
                             re.IGNORECASE)


def relative_clause_after(view: str, clause: tuple[int, int], parts: list[tuple[int, int]]
                          ) -> tuple[int, int] | None:
    """The relative clause right after an agreement's clause, which says more about the last
    agreement in it ("... signed a seven-year MOU under which the United States intends to
    provide $1.45 billion a year for fiscal years 2023 through 2029")."""
    for i, (a, _) in enumerate(parts):
        if a == clause[1] and _RELATIVE_AFTER.match(view[a:parts[i][1]]):
            return parts[i]
    return None


# a clause that opens a relative clause (", which ...", ", who ...", ", whose ...")
RELATIVE_START = re.compile(r"[\s,]*(?:which|who|whose)\b")


@cache
def _resumed_predicate() -> re.Pattern[str]:
    verbs = "|".join(map(re.escape, vocabulary()["new_clause_verbs"]))
    return re.compile(r",[ \u00a0]+(?:" + verbs + r")\b")


def resumed_main_clause(view: str, c_start: int, pos: int) -> int | None:
    """Where the main clause resumes, before ``pos``, after the relative clause that opens a
    clause ("The two-week exercise, which runs from June 19 to July 2, is ... the capstone
    exercise of the GPOI": at ", is"): the relative clause's dates are its noun's, not those
    of an agreement the main clause names. None when the clause opens no relative clause, or
    it does not close before ``pos``.

    >>> v = "The course, which ran from May 1 to May 9, was funded by GPOI."
    >>> resumed_main_clause(v, v.index(","), v.index("GPOI"))
    41
    >>> resumed_main_clause(v, 0, v.index("GPOI")) is None
    True
    """
    if RELATIVE_START.match(view, c_start) is None:
        return None
    resumed = _resumed_predicate().search(view, c_start, pos)
    return resumed.start() if resumed is not None else None


_NEW_COORDINATE = re.compile(r",\s+(?:and|but|while|whereas)\s+(?:(?:the|a|an|its|their)\s+)?")
# "After the Accord of 2019, the United States and Fiji agreed ...": states open the clause
_SUBJECT_COMMA = re.compile(r",\s+(?=\S)")
# ", and that ..." after "noted that ...": a second complement clause of the same verb
_SECOND_THAT = re.compile(r"that[ \u00a0]")
# a proper name and an appositive set off by commas: the subject of a clause of its own
_APPOSED_SUBJECT = re.compile(r"(?:[A-Z][\w’'-]*[ \u00a0]+){0,5}[A-Z][\w’'-]*,[ \u00a0]+"
                              r"(?:a|an)[ \u00a0]")
_THAT_BEFORE = re.compile(r"\b[a-z]+(?:ed|s)[ \u00a0]+that[ \u00a0][^.;:]*\Z")
_THAT_REACH = 250  # characters before the agreement the first "that" is looked for


def _new_coordinates(view: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """The comma-"and"s (``_NEW_COORDINATE``) in ``view[lo:hi]``. Each opens with a comma:
    most spans after an agreement have none, and are not searched."""
    if view.find(",", lo, hi) < 0:
        return iter(())
    return _NEW_COORDINATE.finditer(view, lo, hi)


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


def tail_end(view: str, fact: AgreementFact, countries: Sequence[CountryFact], hi: int,
             dates: Sequence[DateFact] = ()) -> int:
    """Where an agreement's clause stops speaking of it: at a comma-"and" after it that opens a
    clause of its own, with a subject ("concluded an implementing arrangement for joint air
    surveillance, and Latvian officers attend U.S. staff colleges": the officers and the
    staff colleges are not its parties), a time ("partnered since 2015 through the State
    Partnership Program, and in 2019 the two held 20 engagements": 2019 is not its start) or a
    possessed subject ("a GPOI partner, and its peacekeepers have served in Lebanon since
    2018": 2018 is the peacekeepers'); or at "and another with" a second, elided instrument's
    partner ("a letter of agreement with Tajikistan in 1999 and another with the Kyrgyz
    Republic in 2003")."""
    for m in _new_coordinates(view, fact.end, hi):
        if any(_attributive(view, c) for c in starting_in(countries, m.end(), m.end() + 1)):
            return m.start()
        led = [b for a, b, _ in find_guards(view[m.end():m.end() + 60]) if a == 0]
        if led and _PAIR_ITEM_END.match(view, m.end() + led[0], hi) is None:
            return m.start()  # ", and the Maine National Guard began ...": its own pairing,
            # not the last of a list of pairs (", and the Pennsylvania National Guard with
            # Lithuania.")
        if _paired_with_guard(view, countries, m.end()):
            return m.start()
        opener = _TIME_OPENER.match(view[m.end():m.end() + 8])
        if opener and (any(d.start == m.end() + opener.end() for d in dates)
                       or _YEAR_OR_MONTH.match(view, m.end() + opener.end()) is not None):
            return m.start()  # (with no dates given, a year or a month written out)
        if (m.group(0).split()[-1] in ("its", "their")
                and _POSSESSED_SUBJECT.match(view, m.end()) is not None):
            return m.start()  # ", and its peacekeepers have served ... since 2018": their own
        if any(_STATE_POSSESSIVE.match(view, c.end) for c in starting_in(countries, m.end(),
                                                                         m.end() + 1)):
            return m.start()  # ", and Mongolia's cooperation with NATO": another state's
        if (m.group(0).split()[-1] == "the" and _other_subject(view, m.end())
                and not starting_in(countries, m.end(), m.end() + 1)):
            return m.start()  # ", and the Aegis Ashore site at Deveselu has protected Allies
            # since 2016": the site's time, not the agreement's
        if _APPOSED_SUBJECT.match(view, m.end(), hi) is not None:
            return m.start()  # ", and NATO Mission Iraq, a non-combat advisory mission
            # established in 2018, works with ...": a subject with an appositive, its own time
        if _SECOND_THAT.match(view, m.end()) and _THAT_BEFORE.search(
                view, max(0, fact.start - _THAT_REACH), fact.start):
            return m.start()  # "noted that the SPP relationship remains a pillar, and that
            # naval officers attended courses last year": a second thing noted, its own time
    hi = subject_clause_end(view, fact, countries, hi)
    if view.find("and", fact.end, hi) < 0:  # (every match below holds "and")
        return hi
    # "... to resume participation in GPOI and to register a company with the UN": a second
    # infinitive's objects are not the agreement's parties
    predicate = (_new_predicate().search(view, fact.end, hi)
                 or _SECOND_INFINITIVE.search(view, fact.end, hi)
                 or _SECOND_PAST_PREDICATE.search(view, fact.end, hi)
                 or _ANOTHER_ONE.search(view, fact.end, hi))
    return predicate.start() if predicate is not None else hi


# a length of time the clause has lasted: "for three decades", "for more than 20 years"
_FOR_A_LENGTH = (r"for\s+(?:(?:more\s+than|nearly|almost|over|some|about)\s+)?"
                 r"[\w-]+\s+(?:years|decades)")


@cache
def _guard_coordinate_regex() -> re.Pattern[str]:
    times = phrase_trie(party_rules()["coordinate_time_phrases"], not_after=None)
    return re.compile(r",\s+(?:and|but)\s+(?:(?:" + times + "|" + _FOR_A_LENGTH + r")\s*,?\s+)?"
                      r"(?:the\s+)?")


# its partner first: ", and Serbia and the Ohio National Guard have partnered"
_PARTNER_AND = re.compile(r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}\s+and\s+"
                          r"(?:the\s+)?")


def guard_led_coordinate(view: str, lo: int, hi: int) -> int | None:
    """Where a comma-"and" in ``view[lo:hi]`` opens a clause whose subject is a U.S. state's
    National Guard, after a time phrase or none (", and the same year the Ohio National Guard
    and Chile were paired under the State Partnership Program") or after its partner (", and
    Serbia and the Ohio National Guard have partnered since 2005"), or a state alone and its
    partner, paired (", and Kansas and Armenia were paired in 2003"): the guard's clause starts
    there, so the agreement after it is read with its guard."""
    if view.find(",", lo, hi) < 0:
        return None
    for m in _guard_coordinate_regex().finditer(view, lo, hi):
        partner = _PARTNER_AND.match(view, m.end(), hi)
        for at in (m.end(), *([] if partner is None else [partner.end()])):
            if any(a == 0 for a, _, _ in find_guards(view[at:at + 60])):
                return m.start()
        if _state_paired_at(view, m.end()):
            return m.start()  # ", and Kansas and Armenia were paired in 2003": a state alone
    for m in _COMMA.finditer(view, lo, hi):  # a list of clauses: "..., Ohio and Serbia were
        if _state_paired_at(view, m.end()):  # paired in 2005, and ..."
            return m.start()
    return None


_COMMA = re.compile(r",[ \u00a0]+")


def _state_paired_at(view: str, at: int) -> bool:
    """Does a U.S. state alone, its partner and a pairing verb open ``view[at:]`` ("Kansas and
    Armenia were paired")?"""
    return (any(a == 0 for a, _, _ in find_bare_states(view[at:at + 40]))
            and _PAIRED_AFTER.match(view, at, at + 120) is not None)


# a state alone and its partner, then the pairing's verb: "Kansas and Armenia were paired",
# "Ohio and Serbia have partnered"
_PAIRED_AFTER = re.compile(r"[A-Z][\w.’' -]{0,30}?[ \u00a0]+and[ \u00a0]+(?:the[ \u00a0]+)?"
                           r"[A-Z][\w.’' -]{0,40}?[ \u00a0]+(?:were|was|have[ \u00a0]+been|"
                           r"has[ \u00a0]+been|have|has|became)[ \u00a0]+"
                           r"(?:paired|partnered|partners)\b")


_TIME_OPENER = re.compile(r"(?:in|on|by|during)\s+")
# a year, or a month's full name and a number ("in October 1997", "on March 3")
_YEAR_OR_MONTH = re.compile(r"(?:1[89]|20)\d\d\b|(?:"
                            + "|".join(m.capitalize() for m in date_words()["months"])
                            + r")[\s\u00a0]+\d")
# the last item of a list of pairings, after its guard: "... with Lithuania." (no verb of its own)
_PAIR_ITEM_END = re.compile(r"\s+with\s+(?:the\s+)?[A-Z][^,;:()]{0,40}?\s*(?:[.;,]|$)")


def time_led_coordinate(view: str, dates: Sequence[DateFact], lo: int, hi: int) -> int | None:
    """Where the last comma-"and" in ``view[lo:hi]`` opens a coordinate clause with a date of its
    own (", and in March 2014 the two countries signed ...", ", and on May 8, 2018, ..."), if
    one does: what comes before it is another clause, with dates of its own."""
    found = None
    for m in _new_coordinates(view, lo, hi):
        if m.group(0).split()[-1] not in ("and", "but"):
            continue  # ", and the ...": an article, no time
        opener = _TIME_OPENER.match(view, m.end(), m.end() + 8)
        if opener is not None and any(d.start == opener.end() for d in dates):
            found = m.start()
    return found


# "signed a letter of agreement with Tajikistan in 1999 and another with the Kyrgyz Republic":
# a second instrument of the same kind, elided, whose partner is its own
_ANOTHER_ONE = re.compile(r",?[ \u00a0]+(?:and|but)[ \u00a0]+(?:another|a[ \u00a0]+second|"
                          r"a[ \u00a0]+third|a[ \u00a0]+similar[ \u00a0]+one|one)[ \u00a0]+with\b")
# "reaffirmed their commitment to the NPT and noted the legacy of ...": a second predicate in the
# past tense with an object of its own (not a verb pair, "has trained and equipped the
# battalion since 2009", nor the last of a list of predicates, ", and extended the authority")
_SECOND_PAST_PREDICATE = re.compile(r"(?<!ed)(?<!,)[ \u00a0]+and[ \u00a0]+(?:also[ \u00a0]+)?"
                                    r"[a-z]{3,}ed[ \u00a0]+(?:the|a|an|its|their)[ \u00a0]")
_SECOND_INFINITIVE = re.compile(r"[ \u00a0]+and[ \u00a0]+to[ \u00a0]+(?!which|whom|whose|what)"
                                r"[a-z]{2,}[ \u00a0]")  # not "and to which Chad is a party"
# a state's possessive before a lower-case noun ("Mongolia's cooperation with NATO")
_STATE_POSSESSIVE = re.compile(r"['’]s[ \u00a0]+[A-Za-z]")
# after a comma-"and" and "its"/"their" (``_NEW_COORDINATE``): the possessed subject and a
# finite verb ("its peacekeepers have", "their navies were", "its coast guard has")
# a noun phrase of up to six words, then its auxiliary: a clause's own subject
_DETERMINED_SUBJECT = re.compile(r"((?:[\w’'-]+[ \u00a0]+){1,6}?)"
                                 r"(?:have|has|had|is|are|was|were|will)(?![\w-])")


def _other_subject(view: str, at: int) -> bool:
    """Does a subject other than an agreement (no ``self_anaphors`` word: not "the agreement
    has ...") open a clause with its auxiliary at ``at`` ("the Aegis Ashore site at Deveselu
    has")? (A state there is one more of a list: "and the United Arab Emirates have joined".)"""
    m = _DETERMINED_SUBJECT.match(view, at)
    if m is None:
        return False
    words = {w.strip(".’'").lower() for w in m.group(1).split()}
    return words.isdisjoint(vocabulary()["self_anaphors"])


_POSSESSED_SUBJECT = re.compile(r"(?:[a-z][a-z-]*[ \u00a0]+){1,3}?"
                                r"(?:have|has|had|is|are|was|were|will)(?![\w-])")


def own_subject_start(view: str, countries: Sequence[CountryFact], lo: int, pos: int) -> int:
    """Where the clause of the agreement at ``pos`` begins when a comma-"and" before it opens
    a clause whose subject is other states ("The United States sent observers, and Chile and
    Peru signed a fisheries agreement": the United States is no party), else ``lo``."""
    start = lo
    for m in _new_coordinates(view, lo, pos):
        listed = any(c.end == m.start() for c in countries)  # "Chile, Peru, and Bolivia signed"
        if not listed and states_as_subject(view, countries, m.end()):
            start = m.end()
    return start


def subject_clause_end(view: str, fact: AgreementFact, countries: Sequence[CountryFact],
                       hi: int) -> int:
    """Where a comma-"and" after the agreement opens a clause whose subject is other states
    (", and Malawi and the United States signed ..."), else ``hi``."""
    for m in _new_coordinates(view, fact.end, hi):
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


_NEXT_WORD = re.compile(r"[\s\u00a0]+([a-z]+(?:-[a-z]+)*)\b")  # "co-sponsor" too


def _splits_subject(view: str, countries: Sequence[CountryFact], pos: int, cut: int) -> bool:
    """Would ``cut`` fall inside the states that open a clause of their own at ``pos`` ("...,
    the United States and Fiji have agreed to ...": not at its "and")?"""
    if not pos <= cut or not states_as_subject(view, countries, pos):
        return False
    at = _state_run_end(view, countries, pos)
    return at is not None and cut < at


def states_as_subject(view: str, countries: Sequence[CountryFact], pos: int) -> bool:
    """Does ``view[pos:]`` open with states that are the subject of a verb of their own
    ("Malawi and the United States signed ...", "Slovakia and the Czech Republic renewed
    ...")? A list that ends a sentence or goes on with a preposition ("with Estonia, Latvia,
    and Lithuania in 2017") is not one: the word after the last state must be a verb of
    ``subject_clause_verbs`` in the data or a past-tense "-ed" word."""
    lead = _time_lead_regex().match(view, pos)  # ", and each year Kazakhstan, ... co-sponsor"
    if lead is not None:
        pos = lead.end()
    at = _state_run_end(view, countries, pos)
    if at is None:  # "..., and the leaders agreed that ...": those who met, a clause of theirs
        own = _clause_subject_regex().match(view, pos)
        at = own.end() if own is not None else None
    if at is None and not _ends_a_capital(view, pos):
        # "..., and Jakarta and Washington elevated their ties": capitals too, unless they
        # end a list of capitals ("that Washington, Copenhagen, and Nuuk concluded")
        at = _state_run_end(view, _capitals_from(view, pos), pos)
    if at is None:
        return False
    word = _NEXT_WORD.match(view, at)
    if word is None:
        return False
    return word[1] in vocabulary()["subject_clause_verbs"] or word[1].endswith("ed")


@cache
def _time_lead_regex() -> re.Pattern[str]:
    """A time phrase that may open a coordinate clause before its subject
    (``coordinate_time_phrases``: "each year", "the same year")."""
    times = phrase_trie(party_rules()["coordinate_time_phrases"], not_after=None)
    return re.compile(r"[\s\u00a0]*(?:" + times + r")[\s\u00a0]*,?[\s\u00a0]+(?:the[\s\u00a0]+)?")


@cache
def _clause_subject_regex() -> re.Pattern[str]:
    """The people or sides a joint statement names as a clause's subject
    (``clause_subject_phrases``: "the leaders", "both sides")."""
    # (a comma-"and" match ends after its article: "the" may be consumed already)
    phrases = "|".join(
        (r"(?:the[\s\u00a0]+)?" + re.escape(p.removeprefix("the ")) if p.startswith("the ")
         else re.escape(p))
        for p in sorted(vocabulary()["clause_subject_phrases"], key=len, reverse=True))
    return re.compile(r"[\s\u00a0]*(?:" + phrases + r")\b", re.IGNORECASE)


def _ends_a_capital(view: str, pos: int) -> bool:
    """Does a capital's name end right before the comma-"and" that ends at ``pos``?"""
    lo = max(0, pos - _CAPITAL_RUN_CHARS)
    before = view[lo:pos]
    cut = len(before.rstrip().removesuffix("and").rstrip().rstrip(","))
    return any(b == cut for _, b, _ in capitals_in(before))


def _capitals_from(view: str, pos: int) -> list[CountryFact]:
    """The capitals named in the words after ``pos``, as the governments they stand for."""
    return [CountryFact(pos + a, pos + b, iso3, view[pos + a:pos + b])
            for a, b, iso3 in capitals_in(view[pos:pos + _CAPITAL_RUN_CHARS])]


def _list_separator(space: str, article: str) -> re.Pattern[str]:
    """What joins two states of a list: a comma, "and" or both, then perhaps an article
    (``article``), with ``space`` between the words."""
    return re.compile(rf"(?:{space}*,{space}*(?:and{space}+)?|{space}+and{space}+)"
                      rf"(?:{article}{space}+)?")


# Two separators that differ in two respects, kept apart because merging them would change what
# one of them finds: a membership, a list of joiners and the partners after "with"
# (``MEMBER_SEPARATOR``) stay on one line and take a capital article too ("Senegal and The
# Gambia": the article is no part of the mention); the states that open a new clause
# (``states_as_subject``) may run across a line break, and take only a lower-case "the".
MEMBER_SEPARATOR = _list_separator(r"[ \u00a0]", "[Tt]he")
_SUBJECT_SEPARATOR = _list_separator(r"\s", "the")


def state_run(view: str, countries: Sequence[CountryFact], pos: int,
              separator: re.Pattern[str]) -> tuple[list[str], int]:
    """The states named one after another from ``pos`` ("Fiji, Samoa, and the Cook Islands",
    "Malawi and the United States"), joined by ``separator``, in order, and where the last of
    them ends; ``([], pos)`` when no state stands there."""
    by_start = {c.start: c for c in countries}
    listed: list[str] = []
    at = end = pos
    while at in by_start:
        listed.append(by_start[at].iso3)
        end = by_start[at].end
        sep = separator.match(view, end)
        if sep is None:
            break
        at = sep.end()
    return listed, end


_ARTICLE = re.compile(r"the\s+")
_CAPITAL_RUN_CHARS = 80  # how far a run of capitals opening a clause is looked for
_GUARD_LINK = re.compile(r"\s+(?:with|and)\s+(?:the\s+)?")
_LOWER_WORD_AFTER = re.compile(r"[ \u00a0][a-z]")


def _state_run_end(view: str, countries: Sequence[CountryFact], pos: int) -> int | None:
    """The end of the states named one after another from ``pos``, after a "the" ("Malawi and
    the United States", "Peru, Chile, and Argentina"), None when no state stands there."""
    article = _ARTICLE.match(view[pos:pos + 4])
    listed, end = state_run(view, countries, pos + (article.end() if article else 0),
                            _SUBJECT_SEPARATOR)
    return end if listed else None


def _paired_with_guard(view: str, countries: Sequence[CountryFact], pos: int) -> bool:
    """", and Costa Rica with the New Mexico National Guard since 2006": another pairing,
    its verb left out."""
    at = _state_run_end(view, countries, pos)
    if at is None:
        return False
    link = _GUARD_LINK.match(view[at:at + 12])
    return link is not None and any(
        a == 0 for a, _, _ in find_guards(view[at + link.end():at + link.end() + 60]))


def _attributive(view: str, c: CountryFact) -> bool:
    """A demonym or adjective before a noun ("Latvian officers", "U.S. forces"): the subject of
    a new clause, where a country's name after ", and" may end a list ("with Estonia, Latvia,
    and Lithuania")."""
    written = view[c.start:c.end]
    if written == country_name(c.iso3) or _LOWER_WORD_AFTER.match(view[c.end:c.end + 2]) is None:
        return False
    # a state's own name, or an alias of more than one word, is no adjective: "..., and the
    # Kyrgyz Republic was signed", "..., and the Republic of Korea entered into force"
    form = lookup_form(written)
    return form is None or form.kind == "demonym" or (form.kind == "alias" and " " not in written)
