"""The ``agreement_facts`` component: named agreements, treaties, programs and pairings.

Candidates come from token patterns (``patterns/agreements.jsonl``: capitalized names with a
head word, "Strategic Partnership", generic kinds such as "transit agreements") and from the
known names and acronyms of ``data/agreement_kinds.json`` (a ``PhraseMatcher`` on ORTH, and on
LOWER for the table's lower-case forms). Each becomes an ``AgreementFact(start, end, name,
kind)``; parties, dates and status are left for ``pipeline.link_agreements``.

Spans (what a reviewer sees highlighted):
- the agreement's name as written, without a leading article, a possessive owner ("NATO's") or
  a trailing parenthetical acronym: "Acquisition and Cross-Servicing Agreement",
  "Partnership for Peace", "U.S.-Georgia Charter on Strategic Partnership";
- a State Partnership pairing: its program mention ("State Partnership Program",
  "State partnership", "SPP"); when the sentence names a U.S. state's National Guard and a
  country but no program, the pairing word itself ("partnered", "paired", "pairing",
  "partnership"): "Turkmenistan partnered with the Nevada National Guard from 1996 to 2011"
  gives the span "partnered", name "State Partnership Program";
- a generic mention with a kind-giving modifier, written in lower case ("multiple transit
  agreements", "a ceasefire agreement", "an access agreement", "the implementing arrangement",
  "a peace treaty": ``generic_modifiers`` in the data) is a fact, span "transit agreements",
  name "transit agreement"; "bilateral arrangements" and "the previous arrangement" name no
  kind and are not.

Named agreements whose head is not Agreement/Treaty are found too: "Roadmap for Defense
Cooperation", "Strategic Defense Framework", "Joint Vision Statement on ...", "... Military
Cooperation Plan", "Abraham Accords", "Trans-Sahara Counterterrorism Partnership", "Compact of
Free Association", "Manila Pact", "Joint Declaration on ...", "Letter of Offer and
Acceptance", "Plan of Action", "123 Agreement". Two names joined by "and the" are two mentions
("the Plan of Action and the Manila Pact"); a designation after the name is not part of it
("a Letter of Offer and Acceptance for F-15 aircraft").

Not agreements: a "Strategic Dialogue" (a series of meetings), a designation ("Major Non-NATO
Ally"), a name that is only a head word once its parties' prefix is dropped ("U.S.-Mongolia
Partnership"), a plural capitalized name of no specific kind ("Security Cooperation
Agreements", a heading naming a category), a capitalized run that is an organization
("Collective Security Treaty Organization", "North Atlantic Treaty Organization"), a bare head
word ("the Agreement"), an acronym in parentheses right after its own name (it is part of that
mention), an ambiguous acronym ("DCA", "MOA") in a document that never spells it out, a
standalone-only form followed by a word ("AUKUS partners": the states, not the partnership).
A plural capitalized name is a category unless it is a proper name ("Five Power Defence
Arrangements", "Minsk Agreements": ``pipeline.agreements.is_proper_plural``).
Exercises, missions and funding programs (FMF, IMET) have no head word and are never proposed.

References the gold annotates as mentions (round 18): a pairing wished for or renewed ("a
renewed pairing", "re-establishing a Guard partnership", "future pairings"; SPP_PROSPECT) where
its own or the previous sentence speaks of the State Partnership Program; a protocol that refers
back to the treaty named before it ("the treaty's Protocol", "the Protocol to the treaty";
PROTOCOL_REF), named "Protocol to the Treaty on ..."; a bare protocol, treaty or memorandum
introduced with its own year or signing ("a 2010 protocol", "a treaty signed by ...";
BARE_INSTRUMENT), named by its head. An instrument named after a body ("Transit Center
Agreement", "Agreement on the Transit Center at Manas") is no organization.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Final

import numpy as np
import srsly
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from pipeline.agreements import (
    SMALL_WORDS,
    STATE_PARTNERSHIP_PROGRAM,
    canonical_name,
    capital_mentions,
    entries,
    entry_for,
    find_bare_states,
    find_guards,
    generic_phrases,
    generic_premodifiers,
    is_funding_line,
    is_location,
    is_place,
    is_proper_plural,
    kind_of,
    vocabulary,
)
from pipeline.components import add_facts, doc_text, facts_of, token_bounds, token_texts
from pipeline.components.regions import distinct_strings
from pipeline.components.tokenmatch import TokenPatternMatcher
from pipeline.countries import lookup_country
from pipeline.dates import date_words
from pipeline.facts import AgreementFact, CountryFact

PATTERNS_PATH = Path(__file__).parent.parent / "patterns" / "agreements.jsonl"
_LEADING_DROP = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their",
                           "our", "of", "and", "-", "on", "for", "in"})
_TRAILING_DROP = frozenset({"of", "and", "-", "on", "for", "in", "the"})
_RUN_CONNECTORS = frozenset({"of", "and", "for", "on", "the", "-", "in"})
_DASH_TOKENS = frozenset({"-", "\u2013", "\u2014"})
# Month names as written in running text, whole or abbreviated ("November", "Nov.", "Sept."):
# the date vocabulary's months, capitalized
_MONTHS = frozenset(form.capitalize() for month, short in date_words()["months"].items()
                    for form in (month, *short))
GENERIC_KINDS = frozenset({"agreement", "treaty", "charter", "memorandum"})
_ARTICLES = frozenset({"the", "a", "an", "its", "their"})
_HEADING_OPENERS = frozenset({"a", "an", "our"})  # what may open a section heading (not
# "The": "The Mérida Initiative" heads a section on a programme of that name)
_PREPOSITIONS = frozenset({"of", "for", "on", "concerning", "regarding", "to", "against"})
# The word of an SPP_VERB match that states the pairing when it is not the match's second
# ("became Uzbekistan's partner", "as a second partner")
_PAIRING_NOUNS = frozenset({"partner", "partners", "pair", "pairs"})
# A plural pairing noun that may only introduce the pairings a sentence goes on to state
_GENERAL_PAIRING_NOUNS = frozenset({"pairings", "partnerships"})

# Pure functions of a string and the data files, asked again and again of the same names.
_canonical_name = lru_cache(maxsize=1 << 14)(canonical_name)
_is_funding_line = lru_cache(maxsize=1 << 14)(is_funding_line)
_is_proper_plural = lru_cache(maxsize=1 << 14)(is_proper_plural)
_kind_of = lru_cache(maxsize=1 << 14)(kind_of)


def _speaks_of_itself(span: Span) -> bool:
    """Is the mention the document speaking of itself ("adopted this Joint Vision Statement",
    "this Declaration"): "this" and a name headed by one of ``self_reference_heads``?"""
    return (span.start > 0 and span.doc[span.start - 1].lower_ == "this"
            and span[-1].text in vocabulary()["self_reference_heads"])


def _text(span: Span) -> str:
    """``span.text``, cut from the document's text (``Span.text`` makes a Token per token)."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def _coordinate_part(sent: Span, verb: Span) -> Span | None:
    """The coordinate clause of ``sent`` a word stands in, when ", and" or ";" sets it off
    from what comes before (None when the word stands in the first one)."""
    cut = None
    for tok in sent:
        if tok.i >= verb.start:
            break
        if tok.text == ";" or (tok.text == "," and tok.i + 1 < sent.end
                               and tok.nbor(1).lower_ in ("and", "while", "whereas")):
            cut = tok.i + 1
    if cut is None:
        return None
    end = next((t.i for t in sent[verb.end - sent.start:]
                if t.text == ";" or (t.text == "," and t.i + 1 < sent.end
                                     and t.nbor(1).lower_ == "and")), sent.end)
    return sent.doc[cut:end]


_CLAUSE_BEFORE_COLON: Final = 6  # tokens before a colon that make a clause, not a heading


def _listed_part(sent: Span, verb: Span) -> Span | None:
    """The stretch of ``sent`` between the commas around a word (None when no comma comes
    before it): one item of a list of clauses ("Kazakhstan has been paired with the Arizona
    National Guard since 1993, the Kyrgyz Republic has had a partnership with the Montana
    National Guard since 1995, ...")."""
    cut = next((t.i + 1 for t in reversed(sent[:verb.start - sent.start]) if t.text == ","),
               None)
    if cut is None:
        return None
    end = next((t.i for t in sent[verb.end - sent.start:] if t.text in (",", ";")), sent.end)
    return sent.doc[cut:end]


def _lower_text(doc: Doc) -> str:
    """``doc_text(doc).lower()``, once per Doc."""
    lowered = doc.user_data.get("lower_text")
    if not isinstance(lowered, str):
        lowered = doc.user_data["lower_text"] = doc_text(doc).lower()
    return lowered




_DEFINITION = re.compile(r"[ \u00a0]*\((?P<acronym>[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)?)\)")


def _acronym_fits(acronym: str, name: str) -> bool:
    """Can ``acronym`` abbreviate ``name``? Two capitals at least, all its letters capitals
    but a plural's "s", and the name's first letter first ("C-SIPA" of "Comprehensive ..."),
    or the initials of the name's last words (the region before a programme's own name left
    out: "MSI" of "Southeast Asia Maritime Security Initiative").

    >>> _acronym_fits("C-SIPA", "Comprehensive Security Integration and Prosperity Agreement")
    True
    >>> _acronym_fits("MSI", "Southeast Asia Maritime Security Initiative")
    True
    >>> _acronym_fits("MSI", "Southeast Asia Security Initiative")
    False

    A lower-case letter may stand for a lower-case word of the name, when the acronym is the
    initials of every word as written ("SoSA" of "Security of Supply Arrangement"):

    >>> _acronym_fits("SoSA", "Security of Supply Arrangement")
    True
    >>> _acronym_fits("SoA", "Security of Supply Arrangement")
    False
    """
    letters = acronym.replace("-", "")
    if sum(c.isupper() for c in letters) < 2:
        return False
    if letters == "".join(w[0] for w in name.split()):
        return True
    if not all(c.isupper() or c == "s" for c in letters):
        return False
    capitals = letters.rstrip("s")
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return letters[:1] == name[:1] or initials.endswith(capitals)


def _signed_in_its_sentence(doc: Doc, lowers: list[str], start: int, end: int) -> bool:
    """Does the sentence of tokens ``start:end`` hold a word of ``statement_signing_words``
    outside them ("the two ministers signed the Joint Statement on ...", a headline's "Sign";
    not the title "Joint Statement on the Signing of the ... Charter")? Most joint statements
    a text names are documents, not instruments anyone signs."""
    sentence = doc[start].sent
    words = vocabulary()["statement_signing_words"]
    return any(lowers[i] in words for i in range(sentence.start, sentence.end)
               if not start <= i < end)


def _initials(name: str) -> str:
    """The initials of a name of capitalized words only, small words aside ("Maritime Security
    Initiative": "MSI"); "" when any other word is in lower case or a word is no word.

    >>> _initials("Maritime Security Initiative"), _initials("Partnership for Peace")
    ('MSI', 'PP')
    >>> _initials("memorandum of understanding"), _initials("U.S.-Ukraine Charter")
    ('', '')
    """
    words = [w for w in name.split() if w not in SMALL_WORDS]
    if not all(w[:1].isupper() and w.isalpha() for w in words):
        return ""
    return "".join(w[0] for w in words)


def _defined_acronyms(doc: Doc, found: list[tuple[Span, str, str]]
                      ) -> list[tuple[Span, str, str]]:
    """Later mentions of an acronym the document defines for an agreement in parentheses
    right after its name ("the Coastal Patrol Accord (CPA) ... under the CPA"): the same
    agreement, its name and kind the full name's. A known acronym is found anyway, but an
    ambiguous one is the document's own ("a Letter of Agreement (LOA) ... under the LOA":
    not the Letter of Offer and Acceptance "LOA" stands for elsewhere); a form that is a
    country's name or code is not an agreement's."""
    text = doc_text(doc)
    defined: dict[str, tuple[str, str, int]] = {}
    for span, name, kind in found:
        m = _DEFINITION.match(text, span.end_char)
        if m is None or lookup_country(m["acronym"]):
            continue
        known = entry_for(m["acronym"])
        if known is not None and (known.name == name or m["acronym"] not in known.ambiguous):
            continue
        if _acronym_fits(m["acronym"], name):
            defined.setdefault(m["acronym"], (name, kind, m.end()))
    inferred: set[str] = set()
    for span, name, kind in found:
        # never defined, but the exact initials of a name the document spells out ("the
        # Maritime Security Initiative ... when MSI began"): from the name's first mention on
        initials = _initials(name)
        if (len(initials) >= 3 and initials not in defined and entry_for(initials) is None
                and not lookup_country(initials)):
            defined[initials] = (name, kind, span.end_char)
            inferred.add(initials)
    taken = [(s.start_char, s.end_char) for s, _, _ in found]
    out: list[tuple[Span, str, str]] = []
    for acronym, (name, kind, after) in defined.items():
        for m in re.finditer(r"(?<![\w-])" + re.escape(acronym) + r"s?(?![\w-])", text):
            if m.start() < after or any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if acronym in inferred and text[m.start() - 1:m.start()] == "(":
                continue  # "... for Geo-spatial Cooperation (BECA)": its longer name's own
            mention = doc.char_span(m.start(), m.end())
            if mention is not None:
                out.append((mention, name, kind))
    return out


def _in_running_text(words: _Words, start: int) -> bool:
    """Is token ``start`` preceded on its line by a word in lower case that a title would
    capitalize (a sentence runs there: "the United States signed Asylum Cooperative
    Agreements with ...", "ratified the Panama Canal Treaties"), rather than opening a line or
    sitting in a title-case heading?"""
    i = start - 1
    while i >= 0 and "\n" not in words.texts[i]:
        if (words.flags[i] & _LOWER and words.lowers[i] not in SMALL_WORDS
                and words.texts[i].isalpha()):  # (not the possessive of "Asia’s Agreements")
            return True  # (a headline keeps its small words in lower case: "... and Ecuador
        i -= 1  # Sign Agreements to Strengthen ...")
    return False


_SEGMENT_BOUNDS: Final = frozenset({"and", ",", ";", "which", "that", "who", "while"})


def _segment_of(sent: Span, verb: Span) -> Span:
    """The stretch of ``sent`` around ``verb`` between the nearest "and", comma or relative
    pronoun (``_SEGMENT_BOUNDS``) on either side."""
    doc = sent.doc
    lo = verb.start
    while lo > sent.start and doc[lo - 1].lower_ not in _SEGMENT_BOUNDS:
        lo -= 1
    hi = verb.end
    while hi < sent.end and doc[hi].lower_ not in _SEGMENT_BOUNDS and doc[hi].text != ".":
        hi += 1
    return doc[lo:hi]


def _own_pairing_segment(sent: Span, verb: Span, countries: list[CountryFact],
                         taken: set[str]) -> tuple[Span, bool] | None:
    """The stretch of ``sent`` around a second pairing word, between the nearest "and", comma
    or relative pronoun on either side, when the word binds a state of its own there: "with"
    the state right after it, or the state's possessive right before it ("... and Lithuania's
    partnership with the Pennsylvania National Guard also began in 1993", "... and was paired
    with Indonesia in 2006"), a state no pairing of the sentence named yet. With whether the
    stretch opens with its predicate, its subject the guard named before ("was paired")."""
    doc = sent.doc
    segment = _segment_of(sent, verb)
    lo, hi = segment.start, segment.end
    after = doc[verb.end:min(hi, verb.end + 6)]
    own = [c for c in countries if segment.start_char <= c.start and c.end <= segment.end_char
           and c.iso3 not in taken and c.iso3 != "USA"]
    bound = [c for c in own
             if (after.start_char <= c.start and "with" in
                 doc.text[verb.end_char:c.start].lower().split())
             or (c.end <= verb.start_char and doc.text[c.end:verb.start_char].strip()
                 in ("'s", "’s"))]
    if not bound:
        subject_segment = _subject_pairing_segment(sent, verb, countries, taken)
        if subject_segment is not None:
            return subject_segment, False
    if len(bound) != 1:
        return None
    headless = lo < verb.start and doc[lo].lower_ in ("was", "has", "had", "is", "were")
    return segment, headless


def _subject_pairing_segment(sent: Span, verb: Span, countries: list[CountryFact],
                             taken: set[str]) -> Span | None:
    """The stretch of ``sent`` from a state to the end of a pairing word's segment, when the
    state is the word's subject and a guard its object ("the same year Djibouti partnered with
    the Kentucky National Guard", "Turkmenistan, which partnered with the Nevada National
    Guard from 1996 to 2011"): the state right before the word, or before ", which" right
    before it, and one no pairing of the sentence named yet."""
    doc = sent.doc
    segment = _segment_of(sent, verb)
    lo, hi = segment.start, segment.end
    if not (verb.end < hi and doc[verb.end].lower_ == "with"
            and find_guards(_text(doc[verb.end:hi]))):
        return None
    if lo == verb.start and lo - 2 >= sent.start and doc[lo - 1].lower_ in ("which", "who") and (
            doc[lo - 2].text == ","):
        end_char = doc[lo - 2].idx  # "Turkmenistan, which partnered with ..."
    else:
        end_char = verb.start_char  # "Djibouti partnered with ..."
    for c in countries:
        if (c.iso3 != "USA" and c.iso3 not in taken and sent.start_char <= c.start
                and c.end <= end_char and doc.text[c.end:end_char].strip() == ""):
            first = doc.char_span(c.start, c.end, alignment_mode="expand")
            return doc[first.start:hi] if first is not None else None
    return None


# a determiner that makes a bare pairing noun refer back to a pairing named before ("their"
# does not: "Latvia and the Michigan National Guard began their partnership in 1993")
_BACK_DETERMINERS: Final = frozenset({"the", "this", "that", "our"})


def _back_reference(doc: Doc, verb: Span) -> bool:
    """Is the pairing word a noun that refers back to a pairing named before ("over the life of
    the partnership", "our partnership has grown"): "partnership" or "pairing" after a
    determiner, with no "with" or "between" after it to name its sides? The held-out
    annotators leave such mentions out (115 of 116)."""
    return (verb.text.lower() in ("partnership", "pairing") and verb.start > 0
            and doc[verb.start - 1].lower_ in _BACK_DETERMINERS
            and not (verb.end < len(doc) and doc[verb.end].lower_ in ("with", "between")))


def _first_part(sent: Span) -> Span:
    """The first coordinate clause of ``sent``: up to its first ";" or ", and"."""
    for tok in sent:
        if tok.text == ";" or (tok.text == "," and tok.i + 1 < sent.end
                               and tok.nbor(1).lower_ in ("and", "while", "whereas")):
            return sent.doc[sent.start:tok.i]
    return sent


def _names_program(span: Span, kept: list[Span]) -> bool:
    """Does ``span`` name the State Partnership Program ("State Partnership Program", "SPP",
    "the Department of Defense National Guard State Partnership Program")?"""
    return any(s.start >= span.start and s.end <= span.end
               and (entry_for(_text(s)) is not None or _text(s).endswith(" Partnership Program"))
               and _canonical_name(_text(s)) == STATE_PARTNERSHIP_PROGRAM for s in kept)


_TIME_OPENERS: Final = frozenset({"in", "on", "since", "by", "from", "after"})


@cache
def _month_words() -> frozenset[str]:
    return frozenset(m.lower() for m in date_words()["months"])


def _refers_to_one_guard(part: Span) -> bool:
    """A coordinate clause whose subject is a pronoun for the one guard the sentence named
    before it ("The Ohio National Guard has partnered with Serbia since 2005, and its
    partnership with Angola began in 2017", "..., and in 2017 it added a partnership with
    Malaysia"): ``part`` opens with "it"/"its", after a time phrase of its own if any, and the
    clauses before it name exactly one guard."""
    words = [t for t in part if t.lower_ not in ("and", ",", ";")]
    if words and words[0].lower_ in _TIME_OPENERS:  # ", and in 2017 it added a partnership"
        words = words[1:]
        while words and (words[0].like_num or words[0].lower_ in _month_words()):
            words = words[1:]
    if not words or words[0].lower_ not in ("it", "its"):
        return False
    sent = part.sent if part.doc.has_annotation("SENT_START") else part.doc[:]
    before = part.doc[sent.start:part.start]
    return len(find_guards(before.text)) == 1


def _states_stand_for_guards(doc: Doc, kept: list[Span]) -> bool:
    """Does the document speak of the State Partnership Program (by name, or by naming a
    National Guard), so that a U.S. state named alone in a pairing stands for its Guard
    ("Ohio has partnered with Hungary since 1993")? Elsewhere "Texas's partnership with
    Mexico" is no pairing."""
    known = doc.user_data.get("states_stand_for_guards")
    if not isinstance(known, bool):
        known = doc.user_data["states_stand_for_guards"] = bool(
            _names_program(doc[:], kept) or find_guards(doc_text(doc)))
    return known


_STATE_BEFORE_PAIRING_WORDS: Final = 10  # "Tennessee and Bulgaria will mark ... their partnership"
_STATE_AFTER_PAIRING_WORDS: Final = 3  # "partnership with the Tennessee"


def _bare_state_spans(sent: Span, verb: Span, countries: list[CountryFact]
                      ) -> list[tuple[int, int]]:
    """The U.S. states ``sent`` names alone as the party of the pairing word ``verb`` ("North
    Dakota has partnered with Ghana", "Alabama's partnership with Romania", "partnerships with
    North Dakota"): close to the word (a few words before it, or right after "with"), not
    inside a country's name, not the place where something happens ("exercises in Alaska")."""
    text = doc_text(sent.doc)
    base = sent.start_char
    out = []
    for a, b, _ in find_bare_states(sent.text):
        at = base + a
        if is_location(text, at) or any(c.start <= at < c.end for c in countries):
            continue
        if at < verb.start_char:
            gap = len(text[base + b:verb.start_char].split())
            if gap > _STATE_BEFORE_PAIRING_WORDS:
                continue
        elif len(text[verb.end_char:at].split()) > _STATE_AFTER_PAIRING_WORDS:
            continue
        out.append((at, base + b))
    return out


# A token string's lexical flags, as bits.
_TITLE, _UPPER, _PUNCT, _ALPHA, _LOWER = 1, 2, 4, 8, 16
_LEXEME_CACHE_LIMIT: Final = 200_000


@dataclass(frozen=True, slots=True)
class _Words:
    """A Doc's tokens as plain lists, so that judging a candidate makes no Token object:
    text, ``lower_``, flags (``is_title`` ... as bits) and character offsets of each."""

    text: str
    texts: list[str]
    lowers: list[str]
    flags: list[int]
    starts: list[int]
    ends: list[int]

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text``."""
        return self.text[self.starts[start]:self.ends[end - 1]]

    def joined(self, i: int) -> bool:
        """Is token ``i`` written right after token ``i - 1`` (``not doc[i - 1].whitespace_``)?"""
        return self.ends[i - 1] == self.starts[i]


def _written_lower(words: _Words, start: int, end: int) -> bool:
    """A generic mention is written in lower case ("ceasefire agreement"), its first word
    capitalized only where a sentence, a line or a table's cell begins ("Basing agreement
    (Manas) | United States; Kyrgyz Republic"); a capitalized one is a title the name patterns
    judge ("Security Cooperation Agreements" is a heading).

    >>> w = _Words("x. Basing agreement", ["x", ".", "Basing", "agreement"], [], [0, 0, 1, 0],
    ...            [0, 1, 3, 10], [1, 2, 9, 19])
    >>> _written_lower(w, 2, 4)
    True
    """
    flags = words.flags[start:end]
    if flags and flags[0] & _ALPHA and not flags[0] & _LOWER and _opens(words, start):
        first = words.texts[start]
        if first[1:] == first[1:].lower():  # "Basing", not "NATO" or "Security Cooperation"
            flags = flags[1:]
    return all(not bits & _ALPHA or bits & _LOWER for bits in flags)


def _with_premodifiers(words: _Words, start: int) -> int:
    """Where a generic mention starting at token ``start`` begins: with the lower-case words
    before it that are part of it ("the maritime counterdrug agreements", "a military
    assistance agreement": ``generic_premodifiers``; not "bilateral")."""
    premodifiers = generic_premodifiers()
    while (start > 0 and words.lowers[start - 1] in premodifiers
           and words.flags[start - 1] & _LOWER):
        start -= 1
    return start


def _edition_numbered(words: _Words, end: int) -> bool:
    """Is a name followed by an edition's number of one or two digits ("Kenya hosted Justified
    Accord 23", "SOUTHERN ACCORD 18")? It names an exercise, not an agreement (no held-out
    agreement mention is followed by a number).

    >>> w = _Words("Justified Accord 23 began", ["Justified", "Accord", "23", "began"], [],
    ...            [0, 0, 0, 0], [0, 10, 17, 20], [9, 16, 19, 25])
    >>> _edition_numbered(w, 2), _edition_numbered(w, 3)
    (True, False)
    """
    return (end < len(words.texts) and len(words.texts[end]) <= 2
            and words.texts[end].isdigit() and words.starts[end] > words.ends[end - 1])


def _opens(words: _Words, i: int) -> bool:
    """Does token ``i`` begin a sentence, a line or a table's cell?"""
    k = words.starts[i] - 1
    while k >= 0 and words.text[k] in " \t\u00a0":
        k -= 1
    return k < 0 or words.text[k] in "\n|.!?"


def _ages_a_partnership(name: str) -> bool:
    """Whether a partnership's "name" only says how old the relationship is, as headlines
    write it ("Three Decades of Nonproliferation Partnership", "Long-Standing Partnership"):
    no partnership's name.

    >>> _ages_a_partnership("Partnership of More Than Three Decades")
    True
    >>> _ages_a_partnership("Strategic Partnership"), _ages_a_partnership("Five-Year Plan")
    (False, False)
    """
    lowered = name.lower()
    words = lowered.split()
    if "partnership" not in words:
        return False
    pieces = {piece for word in words for piece in re.split(r"[-–]", word)}
    return any(age in pieces or (not age.isalpha() and age in lowered)
               for age in vocabulary()["partnership_age_words"])


def _longest_first(spans: Iterable[tuple[int, int]], accept: Callable[[int, int], bool]
                   ) -> list[tuple[int, int]]:
    """``spacy.util.filter_spans`` of the (start, end) ``spans`` that ``accept`` takes, in
    order: longest first (then leftmost), each kept unless its first or last token is in one
    kept before. A span whose first or last token is already taken is dropped without asking
    ``accept`` (taken or not, it would not be kept), which spares most of the judging: the
    patterns propose every shorter tail of a name too.

    >>> _longest_first([(0, 2), (1, 4), (2, 4), (4, 5)], lambda s, e: (s, e) != (1, 4))
    [(0, 2), (2, 4), (4, 5)]
    """
    taken: set[int] = set()
    kept = []
    for start, end in sorted(set(spans), key=lambda se: (se[1] - se[0], -se[0]), reverse=True):
        if start in taken or end - 1 in taken or not accept(start, end):
            continue
        kept.append((start, end))
        taken.update(range(start, end))
    return sorted(kept)


def _category_title(line: str) -> bool:
    """Is a heading that is only an unknown name a category's title: two words at most after
    an article ("Legal Framework", "The Alliance Framework"), or a plural head ("Defense
    Agreements")?

    >>> _category_title("Strategic Framework"), _category_title("Defense Cooperation Agreements")
    (True, True)
    >>> _category_title("Trilateral Security Cooperation Framework")
    False
    """
    words = line.split()
    if words and words[0].lower() in _ARTICLES:
        words = words[1:]
    last = words[-1].lower() if words else ""
    plural = last.endswith("s") and not last.endswith("ss") and not _is_proper_plural(line)
    # a head, "for" or "of", and the one word it is for ("Framework for Cooperation"): the
    # title of a section on the partners' instruments (a known name, "Partnership for Peace",
    # never comes here)
    purpose = len(words) == 3 and words[1] in ("for", "of") and words[2][:1].isupper()
    return len(words) <= 2 or plural or purpose


@cache
def _instrument_heads() -> frozenset[str]:
    return frozenset(vocabulary()["instrument_heads"])


@cache
def _headline_verbs() -> frozenset[str]:
    return frozenset(vocabulary()["headline_verbs"])


@Language.factory("agreement_facts")
def make_agreement_facts(nlp: Language, name: str) -> AgreementExtractor:
    return AgreementExtractor(nlp, name)


def _pairing_word(doc: Doc, lowers: list[str], start: int, end: int) -> Span:
    """The word of an SPP_VERB match that is its span: the match itself when it is one word,
    else its pairing noun or verb ("Guard partners with" -> "partners", "became Chad's
    partner" -> "partner"), else its second word ("been partners"). ``lowers``: every token's
    ``lower_``."""
    if end - start == 1:
        return doc[start:end]
    at = next((i for i in range(start + 1, end) if lowers[i] in _PAIRING_NOUNS), start + 1)
    return doc[at:at + 1]


def _plural(form: str) -> str:
    return form if form.endswith("s") else form + "s"


class AgreementExtractor:
    """Finds agreement mentions; ``match`` is pure (doc in, kept spans with name and kind out)."""

    def __init__(self, nlp: Language, name: str = "agreement_facts",
                 patterns_path: Path = PATTERNS_PATH) -> None:
        self.name = name
        self.matcher = Matcher(nlp.vocab, validate=True)
        patterns = [(entry["label"], entry["pattern"]) for entry in srsly.read_jsonl(patterns_path)]
        for label, pattern in patterns:
            self.matcher.add(label, [pattern])
        # The same patterns, matched without a Python predicate per token (``self.matcher`` is
        # the reference, ``plain``), over the whole document.
        self.fast = TokenPatternMatcher(nlp.vocab, patterns)
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        exact_forms: set[str] = set()
        lower_forms: set[str] = set()
        for known in entries():
            for form in (known.name, *known.aliases):
                target = lower_forms if form == form.lower() else exact_forms
                target.update((form, _plural(form)))
            exact_forms.update(known.standalone)  # ("New START": its standalone form alone)
        self.exact.add("KNOWN", [nlp.make_doc(form) for form in sorted(exact_forms)])
        self.lower.add("KNOWN", [nlp.make_doc(form) for form in sorted(lower_forms)])
        self.lower.add("GENERIC", [nlp.make_doc(form) for form in generic_phrases()])
        self.organization_words = frozenset(vocabulary()["organization_words"])
        self.object_words = frozenset(vocabulary()["object_organization_words"])
        self.partnership_bodies = frozenset(vocabulary()["partnership_bodies"])
        self.founding_heads = frozenset(vocabulary()["founding_heads"])
        self.organization_aliases = frozenset(
            alias for aliases in vocabulary()["organization_parties"].values() for alias in aliases)
        self.ambiguous = {a: known.name for known in entries() for a in known.ambiguous}
        # An ambiguous acronym counts when its name is spelled out in any written form
        # ("Letters of Offer and Acceptance ... a second LOA")
        self.spelled_forms = {known.name: tuple(sorted({
            form.lower() for form in (known.name, *known.aliases)
            if form not in known.ambiguous and " " in form})) for known in entries()}
        self.standalone = frozenset(f for known in entries() for f in known.standalone)
        self.lexemes: dict[int, tuple[str, int]] = {}  # orth -> (lower_, flags), a cache

    def __call__(self, doc: Doc) -> Doc:
        matches = self.match(doc)
        self.set_annotations(doc, matches)
        return doc

    # --- matching -----------------------------------------------------------------------

    def match(self, doc: Doc, plain: bool = False) -> list[tuple[Span, str, str]]:
        """Kept mentions as (span, canonical name, kind), in document order. ``plain``: run
        spaCy's matcher over the whole document (the reference for ``fast``)."""
        strings = doc.vocab.strings
        found = ([(strings[k], s, e) for k, s, e in self.matcher(doc)] if plain
                 else self.fast(doc))
        words = self._words(doc)
        found += [("KNOWN", s, e) for _, s, e in self.exact(doc)]
        found += [(strings[k], _with_premodifiers(words, s) if strings[k] == "GENERIC" else s, e)
                  for k, s, e in self.lower(doc)
                  if strings[k] == "KNOWN" or _written_lower(words, s, e)]
        verbs: list[Span] = []
        prospects: list[Span] = []  # "a renewed pairing": the noun
        protocols: list[Span] = []  # "the treaty's Protocol": the word "Protocol"
        bare_heads: list[Span] = []  # "a 2010 protocol": the head
        named_only: dict[tuple[int, int], bool] = {}  # trimmed span -> proposed only as a NAME?
        lower_head_only: dict[tuple[int, int], bool] = {}  # ... only as a NAME_LOWER_HEAD?
        trims: dict[tuple[int, int, bool], tuple[int, int] | None] = {}  # patterns overlap
        for label, start, end in found:
            if label == "SPP_VERB":  # "Guard partners with": the verb alone
                verbs.append(_pairing_word(doc, words.lowers, start, end))
                continue
            if label == "SPP_PROSPECT":
                prospects.append(doc[end - 1:end])
                continue
            if label == "BARE_INSTRUMENT":  # "a 2010 protocol", "a treaty signed by"
                at = next(i for i in range(start + 1, end) if words.flags[i] & _ALPHA)
                bare_heads.append(doc[at:at + 1])
                continue
            if label == "SIGNED_STATEMENT":  # "signed the Joint Statement on ...": a name only
                if not _signed_in_its_sentence(doc, words.lowers, start, end):  # where it is
                    continue  # signed
                label = "NAME"
            if label == "PROTOCOL_REF":  # "the treaty's Protocol", "the Protocol to the treaty"
                at = next(i for i in range(start, end) if words.texts[i] == "Protocol")
                protocols.append(doc[at:at + 1])
                continue
            key = (start, end, label != "NAME")
            if key in trims:
                trimmed = trims[key]
            else:
                trimmed = trims[key] = self._trim(words, start, end, single_head_ok=key[2])
            if trimmed is not None:
                # "the Minsk agreements": a name whose head is written in lower case
                lower_head = label == "NAME" and bool(words.flags[end - 1] & _LOWER)
                named_only[trimmed] = (named_only.get(trimmed, True) and label == "NAME"
                                       and not lower_head)
                lower_head_only[trimmed] = lower_head_only.get(trimmed, True) and lower_head
        verbs.sort(key=lambda v: v.start)  # spaCy's order: each ends its own match

        def is_candidate(start: int, end: int) -> bool:
            return not self._is_organization(words, start, end) and not (
                named_only[(start, end)] and self._is_category(words, start, end)
                and not _in_running_text(words, start)) and not (
                lower_head_only[(start, end)] and not self._names_before_head(words, start, end))

        spelled: dict[str, bool] = {}  # full name of an ambiguous acronym -> in the document?
        kept = [doc[s:e] for s, e in _longest_first(named_only, is_candidate)]
        kept = [s for s in kept if self._keep(s, doc, spelled)]
        kept = self._drop_parenthetical_acronyms(words, kept)
        kept = [s for s in kept if not _compound_part(words, s.start, s.end)
                and not _edition_numbered(words, s.end)]
        starts = {s.start for s in kept}
        kept = [s for s in kept if not (s.end - s.start == 1 and words.flags[s.start] & _UPPER
                                        and s.end in starts)]  # "an AUKUS framework agreement":
        # an acronym right before another instrument is its owner, no mention of its own
        kept = [s for s in kept if not _is_funding_line(_text(s)) and not _speaks_of_itself(s)]
        kept = self._drop_category_headings(kept)
        out = [(span, _canonical_name(_text(span)), "") for span in kept]
        bare = vocabulary()["bare_not_names"]
        out = [m for m in out if m[1].lower() not in bare]  # "U.S.-Mongolia Partnership"
        out = [m for m in out if not _ages_a_partnership(m[1])]  # "Three Decades of Partnership"
        out = [(span, name, _kind_of(name)) for span, name, _ in out]
        out = _drop_instrument_forms(words, out)  # "a SOFA through an exchange of notes"
        out = _treaty_protocols(out, protocols)  # "the treaty's Protocol"
        out += _defined_acronyms(doc, out)
        out += self._pairing_words(doc, verbs, [s for s, _, _ in out])
        out += _pairing_prospects(doc, prospects, out)
        taken = {i for s, _, _ in out for i in range(s.start, s.end)}
        out += [(head, head.text, _kind_of(head.text)) for head in bare_heads
                if head.start not in taken]
        return sorted(out, key=lambda m: m[0].start)

    def _words(self, doc: Doc) -> _Words:
        """``doc``'s tokens as lists; each distinct string's lexeme read once (then cached)."""
        if len(self.lexemes) > _LEXEME_CACHE_LIMIT:
            self.lexemes.clear()
        uniq, inverse = distinct_strings(doc)
        orths = uniq.tolist()
        try:
            found = list(map(self.lexemes.__getitem__, orths))
        except KeyError:  # a string not seen before
            found = [self._lexeme(doc, orth) for orth in orths]
        lowers = np.array([lower for lower, _ in found], dtype=object)[inverse].tolist()
        flags = np.array([bits for _, bits in found], dtype=np.int64)[inverse].tolist()
        starts, ends = token_bounds(doc)
        return _Words(doc_text(doc), token_texts(doc), lowers, flags, starts, ends)

    def _lexeme(self, doc: Doc, orth: int) -> tuple[str, int]:
        """(``lower_``, flags) of the string ``orth``, read once (then cached)."""
        known = self.lexemes.get(orth)
        if known is None:
            lex = doc.vocab[orth]
            known = self.lexemes[orth] = (lex.lower_, _TITLE * lex.is_title
                                          | _UPPER * lex.is_upper | _PUNCT * lex.is_punct
                                          | _ALPHA * lex.is_alpha | _LOWER * lex.is_lower)
        return known

    @staticmethod
    def _trim(words: _Words, start: int, end: int, single_head_ok: bool
              ) -> tuple[int, int] | None:
        """The name in a matched span: without a leading article, an owner's possessive,
        trailing function words or a date after it."""
        texts, lowers = words.texts, words.lowers
        first, last = start, end
        heads = vocabulary()["heads"]
        head = next((i for i in range(start, end) if lowers[i] in heads), end)
        headline_verbs = _headline_verbs()
        for i in range(start, end):  # an owner's possessive: "NATO's Partnership ..."
            if (texts[i] in ("'s", "’s") or (i < head and texts[i] in headline_verbs)
                    ) and i + 1 < end:
                first = i + 1  # a headline's verb before the head: "... Kuwait Extend ..."
        for i in range(first, head - 1):  # a headline's "First Anniversary of the DCA"
            if lowers[i] in ("anniversary", "anniversaries") and lowers[i + 1] == "of":
                first = i + 2
        for i in range(first + 1, last):  # a spaced dash: "Partnership for Peace – Uzbekistan
            if texts[i] in _DASH_TOKENS and not words.joined(i):  # joined", "Poland – The DCA"
                if i < head:
                    first = i + 1
                else:
                    last = i
                    break
        while first < last and lowers[first] in _LEADING_DROP:
            first += 1
        if (last - first > 2 and lowers[first] in _meeting_ordinals()  # a headline's "the
                and _prefix_follows(words, first + 1)):  # Inaugural U.S.-Uzbekistan Strategic
            first += 1  # Partnership Dialogue": which meeting, not the partnership's name
        while last > first and (lowers[last - 1] in _TRAILING_DROP or texts[last - 1] in _MONTHS):
            last -= 1  # "... in Defense and Security on October 22": the date is not the name
        for i in range(first + 1, last - 1):  # "Plan of Action and the Manila Pact": two names
            # (not a formal title's "... the Government of A and the Government of B ...")
            if lowers[i] == "and" and (lowers[i + 1] in _ARTICLES or lowers[i + 1] == "to"
                                       or lowers[i - 1] in _instrument_heads()) and not (
                    i + 2 < last and texts[i + 2] == "Government"):
                last = i  # "Defense Cooperation Agreement and Shiprider Agreement" too, and
                # "... Reciprocal Assistance and to the Inter-American Democratic Charter"
                break
        while (last > first + 1 and last < len(texts) and texts[last] in ("-", "\u2013")
               and words.joined(last)):
            last -= 1  # "... Acceptance for F-15 aircraft": a designation, not the name's end
        while last > first and lowers[last - 1] in _TRAILING_DROP:
            last -= 1
        last = _list_end(words, first, last)  # "Treaty of Friendship, Good-Neighbourliness and ..."
        first = _list_start(words, first, head)  # "Research, Development, Test and Evaluation
        # Agreement": the list before the head is the name's too
        last = _place_end(words, first, last)  # "... Partnership in Washington", "... to Chad"
        if first >= last:
            return None
        if (not single_head_ok and last - first == 1
                and texts[first].lower() in vocabulary()["heads"]):
            return None  # "the Agreement", "Treaty"
        return first, last

    def _is_organization(self, words: _Words, start: int, end: int) -> bool:
        """Is the capitalized run this span sits in an organization's name? An alliance after
        the name's preposition is what the agreement is about ("Joint Vision Statement for
        the Thai-U.S. Defense Alliance"), not the run's head. A partnership's own body
        ("Strategic Partnership Commission") names the partnership."""
        texts, lowers, flags = words.texts, words.lowers, words.flags
        if (lowers[end - 1] == "partnership" and end < len(texts)
                and texts[end] in self.partnership_bodies):
            return False  # "the U.S.-Ukraine Strategic Partnership Commission": the partnership's
        i = end
        run = texts[start:end]
        while i < len(texts) and (flags[i] & (_TITLE | _UPPER) or lowers[i] in _RUN_CONNECTORS
                                  ) and not flags[i] & _PUNCT:
            run.append(texts[i])
            i += 1
        first_preposition = next((k for k, w in enumerate(run) if w in _PREPOSITIONS), len(run))
        # "Charter of the Shanghai Cooperation Organization": what a charter founds is its
        # object; so is what an instrument is about ("Agreement on the Transit Center at
        # Manas"), but not a body's own title ("Treaty on Collective Security Organization")
        heads = _instrument_heads()
        instrument = [k for k, w in enumerate(run[:first_preposition]) if w.lower() in heads]
        about = bool(instrument) and run[first_preposition + 1:first_preposition + 2] == ["the"]
        founding = about or any(w in self.founding_heads for w in run[:first_preposition])
        # "Transit Center Agreement": an instrument named after a body; not "Collective
        # Security Treaty Organization", whose body word comes after the instrument's
        named_after = instrument[-1] if instrument else -1
        return any(word in self.organization_words and k > named_after
                   and not (k > first_preposition and (founding or word in self.object_words))
                   for k, word in enumerate(run))

    def _names_before_head(self, words: _Words, start: int, end: int) -> bool:
        """Do the capitalized words before a lower-case head name the instrument ("Falepili
        Union treaty", "Minsk agreements"), rather than its parties ("U.S.-Philippines
        agreement", "Egyptian treaty", "NATO agreement") or when it was made ("May agreement")?"""
        before = words.span_text(start, end - 1)
        if before in self.organization_aliases or words.texts[end - 2] in _MONTHS:
            return False
        return len(_canonical_name(words.span_text(start, end)).split()) > 1

    @staticmethod
    def _is_category(words: _Words, start: int, end: int) -> bool:
        """A plural capitalized name of no known or specific kind names a category, not an
        agreement: "Security Cooperation Agreements" (a heading)."""
        heads = vocabulary()["heads"]
        lowers, flags = words.lowers[start:end], words.flags[start:end]
        proper = vocabulary()["proper_plurals"]
        if any(low in proper and bits & _TITLE for low, bits in zip(lowers, flags, strict=True)):
            return False  # "Abraham Accords" is one accord's name
        text = words.span_text(start, end)
        if _is_proper_plural(text):
            return False  # "Five Power Defence Arrangements", "Minsk Agreements"
        if not any(low in ("memoranda", "treaties") or (low.endswith("s") and low[:-1] in heads)
                   for low in lowers):
            return False
        name = _canonical_name(text)
        return entry_for(name) is None and _kind_of(name) in GENERIC_KINDS

    def _keep(self, span: Span, doc: Doc, spelled: dict[str, bool]) -> bool:
        text = _text(span)
        if text in self.standalone and span.end < len(doc) and not (
                doc[span.end].is_punct and doc[span.end].text not in ("-", "\u2013")) and (
                doc[span.end].text not in vocabulary()["standalone_followers"]):
            return False  # "AUKUS partners", "AUKUS-related": the group, not the partnership
            # ("progress on AUKUS since 2021": a function word after it ends the phrase)
        full = self.ambiguous.get(text) or self.ambiguous.get(text.rstrip("s"))
        if full is None:
            return True
        if full not in spelled:  # once per name
            lowered = _lower_text(doc)
            spelled[full] = any(form in lowered for form in self.spelled_forms[full])
        return spelled[full]

    @staticmethod
    def _drop_category_headings(spans: list[Span]) -> list[Span]:
        """A section heading that is only an unknown name of two words or a plural one
        ("Strategic Framework", "Security Partnerships") titles a category of the section's
        agreements; a heading naming a known program ("State Partnership Program") or a
        longer singular name ("Trilateral Security Cooperation Framework") is a mention of it."""
        if not spans:
            return spans
        text = doc_text(spans[0].doc)
        out = []
        for s in spans:
            lo = text.rfind("\n", 0, s.start_char) + 1
            hi = text.find("\n", s.end_char)
            line = text[lo:hi if hi >= 0 else len(text)].strip()
            words = line.split()
            if len(words) > 1 and words[0].lower() in _HEADING_OPENERS:
                line = " ".join(words[1:])  # "A New Framework", "Our Legal Framework"
            if (line == _text(s) and entry_for(_canonical_name(line)) is None
                    and _category_title(line)):
                continue
            out.append(s)
        return out

    @staticmethod
    def _drop_parenthetical_acronyms(words: _Words, spans: list[Span]) -> list[Span]:
        """"Global Peace Operations Initiative (GPOI)": the acronym is part of that mention; so
        is a name in parentheses that only renames it ("the Baltic Defense Accord (Riga Pact)",
        "the Basing Agreement (also called the SOFA)")."""
        ends = {s.end for s in spans}
        return [s for s in spans if not _alias_in_parentheses(words, s.start, s.end, ends)]

    def _pairing_words(self, doc: Doc, verbs: list[Span], kept: list[Span]
                       ) -> list[tuple[Span, str, str]]:
        """A pairing stated without the program's name: a guard, a country and a pairing word
        in one sentence that names no State Partnership Program; one a sentence, or one a
        coordinate clause that names a guard and a country of its own ("The Utah National Guard
        has been paired with Morocco since 2003, and the Vermont National Guard began its
        partnership with Senegal in 2008")."""
        countries = [f for f in facts_of(doc) if isinstance(f, CountryFact)]
        taken = {i for s in kept for i in range(s.start, s.end)}
        out: list[tuple[Span, str, str]] = []
        seen_sentences: set[int] = set()
        paired_states: dict[int, set[str]] = {}  # sentence start -> the states its pairings name
        has_sentences = doc.has_annotation("SENT_START")
        for k, verb in enumerate(verbs):
            sent = verb.sent if has_sentences else doc[:]
            if verb.start in taken:
                continue
            if (verb.text.lower() in _GENERAL_PAIRING_NOUNS and k + 1 < len(verbs)
                    and verbs[k + 1].start < sent.end):
                continue  # "pairings such as the X National Guard and Peru, partners since
                # 1996": each pairing's own word states it, not the general noun before
            colon = next((t.i for t in reversed(sent[:verb.start - sent.start]) if t.text == ":"),
                         None)
            if colon is not None and colon - sent.start >= _CLAUSE_BEFORE_COLON:
                # "The State Partnership Program anchors ties: Georgia has partnered with ...":
                # what follows is its own (not after a run-in heading, "State Partnership
                # Program: Laos's partnership with ...", which names the pairing's program)
                sent = doc[colon + 1:sent.end]
            if verb.end < len(doc) and doc[verb.end].text in ("'s", "’s"):
                continue  # "the partnership's 20-year history": the pairing owns, is not stated
            if _back_reference(doc, verb):
                continue  # "over the life of the partnership": a pairing named before
            part = _coordinate_part(sent, verb)
            own_pair = None
            if sent.start in seen_sentences or (
                    part is not None and _names_program(sent[:part.start - sent.start], kept)):
                # ", and Chad's partnership with the Ohio National Guard began ...": its own
                if part is None or part.start in seen_sentences:
                    part = _listed_part(sent, verb)  # "A has been paired with X since 1993, B
                    if part is None or part.start in seen_sentences:  # has partnered with Y
                        # since 2002, and ...": one pairing between two commas; or one a
                        # segment of its own binds to a state of its own ("... and was paired
                        # with Indonesia in 2006", "... and Lithuania's partnership with ...")
                        own_pair = _own_pairing_segment(sent, verb, countries,
                                                        paired_states.get(sent.start, set()))
                        if own_pair is None:
                            continue
                        part = own_pair[0]
                sent = part
            if part is None and _names_program(sent, kept):
                own = _subject_pairing_segment(sent, verb, countries,
                                               paired_states.get(sent.start, set()))
                if own is not None and not _names_program(own, kept):
                    sent = part = own  # "..., the same year Djibouti partnered with the ..."
                else:
                    sent = _first_part(sent)  # "Chile has partnered with ...; the same ..."
            if _names_program(sent, kept):
                continue
            base = sent.start_char
            guards = [(base + a, base + b) for a, b, _ in find_guards(_text(sent))]
            if not guards and part is not None and _refers_to_one_guard(sent):
                guards = [(verb.start_char, verb.end_char)]  # ", and its pairing with Chad"
            if not guards and own_pair is not None and own_pair[1]:
                guards = [(verb.start_char, verb.end_char)]  # "... and was paired with X"
            if not guards and _states_stand_for_guards(doc, kept):
                guards = _bare_state_spans(sent, verb, countries)  # "Ohio has partnered with"
            if not guards:
                continue
            has_country = any(
                sent.start_char <= c.start and c.end <= sent.end_char
                and not any(a <= c.start and c.end <= b for a, b in guards) for c in countries
            ) or bool(capital_mentions(sent.text))  # "Podgorica has partnered with ..."
            if not has_country and not (
                    _owned_guard(doc.text, guards)  # "Its ... Guard partnership": the state before
                    and any(c.iso3 != "USA" and c.end <= verb.start_char for c in countries)):
                continue
            seen_sentences.add(sent.start)
            whole = verb.sent if has_sentences else doc[:]
            segment = _segment_of(whole, verb)
            paired_states.setdefault(whole.start, set()).update(
                c.iso3 for c in countries
                if segment.start_char <= c.start and c.end <= segment.end_char)
            out.append((verb, STATE_PARTNERSHIP_PROGRAM, "state_partnership"))
        return out

    # --- annotations --------------------------------------------------------------------

    def set_annotations(self, doc: Doc, matches: list[tuple[Span, str, str]]) -> None:
        add_facts(doc, [AgreementFact(span.start_char, span.end_char, name, kind)
                        for span, name, kind in matches])


_ALIAS_INTRO_WORDS: Final = 6
_OWNER_BEFORE_GUARD = re.compile(r"(?:^|[^\w])(?:[Ii]ts|[Tt]heir)[ \u00a0]+$")


_BARE_PROTOCOL: Final = "Protocol to the Treaty"


def _protocol_to(treaty: str) -> tuple[str, str]:
    """The canonical name and kind of the protocol to ``treaty``."""
    name = f"Protocol to the {treaty}"
    return name, _kind_of(name)


def _treaty_protocols(found: list[tuple[Span, str, str]], protocols: list[Span]
                      ) -> list[tuple[Span, str, str]]:
    """A protocol that refers back to a treaty ("signed the treaty's Protocol", "the Protocol
    to the treaty", "the Protocol to the Treaty") is the protocol to the treaty last named
    before it: "Protocol to the Treaty on ...". With no treaty named before it, a bare
    reference is no mention."""
    if not protocols and all(name != _BARE_PROTOCOL for _, name, _ in found):
        return found
    out: list[tuple[Span, str, str]] = []
    treaty = ""  # the canonical name of the treaty named last
    refs = sorted(protocols, key=lambda s: s.start)
    taken = {i for s, _, _ in found for i in range(s.start, s.end)}
    for span, name, kind in found:
        while refs and refs[0].start < span.start:
            ref = refs.pop(0)
            if treaty and ref.start not in taken:
                out.append((ref, *_protocol_to(treaty)))
        if name == _BARE_PROTOCOL and treaty:
            name, kind = _protocol_to(treaty)
        elif name.startswith("Treaty ") and kind == "treaty":
            treaty = name
        out.append((span, name, kind))
    out += [(ref, *_protocol_to(treaty)) for ref in refs if treaty and ref.start not in taken]
    return out


_PROGRAM_AFTER_PROSPECT: Final = 4  # "pairing through the National Guard State Partnership"


def _pairing_prospects(doc: Doc, prospects: list[Span], found: list[tuple[Span, str, str]]
                       ) -> list[tuple[Span, str, str]]:
    """A pairing wished for or renewed ("expressed interest in a renewed pairing", "discussed
    re-establishing a Guard partnership", "future pairings") is a State Partnership Program
    mention when its own or the previous sentence speaks of the program (by name or by a
    pairing); elsewhere "a new partnership" is no pairing. A prospect the program's name
    follows ("re-establishing a pairing under the State Partnership Program") is that one
    mention, the name."""
    program_at = [s.start for s, name, _ in found if name == STATE_PARTNERSHIP_PROGRAM]
    if not program_at or not prospects:
        return []
    taken = {i for s, _, _ in found for i in range(s.start, s.end)}
    has_sentences = doc.has_annotation("SENT_START")
    out: list[tuple[Span, str, str]] = []
    for noun in prospects:
        if noun.start in taken:
            continue
        sent = noun.sent if has_sentences else doc[:]
        first = doc[sent.start - 1].sent.start if has_sentences and sent.start > 0 else sent.start
        if any(noun.start < at <= noun.start + _PROGRAM_AFTER_PROSPECT for at in program_at):
            continue  # "re-establishing a pairing under the State Partnership Program": one
        if any(first <= at < sent.end for at in program_at):
            taken.add(noun.start)
            out.append((noun, STATE_PARTNERSHIP_PROGRAM, "state_partnership"))
    return out


_FORM_DETERMINERS = frozenset({"a", "an", "the"})


def _drop_instrument_forms(words: _Words, found: list[tuple[Span, str, str]]
                           ) -> list[tuple[Span, str, str]]:
    """An instrument's form ("exchange of notes", ``instrument_forms``) after one of
    ``form_prepositions``, with another mention before it in its sentence, is how that
    agreement was made ("concluded a status of forces agreement through an exchange of notes"),
    not an agreement of its own; "under a 1966 Exchange of Notes" is one."""
    vocab = vocabulary()
    forms, prepositions = frozenset(vocab["instrument_forms"]), vocab["form_prepositions"]
    out: list[tuple[Span, str, str]] = []
    for span, name, kind in found:
        at = span.start - 1
        while at >= 0 and words.lowers[at] in _FORM_DETERMINERS:
            at -= 1
        if (name.lower() in forms and at >= 0 and words.lowers[at] in prepositions
                and any(s.end <= at and "." not in words.texts[s.end:at] for s, _, _ in out)):
            continue
        out.append((span, name, kind))
    return out


def _owned_guard(text: str, guards: list[tuple[int, int]]) -> bool:
    """Is a guard written as a partner state's own ("Its North Dakota National Guard
    partnership dates to 2004")? The state is the one the possessive refers to."""
    return any(_OWNER_BEFORE_GUARD.search(text[max(0, a - 12):a]) is not None
               for a, _ in guards)


def _is_place_words(text: str) -> bool:
    """A country, the United States or a capital city, and nothing more."""
    text = text.strip()
    if text.lower().startswith("the "):
        text = text[4:]
    if not text:
        return False
    if is_place(text):
        return True
    capitals = capital_mentions(text)
    return len(capitals) == 1 and capitals[0][:2] == (0, len(text))


def _list_end(words: _Words, first: int, last: int) -> int:
    """Where a name whose object runs on after a comma ends. The run is one title when it is a
    list of capitalized items closed by "and" ("Treaty of Friendship, Good-Neighbourliness and
    Cooperation", "Agreement on Privileges, Exemptions, and Immunities"); otherwise the name
    ends at the first comma ("the Agreement on Defense Cooperation, Washington and ...").
    """
    texts, lowers, flags = words.texts, words.lowers, words.flags
    if "," not in texts[first + 1:last]:
        return last  # quickly: no comma, no list
    commas = [i for i in range(first + 1, last) if texts[i] == ","]
    cut = commas[0]
    items: list[list[int]] = [[]]
    for i in range(cut + 1, last):
        if texts[i] == ",":
            items.append([])
        else:
            items[-1].append(i)
    if not any(lowers[i] == "and" for i in items[-1][:-1]):
        return cut  # no "and" closes the list
    for item in items:
        words_of_item = [i for i in item if lowers[i] != "and"]
        if not words_of_item or not flags[words_of_item[0]] & (_TITLE | _UPPER):
            return cut
        parts = re.split(r"\band\b", words.span_text(item[0], item[-1] + 1))
        if any(_is_place_words(part) for part in parts):
            return cut  # "the Treaty on Open Skies, Belarus and Russia ...": states, not a title
    return last


_LIST_ITEM_WORDS = 3  # "Lapis Lazuli Transit, Trade and Transport Route Agreement"


def _list_start(words: _Words, first: int, head: int) -> int:
    """Where a name that opens with the last items of a list starts: "Test and Evaluation
    Agreement" after "Research, Development, " is one title ("Research, Development, Test and
    Evaluation Agreement"), as is "Trade and Transport Route Agreement" after "Lapis Lazuli
    Transit, ". Only when an "and" closes the list before the head, every item is one to three
    capitalized words and none is a place, and the list opens the run (no capitalized word
    before it)."""
    texts, lowers, flags = words.texts, words.lowers, words.flags
    if head >= len(texts) or lowers[head] not in vocabulary()["heads"]:
        return first  # a list with no head of its own: "GSOMIA, LEMOA, COMCASA, and BECA"
    start = first
    if start >= 3 and lowers[start - 1] == "and" and texts[start - 2] == ",":
        start -= 1  # "Research, Development, Test, and Evaluation Agreement"
    elif start < 2 or texts[start - 1] != "," or not any(
            lowers[i] == "and" for i in range(start + 1, head)):
        return first
    while start >= 2 and texts[start - 1] == ",":
        item_end = start - 1
        item_start = item_end
        while (item_start > 0 and item_end - item_start < _LIST_ITEM_WORDS
               and flags[item_start - 1] & (_TITLE | _UPPER)
               and texts[item_start - 1] not in _headline_verbs()):  # "Brazil Sign Research,"
            item_start -= 1
        if (item_start == item_end or _is_place_words(words.span_text(item_start, item_end))
                or all(flags[i] & _UPPER for i in range(item_start, item_end))):
            return first  # (a list of acronyms, "GSOMIA, LEMOA, COMCASA, and BECA", names each)
        start = item_start
    if (start > 0 and flags[start - 1] & (_TITLE | _UPPER)
            and texts[start - 1] not in _headline_verbs()):
        return first  # more capitalized words than an item holds: no list of this kind
    return start


def _place_end(words: _Words, first: int, last: int) -> int:
    """A name that ends in where it was signed or who it was given to is the name before it:
    "in" and a capital ("Charter on Strategic Partnership in Washington") or another city of
    ``signing_cities`` ("Memorandum of Understanding in Erbil"), "in" after an
    organization a charter founds ("Charter of the ... Organization in Tashkent"), "to" and a
    state ("Status of Forces Agreement to the Maldives"; not after a gerund that follows the
    name's preposition, "Agreement for Bringing Peace to Afghanistan"), or "at" anywhere but
    after a facility ("Memorandum on Border Security at the Pentagon"). A region stays
    ("Treaty on a Nuclear-Weapon-Free Zone in Central Asia"), and so does a facility's place
    ("Agreement on the Transit Center at Manas International Airport")."""
    lowers = words.lowers
    if last < len(lowers) and lowers[last] in vocabulary()["signatory_verbs"]:
        heads = vocabulary()["heads"]
        for i in range(first + 1, last - 1):
            if (lowers[i] == "the" and words.flags[i - 1] & _TITLE
                    and not any(lowers[k] in heads for k in range(i + 1, last))):
                return i  # "the Memorandum of Understanding the Department signed with ...":
                # a relative clause's subject, no part of the name (not "Memorandum on
                # Deepening the Defense and Security Partnership")
    for i in range(first + 1, last - 1):
        if lowers[i] == "in" and (_place_from(words, i + 1, last, capitals_only=True)
                                  or words.span_text(i + 1, last) in _signing_cities()
                                  or words.texts[i - 1] in vocabulary()["organization_words"]):
            return i  # "Charter of the ... Organization in St. Petersburg": where, not what
        if lowers[i] == "at" and lowers[i - 1] not in vocabulary()["facility_nouns"]:
            return i  # "... on Border Security at the Pentagon", not "Transit Center at Manas"
        if (lowers[i] == "to" and _place_from(words, i + 1, last)
                and not any(lowers[k].endswith("ing") and lowers[k - 1] in _PREPOSITIONS
                            for k in range(first + 1, i))):
            return i  # not "Agreement for Bringing Peace to Afghanistan": what its verb does
    return last


@cache
def _signing_cities() -> frozenset[str]:
    """Cities other than capitals where instruments of this genre are signed
    (``signing_cities``: "a Memorandum of Understanding in Erbil")."""
    return frozenset(vocabulary()["signing_cities"])


def _place_from(words: _Words, start: int, last: int, capitals_only: bool = False) -> bool:
    """Do tokens ``start:last`` name a place, or begin one the next tokens finish ("in Kuala"
    of "in Kuala Lumpur": a shorter candidate must not outlive the longer one's trim)?"""
    for end in range(last, min(last + 3, len(words.texts)) + 1):
        text = words.span_text(start, end)
        if _is_place_words(text) and (not capitals_only or capital_mentions(text)):
            return True
    return False


@cache
def _meeting_ordinals() -> frozenset[str]:
    """The words that tell which meeting of a dialogue ("second", "annual"; "first" and
    "inaugural" too, ``first_meeting_ordinals``, which for a date's meaning
    ``meeting_ordinals`` leaves out: the first meeting starts the partnership)."""
    vocab = vocabulary()
    return frozenset({*vocab["meeting_ordinals"], *vocab["first_meeting_ordinals"]})


def _prefix_follows(words: _Words, i: int) -> bool:
    """Does a parties' prefix start at token ``i`` ("U.S.-Uzbekistan", "U.S. –", "Kazakhstan-")?"""
    texts = words.texts
    return texts[i] in ("U.S.", "US") or (
        i + 1 < len(texts) and texts[i + 1] in _DASH_TOKENS and words.joined(i + 1)
        and lookup_country(texts[i]) is not None)


def _compound_part(words: _Words, start: int, end: int) -> bool:
    """Is the one-token acronym ``start:end`` the end of a hyphenated compound ("CIS-MOA": the
    Communications Interoperability and Security Memorandum of Agreement, not a Memorandum of
    Agreement)?"""
    return (end - start == 1 and bool(words.flags[start] & _UPPER) and start >= 2
            and words.texts[start - 1] == "-" and words.joined(start)
            and words.joined(start - 1) and bool(words.flags[start - 2] & _ALPHA))


def _alias_in_parentheses(words: _Words, start: int, end: int, ends: set[int]) -> bool:
    """Does the mention of tokens ``start:end`` stand in parentheses opened right after another
    mention (whose token ends are ``ends``): alone, or after a few lower-case words ("also known
    as the") or capital letters ("(RDP MOU)"), with the parenthesis closing right after it (a
    lone token needs no closing: "(GPOI)"), quoted or not ("the Inter-American Treaty of
    Reciprocal Assistance (the “Rio Treaty”)")?"""
    texts, flags = words.texts, words.flags
    close = end + 1 if end < len(texts) and texts[end] in _QUOTES else end  # "(the “Rio Treaty”)"
    for at in range(start - 1, max(-1, start - 3 - _ALIAS_INTRO_WORDS), -1):
        if texts[at] == "(":
            if at < 1 or at not in ends:
                return False
            return (at == start - 1 and end - start == 1) or (
                close < len(texts) and texts[close].startswith(")"))  # ")" or "):"
        if texts[at] in _QUOTES:
            continue
        if not (flags[at] & _ALPHA and flags[at] & (_LOWER | _UPPER)):  # "(RDP MOU)": an
            return False  # acronym's own letters before its head
    return False


_QUOTES = frozenset("“”\"‘’'")
