"""Where a ``Matcher``'s patterns can match: run it there only, with the very same results.

A spaCy ``Matcher`` evaluates its patterns' predicates at every token, which is most of the
extraction time; yet most tokens can be part of no match. ``MatchRegions`` computes, from the
patterns themselves (no hand-written trigger list that could drift from them):

- *breakers*: tokens that no token spec of any pattern accepts. No match contains one, so the
  matcher can run on the runs of tokens between breakers separately;
- for each run, whether it holds, for some pattern, a token accepted by each of that pattern's
  required specs (those without ``OP`` or with ``+``). A run without is skipped.

A match of the full document lies within one run and that run holds its pattern's required
tokens, so ``matches_in(doc, matcher, regions(doc))`` equals ``matcher(doc)`` as a set (tested
in ``tests/test_speed_invariants.py`` against the plain full-document run).

All specs are lexical (TEXT, ORTH, LOWER, SHAPE, IS_*/LIKE_* flags, REGEX/IN on those), so
whether a spec accepts a token depends on its string alone: it is decided once per distinct
string, by spaCy's own Matcher (one single-token pattern per spec), and cached. A spec on a
custom attribute (``"_"``) is not lexical; the caller names patterns whose specs accept every
token such a spec can accept (``underscore_like``: the dates' stage 1 marks ``date_point`` only
on tokens of its own matches), and its other keys are ignored (a larger set: still exact).
A pattern with a ``!`` (negated) spec or an empty spec accepts any token: there are no
breakers then, and the regions are the whole document.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
from spacy.attrs import ORTH
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

Pattern = list[dict[str, Any]]
_REQUIRED_OPS = (None, "1", "+")


def _spec_key(token: dict[str, Any]) -> str:
    return json.dumps({k: v for k, v in token.items() if k != "OP"}, sort_keys=True)


class MatchRegions:
    """The token ranges of a document where the given patterns can match."""

    def __init__(self, vocab: Vocab, patterns: Iterable[Pattern],
                 underscore_like: Iterable[Pattern] = ()) -> None:
        self.vocab = vocab
        self.specs: dict[str, int] = {}
        self.spec_matcher = Matcher(vocab)
        self.everything = False  # some spec accepts any token: one region, the whole doc
        self.required: list[tuple[int, ...]] = []
        context_specs = [self._spec_id(t) for p in underscore_like for t in p]
        self.underscore_like = tuple(sorted(set(context_specs)))
        self.underscore_ids: list[int] = []
        for pattern in patterns:
            required = []
            for token in pattern:
                spec_id = self._spec_id(token)
                if token.get("OP") == "!":
                    self.everything = True
                if token.get("OP") in _REQUIRED_OPS:
                    required.append(spec_id)
            self.required.append(tuple(sorted(set(required))))
        self.lexical_count = len(self.specs)
        # Per known token string: its row in ``table``, a bool per spec (a cache that grows).
        self.row_of: dict[int, int] = {}
        self.table = np.zeros((0, len(self.specs)), dtype=bool)
        # The required specs as a matrix: a run can hold a match of pattern p iff it has all
        # of row p's specs, i.e. the count of them it has equals the row's sum.
        self.required_matrix = np.zeros((len(self.required), len(self.specs)), dtype=np.int32)
        for p, pattern_specs in enumerate(self.required):
            self.required_matrix[p, list(pattern_specs)] = 1
        self.required_sizes = self.required_matrix.sum(axis=1)

    def _spec_id(self, token: dict[str, Any]) -> int:
        key = _spec_key(token)
        if key in self.specs:
            return self.specs[key]
        spec_id = len(self.specs)
        self.specs[key] = spec_id
        spec = {k: v for k, v in token.items() if k != "OP"}
        if "_" in spec:
            self.underscore_ids.append(spec_id)
        elif not spec:
            self.everything = True
        else:
            self.spec_matcher.add(str(spec_id), [[spec]])
        return spec_id

    def _acceptance(self, orths: np.ndarray) -> np.ndarray:
        """Bool matrix (len(orths), number of specs): does spec j accept token string i?"""
        keys = orths.tolist()
        known = [self.row_of.get(o, -1) for o in keys]
        missing = [o for o, row in zip(keys, known, strict=True) if row < 0]
        if missing:
            strings = self.vocab.strings
            words = [strings[o] for o in missing]
            rows = np.zeros((len(missing), len(self.specs)), dtype=bool)
            probe = Doc(self.vocab, words=words, spaces=[False] * len(words))
            for key, start, _end in self.spec_matcher(probe):
                rows[start, int(strings[key])] = True
            if self.underscore_ids:
                like = np.ones(len(missing), dtype=bool)
                if self.underscore_like:
                    like = np.asarray(rows[:, list(self.underscore_like)].any(axis=1))
                rows[:, self.underscore_ids] = like[:, None]
            used = len(self.row_of)
            if used + len(missing) > len(self.table):  # grow by doubling: amortized O(1)
                grown = np.zeros((max(2 * len(self.table), used + len(missing), 256),
                                  len(self.specs)), dtype=bool)
                grown[:used] = self.table[:used]
                self.table = grown
            self.table[used:used + len(missing)] = rows
            for k, orth in enumerate(missing):
                self.row_of[orth] = used + k
            known = [self.row_of[o] for o in keys]
        return self.table[known]

    def regions(self, doc: Doc, within: Sequence[tuple[int, int]] | None = None
                ) -> list[tuple[int, int]]:
        """Disjoint token ranges, in order, holding every match of the patterns in ``doc``
        (restricted to matches inside one of ``within``, disjoint non-adjacent ranges, if
        given)."""
        n = len(doc)
        if n == 0:
            return []
        if self.everything:
            return list(within) if within is not None else [(0, n)]
        uniq, inverse = distinct_strings(doc)
        accept_u = self._acceptance(uniq)
        inside: np.ndarray = np.asarray(accept_u.any(axis=1))[inverse]
        if within is not None:
            allowed = np.zeros(n, dtype=bool)
            for a, b in within:
                allowed[a:b] = True
            inside &= allowed
        if not inside.any():
            return []
        padded = np.concatenate(([False], inside, [False]))
        edges = np.flatnonzero(padded[1:] != padded[:-1])
        starts, ends = edges[0::2], edges[1::2]
        run_of = np.cumsum(padded[1:-1] & ~padded[:-2]) - 1  # run index of each inside token
        tokens = np.flatnonzero(inside)
        pairs = np.unique(run_of[tokens] * len(uniq) + inverse[tokens])
        pair_runs, pair_strings = pairs // len(uniq), pairs % len(uniq)
        first = np.flatnonzero(np.concatenate(([True], pair_runs[1:] != pair_runs[:-1])))
        has = np.zeros((len(starts), len(self.specs)), dtype=bool)
        has[pair_runs[first]] = np.logical_or.reduceat(accept_u[pair_strings], first, axis=0)
        counts = has.astype(np.int32) @ self.required_matrix.T  # (runs, patterns)
        keep = np.flatnonzero((counts == self.required_sizes).any(axis=1))
        return list(zip(starts[keep].tolist(), ends[keep].tolist(), strict=True))


def distinct_strings(doc: Doc) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique`` of the doc's token strings with the inverse, computed once per Doc (the
    sentence components, the regions and ``TokenPatternMatcher`` use it) and kept in
    ``doc.user_data``."""
    found = doc.user_data.get("regions.distinct_strings")
    if found is None or found[0] != len(doc):
        uniq, inverse = np.unique(doc.to_array(ORTH), return_inverse=True)
        found = doc.user_data["regions.distinct_strings"] = (len(doc), uniq, inverse)
    return found[1], found[2]


def matches_in(doc: Doc, matcher: Matcher, regions: Sequence[tuple[int, int]]
               ) -> list[tuple[int, int, int]]:
    """``matcher`` run on each region; (match_id, start, end) in document token offsets."""
    out: list[tuple[int, int, int]] = []
    for a, b in regions:
        span: Span = doc[a:b]
        out.extend((key, a + s, a + e) for key, s, e in matcher(span))
    return out
