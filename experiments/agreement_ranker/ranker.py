"""An experiment (issue #3): a small learned re-ranker over the candidates the pipeline already
produces for an agreement's parties and start date, beside the rules of ``link_agreements``.

Nothing here is on the extraction path. The module is pure: a document's facts in a neutral
form (``DocumentFacts``: plain tuples, so that facts extracted by an older checkout of the
pipeline can be read too), the candidates of each found agreement with their features, and two
deterministic numpy models:

- parties: every state the agreement's sentence, the sentence before it or its section heading
  names, the document's subject, the United States and whatever the rules chose (organizations,
  guards) is a candidate; a logistic regression says party or not (``PartyModel``);
- start: every date of the sentence and of the sentence before it, the rules' choice, and
  "none" are candidates; a conditional logit (softmax over one agreement's candidates) picks
  one (``StartModel``).

Features are words and positions around the mention (the word before and after it, the words
between it and the agreement, token distance, same clause, before/after, granularity and kind
of a date), the agreement's kind, and whether the rules chose the candidate, so the models
learn when to override the rules. ``experiments.agreement_ranker.loso`` runs the leave-one-set-out
evaluation.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np

from pipeline.agreements import (
    capital_mentions,
    clauses,
    document_subject,
    find_guards,
    is_location,
    is_mediator,
    vocabulary,
)
from pipeline.agreements import section_heading as heading_of
from pipeline.sections import heading_spans

NONE = ""  # the "no start date" candidate's value
USA = "USA"
_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|\d+|[,;:()]")
_BETWEEN_PARTY = frozenset({
    "with", "between", "and", "signed", "by", "in", "to", "of", "from", "for", "under",
    "through", "partner", "partners", "partnered", "partnership", "joined", "concluded",
    "agreed", "has", "have", "had", "which", "its", "their", "both", "two", "countries",
    "nations", "sides", "national", "guard", "established", "since", "also", "member",
    "members", "including", "support", "provided", "deployed", "operations", "among", ",",
    ";", "(", "we", "our", "the"})
_BETWEEN_DATE = frozenset({
    "signed", "since", "entered", "force", "renewed", "established", "began", "in", "on",
    "until", "through", "expired", "amended", "anniversary", "ratified", "joined",
    "concluded", "launched", "extended", "which", "when", "and", "also", "funded", "provided",
    "million", "from", "to", "by", "was", "were", "has", "have", "had", "the", "a", "an",
    "first", "later", "after", "before", "during", "year", "effect", "agreed", "partnered",
    "created", "initiated", "replaced", "updated", "revised", "will", "plan", ",", ";", "("})
_NEAR_WORDS = _BETWEEN_PARTY | _BETWEEN_DATE | frozenset({"s", "’s", "'s", "-", "the"})


# ---------------------------------------------------------------------------------------------
# A document's facts, in a neutral form


@dataclass(frozen=True)
class FoundAgreement:
    start: int
    end: int
    kind: str
    parties: tuple[str, ...]
    date_start: str | None  # ISO day, as the tables write it
    status: str


@dataclass(frozen=True)
class DocumentFacts:
    text: str
    sentences: tuple[tuple[int, int], ...]
    countries: tuple[tuple[int, int, str], ...]  # start, end, ISO3
    dates: tuple[tuple[int, int, str, str | None, str], ...]  # start, end, kind, start, grain
    agreements: tuple[FoundAgreement, ...]


def as_record(facts: DocumentFacts) -> dict[str, Any]:
    """``facts`` as JSON-ready data (``from_record`` reads it back)."""
    return {"text": facts.text, "sentences": [list(s) for s in facts.sentences],
            "countries": [list(c) for c in facts.countries],
            "dates": [list(d) for d in facts.dates],
            "agreements": [[a.start, a.end, a.kind, list(a.parties), a.date_start, a.status]
                           for a in facts.agreements]}


def from_record(record: Mapping[str, Any]) -> DocumentFacts:
    return DocumentFacts(
        str(record["text"]),
        tuple((int(s), int(e)) for s, e in record["sentences"]),
        tuple((int(s), int(e), str(c)) for s, e, c in record["countries"]),
        tuple((int(s), int(e), str(k), None if v is None else str(v), str(g))
              for s, e, k, v, g in record["dates"]),
        tuple(FoundAgreement(int(s), int(e), str(k), tuple(p), d, str(st))
              for s, e, k, p, d, st in record["agreements"]))


# ---------------------------------------------------------------------------------------------
# Candidates and their features


@dataclass(frozen=True)
class Candidate:
    value: str  # ISO3 or name of a party; ISO day of a start date, or NONE
    features: tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class _Where:
    """Where an agreement stands: its sentence, the one before, its clause and heading."""

    sentence: tuple[int, int]
    previous: tuple[int, int] | None
    clause: tuple[int, int]
    heading: tuple[int, int] | None
    others: tuple[tuple[int, int], ...]  # the other agreements of the sentence


def _tokens(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _bucket(n: int, edges: Sequence[int] = (0, 1, 2, 3, 5, 8, 12, 20, 40)) -> str:
    for edge in edges:
        if n <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


def _near(word: str | None) -> str:
    if word is None:
        return "^"
    return word if word in _NEAR_WORDS else ("cap" if word[:1].isupper() else "w")


class DocumentContext:
    """One document's facts with what every agreement's candidates need (computed once)."""

    def __init__(self, facts: DocumentFacts):
        self.facts = facts
        self.text = facts.text
        self.sentences = sorted(facts.sentences)
        self._starts = [s for s, _ in self.sentences]
        self.headings = heading_spans(self.text)
        self.subject = document_subject(self.text, [(s, c) for s, _, c in facts.countries])
        self.party_mentions = sorted(
            [(s, e, c, "state") for s, e, c in facts.countries]
            + [(s, e, c, "capital") for s, e, c in capital_mentions(self.text)]
            + [(s, e, g, "guard") for s, e, g in find_guards(self.text)]
            + [(m.start(), m.end(), name, "organization")
               for m, name in _organizations(self.text)])
        self.dates = sorted(facts.dates)
        self.mention_count: dict[str, int] = {}
        for _, _, iso3 in facts.countries:
            self.mention_count[iso3] = self.mention_count.get(iso3, 0) + 1

    def where(self, a: FoundAgreement) -> _Where:
        i = bisect.bisect_right(self._starts, a.start) - 1
        if i >= 0 and a.start < self.sentences[i][1]:
            sentence = (self.sentences[i][0], max(self.sentences[i][1], a.end))
            previous = self.sentences[i - 1] if i > 0 else None
        else:
            sentence, previous = (a.start, a.end), None
        parts = clauses(self.text, *sentence)
        clause = next((p for p in parts if p[0] <= a.start < p[1]), sentence)
        others = tuple((b.start, b.end) for b in self.facts.agreements
                       if b is not a and sentence[0] <= b.start < sentence[1])
        return _Where(sentence, previous, clause, heading_of(self.text, a.start, self.headings),
                      others)

    def _between(self, lo: int, hi: int) -> list[str]:
        return _tokens(self.text[lo:hi]) if lo < hi else []

    def _word_before(self, pos: int) -> str | None:
        words = _tokens(self.text[max(0, pos - 40):pos])
        return words[-1] if words else None

    def _word_after(self, pos: int) -> str | None:
        words = _tokens(self.text[pos:pos + 40])
        return words[0] if words else None

    def _relation(self, a: FoundAgreement, lo: int, hi: int, where: _Where,
                  vocabulary: frozenset[str], prefix: str) -> dict[str, float]:
        """Features of a mention ``[lo, hi)`` against agreement ``a``: where it stands, how far,
        the words before, after and between."""
        f: dict[str, float] = {}
        s_lo, s_hi = where.sentence
        c_lo, c_hi = where.clause
        if a.start <= lo and hi <= a.end:
            f[f"{prefix}inside"] = 1.0
            between: list[str] = []
        elif hi <= a.start:
            f[f"{prefix}before"] = 1.0
            between = self._between(hi, a.start)
        else:
            f[f"{prefix}after"] = 1.0
            between = self._between(a.end, lo)
        if s_lo <= lo < s_hi:
            f[f"{prefix}in_sentence"] = 1.0
            f[f"{prefix}dist{_bucket(len(between))}"] = 1.0
            if c_lo <= lo < c_hi:
                f[f"{prefix}in_clause"] = 1.0
            for word in set(between) & vocabulary:
                f[f"{prefix}between:{word}"] = 1.0
            span = (min(lo, a.start), max(hi, a.end))
            if any(span[0] < o_lo < span[1] for o_lo, _ in where.others):
                f[f"{prefix}other_agreement_between"] = 1.0
        elif where.previous is not None and where.previous[0] <= lo < where.previous[1]:
            f[f"{prefix}in_previous"] = 1.0
            if "\n\n" not in self.text[lo:a.start]:
                f[f"{prefix}same_paragraph"] = 1.0
        else:
            f[f"{prefix}in_heading"] = 1.0
        f[f"{prefix}before:{_near(self._word_before(lo))}"] = 1.0
        f[f"{prefix}after:{_near(self._word_after(hi))}"] = 1.0
        return f

    def _rank(self, a: FoundAgreement, spans: Iterable[tuple[int, int]]) -> dict[tuple[int, int],
                                                                                 int]:
        ordered = sorted(spans, key=lambda s: (abs(s[0] - a.start), s[0]))
        return {s: k for k, s in enumerate(ordered)}

    def party_candidates(self, a: FoundAgreement, with_rules: bool = True) -> list[Candidate]:
        where = self.where(a)
        lo = where.previous[0] if where.previous is not None else where.sentence[0]
        windows = [(lo, where.sentence[1])]
        if where.heading is not None:
            windows.append(where.heading)
        mentions: dict[str, list[tuple[int, int]]] = {}
        sources: dict[str, set[str]] = {}
        for start, end, value, source in self.party_mentions:
            if any(w_lo <= start < w_hi for w_lo, w_hi in windows):
                mentions.setdefault(value, []).append((start, end))
                sources.setdefault(value, set()).add(source)
        in_sentence = {c for c, spans in mentions.items()
                       if any(where.sentence[0] <= s < where.sentence[1] for s, _ in spans)}
        values = sorted({*mentions, *a.parties, USA} | ({self.subject} if self.subject else set()))
        ranks = self._rank(a, [s for spans in mentions.values() for s in spans
                               if where.sentence[0] <= s[0] < where.sentence[1]])
        common = {f"kind:{a.kind}": 1.0, f"rules_n:{min(len(a.parties), 3)}": 1.0,
                  f"states_in_sentence:{_bucket(len(in_sentence - {USA}), (0, 1, 2, 3))}": 1.0}
        out = []
        for value in values:
            f: dict[str, float] = {"bias": 1.0, **common}
            chosen = value in a.parties
            is_state = len(value) == 3 and value.isupper()
            if chosen:
                f["rules"] = 1.0
                f[f"rules*kind:{a.kind}"] = 1.0
            if value == USA:
                f["usa"] = 1.0
                f[f"usa*kind:{a.kind}"] = 1.0
                f[f"usa*rules:{chosen}"] = 1.0
            if value == self.subject:
                f["subject"] = 1.0
            if not is_state:
                f["not_state"] = 1.0
            spans = mentions.get(value, [])
            for source in sources.get(value, ()):
                f[f"source:{source}"] = 1.0
            if spans:
                nearest = min(spans, key=lambda s: (ranks.get(s, 99), abs(s[0] - a.start)))
                f.update(self._relation(a, *nearest, where, _BETWEEN_PARTY, "m:"))
                if nearest in ranks:
                    f[f"m:rank:{_bucket(ranks[nearest], (0, 1, 2, 4))}"] = 1.0
                if is_location(self.text, nearest[0]):
                    f["m:located"] = 1.0
                if is_mediator(self.text, nearest[0]):
                    f["m:mediator"] = 1.0
                f["m:mentions_here"] = min(len(spans), 4) / 4
            else:
                f["no_mention"] = 1.0
                if chosen:
                    f["rules_only"] = 1.0
            if is_state:
                f["doc_mentions"] = min(self.mention_count.get(value, 0), 20) / 20
            if chosen:  # when to trust the rules: their choice crossed with where it stands
                f.update({f"rules*{n}": 1.0 for n in list(f)
                          if n.startswith(("m:in_", "m:before", "m:after", "m:located",
                                           "m:between:with", "m:between:between",
                                           "source:", "no_mention", "usa"))})
            out.append(_candidate(value, f, with_rules))
        return out

    def start_candidates(self, a: FoundAgreement, with_rules: bool = True) -> list[Candidate]:
        where = self.where(a)
        lo = where.previous[0] if where.previous is not None else where.sentence[0]
        mentions: dict[str, list[tuple[int, int, str, str]]] = {}
        for start, end, kind, value, grain in self.dates:
            if lo <= start < where.sentence[1] and value is not None and kind not in (
                    "relative", "duration"):
                mentions.setdefault(value, []).append((start, end, kind, grain))
        ranks = self._rank(a, [(s, e) for spans in mentions.values() for s, e, _, _ in spans
                               if where.sentence[0] <= s < where.sentence[1]])
        in_clause = sum(where.clause[0] <= s < where.clause[1]
                        for spans in mentions.values() for s, _, _, _ in spans)
        common = {f"kind:{a.kind}": 1.0, f"status:{a.status}": 1.0}
        none: dict[str, float] = {"none": 1.0, **common,
                                  f"none*dates_in_clause:{_bucket(in_clause, (0, 1, 2))}": 1.0}
        none.update({f"none*kind:{a.kind}": 1.0, f"none*status:{a.status}": 1.0})
        if a.date_start is None:
            none["rules"] = 1.0
        out = [_candidate(NONE, none, with_rules)]
        for value in sorted({*mentions, *([a.date_start] if a.date_start else [])}):
            f: dict[str, float] = {"bias": 1.0, **common}
            if value == a.date_start:
                f["rules"] = 1.0
                f[f"rules*kind:{a.kind}"] = 1.0
            spans = mentions.get(value, [])
            if spans:
                s, e, kind, grain = min(spans, key=lambda m: (ranks.get(m[:2], 99),
                                                              abs(m[0] - a.start)))
                f.update(self._relation(a, s, e, where, _BETWEEN_DATE, "d:"))
                f[f"d:grain:{grain}"] = 1.0
                f[f"d:kind:{kind}"] = 1.0
                if (s, e) in ranks:
                    f[f"d:rank:{_bucket(ranks[(s, e)], (0, 1, 2))}"] = 1.0
                f["d:mentions_here"] = min(len(spans), 3) / 3
            else:
                f["no_mention"] = 1.0
            out.append(_candidate(value, f, with_rules))
        return out


def _organizations(text: str) -> list[tuple[re.Match[str], str]]:
    """Every organization of the data's ``organization_parties`` named in ``text``."""
    forms = {f: name for name, fs in vocabulary()["organization_parties"].items() for f in fs}
    regex = _organization_regex(tuple(sorted(forms, key=len, reverse=True)))
    return [(m, forms[m.group(0)]) for m in regex.finditer(text)]


@cache
def _organization_regex(forms: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w-])")


def _candidate(value: str, features: dict[str, float], with_rules: bool) -> Candidate:
    """A candidate with its features sorted; without those that say what the rules chose when
    ``with_rules`` is false (the candidates stay the same)."""
    kept = sorted((n, v) for n, v in features.items()
                  if with_rules or not (n.startswith("rules") or n.endswith("*rules:True")
                                        or n.endswith("*rules:False")))
    return Candidate(value, tuple(kept))


# ---------------------------------------------------------------------------------------------
# The models


class FeatureIndex:
    """Feature names to columns, fixed on the training candidates (unseen names are dropped)."""

    def __init__(self, groups: Iterable[Sequence[Candidate]], min_count: int = 2):
        counts: dict[str, int] = {}
        for group in groups:
            for c in group:
                for name, _ in c.features:
                    counts[name] = counts.get(name, 0) + 1
        self.names = sorted(n for n, k in counts.items() if k >= min_count)
        self.column = {n: k for k, n in enumerate(self.names)}

    def matrix(self, candidates: Sequence[Candidate]) -> np.ndarray:
        x = np.zeros((len(candidates), len(self.names)))
        for row, c in enumerate(candidates):
            for name, value in c.features:
                k = self.column.get(name)
                if k is not None:
                    x[row, k] = value
        return x


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 30) -> np.ndarray:
    """Weights of an L2-regularised logistic regression by Newton's method (deterministic)."""
    w = np.zeros(x.shape[1])
    ridge = l2 * np.eye(x.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + l2 * w
        hess = (x.T * (p * (1 - p))) @ x + ridge
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return w


def fit_softmax(x: np.ndarray, y: np.ndarray, group: np.ndarray, l2: float = 1.0,
                steps: int = 40) -> np.ndarray:
    """Weights of a conditional logit: in each group (one agreement's candidates) the softmax
    of the scores; the loss is minus the log of the probability of the right candidates.
    Newton's method on the exact Hessian (deterministic)."""
    n_groups = int(group.max()) + 1 if len(group) else 0
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        s = x @ w
        s = s - _group_max(s, group, n_groups)[group]
        e = np.exp(s)
        z = np.bincount(group, e, n_groups)
        p = e / z[group]
        pos = np.bincount(group, p * y, n_groups)  # probability of the right candidates
        q = np.where(y > 0, p / np.maximum(pos[group], 1e-300), 0.0)  # posterior over rights
        grad = x.T @ (p - q) + l2 * w
        # Hessian: covariance of x under p minus covariance under q, per group
        hess = l2 * np.eye(x.shape[1])
        mean_p = _group_sum(x * p[:, None], group, n_groups)
        mean_q = _group_sum(x * q[:, None], group, n_groups)
        hess += (x.T * p) @ x - mean_p.T @ mean_p
        hess -= (x.T * q) @ x - mean_q.T @ mean_q
        hess += 1e-6 * np.eye(x.shape[1])
        try:
            step = np.linalg.solve(hess, grad)
        except np.linalg.LinAlgError:
            step = grad * 0.1
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return w


def _group_sum(v: np.ndarray, group: np.ndarray, n_groups: int) -> np.ndarray:
    """Row sums of ``v`` per group; ``group`` is sorted (each group's rows are contiguous)."""
    return np.add.reduceat(v, _group_starts(group), axis=0)


def _group_max(s: np.ndarray, group: np.ndarray, n_groups: int) -> np.ndarray:
    return np.maximum.reduceat(s, _group_starts(group))


def _group_starts(group: np.ndarray) -> np.ndarray:
    return np.flatnonzero(np.r_[True, group[1:] != group[:-1]])


@dataclass
class PartyModel:
    index: FeatureIndex
    weights: np.ndarray

    @classmethod
    def train(cls, groups: Sequence[Sequence[Candidate]], gold: Sequence[Iterable[str]],
              l2: float = 1.0) -> PartyModel:
        index = FeatureIndex(groups)
        rows = [c for g in groups for c in g]
        y = np.array([float(c.value in set(parties)) for g, parties in zip(groups, gold,
                                                                            strict=True)
                      for c in g])
        return cls(index, fit_logistic(index.matrix(rows), y, l2))

    def parties(self, candidates: Sequence[Candidate]) -> tuple[str, ...]:
        if not candidates:
            return ()
        scores = self.index.matrix(candidates) @ self.weights
        return tuple(sorted(c.value for c, s in zip(candidates, scores, strict=True) if s > 0))


@dataclass
class StartModel:
    index: FeatureIndex
    weights: np.ndarray

    @classmethod
    def train(cls, groups: Sequence[Sequence[Candidate]], gold: Sequence[str],
              l2: float = 1.0) -> StartModel:
        kept = [(g, v) for g, v in zip(groups, gold, strict=True)
                if any(c.value == v for c in g)]  # a right answer no candidate has: no signal
        index = FeatureIndex([g for g, _ in kept])
        rows = [c for g, _ in kept for c in g]
        y = np.array([float(c.value == v) for g, v in kept for c in g])
        group = np.array([k for k, (g, _) in enumerate(kept) for _ in g], dtype=np.int64)
        return cls(index, fit_softmax(index.matrix(rows), y, group, l2))

    def start(self, candidates: Sequence[Candidate]) -> str:
        scores = self.index.matrix(candidates) @ self.weights
        best = max(range(len(candidates)), key=lambda k: (scores[k], -k))
        return candidates[best].value
