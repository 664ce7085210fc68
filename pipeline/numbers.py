"""Numbers as written: digits with thousands separators, decimals, and English number words.

Policy for hostile numbers: only ASCII digits are read; a value that is not finite, or has more
than ``MAX_DIGITS`` digits, is rejected (``None``) rather than approximated.

>>> parse_number("5,473,009")
5473009.0
>>> parse_number("1.2")
1.2
>>> parse_number("twenty-six")
26.0
>>> parse_number("five")
5.0
>>> parse_number("one hundred twenty")
120.0
>>> parse_number("1e309") is None, parse_number("inf") is None, parse_number("12,34") is None
(True, True, True)
>>> parse_number("\uff15") is None, parse_number("\u0663") is None  # fullwidth 5, Arabic-Indic 3
(True, True)
>>> scale_of("million"), scale_of("Bn"), scale_of("apples")
(1000000.0, 1000000000.0, None)
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from pathlib import Path

NUMBER_WORDS_PATH = Path(__file__).parent / "data" / "number_words.json"
MAX_DIGITS = 15  # a float holds 15 significant digits exactly: more are rejected, never rounded

_DIGITS = re.compile(r"^(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?$|^\.[0-9]+$")


@cache
def _words() -> dict[str, dict[str, float]]:
    data = json.loads(NUMBER_WORDS_PATH.read_text(encoding="utf-8"))
    return {k: {w: float(n) for w, n in v.items()}
            for k, v in data.items() if not k.startswith("_")}


def scale_of(word: str) -> float | None:
    """The multiplier a scale word stands for (``million`` → 1e6), or None."""
    return _words()["scales"].get(word.lower())


def parse_number(text: str) -> float | None:
    """The value of a number written in digits or English words, or None."""
    text = text.strip()
    if not text:
        return None
    if text[0] in "0123456789.":
        if not _DIGITS.match(text) or sum(c in "0123456789" for c in text) > MAX_DIGITS:
            return None
        value = float(text.replace(",", ""))
        return value if math.isfinite(value) else None
    return _parse_words(text.lower())


# "half a billion", "a quarter of a billion", "one and a half million": the article after a
# fraction (and "of") counts nothing
_FRACTION_ARTICLE = re.compile(r"\b(half|quarters?)(?:\s+of)?\s+an?\b|\b(and)\s+a\s+(?=half\b)")


def without_fraction_articles(text: str) -> str:
    """Number words with the articles a fraction brings dropped ("half a billion" → "half
    billion", "a quarter of a billion" → "a quarter billion", "one and a half" → "one and
    half"), as ``parse_number`` reads them.

    >>> without_fraction_articles("one and a half million")
    'one and half million'
    """
    return _FRACTION_ARTICLE.sub(lambda m: m.group(1) or "and ", text)


def _parse_words(text: str) -> float | None:
    """The value of a number in English words.

    >>> [_parse_words(t) for t in ("five million", "half a billion", "a quarter of a billion",
    ...                            "three quarters of a million", "one and a half million")]
    [5000000.0, 500000000.0, 250000000.0, 750000.0, 1500000.0]
    >>> _parse_words("a of billion") is None
    True
    """
    words = _words()
    total = 0.0
    current = 0.0
    seen = False
    for part in re.split(r"[\s-]+", without_fraction_articles(text)):
        if part in ("and", ""):
            continue
        article = part in ("a", "an")
        if part in words["fractions"] and seen:
            current *= words["fractions"][part]
        elif part in words["fractions"]:
            current = words["fractions"][part]
        elif part in words["units"] and (not article or not seen):
            current += words["units"][part]
        elif part in words["tens"]:
            current += words["tens"][part]
        elif part == "hundred":
            current = (current or 1.0) * 100
        elif part in words["scales"] and len(part) > 2:
            total += (current or 1.0) * words["scales"][part]
            current = 0.0
        else:
            return None
        seen = True
    return total + current if seen else None
