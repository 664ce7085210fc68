"""A token-pattern matcher that finds what spaCy's ``Matcher`` finds, without calling a Python
predicate per token and pattern.

spaCy's ``Matcher`` evaluates ``IN`` and ``REGEX`` specs by calling a Python function for each
token, spec and call, which is most of the time the date and money components spend. Here:

- whether a spec accepts a token depends on the token's string alone (every spec is lexical:
  TEXT, ORTH, LOWER, SHAPE, IS_*/LIKE_* flags, IN/REGEX on those) or, for a custom attribute
  (``"_"``), on that attribute's value too. It is decided once per distinct string, by spaCy's
  own ``Matcher`` (one single-token pattern per spec, so its semantics are spaCy's), and
  cached; each token then has a class: the set of pattern positions it may fill;
- the patterns (ops ``?``, ``*``, ``+`` or none) become one nondeterministic automaton over
  those classes, its state sets kept as the bits of a Python int, made deterministic lazily:
  each step is a dictionary look-up, cached across documents.

It returns every ``(key, start, end)`` whose tokens a pattern accepts (an empty match is never
one), as ``Matcher.__call__`` does without ``greedy``; the set is the same (tested against
spaCy's matcher in ``tests/test_speed_invariants.py``). Order is by start, then end, then key.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
from spacy.matcher import Matcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from pipeline.components import token_bounds
from pipeline.components.regions import distinct_strings

Pattern = list[dict[str, Any]]
_REPEATING = ("*", "+")
_OPTIONAL = ("?", "*")
_SUPPORTED = (None, "?", "*", "+")
# A bound on the lazily built automaton's states; past it the cache starts again (same result).
MAX_STATES = 50_000
_DEAD = 0  # the state with no live position


class TokenPatternMatcher:
    """All matches of ``patterns`` ((key, token pattern) pairs) in a ``Doc``."""

    def __init__(self, vocab: Vocab, patterns: Iterable[tuple[str, Pattern]]) -> None:
        self.vocab = vocab
        self.lexical: dict[str, int] = {}  # spec (JSON) of a lexical part -> its column
        self.lexical_matcher = Matcher(vocab)
        self.extensions: list[tuple[tuple[str, Any], ...]] = []  # "_" conditions, distinct
        # Per position: its lexical column (-1: none, accepts any string), its "_" condition
        # (-1: none) and op; positions of one pattern are consecutive, then its final position.
        position_specs: list[tuple[int, int]] = []
        optional = repeating = final = starts = 0
        self.keys_at_final: dict[int, str] = {}
        bit = 0
        for key, pattern in patterns:
            if not pattern:
                raise ValueError(f"pattern {key!r} is empty")
            starts |= 1 << bit
            for token in pattern:
                op = token.get("OP")
                if op not in _SUPPORTED:
                    raise ValueError(f"pattern {key!r}: operator {op!r} is not supported")
                position_specs.append(self._spec(token))
                if op in _OPTIONAL:
                    optional |= 1 << bit
                if op in _REPEATING:
                    repeating |= 1 << bit
                bit += 1
            position_specs.append((-2, -1))  # the final position: no spec accepts a token there
            final |= 1 << bit
            self.keys_at_final[bit] = key
            bit += 1
        self.optional, self.repeating, self.final = optional, repeating, final
        self.start_mask = self._closure(starts)
        # Position masks per lexical column and per "_" condition.
        self.column_positions = [0] * len(self.lexical)
        self.any_string_positions = 0  # positions whose spec has no lexical part
        self.extension_positions = [0] * len(self.extensions)
        for position, (column, extension) in enumerate(position_specs):
            if column >= 0:
                self.column_positions[column] |= 1 << position
            elif column == -1:
                self.any_string_positions |= 1 << position
            if extension >= 0:
                self.extension_positions[extension] |= 1 << position
        self.with_extension = 0
        for mask in self.extension_positions:
            self.with_extension |= mask
        self.extension_defaults: dict[str, Any] = {}
        for condition in self.extensions:
            for name, _ in condition:
                default, method, getter, _setter = Token.get_extension(name) or (None,) * 4
                if method is not None or getter is not None:
                    raise ValueError(f"custom attribute {name!r} must be a plain attribute")
                self.extension_defaults[name] = default
        self.class_ids: dict[int, int] = {}  # token class (positions mask) -> small int
        self.classes: list[int] = []
        self.default_extension_mask = 0
        self.default_extension_mask = self._extension_mask({})
        self.string_mask: dict[int, int] = {}  # orth -> positions its string may fill
        self.string_class: dict[int, int] = {}  # orth -> its class, custom attributes unset
        self.values_mask: dict[tuple[tuple[str, Any], ...], int] = {}  # set values -> mask
        self._reset_automaton()

    def _spec(self, token: dict[str, Any]) -> tuple[int, int]:
        """(lexical column or -1, "_" condition or -1) of one token spec."""
        spec = {k: v for k, v in token.items() if k != "OP"}
        underscore = spec.pop("_", None)
        column = -1
        if spec:
            key = json.dumps(spec, sort_keys=True)
            if key not in self.lexical:
                self.lexical[key] = len(self.lexical)
                self.lexical_matcher.add(str(self.lexical[key]), [[spec]])
            column = self.lexical[key]
        extension = -1
        if underscore is not None:
            if any(isinstance(v, dict) for v in underscore.values()):
                raise ValueError("only plain values of custom attributes are supported")
            condition = tuple(sorted(underscore.items()))
            if condition not in self.extensions:
                self.extensions.append(condition)
            extension = self.extensions.index(condition)
        return column, extension

    def _closure(self, state: int) -> int:
        """``state`` with every position reachable by skipping optional positions."""
        while True:
            grown = state | ((state & self.optional) << 1)
            if grown == state:
                return state
            state = grown

    def _reset_automaton(self) -> None:
        self.states: list[int] = [0, self.start_mask]
        self.state_ids: dict[int, int] = {0: _DEAD, self.start_mask: 1}
        self.finals: list[tuple[str, ...]] = [(), self._final_keys(self.start_mask)]
        self.moves: list[dict[int, int]] = [{}, {}]

    def _final_keys(self, state: int) -> tuple[str, ...]:
        ends = state & self.final
        keys = []
        while ends:
            low = ends & -ends
            keys.append(self.keys_at_final[low.bit_length() - 1])
            ends ^= low
        return tuple(dict.fromkeys(keys))

    def _move(self, state_id: int, class_id: int) -> int:
        consumed = self.states[state_id] & self.classes[class_id]
        target = self._closure((consumed << 1) | (consumed & self.repeating)) if consumed else 0
        found = self.state_ids.get(target)
        if found is None:
            found = self.state_ids[target] = len(self.states)
            self.states.append(target)
            self.finals.append(self._final_keys(target))
            self.moves.append({})
        self.moves[state_id][class_id] = found
        return found

    def _string_masks(self, orths: Sequence[int]) -> None:
        """Compute (once) the positions each new string may fill, by its lexical specs."""
        missing = list(dict.fromkeys(o for o in orths if o not in self.string_mask))
        strings = self.vocab.strings
        masks = [self.any_string_positions] * len(missing)
        if self.lexical:
            probe = Doc(self.vocab, words=[strings[o] for o in missing],
                        spaces=[False] * len(missing))
            for key, start, _end in self.lexical_matcher(probe):
                masks[start] |= self.column_positions[int(strings[key])]
        default = ~self.with_extension | self.default_extension_mask
        for orth, mask in zip(missing, masks, strict=True):
            self.string_mask[orth] = mask
            self.string_class[orth] = self._class_id(mask & default)

    def _class_id(self, mask: int) -> int:
        found = self.class_ids.get(mask)
        if found is None:
            found = self.class_ids[mask] = len(self.classes)
            self.classes.append(mask)
        return found

    def token_classes(self, doc: Doc) -> np.ndarray:
        """The class of every token of ``doc`` (an int array)."""
        if len(self.states) > MAX_STATES:
            self._reset_automaton()
        uniq, inverse = distinct_strings(doc)
        orths = uniq.tolist()
        known = self.string_class
        try:
            distinct = list(map(known.__getitem__, orths))
        except KeyError:  # a string not seen before: judge the new ones, then look up again
            self._string_masks(orths)
            distinct = list(map(known.__getitem__, orths))
        out: np.ndarray = np.array(distinct, dtype=np.int64)[inverse]
        values_at = self._extension_values(doc) if self.extensions else {}
        if values_at:
            at = np.fromiter(values_at, dtype=np.int64, count=len(values_at))
            out[at] = [self._extended_class(orth, values)
                       for orth, values in zip(uniq[inverse[at]].tolist(), values_at.values(),
                                               strict=True)]
        return out

    def _extended_class(self, orth: int, values: dict[str, Any]) -> int:
        """The class of a token of string ``orth`` whose custom attributes are ``values``."""
        mask = self.string_mask[orth]
        if not mask & self.with_extension:
            return self.string_class[orth]
        key = tuple(sorted(values.items()))
        masks = self.values_mask
        if key not in masks:
            masks[key] = self._extension_mask(values)
        return self._class_id(mask & (~self.with_extension | masks[key]))

    def _extension_values(self, doc: Doc) -> dict[int, dict[str, Any]]:
        """The custom attribute values set on tokens of ``doc``, by token index. spaCy keeps a
        token's value in ``doc.user_data`` under ``("._.", name, token.idx, None)``."""
        by_char: dict[int, dict[str, Any]] = {}
        for key, value in doc.user_data.items():
            if (isinstance(key, tuple) and len(key) == 4 and key[0] == "._."
                    and key[1] in self.extension_defaults and key[3] is None):
                by_char.setdefault(key[2], {})[key[1]] = value
        if not by_char:
            return {}
        offsets, _ = token_bounds(doc)
        out = {}
        for char, values in by_char.items():
            i = bisect.bisect_left(offsets, char)
            if i < len(offsets) and offsets[i] == char:
                out[i] = values
        return out

    def _extension_mask(self, values: dict[str, Any]) -> int:
        """Positions whose "_" condition the token's values (others: defaults) meet."""
        mask = 0
        for condition, positions in zip(self.extensions, self.extension_positions, strict=True):
            if all(values.get(name, self.extension_defaults[name]) == value
                   for name, value in condition):
                mask |= positions
        return mask

    def _starters(self, classes: np.ndarray) -> np.ndarray:
        """Offsets of the tokens some pattern can start with, in order."""
        moves = self.moves[1]
        live = np.array([(moves[c] if c in moves else self._move(1, c)) != _DEAD
                         for c in range(len(self.classes))], dtype=bool)
        return np.flatnonzero(live[classes]) if len(classes) else np.zeros(0, dtype=np.int64)

    def matches(self, classes: np.ndarray, ranges: Iterable[tuple[int, int]]
                ) -> list[tuple[str, int, int]]:
        """Every (key, start, end) inside one of ``ranges`` (token offsets into ``classes``,
        as ``token_classes`` gives them)."""
        out: list[tuple[str, int, int]] = []
        append = out.append
        moves, finals, move = self.moves, self.finals, self._move
        starters = self._starters(classes)
        ids: list[int] = classes.tolist()
        for a, b in ranges:
            lo, hi = np.searchsorted(starters, [a, b]).tolist()
            for start in starters[lo:hi].tolist():
                state = 1
                for i in range(start, b):
                    class_id = ids[i]
                    step = moves[state].get(class_id)
                    state = move(state, class_id) if step is None else step
                    if state == _DEAD:
                        break
                    if finals[state]:
                        for key in finals[state]:
                            append((key, start, i + 1))
        return out

    def __call__(self, doc: Doc, ranges: Iterable[tuple[int, int]] | None = None
                 ) -> list[tuple[str, int, int]]:
        """Every (key, start, end) in ``doc``, or inside one of ``ranges`` if given."""
        classes = self.token_classes(doc)
        return self.matches(classes, [(0, len(doc))] if ranges is None else ranges)
