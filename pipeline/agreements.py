"""Agreements: canonical names, kinds, status words, National Guard parties, clauses.

Pure helpers for the ``agreement_facts`` component (``pipeline/components/agreements.py``) and
the linker (``pipeline/link_agreements.py``). The vocabulary is data:
``data/agreement_kinds.json`` (known agreements and programs with their acronyms, head words,
kind phrases, status phrases); the U.S. states whose National Guards pair with countries come
from pycountry's ISO 3166-2:US subdivisions.

Decisions:
- A canonical name is the name as written, without a leading article, a possessive, a trailing
  parenthetical acronym or a leading party prefix ("U.S.-Georgia Charter on Strategic
  Partnership" -> "Charter on Strategic Partnership": the parties carry the countries), title-cased
  with small words in lower case. A known name, alias or acronym becomes the table's name
  ("ACSA" -> "Acquisition and Cross-Servicing Agreement", "State partnership" -> "State
  Partnership Program"). Plurals become singular.
- A generic plural such as "multiple transit agreements" IS a fact: kind ``transit``, name the
  table's lowercase "transit agreement" (a description, not a title).
- A National Guard party is named "<State> National Guard" whatever the branch ("Georgia Army
  National Guard" -> "Georgia National Guard"), so one pairing has one identity.

>>> canonical_name("the Acquisition and Cross-Servicing Agreement (ACSA)")
'Acquisition and Cross-Servicing Agreement'
>>> canonical_name("ACSA"), kind_of(canonical_name("ACSA"))
('Acquisition and Cross-Servicing Agreement', 'acsa')
>>> canonical_name("transit agreements"), kind_of("transit agreement")
('transit agreement', 'transit')
>>> canonical_name("U.S.-Georgia Charter on Strategic Partnership")
'Charter on Strategic Partnership'
>>> status_of("In August 2019, Kazakhstan entered into a GSOIA with the United States.")
'signed'
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any, Final

from pipeline.agreement_tries import may_hold_case_blind, phrase_trie
from pipeline.dates import date_words
from pipeline.facts import AGREEMENT_KINDS, AGREEMENT_STATUSES
from pipeline.numbers import parse_number
from pipeline.sections import HEADING_MAX_WORDS, heading_spans
from pipeline.trie_regex import literal_trie
from pipeline.values import DateValue

DATA_PATH: Final = Path(__file__).parent / "data" / "agreement_kinds.json"
# Pure helpers of a name or a clause remember their answers: a name is looked up again for
# every mention of it, a clause read again for each agreement it names. Clauses are read one
# after another, so a few are enough to remember, and little text is kept.
_REMEMBERED_NAMES: Final = 4096
_REMEMBERED_CLAUSES: Final = 256
PARTY_RULES_PATH: Final = Path(__file__).parent / "data" / "agreement_parties.json"
CAPITALS_PATH: Final = Path(__file__).parent / "data" / "capital_metonyms.tsv"
FACILITIES_PATH: Final = Path(__file__).parent / "data" / "host_facilities.tsv"
STATE_PARTNERSHIP_PROGRAM: Final = "State Partnership Program"
# Words that stay lower case inside a title ("Status of Forces Agreement").
SMALL_WORDS: Final = frozenset(
    {"a", "an", "and", "as", "at", "between", "by", "for", "in", "of", "on", "or", "the", "to",
     "with", "concerning", "regarding", "against"})
_ARTICLE = re.compile(r"^(?:the|a|an|this|that|its|their)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"^[^\s]+['’]s\s+")
_TRAILING_PAREN = re.compile(r"\s*\([^()]*\)\s*$")
_DASHES: Final = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2011": "-"})
_TRAILING_PROGRAM = re.compile(r"\s+(?:Program|Programme|program|programme)$")
_US_NAMES: Final = frozenset({"U.S.", "US", "USA", "U.S.A.", "United States", "America",
                              "American", "United States of America"})


@dataclass(frozen=True, slots=True)
class Entry:
    """A known agreement or program."""

    name: str
    kind: str
    aliases: tuple[str, ...]
    ambiguous: tuple[str, ...]  # acronyms that count only when the full name is in the document
    implicit_parties: tuple[str, ...]
    excluded_parties: tuple[str, ...] = ()  # NATO's programmes: the U.S. is not a party as such
    standalone: tuple[str, ...] = ()  # forms that count only before punctuation ("AUKUS,")
    closed: bool = False  # its implicit parties are all its parties ("Plan Colombia")


@cache
def extension_verbs() -> frozenset[str]:
    """The verbs of an extension ("extended", "renewed"): one list for dates and agreements,
    ``extension_verbs`` in data/date_words.json."""
    return frozenset(date_words()["extension_verbs"])


@cache
def vocabulary() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(DATA_PATH.read_text(encoding="utf-8"))
    return data


@cache
def entries() -> tuple[Entry, ...]:
    return tuple(
        Entry(e["name"], e["kind"], tuple(e.get("aliases", ())), tuple(e.get("ambiguous", ())),
              tuple(e.get("implicit_parties", ())), tuple(e.get("excluded_parties", ())),
              tuple(e.get("standalone", ())), bool(e.get("closed", False)))
        for e in vocabulary()["names"])


@cache
def _alias_index() -> tuple[dict[str, Entry], dict[str, Entry]]:
    """(exact spelling -> entry, lower-case spelling -> entry)."""
    exact: dict[str, Entry] = {}
    lower: dict[str, Entry] = {}
    for entry in entries():
        for form in (entry.name, *entry.aliases):
            exact.setdefault(form, entry)
            # An acronym ("SPP", "DCA") matches only as written; longer forms in any case.
            if not _is_acronym(form):
                lower.setdefault(form.lower(), entry)
    return exact, lower


def _is_acronym(form: str) -> bool:
    return " " not in form and sum(c.isupper() for c in form) >= 2


@lru_cache(maxsize=_REMEMBERED_NAMES)
def entry_for(name: str) -> Entry | None:
    """The known agreement a name or alias stands for (singular or plural).

    >>> entry_for("SOFAs").name
    'Status of Forces Agreement'
    >>> entry_for("Memoranda of Understanding").kind
    'memorandum'
    >>> entry_for("sofa") is None
    True
    """
    exact, lower = _alias_index()
    for form in (name, singular(name)):
        if form in exact:
            return exact[form]
        if not _is_acronym(form) and form.lower() in lower:
            return lower[form.lower()]
    return None


@lru_cache(maxsize=_REMEMBERED_NAMES)
def singular(name: str) -> str:
    """The name with its head word in the singular.

    >>> singular("transit agreements"), singular("ACSAs"), singular("Memoranda of Understanding")
    ('transit agreement', 'ACSA', 'Memorandum of Understanding')
    >>> singular("Partnership for Peace"), singular("Treaties of Paris")
    ('Partnership for Peace', 'Treaty of Paris')
    >>> singular("Abraham Accords"), singular("peace accords")
    ('Abraham Accords', 'peace accord')
    >>> singular("Five Power Defence Arrangements"), singular("Minsk Agreements")
    ('Five Power Defence Arrangements', 'Minsk Agreements')
    """
    if is_proper_plural(name):
        return name
    words = name.split(" ")
    heads = vocabulary()["heads"]
    proper = vocabulary()["proper_plurals"]
    for i, word in enumerate(words):
        low = word.lower()
        if low in proper and word[:1].isupper():
            return name  # a proper name's plural: "Abraham Accords", "Dayton Accords"
        if low == "memoranda":
            words[i] = word[:-1] + "um"
            return " ".join(words)
        if low == "treaties":
            words[i] = word[:-3] + "y"
            return " ".join(words)
        if low.endswith("s") and low[:-1] in heads:
            words[i] = word[:-1]
            return " ".join(words)
    if len(words) == 1 and _is_acronym(name) and name.endswith("s") and name[:-1].isupper():
        return name[:-1]
    return name


@lru_cache(maxsize=_REMEMBERED_NAMES)
def is_proper_plural(name: str) -> bool:
    """Is a plural capitalized name one arrangement's proper name, not a category? It is when a
    word before its plural head counts its parties ("Five Power Defence Arrangements") or is a
    capital where it was concluded ("Minsk Agreements"); "Security Cooperation Agreements" is a
    category.

    >>> is_proper_plural("Five Power Defence Arrangements"), is_proper_plural("Minsk Agreements")
    (True, True)
    >>> is_proper_plural("Security Cooperation Agreements"), is_proper_plural("Five Agreements")
    (False, False)
    >>> is_proper_plural("Four Power Agreement")
    False
    >>> is_proper_plural("Three Defense Cooperation Agreements")  # a count of known ones
    False
    """
    words = name.split(" ")
    heads = vocabulary()["heads"]
    numbers = vocabulary()["plural_references"]["numbers"]
    _, capitals = _place_regex(CAPITALS_PATH)
    for i, word in enumerate(words):
        low = word.lower()
        plural = low in ("treaties", "memoranda") or (low.endswith("s") and low[:-1] in heads)
        if not plural or not word[:1].isupper():
            continue
        before = words[:i]
        counted = any(w.lower() in numbers and k + 1 < len(before)
                      and entry_for(" ".join(words[k + 1:])) is None  # "Three DCAs": a count
                      for k, w in enumerate(before))
        return counted or any(w in capitals for w in before)
    return False


@cache  # a pure function of the word and the data files
def is_place(word: str) -> bool:
    """A country or the United States, as written in a name prefix ("U.S.-Georgia ...").

    >>> is_place("U.S."), is_place("Georgia"), is_place("Kyrgyz Republic"), is_place("Cross")
    (True, True, True, False)
    >>> is_place("Baltic"), is_place("Moldova")
    (True, True)
    """
    if word in _US_NAMES or word in vocabulary()["party_prefixes"]:
        return True
    guards = find_guards(word)  # "Ohio National Guard-Serbia State Partnership Program"
    if len(guards) == 1 and guards[0][:2] == (0, len(word)):
        return True
    try:
        from pipeline.countries import lookup_country
    except ImportError:  # pragma: no cover - the countries module is optional here
        return False
    return lookup_country(word) is not None


def _is_region_word(word: str) -> bool:
    """A region that may stand in a parties' prefix ("Caribbean", "Baltic"), not a state."""
    return word in vocabulary()["party_prefixes"] and is_place(word) and not (
        word in _US_NAMES or _is_state(word))


def _is_state(word: str) -> bool:
    try:
        from pipeline.countries import lookup_country
    except ImportError:  # pragma: no cover - the countries module is optional here
        return False
    return lookup_country(word) is not None


@lru_cache(maxsize=_REMEMBERED_NAMES)
def strip_party_prefix(name: str, regions_alone: bool = False) -> str:
    """Drop leading party names ("U.S.-Georgia", "United States-Japan", "Kazakhstan").
    A region word is a party only when joined by a hyphen to another party ("U.S.-Baltic
    Roadmap"); alone it is part of the name ("Caribbean Basin Security Initiative"), unless
    ``regions_alone``.

    >>> strip_party_prefix("United States-Japan Treaty of Mutual Cooperation and Security")
    'Treaty of Mutual Cooperation and Security'
    >>> strip_party_prefix("Acquisition and Cross-Servicing Agreement")
    'Acquisition and Cross-Servicing Agreement'
    >>> strip_party_prefix("Kazakhstan Defense Cooperation Agreement")
    'Defense Cooperation Agreement'
    >>> strip_party_prefix("U.S.-Baltic Roadmap for Defense Cooperation")
    'Roadmap for Defense Cooperation'
    >>> strip_party_prefix("Sahel Border Patrol Partnership")
    'Sahel Border Patrol Partnership'
    >>> strip_party_prefix("Gulf Coastal Defense Initiative"), strip_party_prefix("Gulf X", True)
    ('Gulf Coastal Defense Initiative', 'X')

    The United States hyphened to a name's first word is a party even when that word is no
    place ("U.S.-Adriatic Charter" is the Adriatic Charter):

    >>> strip_party_prefix("U.S.-Adriatic Charter"), strip_party_prefix("U.S.-Japan")
    ('Adriatic Charter', 'U.S.-Japan')

    A programme or initiative named for the one state it serves keeps its name ("Georgia
    Defense Readiness Program"), as every annotator writes it:

    >>> strip_party_prefix("Georgia Defense Readiness Program")
    'Georgia Defense Readiness Program'
    >>> strip_party_prefix("U.S.-Georgia Defense Readiness Program")
    'Defense Readiness Program'

    An organization that opens a name owns it ("NATO Status of Forces Agreement"), unless it
    sponsors conventions for states to join:

    >>> strip_party_prefix("NATO Status of Forces Agreement")
    'Status of Forces Agreement'
    >>> strip_party_prefix("United Nations Convention on the Law of the Sea")
    'United Nations Convention on the Law of the Sea'
    """
    words = name.split(" ")
    cut = 0
    for k in range(1, len(words)):  # leave at least one word
        pieces = re.split(r"-(?=[A-Z])", " ".join(words[:k]))
        if all(is_place(p) for p in pieces) and (
                regions_alone or len(pieces) > 1 or not _is_region_word(pieces[0])):
            cut = k
    if cut and not ("-" not in " ".join(words[:cut]) and _NAMED_FOR_ITS_STATE.search(name)):
        return " ".join(words[cut:])
    us_hyphen = _US_HYPHEN.match(name)
    if us_hyphen and " " in name[us_hyphen.end():]:
        return name[us_hyphen.end():]
    owner = _owning_organization_end(name)
    if owner:  # "NATO Status of Forces Agreement": NATO's own
        return name[owner:].lstrip(" \u00a0")
    return name


def _owning_organization_end(name: str) -> int:
    """Where an organization that opens ``name`` and owns it ends ("NATO" of "NATO Status of
    Forces Agreement"): followed by a space and a capitalized word, not a dash ("NATO-Georgia
    ...": a pair); not one that names the conventions it sponsors (``name_opening_non_owners``:
    "United Nations Convention on the Law of the Sea"); 0 when none does."""
    m = _organization_name_regex().match(name)
    if m is None or _LEADING_ORGANIZATION_REST.match(name, m.end()) is None:
        return 0
    if _organization_forms()[m.group(0)] in vocabulary()["name_opening_non_owners"]["names"]:
        return 0
    return m.end()


# what follows an organization that opens a mention's name and owns it: a space and a
# capitalized word
_LEADING_ORGANIZATION_REST = re.compile(r"[ \u00a0]+[A-Z]")


_NAMED_FOR_ITS_STATE = re.compile(r"\s(?:Program|Programme|Initiative)$")
# "U.S.-" or "United States-" opening a name, before a capitalized word
_US_HYPHEN = re.compile(r"(?:U\.S\.|US|United States)-(?=[A-Z])")


def prefix_length(written: str) -> int:
    """How many characters of an agreement's mention are its parties' prefix ("Egypt-Israel "
    of "Egypt-Israel Peace Treaty"); 0 when it has none.

    >>> prefix_length("Kenya–Somalia Border Accord"), prefix_length("Mutual Defense Treaty")
    (14, 0)
    """
    return _prefix_length(written)


@lru_cache(maxsize=_REMEMBERED_CLAUSES)  # a document names its agreements again and again
def _prefix_length(written: str) -> int:
    flat = written.translate(_DASHES)
    if entry_for(flat) is not None:
        return 0  # a known name's place is no party ("Djibouti Code of Conduct")
    return len(flat) - len(strip_party_prefix(flat))


def title_case(name: str) -> str:
    """Title case with small words lower and acronyms kept.

    >>> title_case("acquisition and cross-servicing agreement")
    'Acquisition and Cross-Servicing Agreement'
    >>> title_case("treaty on the non-proliferation of nuclear weapons")
    'Treaty on the Non-Proliferation of Nuclear Weapons'
    >>> title_case("NATO status of forces agreement")
    'NATO Status of Forces Agreement'

    A long preposition keeps the capitalization it is written with (official titles differ):

    >>> title_case("Memorandum of Understanding Regarding Defense Cooperation")
    'Memorandum of Understanding Regarding Defense Cooperation'
    >>> title_case("memorandum of understanding concerning defense")
    'Memorandum of Understanding concerning Defense'
    """
    out = []
    for i, word in enumerate(name.split(" ")):
        if i > 0 and word.lower() in SMALL_WORDS:
            out.append(word if len(word) > 4 and word[:1].isupper() and word[1:].islower()
                       else word.lower())
        elif any(c.isupper() for c in word[1:]) or "." in word:
            out.append(word)
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in word.split("-")))
    return " ".join(out)


# a formal title's governments between its head and its subject: "Agreement between the
# Government of the United States of America and the Government of Turkmenistan Regarding ..."
_FORMAL_PARTIES = re.compile(r" between the Government of .+? and the Government of .+?"
                             r" (?=(?:Regarding|Concerning|on|for|Relating)\b)")


# a short form in brackets inside a name, before its head
_INNER_SHORT_FORM = re.compile(r" \([A-Z][A-Za-z&.\-]{0,10}[A-Z][A-Za-z&.\-]*\)(?= \S)")


def canonical_name(text: str) -> str:
    """The canonical name of an agreement mention (see the module's decisions).

    >>> canonical_name("General Security of Information Agreement")
    'General Security of Information Agreement'
    >>> canonical_name("State partnership")
    'State Partnership Program'
    >>> canonical_name("NATO's Partnership for Peace")
    'Partnership for Peace'
    >>> canonical_name("GPOI")
    'Global Peace Operations Initiative'
    >>> canonical_name("Defense Cooperation Agreements")
    'Defense Cooperation Agreement'
    >>> canonical_name("treaty of friendship")
    'Treaty of Friendship'
    >>> canonical_name("U.S.–Moldova Memorandum of Understanding Regarding Cyber Defense")
    'Memorandum of Understanding Regarding Cyber Defense'
    >>> canonical_name("GSOMIA")
    'General Security of Military Information Agreement'
    >>> canonical_name("VFA"), canonical_name("MLSA")
    ('Visiting Forces Agreement', 'Mutual Logistics Support Agreement')
    >>> canonical_name("Partnership for Peace Program"), canonical_name("Abraham Accords")
    ('Partnership for Peace', 'Abraham Accords')
    >>> canonical_name("Montana-Kyrgyz Republic State Partnership")
    'State Partnership Program'
    >>> canonical_name("Research, Development, Test and Evaluation (RDT&E) Agreement")
    'Research, Development, Test and Evaluation Agreement'

    A formal title names its governments between its head and its subject; the name is
    without them (they are its parties):

    >>> canonical_name("Agreement between the Government of the United States of America and "
    ...                "the Government of Turkmenistan Regarding Cooperation in Assistance")
    'Agreement Regarding Cooperation in Assistance'

    A generic mention is a description, not a title: its kind's phrase, singular, lower case.

    >>> canonical_name("ceasefire agreement"), canonical_name("implementing arrangements")
    ('ceasefire agreement', 'implementing arrangement')

    So is a known kind written in lower case ("a status of forces agreement with Niger"):

    >>> canonical_name("status-of-forces agreements"), kind_of("status of forces agreement")
    ('status of forces agreement', 'sofa')
    """
    name = " ".join(text.translate(_DASHES).split())
    name = _FORMAL_PARTIES.sub(" ", name)  # "Agreement between the Government of A and ..."
    name = _TRAILING_PAREN.sub("", name)
    name = _INNER_SHORT_FORM.sub("", name)  # "Research, ... Evaluation (RDT&E) Agreement"
    name = _ARTICLE.sub("", name)
    name = _POSSESSIVE.sub("", name)
    name = name.strip(" ,;:.") or name
    name = _sentence_case_generic(name)
    entry = entry_for(name)
    if entry is None and is_generic(name):
        return singular(name).lower()
    if entry is not None and name == name.lower() and any(c.isalpha() for c in name):
        return entry.name.lower()  # written in lower case: a generic mention of its kind
    if entry is None:
        name = _without_owner(strip_party_prefix(name))
        entry = entry_for(name)
    if entry is None:  # "Partnership for Peace Program": the program of a known name
        bare = _TRAILING_PROGRAM.sub("", name)
        entry = entry_for(bare) if bare != name else None
    if entry is not None:
        return entry.name
    if _PAIRING_TITLE.search(name):  # "Montana-Kyrgyz Republic State Partnership"
        return STATE_PARTNERSHIP_PROGRAM
    return title_case(singular(name))


def _sentence_case_generic(name: str) -> str:
    """A generic mention capitalized only as the first word of a sentence or a table's cell
    ("Access agreement (Karshi-Khanabad) | ...", "Implementing agreements with ...") is
    written in lower case; a proper name with a lower-case head keeps its capital ("Minsk
    agreements": "minsk" modifies no generic phrase; "State partnership", the programme).

    >>> _sentence_case_generic("Access agreement"), _sentence_case_generic("Minsk agreements")
    ('access agreement', 'Minsk agreements')
    """
    if (" " not in name or not name[:1].isupper() or name[1:] != name[1:].lower()
            or any(c.isdigit() for c in name)):  # "Section 505 agreement" is a name
        return name
    lowered = name[:1].lower() + name[1:]
    return lowered if is_generic(lowered) else name


def _without_owner(name: str) -> str:
    """A name without the U.S. agency or programme that runs it written before it ("INL Letter
    of Agreement", "EXBS Memorandum of Understanding": ``us_agency_acronyms``,
    ``owner_prefixes``), as the annotators name it.

    >>> _without_owner("INL Letter of Agreement"), _without_owner("INL")
    ('Letter of Agreement', 'INL')
    """
    first, _, rest = name.partition(" ")
    vocab = vocabulary()
    if rest[:1].isupper() and (first in vocab["us_agency_acronyms"]
                               or first in vocab["owner_prefixes"]):
        return rest
    return name


# A title that ends in the program's name after its pairing's state and country
_PAIRING_TITLE = re.compile(r"(?<=\S)\s+State\s+Partnership(?:\s+Program)?$")


@cache
def generic_phrases() -> tuple[str, ...]:
    """Every generic mention's phrase, singular and plural ("ceasefire agreement", "access
    agreements", "implementing arrangement"): a kind-giving modifier and a head word."""
    vocab = vocabulary()
    heads = list(vocab["generic_heads"])
    phrases = [f"{m} {h}" for m in vocab["generic_modifiers"] for h in heads]
    phrases += [f"{m} {h}" for m in vocab["generic_arrangement_modifiers"]
                for h in ("arrangement", "arrangements")]
    phrases += vocab["generic_partnership_phrases"]  # "their strategic partnership"
    # Instruments named by a phrase of their own ("a water compact", "cooperation plans")
    phrases += [f"{p}{s}" for p in vocab["generic_instrument_phrases"] for s in ("", "s")]
    # ... whose head may come first: "plans of military cooperation"
    phrases += [p.replace(" of ", "s of ", 1) for p in vocab["generic_instrument_phrases"]
                if " of " in p]
    return tuple(sorted(set(phrases)))


def is_generic(name: str) -> bool:
    """Is ``name`` a generic mention (lower case, a kind-giving modifier and a head)?

    >>> is_generic("ceasefire agreement"), is_generic("access agreements")
    (True, True)
    >>> is_generic("Ceasefire Agreement"), is_generic("bilateral arrangements")
    (False, False)
    >>> is_generic("maritime counterdrug agreement"), is_generic("bilateral access agreement")
    (True, False)
    """
    if name != name.lower():
        return False
    name = name.replace("\u2011", "-")
    while name not in _generic_set():
        first, _, name = name.partition(" ")
        if first not in generic_premodifiers():
            return False
    return True


@cache
def _generic_set() -> frozenset[str]:
    return frozenset(generic_phrases())


@cache
def generic_premodifiers() -> frozenset[str]:
    """Words written before a generic mention that are part of it, as the annotators span and
    name it ("the maritime counterdrug agreements", "a military assistance agreement"): the
    one-word generic modifiers and ``generic_premodifiers``. Not "bilateral": the annotators
    split on it ("bilateral cooperation agreement" 21 times, "bilateral access agreement" as
    "access agreement" as often).

    >>> sorted({"bilateral", "military", "maritime"} & generic_premodifiers())
    ['maritime', 'military']
    """
    vocab = vocabulary()
    return frozenset([*(m for m in vocab["generic_modifiers"] if " " not in m),
                      *vocab["generic_premodifiers"]])


def kind_of(name: str) -> str:
    """The kind (``pipeline.facts.AGREEMENT_KINDS``) of a canonical name.

    The table decides for a known name; otherwise the first head word does ("Memorandum of
    Understanding on Defense Cooperation" is a memorandum), and a name headed by Agreement
    takes the kind of a phrase it contains ("Agreement on Transit" is ``transit``).

    >>> kind_of("Treaty of Friendship"), kind_of("Charter on Strategic Partnership")
    ('treaty', 'charter')
    >>> kind_of("Status of Forces Agreement"), kind_of("Supplementary Status of Forces Agreement")
    ('sofa', 'sofa')
    >>> kind_of("Memorandum of Understanding on Defense Cooperation")
    'memorandum'
    >>> kind_of("Framework Agreement"), kind_of("Enhanced Strategic Partnership")
    ('agreement', 'partnership')

    Only an agreement-like head takes a phrase's kind: a roadmap or a plan for defense
    cooperation is an agreement, not a Defense Cooperation Agreement.

    >>> kind_of("Roadmap for Defense Cooperation"), kind_of("Strategic Defense Framework")
    ('agreement', 'agreement')
    >>> kind_of("Framework for Defense Cooperation"), kind_of("Framework Agreement on Transit")
    ('agreement', 'transit')
    >>> kind_of("Agreement for Cooperation and Technical Assistance in Defense and Security")
    'defense_cooperation'
    >>> kind_of("Trans-Sahara Counterterrorism Partnership"), kind_of("Abraham Accords")
    ('partnership', 'agreement')
    """
    entry = entry_for(name)
    if entry is not None:
        return entry.kind
    vocab = vocabulary()
    lowered = name.lower()
    phrase_kind = next((k for p, k in vocab["kind_phrases"] if p in lowered), None)
    words = re.split(r"[\s]+", lowered)
    for i, word in enumerate(words):
        head = vocab["heads"].get(word)
        if head is None:
            continue
        heads_after = words[i + 2:i + 4] if words[i + 1:i + 2] == ["and"] else []
        if word in vocab["modifier_heads"] and i + 1 < len(words) and (
                words[i + 1] in vocab["heads"] or any(w in vocab["heads"] for w in heads_after)):
            continue  # "Framework Agreement on ...", "Partnership and Cooperation Agreement":
            # the agreement is the head
        if word in vocab["phrase_heads"] and phrase_kind is not None:
            return str(phrase_kind)
        return str(head)
    return str(phrase_kind or "agreement")


@cache
def party_rules() -> dict[str, Any]:
    """The party rules of ``data/agreement_parties.json`` (U.S. programmes, joiners, leaders)."""
    data: dict[str, Any] = json.loads(PARTY_RULES_PATH.read_text(encoding="utf-8"))
    return data


@cache
def _us_programmes() -> frozenset[str]:
    return frozenset(party_rules()["us_programmes"])


def implicit_parties(name: str) -> tuple[str, ...]:
    """Parties every mention of a known program has ("Partnership for Peace" -> NATO); an
    initiative the United States runs or funds (``us_programmes``) has the United States.

    >>> implicit_parties("Global Peace Operations Initiative"), implicit_parties("Treaty")
    (('USA',), ())
    >>> implicit_parties("Central America Regional Security Initiative")
    ('USA',)
    """
    entry = entry_for(name)
    if entry is not None:
        return entry.implicit_parties
    return ("USA",) if name in _us_programmes() else ()


def closed_parties(name: str) -> tuple[str, ...] | None:
    """The parties of a known name whose membership is closed ("closed": Plan Colombia is
    Colombia's and the United States', whatever other state or armed group its sentence
    names), else None.

    >>> closed_parties("Plan Colombia"), closed_parties("Global Peace Operations Initiative")
    (('COL', 'USA'), None)
    """
    entry = entry_for(name)
    return entry.implicit_parties if entry is not None and entry.closed else None


def excluded_parties(name: str) -> tuple[str, ...]:
    """Parties a known program never has as such: a NATO partnership programme's parties are
    NATO and its partners, not the United States that welcomes a partner's participation.

    >>> excluded_parties("Partnership for Peace"), excluded_parties("Treaty")
    (('USA',), ())
    """
    entry = entry_for(name)
    return entry.excluded_parties if entry is not None else ()


def implies_united_states(name: str, kind: str) -> bool:
    """Is an agreement of this kind or name one the United States concludes with a partner, so
    that a mention naming one partner state and no other is with the United States ("signed a
    Visiting Forces Agreement with the Philippines in 1998", "an access agreement with Oman")?

    >>> implies_united_states("Visiting Forces Agreement", "sofa")
    True
    >>> implies_united_states("access agreement", "agreement")
    True
    >>> implies_united_states("Treaty of Friendship", "treaty")
    False
    """
    vocab = vocabulary()
    lowered = name.lower()
    return kind in vocab["us_implied_kinds"] or any(p in lowered
                                                   for p in vocab["us_implied_phrases"])


def is_funding_line(written: str) -> bool:
    """Is a name a funding line named for its recipient ("<Country> Security Assistance
    Initiative", "<Country> Security Initiative", "<Region> Deterrence Initiative"), which like FMF
    funds projects and is no agreement? A name without a place before its ending ("Maritime
    Security Initiative") and a known program are not judged so.

    >>> is_funding_line("Jordan Security Assistance Initiative")
    True
    >>> is_funding_line("Jordan Security Initiative")
    True
    >>> is_funding_line("Nordic Deterrence Initiative")
    True
    >>> is_funding_line("Maritime Security Initiative"), is_funding_line("Accra Initiative")
    (False, False)

    A region's security initiative is a partnership of the region's states
    (``regional_partnership_endings``):

    >>> is_funding_line("Nordic Security Initiative")
    False

    A programme named for the aid it delivers is one too (``funding_programme_words``):

    >>> is_funding_line("Humanitarian Assistance Program")
    True
    >>> is_funding_line("Defence Education Enhancement Programme")
    False
    """
    name = " ".join(written.translate(_DASHES).split())
    name = _TRAILING_PAREN.sub("", _ARTICLE.sub("", name))
    name = _POSSESSIVE.sub("", name)
    if entry_for(name) is not None:
        return False
    vocab = vocabulary()
    for ending in vocab["funding_initiative_endings"]:
        if name.endswith(" " + ending):
            prefix = name[: -len(ending)].strip()
            # a region's "Security Initiative" is a partnership of the region's states, as the
            # annotators write it ("Baltic Security Initiative"): only a state's is a line
            regions = ending not in vocab["regional_partnership_endings"]["words"]
            if prefix and strip_party_prefix(prefix + " X", regions_alone=regions) == "X":
                return True
    words = name.lower().split()
    return any(w in ("program", "programme", "programs", "programmes") for w in words) and (
        _funding_programme_regex().search(name) is not None)


@cache
def _funding_programme_regex() -> re.Pattern[str]:
    """``funding_programme_words``: a programme named for the aid it delivers ("Humanitarian
    Assistance Program", "Biological Threat Reduction Program", "UN Drug Control Programme")
    funds or runs projects, unlike a cooperation programme ("Defence Education Enhancement
    Programme", "Georgia Defense Readiness Program")."""
    return _phrase_regex(vocabulary()["funding_programme_words"])


def _phrase_regex(phrases: Iterable[str]) -> re.Pattern[str]:
    """Any of ``phrases`` as a whole word, in any case (as a trie: ``phrase_trie``)."""
    return re.compile(phrase_trie(phrases, ignore_case=True) + r"(?![\w-])", re.IGNORECASE)


@cache
def _status_regexes() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((status, _phrase_regex(words)) for status, words in vocabulary()["statuses"])


def status_of(text: str, kind: str = "") -> str:
    """The status a clause gives an agreement: the first status (in the data's order:
    proposed, ended, in_force, signed, active) one of whose phrases occurs, else the kind's
    default (partnerships are active), else "" (unknown).

    >>> status_of("The United States and Uzbekistan signed an ACSA in 2016.")
    'signed'
    >>> status_of("The treaty entered into force in 1994.")
    'in_force'
    >>> status_of("The United States and Turkmenistan have expressed interest in a pairing.")
    'proposed'
    >>> status_of("Kazakhstan withdrew from the treaty in 2020.")
    'ended'
    >>> status_of("Since 2002, Virginia and Tajikistan have engaged in the program.")
    'active'
    >>> status_of("The Treaty of Friendship.", "treaty"), status_of("GPOI.", "partnership")
    ('', 'active')

    Joining or adopting an accord is signing it; joining a programme leaves it active.

    >>> status_of("Morocco joined the Abraham Accords in 2020.", "agreement")
    'signed'
    >>> status_of("Georgia joined the Partnership for Peace in 1994.", "partnership")
    'active'
    >>> status_of("The treaty remains in force.", "treaty")
    'in_force'
    """
    return stated_status(text, kind) or str(vocabulary()["default_status"].get(kind, ""))


def stated_status(text: str, kind: str = "", skip: Iterable[str] = ()) -> str | None:
    """The status a phrase of ``text`` states (see ``status_of``), None when no phrase does;
    statuses in ``skip`` are not looked for.

    >>> stated_status("The MOU was signed in 2015."), stated_status("The MOU.")
    ('signed', None)
    >>> stated_status("The ACSA was signed and later expired.", skip=["ended"])
    'signed'
    """
    return _stated_status(text, kind, frozenset(skip))


def _for_kind(status: str | None, kind: str, text: str) -> str | None:
    """An instrument that is no programme or partnership (``programme_kinds``) and that
    ``text`` says is at work (an "active" phrase: "since 1991", "continues", "operates under",
    "through 2027") is in force: the annotators give such an instrument "active" almost never
    (9 of 2,340 held-out mentions), and 33 of the 51 held-out mentions once read as active are
    in force. Not when the work is one its parties share (``joint_work_words``: "have shared
    patrol duties under the accord since 2017"); a kind with a default status (transit) keeps it.

    >>> _for_kind("active", "partnership", "in place since 2012")
    'active'
    >>> _for_kind("active", "memorandum", "has had the MOU since 1991")
    'in_force'
    >>> _for_kind("active", "agreement", "operates under a basing agreement through 2042")
    'in_force'
    >>> _for_kind("active", "agreement", "have shared duties under the accord since 2017")
    'active'
    >>> _for_kind("active", "transit", "since 2001"), _for_kind("active", "", "since 2001")
    ('active', 'active')
    """
    vocab = vocabulary()
    if (status == "active" and kind and kind not in vocab["programme_kinds"]
            and kind not in vocab["default_status"]
            and not _joint_work_regex().search(text)):
        return "in_force"
    return status


@cache
def _joint_work_regex() -> re.Pattern[str]:
    return _phrase_regex(vocabulary()["joint_work_words"])


@lru_cache(maxsize=_REMEMBERED_CLAUSES)
def _stated_status(text: str, kind: str, skipped: frozenset[str]) -> str | None:
    told = _achievement_regex().sub(_achieved, _past_negotiation_regex().sub(" ", text))
    return _for_kind(_phrase_status(told, kind, skipped), kind, text)


@cache
def _achievement_regex() -> re.Pattern[str]:
    """What an ordinal says one was the Nth to do ("the twelfth Pacific Island country to
    conclude", "the first Gulf state to sign"): done, no plan (``achievement_ordinals``,
    ``achievement_nouns``, ``achievement_verbs``).

    >>> stated_status("It became the twelfth country to conclude a shiprider agreement.")
    'signed'
    >>> stated_status("It hopes to conclude a shiprider agreement.")
    'proposed'
    """
    vocab = vocabulary()
    ordinals = word_alternation(vocab["achievement_ordinals"])
    nouns = word_alternation(vocab["achievement_nouns"])
    verbs = word_alternation(list(vocab["achievement_verbs"]))
    return re.compile(rf"\b(?:{ordinals})[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){{0,4}}?(?:{nouns})"
                      rf"(?:[ \u00a0]+(?:in|of)[ \u00a0]+[\w’'-]+(?:[ \u00a0]+[\w’'-]+)?)?"
                      rf"[ \u00a0]+to[ \u00a0]+(?P<verb>{verbs})\b", re.IGNORECASE)


def _achieved(m: re.Match[str]) -> str:
    return " " + str(vocabulary()["achievement_verbs"][m.group("verb").lower()]) + " "


@cache
def _past_negotiation_regex() -> re.Pattern[str]:
    """Talks that are over, which propose nothing: a negotiation noun after an opener of
    ``past_negotiation_openers`` within four words ("after 13 days of negotiations") or before
    a word of ``past_negotiation_followers`` ("Negotiations followed, and ... signed").

    >>> stated_status("They signed the Accords in 1978, after 13 days of negotiations.")
    'signed'
    >>> stated_status("They agreed to begin negotiations on an ACSA.")
    'proposed'
    """
    vocab = vocabulary()
    nouns = word_alternation(vocab["negotiation_nouns"])
    openers = word_alternation(vocab["past_negotiation_openers"])
    followers = word_alternation(vocab["past_negotiation_followers"])
    return re.compile(rf"\b(?:(?:{openers})[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){{0,4}}(?:{nouns})"
                      rf"|(?:{nouns}),?[ \u00a0]+(?:{followers}))\b", re.IGNORECASE)


@cache
def _any_status_phrase_regex() -> re.Pattern[str]:
    """A phrase of any status, of ``join_words`` or of ``future_force_phrases``: where it
    finds none, no regex of ``_phrase_status`` does (and most sentences have none)."""
    vocab = vocabulary()
    return _phrase_regex([*(w for _, words in vocab["statuses"] for w in words),
                          *vocab["join_words"], *vocab["future_force_phrases"]])


_JOINED = "(joined)"  # no status: what ``_status_phrase`` says of "joined", "adopted" ...


def _phrase_status(text: str, kind: str, skipped: frozenset[str]) -> str | None:
    status = _status_phrase(text, skipped)
    if (status == "proposed" and not _proposed_beyond_preliminary_regex().search(text)
            and _status_phrase(text, skipped | {"proposed"}) in ("signed", _JOINED)):
        # "initialed in Dayton in November 1995 and signed in Paris": the signing came after
        # the initialing ("preliminary_stage_words", proposed only on their own); that it was
        # signed is all the phrases say, whatever the kind
        return "signed"
    if (status == "signed" and kind in vocabulary()["programme_kinds"]
            and not _programme_signing_regex().search(text)):
        # "endorsed", "reached" sign an instrument, not a programme ("instrument_signing_words":
        # a package endorsed at a summit stays active)
        status = _status_phrase(text, skipped | {"signed"})
    if status == _JOINED:  # joining an accord is signing it; joining a programme leaves it active
        defaults = vocabulary()["default_status"]
        return str(defaults.get(kind, "signed")) if kind in defaults else "signed"
    return status


@cache
def _status_words_less(status: str, key: str) -> re.Pattern[str]:
    """The phrases of ``status`` but those of the vocabulary list ``key``, as one regex."""
    vocab = vocabulary()
    less = set(vocab[key])
    return _phrase_regex([w for w in dict(vocab["statuses"])[status] if w not in less])


def _proposed_beyond_preliminary_regex() -> re.Pattern[str]:
    return _status_words_less("proposed", "preliminary_stage_words")


def _programme_signing_regex() -> re.Pattern[str]:
    return _status_words_less("signed", "instrument_signing_words")


@lru_cache(maxsize=_REMEMBERED_CLAUSES)  # the same clause is asked about for several kinds
def _status_phrase(text: str, skipped: frozenset[str]) -> str | None:
    """The first status (in the data's order) a phrase of ``text`` states, ``_JOINED`` for a
    joining phrase where the search reaches "active", None for no phrase."""
    first = _any_status_phrase_regex().search(text)
    if first is None:
        return None  # (nor does the future-force phrase the in_force test removes first)
    at = first.start()  # no regex below finds a phrase of its own before this one
    for status, regex in _status_regexes():
        if status == "active" and _join_regex().search(text, at):
            return _JOINED
        if status in skipped:
            continue
        if status == "in_force":
            # "will enter into force once ratified": signed, not yet in force
            if regex.search(_future_force_regex().sub(" ", text)):
                return status
        elif regex.search(text, at):
            return status
    return None


def phrase_distance(text: str, lo: int, hi: int, proposed: bool) -> int | None:
    """How near a status phrase of ``text`` comes to the mention at ``text[lo:hi]`` (0: it
    touches or overlaps it): of the "proposed" phrases (``proposed``), else of the phrases of
    a thing done (signed, in force, ended) that no "to" or modal opens ("intend to sign"
    is a plan); None when there is none.

    >>> text = "They signed a lease in 2009 to explore a base."
    >>> phrase_distance(text, 14, 19, True), phrase_distance(text, 14, 19, False)
    (12, 3)
    >>> phrase_distance("They intend to sign a lease.", 22, 27, False) is None
    True
    >>> phrase_distance("before a lease can be concluded", 9, 14, False) is None
    True
    """
    regexes = [r for status, r in _status_regexes()
               if (status == "proposed" if proposed else status in _DONE_STATUSES)]
    distances = [(lo - m.end()) if m.end() <= lo else max(0, m.start() - hi)
                 for regex in regexes for m in regex.finditer(text)
                 if proposed or _PLANNED_BEFORE.search(text, 0, m.start()) is None]
    return min(distances, default=None)


_DONE_STATUSES = ("signed", "in_force", "ended")
# "to sign", "will be signed", "can be concluded", "could not have been signed"
_PLANNED_BEFORE = re.compile(r"\b(?:to|will|would|could|should|shall|may|might|can|cannot|must)"
                             r"(?:[ \u00a0]+(?:not|be|been|have|yet|soon|then|now))*[ \u00a0]+$",
                             re.IGNORECASE)


@cache
def _future_force_regex() -> re.Pattern[str]:
    return _phrase_regex(vocabulary()["future_force_phrases"])


# between a mention and its verb: an acronym in parentheses, its other party ("with the
# Border Service") or a conjoined instrument ("and its accompanying SOFA"), a comma, an adverb
_OPERATING_GAP = (r"[ \u00a0]*(?:\([^()]{1,40}\)[ \u00a0]*)?(?:of[ \u00a0]+\d{4}[ \u00a0]*)?"
                  r"(?:(?:with|and[ \u00a0]+(?:the|its|their))[ \u00a0]+(?:[\w.’'-]+[ \u00a0]+)"
                  r"{1,5}?(?:\([^()]{1,40}\)[ \u00a0]*)?)?,?"
                  r"[ \u00a0]*(?:(?:which|that)[ \u00a0]+)?"  # (", which governs U.S. use of ...")
                  r"(?:(?:also|now|still|currently|already)[ \u00a0]+)?")  # ("... of 1951")
_OPERATING_LEAD = r"(?:(?:the|its|their|this|that|an?)[ \u00a0]+)?(?:[\w.’'-]+[ \u00a0]+){0,3}$"


def word_alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words and phrases, longest first (so that "into"
    wins over "in").

    >>> word_alternation(["in", "into"])
    'into|in'
    """
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@cache
def _operating_regexes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(openers before a mention, frames before it, verbs after it)."""
    vocab = vocabulary()

    def before(key: str) -> re.Pattern[str]:
        return re.compile(phrase_trie(vocab[key], ignore_case=True) + r"[ \u00a0]+"
                          + _OPERATING_LEAD, re.IGNORECASE)

    after = re.compile(_OPERATING_GAP + phrase_trie(vocab["operating_verbs"], ignore_case=True,
                                                    not_after=None)
                       + r"(?![\w-])", re.IGNORECASE)
    return before("operating_openers"), before("operating_frames"), after


def operating_status(text: str, start: int, end: int) -> str | None:
    """"in_force" when the mention at ``[start, end)`` of ``text`` (its clause) is written as
    an instrument at work: the subject of a present-tense verb of what it does, after an
    opener ("anchored in"), or what something happens under (``operating_verbs``,
    ``operating_openers``, ``operating_frames`` in the data); else None. Only for a mention
    no status phrase speaks of.

    >>> s = "The SOA governs how visiting crews are taxed."
    >>> operating_status(s, 4, 7)
    'in_force'
    >>> s = "Under the SFA, the two governments hold annual talks."
    >>> operating_status(s, 10, 13)
    'in_force'
    >>> s = "The ACSA, which Peru requested, was a topic."
    >>> operating_status(s, 4, 8) is None
    True
    """
    openers, frame, after = _operating_regexes()
    if after.match(text, end) is not None:
        return "in_force"
    before = text[max(0, start - 60):start]
    if openers.search(before) is not None or frame.search(before) is not None:
        return "in_force"
    return None


@cache
def _commitment_regex() -> re.Pattern[str]:
    # a phrase, then anything but a clause's or sentence's end, up to the mention
    return re.compile(phrase_trie(vocabulary()["commitment_phrases"], ignore_case=True)
                      + r"(?![\w-])[^;:.!?]{0,200}$", re.IGNORECASE)


def commitment_status(text: str, start: int, kind: str) -> str | None:
    """"in_force" when the instrument starting at ``start`` of ``text`` (its clause) is
    what parties commit to or act in accordance with (``commitment_phrases``: "reaffirmed
    their commitment to the purposes and principles of the Charter of the United Nations",
    "and to the full implementation of the Chemical Weapons Convention"): an instrument at
    work, as the held-out annotators read it; else None. Only for a mention no status phrase
    speaks of; programmes and partnerships keep their status.

    >>> s = "The Ministers reaffirmed their commitment to the NPT and to the BWC."
    >>> commitment_status(s, s.index("BWC"), "treaty")
    'in_force'
    >>> s = "The sides reaffirmed their commitment to peace; the NPT was discussed."
    >>> commitment_status(s, s.index("NPT"), "treaty") is None
    True
    >>> commitment_status(s, s.index("NPT"), "partnership") is None
    True
    """
    vocab = vocabulary()
    if kind in vocab["programme_kinds"] or kind in vocab["default_status"]:
        return None
    if _commitment_regex().search(text[max(0, start - 260):start]) is not None:
        return "in_force"
    return None


# between a mention and a governing predicate: its acronym, then its own signing participle
# (", signed in 2002,"; "concluded by diplomatic note in 2008, which") or a party phrase
# ("with the United States"); never a clause of its own
_GOVERNING_GAP_OPENERS = ("with", "between", "of", "which", "that", "first", "originally")


@cache
def _governing_regexes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str],
                                  re.Pattern[str]]:
    """(openers before a mention, predicates after it, building verbs before it, the
    participles that state a signing of its own)."""
    vocab = vocabulary()

    def before(key: str) -> re.Pattern[str]:
        return re.compile(phrase_trie(vocab[key], ignore_case=True) + r"[ \u00a0]+"
                          + _OPERATING_LEAD, re.IGNORECASE)

    participles = [*vocab["signatory_verbs"], *vocab["own_signing_participles"]]
    gap_words = phrase_trie([*participles, *_GOVERNING_GAP_OPENERS], ignore_case=True,
                            not_after=None)
    predicate = re.compile(r"^(?:[ \u00a0]*\([^()]{1,40}\))?(?:[ \u00a0,]+" + gap_words
                           + r"(?![\w-])[^;]*?)?[ \u00a0,]*(?:(?:now|still|today)[ \u00a0]+)?"
                           + phrase_trie(vocab["governing_predicates"], ignore_case=True,
                                         not_after=None) + r"(?![\w-])",
                           re.IGNORECASE)
    # its own participle or relative clause: "the SOFA (SOFA), signed in ...", "the SOFA that
    # Lima and Santiago concluded in 1999"; not a later verb's "agreed areas"
    own_signing = re.compile(r"^(?:[ \u00a0]*\([^()]{1,40}\))?,?[ \u00a0]*(?:(?:which|that)"
                             r"[ \u00a0]+(?:[\w.’'-]+[ \u00a0]+){0,6}?)?(?:(?:first|originally|"
                             r"also)[ \u00a0]+)?" + phrase_trie(participles, ignore_case=True,
                                                            not_after=None)
                             + r"(?![\w-])",
                             re.IGNORECASE)
    return before("governing_openers"), predicate, before("building_verbs"), own_signing


@cache
def _predicate_words() -> tuple[str, ...]:
    """The first word of each ``governing_predicates`` phrase."""
    return tuple({p.split()[0] for p in vocabulary()["governing_predicates"]})


def governing_status(text: str, start: int, end: int, kind: str) -> str | None:
    """"in_force" when the instrument at ``[start, end)`` of ``text`` (its sentence up to the
    next agreement) is written as what goes on today stands on, even beside its own signing:
    what something is governed or proceeds by ("governing_openers": "is governed by", "operates
    under", "still rests on"), the subject of a standing predicate ("governing_predicates":
    "..., signed in 2002, remains the foundation of ...", "continues to govern"), or, with no
    signing of its own, the object of a building verb ("building_verbs": "supplements the 1951
    SOFA", "building on the DCA"); else None. Programmes and partnerships keep their status.
    "Rests on" alone is no such opener: the annotators read "rests on the X, signed in ..." both
    ways.

    >>> s = "The Charter, signed in Riga in 2003, remains the foundation of our ties."
    >>> governing_status(s, 4, 11, "charter")
    'in_force'
    >>> s = "Port security is governed by the Harbor Accord, first inked in 2004."
    >>> governing_status(s, s.index("Harbor"), s.index(","), "agreement")
    'in_force'
    >>> s = "The new accord supplements the 1960 Basing Agreement."
    >>> governing_status(s, s.index("Basing"), len(s) - 1, "agreement")
    'in_force'
    >>> s = "The new accord builds on the Basing Agreement signed in 1960."
    >>> governing_status(s, s.index("Basing"), s.index(" signed"), "agreement") is None
    True
    >>> s = "The ACSA, signed in 2010, governs logistics support."
    >>> governing_status(s, 4, 8, "acsa") is None
    True
    """
    vocab = vocabulary()
    if kind in vocab["programme_kinds"] or kind in vocab["default_status"]:
        return None
    openers, predicate, building, own_signing = _governing_regexes()
    before = text[max(0, start - 60):start]
    if openers.search(before) is not None:
        return "in_force"
    after = text[end:end + 300]
    if (may_hold_case_blind(after, _predicate_words())  # (a word every match holds)
            and predicate.match(after) is not None):
        return "in_force"
    if building.search(before) is not None and own_signing.match(text[end:end + 120]) is None:
        return "in_force"
    return None


@cache
def _own_participle_regex() -> re.Pattern[str]:
    vocab = vocabulary()
    words = [w for w in (*vocab["signatory_verbs"], *vocab["own_signing_participles"])
             if w not in vocab["not_own_event_participles"]]
    # (a relative clause with or without its pronoun: "the Status of Forces Agreement the two
    # governments concluded in 1998", "the accord Ghana signed")
    return re.compile(r"(?:[ \u00a0]*\([^()]{1,40}\))?,?[ \u00a0]*(?:(?:which|that)[ \u00a0]+"
                      r"(?:(?!(?:never|not|but|yet)\b)[\w.’'-]+[ \u00a0]+){0,10}?"
                      r"|(?:the|both|their|its)[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}?"
                      r"(?:governments|countries|sides|ministries|parties|states|two)[ \u00a0]+"
                      r"|(?-i:[A-Z][\w.’'-]*(?:[ \u00a0]+[A-Z][\w.’'-]*){0,3})[ \u00a0]+)?"
                      r"(?:(?:first|originally|also)[ \u00a0]+)?"
                      + phrase_trie(words, ignore_case=True, not_after=None)
                      + r"(?![\w-])[^,;]*", re.IGNORECASE)


def own_event_status(text: str, end: int, kind: str) -> tuple[str, int] | None:
    """The status the participle or relative clause right after a mention ending at ``end``
    states of it ("the Roadmap, adopted in June 2023, ...": signed; "the Partnership, launched
    in 2022, ...": its kind's default, active; "the SOFA in force between them": in force), and
    where that phrase ends (its dates are the mention's); else None. Its own event outweighs a
    plan stated elsewhere in the sentence ("... and pledged to conclude talks by 2025").

    >>> s = "The Roadmap, adopted in June 2023, sets goals, and the firms are negotiating a deal."
    >>> own_event_status(s, s.index(","), "agreement")
    ('signed', 33)
    >>> s = "The Dialogue, launched in 2022, will hold talks on a new accord."
    >>> own_event_status(s, s.index(","), "partnership")
    ('active', 30)
    >>> s = "Talks on the MOU, first proposed in 2021, go on."
    >>> own_event_status(s, s.index(","), "memorandum") is None
    True
    """
    m = _own_participle_regex().match(text, end)
    if m is None:
        return None
    defaults = vocabulary()["default_status"]
    return (stated_status(m.group(0), kind, skip=["proposed"])
            or str(defaults.get(kind, "signed")), m.end())


@cache
def _join_regex() -> re.Pattern[str]:
    return _phrase_regex(vocabulary()["join_words"])


@cache
def _ended_regex() -> re.Pattern[str]:
    return next(regex for status, regex in _status_regexes() if status == "ended")


_NEW_SUBJECT = re.compile(
    r";|,\s*(?:and|but|while|whereas)\b|\b(?:when|after|before|until|because|following|once)\b"
    r"|\band\s+(?:the|its|their|his|her|[A-Z])")


# "ended a name dispute": an ended verb with an object of its own; the agreement before it is
# what did the ending, not what ended ("the following year" is a time, not an object).
_TRANSITIVE_OBJECT = re.compile(r"\s+(?:a|an|their|its|the(?!\s+(?:following|next|same|end|"
                                r"year|month)\b))\s")
# between an ended adjective (``adjective_end_words``) and the agreement it speaks of: a word or
# two ("its former basing agreement")
_PREMODIFIER_GAP = re.compile(r"[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){0,2}")
# "signed by Bolivia and the United States": two named parties joined, not a new subject.
_STATE_PAIR = re.compile(r"\b[A-Z][\w.]*\s+and\s+(?:the\s+)?(?=[A-Z])")


def ended_phrase_governs(text: str, start: int, end: int) -> bool:
    """Does an "ended" phrase of ``text`` (expired, terminated, withdrew, lapsed ...) speak of
    the agreement at ``text[start:end]``? Only when no new subject comes between the two
    ("signed a SOFA in 2001, and U.S. forces withdrew in 2005": the forces withdrew).

    >>> s = "Kyrgyzstan terminated the Cooperation Agreement in 2015."
    >>> ended_phrase_governs(s, s.index("Cooperation"), s.index(" in 2015"))
    True
    >>> s = "They signed a SOFA in 2001, and U.S. forces withdrew in 2005."
    >>> ended_phrase_governs(s, s.index("SOFA"), s.index("SOFA") + 4)
    False
    >>> s = "The SOFA was signed in 2001 and expired in 2005."
    >>> ended_phrase_governs(s, s.index("SOFA"), s.index("SOFA") + 4)
    True

    What something else ended with is its instrument, not what ended:

    >>> s = "The MOU signed by Bolivia and the United States in 2008 was terminated in 2009."
    >>> ended_phrase_governs(s, s.index("MOU"), s.index("MOU") + 3)
    True

    >>> s = "The Prespa Agreement between Greece and North Macedonia ended a name dispute."
    >>> ended_phrase_governs(s, s.index("Prespa"), s.index(" between"))
    False

    >>> s = "The fighting ended with a ceasefire agreement signed in 2020."
    >>> ended_phrase_governs(s, s.index("ceasefire"), s.index(" signed"))
    False

    "Former" is the noun's it modifies:

    >>> s = "Peru's former basing agreement with the United States."
    >>> ended_phrase_governs(s, s.index("basing"), s.index(" with"))
    True
    >>> s = "The CTR agreement funded the cleanup of the former test site."
    >>> ended_phrase_governs(s, s.index("CTR"), s.index(" funded"))
    False
    """
    instruments = tuple(vocabulary()["instrument_prepositions"])
    for m in _ended_regex().finditer(text):
        between = text[m.end():start] if m.end() <= start else text[end:m.start()]
        if m.start() < end and m.end() > start:
            return True
        if m.group(0).lower() in vocabulary()["adjective_end_words"]:
            if m.end() <= start and _PREMODIFIER_GAP.fullmatch(between):
                return True  # "Turkmenistan's former pairing"
            continue  # "secured the former Soviet test site": another noun's
        if m.end() <= start and between.split()[:1] and between.split()[0] in instruments:
            continue
        if m.start() >= end and (_TRANSITIVE_OBJECT.match(text, m.end())
                                 or m.group(0).lower().endswith(" the")):
            continue  # "the accord ... that ended their border conflict": it ended the conflict
        if not _NEW_SUBJECT.search(_STATE_PAIR.sub(" ", between)):
            return True
        if m.start() >= end and _names_itself(between):
            return True  # "signed ... in 2019, but the pairing lapsed in 2022"
    return False


@cache
def _self_anaphor_regex() -> re.Pattern[str]:
    nouns = "|".join(map(re.escape, vocabulary()["self_anaphors"]))
    return re.compile(r",\s*(?:and|but)\s+(?:the|this|that|its)\s+(?:[a-z-]+\s+)?(?:" + nouns
                      + r")\s+(?:(?:has|had|was|were|also|then|later|eventually)\s+)?$")


def continues_with_itself(text: str) -> bool:
    """Does a clause open with the agreement's own noun as its subject (", but the pairing
    lapsed in 2022")? Then it goes on speaking of the agreement before it.

    >>> continues_with_itself(", but the pairing lapsed in 2022.")
    True
    >>> continues_with_itself(", but Ghana joined in 2005.")
    False
    """
    return _continuing_regex().match(text) is not None


@cache
def _next_clause_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a clause after a semicolon whose subject is the agreement before it: "it", "both",
    "the MOU"; one whose object is: "Uzbekistan terminated it")."""
    nouns = "|".join(map(re.escape, vocabulary()["self_anaphors"]))
    subject = re.compile(r";\s+(?:(?P<both>both|they|the\s+two)|it|the\s+(?:[a-z-]+\s+)?"
                         r"(?:" + nouns + r"|[A-Z]{3,5})s?)\s")
    obj = re.compile(r";\s+(?:[A-Z][\w.’'-]*\s+){1,3}\w+\s+(?:(?P<both>them|both)|it)\b")
    return subject, obj


def next_clause_status(text: str, last: int) -> str | None:
    """"ended" or "in_force" when the clause after the semicolon that ``text`` starts with
    says that the agreement just before it ended or entered into force: its subject the
    agreement ("; it expired in July 2014", "; the MOU expired ...", "; the treaty entered into
    force on March 21, 2009"), or its object ("; Uzbekistan terminated it in July 2005");
    else None. ``last``: how many agreements stand between this one and the semicolon,
    counting it (1: it is the last; "both" and "they" speak of the last two).

    >>> next_clause_status("; it expired in July 2014, after a vote.", 1)
    'ended'
    >>> next_clause_status("; both lapsed in 2014.", 2), next_clause_status("; it lapsed.", 2)
    ('ended', None)
    >>> next_clause_status("; Uzbekistan terminated it in July 2005.", 1)
    'ended'
    >>> next_clause_status("; U.S. forces withdrew in 2005.", 1) is None
    True
    >>> next_clause_status("; it entered into force on March 21, 2009.", 1)
    'in_force'
    >>> next_clause_status("; it never entered into force.", 1) is None
    True
    """
    subject, obj = _next_clause_regexes()
    m = subject.match(text) or obj.match(text)
    if m is None or last > (2 if m.group("both") else 1):
        return None
    end = text.find(";", 1)
    status = stated_status(text[1:end if end > 0 else len(text)])
    return status if status in ("ended", "in_force") else None


@cache
def _continuing_regex() -> re.Pattern[str]:
    nouns = "|".join(map(re.escape, vocabulary()["self_anaphors"]))
    return re.compile(r",\s*(?:and|but)\s+(?:the|this|that|its)\s+(?:[a-z-]+\s+)?(?:" + nouns
                      + r")\b")


def _names_itself(between: str) -> bool:
    """Is the only new subject between an agreement and an ended phrase the agreement's own
    noun (", but the pairing", ", and the memorandum")? Then the phrase speaks of it.

    >>> _names_itself(" in 2009, and the memorandum "), _names_itself(" in 2009, and the boats ")
    (True, False)
    """
    found = list(_NEW_SUBJECT.finditer(between))
    return len(found) == 1 and _self_anaphor_regex().search(between) is not None


def end_marker(text: str, start: int, until: bool = False) -> str | None:
    """Does the word before the date at ``start`` make it an end ("expires in 2030", "ended in
    2014")? "past" for an end that has happened ("expired", "ended", "replaced"), "open" for
    one stated as ahead or ongoing ("expires", "ends"), else None. ``until``: the date is
    already an end ("through 2025"); say only whether it is open ("extended through 2025",
    "valid until 2030") or past.

    >>> s = "The MOU expires in 2030 and was signed in 2020."
    >>> end_marker(s, s.index("2030")), end_marker(s, s.index("2020"))
    ('open', None)
    >>> s = "The SOFA ended in 2014 and was extended until 2030."
    >>> end_marker(s, s.index("2014")), end_marker(s, s.index("until"), until=True)
    ('past', 'open')

    An extension a few words before states an end ahead; a past state verb one that has come:

    >>> s = "The lease was amended to extend naval access through 2040."
    >>> end_marker(s, s.index("through"), until=True)
    'open'
    >>> s = "The basing accord stayed in force until 2012."
    >>> end_marker(s, s.index("until"), until=True)
    'past'
    """
    before = [w.strip(",;").lower() for w in text[max(0, start - 40):start].split()]
    while before and before[-1] in ("in", "on", "at", "the", "end", "of", "by", "from", "years",
                                    "year", "fiscal", "period", "calendar"):
        if before[-1] == "end" and len(before) > 1 and before[-2] == "the":
            before = before[:-2]  # "at the end of 2025"
            continue
        before = before[:-1]
    if not before:
        return None
    vocab = vocabulary()
    if before[-1] in vocab["effect_words"]["words"]:
        # "voted to terminate the Agreement ..., effective July 11, 2014": ahead or come;
        # "denounced the Agreement ..., with effect from August 20, 2015": come
        termination = _termination_before(text, start)
        if termination:
            return "past" if termination & set(
                vocab["termination_words"]["past_words"]) else "open"
    if before[-1] in vocab["past_end_words"]:
        return "past"
    if until and before[-1] not in extension_verbs() and any(
            w in vocab["past_state_words"] for w in before[-4:]):
        return "past"  # "remained in effect until 2019", not "was extended until 2030"
    if before[-1] in vocab["end_words"] or (until and before[-1] in vocab["open_end_words"]):
        return "open"
    if until and any(w in extension_verbs() for w in before[-5:]):
        return "open"  # "amended to extend U.S. access through 2035"
    if until and "will" in re.split(r"[,;.]", text[max(0, start - 100):start])[-1].split():
        return "open"  # "a roadmap that will guide the group's activities through 2026": ahead
    return None


def clause_start(text: str, pos: int, reach: int) -> int:
    """Where the clause ``pos`` stands in begins, looking back at most ``reach`` characters:
    after the last stop, semicolon or line break.

    >>> s = "It expired in 2014; the MOU was signed in 2020."
    >>> s[clause_start(s, s.index("2020"), 100):s.index("2020")]
    'the MOU was signed in '
    """
    lo = max(0, pos - reach)
    for brk in (". ", "; ", "\n"):
        at = text.rfind(brk, lo, pos)
        lo = max(lo, at + len(brk)) if at >= 0 else lo
    return lo


def _termination_before(text: str, start: int) -> set[str]:
    """The termination words (``termination_words``: "terminate", "denounced") earlier in the
    sentence of the date at ``start``."""
    lo = clause_start(text, start, 250)
    words = {w.strip(",;:()").lower() for w in text[lo:start].split()}
    return words & set(vocabulary()["termination_words"]["words"])


@cache
def _signatory_regex() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    verbs = phrase_trie(vocabulary()["signatory_verbs"], not_after=None)
    # "... concluded with NATO in 2012": the other side, after the verb
    partner = (r"(?:[ \u00a0]+with[ \u00a0]+(?P<partner>(?:the[ \u00a0]+)?[A-Z][^;()]{0,120}?)"
               r"(?=[ \u00a0]+(?:in|on|at|during|since|to|for|that|which|under|as)\b"
               r"|,?[ \u00a0]+and[ \u00a0]+[a-z]|,[ \u00a0]+(?!(?:and|or)\b)[a-z]|[;.()]|,?$))?")
    relative = re.compile(r"^[\s,]*(?:that|which)\s+(?P<who>[^,;]{1,120}?)\s+(?:had\s+|have\s+|"
                          r"has\s+|jointly\s+|formally\s+)*" + verbs + r"\b" + partner)
    # (not past a finite verb of another predicate: "the Treaty, signed in Washington on
    # March 26, 1979, was accompanied by a U.S. aid package")
    agents = re.compile(r"^[^;]{0,60}?\b" + verbs
                        + r"\b(?:(?!\b(?:and|was|were|is|are|has|have|had)\b)[^;]){0,60}?"
                        r"\b(?:by|between)\s+"
                        r"(?P<who>[^;]+?)(?=,?\s+as well as\b|,\s+(?:which|who|where|while|but)\b"
                        r"|[;.]?$)")
    # "the accord Chile and Peru signed": a relative clause without its pronoun
    bare = re.compile(r"^[ \u00a0]+(?P<who>(?:the[ \u00a0]+)?[A-Z][^,;()]{0,80}?)[ \u00a0]+"
                      r"(?:jointly[ \u00a0]+|formally[ \u00a0]+)?" + verbs + r"\b" + partner)
    return relative, agents, bare


def signatories_span(text: str, end: int, limit: int) -> tuple[int, int] | None:
    """Where the signatories of the agreement ending at ``end`` are named right after it, if
    they are: a relative clause ("the ceasefire agreement that Russia and Georgia signed") or
    an agent ("an accord signed in 2020 by Armenia, Azerbaijan, and Russia"). ``limit``: the
    end of the agreement's clause.

    >>> s = "calls on Russia to honor the ceasefire that Russia and Georgia signed in 2008."
    >>> a, b = signatories_span(s, s.index(" that"), len(s)); s[a:b]
    'Russia and Georgia'
    >>> s = "a ceasefire agreement signed on November 9, 2020 by Armenia and Russia, under which"
    >>> a, b = signatories_span(s, s.index(" signed"), s.index(", under")); s[a:b]
    'Armenia and Russia'
    >>> signatories_span("the SOFA with Kenya.", 8, 20) is None
    True
    >>> s = "the Lima Accord, signed in 1990, and the pact between Peru and Chile"
    >>> signatories_span(s, s.index(","), len(s)) is None
    True
    >>> s = "the truce signed in Doha on 3 May 2019 between the Government of Mali and the MNLF"
    >>> a, b = signatories_span(s, s.index(" signed"), len(s)); s[a:b]
    'the Government of Mali and the MNLF'

    >>> s = "welcomed the fisheries accord Chile and Peru signed in Lima"
    >>> a, b = signatories_span(s, s.index(" Chile"), len(s)); s[a:b]
    'Chile and Peru'
    """
    return _signatory_group(text, end, limit, "who")


def _signatory_group(text: str, end: int, limit: int, group: str) -> tuple[int, int] | None:
    """Where ``group`` ("who", "partner") of ``_signatory_regex``'s match right after ``end``
    is: a relative clause, else an agent, else a relative clause without its pronoun."""
    relative, agents, bare = _signatory_regex()
    after = text[end:limit]
    m = relative.match(after)
    if m is None and ("by" in after or "between" in after):  # (one is in every ``agents`` match)
        m = agents.match(after)
    if m is None:
        m = bare.match(after)
    if m is None or not m.groupdict().get(group):
        return None
    return end + m.start(group), end + m.end(group)


def signing_partner_span(text: str, end: int, limit: int) -> tuple[int, int] | None:
    """Where the other side is named when the signatories named right after the agreement
    ending at ``end`` (``signatories_span``) signed it "with" someone ("the reverse transit
    agreements Uzbekistan concluded with NATO in 2012").

    >>> s = "the transit agreements Uzbekistan concluded with NATO in 2012 will support"
    >>> a, b = signing_partner_span(s, s.index(" Uzbekistan"), len(s)); s[a:b]
    'NATO'
    >>> s = "the treaty that Russia signed with Armenia, Kazakhstan, and Tajikistan in 1992."
    >>> a, b = signing_partner_span(s, s.index(" that"), len(s)); s[a:b]
    'Armenia, Kazakhstan, and Tajikistan'
    """
    return _signatory_group(text, end, limit, "partner")


# "the Nigerian Army", "the Kenya Defence Forces": a state's own military stands for the state
_STATE_MILITARY = re.compile(r"(?:[A-Z][\w’'-]*[ \u00a0]+){1,3}(?:Army|Navy|Armed Forces|"
                             r"Defen[cs]e Forces)|Armed Forces of .+")


# "the Chief of the General Staff of the Mongolian Armed Forces": an officer of a state's military
_STATE_MILITARY_END = re.compile(r"\bof[ \u00a0]+(?:the[ \u00a0]+)?(?:[A-Z][\w’'-]*[ \u00a0]+){1,3}"
                                 r"(?:Army|Navy|Air Force|Armed Forces|Defen[cs]e Forces)\Z")


_ACRONYM_AFTER_THE = r"(?<=the )[A-Z]{3,6}"
# ``_ACRONYM_AFTER_THE`` alone, its first capital before the test for "the " (so that re skips
# the positions without a capital fast); with "the " before it, no word stands right before it.
_ACRONYM_ALONE = re.compile(r"[A-Z](?<=the [A-Z])[A-Z]{2,5}(?![\w’'-])")


@cache
def _non_state_regex() -> re.Pattern[str]:
    """The regex of ``non_state_parties``. In a text that holds none of the heads and titles
    its alternatives but the last need, that one alone finds what it finds
    (``_ACRONYM_ALONE``, a cheaper regex, for most clauses)."""
    vocab = vocabulary()
    heads = "|".join(map(re.escape, vocab["non_state_heads"]))
    titles = "|".join(map(re.escape, vocab["non_state_titles"]))
    word = r"[A-Z][\w’'-]*"
    run = word + r"(?:[ \u00a0]+(?:(?:of|for|the)[ \u00a0]+)*" + word + r")*?"
    tail = (r"(?:[ \u00a0]+(?:of|for)[ \u00a0]+(?:the[ \u00a0]+)?" + word + r"(?:[ \u00a0]+" + word
            + r")*)?")
    known = "|".join(map(re.escape, vocab["non_state_names"]))
    bare = "|".join(map(re.escape, vocab["non_state_bare_names"]))  # "Israel and Hamas"
    names = (r"(?:" + titles + r")[ \u00a0]+" + word + r"|" + run + r"[ \u00a0]+(?:" + heads + r")"
             + tail + r"|(?<=the )(?:" + known + r")|(?:" + bare + r")")
    return re.compile(r"(?<![\w’'-])(?:" + names + r"|" + _ACRONYM_AFTER_THE + r")(?![\w’'-])")


def _names_a_non_state(text: str) -> bool:
    """Does ``text`` hold a head or title of a non-state party's name (``non_state_heads``,
    ``non_state_titles``), as every match of the regex's alternatives but the acronym does?"""
    return any(w in text for w in _non_state_words())


@cache
def _non_state_words() -> tuple[str, ...]:
    vocab = vocabulary()
    return (*vocab["non_state_heads"], *vocab["non_state_titles"], *vocab["non_state_names"],
            *vocab["non_state_bare_names"])


def non_state_parties(text: str, states: Sequence[tuple[int, int]] = ()
                      ) -> list[tuple[int, int, str]]:
    """(start, end, name) of every armed group or rival government in ``text`` that can sign an
    agreement (``non_state_heads``: "the Popular Liberation Front", "the National Salvation
    Army"; ``non_state_titles``: "the Government of National Unity"; ``non_state_names`` after
    "the": "the Taliban"; an acronym after "the":
    "the MNLF"), named as written with ASCII typography; whether one signs is the caller's to
    judge. A known organization is not one (it is a party of its own, ``organization_parties``),
    nor a state's own military, an army or armed forces whose name holds a state's mention
    (``states``: spans in ``text``) and no word of ``insurgent_words`` ("the Chilean Army").

    >>> s = "between the Government of Chad and the People’s Salvation Front (PSF)"
    >>> [n for _, _, n in non_state_parties(s)]
    ["People's Salvation Front"]
    >>> [n for _, _, n in non_state_parties("signed in Doha with the Taliban")]
    ['Taliban']
    >>> s = "signed by the Government of National Unity and the MNLF"
    >>> [n for _, _, n in non_state_parties(s)]
    ['Government of National Unity', 'MNLF']
    >>> s = "signed by the NATO allies and the Royal Chilean Army"
    >>> non_state_parties(s, [(s.index("Chilean"), s.index(" Army"))])
    []
    >>> [n for _, _, n in non_state_parties("with the Revolutionary Armed Forces of Chile")]
    ['Revolutionary Armed Forces of Chile']
    >>> s = "the Chief of the General Staff of the Chilean Armed Forces signed"
    >>> non_state_parties(s, [(s.index("Chilean"), s.index(" Armed"))])
    []

    An agreement's own acronym is no party ("signed the ACSA and the SOFA"):

    >>> non_state_parties("signed the ACSA and the SOFA in 2014")
    []
    """
    out = []
    regex = _non_state_regex() if _names_a_non_state(text) else _ACRONYM_ALONE
    for m in regex.finditer(text):
        name = m.group(0).translate(_DASHES).replace("’", "'")
        military = ((_STATE_MILITARY.fullmatch(name) is not None
                     or _STATE_MILITARY_END.search(name) is not None)  # or its officer's title
                    and any(m.start() <= a < m.end() for a, _ in states)
                    and not any(w in name for w in vocabulary()["insurgent_words"]))
        if name in _organization_forms() or military or entry_for(name) is not None:
            continue
        out.append((m.start(), m.end(), "USA" if _us_body(name) else name))
    return out


def _us_body(name: str) -> bool:
    """Is ``name`` a U.S. security-assistance programme's acronym or a U.S. agency's
    (``us_agency_acronyms``)? Named as a signer it is the United States: "between the EXBS
    program and the Border Troops", "between INL and the Drug Control Agency".

    >>> _us_body("EXBS"), _us_body("INL"), _us_body("MNLF")
    (True, True, False)
    """
    from pipeline.link_money import program_mentions  # (link_money reads this module)

    return name in vocabulary()["us_agency_acronyms"] or any(
        (m.start, m.end) == (0, len(name)) for m in program_mentions(name))


# --- U.S. National Guard parties ----------------------------------------------------------

@cache
def us_states() -> dict[str, str]:
    """Written state name -> canonical state name, from pycountry's ISO 3166-2:US."""
    import pycountry

    names = {s.name: s.name for s in pycountry.subdivisions.get(country_code="US")}
    names.pop("United States Minor Outlying Islands", None)
    virgin = names.pop("Virgin Islands, U.S.", None)
    if virgin:
        names["U.S. Virgin Islands"] = "U.S. Virgin Islands"
        names["Virgin Islands"] = "U.S. Virgin Islands"
    names["D.C."] = names["DC"] = names["Washington, D.C."] = "District of Columbia"
    return names


def _state_alternatives(states: Iterable[str]) -> str:
    r"""``(?P<state>...)``: any of ``states`` where no letter, digit, "." or "-" comes before
    it, the longest first; the same as ``(?<![\w.-])(?P<state>`` and the names escaped, longest
    first, joined by ``|``, written as a trie (``phrase_trie``) so that re only tries the
    positions of a state's first letter.

    >>> _state_alternatives(["Iowa", "Idaho"])
    '(?P<state>(?:I(?<![\\w.-]I)(?:daho|owa)))'
    """
    return "(?P<state>" + phrase_trie(states, not_after=r"[\w.-]") + ")"


@cache
def _guard_regex() -> re.Pattern[str]:
    # "the Virginia National Guard", "the Georgia Army National Guard", and the short form
    # "the Mississippi Guard" (not "Arizona Guardsmen")
    return re.compile(_state_alternatives(us_states())
                      + r"(?:['’]s)?\s+(?:(?:Army|Air)\s+)?(?:National\s+)?Guard\b")


def find_guards(text: str) -> list[tuple[int, int, str]]:
    """(start, end, canonical name) of every U.S. state National Guard named in ``text``.

    >>> find_guards("the Virginia National Guard and the West Virginia Army National Guard")
    [(4, 27, 'Virginia National Guard'), (36, 69, 'West Virginia National Guard')]
    >>> find_guards("McCrady Army National Guard Training Centre")
    []

    Several states before one plural "National Guards" are each state's Guard, the last one's
    span running to the plural:

    >>> find_guards("the Guam and Hawaii National Guards")
    [(4, 8, 'Guam National Guard'), (13, 35, 'Hawaii National Guard')]
    """
    if "Guard" not in text:  # every guard's name ends "Guard(s)"
        return []
    return list(_guards_in(text))


@lru_cache(maxsize=_REMEMBERED_CLAUSES)
def _guards_in(text: str) -> tuple[tuple[int, int, str], ...]:
    states = us_states()
    found = [(m.start(), m.end(), f"{states[m.group('state')]} National Guard")
             for m in _guard_regex().finditer(text)]
    if "Guards" in text:
        for m in _plural_guards_regex().finditer(text):
            named = list(_state_regex().finditer(text, m.start(), m.end("states")))
            found += [(n.start(), n.end() if k < len(named) - 1 else m.end(),
                       f"{states[n.group('state')]} National Guard")
                      for k, n in enumerate(named)]
    return tuple(sorted(found))


@cache
def _state_regex() -> re.Pattern[str]:
    return re.compile(_state_alternatives(us_states()) + r"(?![\w-])")


@cache
def _plural_guards_regex() -> re.Pattern[str]:
    """Two or more states and one plural "National Guards" ("the Guam and Hawaii National
    Guards", "the Ohio, Iowa, and Utah National Guards")."""
    state = _state_regex().pattern.replace("(?P<state>", "(?:")
    return re.compile(r"(?P<states>" + state + r"(?:\s*,\s*" + state + r")*,?\s+and\s+"
                      + state + r")\s+(?:(?:Army|Air)\s+)?National\s+Guards\b")


@cache
def _state_body_regex() -> re.Pattern[str]:
    states = sorted(us_states(), key=len, reverse=True)
    bodies = sorted(vocabulary()["us_state_bodies"], key=len, reverse=True)
    return re.compile(r"(?<![\w.-])(?P<state>" + "|".join(re.escape(s) for s in states)
                      + r")[ \u00a0]+(?P<body>" + "|".join(map(re.escape, bodies)) + r")\b")


@cache
def _guard_officer_regex() -> re.Pattern[str]:
    """A state's Guard officer (``guard_officer_titles``): "the Adjutant General of Alaska",
    "Alaska's Adjutant General", "the Alaska Adjutant General"."""
    states = "|".join(re.escape(s) for s in sorted(us_states(), key=len, reverse=True))
    titles = "|".join(map(re.escape, vocabulary()["guard_officer_titles"]))
    return re.compile(r"(?<![\w.-])(?:(?P<state>" + states + r")(?:['’]s)?[ \u00a0]+(?:"
                      + titles + r")|(?:" + titles + r")[ \u00a0]+of[ \u00a0]+(?P<of>" + states
                      + r"))(?![\w-])")


def find_state_bodies(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of every U.S. state's own military body other than its Guard
    (``us_state_bodies``: "the Texas Military Department"), named as written: one can sign a
    memorandum in its own name. A Guard's officer (``guard_officer_titles``) signs for the
    state's National Guard.

    >>> find_state_bodies("the Ohio Military Department and the Chilean Army")
    [(4, 28, 'Ohio Military Department')]
    >>> find_state_bodies("the Adjutant General of Alaska and Mongolia's NEMA signed")
    [(4, 30, 'Alaska National Guard')]
    """
    states = us_states()
    found = [(m.start(), m.end(), f"{states[m.group('state')]} {m.group('body')}")
             for m in _state_body_regex().finditer(text)]
    if any(title in text for title in vocabulary()["guard_officer_titles"]):
        found += [(m.start(), m.end(),
                   f"{states[m.group('state') or m.group('of')]} National Guard")
                  for m in _guard_officer_regex().finditer(text)]
    return sorted(found)


@cache
def _bare_state_regex() -> re.Pattern[str]:
    _, capitals = _place_regex(CAPITALS_PATH)
    states = [s for s in us_states() if s not in capitals and not is_place(s)
              and not any(c in s for c in ".,")]
    return re.compile(_state_alternatives(states) + r"(?!\w|-(?![A-Z]))"
                      r"(?!['’]s(?![ \u00a0]+(?:" + _PAIRING_AGE + r"[ \u00a0]+)?"
                      r"(?:Guard|partnerships?|pairings?)\b))"
                      r"(?![ \u00a0]+(?:(?:Army|Air)[ \u00a0]+)?National)")


# what may stand between a state's possessive and its pairing: its age or rank ("Vermont's
# nearly 30-year partnership", "Nevada's second pairing", "Ohio's long-standing partnership")
_PAIRING_AGE = (r"(?:(?:nearly|almost|more[ \u00a0]+than|over|some|about)[ \u00a0]+)?"
                r"(?:[\w]+-year|[\w]+-decade|decades-long|years-long|long-?standing|first|"
                r"second|third|fourth|newest|oldest|enduring)")


def find_bare_states(text: str) -> list[tuple[int, int, str]]:
    """(start, end, guard name) of every U.S. state named alone ("Alaska and Mongolia have been
    partners under the State Partnership Program"): in a pairing, the state stands for its
    National Guard. States whose name is also a country or a capital (Georgia, Washington) are
    left out: there the name is the country or the government.

    >>> find_bare_states("Alaska and Mongolia; the Utah National Guard; Georgia and Washington")
    [(0, 6, 'Alaska National Guard')]

    A state's own partnership or Guard is the state too; its other possessions are not:

    >>> find_bare_states("Ohio's partnership with Serbia; South Dakota's Guard; Texas's economy")
    [(0, 4, 'Ohio National Guard'), (32, 44, 'South Dakota National Guard')]
    >>> find_bare_states("Vermont's nearly 30-year partnership with North Macedonia")
    [(0, 7, 'Vermont National Guard')]

    A state joined to its partner by a hyphen is the state too ("the Texas-Chile pairing"), a
    compound word is not ("Texas-based"):

    >>> find_bare_states("the Texas-Chile pairing; Ohio-based firms")
    [(4, 9, 'Texas National Guard')]
    """
    states = us_states()
    return [(m.start(), m.end(), f"{states[m.group('state')]} National Guard")
            for m in _bare_state_regex().finditer(text)]


# --- clauses, references, durations -------------------------------------------------------

@cache
def _clause_break_regex() -> re.Pattern[str]:
    """A clause break: a semicolon, a comma before a relative or participial clause (not one
    set off as an aside before its subject's own predicate: ``resumed_predicate_words``), or
    "under which" and the like."""
    resumed = "|".join(map(re.escape, vocabulary()["resumed_predicate_words"]["words"]))
    return re.compile(
        r";|,\s+(?=(?:which|who|whom|whose|where|when|while|whereas|but|although|though|"
        r"whereby|(?!including\b|according\b|beginning\b|starting\b|during\b|regarding\b|"
        r"concerning\b|notwithstanding\b)(?![a-z]+ing\b[^,;.]*,\s+(?:" + resumed
        + r"|[a-z]+ed)\b)"
        r"[a-z]+ing)\b)"
        r"|\s+(?=(?:under|in|by|through|with) which\b)")


def clauses(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into clauses at semicolons, at commas that open a relative or
    participial clause (", which", ", when", ", having deployed"), but not ", including", a
    preposition in -ing (", during") or a participial aside before its subject's predicate
    (", covering 2023-2027, was signed"), and before "under which" and the like.

    >>> s = "Only Kazakhstan is an active partner, having deployed a company with India."
    >>> [s[a:b] for a, b in clauses(s)]
    ['Only Kazakhstan is an active partner', ', having deployed a company with India.']
    >>> len(clauses("ACSAs with several states, including Kazakhstan and Uzbekistan."))
    1
    >>> len(clauses("In 2019, during a visit to Lima, the two sides signed an MOU."))
    1
    >>> len(clauses("The plan, covering 2023-2027, was signed in March 2023."))
    1
    >>> len(clauses("The plan, covering 2018-2022, expired in December 2022."))
    1
    """
    end = len(text) if end is None else end
    bounds = []
    cursor = start
    if all(text.find(mark, start, end) < 0 for mark in (";", ",", "which")):
        return [(start, end)]  # (every break holds one of them)
    for m in _clause_break_regex().finditer(text, start, end):
        if m.start() > cursor:
            bounds.append((cursor, m.start()))
        cursor = m.start()
    bounds.append((cursor, end))
    return bounds


@cache
def _plural_reference_regex() -> tuple[re.Pattern[str], dict[str, int]]:
    """The regex of a plural reference and the count each number word states."""
    refs = vocabulary()["plural_references"]
    numbers: dict[str, int] = {k.lower(): int(v) for k, v in refs["numbers"].items()}
    fixed: dict[str, int] = {k.lower(): int(v) for k, v in refs["fixed"].items()}

    def alts(words: Iterable[str]) -> str:
        return phrase_trie(words, ignore_case=True, not_after=None)

    nouns = alts(refs["nouns"])
    pattern = (r"(?<![\w-])(?:(?P<fixed>" + alts(fixed) + r")(?![\w-])"
               r"|(?:(?P<det>" + alts(refs["determiners"]) + r")\s+(?P<noun1>" + nouns + r")"
               r"|(?:" + alts(refs["numbered_determiners"]) + r")\s+(?P<num>" + alts(numbers)
               + r")\s+(?:[a-z-]+\s+){0,2}(?P<noun2>" + nouns + r"))(?![\w-]))")
    counts = {**numbers, **fixed, "both": 2}
    return re.compile(pattern, re.IGNORECASE), counts


@dataclass(frozen=True, slots=True)
class PluralReference:
    """A phrase that stands for countries named elsewhere, with the number it states."""

    start: int
    end: int
    count: int | None  # "the two countries": 2; "these countries": None


@lru_cache(maxsize=_REMEMBERED_CLAUSES)
def plural_reference(text: str) -> PluralReference | None:
    """The first phrase of ``text`` that stands for earlier countries ("these countries",
    "both nations", "the two governments", "our two countries", "all three").

    >>> plural_reference("We partner with these countries.").count is None
    True
    >>> [plural_reference(s).count for s in ("the two countries signed", "All three joined",
    ...                                      "both governments", "the five Central Asian states")]
    [2, 3, 2, 5]
    >>> plural_reference("We"), plural_reference("links with all countries")
    (None, None)
    """
    regex, counts = _plural_reference_regex()
    m = regex.search(text)
    if m is None:
        return None
    word = (m.group("fixed") or m.group("num") or m.group("det") or "").lower()
    return PluralReference(m.start(), m.end(), counts.get(word))


def has_plural_reference(text: str) -> bool:
    """Does the clause stand for earlier countries ("these countries", "both nations")?

    >>> has_plural_reference("We partner with these countries."), has_plural_reference("We")
    (True, False)
    """
    return plural_reference(text) is not None


@cache
def _first_person_regex() -> re.Pattern[str]:
    # lower case or capitalized as written: "We", "our"; never "US" (the country).
    words = [w for word in vocabulary()["first_person"] for w in (word, word.capitalize())]
    return re.compile(r"\b" + phrase_trie(words, not_after=None) + r"\b")


@lru_cache(maxsize=_REMEMBERED_CLAUSES)
def has_first_person(text: str) -> bool:
    """Does the clause speak as the author ("We partner with ...")? In this genre of U.S.
    government documents the author is the United States.

    >>> has_first_person("We partner with them."), has_first_person("The US and Weston")
    (True, False)
    """
    return _first_person_regex().search(text) is not None


_LISTED_PLACE = re.compile(
    r"(?P<first>(?<![\w-])[A-Z][\w’'.-]*(?:[ \u00a0](?:of|the|[A-Z][\w’'.-]*))*)"
    r"(?:,[ \u00a0](?:the[ \u00a0])?[A-Z][\w’'.-]*(?:[ \u00a0](?:of|the|[A-Z][\w’'.-]*))*)*"
    r"(?:,[ \u00a0]|,?[ \u00a0](?:and|or)[ \u00a0])(?:the[ \u00a0])?$")
# How every match of ``_LISTED_PLACE`` ends: a list's joint (at most ten characters, ", and the ")
_LIST_JOINT = re.compile(r"(?:,[ \u00a0]|,?[ \u00a0](?:and|or)[ \u00a0])(?:the[ \u00a0])?$")


def _two_words_before(text: str) -> list[str]:
    """The last two words of ``text`` (in order, fewer when it has fewer) before its trailing
    articles, lower-cased, without commas and semicolons at their ends.

    >>> _two_words_before("troops deployed to the"), _two_words_before(" in, ")
    (['deployed', 'to'], ['in'])
    """
    out: list[str] = []
    for word in reversed(text.lower().split()):
        word = word.strip(",;")
        if out or word not in ("the", "a", "an"):
            out.append(word)
            if len(out) == 2:
                break
    return out[::-1]


def is_topic(text: str, start: int) -> bool:
    """Is the state at ``start`` what is worked on or talked about (``topic_phrases``:
    "cooperation on Afghanistan"), neither a party nor a place where something is done?

    >>> s = "two decades of cooperation on Afghanistan"
    >>> is_topic(s, s.index("Afghanistan"))
    True
    """
    return " ".join(_two_words_before(text[max(0, start - 60):start])) in (
        vocabulary()["topic_phrases"])


def is_location(text: str, start: int) -> bool:
    """Is the mention at ``start`` the place something happens ("operations in Afghanistan",
    "deployed to Lebanon") rather than a party?

    >>> s = "support for operations in Afghanistan with the United States"
    >>> is_location(s, s.index("Afghanistan")), is_location(s, s.index("United"))
    (True, False)

    What is given "to" a country goes to a recipient, not to a place:

    >>> s = "provided $5 million to Senegal, and troops deployed to Mali"
    >>> is_location(s, s.index("Senegal")), is_location(s, s.index("Mali"))
    (False, True)

    The later places of a list after a location word are places too:

    >>> s = "deployments to Chad, Niger and the Central African Republic with Benin"
    >>> [is_location(s, s.index(w)) for w in ("Niger", "Central", "Benin")]
    [True, True, False]

    A state a border or its crossings are "with" is a neighbour:

    >>> s = "patrols along the border with Bolivia and Peru under the accord with Chile"
    >>> [is_location(s, s.index(w)) for w in ("Bolivia", "Peru", "Chile")]
    [True, True, False]

    What is worked on or talked about is no party either:

    >>> s = "two decades of cooperation on Afghanistan, from the access agreement with Chile"
    >>> is_location(s, s.index("Afghanistan"))
    True
    """
    before = _two_words_before(text[max(0, start - 60):start])
    if len(before) > 1 and before[-1] == "to" and before[-2] in vocabulary()["given_words"]:
        return False
    if bool(before) and before[-1] in vocabulary()["location_words"]:
        return True
    if " ".join(before) in vocabulary()["location_phrases"]:
        return True  # "cargo bound for Afghanistan": where it goes
    if is_topic(text, start):
        return True  # "cooperation on Afghanistan": what is worked on, not who
    if (len(before) > 1 and before[-1] in vocabulary()["compass_words"]
            and before[-2] in vocabulary()["location_words"]):
        return True  # "citizens repatriated from northeast Syria": a part of a country
    if len(before) > 1 and before[-1] == "with" and before[-2] in vocabulary()["border_nouns"]:
        return True  # "equipped posts at crossings with Chad and Niger": a neighbour
    if _LIST_JOINT.search(text, max(0, start - 12), start) is None:
        return False  # no list's joint right before it: no list it is a later place of
    if _SUBJECT_OF_SIGNING.match(text, start) is not None:
        return False  # "On October 16, in Honolulu, the RMI signed ...": the signer, after a
        # place that opens the sentence
    base = max(0, start - 120)
    for brk in (". ", ".\u00a0", "; ", ": ", "\n"):  # the list stays in its sentence
        at = text.rfind(brk, base, start)
        base = max(base, at + len(brk)) if at >= 0 else base
    listed = _LISTED_PLACE.search(text[base:start])
    return listed is not None and is_location(text, base + listed.start("first"))


# a state's name, then a signing verb: the subject of a signing
_SUBJECT_OF_SIGNING = re.compile(r"[A-Z][\w.’'-]*(?:[ \u00a0]+(?:of|the|[A-Z][\w.’'-]*))*"
                                 r"[ \u00a0]+(?:(?:has|have|had|also|then)[ \u00a0]+)?"
                                 r"(?:signed|concluded|ratified|initialed|inked)\b")


@cache
def _mediator_regex() -> re.Pattern[str]:
    verbs = "|".join(map(re.escape, vocabulary()["mediator_verbs"]))
    name = r"[A-Z][\w.’'-]*(?:[ \u00a0](?:of|the|[A-Z][\w.’'-]*))*"
    joint = r"(?:,[ \u00a0]*(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)(?:the[ \u00a0]+)?"
    return re.compile(r"\b(?:" + verbs + r")[ \u00a0]+by[ \u00a0]+(?:the[ \u00a0]+)?(?:" + name
                      + joint + r")*$")


def is_mediator(text: str, start: int) -> bool:
    """Is the state at ``start`` a go-between ("a ceasefire brokered by France", "mediated by
    Qatar and Egypt") rather than a party?

    >>> s = "Georgia and Russia signed a ceasefire brokered by France and Germany."
    >>> [is_mediator(s, s.index(w)) for w in ("Russia", "France", "Germany")]
    [False, True, True]
    >>> is_mediator("Egypt's role in mediating the ceasefire", 0)
    True
    >>> s = "signed by Angola and Cuba under U.S. mediation"
    >>> is_mediator(s, s.index("U.S.")), is_mediator(s, s.index("Cuba"))
    (True, False)
    """
    before = text[max(0, start - 100):start]
    if _MEDIATING_ROLE.match(text, start) is not None:
        return True  # "Egypt's role in mediating the ceasefire agreement between Israel and ..."
    if _MEDIATION_AFTER.match(text, start) is not None or _AUSPICES_BEFORE.search(before):
        return True  # "signed ... under U.S. mediation", "a U.S.-brokered truce", "under the
        # auspices of the United States"
    # "by" stands in every match: most mentions are turned away without the search
    return "by" in before and _mediator_regex().search(before) is not None


# a state named as the go-between of the act: "under U.S. mediation", "a U.S.-brokered truce"
_MEDIATION_AFTER = re.compile(r"[A-Z][\w.’'-]*?(?:[ \u00a0][A-Z][\w.’'-]*)*(?:[ \u00a0]+|[-–])"
                              r"(?:mediation|facilitation|brokered|mediated|facilitated)\b")
_AUSPICES_BEFORE = re.compile(r"\bunder[ \u00a0]+the[ \u00a0]+auspices[ \u00a0]+of[ \u00a0]+"
                              r"(?:the[ \u00a0]+)?$")
# a state's own part in bringing others to an accord
_MEDIATING_ROLE = re.compile(r"[A-Z][\w.’'-]*(?:[ \u00a0][A-Z][\w.’'-]*)*[’']s[ \u00a0]+"
                             r"(?:role|efforts?|work|part)[ \u00a0]+in[ \u00a0]+"
                             r"(?:mediating|brokering|facilitating)\b")


@cache
def _bystander_regexes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    vocab = vocabulary()
    verbs = "|".join(map(re.escape, vocab["mediator_verbs"]))
    # (as a trie: what the plain alternation matches, and ``is_bystander`` asks only whether
    # it matches)
    excepts = phrase_trie([*vocab["exception_words"], *vocab["comparison_words"]], not_after=None)
    borders = "|".join(map(re.escape, vocab["border_nouns"]))
    topics = "|".join(map(re.escape, vocab["border_topic_words"]))  # "U.S.-Mexico border security"
    people = "|".join(map(re.escape, vocab["beneficiary_nouns"]))  # "the Afghan people"
    eras = "|".join(map(re.escape, [*vocab["era_words"],  # "the Afghanistan-era agreement"
                                    *vocab["destination_suffixes"]]))  # "Afghanistan-bound"
    word = r"[A-Z][\w.’']*"
    return (re.compile(word + r"(?:[ \u00a0]" + word + r")*(?:[-\u2013](?:" + verbs + "|" + eras
                       + r")|[ \u00a0]+(?:" + people + "|" + eras + r"))\b"),
            re.compile(r"\b" + excepts + r"[ \u00a0]+(?:for[ \u00a0]+)?(?:the[ \u00a0]+)?$"),
            re.compile(r"(?:" + word + r"[-\u2013]|\b(?:on|along|at|near|across|to|from)"
                       r"[ \u00a0]+the[ \u00a0]+(?:" + word + r"(?:,[ \u00a0]+|,?[ \u00a0]+and"
                       r"[ \u00a0]+))*)" + word + r"[ \u00a0]+(?:" + borders
                       + r")\b(?![ \u00a0]+(?:" + topics + r")\b)"))


def is_bystander(text: str, start: int) -> bool:
    """Is the state at ``start`` named beside an agreement without being its party: the state
    that mediated it ("a Norwegian-brokered accord"), one left out ("every partner except
    Cuba"), one it is compared with ("a week after Chile") or a side of a border ("the
    Chile-Peru border")?

    >>> s = "Peru and Chile signed a Brazil-mediated accord."
    >>> [is_bystander(s, s.index(w)) for w in ("Peru", "Brazil")]
    [False, True]

    A state named for a time ("the Afghanistan-era basing agreement") is no party either:

    >>> s = "Kyrgyzstan renewed its Afghanistan-era basing agreement."
    >>> [is_bystander(s, s.index(w)) for w in ("Kyrgyzstan", "Afghanistan")]
    [False, True]

    Nor one named as where something goes ("Afghanistan-bound flights"):

    >>> s = "Turkmenistan permits Afghanistan-bound flights under a transit agreement."
    >>> [is_bystander(s, s.index(w)) for w in ("Turkmenistan", "Afghanistan")]
    [False, True]

    >>> s = "Peru ratified its MOU in May, a week after Chile and unlike Bolivia."
    >>> [is_bystander(s, s.index(w)) for w in ("Peru", "Chile", "Bolivia")]
    [False, True, True]

    The people of a state, whom what is done under an agreement reaches, are not its party:

    >>> s = "Peru and Chile signed a transit accord to reach the Bolivian people."
    >>> [is_bystander(s, s.index(w)) for w in ("Peru", "Bolivian")]
    [False, True]
    >>> s = "the plan covers every island state except Tonga near the Samoan-Fijian frontier"
    >>> [is_bystander(s, s.index(w)) for w in ("Tonga", "Samoan", "Fijian")]
    [True, True, True]

    A time after a state is not a comparison with it:

    >>> s = "the access agreement expired in 2011 after Peru declined to renew it"
    >>> is_bystander(s, s.index("Peru"))
    False

    A shared border the two states work on together is theirs:

    >>> s = "an MOU on the Ghana-Togo border security commission"
    >>> is_bystander(s, s.index("Ghana"))
    False

    Nor is the state a place is on the border of ("scanners at a crossing on the Afghan
    border"):

    >>> s = "scanners at the Termez crossing on the Afghan border"
    >>> is_bystander(s, s.index("Afghan"))
    True
    >>> s = "scanners at crossings on the Chinese, Afghan, and Tajik borders"
    >>> [is_bystander(s, s.index(w)) for w in ("Chinese", "Afghan", "Tajik")]
    [True, True, True]

    A state a unit deployed or served with is no party:

    >>> s = "Under GPOI, Ghana deployed a company with Togo to Mali."
    >>> [is_bystander(s, s.index(w)) for w in ("Ghana", "Togo")]
    [False, True]
    """
    mediated, excepted, border = _bystander_regexes()
    if mediated.match(text, start) or excepted.search(text[max(0, start - 30):start]):
        return True
    if _co_deployed_regex().search(text, max(0, start - 60), start):
        return True  # "deployed a company with India to UNIFIL": who served beside it
    lo, hi = max(0, start - 40), start + 60
    window = text[lo:hi]
    if not any(noun in window for noun in vocabulary()["border_nouns"]):
        return False  # a border noun stands in every match of ``border``
    return any(m.start() <= start < m.end() for m in border.finditer(text, lo, hi))


@cache
def _co_deployed_regex() -> re.Pattern[str]:
    """A deployment word (``occasion_words``) and "with" right before a state, in one clause:
    "deployed a company with", "served alongside troops with"."""
    words = word_alternation(vocabulary()["occasion_words"]["deployment"])
    return re.compile(r"\b(?:" + words + r")\b[^.;:,]{0,40}\bwith[ \u00a0]+(?:the[ \u00a0]+)?$")


@cache
def _organization_regex() -> re.Pattern[str]:
    alts = phrase_trie(_organization_forms(), not_after=None)
    # "with NATO", "between Uzbekistan and UN agencies", "with the United States and NATO";
    # not "with the UN Mission in ...", "with NATO-led forces" (a modifier, no party)
    state = r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*\s+and\s+(?:the\s+)?"
    # nor "with UN support", "with NATO funding": the organization modifies a noun
    nouns = "|".join(map(re.escape, vocabulary()["organization_modifier_nouns"]))
    return re.compile(r"\b(?:with|between)\s+(?:the\s+)?(?:" + state + r")?(?P<org>" + alts
                      + r")\b(?![-\u2013]|[ \u00a0]+[A-Z]|[ \u00a0]+(?:" + nouns + r")\b)")


@cache
def _organization_forms() -> dict[str, str]:
    return {f: name for name, forms in vocabulary()["organization_parties"].items()
            for f in forms}


def organization_parties(text: str) -> list[str]:
    """Non-state parties named after "with"/"between" ("links with NATO").

    >>> organization_parties("The Partnership for Peace provides links with NATO.")
    ['NATO']
    >>> organization_parties("an MOU with the North Atlantic Treaty Organization")
    ['NATO']
    >>> organization_parties("transit accords with the United States and NATO")
    ['NATO']

    Not an organization that only modifies a name or a compound ("with the UN Mission in
    South Sudan", "deployments with NATO- and UN-led missions"):

    >>> organization_parties("troops serving with the UN Mission in South Sudan")
    []
    >>> organization_parties("deployments with NATO- and UN-led missions")
    []
    """
    if "with" not in text and "between" not in text:
        return []  # one of the two stands in every match
    return [_organization_forms()[m.group("org")] for m in _organization_regex().finditer(text)]


@cache
def _organization_anywhere_regex() -> re.Pattern[str]:
    return re.compile(phrase_trie(_organization_forms()) + r"(?![\w-])")


def named_organizations(text: str) -> list[str]:
    """Every organization of ``organization_parties`` named in ``text`` as itself, not as the
    modifier of its members (``organization_member_nouns``: "the ASEAN member states").

    >>> named_organizations("In 2021, AIT and TECRO signed a memorandum")
    ['American Institute in Taiwan', 'Taipei Economic and Cultural Representative Office']
    >>> named_organizations("the United States and the ASEAN member states")
    []
    """
    return [_organization_forms()[m.group(0)] for m in _organization_matches(text)]


def _organization_matches(text: str) -> list[re.Match[str]]:
    """The organizations of ``organization_parties`` named in ``text`` as themselves."""
    return [m for m in _organization_anywhere_regex().finditer(text)
            if _member_noun_regex().match(text, m.end()) is None]


def organization_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the organizations ``named_organizations`` finds in ``text``: a country
    word inside one ("Turkish Aerospace", "Kazakhstan Engineering") names no state.

    >>> organization_spans("Turkish Aerospace and Kazakhstan Engineering signed")
    [(0, 17), (22, 44)]
    """
    return [m.span() for m in _organization_matches(text)]


@cache
def _member_noun_regex() -> re.Pattern[str]:
    nouns = "|".join(map(re.escape, vocabulary()["organization_member_nouns"]))
    return re.compile(r"[ \u00a0]+(?:" + nouns + r")\b")


@cache
def _organization_name_regex() -> re.Pattern[str]:
    return re.compile(phrase_trie(_organization_forms(), not_after=r"\w") + r"(?=[-\u2013\s])")


def prefix_organizations(name: str) -> list[str]:
    """Organizations in an agreement's parties' prefix ("U.S.-ASEAN Comprehensive Strategic
    Partnership" -> ASEAN), or the one that opens its name and owns it ("NATO Status of Forces
    Agreement" -> NATO), as written in the mention.

    >>> prefix_organizations("U.S.-ASEAN Comprehensive Strategic Partnership")
    ['ASEAN']
    >>> prefix_organizations("Collective Security Treaty"), prefix_organizations("U.S.-GCC Forum")
    ([], ['Gulf Cooperation Council'])
    >>> prefix_organizations("NATO Status of Forces Agreement")
    ['NATO']
    """
    return list(_prefix_organizations(name))


@lru_cache(maxsize=_REMEMBERED_CLAUSES)  # a document names its agreements again and again
def _prefix_organizations(name: str) -> tuple[str, ...]:
    cut = len(name) - len(strip_party_prefix(name.translate(_DASHES)))
    return tuple(_organization_forms()[m.group(0)]
                 for m in _organization_name_regex().finditer(name[:max(cut, 0)]))


@cache
def _owner_regex() -> re.Pattern[str]:
    return re.compile(r"(?P<org>" + phrase_trie(_organization_forms())
                      + r")(?:['’]s)?\s*(?:\([^()]*\)\s*)?$")


def owner_party(text_before: str) -> str | None:
    """The organization named right before an agreement ("NATO SOFA", "the North Atlantic
    Treaty Organization's (NATO) Partnership for Peace"), if any.

    >>> owner_party("The NATO "), owner_party("the North Atlantic Treaty Organization's (NATO) ")
    ('NATO', 'NATO')
    >>> owner_party("The United States ") is None
    True
    """
    m = _owner_regex().search(text_before[-80:])
    return _organization_forms()[m.group("org")] if m else None


@cache
def _place_regex(path: Path) -> tuple[re.Pattern[str], dict[str, str]]:
    """The places of a place table (``name<TAB>iso3`` rows under a header, ``#`` lines left
    out) and a regex of their names."""
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")][1:]
    places = {name: iso3 for name, iso3 in rows}
    # as a trie (the alternation of the names, longest first, tried one branch per first
    # letter); "not after a word character" is checked right after that letter
    body = literal_trie(places, after_first=r"(?<![\w-]{first})")
    return re.compile(body + r"(?![\w-])"), places


def facility_mentions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, ISO3 of the host) of every base, air field or port U.S. forces have used
    under an access-type agreement (``data/host_facilities.tsv``): where such an agreement
    whose clause names no partner is used.

    >>> facility_mentions("the base became the Transit Center at Manas in 2009")
    [(38, 43, 'KGZ')]
    """
    regex, facilities = _place_regex(FACILITIES_PATH)
    return [(m.start(), m.end(), facilities[m.group(0)]) for m in regex.finditer(text)]


def capital_mentions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, ISO3) of every capital that can stand for its government ("Washington and
    Manila signed ..."); whether it does is the caller's to judge (not a place, not inside a
    name).

    >>> capital_mentions("Washington and Hanoi signed it in Manila.")
    [(0, 10, 'USA'), (15, 20, 'VNM'), (34, 40, 'PHL')]
    """
    regex, capitals = _place_regex(CAPITALS_PATH)
    return [(m.start(), m.end(), capitals[m.group(0)]) for m in regex.finditer(text)]


# a relationship's age: "more than N years" bounds its start, "nearly N years" only says it
# began near the count back, after it or in it (no start is read from it: an exact year beside
# "since 1993" elsewhere would disagree)
_AT_MOST_AGE = ("more than", "over")
_ROUGH_AGE = ("nearly", "almost", "about", "some", "roughly", "approximately")
_YEARS = re.compile(
    r"(?P<qual>" + "|".join((*_AT_MOST_AGE, *_ROUGH_AGE)) + r")?\s*"
    r"(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)[- ]year(?:-long|-old)?\s+"
    r"(?:relationship|partnership|history|association|pairing|friendship)", re.IGNORECASE)


def relationship_years(text: str) -> tuple[int, str] | None:
    """The length of a relationship stated in years, with its qualifier.

    >>> relationship_years("share a more than 26-year relationship through the program")
    (26, 'more than')
    >>> relationship_years("a twenty-five-year partnership"), relationship_years("in 2016")
    ((25, ''), None)
    """
    if not may_hold_case_blind(text, ("year",)):
        return None  # "year" stands in every match (a cheap test: the regex is slow to fail)
    for m in _YEARS.finditer(text):
        value = parse_number(m.group("n"))
        if value is not None and value == int(value) and 0 < value < 300:
            return int(value), (m.group("qual") or "").lower()
    return None


def start_from_years(years: int, qualifier: str, doc_date: date) -> DateValue | None:
    """The start year of a relationship "N years" old at the document date, at year
    granularity. "More than N years" makes it an at-most bound: kind ``until`` (it began in
    that year or before); "nearly N years" states no start (None). The duration says how it
    was derived. The anchor stays empty: the value is already resolved and ``resolve_dates``
    must not move it again.

    >>> v = start_from_years(26, "more than", date(2021, 6, 1))
    >>> v.kind, v.start, v.end, v.granularity, v.duration
    ('until', datetime.date(1995, 1, 1), datetime.date(1995, 12, 31), 'year', 'P26Y')
    >>> start_from_years(26, "", date(2021, 6, 1)).kind
    'date'
    >>> start_from_years(30, "nearly", date(2021, 6, 1)) is None
    True
    """
    if qualifier in _ROUGH_AGE:
        return None
    year = doc_date.year - years
    kind = "until" if qualifier in _AT_MOST_AGE else "date"
    point = DateValue.year(year)
    return DateValue(kind, point.start, point.end, "year", f"P{years}Y")


def point_at(day: date, granularity: str, side: str) -> DateValue:
    """The date stated at ``granularity`` that starts (``side="start"``) or ends on ``day``:
    the ends of an interval as points ("from 1996 to 2011" -> 1996 and 2011).

    >>> point_at(date(2011, 12, 31), "year", "end") == DateValue.year(2011)
    True
    >>> point_at(date(2018, 10, 1), "fiscal_year", "start") == DateValue.fiscal_year(2019)
    True
    """
    if granularity == "year":
        return DateValue.year(day.year)
    if granularity == "month":
        return DateValue.month(day.year, day.month)
    if granularity == "day":
        return DateValue.day(day.year, day.month, day.day)
    if granularity == "fiscal_year":
        return DateValue.fiscal_year(day.year + 1 if day.month >= 10 else day.year)
    return DateValue("date", day, day, granularity)


def document_subject(text: str, mentions: Iterable[tuple[int, str]]) -> str | None:
    r"""The one partner country a document is about, as ISO3, or None for a regional or
    multilateral document. ``mentions`` are (offset, ISO3) of its country mentions.

    The title (the first non-empty line; in a witness's written statement, the quoted hearing
    title of its header, ``_hearing_title``) decides when it names exactly one country besides the
    United States ("U.S. Security Cooperation With Jordan", "Joint Statement on the
    U.S.-Kazakhstan Enhanced Strategic Partnership Dialogue"); a title that speaks of a region
    or an overview, or names several countries, has no subject. Otherwise one country must
    dominate the text: at least twice as many mentions as any other and at least 40% of all
    non-U.S. mentions.

    >>> doc = "U.S. Security Cooperation With Jordan\n\nJordan and Iraq ..."
    >>> document_subject(doc, [(0, "USA"), (31, "JOR"), (39, "JOR"), (50, "IRQ")])
    'JOR'
    >>> document_subject("Fact Sheet\n\n...", [(20, "MNG")] * 5 + [(30, "CHN")])
    'MNG'
    >>> document_subject("Fact Sheet\n\n...", [(20, "ARM")] * 3 + [(30, "AZE")] * 3)
    >>> document_subject("The South Caucasus: A Regional Overview\n", [(50, "GEO")] * 9)

    A title that names a world region beside its one country, or a subtitle line that says
    the text is regional, leaves it without a subject too:

    >>> document_subject("Training in Mongolia and Central Asia\n", [(12, "MNG")] * 5)
    >>> document_subject("Mongolia\n\nRegional Overview\n\n...", [(0, "MNG")] * 5)
    """
    stripped = text.lstrip()
    offset = len(text) - len(stripped)
    title_end = offset + (stripped.find("\n") if "\n" in stripped else len(stripped))
    hearing = _hearing_title(text, offset, title_end)
    if hearing is not None:
        offset, title_end = hearing
    title = text[offset:title_end].lower()
    subtitle = _subtitle(text, title_end)
    if len(subtitle.split()) < 2:
        subtitle = ""  # a section's own heading ("Overview", "Background"), no subtitle
    heading = (title + " " + subtitle).lower()
    mentions = list(mentions)
    titled = {iso3 for start, iso3 in mentions if offset <= start < title_end and iso3 != "USA"}
    if len(titled) == 1 and all(_us_pair_partner(text, start, offset, title_end)
                                for start, iso3 in mentions
                                if offset <= start < title_end and iso3 != "USA"):
        return next(iter(titled))  # "U.S.–India Defense Cooperation and the Indo-Pacific": the
        # pair's partner, whatever region the title names beside it
    if any(word in heading and regex.search(heading) for word, regex in _regional_title_words()
           ) or names_a_region(text[offset:title_end]):
        return None
    counts: dict[str, int] = {}
    in_title: set[str] = set()
    for start, iso3 in mentions:
        if iso3 == "USA":
            continue
        counts[iso3] = counts.get(iso3, 0) + 1
        if offset <= start < title_end:
            in_title.add(iso3)
    if len(in_title) == 1:
        return next(iter(in_title))
    if len(in_title) > 1 or not counts:
        return None
    ranked = sorted(counts.values(), reverse=True)
    top = max(counts, key=lambda k: counts[k])
    second = ranked[1] if len(ranked) > 1 else 0
    if ranked[0] >= 2 * second and ranked[0] >= 0.4 * sum(ranked):
        return top
    return None


# "U.S.–" right before a country of the title: a bilateral pair
_US_PAIR_BEFORE = re.compile(r"(?:U\.S\.|United[ \u00a0]+States)[ \u00a0]*[-–—][ \u00a0]*$")


_US_PAIR_AFTER = re.compile(r"[\w.’']+(?:[ \u00a0]+[A-Z][\w.’']*)?[ \u00a0]*[-–—][ \u00a0]*"
                            r"(?:U\.S\.|United[ \u00a0]+States)")
# "U.S.–Japan–ROK": a trilateral title, no pair
_CHAINED_PAIR = re.compile(r"[\w.’']+(?:[ \u00a0]+[A-Z][\w.’']*)?[-–—]")


def _us_pair_partner(text: str, start: int, lo: int, hi: int) -> bool:
    """Is the country at ``start`` of the title ``text[lo:hi]`` the partner of a pair with
    the United States ("U.S.–India Defense Cooperation", "the India–U.S. 2+2 Dialogue"), not
    one of a chain of three ("Japan–United States–Republic of Korea", "U.S.–Japan–ROK")?

    >>> t = "Japan–United States–Republic of Korea Statement"
    >>> [_us_pair_partner(t, t.index(c), 0, len(t)) for c in ("Japan", "Republic")]
    [False, False]
    >>> t = "The India–U.S. 2+2 Dialogue and U.S.–Japan Ties"
    >>> [_us_pair_partner(t, t.index(c), 0, len(t)) for c in ("India", "Japan")]
    [True, True]
    """
    chained_before = text[lo:start].rstrip().endswith(("-", "–", "—"))
    after = _US_PAIR_AFTER.match(text, start, hi)  # "India–U.S. 2+2 Dialogue"
    if after is not None:
        return not chained_before and not text.startswith(("-", "–", "—"), after.end())
    pair = _US_PAIR_BEFORE.search(text, max(lo, start - 16), start)
    return (pair is not None and _CHAINED_PAIR.match(text, start, hi) is None
            and not text[lo:pair.start()].rstrip().endswith(("-", "–", "—")))


@cache
def _regional_title_words() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each ``regional_title_words`` word and its regex as a whole word (looked for only where
    the word stands at all: a first line may be a long paragraph)."""
    return tuple((w, re.compile(r"\b" + re.escape(w) + r"\b"))
                 for w in vocabulary()["regional_title_words"])


# the first line of a witness's written statement names the witness or the office, not the
# subject: "Statement of the Deputy Assistant Secretary of State for Southeast Asia"
_STATEMENT_HEADER = re.compile(r"(?:Prepared\s+|Written\s+)?(?:Statement|Testimony)\s+"
                               r"(?:of|for|by|before)\b", re.IGNORECASE)
_QUOTED_LINE = re.compile(r"[ \t]*[“\"]([^\n]+)[”\"][ \t]*$", re.MULTILINE)
_HEADER_LINES = 8


def _hearing_title(text: str, start: int, end: int) -> tuple[int, int] | None:
    r"""The span of the quoted hearing title ("“U.S. Security Cooperation With Vietnam”") in
    the header of a written statement whose first line (``text[start:end]``) names its
    witness; None for any other document, or a header with no quoted line.

    >>> doc = "Statement of the Deputy Assistant Secretary for Asia\nHearing\n“On Laos”\n\nText."
    >>> span = _hearing_title(doc, 0, doc.index("\n"))
    >>> doc[span[0]:span[1]]
    'On Laos'
    """
    if _STATEMENT_HEADER.match(text, start, end) is None:
        return None
    stop = start
    for _ in range(_HEADER_LINES):
        stop = text.find("\n", stop + 1)
        if stop < 0:
            stop = len(text)
            break
    quoted = _QUOTED_LINE.search(text, end, stop)
    return (quoted.start(1), quoted.end(1)) if quoted is not None else None


def _subtitle(text: str, title_end: int) -> str:
    """The line after the title when it is a heading of its own ("Regional Overview", "Fact
    Sheet"): at most eight words and no closing period; else ""."""
    rest = text[title_end:].lstrip()
    line = rest.split("\n", 1)[0].strip()
    if not line or len(line.split()) > HEADING_MAX_WORDS or line.endswith("."):
        return ""
    return line


@cache
def _region_regex() -> re.Pattern[str]:
    from pipeline.countries import region_phrases

    return re.compile(phrase_trie(region_phrases()) + r"(?![\w-])")


def names_a_region(title: str) -> bool:
    """Does a title name a world region ("... in Mongolia and Central Asia")?"""
    return _region_regex().search(" ".join(title.split())) is not None


def section_heading(text: str, pos: int,
                    headings: Sequence[tuple[int, int]] | None = None
                    ) -> tuple[int, int] | None:
    r"""The heading of the section ``pos`` stands in: the nearest heading (``heading_spans``,
    which may be given) that ends before ``pos``'s paragraph. None when there is none.

    >>> doc = "Title\n\nKenya\n\nKenya hosts the base. The SOFA dates from 1980."
    >>> a, b = section_heading(doc, doc.index("SOFA")); doc[a:b]
    'Kenya'
    >>> section_heading("One paragraph only. The SOFA.", 22) is None
    True
    """
    spans = heading_spans(text) if headings is None else headings
    k = bisect.bisect_right(spans, pos, key=itemgetter(0)) - 1
    while k >= 0 and spans[k][1] >= pos:  # the heading ``pos`` stands in is not its section's
        k -= 1
    return spans[k] if k >= 0 else None


def check_vocabulary() -> list[str]:
    """Problems in the data file (empty when it is sound); a test keeps it empty."""
    problems = []
    for entry in entries():
        if entry.kind not in AGREEMENT_KINDS:
            problems.append(f"{entry.name}: unknown kind {entry.kind}")
        problems.extend(f"{entry.name}: ambiguous {a} is not an alias"
                        for a in entry.ambiguous if a not in entry.aliases)
    vocab = vocabulary()
    problems.extend(f"kind phrase {p}: unknown kind {k}" for p, k in vocab["kind_phrases"]
                    if k not in AGREEMENT_KINDS)
    problems.extend(f"head {h}: unknown kind {k}" for h, k in vocab["heads"].items()
                    if k not in AGREEMENT_KINDS)
    problems.extend(f"status {s} not in the contract" for s, _ in vocab["statuses"]
                    if s not in AGREEMENT_STATUSES)
    problems.extend(f"default status {s} not in the contract"
                    for s in vocab["default_status"].values() if s not in AGREEMENT_STATUSES)
    return problems
