"""Cross-references: a parenthesis that sends the reader elsewhere ("(see “Bilateral Relations:
Kazakhstan and Uzbekistan”)", "(for both, see Table 1)"), as congressional reports write them.
The states it names are a title's words, not what the sentence is about: an agreement's parties
and an amount's countries are read without them (the country mentions stay facts).

The words that open one are data: ``data/link_words.json``'s ``cross_reference_words``.

>>> text = "a Dialogue with Uzbekistan (for both, see “Relations: Kazakhstan and Uzbekistan”)."
>>> [text[lo:hi] for lo, hi in cross_references(text)]
['(for both, see “Relations: Kazakhstan and Uzbekistan”)']
>>> cross_references("a treaty (signed in 1992) with Peru")
[]
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import TypeVar

from pipeline.facts import Fact

WORDS_PATH = Path(__file__).parent / "data" / "link_words.json"


@cache
def _regex() -> re.Pattern[str]:
    words = json.loads(WORDS_PATH.read_text(encoding="utf-8"))["cross_reference_words"]
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # an opening parenthesis, a few words ("for both,"), the word, what it points to
    return re.compile(r"\((?:[^()\n]{0,30}?[\s,])?(?:" + alternation + r")\b[^()\n]*\)",
                      re.IGNORECASE)


def cross_references(text: str) -> list[tuple[int, int]]:
    """The spans of ``text``'s cross-references, in order."""
    if "(" not in text:
        return []
    return [m.span() for m in _regex().finditer(text)]


F = TypeVar("F", bound=Fact)


def outside_cross_references(text: str, facts: Sequence[F]) -> list[F]:
    """``facts`` but those inside one of ``text``'s cross-references."""
    spans = cross_references(text)
    if not spans:
        return list(facts)
    starts = [lo for lo, _ in spans]
    out = []
    for f in facts:
        i = bisect.bisect_right(starts, f.start) - 1
        if i < 0 or f.start >= spans[i][1]:
            out.append(f)
    return out
