"""The ``money_facts`` component: amounts of money, each a ``MoneyFact`` with its ``Amount``.

The token patterns (``patterns/money.jsonl``) propose candidate spans, overlapping and of every
length; ``pipeline.money.parse_core`` keeps those that are well-formed amounts; the longest
win. The words around a kept span give its qualifier and period (``pipeline.money``'s tables).
``fiscal_year``, ``countries`` and ``program`` are left for ``pipeline.link_money``.
"""

from __future__ import annotations

import bisect
import dataclasses
import operator
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from pipeline.components import add_facts, doc_text, token_bounds
from pipeline.components.tokenmatch import TokenPatternMatcher
from pipeline.facts import MoneyFact
from pipeline.money import (
    is_change,
    is_year_dollars,
    money_words,
    not_money_after,
    parse_core,
    period_after,
    period_before,
    qualifier_after,
    qualifier_before,
    with_context,
)
from pipeline.values import Amount

PATTERNS_PATH = Path(__file__).parent.parent / "patterns" / "money.jsonl"
# How far qualifier and period words are looked for. Not cut at sentence starts: the sentencizer
# splits after abbreviations ("approx. $5 million"), and the tables' phrases must touch the
# amount anyway (a full stop between them breaks the phrase).
CONTEXT_CHARS = 160
_START = operator.itemgetter(0)


@Language.factory("money_facts")
def make_money_facts(nlp: Language, name: str) -> MoneyExtractor:
    return MoneyExtractor(nlp, name)


class MoneyExtractor:
    """Finds amounts of money; ``match`` is pure (doc in, spans and amounts out)."""

    def __init__(self, nlp: Language, name: str = "money_facts",
                 patterns_path: Path = PATTERNS_PATH) -> None:
        self.name = name
        self.matcher = Matcher(nlp.vocab, validate=True)
        patterns = [(entry["id"], with_currency_words(entry["pattern"]))
                    for entry in srsly.read_jsonl(patterns_path)]
        for key, pattern in patterns:
            self.matcher.add(key, [pattern])
        # The same patterns, matched without a Python predicate per token (``self.matcher`` is
        # the reference, ``plain``).
        self.fast = TokenPatternMatcher(nlp.vocab, patterns)

    def __call__(self, doc: Doc) -> Doc:
        matches = self.match(doc)
        self.set_annotations(doc, matches)
        return doc

    def raw_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(id, start, end) of every match, as ``self.matcher(doc)`` gives them."""
        strings = doc.vocab.strings
        return [(strings[key], start, end) for key, start, end in self.fast(doc)]

    def match(self, doc: Doc, plain: bool = False) -> list[tuple[int, int, Amount]]:
        """(start_char, end_char, amount) of every amount in ``doc``, in text order.
        ``plain``: run spaCy's matcher over the whole document (the reference for ``fast``)."""
        text = doc_text(doc)
        starts, ends = token_bounds(doc)
        candidates: dict[tuple[int, int], Amount] = {}
        blocked: list[tuple[int, int]] = []
        # Each span once (several patterns may match it), in order of first match.
        spans = dict.fromkeys((start, end) for _, start, end in (
            self.matcher(doc) if plain else self.fast(doc)))
        for start, end in spans:
            found = _amount_span(text, starts[start], ends[end - 1])
            if isinstance(found, tuple):
                candidates[found[:2]] = found[2]
            elif found == "not money":
                blocked.append((starts[start], ends[end - 1]))
        # "$3m%" is no amount, and neither is the "$3" inside it
        for start, end in [se for se in candidates if _overlaps(se, blocked)]:
            del candidates[(start, end)]
        kept = longest_first(candidates)
        out: list[tuple[int, int, Amount]] = []
        for i, (start, end) in enumerate(kept):
            lo = kept[i - 1][1] if i else 0
            hi = kept[i + 1][0] if i + 1 < len(kept) else len(text)
            before = text[max(lo, start - CONTEXT_CHARS) : start]
            after = text[end : min(hi, end + CONTEXT_CHARS)]
            period = period_after(after) or period_before(before)
            qualifier = qualifier_before(before)
            if qualifier == "exact":
                qualifier = qualifier_after(after)  # "$14 million or more"
            amount = with_context(candidates[(start, end)], qualifier, period)
            out.append((start, end, amount))
        return _changes_share_their_period(text, out)

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, Amount]]) -> None:
        add_facts(doc, [MoneyFact(start, end, amount) for start, end, amount in matches])


def with_currency_words(pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``pattern`` with its currency slots holding every currency word of the tables: a slot
    of signs (it lists "$") every one-token ``currency_prefixes`` sign; a slot of currency
    names (it lists "dollars") every one-word ``currency_suffixes`` name (with currencies.tsv's:
    "pula"); the two slots of a two-word name (one lists "cfa", the next "dinars") the first
    and second words of every two-word name ("iraqi dinars"). The patterns only propose
    spans: ``parse_core`` keeps those whose sign or name the tables hold."""
    names = [tuple(phrase.split()) for phrase in money_words()["currency_suffixes"]]
    signs = [p for p in money_words()["currency_prefixes"] if " " not in p]
    extra = {"$": signs, "dollars": [n[0] for n in names if len(n) == 1],
             "cfa": [n[0] for n in names if len(n) == 2],
             "dinars": [n[1] for n in names if len(n) == 2]}
    out = []
    for token in pattern:
        values = token.get("LOWER")
        if isinstance(values, dict) and isinstance(values.get("IN"), list):
            listed = values["IN"]
            for marker, words in extra.items():
                if marker in listed:
                    token = {**token, "LOWER": {**values, "IN": [
                        *listed, *sorted(set(words) - set(listed))]}}
        out.append(token)
    return out


_CHANGE_TO = re.compile(r"[ \u00a0]+to[ \u00a0]+(?:(?:about|around|roughly|some|nearly|over)"
                        r"[ \u00a0]+)?$")


def _changes_share_their_period(text: str, found: list[tuple[int, int, Amount]]
                                ) -> list[tuple[int, int, Amount]]:
    """The two amounts of a change ("annual rent rose from $2 million to $17.4 million"), the
    second right after the first and "to", are of one period: the one that has none takes the
    other's."""
    out = list(found)
    for i in range(len(out) - 1):
        (s1, e1, a1), (s2, e2, a2) = out[i], out[i + 1]
        if (bool(a1.period) == bool(a2.period) or not _CHANGE_TO.match(text[e1:s2])
                or not text[max(0, s1 - 30):s1].rstrip().lower().endswith("from")):
            continue
        if a1.period:
            out[i + 1] = (s2, e2, dataclasses.replace(a2, period=a1.period))
        else:
            out[i] = (s1, e1, dataclasses.replace(a1, period=a2.period))
    return out


def _amount_span(text: str, start: int, end: int) -> tuple[int, int, Amount] | str:
    """The candidate as an amount, or why it is none: "not well-formed", "change" (a range
    that is really two amounts), "not money" (its context says so: "$5-10%", "in constant
    2019 dollars"). A full stop glued to the scale word ("$3m.") is cut off."""
    core = parse_core(text[start:end])
    if core is None and text[end - 1] == ".":
        end -= 1
        core = parse_core(text[start:end])
    if core is None:
        return "not well-formed"
    before = text[max(0, start - CONTEXT_CHARS) : start]
    after = text[end : end + CONTEXT_CHARS]
    span_text = text[start:end]
    if not_money_after(after) or is_year_dollars(span_text, before):
        return "not money"
    if is_change(span_text, before):
        return "change"
    return start, end, core


def longest_first(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The (start, end) spans that no longer (or as long and earlier) span overlaps, taken
    longest first, in text order.

    >>> longest_first([(0, 5), (3, 12), (10, 14), (12, 14)])
    [(3, 12), (12, 14)]
    """
    kept: list[tuple[int, int]] = []  # disjoint, in text order
    for start, end in sorted(spans, key=lambda se: (se[0] - se[1], se[0])):
        # of the kept spans that start before this one ends, the last ends last
        before = bisect.bisect_left(kept, end, key=_START)
        if not before or kept[before - 1][1] <= start:
            kept.insert(before, (start, end))
    return kept


def _overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in others)
