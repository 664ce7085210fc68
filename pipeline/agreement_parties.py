"""Who is a party of an agreement mention: the parties its clause names (``clause_parties``), for
``pipeline.link_agreements``.

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
- a state right before a name with a parties' prefix that takes part in it ("Oman is an active
  participant in the U.S.-GCC Strategic Partnership", ``participation_phrases`` in the data);
- where the clause names no partner: ``pipeline.agreement_bilateral``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from functools import cache

from pipeline.agreement_clauses import (
    FILLER,
    PRONOUN_CLAUSE,
    Conjunct,
    own_subject_start,
    signatory_verb_alternation,
    tail_end,
)
from pipeline.agreement_lookups import (
    bystander_at,
    capitals_in,
    located,
    mediator_at,
    starting_in,
)
from pipeline.agreement_tries import may_hold_case_blind, phrase_trie
from pipeline.agreements import (
    entry_for,
    excluded_parties,
    find_bare_states,
    find_guards,
    find_state_bodies,
    has_first_person,
    implicit_parties,
    is_generic,
    named_organizations,
    non_state_parties,
    organization_parties,
    organization_spans,
    owner_party,
    party_rules,
    plural_reference,
    prefix_length,
    prefix_organizations,
    signatories_span,
    signing_partner_span,
    vocabulary,
)
from pipeline.countries import lookup_form
from pipeline.country_groups import group_mentions, grouping_forms_in
from pipeline.facts import AgreementFact, CountryFact
from pipeline.trie_regex import literal_trie

_PREPOSITIONAL_RELATIVE = re.compile(r"^[\s,]*(?:in|under|by|through|with) which\b")


def parties_in_relative(view: str, countries: Sequence[CountryFact],
                        clause: tuple[int, int] | None, parties: tuple[str, ...]
                        ) -> tuple[str, ...]:
    """An agreement whose own clause names no partner takes the states a relative clause
    right after it names ("The Lisbon Accord, concluded in March 1998, under which France,
    Spain and Portugal pledged joint patrols")."""
    if clause is None:
        return parties
    founded = _founded_grouping(view[clause[0]:clause[1]])
    if founded:
        return tuple(sorted({*parties, *founded}))
    if _PREPOSITIONAL_RELATIVE.match(view[clause[0]:clause[1]]) is None:
        return parties
    named = _named_in(view, countries, *clause)
    reference = plural_reference(view[clause[0]:clause[1]])
    if reference is not None and reference.count == 2 and len(named - {"USA"}) == 1:
        named.add("USA")  # "under which the two countries eliminated ... Kazakhstan inherited"
    return tuple(sorted({*parties, *named}))


def _founded_grouping(relative: str) -> tuple[str, ...]:
    """The members of the grouping a relative clause says the agreement founded ("the Joint
    Declaration ..., which launched the C5+1 diplomatic platform", "that created the Quad":
    ``founding_verbs``): the grouping's states made it."""
    m = _founding_regex().match(relative)
    if m is None:
        return ()
    found = group_mentions(relative[m.end():])
    return found[0].members if found else ()


@cache
def _founding_regex() -> re.Pattern[str]:
    verbs = "|".join(re.escape(v) for v in vocabulary()["founding_verbs"]["words"])
    return re.compile(r"[\s,]*(?:which|that)[ \u00a0]+(?:also[ \u00a0]+|formally[ \u00a0]+)?"
                      r"(?:" + verbs + r")\b[ \u00a0]+(?:the[ \u00a0]+)?")


@cache
def _us_agency_regex() -> re.Pattern[str]:
    # (both tests right after the first letter, so that re skips the other positions fast)
    agencies = literal_trie(set(vocabulary()["us_agencies"]),
                            after_first=r"(?<![\w’']{first})(?<!['’]s {first})")
    return re.compile(agencies + r"\b")


def us_agency_in(view: str, lo: int, hi: int) -> bool:
    """Is a U.S. department or officer (``us_agencies``) named in ``view[lo:hi]`` without
    another state's possessive before it ("Chile's Department of Defense" is Chile's)?"""
    text = view[lo:hi]
    if not any(word in text for word in _agency_words()):
        return False  # (each agency's longest word stands in every match of its name)
    return any(not _POSSESSIVE_BEFORE.search(view[max(0, lo + m.start() - 4):lo + m.start()])
               for m in _us_agency_regex().finditer(text))


_WITH_THE = re.compile(r"[ \u00a0]+with[ \u00a0]+(?:the[ \u00a0]+)?(?:U\.S\.[ \u00a0]+)?")


def _us_agency_after_with(view: str, pos: int, hi: int) -> bool:
    """Is a U.S. department or officer named right after "with" after the agreement ("plans
    with the Department of Defense", "an arrangement with the U.S. Department of Energy")?"""
    m = _WITH_THE.match(view, pos)
    if m is None:
        return False
    named = _us_agency_regex().match(view, m.end(), hi)
    return named is not None


@cache
def _agency_words() -> frozenset[str]:
    """The longest word of each ``us_agencies`` name ("Department", "Pentagon")."""
    return frozenset(max(name.split(), key=len) for name in vocabulary()["us_agencies"])


_POSSESSIVE_BEFORE = re.compile(r"['’]s[ \u00a0]+(?:the[ \u00a0]+)?$")


@cache
def _pronoun_regex() -> re.Pattern[str]:
    words = vocabulary()
    pronouns = "|".join([*words["subject_pronouns"],
                         *(r"\s+".join(map(re.escape, phrase.split()))
                           for phrase in words["subject_noun_references"])])
    return re.compile(r"(?<![\w-])(" + pronouns + r")\s+([a-z]+)", re.IGNORECASE)


def _pronoun_subject(view: str, lo: int, hi: int) -> str | None:
    """The subject pronoun of ``view[lo:hi]`` ("it", "they") when one is followed by a verb
    ("Through GPOI it has received ...", "they took part in ..."), lower case; a noun that
    stands for one state ("the country joined ...": ``subject_noun_references``) is "it"'s
    kind, told apart as the noun, its words single-spaced."""
    verbs = vocabulary()["pronoun_verbs"]
    for m in _pronoun_regex().finditer(view[lo:hi]):
        word = m.group(2)
        if word in verbs or (word.endswith("ed") and len(word) > 4):
            return " ".join(m.group(1).lower().split())
    return None


def _is_noun_reference(pronoun: str) -> bool:
    return pronoun in vocabulary()["subject_noun_references"]


_LIST_FILLER = re.compile(r"(?:\s|,|\band\b|\bthe\b|\bThe\b)*")
# the subject list goes on past its states ("Chad, Niger, and other states joined"); a comma
# that opens an aside does not ("Uzbekistan, under President Mirziyoyev, signed ...")
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*)?(?:and|or|as\s+well\s+as|other|several|many|some)\b")
_POSSESSIVE_S = re.compile(r"['’]s\b")
_RELATIVE_AFTER_SUBJECT = re.compile(r"\s*,\s*(?:which|who|whose)\b")
# a clause that opens with a relative clause set off by commas, its subject's verb after it
# (", which borders Libya to the west, has"): the relative's states are no parties
_SET_OFF_RELATIVE = re.compile(r"[ \u00a0]*,[ \u00a0]*(?:which|who)\b[^,;:()]*,[ \u00a0]*"
                               r"(?=(?:has|have|had|is|are|was|were)\b)")


def set_off_relative_end(view: str, lo: int, hi: int) -> int:
    """Where a relative clause set off by commas that opens ``view[lo:hi]`` ends, its
    subject's verb after it (", which borders Libya to the west, has"); else ``lo``."""
    m = _SET_OFF_RELATIVE.match(view, lo, hi)
    return m.end() if m is not None else lo


def _leading_states(view: str, countries: Sequence[CountryFact], lo: int, hi: int
                    ) -> tuple[list[str], int]:
    """The states named one after another from ``lo`` (only spaces, commas, "and" and "the"
    between them), before ``hi``, and where the last of them ends."""
    return _leading_run(view, sorted((c.start, c.end, c.iso3) for c in countries
                                     if lo <= c.start < hi), lo)


def _leading_run(view: str, named: Iterable[tuple[int, int, str]], lo: int
                 ) -> tuple[list[str], int]:
    """The states of ``named`` (start, end, state, in text order) written one after another
    from ``lo``, with only spaces, commas, "and" and "the" between them, and where the last of
    them ends."""
    out: list[str] = []
    pos = lo
    for start, end, state in named:
        if _LIST_FILLER.fullmatch(view[pos:start]) is None:
            break
        out.append(state)
        pos = end
    return out, pos


def _opening_subjects(view: str, countries: Sequence[CountryFact], lo: int, hi: int
                      ) -> list[str]:
    """The states a sentence opens with as its subject ("Ghana has been ...", "Chad, Niger and
    Mali joined ...", or by its capital: "Ashgabat is not a member of any alliance"), in
    order; none when it opens otherwise."""
    named = [(c.start, c.end, c.iso3) for c in countries if lo <= c.start < hi]
    if not named or named[0][0] > lo + 4:  # "Ashgabat ...": a capital opens it
        named += [(lo + a, lo + b, iso3) for a, b, iso3 in capitals_in(view[lo:hi])]
    out, pos = _leading_run(view, sorted(named), lo)
    if (out and _LIST_GOES_ON.match(view[pos:pos + 20]) is None
            and not _POSSESSIVE_S.match(view[pos:pos + 3])):
        return out
    return []


def _pronoun_antecedents(view: str, countries: Sequence[CountryFact], c_start: int, c_end: int,
                         s_start: int | None, earlier: Sequence[tuple[int, int]],
                         subject: str | None) -> set[str]:
    """The states a clause's subject pronoun stands for, when the clause names none: "they"
    after "the three states" earlier in its sentence stands for what that reference does;
    "it" after a sentence that opens with one state stands for that state ("Chad joined the
    PfP in 1994, and it takes part in PfP drills"); "it"/"they" otherwise for the state(s)
    the previous sentence of the paragraph opens with ("Ghana has been a GPOI partner since
    2005. Through GPOI it has received ...")."""
    pronoun = _pronoun_subject(view, c_start, c_end)
    if pronoun is None:
        return set()
    if _is_noun_reference(pronoun):  # "The country joined NATO's Partnership for Peace in
        # 1995": the one state "it" would stand for, else the state the section or the
        # document is about
        found = _it_antecedents(view, countries, c_start, s_start, earlier)
        return found or ({subject} if subject is not None and subject != "USA" else set())
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
    if pronoun == "it":
        return _it_antecedents(view, countries, c_start, s_start, earlier)
    if not earlier:
        return set()
    opening = [c for c in _opening_subjects(view, countries, *earlier[0]) if c != "USA"]
    if len(opening) > 1:
        return set(opening)
    if not opening:  # "All five states are parties to the NPT. They also signed ..."
        return _opening_reference(view, countries, earlier, subject)
    return set()


def _it_antecedents(view: str, countries: Sequence[CountryFact], c_start: int,
                    s_start: int | None, earlier: Sequence[tuple[int, int]]) -> set[str]:
    """The one state an "it" subject of a clause starting at ``c_start`` stands for: the one
    its sentence opens with ("Chad joined the PfP in 1994, and it takes part in PfP drills"),
    else the one the previous sentence of the paragraph opens with, after a clause set before
    it or not (``_pronoun_antecedents``)."""
    if s_start is not None and s_start < c_start:
        own = [c for c in _opening_subjects(view, countries, s_start, c_start) if c != "USA"]
        if len(own) == 1:
            return set(own)
    if not earlier:
        return set()
    opening = [c for c in _opening_subjects(view, countries, *earlier[0]) if c != "USA"]
    if len(opening) == 1:
        return set(opening)
    if not opening:
        fronted = _subject_after_fronted_clause(view, countries, earlier)
        if fronted is not None:
            return {fronted}
    return set()


# a clause set before a sentence's subject: "Since restoring its independence in 2006, ",
# "After the 2006 referendum, " (its first comma ends it)
_FRONTED_CLAUSE = re.compile(r"(?:Since|After|Following|Before|With|Under|In|By|During|"
                             r"Despite|Upon|On|Over|Through)\b[^,;:()]{0,80},[ \u00a0]+")
_IT_SUBJECT = re.compile(r"(?:[Ii]t|[Ii]ts[ \u00a0]+\w+)[ \u00a0]")


def _subject_after_fronted_clause(view: str, countries: Sequence[CountryFact],
                                  earlier: Sequence[tuple[int, int]]) -> str | None:
    """The one state that is the subject of an earlier sentence of the paragraph after a
    clause set before it ("Since restoring its independence in 2006, Montenegro has ..."),
    for an "it" that opens the next; through earlier sentences whose subject there is "it"
    itself ("After restoring its independence in 2006, it abolished conscription. It joined
    the PfP"), nearest first."""
    for lo, hi in earlier:
        fronted = _FRONTED_CLAUSE.match(view, lo, hi)
        at = fronted.end() if fronted is not None else lo
        states = [c for c in _opening_subjects(view, countries, at, hi) if c != "USA"]
        if len(states) == 1:
            return states[0]
        if states or _IT_SUBJECT.match(view, at, hi) is None:
            return None
    return None


def _opening_reference(view: str, countries: Sequence[CountryFact],
                       earlier: Sequence[tuple[int, int]], subject: str | None) -> set[str]:
    """The states a count reference that opens the previous sentence stands for ("All five
    states are parties to the NPT": the five states named or grouped before it), for a "they"
    that opens the next."""
    lo, hi = earlier[0]
    reference = plural_reference(view[lo:hi])
    if (reference is None or reference.count is None or reference.count < 3
            or len(view[lo:lo + reference.start].split()) > 1):
        return set()
    return _antecedents(view, countries, reference.count, lo, lo + reference.start, None,
                        earlier[1:], subject) - {"USA"}


def _counterparts(view: str, countries: Sequence[CountryFact], fact: AgreementFact,
                  s_end: int) -> set[str]:
    """The state an accord makes peace or relations with, named after it in its sentence
    ("joined the accords in 2020, normalizing relations with Israel")."""
    window = view[fact.end:min(s_end, fact.end + 150)]
    out: set[str] = set()
    if not _may_name_a_counterpart(window):
        return out
    for m in _counterpart_regex().finditer(window):
        at = fact.end + m.end()
        out.update(c.iso3 for c in starting_in(countries, at, at + 1))
    return out


@cache
def _counterpart_regex() -> re.Pattern[str]:
    phrases = "|".join(re.escape(p) for p in vocabulary()["counterpart_phrases"])
    return re.compile(r"\b(?:" + phrases + r")\s+(?:the\s+)?")


def _may_name_a_counterpart(window: str) -> bool:
    """Does a ``counterpart_phrases`` phrase stand in ``window``, as one stands in every match
    of ``_counterpart_regex``? Most sentences have none, and are passed over without a search."""
    return any(p in window for p in vocabulary()["counterpart_phrases"])


def _sentence_end(view: str, pos: int) -> int:
    """The end of the line ``pos`` stands in (a bound for what follows an agreement)."""
    end = view.find("\n", pos)
    return len(view) if end < 0 else end


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


# between two guards of a list of pairings: "the Maryland National Guard with Estonia, the
# Michigan National Guard with Latvia, and ...", "Estonia with the Maryland National Guard,
# Latvia with the Michigan National Guard, and ..."
_PARTNER_THEN_NEXT = r"with\s+[^,;:()]{1,40}?,\s+(?:and\s+)?(?:the\s+)?"  # "with Estonia, the"
_PAIR_LIST_GAP = re.compile(
    r"\s+" + _PARTNER_THEN_NEXT + r"|,\s+(?:and\s+)?[^,;:()]{1,40}?\s+with\s+(?:the\s+)?")

# the pairing's own verb, then pairs that leave it out ("the Maryland National Guard has
# partnered with Estonia, the Michigan National Guard with Latvia, and ...")
_GAPPED_PAIR_GAP = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:been\s+)?(?:partnered|paired)"
                              r"\s+" + _PARTNER_THEN_NEXT)
_WITH_NEXT = re.compile(r"\s+with\b")


def _pairing_guards(view: str, fact: AgreementFact, guards: list[tuple[int, int, str]]
                    ) -> list[tuple[int, int, str]]:
    """The guard(s) of a pairing: the one nearest its mention, and those conjoined with that
    one ("the Virginia and the West Virginia National Guard", "the Ohio National Guard and the
    Texas National Guard", "the Maryland, Michigan, and Pennsylvania National Guards") or listed
    with it pair by pair ("the Maryland National Guard with Estonia, the Michigan National Guard
    with Latvia, and ..."); another guard of the sentence is a third party."""
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
            gap = view[a[1]:b[0]]
            gapped = (a[1] <= fact.start and fact.end <= b[0]
                      and _GAPPED_PAIR_GAP.fullmatch(gap) is not None
                      and _WITH_NEXT.match(view, b[1]) is not None)
            if not ((FILLER.fullmatch(gap) is not None
                     and ("and" in gap or gap.strip() == ","))
                    or _PAIR_LIST_GAP.fullmatch(gap) is not None or gapped):
                break
            i += step
            keep.add(i)
    return [g for i, g in enumerate(ordered) if i in keep]


# "agreed to begin negotiations on a Customs Agreement and to continue work under the C5+1
# format": a forum named in another predicate after the agreement
_OTHER_PREDICATE = re.compile(r"\band[ \u00a0]+(?:to|also|then|will|would)[ \u00a0]+[a-z]+")


def clause_parties(view: str, fact: AgreementFact, group: list[AgreementFact],
                   countries: list[CountryFact], c_start: int, c_end: int,
                   earlier: Sequence[tuple[int, int]] = (), conjuncts: list[Conjunct] | None = None,
                   k: int = 0, s_start: int | None = None, subject: str | None = None
                   ) -> tuple[str, ...]:
    clause_text = view[c_start:c_end]
    conjuncts = conjuncts or [Conjunct(c_start, c_end, True, False)]
    own = (conjuncts[k].lo, conjuncts[k].hi)
    head_lo = c_start if conjuncts[k].shares_head else own[0]
    own = (own[0], tail_end(view, fact, countries, own[1]))
    in_clause = starting_in(countries, c_start, c_end + 1)  # (some may end after the clause)
    named_own = any(c.start >= group[0].start and c.iso3 != "USA"
                    for c in starting_in(countries, *own)) or any(
        own[0] <= c_start + g.start < own[1] for g in group_mentions(clause_text))
    regions = [(lo, min(hi, own[1]) if lo <= fact.start < hi else hi)
               for lo, hi in _regions(group, conjuncts, k, head_lo, named_own)]
    own_subject = own_subject_start(view, countries, c_start, fact.start)
    set_off = _SET_OFF_RELATIVE.match(view, c_start, fact.start)
    if set_off is not None:  # "Tunisia, which borders Libya to the west, has partnered with
        own_subject = max(own_subject, set_off.end())  # ...": Libya is no party
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
            signing_guards = find_guards(view[signers[0]:signers[1]])
            inside += [(signers[0] + a, signers[0] + b) for a, b, _ in signing_guards]
            named = _named_in(view, countries, *signers, skip=inside)
            named.update(name for _, _, name in groups)
            named.update(name for _, _, name in signing_guards)  # "that the Alaska National
            # Guard and the Mongolian Armed Forces signed in 2014": the Guard signs for itself
            partner = signing_partner_span(view, fact.end, c_end)
            if named and partner is not None:  # "the agreements Uzbekistan concluded with NATO"
                named |= _named_in(view, countries, *partner)
                named.update(named_organizations(view[partner[0]:partner[1]]))
            if named:  # "the ceasefire agreement that Russia and Georgia signed"
                return tuple(sorted(named))
        signing = signing_subject(view, max(c_start, own_subject), fact.start)
        bodies = _named_signatories(view, countries, *signing) if signing else None
        if bodies and len(bodies) == 1:
            # "the Montana National Guard signed a memorandum ... with the Kyrgyz Republic"
            bodies = (*bodies, *_partners_after_with(view, countries, fact.end, c_end))
        if bodies:  # "the Ohio National Guard and Chile's Army signed a memorandum"
            return tuple(sorted(bodies))
    prefixed = prefix_parties(view, fact, countries)
    if len(prefixed) >= 2:  # "the Egypt-Israel Peace Treaty": its name says whose it is
        member = _participant_before(view, countries, c_start, fact.start)
        return tuple(sorted(prefixed | ({member} if member else set())))
    if fact.kind == "state_partnership":
        guards = _pairing_guards(view, fact, guards) or _bare_states(
            view, countries, c_start, clause_text, regions) or _pronoun_guard(
            view, s_start if s_start is not None else c_start, fact.start) or _antecedent_guard(
            view, c_start) or _relative_guards(view, c_end)
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
        if not inside_own and ((located(view, c.start)
                                and not _benefits_from_programme(view, fact, c.start, countries))
                               or mediator_at(view, c.start) or bystander_at(view, c.start)
                               or names_its_people(view[c.start:c.end])):
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
    for a, b, iso3 in capitals_in(clause_text):  # "Washington and Manila signed ..."
        at = c_start + a
        if (any(lo <= at < hi for lo, hi in regions) and not located(view, at)
                # not "the Bucharest Summit", "the Paris Pact"
                and _named_after_capital_regex().match(clause_text, b) is None
                and not any(o.start <= at < o.end or _in_its_parentheses(view, o, at)
                            for o in group)
                and not any(ga <= at < gb for ga, gb, _ in all_guards)):
            parties.add(iso3)
    for g in group_mentions(clause_text):  # "the U.S.-Baltic Roadmap", "the Visegrad countries"
        at = c_start + g.start
        if fact.kind == "state_partnership":
            break  # "links U.S. states with Central Asian militaries": a pairing's state is named
        if (any(lo <= at < hi for lo, hi in regions) and not located(view, at)
                and not any(o.start <= at < o.end for o in others)
                and not (names_a_forum(view, c_start + g.end, fact) and (any(
                    c.iso3 != "USA" and not located(view, c.start) for c in in_clause)
                    or _OTHER_PREDICATE.search(view, fact.end, at) is not None))):
            parties.update(g.members)
    if any(us_agency_in(view, lo, min(hi, fact.start)) for lo, hi in regions
           if lo < fact.start):  # "the Department of Defense and Chile's ministry signed"
        parties.add("USA")
    elif _us_agency_after_with(view, fact.end, c_end):
        parties.add("USA")  # "implementing military cooperation plans with the Department of
        # Defense"
    for lo, hi in regions:  # not "..., and Mongolia's cooperation with NATO": another's
        parties.update(organization_parties(view[lo:hi]))
    parties.update(prefix_organizations(view[fact.start:fact.end]))  # "U.S.-ASEAN ..."
    parties.update(paired_organizations(view[fact.start:fact.end]))  # "NATO-Georgia ..."
    owner = owner_party(view[c_start:fact.start])
    if owner is not None:
        parties.add(owner)
    parties.update(implicit_parties(fact.name))
    if has_first_person(clause_text):
        parties.add("USA")
    reference = plural_reference(clause_text)
    if reference is not None:
        parties.update(_antecedents(view, countries, reference.count, c_start,
                                    c_start + reference.start, s_start, earlier, subject))
    if (set_off is not None and s_start is not None
            and not re.search(r",[ \u00a0]+and\b", view[set_off.end():fact.start])):
        parties.update(_subject_before_relative(view, countries, s_start, c_start))
    if not _names_a_partner(view, countries, c_start, c_end):
        parties.update(_pronoun_antecedents(view, countries, c_start, c_end, s_start, earlier,
                                            subject))
        if s_start is not None:
            parties.update(_subject_before_relative(view, countries, s_start, c_start))
    elif s_start is not None and not conjuncts[k].shares_head and not any(
            _names_a_partner(view, countries, lo, hi) for lo, hi in regions):
        # a conjunct of its own opened by "it" ("..., and it takes part in PfP drills")
        parties.update(_pronoun_antecedents(view, countries, conjuncts[k].lo, c_end, s_start,
                                            earlier, subject))
    # the state before ", which joined/signed" the agreement, even with a partner named
    # ("Armenia, which signed the Collective Security Treaty with Russia ...")
    parties.update(_joining_antecedent(view, countries, c_start, fact))
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
                and not [p for p in parties if is_iso3(p)]
                and _participle_regex().match(view, max(0, view.rfind(",", fact.start - 3,
                                                                      fact.start)),
                                              fact.end + 6) is not None):
            # "Qatar entered the program in 2024, pairing with the Ohio National Guard"
            parties.update(_opening_subjects(view, countries, _clause_head(view, s_start,
                                                                           c_start), c_start))
        if guards:
            parties.discard("USA")  # a pairing is the guard's and the partner's
        elif not (view[fact.start:fact.end].lower() in party_rules()["bare_pairing_words"]
                  and [p for p in parties if is_iso3(p)]
                  and _us_named_regex().search(clause_text) is None):
            parties.add("USA")  # no guard: the U.S. programme itself ("interest in the SPP")
        # but "Fiji has expressed interest in a new pairing": the state's wish, no guard yet
        # ("talks between Washington and Suva on a pairing" name the United States)
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
            parties = {p for p in parties if not is_iso3(p)} | {bound}
    return tuple(sorted(parties))


def without_non_members(view: str, fact: AgreementFact, countries: Sequence[CountryFact],
                        parties: tuple[str, ...]) -> tuple[str, ...]:
    """``parties`` without a state its sentence says is no member of the programme right
    after ("Ghana is not a member of the Trans-Sahara Counterterrorism Partnership"), however
    another reading (the sentence's subject) found it."""
    out = set(parties) - {c.iso3 for c in countries if 0 < fact.start - c.end <= 60
                          and _said_no_member(view, fact, c.end)}
    return parties if len(out) == len(parties) else tuple(sorted(out))


def _said_no_member(view: str, fact: AgreementFact, after: int) -> bool:
    """Does a ``non_member_phrases`` phrase right after a state (at ``after``) say it is no
    member of the programme ``fact`` named right after the phrase ("Mongolia is not a member
    of NATO's Partnership for Peace", "Mongolia never entered PfP")?"""
    if fact.kind not in vocabulary()["programme_kinds"] or not 0 < fact.start - after <= 60:
        return False
    return _non_member_regex().fullmatch(view, after, fact.start) is not None


@cache
def _non_member_regex() -> re.Pattern[str]:
    phrases = "|".join(re.escape(p).replace(r"\ ", r"[ \u00a0]+") for p in sorted(
        party_rules()["non_member_phrases"]["phrases"], key=len, reverse=True))
    # (then the mention, maybe after "the" and an owner: "NATO's", "the Alliance's")
    return re.compile(rf"[ \u00a0]+(?:{phrases})[ \u00a0]+(?:the[ \u00a0]+)?"
                      r"(?:[A-Z][\w-]*['’]s[ \u00a0]+)?")


def _benefits_from_programme(view: str, fact: AgreementFact, at: int,
                             countries: Sequence[CountryFact]) -> bool:
    """Is the state at ``at`` (named as a place) one the programme ``fact`` did its work in,
    by its own clause after it ("GPOI has supported peacekeeping training in Kazakhstan, the
    Kyrgyz Republic, and Tajikistan", "has invested $16 million in Kazakhstan":
    ``programme_benefit_verbs``, then "in" and the list of states)? Not across a sentence or
    clause break, not a place the trained go to ("trained units that serve in Lebanon", "for
    missions in Lebanon", "for the UN Interim Force in Lebanon"), and not for an instrument that
    is no programme."""
    if fact.kind not in vocabulary()["programme_kinds"] or not fact.end <= at <= fact.end + 160:
        return False
    verbs = list(_programme_benefit_regex().finditer(view, fact.end, at))
    if not verbs or _CLAUSE_STOP.search(view, fact.end, verbs[-1].start()) is not None:
        return False
    tail = view[verbs[-1].end():at]
    for c in sorted((c for c in countries if verbs[-1].end() <= c.start < at),
                    key=lambda c: c.start, reverse=True):
        a, b = c.start - verbs[-1].end(), c.end - verbs[-1].end()
        tail = tail[:a] + "X" + tail[b:]  # the states listed before it
    return _benefit_place_regex().fullmatch(tail) is not None


_CLAUSE_STOP = re.compile(r"[.;:]|,[ \u00a0]+(?:and|but|which|while|whereas)\b")


@cache
def _programme_benefit_regex() -> re.Pattern[str]:
    words = "|".join(map(re.escape, party_rules()["programme_benefit_verbs"]["words"]))
    return re.compile(rf"\b(?:{words})\b")


@cache
def _benefit_place_regex() -> re.Pattern[str]:
    """After the verb: its object, then "in" and the states, each written X ("peacekeeping
    training in X, X, and "), with no ``not_on_the_way`` word between."""
    stops = "|".join(map(re.escape,
                         party_rules()["programme_benefit_verbs"]["not_on_the_way"]["words"]))
    return re.compile(rf"(?:[ \u00a0]+(?!(?:{stops}))[\w$.,’'-]+){{0,8}}?[ \u00a0]+in[ \u00a0]+"
                      r"(?:the[ \u00a0]+)?(?:X,?[ \u00a0]+(?:and[ \u00a0]+)?(?:the[ \u00a0]+)?)*")


@cache
def _named_after_capital_regex() -> re.Pattern[str]:
    """A meeting noun or an agreement's head word right after a capital: the capital names
    where it met or what it is called ("at the 2008 Bucharest Summit Allies agreed", "their
    support for the Paris Pact Initiative", "the Minsk agreements"), not a party."""
    nouns = phrase_trie(vocabulary()["meeting_nouns"], not_after=None)
    heads = phrase_trie(sorted(vocabulary()["heads"]), ignore_case=True, not_after=None)
    return re.compile(r"[ \u00a0]+(?:" + nouns + "|" + heads + r")(?![\w-])", re.IGNORECASE)


@cache
def _grouping_forum_regex() -> re.Pattern[str]:
    nouns = phrase_trie(party_rules()["grouping_forum_nouns"], not_after=None)
    return re.compile(r"(?:[ \u00a0]+[\w-]+){0,2}?[ \u00a0]+(?:" + nouns + r")(?![\w-])")


def names_a_forum(view: str, pos: int, fact: AgreementFact) -> bool:
    """Does the grouping that ends at ``pos`` name a forum of its members rather than the
    members ("the C5+1 diplomatic platform", "the C5+1 Security Working Group", "the V4
    format"), outside the agreement's own name? In a clause that names a partner state, those
    who meet there are no parties of the agreement it names beside it ("Tajikistan has been in
    PfP since 2002 and works with the United States through the C5+1 Security Working Group":
    Tajikistan and NATO); in one that names none, the forum's members are who acts ("The C5+1
    platform was launched with the Joint Declaration")."""
    return (not fact.start <= pos <= fact.end
            and _grouping_forum_regex().match(view, pos) is not None)


def is_iso3(party: str) -> bool:
    return len(party) == 3 and party.isupper()


@cache
def _auxiliaries() -> str:
    return "|".join(map(re.escape, party_rules()["pairing_auxiliaries"]))


@cache
def _bound_before_regex() -> re.Pattern[str]:
    """What may stand between a state and the pairing mention bound to it: a possessive
    ("Ecuador's partnership"), a comma or a subject's gap with auxiliaries ("Gabon, paired",
    "Paraguay, which has partnered", "Nepal, for its part, has partnered"), or a comma and an
    article before an appositive noun ("Bosnia and Herzegovina, a pairing established in
    2003")."""
    aux = r"(?:(?:" + _auxiliaries() + r")[ \u00a0]+)*"
    return re.compile(r"['’]s[ \u00a0]+|(?:[ \u00a0]*,[^,;.]{1,30},|[ \u00a0]*,)?[ \u00a0]+"
                      + aux
                      # an appositive noun: "Bosnia and Herzegovina, a pairing established ..."
                      + r"|[ \u00a0]*,[ \u00a0]+(?:a|an|the)[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?")


_BOUND_AFTER = re.compile(r"[ \u00a0]+with[ \u00a0]+(?:the[ \u00a0]+)?"
                          r"(?:country[ \u00a0]+of[ \u00a0]+)?")  # "with the country of Georgia"
_LIST_LINK = re.compile(r"[ \u00a0]*(?:,|,?[ \u00a0]+and)[ \u00a0]+(?:the[ \u00a0]+)?")


def _bound_partner(view: str, countries: Sequence[CountryFact], fact: AgreementFact,
                   s_start: int, s_end: int) -> str | None:
    """The one state a pairing mention of one guard is bound to by its grammar: its possessive
    ("Ecuador's partnership with ..."), the head of its appositive or relative clause
    ("Gabon, paired with ...", "Paraguay, which has partnered with ..."), its clause's subject
    ("Nepal has long partnered with ..."), or the state after it and "with" ("the Iowa National
    Guard has been paired with Latvia"); None when no state, or a list, is bound so."""
    in_sentence = [c for c in starting_in(countries, s_start, s_end) if c.end <= s_end]
    bound: set[str] = set()
    for c in in_sentence:
        if c.end <= fact.start:
            tied = _bound_before_regex().fullmatch(view, c.end, fact.start) is not None
        else:
            tied = fact.end <= c.start and _BOUND_AFTER.fullmatch(
                view, fact.end, c.start) is not None
        if tied and not any(_LIST_LINK.fullmatch(view, d.end, c.start) is not None
                            or _LIST_LINK.fullmatch(view, c.end, d.start) is not None
                            for d in in_sentence if d.iso3 != c.iso3):
            # "Chad and Niger have ...", not "paired with Botswana, and Botswana's officers"
            bound.add(c.iso3)
    return bound.pop() if len(bound) == 1 else None


_OPENING_PHRASE = re.compile(r"(?:(?:In|On|Since|By|From|After)[ \u00a0][^,;.]{1,30},[ \u00a0]*)?")


@cache
def _possessive_pronouns() -> tuple[str, ...]:
    return tuple(party_rules()["possessive_pronouns"])


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
    near = max(s_start, fact.start - 40)
    if not may_hold_case_blind(view[near:fact.start], _possessive_pronouns()):
        return None  # (one stands in every match)
    m = _possessive_regex().search(view, near, fact.start)
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
    """A pairing participle ("pairing with"), a few words allowed before its preposition
    (", pairing its National Guard with the New Jersey National Guard")."""
    words = "|".join(re.escape(verb) + r"(?:[ \u00a0]+[\w’'-]+){0,4}?[ \u00a0]+" + re.escape(prep)
                     for verb, prep in (p.rsplit(" ", 1)
                                        for p in party_rules()["pairing_participles"]))
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
    near = starting_in(countries, max(0, fact.start - 60), fact.start)
    return {c.iso3 for c in near if c.end < fact.start and _leader_regex().fullmatch(
        view, c.end, fact.start) is not None}


@cache
def _signing_subject_regex() -> re.Pattern[str]:
    verbs = signatory_verb_alternation()
    return re.compile(r"(?P<who>[^,;:()]+?)[ \u00a0]+(?:(?:have|has|had|jointly|formally|also|"
                      r"instead)[ \u00a0]+)*(?:" + verbs + r")[ \u00a0]+(?:[a-z\d]+[ \u00a0]+)"
                      r"{0,3}$")


@cache
def _signing_verb_regex() -> re.Pattern[str]:
    """A signing verb and the space after it: every match of ``_signing_subject_regex`` holds
    one within the same bounds, and it is far cheaper to look for (the full regex tries its
    lazy subject from every position)."""
    return re.compile(r"(?:" + signatory_verb_alternation() + r")[ \u00a0]")


def signing_subject(view: str, lo: int, pos: int) -> tuple[int, int] | None:
    """The subject of the signing verb right before the agreement at ``pos`` ("In 2024, the
    Ohio National Guard and Chile's Army signed a memorandum": "the Ohio National Guard and
    Chile's Army"), within its clause from ``lo`` and after its last comma."""
    if _signing_verb_regex().search(view, lo, pos) is None:
        return None  # no signing verb, no subject of one
    # no match holds a comma, semicolon, colon or bracket: none starts before the last of them
    # (and the regex, tried from every position before it, would fail there slowly)
    lo = max(lo, *(view.rfind(mark, lo, pos) + 1 for mark in ",;:()"))
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
    spans = [(a, b) for a, b, _ in bodies] + organization_spans(text)
    named |= {c.iso3 for c in starting_in(countries, lo, hi) if c.end <= hi
              and not any(lo + a <= c.start < lo + b for a, b in spans)
              and not located(view, c.start)}
    if us_agency_in(view, lo, hi):
        named.add("USA")
    if len(named) == 1 and bodies:
        # "the Ministry of Defense and the Montana National Guard signed": the Guard and a
        # body whose state goes unsaid (the document's partner: ``bilateral_parties``), or the
        # partner named after "with" (the caller's)
        return tuple(named)
    return tuple(sorted(named)) if len(named) >= 2 else None


WITH_BEFORE = re.compile(r"\bwith[ \u00a0]+(?:the[ \u00a0]+)?$")  # "with (the)" right before


def _partners_after_with(view: str, countries: Sequence[CountryFact], lo: int, hi: int
                         ) -> list[str]:
    """The states named right after "with" in ``view[lo:hi]`` ("signed a memorandum with the
    Kyrgyz Republic")."""
    return sorted({c.iso3 for c in starting_in(countries, lo, hi) if c.end <= hi
                   and WITH_BEFORE.search(view, max(lo, c.start - 10), c.start)})


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
    phrases = phrase_trie(vocabulary()["backing_phrases"], not_after=None)
    return re.compile(r"\b" + phrases + r"(?:[ \u00a0]+(?:the|a|an|its|their|this|that|"
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
    found = {c.iso3 for c in starting_in(countries, pos, pos + 1)}
    found.update(iso3 for a, _, iso3 in capitals_in(view[pos:pos + 40]) if a == 0)
    return found


# what stands before a party that signs: "with the", "between the", "and the", "by"
_PARTY_LINK = re.compile(r"\b(?:with|between|and|by)[ \u00a0]+(?:the[ \u00a0]+)?$")


# a clause after a semicolon whose subject is a pronoun, after a time phrase if any
_SEMICOLON_PRONOUN = re.compile(r";\s+(?:(?:in|on|since|by|from|after)\s+[^,;]{1,30}?\s+)?"
                                r"(?:it|its|they|their)\s")


def _pronoun_guard(view: str, s_start: int, pos: int) -> list[tuple[int, int, str]]:
    """The guard a pronoun subject stands for ("The Ohio National Guard has partnered with
    Serbia since 2005, and its partnership with Angola began in 2017", "...; in 2011 it also
    established a partnership with Haiti"): the one guard its sentence names before the
    clause, when a comma-"and" or a semicolon and "it"/"its" open the clause."""
    opener = None
    for m in PRONOUN_CLAUSE.finditer(view, s_start, pos):
        opener = m
    for m in _SEMICOLON_PRONOUN.finditer(view, opener.end() if opener else s_start, pos):
        opener = m  # "...; in 2011 it also established a partnership with Haiti"
    if opener is None:
        return []
    found = find_guards(view[s_start:opener.start()])
    return [(s_start + a, s_start + b, name) for a, b, name in found] if len(found) == 1 else []


def _relative_guards(view: str, c_end: int) -> list[tuple[int, int, str]]:
    """The guards a prepositional relative clause right after a pairing mention's clause
    names ("the State Partnership Program, through which the Utah National Guard and Morocco's
    forces have trained since 2003"), up to the sentence's end."""
    if _PREPOSITIONAL_RELATIVE.match(view[c_end:c_end + 20]) is None:
        return []
    stop = _sentence_end(view, c_end)
    relative = SENTENCE_STOP.split(view[c_end:stop], maxsplit=1)[0]
    return [(c_end + a, c_end + b, name) for a, b, name in find_guards(relative)]


SENTENCE_STOP = re.compile(r"[.;](?:\s|$)")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?\n][\"”’]?\s*)$")


@cache
def _relative_opening_regex() -> re.Pattern[str]:
    pronouns = "|".join(map(re.escape, party_rules()["relative_pronouns"]))
    return re.compile(r"\s*,\s*(?:" + pronouns + r")\b")


def _antecedent_guard(view: str, c_start: int) -> list[tuple[int, int, str]]:
    """The guard a relative clause is said of, when the clause opens with a comma and a
    relative pronoun right after a guard's name ("The Kansas National Guard, which has been
    paired with Armenia through the State Partnership Program since 2003, ...")."""
    if _relative_opening_regex().match(view, c_start) is None:
        return []
    lo = max(0, c_start - 80)
    guards = [(lo + a, lo + b, name) for a, b, name in find_guards(view[lo:c_start])
              if not view[lo + b:c_start].strip()][-1:]
    if guards:
        return guards
    # a U.S. state alone opening its sentence stands for its Guard ("Colorado, which has also
    # partnered with Slovenia for three decades, ...")
    return [(lo + a, lo + b, name) for a, b, name in find_bare_states(view[lo:c_start])
            if not view[lo + b:c_start].strip()
            and _SENTENCE_OPENING.search(view[max(0, lo + a - 3):lo + a]) is not None][-1:]


def _bare_states(view: str, countries: Sequence[CountryFact], c_start: int, clause_text: str,
                 regions: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The U.S. states a pairing's clause names alone, as parties ("Alaska and Mongolia have been
    partners under the State Partnership Program"), when it names no guard: not a place where
    something happens ("exercises in Alaska"), not inside a country's name, not an item of the
    program's reach ("units from all 50 states, three territories and the District of
    Columbia")."""
    out = []
    for a, b, name in find_bare_states(clause_text):
        at = c_start + a
        if (any(lo <= at < hi for lo, hi in regions) and not located(view, at)
                and not any(c.start <= at < c.end for c in countries)
                and _COUNTED_STATES_BEFORE.search(view, max(0, at - 60), at) is None):
            out.append((at, c_start + b, name))
    return out


# the program's reach, not a pairing: "links National Guard units from all 50 states, three
# territories and the District of Columbia with more than 100 partner nations", "the 54 U.S.
# states, territories, and the District of Columbia"
_COUNTED_STATES_BEFORE = re.compile(
    r"\b(?:all[ \u00a0]+)?(?:\d+|fifty|fifty-four)[ \u00a0]+(?:U\.S\.[ \u00a0]+)?"
    r"(?:states|territories)\b[^.;]{0,40}$",
    re.IGNORECASE)


@cache
def _relative_subject_regex() -> re.Pattern[str]:
    verbs = "|".join(map(re.escape, vocabulary()["relative_subject_verbs"]))
    # "Mongolia, which borders no NATO state, has been a GPOI partner": the main clause after
    # the relative; "Chile, which suspended its participation in the treaty in 2007, ...": the
    # relative clause itself, its verb right after "which"
    return re.compile(r"[\s,]*(?:(?:which|who)\b[^,;]*,\s*(?:" + verbs + r")\b|"
                      r"(?:which|who)[ \u00a0]+(?:(?:also|later|first|formally)[ \u00a0]+)?"
                      r"(?:[a-z]+ed|" + verbs + r")\b|(?:" + verbs + r")\b)")


def _known_name_holds(name: str, written: str) -> bool:
    """Is ``written`` (a state's mention inside an agreement's mention) part of the agreement's
    known canonical name ("Djibouti" of the "Djibouti Code of Conduct")?"""
    entry = entry_for(name)
    return entry is not None and written in entry.name


@cache
def _participation_regex() -> re.Pattern[str]:
    phrases = "|".join(re.escape(p) for p in vocabulary()["participation_phrases"])
    return re.compile(rf"\s+(?:\w+\s+){{0,4}}?(?:{phrases})\s+(?:the\s+)?", re.IGNORECASE)


def _participant_before(view: str, countries: Sequence[CountryFact], lo: int, pos: int
                        ) -> str | None:
    """The state right before ``pos`` (from ``lo``) that takes part in the agreement there
    ("Oman is also an active participant in the U.S.-GCC Strategic Partnership"), if any."""
    before = [c for c in countries if lo <= c.start and c.end <= pos]
    if not before:
        return None
    last = before[-1]
    if _participation_regex().fullmatch(view, last.end, pos) is None:
        return None
    return last.iso3


def prefix_parties(view: str, fact: AgreementFact, countries: Sequence[CountryFact]
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
    agreement's clause goes on with their verb, or is that relative clause ("Chile, which
    suspended its participation in the treaty in 2007, ..."), also after a semicolon ("...;
    and Kazakhstan and Uzbekistan, which concluded a treaty in 2021, ...")."""
    if _relative_subject_regex().match(view[c_start:c_start + 120]) is None:
        return set()
    semicolon = view.rfind(";", s_start, c_start)  # or the clause after a semicolon opens
    for lo in (s_start, semicolon + 1) if semicolon >= 0 else (s_start,):  # with them
        leading, pos = _leading_states(view, countries, lo, c_start)
        if not leading:  # or the capitals that stand for them ("Dushanbe and Tashkent, which
            leading, pos = _leading_capitals(view, lo, c_start)  # signed a treaty in 2022")
        if leading and _RELATIVE_AFTER_SUBJECT.match(view[pos:pos + 12]):
            return set(leading) - {"USA"}
    return set()


def _joining_antecedent(view: str, countries: Sequence[CountryFact], c_start: int,
                        fact: AgreementFact) -> set[str]:
    """The state right before a relative clause that says it joined or signed the agreement
    ("praised Kazakhstan, which joined the Treaty on the Non-Proliferation of Nuclear Weapons
    in February 1994": Kazakhstan), wherever that state stands in its sentence."""
    verb = _joining_relative_regex().match(view, c_start, fact.start)
    if verb is None or _MENTION_OPENING.fullmatch(view, verb.end(), fact.start) is None:
        return set()
    return {c.iso3 for c in countries if c.end <= c_start
            and _COMMA_GAP.fullmatch(view, c.end, c_start) is not None} - {"USA"}


_COMMA_GAP = re.compile(r"[ \u00a0]*")  # (the clause opens with its comma)
# what may stand between the verb and the mention: "the", an owner ("NATO's")
_MENTION_OPENING = re.compile(r"[ \u00a0]+(?:to[ \u00a0]+)?(?:(?:the|an?|its)[ \u00a0]+)?"
                              r"(?:[A-Z][\w-]*['’]s[ \u00a0]+)?")


@cache
def _joining_relative_regex() -> re.Pattern[str]:
    """", which joined", ", which has signed", ", which acceded to": a relative clause whose verb
    is a joining or signing one (``joining_relative_verbs``)."""
    verbs = "|".join(map(re.escape, party_rules()["joining_relative_verbs"]["words"]))
    return re.compile(r",[ \u00a0]+which[ \u00a0]+(?:(?:has|had|later|also)[ \u00a0]+)*"
                      rf"(?:{verbs})\b")


def _leading_capitals(view: str, lo: int, hi: int) -> tuple[list[str], int]:
    """The capitals named one after another from ``lo`` (as ``_leading_states`` reads states),
    as the states they stand for, and where the last of them ends."""
    return _leading_run(view, ((lo + a, lo + b, iso3) for a, b, iso3 in capitals_in(view[lo:hi])),
                        lo)


def _named_in(view: str, countries: Sequence[CountryFact], lo: int, hi: int,
              skip: Sequence[tuple[int, int]] = ()) -> set[str]:
    """The states named in ``view[lo:hi]`` as parties (a place something happens in is
    not one, nor one inside a span of ``skip``, an armed group's name), groupings resolved to
    their members."""
    return _mentioned_parties(view, countries, lo, hi, skip) | _named_otherwise(view, lo, hi)


def _named_otherwise(view: str, lo: int, hi: int) -> set[str]:
    """The states of ``_named_in`` that capitals and groupings name."""
    named: set[str] = set()
    guards = find_guards(view[lo:hi])
    named.update(iso3 for a, _, iso3 in capitals_in(view[lo:hi])
                 if not located(view, lo + a) and not any(ga <= a < gb for ga, gb, _ in guards))
    for g in group_mentions(view[lo:hi]):
        if not located(view, lo + g.start):
            named.update(g.members)
    return named


def _mentioned_parties(view: str, countries: Sequence[CountryFact], lo: int, hi: int,
                       skip: Sequence[tuple[int, int]] = ()) -> set[str]:
    """The states of ``_named_in`` that country mentions name (not capitals, not groupings)."""
    return {c.iso3 for c in starting_in(countries, lo, hi + 1) if c.end <= hi
            and not located(view, c.start) and not mediator_at(view, c.start)
            and not bystander_at(view, c.start)
            and not any(a <= c.start < b for a, b in skip)}


def _names_a_partner(view: str, countries: Sequence[CountryFact], lo: int, hi: int) -> bool:
    """Does ``_named_in`` name a state other than the United States? Asked first of the
    country mentions, whose answer most often settles it."""
    return bool(_mentioned_parties(view, countries, lo, hi) - {"USA"}
                or _named_otherwise(view, lo, hi) - {"USA"})


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
    partner are it and the United States. A count of three or more with no antecedent in the
    paragraph stands for the grouping of as many members the document names before it
    (``_counted_grouping``), unless a partitive names some of them ("Four of the five ...")."""
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
    used = -1  # the earlier sentence that named them
    for i, (lo, hi) in enumerate(earlier):
        if found - {"USA"}:
            break  # the author alone ("The United States recognized all three") names no one
        found = _named_in(view, countries, lo, hi) | found
        used = i
    if count == 2 and len(found - {"USA"}) == 1 and 0 <= used < len(earlier) - 1:
        # "Malawi received ... Zambia has kept a battalion ... Both countries are partners":
        # two sentences in a row, each opening with one partner
        found |= _partner_before(view, countries, earlier[used], earlier[used + 1])
    if not found - {"USA"} and count == 2 and subject is not None:
        found = {subject}
    if count == 2 and len(found - {"USA"}) == 1:
        found |= {"USA"}
    if count not in (None, 2) and len(found) > count and len(found - {"USA"}) == count:
        found -= {"USA"}  # "the three states": the partners, not the author beside them
    if count == 2 and subject is not None and len(found) > 2 and {subject, "USA"} <= found:
        return {subject, "USA"}  # "the two sides" in a text about one partner: it and the U.S.
    if count is not None and len(found) > count:
        return set()  # which of them? the document's subject decides (``bilateral_parties``)
    if (count is not None and count > 2 and not found - {"USA"}
            and _subset_before_regex().search(view, max(0, at - 24), at) is None):
        # "All five states are parties to ...": the grouping of five the document names, or
        # the five states it lists
        return _counted_grouping(view, count, at) or _listed_states(view, countries, count, at)
    if (count is not None and count > 2 and 0 < len(found - {"USA"}) < count
            and _subset_before_regex().search(view, max(0, at - 24), at) is None):
        # "... to Kazakhstan, the Kyrgyz Republic, and Tajikistan. All five states ...": too
        # few named before; the grouping of five the document names that holds them
        grouping = _counted_grouping(view, count, at) or _listed_states(
            view, countries, count, at)  # "... Côte d'Ivoire has asked to join. All three
        # countries are members of the Accra Initiative": the three the document lists
        if grouping and (found - {"USA"}) <= grouping:
            return grouping
        if len(found | {"USA"}) < count:  # "Afghan opiates ... all six countries": too few
            return set()  # to be the six, even with the author ("the three leaders" may be)
    return found


def _partner_before(view: str, countries: Sequence[CountryFact], named_in: tuple[int, int],
                    before: tuple[int, int]) -> set[str]:
    """The one state the sentence ``before`` opens with, when the sentence after it
    (``named_in``) opens with one other state, for "both countries" after them; else none."""
    this = [c for c in _opening_subjects(view, countries, *named_in) if c != "USA"]
    other = [c for c in _opening_subjects(view, countries, *before) if c != "USA"]
    if len(this) == 1 and len(other) == 1 and other != this:
        return set(other)
    return set()


@cache
def _subset_before_regex() -> re.Pattern[str]:
    """A partitive that names some of a counted group ("Four of the five countries", "two of
    the three"), not one that names all of them (``whole_partitives``: "each of the three")."""
    whole = "|".join(map(re.escape, party_rules()["whole_partitives"]))
    return re.compile(r"(?<![\w-])(?!(?:" + whole + r")[ \u00a0])[\w-]+[ \u00a0]+of[ \u00a0]+$",
                      re.IGNORECASE)


def _counted_grouping(view: str, count: int, at: int) -> set[str]:
    """The members of the grouping the document names before ``at`` that has ``count``
    members ("The five Central Asian states ..." then "All five states are parties to the
    NPT"; "the C5+1" then "the six countries"): what a count reference with no antecedent in
    its paragraph stands for. Nothing when no grouping, or several, have as many members."""
    found = {m.members for m in group_mentions(view) if m.start < at and len(m.members) == count}
    if not found:  # "the Treaty on a Nuclear-Weapon-Free Zone in Central Asia that the five
        found = _region_just_named(view, count, at)  # states signed": the region's members
    return set(found.pop()) if len(found) == 1 else set()


_LIST_JOINT = re.compile(r",?[ \u00a0]*(?:(?:and|or)[ \u00a0]+)?(?:the[ \u00a0]+)?")


def _listed_states(view: str, countries: Sequence[CountryFact], count: int, at: int
                   ) -> set[str]:
    """The states of the lists of ``count`` states ("Armenia, Azerbaijan, and Georgia") the
    document writes before ``at``, when every such list names the same states: what a count
    reference with no antecedent in its paragraph stands for ("All three countries have been
    members of the Partnership for Peace since 1994" in a later section). Nothing when no
    list, or lists of different states, have as many; nothing for a count of places
    ("embassies in all five capitals") or one its own sentence lists ("the five nuclear-weapon
    states recognized by the NPT – China, France, ...")."""
    if view.endswith(("in ", "in\u00a0"), 0, at):
        return set()
    sentence_end = view.find(". ", at)
    if len(_named_in(view, countries, at, len(view) if sentence_end < 0 else sentence_end)
           ) >= count:
        return set()
    lists: set[frozenset[str]] = set()
    run: list[CountryFact] = []
    for country in sorted((c for c in countries if c.end <= at), key=lambda c: c.start):
        if run and _LIST_JOINT.fullmatch(view, run[-1].end, country.start) is None:
            lists.add(frozenset(c.iso3 for c in run if c.iso3 != "USA"))
            run = []
        run.append(country)
    if run:
        lists.add(frozenset(c.iso3 for c in run if c.iso3 != "USA"))
    counted = {members for members in lists if len(members) == count}
    return set(counted.pop()) if len(counted) == 1 else set()


def _region_just_named(view: str, count: int, at: int) -> set[tuple[str, ...]]:
    """The member lists of the groupings with ``count`` members that a region's name or
    adjective names in the sentence right before ``at``, in the 150 characters before it ("the
    Treaty on a Nuclear-Weapon-Free Zone in Central Asia that the five states signed", "the
    Visegrad defence ministers met, and the four countries agreed ...")."""
    lo = max(0, at - 150)
    for brk in (". ", ".\u00a0", "\n"):
        found_at = view.rfind(brk, lo, at)
        lo = max(lo, found_at + len(brk)) if found_at >= 0 else lo
    return {members for _, members in grouping_forms_in(view, lo, at) if len(members) == count}


@cache
def _us_backing_regex() -> re.Pattern[str]:
    rules = party_rules()
    subjects = phrase_trie(rules["united_states_subjects"], ignore_case=True, not_after=None)
    fillers = phrase_trie(rules["subject_fillers"], not_after=None)
    verbs = phrase_trie(rules["third_party_backing_verbs"], not_after=None)
    return re.compile(r"[\s\u2022*-]*(?i:" + subjects + r")[ \u00a0]+(?:(?:" + fillers
                      + r")[ \u00a0]+){0,3}(?:" + verbs + r")\b[^;]*$")


@cache
def _us_backing_relative_regex() -> re.Pattern[str]:
    rules = party_rules()
    subjects = phrase_trie(rules["united_states_subjects"], ignore_case=True, not_after=None)
    fillers = phrase_trie(rules["subject_fillers"], not_after=None)
    verbs = phrase_trie(rules["third_party_backing_verbs"], not_after=None)
    return re.compile(r"(?:[ \u00a0]*\([^()]*\))?[ \u00a0]*,[ \u00a0]*(?:which|that)[ \u00a0]+(?i:"
                      + subjects + r")[ \u00a0]+(?:(?:" + fillers + r")[ \u00a0]+){0,3}(?:"
                      + verbs + r")\b")


def without_united_states_backer(view: str, fact: AgreementFact, sentence: tuple[int, int],
                                 parties: tuple[str, ...]) -> tuple[str, ...]:
    """An agreement between other states that the United States, as its sentence's subject,
    backs ("The United States commended Peru's implementation of the Andes Accord with
    Bolivia", "Washington welcomes the ceasefire agreement between Chad and Sudan"): the
    United States is no party of it; so when a relative clause right after its name says so
    ("the Sulu Sea Arrangement, which the United States supports with training"). Only when
    two other parties, one of them a state, are its parties ("Washington welcomed Mongolia's
    programme with NATO"), it is no
    U.S. programme ("has supported Chad and Niger through the Trans-Sahara Counterterrorism
    Partnership"), and its partners are not the subject's, after "with" ("welcomed the
    framework with Japan and Korea"; but "Peru's ... Accord with Bolivia" is Peru's), and its
    sentence names the United States only as the subject."""
    others = [p for p in parties if p != "USA" and not p.endswith(" National Guard")]
    if "USA" not in parties or len(others) < 2 or not any(is_iso3(p) for p in others):
        return parties
    s_start, s_end = sentence
    backing = (_us_backing_regex().match(view[s_start:fact.start])
               or _us_backing_relative_regex().match(view, fact.end, s_end))
    if backing is None or "USA" in implicit_parties(fact.name):
        return parties
    if len(_us_named_regex().findall(view, s_start, s_end)) > 1:
        return parties  # "supports the format that brings together Greece and the United States"
    possessed = _POSSESSOR.search(view, s_start, fact.start)
    if _WITH_AFTER.match(view, fact.end) is not None and possessed is None:
        return parties
    return tuple(p for p in parties if p != "USA")


@cache
def _state_body_acronym_regex() -> re.Pattern[str]:
    """A state's own body (a head of ``partner_body_heads``, the bodies a partner state signs
    through, or of ``state_force_heads``: "Army", "Navy", "Defence Force") named in full before
    the acronym the text gives it: "the Mongolian Armed Forces (MAF)", "Tanzania People's
    Defence Force (TPDF)"."""
    rules = party_rules()
    heads = phrase_trie([*rules["partner_body_heads"], *rules["state_force_heads"]],
                        not_after=None)
    owner = r"(?:[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?(?:[A-Z][\w’'-]*[ \u00a0]*){1,4})?"
    return re.compile(r"(?:[A-Z][\w’'-]*[ \u00a0]+(?:(?:of|the|and)[ \u00a0]+)*){0,5}" + heads
                      + owner + r"[ \u00a0]*\((?P<acronym>[A-Z][A-Za-z]{1,7})\)")


def state_body_acronyms(view: str, countries: Sequence[CountryFact]) -> dict[str, str]:
    """The acronyms the text defines for a state's own forces or ministry, each with that
    state ("the Mongolian Armed Forces (MAF)": {"MAF": "MNG"}): named as a party ("signed by
    U.S. Army Pacific and the MAF General Staff"), the acronym is the state. An acronym two
    states' bodies share is none's, and an insurgent army's ("the Revolutionary Armed Forces of
    Colombia (FARC)": ``insurgent_words``) is no state's.

    >>> from pipeline.facts import CountryFact
    >>> s = "the Mongolian Armed Forces (MAF) and the Army of Chile (ACh)"
    >>> m, c = s.index("Mongolian"), s.index("Chile")
    >>> state_body_acronyms(s, [CountryFact(m, m + 9, "MNG", "Mongolia"),
    ...                         CountryFact(c, c + 5, "CHL", "Chile")])
    {'MAF': 'MNG', 'ACh': 'CHL'}
    """
    if "(" not in view:
        return {}
    found: dict[str, set[str]] = {}
    insurgent = vocabulary()["insurgent_words"]
    for m in _state_body_acronym_regex().finditer(view):
        if any(w in m.group(0) for w in insurgent):
            continue  # "the Revolutionary Armed Forces of Colombia (FARC)": no state's own
        states = {c.iso3 for c in countries if m.start() <= c.start and c.end <= m.start(
            "acronym") and c.iso3 != "USA"}
        if len(states) == 1:
            found.setdefault(m["acronym"], set()).update(states)
    return {acronym: next(iter(states)) for acronym, states in found.items()
            if len(states) == 1}


def without_excluded_parties(fact: AgreementFact, parties: tuple[str, ...], clause_text: str
                             ) -> tuple[str, ...]:
    """``parties`` without those the agreement's known name excludes (``excluded_parties``:
    the United States of NATO's and the European Union's programmes and of the regions' own
    codes of conduct), read last, after the readings that give a one-partner agreement the
    United States; unless the clause speaks as "we" ("we partner ... via PfP").

    >>> fact = AgreementFact(0, 23, "Yaoundé Code of Conduct", "agreement")
    >>> without_excluded_parties(fact, ("NGA", "USA"), "Nigeria signed the Yaoundé Code")
    ('NGA',)
    """
    excluded = excluded_parties(fact.name)
    if not excluded or has_first_person(clause_text):
        return parties
    return tuple(p for p in parties if p not in excluded)


def without_united_states_mediator(fact: AgreementFact, parties: tuple[str, ...]
                                   ) -> tuple[str, ...]:
    """A generic mention made only of ``conflict_instrument_modifiers`` and its head ("a
    durable peace agreement" but for its adjectives, "the ceasefire agreement", "a border
    delimitation agreement") settles a conflict or a frontier between other states: the
    United States its clause names ("U.S. officials encourage both governments to reach a
    peace agreement") backs or mediates it, and is no party.

    >>> f = AgreementFact(0, 15, "peace agreement", "agreement")
    >>> without_united_states_mediator(f, ("ARM", "AZE", "USA"))
    ('ARM', 'AZE')
    >>> g = AgreementFact(0, 26, "border security agreement", "agreement")
    >>> without_united_states_mediator(g, ("TJK", "USA"))
    ('TJK', 'USA')
    """
    # a named settlement ("the Comprehensive Peace Agreement", "the Armistice Agreement") is
    # the same, but for the treaties of peace and friendship the United States concluded
    if ("USA" not in parties or not is_settlement(fact)
            or _US_TREATY_OF_PEACE.search(fact.name) is not None):
        return parties
    return tuple(p for p in parties if p != "USA")


def is_settlement(fact: AgreementFact) -> bool:
    """Does the mention settle a conflict or a frontier: a generic one made only of
    ``conflict_instrument_modifiers`` and its head ("the ceasefire agreement"), or a named
    settlement ("the Comprehensive Peace Agreement")?"""
    if not is_generic(fact.name):
        return (_NAMED_SETTLEMENT.search(fact.name) is not None
                and fact.kind not in vocabulary()["programme_kinds"])
    modifiers = fact.name.split()[:-1]
    return bool(modifiers) and set(modifiers) <= set(vocabulary()["conflict_instrument_modifiers"])


def with_dashed_belligerents(view: str, countries: Sequence[CountryFact], fact: AgreementFact,
                             parties: tuple[str, ...], lo: int, hi: int) -> tuple[str, ...]:
    """A settlement (``is_settlement``) that names fewer than two states is between the two a
    dashed pair of its sentence (``view[lo:hi]``) names ("a ceasefire agreement concluded on
    September 16, 2022, has held along the Kyrgyz–Tajik border": the Kyrgyz Republic and
    Tajikistan), when the sentence has one such pair and the parties are among its states."""
    states = {p for p in parties if is_iso3(p) and p != "USA"}
    if len(states) >= 2 or not is_settlement(fact):
        return parties
    named = starting_in(countries, lo, hi)
    pairs = {(a.iso3, b.iso3) for a, b in itertools.pairwise(named)
             if b.start == a.end + 1 and view[a.end] in "-–" and a.iso3 != b.iso3
             and "USA" not in (a.iso3, b.iso3)}
    if len(pairs) != 1:
        return parties
    pair = set(next(iter(pairs)))
    if not states <= pair:
        return parties
    return tuple(sorted({*(p for p in parties if p != "USA"), *pair}))


# (one instrument: a plural title, "the Paris Peace Agreements", is a conference's, which the
# United States signed too)
_NAMED_SETTLEMENT = re.compile(r"\b(?:Peace|Ceasefire|Cease-[Ff]ire|Armistice)[ \u00a0]+"
                               r"(?:Agreement|Accord|Treaty)\b(?!s)"
                               r"|\b(?:Agreement|Accord)[ \u00a0]+(?:for|on)[ \u00a0]+"
                               r"(?:\w+[ \u00a0]+)?Peace\b")
_US_TREATY_OF_PEACE = re.compile(r"\bFriendship\b|\bAmity\b")


@cache
def _us_named_regex() -> re.Pattern[str]:
    subjects = phrase_trie(party_rules()["united_states_subjects"], ignore_case=True,
                           not_after=None)
    return re.compile(r"(?<![\w-])(?i:" + subjects + r")(?![\w])")


_WITH_AFTER = re.compile(r"\s*(?:\([^()]*\)\s*)?with\b")
_POSSESSOR = re.compile(r"[A-Z][\w.-]*(?:['\u2019]s\b|s['\u2019](?=\s))")


@cache
def _between_regex() -> re.Pattern[str]:
    small = phrase_trie(party_rules()["between_list_words"], not_after=None)
    word = r"(?:" + small + r"(?![\w-])|[A-Z][\w.\u2019'\u2013-]*|,)"
    return re.compile(r"[ \u00a0]*(?:\([^()]{1,20}\)[ \u00a0]*)?(?:between|among|amongst)"
                      r"[ \u00a0]+(" + word + r"(?:[ \u00a0]*" + word + r"){0,30})")


def parties_between(view: str, countries: Sequence[CountryFact], fact: AgreementFact,
                    parties: tuple[str, ...]) -> tuple[str, ...]:
    """The states named in a list right after "between" (or "among") that follows an
    agreement's name ("the Mutual Defense Treaty between the United States and the Republic of
    Chile, signed in 1952", "the truce between Chad and Sudan", "a memorandum of understanding
    among Bulgaria, Romania, and Türkiye"): its parties, and no other state of its clause
    ("in Greenland", "the People's Republic of China" later in the sentence). Two or more
    states, else ``parties`` unchanged; its organizations stay."""
    m = _between_regex().match(view, fact.end)
    if m is None:
        return parties
    named = {p for p in _named_in(view, countries, m.start(1), m.end(1)) if is_iso3(p)}
    if len(named) < 2:
        return parties
    return tuple(sorted(named | {p for p in parties if not is_iso3(p)}))


def names_its_people(written: str) -> bool:
    """Is a country mention a demonym in the plural, standing for people ("the relocation of
    Afghans who worked alongside U.S. forces", "training for Ukrainians")? They are not the
    state, and no party of an agreement; the singular is a demonym of the same state.

    >>> names_its_people("Afghans"), names_its_people("Afghan"), names_its_people("Philippines")
    (True, False, False)
    """
    if not written.endswith("s"):
        return False
    plural = lookup_form(written)
    single = lookup_form(written[:-1])
    return (plural is not None and single is not None and plural.kind == single.kind == "demonym"
            and plural.iso3 == single.iso3)


@cache
def _paired_organization_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    forms = {f: name for name, written in vocabulary()["organization_parties"].items()
             for f in written}
    alts = phrase_trie(forms, not_after=None)
    dash = r"[-\u2013\u2014]"
    return re.compile(r"(?<![\w-])(?:" + alts + r")(?=" + dash + r"[A-Z])|(?<=[\w.]" + dash
                      + r")(?:" + alts + r")(?![\w-])"), forms


def paired_organizations(written: str) -> set[str]:
    """The organizations an agreement's name pairs with a partner by a dash, anywhere in the
    name ("Substantial NATO-Georgia Package", "EU-Moldova Security Partnership"): parties.
    Not one that only modifies ("NATO-led").

    >>> sorted(paired_organizations("Substantial NATO\u2013Georgia Package"))
    ['NATO']
    >>> paired_organizations("NATO-led Mission Agreement")
    set()
    """
    if "-" not in written and "\u2013" not in written and "\u2014" not in written:
        return set()
    regex, forms = _paired_organization_regex()
    return {forms[m.group(0)] for m in regex.finditer(written)}
