"""The ``date_facts`` component: date expressions → ``DateFact`` with exact offsets.

Two stages of token patterns (``patterns/dates.jsonl``, after spaCy's ``span_ruler.py``):

1. single dates ("August 2019", "FY 2021", "June 26"), lengths of time ("over the past five
   years", "three-week");
2. expressions built from the dates stage 1 found, which it marks on the tokens as
   ``token._.date_point`` = ``B``/``I``: "since 2002", "from 1996 to 2011", "2007-present",
   "between FY 2018 and FY 2020".

Every candidate is normalized by ``pipeline.dates.parse_date_expression``; the longest
candidate that normalizes wins, and a stage-2 expression replaces the dates inside it. A stage-1
date is dropped when its neighbours show it is money ("$2019 million"), an identifier
("Resolution 2231") or a count ("2000 troops"): ``pipeline.dates.blocked_by_context``. A lone
historical year ("1777", before 1900) is kept only in a date context ("dating to 1777", "in
1812": ``pipeline.dates.historical_year_in_context``). A length of years before a relationship
noun ("the 71-year alliance") becomes a relationship's age, ``relative`` anchor past
(``pipeline.dates.elapsed_in_context``); "decades-long" is kept only there.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from copy import deepcopy
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Token

from pipeline.components import (
    add_facts,
    doc_text,
    set_token_values,
    token_bounds,
    token_texts,
)
from pipeline.components.regions import distinct_strings
from pipeline.components.tokenmatch import TokenPatternMatcher
from pipeline.dates import (
    bare_month,
    blocked_by_context,
    date_words,
    day_words,
    elapsed_in_context,
    historical_year_in_context,
    is_date_fragment,
    month_day,
    names_with_year,
    needs_relationship_context,
    parse_date_expression,
    plausible_year,
    word_class,
    yearless_interval,
    yearless_month_value,
    yearless_range,
    yearless_value,
)
from pipeline.facts import DateFact
from pipeline.values import DateValue

PATTERNS_PATH = Path(__file__).resolve().parents[1] / "patterns" / "dates.jsonl"
# Every date expression holds a digit or names a unit of time ("the past decade"), a month, a
# season or a day ("last summer", "yesterday"), and none is longer than this many tokens on
# either side of one: the matchers only look near such tokens.
WINDOW = 16

if not Token.has_extension("date_point"):
    Token.set_extension("date_point", default="")

# Only ASCII digits are numbers here: "²⁰¹⁹" and "٣" pass str.isdigit() but int() refuses
# superscripts, and the policy is to read ASCII digits only (pipeline/numbers.py).
_ASCII_DIGITS = "0123456789"


def _ascii_number(text: str) -> bool:
    return text.isascii() and text.isdigit()


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A chosen span (token offsets) and its value; ``value`` is None for a fragment that only
    stage 2 can complete ("June 26" of "June 26-28, 2020")."""

    start: int
    end: int
    value: DateValue | None
    stage: int


def _expand(value: Any) -> Any:
    """Replace ``{"IN": "@name"}`` (or ``NOT_IN``) with the word list ``name`` of
    ``data/date_words.json``."""
    if isinstance(value, dict):
        return {k: list(word_class(v[1:])) if k in ("IN", "NOT_IN") and isinstance(v, str)
                and v.startswith("@") else _expand(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_expand(v) for v in value]
    return value


def _tokens(item: Any, macros: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """One pattern item: a token dict, or a macro name with an optional ``?``/``*``/``+``."""
    if isinstance(item, dict):
        return [_expand(item)]
    name, op = (item[:-1], item[-1]) if item[-1] in "?*+" else (item, "")
    tokens = deepcopy(macros[name])
    if op:
        if len(tokens) != 1:
            raise ValueError(f"dates.jsonl: operator {op!r} on multi-token macro {name!r}")
        tokens[0]["OP"] = op
    return tokens


@cache
def load_patterns(path: Path = PATTERNS_PATH) -> tuple[tuple[str, int, str, list[Any]], ...]:
    """(label, stage, id, token pattern) for every pattern line, macros expanded."""
    macros: dict[str, list[dict[str, Any]]] = {}
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        entry = json.loads(line)
        if "macro" in entry:
            macros[entry["macro"]] = [_expand(t) for t in entry["tokens"]]
            continue
        pattern = [t for item in entry["pattern"] for t in _tokens(item, macros)]
        out.append((entry["label"], int(entry["stage"]), entry["id"], pattern))
    return tuple(out)


_FULL_MONTHS = frozenset(month.lower() for month in date_words()["months"])



def _bare_year(tokens: int, text: str) -> bool:
    """A lone four-digit number ("2024"). ``tokens``: how many tokens the span has."""
    return tokens == 1 and len(text) == 4 and _ascii_number(text)


def _historical_bare_year(tokens: int, text: str) -> bool:
    """A lone four-digit number before the plausible years ("1777"): a year only in context.
    ``tokens``: how many tokens the span has; ``text``: its text."""
    return (tokens == 1 and len(text) == 4 and _ascii_number(text)
            and not plausible_year(int(text)))


class DateFacts:
    """Finds date expressions; ``__call__`` = ``match`` then ``set_annotations``."""

    def __init__(self, nlp: Language, name: str = "date_facts") -> None:
        self.name = name
        self.stages = {1: Matcher(nlp.vocab), 2: Matcher(nlp.vocab)}
        self.labels: dict[str, str] = {}
        self.units = frozenset(word_class("units"))
        self.seasons = frozenset(word_class("seasons"))  # "last summer"
        by_stage: dict[int, list[tuple[str, list[Any]]]] = {1: [], 2: []}
        for label, stage, pattern_id, pattern in load_patterns():
            key = f"{label}:{pattern_id}"
            self.labels[key] = label
            self.stages[stage].add(key, [pattern])
            by_stage[stage].append((key, pattern))
        # The same patterns, matched without a Python predicate per token (the spaCy matchers
        # above are the reference, ``plain``).
        self.fast = {stage: TokenPatternMatcher(nlp.vocab, by_stage[stage]) for stage in (1, 2)}
        self._near: dict[int, bool] = {}  # orth -> has a digit, is a unit of time or a month

    def __call__(self, doc: Doc) -> Doc:
        matches = self.match(doc)
        self.set_annotations(doc, matches)
        return doc

    def _is_near(self, orth: int, strings: Any) -> bool:
        near = self._near.get(orth)
        if near is None:
            text: str = strings[orth]
            lower = text.lower()
            near = (lower in self.units or lower in _FULL_MONTHS or lower in day_words()
                    or lower in self.seasons or any(c in _ASCII_DIGITS for c in text))
            self._near[orth] = near
        return near

    def _windows(self, doc: Doc) -> list[tuple[int, int]]:
        """Token ranges around every token with a digit, a unit of time, a month name, a
        season or a day word ("yesterday"), merged."""
        if not len(doc):
            return []
        uniq, inverse = distinct_strings(doc)
        orths = uniq.tolist()
        try:
            distinct = list(map(self._near.__getitem__, orths))
        except KeyError:  # a string not seen before
            strings = doc.vocab.strings
            distinct = [self._is_near(orth, strings) for orth in orths]
        near = np.array(distinct, dtype=bool)
        return merged_windows(np.flatnonzero(near[inverse]), len(doc))

    def _candidates(self, doc: Doc, stage: int, windows: list[tuple[int, int]],
                    plain: bool = False) -> Iterator[tuple[str, int, int]]:
        if plain:
            strings = doc.vocab.strings
            found = {(strings[key], a + s, a + e)
                     for a, b in windows for key, s, e in self.stages[stage](doc[a:b])}
        else:
            fast = self.fast[stage]
            found = set(fast.matches(fast.token_classes(doc), windows))
        # Longest first, then leftmost: the longest reading that normalizes wins.
        for key, s, e in sorted(found, key=lambda m: (m[1] - m[2], m[1], m[0])):
            yield self.labels[key], s, e

    def match(self, doc: Doc, plain: bool = False) -> list[DateMatch]:
        """The chosen date spans of ``doc``, in document order. ``plain``: run the matchers
        over the whole windows (the reference for ``self.fast``)."""
        windows = self._windows(doc)
        text, texts = doc_text(doc), token_texts(doc)
        starts, ends = token_bounds(doc)
        taken = [False] * len(doc)
        owner: list[DateMatch | None] = [None] * len(doc)  # the stage-1 match of each token
        first: list[DateMatch] = []
        points: dict[int, str] = {}  # token -> its date_point, "B" or "I", for stage 2
        for label, s, e in self._candidates(doc, 1, windows, plain):
            if any(taken[s:e]):
                continue
            ok, value = _accept_stage1(text, texts, starts, ends, label, s, e)
            if not ok:
                continue
            first.append(DateMatch(s, e, value, 1))
            for i in range(s, e):
                taken[i] = True
                owner[i] = first[-1]
            if label == "point":
                for i in range(s, e):
                    points[i] = "B" if i == s else "I"
        set_token_values(doc, "date_point", points)

        second: list[DateMatch] = []
        taken = [False] * len(doc)
        for _label, s, e in self._candidates(doc, 2, windows, plain):
            head, tail = owner[s], owner[e - 1]
            if any(taken[s:e]) or (head and head.start < s) or (tail and tail.end > e):
                continue  # overlaps a chosen expression, or cuts through a stage-1 date
            if texts[s].lower() in _LONE_OPEN_WORDS and not _has_partner_bound(texts, s, e):
                continue  # "After September 11, 2001, ...": the event's date, no range
            if _extended_in(texts, s):
                continue  # "extended in 2022 through 2025": when, then until when
            value = parse_date_expression(text[starts[s]:ends[e - 1]])
            if value is None:
                days = yearless_range(doc[s:e].text)  # "from April 19 to May 31"
                value = yearless_interval(*days) if days is not None else None
                if value is not None and doc[e - 1].text == "." and doc[e - 2].lower_ in (
                        _FULL_MONTHS):
                    e -= 1  # "ran 26–28 June." ends the sentence
            if value is None:
                continue
            second.append(DateMatch(s, e, value, 2))
            for i in range(s, e):
                taken[i] = True
        kept = [m for m in first if m.value is not None and not any(taken[m.start:m.end])]
        for m in first:  # "on May 22": a day whose year the sentence or the document gives
            if m.value is None and not any(taken[m.start:m.end]):
                day = month_day(doc[m.start:m.end].text)
                end = m.end
                if doc[end - 1].text == "." and doc[end - 2].lower_ in _FULL_MONTHS:
                    end -= 1  # "on 14 June." ends the sentence; "Dec." keeps its period
                if day is not None and _until_word_before(doc, m.start) and not taken[
                        m.start - 1]:  # "runs until August 9", "withdrew by January 19"
                    kept.append(DateMatch(m.start - 1, end, yearless_value(*day, "until"), 1))
                elif day is not None:
                    kept.append(DateMatch(m.start, end, yearless_value(*day), 1))
                elif _opens_bare_month(doc, m.start, end):  # "In June, the two ..."
                    month = bare_month(doc[m.start].text)
                    if month is not None:
                        kept.append(DateMatch(m.start, end, yearless_month_value(month), 1))
                elif (direction := _named_month_direction(doc, m.start, end)) and not taken[
                        m.start - 1]:  # "last September", "next March"
                    month = bare_month(doc[m.start].text)
                    if month is not None:
                        kept.append(DateMatch(m.start - 1, end,
                                              yearless_month_value(month, direction), 1))
        return sorted(second + kept, key=lambda m: (m.start, m.end))

    def set_annotations(self, doc: Doc, matches: Iterable[DateMatch]) -> None:
        facts = []
        starts, ends = token_bounds(doc)
        for m in matches:
            assert m.value is not None
            facts.append(DateFact(starts[m.start], ends[m.end - 1], m.value))
        add_facts(doc, facts)


_LONE_OPEN_WORDS = frozenset(date_words()["lone_open_prefixes"]["words"])
_PARTNER_BOUNDS = frozenset(date_words()["lone_open_prefixes"]["partners"])
_PARTNER_REACH = 12  # tokens either side of an "after" date where its partner bound may stand


def _has_partner_bound(texts: list[str], s: int, e: int) -> bool:
    """Does another bound stand near the "after" date at tokens ``s:e`` ("after 2016 and
    before 2018", "before 2010 or after 2018"), making it one end of a range?"""
    near = texts[max(0, s - _PARTNER_REACH):s] + texts[e:e + _PARTNER_REACH]
    return any(t.lower() in _PARTNER_BOUNDS for t in near)


def merged_windows(at: np.ndarray, n_tokens: int) -> list[tuple[int, int]]:
    """Token ranges of ``WINDOW`` tokens either side of each offset of ``at`` (ascending)
    within ``n_tokens``, those that touch or overlap merged.

    >>> merged_windows(np.array([0, 20, 40, 100]), 110)
    [(0, 57), (84, 110)]
    >>> merged_windows(np.array([], dtype=np.int64), 5)
    []
    """
    if not len(at):
        return []
    lows = np.maximum(at - WINDOW, 0)
    highs = np.minimum(at + WINDOW + 1, n_tokens)  # ascending, as ``at`` is
    opens = np.flatnonzero(lows[1:] > highs[:-1]) + 1  # a window that starts after the last
    firsts = np.concatenate(([0], opens))
    lasts = np.concatenate((opens - 1, [len(at) - 1]))
    return list(zip(lows[firsts].tolist(), highs[lasts].tolist(), strict=True))


_BARE_MONTH_OPENERS = frozenset(date_words()["bare_month_openers"])


_UNTIL_WORDS = frozenset(word for word, meaning in date_words()["open_prefixes"].items()
                         if isinstance(meaning, dict) and meaning["kind"] == "until"
                         and meaning["edge"] == "end" and " " not in word)


def _until_word_before(doc: Doc, start: int) -> bool:
    """Is the token before ``start`` a one-word open prefix of an end ("until", "by",
    "through")?"""
    return start > 0 and doc[start - 1].lower_ in _UNTIL_WORDS


_EXTENSION_VERBS = frozenset(date_words()["extension_verbs"])


def _extended_in(texts: list[str], s: int) -> bool:
    """Is the token ``s`` a date after "in" (or "on") that an extension verb opens ("was
    extended in 2022 through 2025", "extended it in December 2022 through 2027")? The range
    after it is then two facts: when it was extended, and until when."""
    if s < 2 or texts[s - 1].lower() not in ("in", "on"):
        return False
    return any(t.lower() in _EXTENSION_VERBS for t in texts[max(0, s - 5):s - 1])


def _opens_bare_month(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` are one full month name, capitalized, after a
    ``bare_month_openers`` word ("In June, Guardsmen marked ...", "in June 2016 ..., and that
    August the two signed"): a month whose year the sentence or the document gives. "may" in
    lower case, abbreviations and "in March 2019" are not."""
    if end - start != 1 or start == 0:
        return False
    month = doc[start]
    return (month.lower_ in _FULL_MONTHS and month.text[:1].isupper()
            and doc[start - 1].lower_ in _BARE_MONTH_OPENERS)


_NAMED_MONTH_DIRECTIONS = {word: direction for word, direction
                           in date_words()["named_month_directions"].items()
                           if not word.startswith("_")}


def _named_month_direction(doc: Doc, start: int, end: int) -> str:
    """``past`` for one capitalized full month name right after "last" ("last September"),
    ``future`` after "next"; else ``""``."""
    if end - start != 1 or start == 0:
        return ""
    month = doc[start]
    if month.lower_ not in _FULL_MONTHS or not month.text[:1].isupper():
        return ""
    return _NAMED_MONTH_DIRECTIONS.get(doc[start - 1].lower_, "")


_FISCAL_CODES = frozenset(w.upper() for w in date_words()["fiscal_markers"])


def _in_identifier(texts: list[str], starts: list[int], ends: list[int], s: int) -> bool:
    """Is token ``s`` glued by a hyphen to a code of capitals before it ("DODIG-2022-118",
    "AUD-MERO-2020-12": a report's number), not a fiscal year's ("FY-2021")?"""
    if s < 2 or texts[s - 1] != "-" or starts[s] != ends[s - 1] or starts[s - 1] != ends[s - 2]:
        return False
    code = texts[s - 2]
    return len(code) >= 2 and code.isalpha() and code.isupper() and code not in _FISCAL_CODES


def _accept_stage1(text: str, texts: list[str], starts: list[int], ends: list[int],
                   label: str, s: int, e: int) -> tuple[bool, DateValue | None]:
    """Whether the stage-1 candidate of tokens ``s:e`` (of label ``label``) is kept, and its
    value; ``text``, ``texts``, ``starts``, ``ends``: the doc's text, token texts and token
    bounds (``token_bounds``)."""
    span_text = text[starts[s]:ends[e - 1]]
    value = parse_date_expression(span_text)
    before = texts[max(0, s - 3):s][::-1]
    after = texts[e:e + 6]
    if label != "point":
        if value is None and before[:1] and before[0].lower() == "for":
            value = parse_date_expression("for " + span_text)  # "for a decade": one decade
        if value is None:
            return False, None
        wider = texts[max(0, s - 10):s][::-1]
        relationship = elapsed_in_context(value, wider, texts[e:e + 10])
        if needs_relationship_context(span_text) and relationship.kind != "relative":
            return False, None  # "decades-long" only as a relationship's age
        return True, relationship
    if blocked_by_context(before[:2], after[:2], texts[e - 1][:1] in _ASCII_DIGITS):
        return False, None
    if _in_identifier(texts, starts, ends, s):
        return False, None  # "DODIG-2022-118": a report's number
    if _bare_year(e - s, span_text) and names_with_year(before[:2]):
        return False, None  # "FLINTLOCK 2024", "Vision 2030": part of a name
    if (_historical_bare_year(e - s, span_text)
            and not historical_year_in_context(before, after[:3])):
        return False, None  # "1800" alone is a number; "in 1812" is a year
    if value is not None and value.kind not in ("date", "fiscal_year"):
        value = None  # a range read from one token run ("2018-20"): stage 2 decides
    if value is None and not is_date_fragment(span_text):
        return False, None
    return True, value


@Language.factory("date_facts")
def make_date_facts(nlp: Language, name: str) -> DateFacts:
    return DateFacts(nlp, name)
