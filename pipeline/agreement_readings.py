"""Readings of a sentence that settle who is a party of an agreement it names, applied after
``pipeline.agreement_parties`` (round 16, issue #3). Each is a rule of English a careful analyst
applies, whatever the document's subject; the first that fires decides
(``read_parties``); none fires, the parties stay as found. Words: data/agreement_readings.json.

- accession: "Kazakhstan acceded to the NPT", "Ukraine's accession to the treaty", "Bucharest
  acceded to the North Atlantic Treaty": the acceding state (with the treaty's organization),
  not the United States nor the other states of the sentence;
- urging: "the United States pressed Accra and Lomé to finish a maritime accord", "keeps
  calling on Moscow to honor the truce", "stands ready to help Baku and Yerevan conclude a
  peace treaty": whoever urges or helps is no party unless also named in what is urged;
- signers: "Uganda, Tanzania, and Rwanda signed the Pact ...", "the pact that Kenya concluded
  with Ethiopia", "Tanzania signed a comparable accord with the United States", "Accra and the
  African Union concluded a memorandum": the states, capitals and organizations the signing
  verb's subject lists, and those after "with"; a subject list joins the state before its
  ", together with" ("The United States, together with China and France, signed ...");
- a base: "Russia maintains its base in Tajikistan under a 2012 agreement": the state whose base
  it is and the state it stands in, and so for a basing agreement in a sentence that names
  another state's base ("Russia's 201st Military Base ... in Tajikistan"); "a basing agreement
  with Moscow" in a text about one partner that does not name the United States in the
  sentence: that partner and Moscow.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any, Final, NamedTuple

from pipeline.agreement_lookups import capitals_in, located, starting_in
from pipeline.agreement_parties import is_iso3, us_agency_in
from pipeline.agreement_tries import WORD_OR_HYPHEN, phrase_trie
from pipeline.agreements import find_guards, has_first_person, vocabulary
from pipeline.facts import AgreementFact, CountryFact

READINGS_PATH: Final = Path(__file__).parent / "data" / "agreement_readings.json"
_SPACE = r"[ \u00a0]+"
_AND = re.compile(r"\band\b")
_LOWER_WORD_AFTER = re.compile(r"[ \u00a0]+([a-z][\w-]*)")
_LIST_GAP = re.compile(r"(?:[ \u00a0,]|\band\b|\bthe\b|\bThe\b)*")


class Token(NamedTuple):
    """A party named in the text: a state, a capital standing for it, or an organization."""

    start: int
    end: int
    party: str


class Reading(NamedTuple):
    rule: str
    parties: tuple[str, ...]


# The parties its sentence names (``tokens_in``), found when a reading first asks for them: most
# readings turn a sentence away before they need them.
Tokens = Callable[[], Sequence[Token]]


@cache
def readings() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(READINGS_PATH.read_text(encoding="utf-8"))
    return data


@cache
def _auxiliaries() -> re.Pattern[str]:
    """The words between a subject and its signing verb ("have jointly", "each"), read back
    from the verb."""
    words = _alternation(readings()["subject_auxiliaries"])
    return re.compile(r"(?:[ \u00a0]+(?:" + words + r"))*[ \u00a0]+$")


def _alternation(words: Sequence[str], ignore_case: bool = False,
                 not_after: str | None = None) -> str:
    """The alternation of ``words``, longest first, a space in them standing for any run of
    spaces, as a trie (``phrase_trie``: the same matches, found faster); ``not_after``: what
    may not stand right before the word (as in ``phrase_trie``)."""
    return phrase_trie(words, ignore_case, not_after).replace(r"\ ", _SPACE)


@cache
def _organization_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    forms = {form: name for name, written in vocabulary()["organization_parties"].items()
             for form in written if form[:1].isupper()}
    return re.compile(_alternation(list(forms), not_after=WORD_OR_HYPHEN) + r"(?![\w-])"), forms


def tokens_in(view: str, countries: Sequence[CountryFact], lo: int, hi: int) -> list[Token]:
    """The parties named in ``view[lo:hi]``, in text order: states and capitals that are not a
    place something happens in, and organizations. ``countries`` are in text order (found by
    bisection, ``starting_in``)."""
    found = [Token(c.start, c.end, c.iso3) for c in starting_in(countries, lo, hi)
             if c.end <= hi and not located(view, c.start)]
    taken = [(t.start, t.end) for t in found]
    for a, b, iso3 in capitals_in(view[lo:hi]):
        if not located(view, lo + a) and not any(s <= lo + a < e for s, e in taken):
            found.append(Token(lo + a, lo + b, iso3))
    regex, forms = _organization_regex()
    for m in regex.finditer(view, lo, hi):
        if not any(s <= m.start() < e for s, e in taken):
            found.append(Token(m.start(), m.end(), forms[m.group(0)]))
    return sorted(found)


def list_before(view: str, tokens: Sequence[Token], pos: int) -> list[Token]:
    """The parties listed right before ``pos`` ("the Kyrgyz Republic, Tajikistan, and
    Uzbekistan" before " signed"): the last token that only list words separate from ``pos``,
    and the ones listed before it."""
    out: list[Token] = []
    joined = False  # a list has one "and"; a second opens another clause ("with Togo, and Benin")
    for t in sorted((t for t in tokens if t.end <= pos), reverse=True):
        if _LIST_GAP.fullmatch(view, t.end, pos) is None or (joined and _has_and(view, t.end,
                                                                                    pos)):
            break
        joined = joined or (bool(out) and _has_and(view, t.end, pos))
        out.append(t)
        pos = t.start
    return out[::-1]


def _has_and(view: str, lo: int, hi: int) -> bool:
    return _AND.search(view[lo:hi]) is not None


def list_after(view: str, tokens: Sequence[Token], pos: int) -> list[Token]:
    """The parties listed right after ``pos`` ("with" | "Kazakhstan and Uzbekistan"); none when
    the list only modifies a noun ("with U.S. mediation")."""
    out: list[Token] = []
    first_and: int | None = None
    for t in sorted(t for t in tokens if t.start >= pos):
        if _LIST_GAP.fullmatch(view, pos, t.start) is None:
            break
        if out and _has_and(view, pos, t.start):
            if first_and is not None:  # "with Togo, and Benin and Niger signed": two clauses
                out = out[:first_and]
                break
            first_and = len(out)
        out.append(t)
        pos = t.end
    pos = out[-1].end if out else pos
    if out and _modifier_follows(view, pos):
        return []
    return out


def _modifier_follows(view: str, pos: int) -> bool:
    """Does a lower-case word that is no preposition or conjunction follow ``pos`` ("U.S.
    mediation", "Russian forces"): the name before it modifies a noun?"""
    m = _LOWER_WORD_AFTER.match(view[pos:pos + 30])
    return (m is not None and m.group(1) not in readings()["list_followers"]
            and not m.group(1).endswith(("ed", "es")))  # a verb: "Moscow extended ..."


def _parties_of(tokens: Sequence[Token]) -> set[str]:
    return {t.party for t in tokens}


# -- accession ------------------------------------------------------------------------------


@cache
def _accession_regex() -> re.Pattern[str]:
    phrases = _alternation(readings()["accession_phrases"], ignore_case=True,
                           not_after=WORD_OR_HYPHEN)
    return re.compile(phrases + _SPACE + r"(?:the" + _SPACE + r")?$",
                      re.IGNORECASE)


_POSSESSIVE = re.compile(r"['’]s" + _SPACE + r"$")
_AS_IS = re.compile(r"[ \u00a0]*,[ \u00a0]*as" + _SPACE + r"(?:is|are|does|do|has|have)" + _SPACE)


def _as_is_list(view: str, tokens: Sequence[Token], pos: int) -> list[Token]:
    """The parties of ", as is the United States" right after ``pos``."""
    m = _AS_IS.match(view, pos)
    return list_after(view, tokens, m.end()) if m else []


def accession_reading(view: str, fact: AgreementFact, find_tokens: Tokens, s_lo: int,
                      parties: tuple[str, ...]) -> Reading | None:
    """"X acceded to / is a party to / X's accession to" the treaty: X, and the organizations
    found beside it."""
    if fact.kind in readings()["accession_excluded_kinds"]:
        return None
    m = _accession_regex().search(view, max(s_lo, fact.start - 60), fact.start)
    if m is None:
        return None
    tokens = find_tokens()
    owner = [t for t in tokens if t.end <= m.start()
             and _POSSESSIVE.fullmatch(view, t.end, m.start()) is not None]
    if owner:
        who = {owner[-1].party}
    else:
        aux = _auxiliaries().search(view, s_lo, m.start())
        leading = list_before(view, tokens, aux.start() if aux else m.start())
        if not leading:  # "Pakistan joined ... in 1954 and adhered to the Pact"
            leading = list_after(view, tokens, s_lo)
        who = _parties_of(leading)
    if not who:
        return None
    who |= _parties_of(_as_is_list(view, tokens, fact.end))
    who |= _parties_of(_accompanying_list(view, tokens, fact.end))
    kept = {p for p in parties if not is_iso3(p) and p not in who}
    return Reading("accession", tuple(sorted(who | kept)))


@cache
def _accompanying_after_regex() -> re.Pattern[str]:
    """A date or place after the mention, then ", together with" ("acceded to the North
    Atlantic Treaty on March 12, 1999, together with Hungary and Poland")."""
    return re.compile(r"[^.;:()]{0,40}?[ \u00a0]*,[ \u00a0]*(?:"
                      + _alternation(readings()["accompanying_phrases"]) + r")" + _SPACE
                      + r"(?:the" + _SPACE + r")?")


def _accompanying_list(view: str, tokens: Sequence[Token], pos: int) -> list[Token]:
    """The states that acceded beside the subject, listed after ", together with"."""
    m = _accompanying_after_regex().match(view, pos)
    return list_after(view, tokens, m.end()) if m else []


# -- urging ---------------------------------------------------------------------------------


@cache
def _urging_regex() -> re.Pattern[str]:
    data = readings()
    return re.compile(r"(?:" + _alternation(data["urging_verbs"], ignore_case=True,
                                            not_after=WORD_OR_HYPHEN) + r"|(?P<helping>"
                      + _alternation(data["helping_verbs"], ignore_case=True,
                                     not_after=WORD_OR_HYPHEN) + r"))" + _SPACE
                      + r"(?P<obj>[^;.]{1,90}?)" + _SPACE
                      + r"(?(helping)(?:to" + _SPACE + r")?|to" + _SPACE + r")"  # "help A sign"
                      + r"(?:[a-z]+" + _SPACE + r"){0,2}?"
                      + _alternation(data["urged_actions"], ignore_case=True) + r"\b",
                      re.IGNORECASE)


def urging_reading(view: str, find_tokens: Tokens, fact: AgreementFact, s_lo: int,
                   s_hi: int, parties: tuple[str, ...]) -> Reading | None:
    """"A urged B and C to conclude" the agreement: A (the United States when it names no one:
    the author of these documents) is no party unless named in what it urges. So with "A is
    helping B and C conclude" (``helping_verbs``, "to" optional)."""
    found = [m for m in _urging_regex().finditer(view, s_lo, fact.start)
             if m.end() <= fact.start and fact.start - m.end() <= 150]
    if not found:
        return None
    m = found[-1]
    tokens = find_tokens()
    obj = view[m.start("obj"):m.end("obj")].strip().lower()
    named_obj = [t for t in tokens if m.start("obj") <= t.start < m.end("obj")]
    if not named_obj and not any(obj.startswith(w) for w in readings()["urged_objects"]):
        return None
    urgers = _parties_of([t for t in tokens if t.end <= m.start()]) | {"USA"}
    kept = _parties_of([t for t in tokens if t.start >= m.start("obj") and t.end <= s_hi])
    out = {p for p in parties if p not in urgers or p in kept}
    if not out or out == set(parties):
        return None
    return Reading("urging", tuple(sorted(out)))


# -- signers --------------------------------------------------------------------------------


@cache
def _signing_before_regex() -> re.Pattern[str]:
    data = readings()
    det = r"(?:(?:" + _alternation(data["determiners"]) + r"|\d{4})" + _SPACE + r")*"
    return re.compile(r"(?P<verb>" + _alternation(data["reading_signing_verbs"],
                                                  not_after=WORD_OR_HYPHEN)
                      + r")" + _SPACE + det + r"$")


@cache
def _signing_after_regex() -> re.Pattern[str]:
    return re.compile(r"[ \u00a0]*,?[ \u00a0]*(?:that|which)" + _SPACE)


@cache
def _verb_regex() -> re.Pattern[str]:
    aux = r"(?:" + _SPACE + r"(?:" + _alternation(readings()["subject_auxiliaries"]) + r"))*"
    return re.compile(aux + _SPACE + r"(?:" + _alternation(readings()["reading_signing_verbs"])
                      + r")\b")


_WITH = re.compile(_SPACE + r"(?:with|alongside|together" + _SPACE + r"with)" + _SPACE)
# a time between the verb or the agreement and "with" ("concluded in 2009 with Georgia")
_TIME_BEFORE_WITH = re.compile(r"[ \u00a0]+(?:in|on)[ \u00a0]+(?:[A-Z][a-z]+\.?[ \u00a0]+)?"
                               r"(?:\d{1,2},?[ \u00a0]+)?\d{4}(?=[ \u00a0]+(?:with|alongside)\b)")


_SHORT_FORM = re.compile(r"[ \u00a0]*\([^()\n]{1,40}\)")


def _with_list(view: str, find_tokens: Tokens, pos: int) -> list[Token]:
    """The parties after "with" at ``pos``, past the agreement's short form in parentheses
    ("a ... Framework Agreement (TIFA) with the United States"); a list whose last "and" opens
    a clause of its own ("with Togo, and Benin and Niger signed ...") ends before that "and"."""
    short_form = _SHORT_FORM.match(view, pos)
    pos = short_form.end() if short_form else pos
    time = _TIME_BEFORE_WITH.match(view, pos)
    m = _WITH.match(view, time.end() if time else pos)
    found = list_after(view, find_tokens(), m.end()) if m else []
    if found and _verb_follows(view, found[-1].end):
        cuts = [i for i in range(1, len(found))
                if _AND.search(view[found[i - 1].end:found[i].start])]
        found = found[:cuts[0]] if cuts else found
    return found


def _verb_follows(view: str, pos: int) -> bool:
    m = _LOWER_WORD_AFTER.match(view[pos:pos + 30])
    return m is not None and (m.group(1) in readings()["clause_verbs"]
                              or m.group(1).endswith("ed"))


_CONJOINED = re.compile(r"[ \u00a0]*(?:,|,?[ \u00a0]+and)" + _SPACE
                        + r"(?:(?:the|a|an)" + _SPACE + r")?")


def _signing_verb_before(view: str, fact: AgreementFact, others: Sequence[AgreementFact],
                         s_lo: int) -> int | None:
    """Where the subject of a signing verb right before the agreement ends ("... signed the
    Charter and a Memorandum": the memorandum's verb too), else None."""
    pos = fact.start
    for o in sorted((o for o in others if s_lo <= o.start and o.end <= fact.start),
                    key=lambda o: -o.start):
        between = view[o.end:pos]
        if _CONJOINED.fullmatch(between) is None:
            break
        pos = o.start
    m = _signing_before_regex().search(view, max(s_lo, pos - 60), pos)
    if m is None:
        return None
    aux = _auxiliaries().search(view, s_lo, m.start("verb"))
    return aux.start() if aux else m.start("verb")


@cache
def _accompanying_regex() -> re.Pattern[str]:
    return re.compile(r"[ \u00a0]*,[ \u00a0]*(?:"
                      + _alternation(readings()["accompanying_phrases"]) + r")" + _SPACE
                      + r"(?:the" + _SPACE + r")?$")


def _accompanied(view: str, tokens: Sequence[Token], pos: int) -> list[Token]:
    """The parties a subject list at ``pos`` joins ("The United States, together with" |
    "China ... signed"): listed before its accompanying phrase, if one ends at ``pos``."""
    m = _accompanying_regex().search(view, max(0, pos - 40), pos)
    return list_before(view, tokens, m.start()) if m else []


def signers_reading(view: str, find_tokens: Tokens, fact: AgreementFact,
                    others: Sequence[AgreementFact], s_lo: int, s_hi: int) -> Reading | None:
    """The subject of a signing verb before the agreement (and "with" whom after it), or the
    subject of a relative clause after it ("that Uzbekistan concluded with Kazakhstan")."""
    if fact.kind == "state_partnership":
        return None
    who: list[Token] = []
    partners: list[Token] = []
    subject_end = _signing_verb_before(view, fact, others, s_lo)
    if subject_end is not None:
        who = list_before(view, find_tokens(), subject_end)
        if who:  # "The United States, together with China and France, signed ...": it too
            who = _accompanied(view, find_tokens(), who[0].start) + who
        if who and find_guards(view[who[0].start:fact.start]):
            return None  # a guard signs: pipeline.agreement_parties reads it
        partners = _with_list(view, find_tokens, fact.end)
    else:
        rel = _signing_after_regex().match(view, fact.end, s_hi)
        if rel is None:
            return None
        who = list_after(view, find_tokens(), rel.end())
        verb = _verb_regex().match(view, who[-1].end, s_hi) if who else None
        if verb is None:
            return None
        partners = _with_list(view, find_tokens, verb.end())
    named = _parties_of(who) | _parties_of(partners)
    if not who or len(named) < 2:
        return None
    return Reading("signers", tuple(sorted(named)))


# -- a base ---------------------------------------------------------------------------------


@cache
def _base_regex() -> re.Pattern[str]:
    data = readings()
    return re.compile(r"(?P<verb>" + _alternation(data["base_verbs"], not_after=WORD_OR_HYPHEN)
                      + r")"
                      + r"(?P<what>[^;.]{0,60}?\b(?:" + _alternation(data["base_nouns"])
                      + r")\b[^;.]{0,60}?)" + _SPACE + r"under" + _SPACE
                      + r"(?:(?:a|an|the|its|\d{4})" + _SPACE + r")*$")


def base_reading(view: str, countries: Sequence[CountryFact], find_tokens: Tokens,
                 fact: AgreementFact, s_lo: int, s_hi: int, parties: tuple[str, ...],
                 subject: str | None) -> Reading | None:
    """"Russia maintains its base in Tajikistan under a 2012 agreement": Russia and Tajikistan.
    "A basing agreement with Moscow" (no United States or U.S. department in the sentence, a
    text about one partner): the partner and Moscow."""
    m = _base_regex().search(view, max(s_lo, fact.start - 200), fact.start)
    if m is not None:
        owner = list_before(view, find_tokens(), m.start("verb") - 1 if view[m.start("verb") - 1:
                                                                      m.start("verb")] == " "
                            else m.start("verb"))
        hosts = [c.iso3 for c in starting_in(countries, m.start("what"), m.end("what"))
                 if c.end <= m.end("what") and located(view, c.start)]
        if len(owner) == 1 and hosts and hosts[0] != owner[0].party:
            return Reading("base", tuple(sorted({owner[0].party, hosts[0]})))
    owned = _possessed_base(view, countries, find_tokens, fact, s_lo, s_hi, subject)
    if owned is not None:
        return owned
    if subject is None or "USA" not in parties or fact.kind == "state_partnership":
        return None
    partners = _parties_of(_with_list(view, find_tokens, fact.end))
    if not partners or "USA" in partners or subject in partners:
        return None
    if ("USA" in _parties_of(find_tokens()) or has_first_person(view[s_lo:s_hi])
            or us_agency_in(view, s_lo, s_hi)):  # "the Department of Defense signed ...": ours
        return None
    return Reading("base", tuple(sorted(partners | {subject})))


@cache
def _possessed_base_regex() -> re.Pattern[str]:
    """A state's possessive before a base noun within a few words ("Russia's 201st Military
    Base", "Russia's base")."""
    nouns = _alternation(readings()["base_nouns"], ignore_case=True)
    return re.compile(r"['’]s" + _SPACE + r"(?:[\w-]+" + _SPACE + r"){0,2}?(?:" + nouns
                      + r")\b", re.IGNORECASE)


def _possessed_base(view: str, countries: Sequence[CountryFact], find_tokens: Tokens,
                    fact: AgreementFact, s_lo: int, s_hi: int, subject: str | None
                    ) -> Reading | None:
    """"Under a basing agreement signed in October 2012, Russia's 201st Military Base will
    remain in Tajikistan": a basing agreement (``basing_names``) of a sentence that names
    another state's base, and not the United States, is that state's with the host (the
    state it stands in, else the document's subject)."""
    name = fact.name.lower()
    if not any(w in name.split() for w in readings()["basing_names"]):
        return None
    tokens = find_tokens()
    if any(t.party == "USA" for t in tokens) or has_first_person(view[s_lo:s_hi]):
        return None
    owners = [t.party for t in tokens if is_iso3(t.party)
              and _possessed_base_regex().match(view, t.end, s_hi) is not None]
    if len(set(owners)) != 1:
        return None
    owner = owners[0]
    hosts = [c.iso3 for c in starting_in(countries, s_lo, s_hi)
             if located(view, c.start) and c.iso3 not in (owner, "USA")]
    host = hosts[0] if hosts else (subject if subject not in (None, owner, "USA") else None)
    return Reading("base", tuple(sorted({owner, host}))) if host is not None else None


# -- entry ------------------------------------------------------------------------------------


def reading_of(view: str, fact: AgreementFact, countries: Sequence[CountryFact],
               others: Sequence[AgreementFact], sentence: tuple[int, int],
               parties: tuple[str, ...], subject: str | None) -> Reading | None:
    """The first reading that fires for ``fact`` in its sentence, or None."""
    s_lo, s_hi = sentence
    s_lo = max(s_lo, view.rfind("\n", s_lo, fact.start) + 1)  # not the heading line above
    line_end = view.find("\n", fact.end, s_hi)
    s_hi = s_hi if line_end < 0 else line_end
    found: list[list[Token]] = []  # (found once, when first asked for)

    def find_tokens() -> list[Token]:
        if not found:
            found.append([t for t in tokens_in(view, countries, s_lo, s_hi)
                          if not (fact.start <= t.start < fact.end)
                          and not any(o.start <= t.start < o.end for o in others)])
        return found[0]

    return (accession_reading(view, fact, find_tokens, s_lo, parties)
            or urging_reading(view, find_tokens, fact, s_lo, s_hi, parties)
            or signers_reading(view, find_tokens, fact, others, s_lo, s_hi)
            or base_reading(view, countries, find_tokens, fact, s_lo, s_hi, parties, subject))


def read_parties(view: str, fact: AgreementFact, countries: Sequence[CountryFact],
                 others: Sequence[AgreementFact], sentence: tuple[int, int],
                 parties: tuple[str, ...], subject: str | None) -> tuple[str, ...]:
    """``parties`` as the first reading that fires for ``fact`` says, else unchanged."""
    found = reading_of(view, fact, countries, others, sentence, parties, subject)
    return found.parties if found is not None else parties
