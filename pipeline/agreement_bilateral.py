"""The other party of a bilateral agreement, which ``pipeline.link_agreements`` settles after
the parties its clause names (``pipeline.agreement_parties``).

Where the clause names no partner, a bilateral agreement is with the partner the section's
heading names ("Kenya"), else the document's subject country (a fact sheet about one
country), else, in a regional text, the one partner the nearest earlier sentence names.
A kind the United States concludes with one partner at a time (SOFA, ACSA, access or
transit agreement) naming no partner is, even as a generic mention, with the partner of a
section or document about one; naming one partner, or a list of them after "with", it is
with the United States, except, in a section or document about another
partner, with that partner ("U.S. Security Cooperation With Japan ... a Reciprocal Access
Agreement with the United Kingdom": Japan and the United Kingdom).
A U.S. access-type agreement whose clause names one foreign state only as the place it is used
or by its capital ("operated in Lima under a host-nation agreement") is with that state
(``hosting_state``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from pipeline.agreement_clauses import state_run
from pipeline.agreement_lookups import bystander_at, capitals_in, located, starting_in
from pipeline.agreement_parties import SENTENCE_STOP, WITH_BEFORE, is_iso3
from pipeline.agreements import (
    facility_mentions,
    implicit_parties,
    implies_united_states,
    is_generic,
    is_place,
    is_topic,
    names_a_region,
    section_heading,
    singular,
    vocabulary,
)
from pipeline.country_groups import grouping_names_in
from pipeline.facts import AgreementFact, CountryFact
from pipeline.sections import heading_spans, run_in_label

_OPENING_CHARS = 1500  # where a joint statement says who met
# (a summit hosted: "President Biden hosted the first C5+1 Presidential Summit with ...")
_MEETING_WORDS = re.compile(r"\b(?:met|meeting|convened|gathered|hereinafter|released by"
                            r"|hosted|summit)\b", re.IGNORECASE)


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """Rough sentences of a document's opening: runs ended by a full stop and a space or by
    a blank line (a line wrapped inside a paragraph goes on with its sentence)."""
    spans, lo = [], 0
    for m in re.finditer(r"\.(?=\s)|\n[ \t]*\n", text):
        spans.append((lo, m.end()))
        lo = m.end()
    spans.append((lo, len(text)))
    return spans


def meeting_participants_subject(view: str, s_lo: int, fact_start: int) -> bool:
    """Does the agreement's sentence open with the statement's participants as subject ("The
    Ministers reaffirmed their commitment to the NPT": ``meeting_participants``)?"""
    opening = " ".join(view[s_lo:min(fact_start, s_lo + 40)].split()).lower().lstrip("•*-– ")
    return any(opening.startswith(p + " ") for p in vocabulary()["meeting_participants"])


_YEAR = re.compile(r"(?<![\d])(?:19|20)\d\d(?![\d])")
# a list's joint right after or before a heading's state: "Afghanistan, Basing, and ..."
_LIST_NEIGHBOUR = re.compile(r",|[ \u00a0]+(?:and|&)[ \u00a0]")
_LIST_NEIGHBOUR_BEFORE = re.compile(
    r"(?:,[ \u00a0]+(?:and[ \u00a0]+)?|[ \u00a0](?:and|&)[ \u00a0]+)\Z")
_CAPITALIZED_END = re.compile(r"[A-Z][\w.’'-]*\Z")
_NEXT_ITEM = re.compile(r"[ \u00a0]*(?:and[ \u00a0]+)?(?:the[ \u00a0]+)?(?=[A-Z])")


# "In Uzbekistan, ...", "In the Kyrgyz Republic, ...": a sentence framed by one state
_FRAME_OPENING = re.compile(r"[ \u00a0\t•*–-]*In[ \u00a0]+(?:the[ \u00a0]+)?")


def framing_state(view: str, countries: Sequence[CountryFact], s_lo: int, pos: int
                  ) -> str | None:
    """The one state a sentence opens with as its frame, before ``pos``: "In Uzbekistan, BTRP
    teams operating under the CTR umbrella agreement ...", "In the Kyrgyz Republic, ... the
    Montana National Guard partnership": the partner of the agreements it goes on to name,
    whatever the section or document is about.

    >>> from pipeline.facts import CountryFact
    >>> text = "In Uzbekistan, teams work under the CTR agreement."
    >>> uzbekistan = CountryFact(3, 13, "UZB", "Uzbekistan")
    >>> framing_state(text, [uzbekistan], 0, 35)
    'UZB'
    >>> framing_state("In Uzbekistan and Kazakhstan, ...", [uzbekistan], 0, 30)
    """
    opening = _FRAME_OPENING.match(view, s_lo, pos)
    if opening is None:
        return None
    named = starting_in(countries, opening.start(), opening.end() + 1)
    if len(named) != 1:
        return None
    state = named[0]  # right after "In", its "the" within the mention or not; then a comma
    if (state.iso3 == "USA" or state.start < opening.end() - len("the ")
            or not view.startswith(",", state.end) or state.end >= pos):
        return None
    return state.iso3


class Context:
    """Who a document or a section of it is about: the partner of a bilateral agreement that
    names none. A section heading that names one country ("Kenya") decides within its section;
    else the document's subject (``document_subject``); in a regional text without either, the
    one partner the nearest earlier sentence of the paragraph that names any partner names."""

    def __init__(self, view: str, countries: Sequence[CountryFact], subject: str | None):
        self.view = view
        self.countries = countries
        self.subject = subject
        self.headings = heading_spans(view)
        self._partners_of: dict[tuple[int, int], set[str]] = {}
        self._participants: frozenset[str] | None = None

    def subject_at(self, pos: int, earlier: Sequence[tuple[int, int]] = ()) -> str | None:
        label = self._run_in_country(pos)
        if label is not None:  # "Kyrgyzstan. From 2001 until 2014, ..."
            return label
        heading = section_heading(self.view, pos, self.headings)
        if (heading is not None and not _YEAR.search(self.view, *heading)
                and not names_a_region(self.view[heading[0]:heading[1]])):
            # (not a period's heading: "The Afghanistan Era (2001–2014)" is no partner's; nor
            # one of a region: "Security Assistance to Central Asia After Afghanistan")
            named = self._partners(*heading)
            if len(named) == 1 and not self._listed_topic(*heading):
                return next(iter(named))
        if self.subject is not None:
            return self.subject
        for lo, hi in earlier:
            named = self._partners(lo, hi)
            if named:
                return next(iter(named)) if len(named) == 1 else None
        return None

    def participants(self) -> frozenset[str]:
        """The states whose officials a joint statement says met or speak in it: the states
        of the first sentence of its opening (``_OPENING_CHARS``) that names three or more
        with a meeting word ("The Secretary of State ... and the Ministers of Foreign Affairs
        of Kazakhstan, ..., and Uzbekistan met in Astana"); empty when there is none."""
        if self._participants is None:
            self._participants = frozenset()
            opening = self.view[:_OPENING_CHARS]
            for lo, hi in _sentence_spans(opening):
                if _MEETING_WORDS.search(opening, lo, hi) is None:
                    continue
                named = {c.iso3 for c in starting_in(self.countries, lo, hi)
                         if c.end <= hi and not located(self.view, c.start)}
                named |= grouping_names_in(opening, lo, hi)  # "hosted the C5+1 Summit"
                if len(named) >= 3:
                    self._participants = frozenset(named)
                    break
        return self._participants

    def _run_in_country(self, pos: int) -> str | None:
        """The country whose name alone, with a period or colon, opens the paragraph ``pos``
        is in, as a regional overview runs its sections in ("Kazakhstan. Astana and ...")."""
        label = run_in_label(self.view, pos, ".:")
        if label is None or label[1] > pos:
            return None
        lo, hi = label
        named = [c for c in starting_in(self.countries, lo, hi)
                 if (c.start, c.end) == (lo, hi)
                 or (c.end == hi and self.view[lo:c.start].lower() == "the ")]
        return named[0].iso3 if len(named) == 1 and named[0].iso3 != "USA" else None

    def _listed_topic(self, lo: int, hi: int) -> bool:
        return any(listed_topic(self.view, self.countries, c, lo, hi)
                   for c in starting_in(self.countries, lo, hi) if c.iso3 != "USA")

    def _partners(self, lo: int, hi: int) -> set[str]:
        """The partners named in ``view[lo:hi]`` (a heading or a sentence: asked about once
        for each agreement after it)."""
        if (lo, hi) not in self._partners_of:
            self._partners_of[(lo, hi)] = {
                c.iso3 for c in starting_in(self.countries, lo, hi)
                if c.iso3 != "USA" and not located(self.view, c.start)
                and not bystander_at(self.view, c.start)}
        return self._partners_of[(lo, hi)]


def listed_topic(view: str, countries: Sequence[CountryFact], c: CountryFact, lo: int,
                 hi: int) -> bool:
    """Is the state ``c`` of a heading or title (``view[lo:hi]``) an item of a list of topics
    whose neighbour is no state ("3. Afghanistan, Basing, and the Northern Distribution
    Network", "The Northern Distribution Network and Afghanistan Transit"), not what the
    section or document is about ("The United States and Kazakhstan" is Kazakhstan's)?"""
    after = _LIST_NEIGHBOUR.match(view, c.end, min(hi, c.end + 6))
    if after is not None:  # the next item: capitalized, and no state
        nxt = _NEXT_ITEM.match(view, after.end(), hi)
        if nxt is not None and not any(o.start == nxt.end() for o in countries):
            return True
    before = _LIST_NEIGHBOUR_BEFORE.search(view, max(lo, c.start - 6), c.start)
    if before is not None:  # the item before: capitalized, and no state
        joint = before.start()
        return (_CAPITALIZED_END.search(view, max(lo, joint - 40), joint) is not None
                and not any(o.end == joint for o in countries))
    return False


def hosting_state(context: Context, fact: AgreementFact, lo: int, hi: int) -> str | None:
    """The one foreign state a U.S. access-type agreement's clause (``view[lo:hi]``) names
    only as the place it is used, by its name or its capital ("In Peru, the unit has worked
    under a host-nation agreement since 1983", "a refueling arrangement at Lima's airport"):
    its host, the United States' partner; so is a base it names ("the base became the Transit
    Center at Manas": ``data/host_facilities.tsv``), the only place a transit agreement's
    host is told by (a state it names is where the cargo went). A capital named as the place
    decides over a state named as where operations went ("a refueling arrangement at Ashgabat
    International Airport supported coalition operations in Afghanistan"). None for another
    kind, or none or several."""
    if not _access_type(fact):
        return None
    view = context.view
    cities = {iso3 for start, _, iso3 in [*capitals_in(view[lo:hi]),
                                          *facility_mentions(view[lo:hi])]
              if iso3 != "USA" and not (fact.start - lo <= start < fact.end - lo)
              and not _acting_capital(view, lo + start)}
    if len(cities) == 1:  # "a refueling arrangement at Ashgabat International Airport
        return next(iter(cities))  # supported coalition operations in Afghanistan": the city's
    if "transit" in fact.name.lower():  # a state it names is where the cargo went (an
        return None  # overflight agreement's state is the one flown over: its host)
    places = {c.iso3 for c in starting_in(context.countries, lo, hi)
              if c.iso3 != "USA" and not is_topic(view, c.start)}  # not "cooperation on ..."
    places |= cities
    return next(iter(places)) if len(places) == 1 else None


def _access_type(fact: AgreementFact) -> bool:
    """An access-type instrument: a U.S.-implied kind (``us_implied_kinds``) or a name with a
    ``hosting_phrases`` phrase ("basing agreement", "host-nation agreement")."""
    vocab = vocabulary()
    name = fact.name.lower()
    return (fact.kind in vocab["us_implied_kinds"]
            or any(p in name for p in vocab["hosting_phrases"]))


def foreign_host(context: Context, fact: AgreementFact, lo: int, hi: int,
                 guest: str) -> str | None:
    """The one other state an access-type agreement's clause (``view[lo:hi]``) names only as
    the place another foreign state (``guest``, its one party so far) uses under it ("Russia
    maintains the 201st Military Base in Tajikistan under a 2012 basing agreement", or names
    its capital, "in Dushanbe"): the host, the guest's partner rather than the United States.
    None for another kind, or none or several places."""
    if not _access_type(fact) or "transit" in fact.name.lower():  # cargo goes to a state
        return None
    view = context.view
    named = [c for c in starting_in(context.countries, lo, hi) if c.end <= hi]
    places = {c.iso3 for c in named if c.iso3 not in ("USA", guest) and c.end <= fact.start
              and located(view, c.start) and not is_topic(view, c.start)}
    if not places:  # "Russia keeps its 201st Military Base in Dushanbe ... under a basing
        # agreement": the capital names its state
        places = {iso3 for start, _, iso3 in capitals_in(view[lo:fact.start])
                  if iso3 not in ("USA", guest) and located(view, lo + start)}
    if not places:  # "Russia continues to use the Baikonur Cosmodrome under a lease
        # agreement": the base names its host; "..., paying Kazakhstan $115 million a year":
        # the state paid
        places = {iso3 for _, _, iso3 in facility_mentions(view[lo:hi])
                  if iso3 not in ("USA", guest)}
        stop = SENTENCE_STOP.search(view, fact.end)
        after = starting_in(context.countries, fact.end, stop.start() if stop else len(view))
        places |= {c.iso3 for c in after if c.iso3 not in ("USA", guest)
                   and _PAYING.search(view, max(fact.end, c.start - 12), c.start) is not None}
    if not places and any(c.iso3 == guest and c.start >= fact.end
                          and _presence_after_regex().match(view, c.end) for c in named):
        # "a basing agreement ... extended the Russian presence in Tajikistan until 2042"
        places = {c.iso3 for c in named if c.iso3 not in ("USA", guest)
                  and c.start >= fact.end and located(view, c.start)}
    return next(iter(places)) if len(places) == 1 else None


# the state an access-type agreement's guest pays, later in its sentence: its host ("...,
# paying Kazakhstan $115 million a year")
_PAYING = re.compile(r"\bpa(?:ying|ys|id|y)[ \u00a0]+(?:the[ \u00a0]+)?$")


@cache
def _capital_acting_regex() -> re.Pattern[str]:
    """A capital that opens a clause as the subject of a verb of use (``guest_use_verbs``:
    "Moscow maintains ...", "Moscow operates ..."): a government acting, not a place."""
    verbs = "|".join(map(re.escape, vocabulary()["guest_use_verbs"]))
    return re.compile(r"[A-Z][\w.’'-]*[ \u00a0]+(?:still[ \u00a0]+|also[ \u00a0]+)?(?:"
                      + verbs + r")\b")


def _acting_capital(view: str, pos: int) -> bool:
    """Is the capital at ``pos`` the subject of a verb of use ("Moscow maintains the 201st
    Military Base"): the guest's government, not the place the agreement is used?"""
    return _capital_acting_regex().match(view, pos) is not None


@cache
def _presence_after_regex() -> re.Pattern[str]:
    """The guest's own forces or presence, named after the agreement ("the Russian presence",
    "Russian troops": ``guest_presence_nouns``)."""
    nouns = "|".join(map(re.escape, vocabulary()["guest_presence_nouns"]))
    return re.compile(r"[ \u00a0]+(?:military[ \u00a0]+)?(?:" + nouns + r")\b")


def bilateral_parties(parties: tuple[str, ...], fact: AgreementFact, subject: str | None,
                      sentence: str, settled: str | None = None, document: str | None = None,
                      bare: bool = False) -> tuple[str, ...]:
    """In a document (or a section under a heading) about one partner country
    (``Context.subject_at``), a bilateral agreement whose clause names no partner ("The Mutual
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
    if guards and len(guards) == len(parties):
        # "the pairing with the Nevada National Guard"; "the Ministry of Defense and the
        # Montana National Guard signed a memorandum"
        return tuple(sorted({*parties, subject}))
    if (fact.kind == "sofa" and "NATO" in parties and set(parties) <= {"NATO", "USA"}
            and subject == settled == document):
        # "It supplements the NATO Status of Forces Agreement, which governs U.S. forces in
        # Finland" in a text about Finland: the alliance's SOFA as it binds the partner (21 of
        # 27 held-out mentions with NATO name one state, most of them as the place too)
        return tuple(sorted({*parties, subject}))
    implicit = implicit_parties(fact.name)
    if (parties == (subject,) and not implicit and fact.kind == "partnership"
            and not is_generic(fact.name) and subject == settled == document
            and _JOINING.search(sentence) is None):  # (not "interest in joining the ...")
        # "Hungary has participated in the Visa Waiver Program since 2008", "Georgia's
        # Sustainment and Stability Operations Program" in a text about that partner: a named
        # programme of its only state's is that state's with the United States
        return tuple(sorted({subject, "USA"}))
    if any(p != "USA" for p in parties):
        return parties
    vocab = vocabulary()
    name = fact.name.lower()
    if implicit == ("USA",) and fact.kind == "partnership" and subject == settled == document:
        return tuple(sorted({subject, "USA"}))  # "GPOI has trained ..." in a text about Kenya
    if (not parties and not implicit and fact.kind == "partnership"
            and not is_generic(fact.name) and subject == settled == document):
        # "The Ministers reaffirmed the Defense Technology and Trade Initiative" in a text
        # about India, with no party named anywhere in its sentence: the two countries' own
        return tuple(sorted({subject, "USA"}))
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
                 or any(signal.search(lowered) for signal in _bilateral_signals()))
    return tuple(sorted({subject, "USA"})) if bilateral else parties


_JOINING = re.compile(r"\b(?:join|joins|joined|joining|member|members|membership)\b",
                      re.IGNORECASE)


@cache
def _bilateral_signals() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(r"\b" + re.escape(w) + r"\b")
                 for w in vocabulary()["bilateral_signals"])


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


def with_united_states(parties: tuple[str, ...], fact: AgreementFact,
                       partner: str | None = None) -> tuple[str, ...]:
    """A kind the United States concludes with one partner at a time (a VFA, an EDCA, an ACSA,
    an access agreement, a 123 Agreement: ``implies_united_states``) whose only party is one
    partner state is with the United States, named or not ("the Visiting Forces Agreement,
    signed with the Philippines in 1998"; "a 123 Agreement with Saudi Arabia"). But in a
    document or section about one partner (``partner``: its heading or its subject, never
    the United States), such an agreement with another state is that partner's ("U.S. Security
    Cooperation With Japan ... A Reciprocal Access Agreement with the United Kingdom": Japan
    and the United Kingdom)."""
    if (len(parties) == 1 and parties[0] != "USA" and is_iso3(parties[0])
            and (implies_united_states(fact.name, fact.kind) or _one_partner_kind(fact))):
        other = partner if partner not in (None, "USA", parties[0]) else "USA"
        return tuple(sorted({*parties, other or "USA"}))
    return parties


def with_united_states_each(parties: tuple[str, ...], fact: AgreementFact, written: str,
                            clause: str) -> tuple[str, ...]:
    """A plural mention of a kind the United States concludes one partner at a time
    (``implies_united_states``) whose parties are two or more foreign states is theirs each
    with the United States ("Kyrgyz and Tajik biosecurity work proceeds under implementing
    arrangements", "Qatar and Kuwait host U.S. forces under defense cooperation agreements"),
    unless its ``clause`` says with whom ("Djibouti has concluded separate basing agreements
    with each of these governments").

    >>> f = AgreementFact(0, 26, "implementing arrangement", "agreement")
    >>> with_united_states_each(("KGZ", "TJK"), f, "implementing arrangements", "")
    ('KGZ', 'TJK', 'USA')
    >>> with_united_states_each(("KGZ", "TJK"), f, "implementing arrangement", "")
    ('KGZ', 'TJK')
    >>> with_united_states_each(("DJI", "FRA"), f, "implementing arrangements", "with France")
    ('DJI', 'FRA')
    """
    if (len(parties) >= 2 and all(is_iso3(p) and p != "USA" for p in parties)
            and singular(written) != written and implies_united_states(fact.name, fact.kind)
            and _WITH_OR_BETWEEN.search(clause) is None):
        return tuple(sorted({*parties, "USA"}))
    return parties


_WITH_OR_BETWEEN = re.compile(r"\b(?:with|between)\b", re.IGNORECASE)
WITH_OR_BETWEEN_BEFORE = re.compile(r"\b(?:with|between)[ \u00a0]+(?:the[ \u00a0]+)?$")
# a list of partners after "with", which may repeat it: "with Japan and with the ROK"
_WITH_LIST_SEPARATOR = re.compile(r"(?:[ \u00a0]*,[ \u00a0]*(?:and[ \u00a0]+)?"
                                  r"|[ \u00a0]+and[ \u00a0]+)"
                                  r"(?:with[ \u00a0]+)?(?:[Tt]he[ \u00a0]+)?")


def introduced_by_with(view: str, countries: Sequence[CountryFact], parties: tuple[str, ...],
                       lo: int, hi: int) -> bool:
    """Is an agreement's one party named after "with" in its clause ("a Reciprocal Access
    Agreement with the United Kingdom"), rather than as the one who concluded it ("Sweden
    concluded a DCA")?"""
    return any(c.iso3 in parties
               and WITH_OR_BETWEEN_BEFORE.search(view, max(0, c.start - 20), c.start) is not None
               for c in starting_in(countries, lo, hi))


def listed_after_with(view: str, countries: Sequence[CountryFact], parties: tuple[str, ...],
                      lo: int, hi: int) -> bool:
    """Are an agreement's parties two or more foreign states listed one after another after
    "with" in its clause and nothing else ("transit agreements concluded with Kazakhstan,
    Tajikistan, and Uzbekistan")? Of a kind the United States concludes with one partner at a
    time, those are its partners, each with the United States."""
    if len(parties) < 2 or not all(is_iso3(p) and p != "USA" for p in parties):
        return False
    for c in starting_in(countries, lo, hi):
        if WITH_BEFORE.search(view, max(0, c.start - 20), c.start) is not None:
            listed, _ = state_run(view, countries, c.start, _WITH_LIST_SEPARATOR)
            return set(listed) == set(parties)
    return False


def _one_partner_kind(fact: AgreementFact) -> bool:
    """A named treaty, agreement, charter or memorandum (``one_partner_kinds``), or a
    programme or initiative named for the state it serves and of no one else's (no
    ``implicit_parties``: "the Georgia Defense Readiness Program"), whose only party is one
    foreign state is with the United States in this genre ("The MOU with Chile was signed in
    2015"), unless it is multilateral
    (``multilateral_words``) or of a kind concluded among others (``one_partner_exempt_words``:
    a regional code of conduct, a peace accord with an armed group)."""
    vocab = vocabulary()
    name = fact.name.lower()
    programme = (fact.kind == "partnership" and _PROGRAMME_HEAD.search(name) is not None
                 and not implicit_parties(fact.name)
                 and is_place(fact.name.split(" ", 1)[0]))  # "Georgia Defense Readiness Program"
    return ((fact.kind in vocab["one_partner_kinds"] or programme)
            and not any(w in name for w in vocab["multilateral_words"])
            and not any(w in name for w in vocab["one_partner_exempt_words"]))


_PROGRAMME_HEAD = re.compile(r"\b(?:program|programme|initiative)s?$")
