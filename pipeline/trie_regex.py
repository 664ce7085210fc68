"""Regexes for long lists of literal words, written as tries: Python's ``re`` tries an
alternation's words one after another at every position, a trie one branch per first letter.
Used for the program names of money linking and the capitals that stand for governments."""

from __future__ import annotations

import re
from collections.abc import Iterable

_Trie = dict[str, "_Trie"]  # character -> the rest; "" -> {} where a word ends


def literal_trie(words: Iterable[str], after_first: str = "") -> str:
    """A regex that matches, at each position, the word the alternation of ``words`` (escaped,
    longest first) matches there, written as a trie: re then tries a position against one
    branch per first letter, not against every word. Each branch tries its longer words before
    the word that ends there, so an assertion after the regex backtracks to the next longest as
    the alternation does. With ``re.IGNORECASE``, give the words lower-cased (two first letters
    of a branch must not match one character: ASCII letters and signs do not).
    ``after_first``: a zero-width assertion (a format string of ``first``, the first letter
    escaped) put right after each first letter.

    >>> literal_trie(["FMF", "FMS", "FMSO", "IMET"])
    '(?:FM(?:F|S(?:O)?)|IMET)'
    >>> literal_trie(["ab", "ac"], after_first="(?<!x{first})")
    '(?:a(?<!xa)(?:b|c))'
    """
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def branches(node: _Trie, guard: str) -> str:
        alternatives = []
        for char, child in sorted(node.items()):
            if not char:
                continue
            chain = re.escape(char) + guard.format(first=re.escape(char))
            while len(child) == 1 and "" not in child:  # one way on: no group needed
                (char, child), = child.items()
                chain += re.escape(char)
            alternatives.append(chain + branches(child, ""))
        if not alternatives:
            return ""
        return "(?:" + "|".join(alternatives) + ")" + ("?" if "" in node else "")

    return branches(trie, after_first)
