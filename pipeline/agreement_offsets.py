"""The parties of an agreement an arms-sale notice says its buyer makes with the seller's firm.

A notice of a proposed Foreign Military Sale names the firm that builds what is sold ("The
principal contractor will be Lockheed Martin Corporation, Marietta, GA.") and says what any
offset agreement will be: "Any offset agreement will be defined in negotiations between the
purchaser and the principal contractor." The agreement's parties are the purchaser, the state
the notice (or its section) is about, and that firm, which no country mention names. The
openers and the phrase are data (``contractor_openers`` and ``purchaser_contractor_phrases``
in data/agreement_parties.json).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from functools import cache

from pipeline.agreements import party_rules
from pipeline.facts import AgreementFact

# how far before the agreement the notice names its contractor
_REACH = 1500

# a firm's name ends at a comma, a place or a partner ("of Tucson", "between Raytheon and"),
# or the end of its sentence; an abbreviation's period ("Bell Textron Inc.") is part of it
_NAME_END = re.compile(r",|;|\s+(?:of|between|in|and|located|based)\s"
                       r"|(?<!\bInc)(?<!\bCorp)(?<!\bCo)(?<!\bLtd)\.(?=\s|$)")


def _alternation(words: Sequence[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len,
                                                                         reverse=True))


@cache
def _opener() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + _alternation(party_rules()["contractor_openers"])
                      + r")\s+(?-i:the\s+)?", re.IGNORECASE)  # "the Javelin Joint Venture";
    # a capital one is the firm's own ("The Boeing Company")


@cache
def _sides() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + _alternation(party_rules()["purchaser_contractor_phrases"])
                      + r")\b", re.IGNORECASE)


def contractor_before(view: str, pos: int) -> str | None:
    """The firm the last contractor sentence within reach before ``pos`` names.

    >>> contractor_before("The principal contractor will be Bell Textron Inc., Fort Worth, "
    ...                   "Texas. The purchaser ...", 80)
    'Bell Textron Inc.'
    >>> contractor_before("The principal contractor will be the Javelin Joint Venture of "
    ...                   "Raytheon Missile Systems of Tucson, Arizona.", 99)
    'Javelin Joint Venture'
    >>> contractor_before("The purchaser typically requests offsets.", 40) is None
    True
    """
    lo = max(0, pos - _REACH)
    found = list(_opener().finditer(view, lo, pos))
    if not found:
        return None
    start = found[-1].end()
    end = _NAME_END.search(view, start, pos)
    name = view[start:end.start() if end is not None else pos].strip()
    if not name or not name[0].isupper() or len(name.split()) > 8:
        return None
    return name


def with_contractor(view: str, linked: Mapping[int, AgreementFact],
                    sentences: Sequence[tuple[int, int]],
                    partner_at: Callable[[int], str | None]) -> dict[int, AgreementFact]:
    """Each agreement whose sentence, after it, says it is made between the purchaser and the
    contractor takes as its parties the state ``partner_at`` its place and the firm the notice
    names before it; the others, and one whose purchaser or firm is not told, are left as they
    are.

    >>> text = ("Türkiye - F-16 Aircraft. The principal contractor will be Lockheed Martin "
    ...         "Corporation, Greenville, SC. Any offset agreement will be defined in "
    ...         "negotiations between the purchaser and the contractor.")
    >>> at = text.index("offset")
    >>> fact = AgreementFact(at, at + 16, "offset agreement", "agreement")
    >>> sents = [(0, 25), (26, 100), (101, len(text))]
    >>> with_contractor(text, {0: fact}, sents, lambda pos: "TUR")[0].parties
    ('Lockheed Martin Corporation', 'TUR')
    """
    starts = [lo for lo, _ in sentences]
    out = dict(linked)
    for key, fact in linked.items():
        i = bisect.bisect_right(starts, fact.start) - 1
        if i < 0:
            continue
        s_hi = sentences[i][1]
        if _sides().search(view, fact.end, s_hi) is None:
            continue
        firm = contractor_before(view, sentences[i][0])
        purchaser = partner_at(fact.start)
        if firm is None or purchaser is None or purchaser == "USA":
            continue
        out[key] = replace(fact, parties=tuple(sorted({purchaser, firm})))
    return out
