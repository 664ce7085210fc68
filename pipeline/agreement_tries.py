"""The agreement linker's word lists as regex tries, and a cheap test of whether a case-blind
regex of them can match at all: faster forms of the same regexes.

Python's ``re`` tries an alternation's words one after another at every position of a text; a
trie (``pipeline.trie_regex.literal_trie``) tries one branch per first letter. The linker
searches every clause with alternations of tens of phrases ("expressed interest in", ...), so
this form matters. It finds exactly what the plain alternation of the same words, longest
first, finds between the same boundaries: at a position, the words that match there are
prefixes of one another, and both forms try them longest first
(``tests/test_agreement_speed.py`` checks the faster forms against the plain ones).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from pipeline.trie_regex import literal_trie

# Before a word: not after one of these (the linker's usual ``(?<![\w-])``).
WORD_OR_HYPHEN = r"[\w-]"


def _foldable(words: Iterable[str]) -> bool:
    """Can the words be lower-cased for a case-blind trie? Only when no two different
    characters of them match one character of a text when case is ignored: ASCII characters
    and characters without case never do ("s" and the long s "ſ" would)."""
    return all(c.isascii() or c.lower() == c.upper() for w in words for c in w)


def phrase_trie(words: Iterable[str], ignore_case: bool = False,
                not_after: str | None = WORD_OR_HYPHEN) -> str:
    """A regex (no flags of its own: compile it with ``re.IGNORECASE`` when ``ignore_case``)
    that matches what ``(?<!not_after)(?:w1|w2|...)`` matches, the words escaped and longest
    first; ``not_after=None`` puts no test before the word. Written as a trie, with the test
    right after each first letter. Words that cannot be lower-cased safely
    (``_foldable``) keep the plain alternation.

    >>> phrase_trie(["in force", "in", "into"])
    '(?:i(?<![\\\\w-]i)n(?:\\\\ force|to)?)'
    >>> phrase_trie(["Signed", "signed", "sign"], ignore_case=True)
    '(?<![\\\\w-])(?:sign(?:ed)?)'
    """
    unique = sorted(set(words))
    if not unique:
        return "(?!)"
    if not ignore_case:
        # the test after the first letter: re then skips at C speed the positions where no
        # word's first letter stands (it cannot when a case-blind letter or a test comes first)
        return literal_trie(unique, after_first="" if not_after is None
                            else "(?<!" + not_after + "{first})")
    # case-blind: the test first, which turns away most positions (those inside a word) at once
    before = "" if not_after is None else "(?<!" + not_after + ")"
    if not _foldable(unique):
        plain = sorted(map(re.escape, unique), key=len, reverse=True)
        return before + "(?:" + "|".join(plain) + ")"
    return before + literal_trie({w.lower() for w in unique})


# Under re.IGNORECASE an ASCII letter matches itself in either case and, besides, only these
# four letters (Python's ``re`` documentation, IGNORECASE): the dotted capital I, the dotless i,
# the long s and the Kelvin sign.
_CASE_BLIND_EXTRAS = "\u0130\u0131\u017f\u212a"


def may_hold_case_blind(text: str, words: tuple[str, ...]) -> bool:
    """Can one of ``words`` stand in ``text`` in some case, as it must wherever a case-blind
    regex that needs one of them matches? False only when it surely cannot: no word is in the
    lower-cased text, and the text holds none of the letters that match an ASCII letter of
    another case. (A word that is not ASCII: True.) A cheap test before a slow search.

    >>> may_hold_case_blind("Its PARTNERS are Fiji and Samoa.", ("partners",))
    True
    >>> may_hold_case_blind("Fiji and Samoa.", ("partners",))
    False
    >>> may_hold_case_blind("Fiji and Samoa are partner\u017f.", ("partners",))
    True
    """
    lowered_words = _ascii_lower_case(words)
    if lowered_words is None or not lowers_in_place(text):
        return True
    lowered = text.lower()
    return any(w in lowered for w in lowered_words)


def lowers_in_place(text: str) -> bool:
    """Can ASCII words that a case-blind regex matches in ``text`` be looked for, lower-cased,
    in ``text.lower()``, at the same places? Yes when ``text`` holds none of the four letters
    that match an ASCII letter of another case (``_CASE_BLIND_EXTRAS``; the dotted capital I
    is also the one letter that lower-cases to two): then a character matches an ASCII letter
    case-blind exactly when it lower-cases to it, and every character keeps its place."""
    return text.isascii() or not any(c in text for c in _CASE_BLIND_EXTRAS)


@cache
def _ascii_lower_case(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """The words in lower case, None when one is not ASCII."""
    return tuple(w.lower() for w in words) if all(w.isascii() for w in words) else None
