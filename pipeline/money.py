"""Amounts of money as written: parse an amount expression, and read the words around it.

The money span is the amount expression itself, currency sign to scale word (``$79 million``,
``$3-5 million``, ``between $1 million and $1.5 million``, ``five million dollars``); the
qualifier words before it (``over``, ``approximately``) and the period words after it
(``per year``) lie outside the span and are read by ``qualifier_before``, ``period_after`` and
``period_before``. The word tables are data: ``data/money_words.json``.

>>> parse_amount("$79 million")
Amount(low=79000000.0, high=79000000.0, currency='USD', qualifier='exact', period='')
>>> parse_amount("$3-5 million")
Amount(low=3000000.0, high=5000000.0, currency='USD', qualifier='range', period='')
>>> parse_amount("between $1 million and $1.5 million").high
1500000.0
>>> parse_amount("five million dollars").low
5000000.0
>>> parse_amount("over $4 million")
Amount(low=4000000.0, high=None, currency='USD', qualifier='at_least', period='')
>>> parse_amount("approximately $2 million annually")
Amount(low=2000000.0, high=2000000.0, currency='USD', qualifier='approximate', period='year')
>>> parse_amount("40%") is None, parse_amount("19,000 personnel") is None, parse_amount("$1e309")
(True, True, None)

Policy for hostile numbers (after ``pipeline/numbers.py``): only ASCII digits are read; a
number that ``parse_number`` rejects (too many digits, not finite, malformed groups) makes the
whole expression None rather than an approximation.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from pipeline.currency_units import SHARED, unit_owners
from pipeline.numbers import parse_number, scale_of, without_fraction_articles
from pipeline.values import Amount

MONEY_WORDS_PATH = Path(__file__).parent / "data" / "money_words.json"
CURRENCIES_PATH = Path(__file__).parent / "data" / "currencies.tsv"  # build_currencies.py
NUMBER_WORDS_PATH = Path(__file__).parent / "data" / "number_words.json"

# Words in the same split for table phrases, span texts and context texts: a number with an
# attached scale stays one word ("3m", "1.2bn"), so is a letter prefix glued to "$" ("US$").
_WORD = re.compile(
    r"[0-9]+(?:,[0-9]+)*(?:\.[0-9]+)?[a-z]*"
    r"|\.[0-9]+[a-z]*"
    r"|[a-z]+(?:\.[a-z]+)*\.?\$"
    r"|[a-z]+(?:\.[a-z]+)+\.?"
    r"|[^\W\d_]+"
    r"|\S"
)
_DIGITS = re.compile(r"^(?P<num>[0-9][0-9,]*(?:\.[0-9]+)?|\.[0-9]+)(?P<scale>[a-z]*)$")
RANGE_CONNECTORS = ("-", "to", "through", "thru")
# (the South Asian "lakh", 100,000, and "crore", 10 million: "₹32,000 crore")
_SEPARATE_SCALES = frozenset({"thousand", "million", "billion", "trillion", "mn", "bn", "tn",
                              "lakh", "lakhs", "crore", "crores"})
_CONTEXT_STOP = re.compile(r"^(?:[0-9.]|[^\w\s])")  # a number or punctuation ends a context


def words_of(text: str) -> list[str]:
    """Lower-case words of ``text`` in the split every table phrase uses.

    >>> words_of("US$12.5 million, approx. 3m")
    ['us$', '12.5', 'million', ',', 'approx', '.', '3m']
    >>> words_of("U.S. $5 million")
    ['u.s.', '$', '5', 'million']
    """
    return _WORD.findall(text.lower())


@lru_cache(maxsize=1024)  # the words before an amount, and after it, are each read twice
def _context_words(text: str) -> tuple[str, ...]:
    """``words_of(text)`` as a tuple, for the readers of an amount's context."""
    return tuple(words_of(text))


def first_words(text: str, count: int) -> list[str]:
    """The first ``count`` words of ``words_of(text)``, without splitting the rest.

    >>> first_words("US$12.5 million, approx. 3m", 2)
    ['us$', '12.5']
    """
    return [m.group() for m in itertools.islice(_WORD.finditer(text.lower()), count)]


@cache
def money_words() -> dict[str, Any]:
    """money_words.json, its ``currency_suffixes`` completed by the ISO 4217 names of
    currencies.tsv and the units several currencies share (currency_units.tsv: "manat", read
    as "?manat" until pipeline/currency_units.py tells which), and its ``currency_prefixes`` by
    their codes ("UGX"), but those that are English words (``codes_not_prefixes``), and by the
    signs of shared units (``shared_unit_signs``: "Rs"); the hand-written entries win."""
    data: dict[str, Any] = json.loads(MONEY_WORDS_PATH.read_text(encoding="utf-8"))
    names = currency_names()
    # a unit several currencies share is a currency its context tells ("?manat")
    shared = {unit: SHARED + unit for unit in unit_owners()}
    data["currency_suffixes"] = {**shared, **names, **data["currency_suffixes"]}
    words = set(data["codes_not_prefixes"]["codes"])
    codes = {code.lower(): code for code in names.values() if code.lower() not in words}
    signs = {sign: SHARED + unit for sign, unit in data["shared_unit_signs"].items()
             if not sign.startswith("_")}
    data["currency_prefixes"] = {**codes, **signs, **data["currency_prefixes"]}
    return data


def currency_names() -> dict[str, str]:
    """Phrase → ISO 4217 code, from currencies.tsv ("pula": "BWP", "iraqi dinars": "IQD")."""
    lines = CURRENCIES_PATH.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    return {phrase: code for phrase, code in rows[1:]}


def _phrases(table: dict[str, list[str]]) -> list[tuple[tuple[str, ...], str]]:
    """(words, name) for every phrase of a {name: [phrase, ...]} table, longest first."""
    out = [(tuple(words_of(p)), name) for name, phrases in table.items() for p in phrases]
    return sorted(out, key=lambda item: -len(item[0]))


def _indexed(phrases: list[tuple[tuple[str, ...], str]], at: int
             ) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """``phrases`` grouped by their first (``at`` 0) or last (-1) word, each group in the
    order given (longest first): only a group's phrases can start or end at a given word."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, name in phrases:
        if phrase:
            out.setdefault(phrase[at], []).append((phrase, name))
    return out


@cache
def _tables() -> dict[str, Any]:
    data = money_words()
    prefixes = {tuple(words_of(p)): code for p, code in data["currency_prefixes"].items()}
    suffixes = {tuple(words_of(p)): code for p, code in data["currency_suffixes"].items()}
    scaled = {tuple(words_of(p)): code for p, code in data["scaled_currency_suffixes"].items()
              if not p.startswith("_")}
    numbers = json.loads(NUMBER_WORDS_PATH.read_text(encoding="utf-8"))
    return {
        # grouped by first word: a side tries only the currencies its next word can begin
        "prefixes_by_first": _indexed(sorted(prefixes.items(), key=lambda item: -len(item[0])), 0),
        "suffixes_by_first": _indexed(sorted(suffixes.items(), key=lambda item: -len(item[0])), 0),
        "scaled_suffixes_by_first": _indexed(
            sorted(scaled.items(), key=lambda item: -len(item[0])), 0),
        "qualifiers": _phrases(data["qualifiers"]),
        "qualifiers_by_last": _indexed(_phrases(data["qualifiers"]), -1),
        "periods_after": _phrases(data["periods_after"]),
        "periods_after_by_first": _indexed(_phrases(data["periods_after"]), 0),
        "period_adjectives": frozenset(p for p, _ in _phrases(data["periods_before"])),
        "periods_before": _phrases(data["periods_before"]),
        "periods_before_by_last": _indexed(_phrases(data["periods_before"]), -1),
        "period_links_by_last": _indexed(
            [(tuple(words_of(p)), p) for p in data["periods_before_links"]], -1),
        "not_followed_by": frozenset(data["periods_after_not_followed_by"]),
        "offset_openers": frozenset(data["periods_offset_openers"]),
        "gap_openers": frozenset(data["periods_after_gap_openers"]),
        "particle_verbs": {q: frozenset(v) for q, v in data["qualifier_particle_verbs"].items()},
        "change": frozenset(data["change_words"]),
        "not_money_after": [tuple(words_of(p)) for p in data["not_money_after"]],
        "not_money_after_by_first": _indexed(
            [(tuple(words_of(p)), p) for p in data["not_money_after"]], 0),
        "not_money_after_words": max((len(words_of(p)) for p in data["not_money_after"]),
                                     default=0),
        "year_dollars_before": [tuple(words_of(p)) for p in data["year_dollars_before"]],
        "units": frozenset(numbers["units"]),
        "fractions": frozenset(numbers["fractions"]),
        "tens": frozenset(numbers["tens"]),
        "scales": frozenset(w for w in numbers["scales"] if len(w) > 2),
    }


def _starts_with(words: Sequence[str], phrase: Sequence[str], at: int = 0) -> bool:
    return tuple(words[at : at + len(phrase)]) == tuple(phrase)


def _ends_with(words: Sequence[str], phrase: Sequence[str]) -> bool:
    return len(phrase) <= len(words) and tuple(words[len(words) - len(phrase) :]) == tuple(phrase)


# ---------------------------------------------------------------- the amount expression


@dataclass(frozen=True, slots=True)
class _Side:
    value: Decimal
    scale: Decimal | None  # the scale word's multiplier, when the side ends in one
    currency: str | None
    has_currency_after: bool = False


def _number_words_ok(words: Sequence[str]) -> bool:
    """Reject runs parse_number would add up silently ("two five million" is not 7 million)."""
    t = _tables()
    previous = ""
    for i, w in enumerate(words):
        if w in ("-", "and"):
            if i == 0 or i == len(words) - 1:
                return False
            continue
        if w in ("a", "an"):
            if i != 0 or len(words) < 2 or words[1] not in t["scales"] | t["fractions"] | {
                    "hundred"}:
                return False
            kind = "unit"
        elif w in t["fractions"] or (w == "half" and words[i - 1:i] == ["and"]):
            if previous not in ("", "unit") or i == len(words) - 1:  # "a quarter", "three
                return False  # quarters", "one and half", each of a scale ("a quarter million")
            kind = "fraction"
        elif w in t["units"]:
            kind = "unit"
            if previous == "unit":
                return False
        elif w in t["tens"]:
            kind = "tens"
            if previous in ("unit", "tens"):
                return False
        elif w == "hundred" or w in t["scales"]:
            if i == 0:  # "billion dollars" alone is no amount ("a multibillion-dollar deal")
                return False
            kind = "scale"
        else:
            return False
        previous = kind
    return True


def _digits_value(token: str) -> tuple[Decimal, Decimal | None] | None:
    m = _DIGITS.match(token)
    if m is None or not token.isascii() or parse_number(m["num"]) is None:
        return None
    scale: Decimal | None = None
    if m["scale"]:
        multiplier = scale_of(m["scale"])
        if multiplier is None or m["scale"] == "hundred":
            return None
        scale = Decimal(int(multiplier))
    try:
        return Decimal(m["num"].replace(",", "")), scale
    except InvalidOperation:  # pragma: no cover - parse_number already vetted the digits
        return None


def _side(words: Sequence[str]) -> _Side | None:
    """One amount: [currency prefix] number [scale word] [currency suffix]."""
    t = _tables()
    i, currency = 0, None
    for phrase, code in t["prefixes_by_first"].get(words[0], ()) if words else ():
        if _starts_with(words, phrase):
            i, currency = len(phrase), code
            break
    if i >= len(words):
        return None
    scale: Decimal | None = None
    digits = _digits_value(words[i])
    if digits is not None and re.fullmatch(r"[0-9]{1,3}", words[i]):
        j = i + 1  # thousands grouped by (no-break) spaces: "$5 000 000"
        while j < len(words) and re.fullmatch(r"[0-9]{3}", words[j]):
            j += 1
        if j > i + 1:
            digits = _digits_value("".join(words[i:j]))
            i = j - 1
    if digits is not None:
        value, scale = digits
        i += 1
        if scale is None and _starts_with(words, ("-",), i) and i + 1 < len(words):
            i += words[i + 1] in _SEPARATE_SCALES  # "a $5-million grant"
        if scale is None and i < len(words) and words[i] in _SEPARATE_SCALES:
            multiplier = scale_of(words[i])
            assert multiplier is not None
            scale = Decimal(int(multiplier))
            i += 1
    else:
        j = i
        number_words = (t["units"] | t["tens"] | t["scales"] | t["fractions"]
                        | {"hundred", "a", "an", "-", "and", "of"})
        while j < len(words) and words[j] in number_words:
            j += 1
        while j > i and words[j - 1] in ("-", "and", "of", "a", "an"):  # "five-million-dollar"
            j -= 1
        # "half a billion", "a quarter of a billion": the fraction's article counts nothing
        run = without_fraction_articles(" ".join(words[i:j])).split()
        if not run or not _number_words_ok(run) or (words[i] in ("a", "an") and i > 0):
            return None
        number = parse_number(" ".join(w for w in run if w != "-"))
        if number is None:
            return None
        value = Decimal(repr(number))
        if run[-1] in t["scales"] and not any(w in t["scales"] for w in run[:-1]):
            multiplier = scale_of(run[-1])
            assert multiplier is not None
            scale = Decimal(int(multiplier))
            value = value / scale
        i = j
    after = False
    hyphen = int(_starts_with(words, ("-",), i))  # "five-million-dollar"
    first = words[i + hyphen] if i + hyphen < len(words) else ""
    suffixes = t["suffixes_by_first"].get(first, [])
    if scale is not None:
        suffixes = [*suffixes, *t["scaled_suffixes_by_first"].get(first, [])]
    for phrase, code in suffixes:  # ("won" only after a scale: "1.18 trillion won")
        if _starts_with(words, phrase, i + hyphen):
            if currency is not None and code != currency:
                return None
            i, currency, after = i + hyphen + len(phrase), code, True
            break
    if after and i < len(words):
        cents = _cents(words[i:])
        if cents is None or scale is not None:
            return None
        value, i = value + cents, len(words)
    if i != len(words):
        return None
    return _Side(value, scale, currency, after)


def _cents(words: Sequence[str]) -> Decimal | None:
    """The cents after "N dollars": "50 cents", "and forty-five cents"."""
    words = words[1:] if words[:1] == ["and"] else words
    if len(words) < 2 or words[-1] not in ("cents", "cent"):
        return None
    run = words[:-1]
    if len(run) == 1 and run[0].isdigit() and run[0].isascii():
        number: float | None = float(run[0])
    else:
        number = parse_number(" ".join(w for w in run if w != "-"))
        if not _number_words_ok(run):
            return None
    if number is None or not 0 <= number < 100 or number != int(number):
        return None
    return Decimal(int(number)) / 100


def _finite(value: Decimal) -> float | None:
    """The amount as a float, or None when a float cannot hold it exactly (policy: extract
    exactly or reject, never round silently)."""
    number = float(value)
    if not math.isfinite(number) or Decimal(repr(number)) != value:
        return None
    return number


def _single(side: _Side) -> Amount | None:
    if side.currency is None:
        return None
    value = _finite(side.value * (side.scale or 1))
    return None if value is None else Amount(value, value, side.currency, "exact")


# A bare left number below this shares the right side's scale ("$12-8 million"); a larger one
# is an amount of its own ("$500,000-1 million").
SHARED_SCALE_BELOW = 1000


# A right end written as a bare year after a word is when, not how much ("$2,500 through
# 2026"; "$1,500-2000" stays a range).
_YEAR_WORD = re.compile(r"(?:19|20)\d\d")


def _range(left: _Side, right: _Side) -> Amount | None:
    if left.currency and right.currency and left.currency != right.currency:
        return None
    if left.scale is not None and right.scale is None and right.currency is None:
        return None  # "$2.5 million through 2026": the amount, then until when
    currency = left.currency or right.currency
    if currency is None or (left.has_currency_after and right.currency is None):
        return None
    high = right.value * (right.scale or 1)
    low = left.value * (left.scale or 1)
    if left.scale is None and right.scale is not None and left.value < SHARED_SCALE_BELOW:
        # "$3-5 million": the scale applies to both ends ("$12-8 million" too, kept as stated
        # for the range_order check); "$500,000-1 million" has an absolute left end.
        low = left.value * right.scale
    lo, hi = _finite(low), _finite(high)
    if lo is None or hi is None or lo == hi:
        return None
    # A range whose low end is above its high end ("between $5 million and $3.5 million") is
    # extracted as stated: the consistency check reports it; dropping it would hide it.
    return Amount(lo, hi, currency, "range")


def _core(words: Sequence[str]) -> tuple[Amount, str] | None:
    """The amount of an expression without qualifier or period words, and its range connector
    ("" for a single amount, "between" for "between X and Y", else "-"/"to"/"through")."""
    if not words:
        return None
    if words[0] == "between":
        for k, w in enumerate(words):
            if w == "and":
                left, right = _side(words[1:k]), _side(words[k + 1 :])
                if left and right and (amount := _range(left, right)):
                    return amount, "between"
        return None
    side = _side(words)
    if side is not None:
        single = _single(side)
        return (single, "") if single else None
    for k, w in enumerate(words):
        if w in RANGE_CONNECTORS and 0 < k < len(words) - 1:
            if w != "-" and len(words) == k + 2 and _YEAR_WORD.fullmatch(words[k + 1]):
                continue
            left, right = _side(words[:k]), _side(words[k + 1 :])
            if left and right and (amount := _range(left, right)):
                return amount, w
    return None


@lru_cache(maxsize=1 << 16)  # a pure function of the text; a corpus repeats its amounts
def _core_of(text: str) -> tuple[Amount, str] | None:
    """``_core`` of the text's words (``parse_core`` and ``range_connector`` share it)."""
    return _core(words_of(text))


def parse_core(text: str) -> Amount | None:
    """The amount of a bare amount expression (what a money span holds), qualifier ``exact``
    or ``range`` and no period.

    >>> parse_core("$10-12 million").low
    10000000.0
    >>> parse_core("US$12.5 million").high
    12500000.0
    >>> parse_core("USD 3 million").low, parse_core("$ 75 million").low
    (3000000.0, 75000000.0)
    >>> parse_core("$5,473,009").low, parse_core("$750 thousand").low, parse_core("$1.2bn").low
    (5473009.0, 750000.0, 1200000000.0)
    >>> parse_core("€5 million").currency, parse_core("£3m").currency
    ('EUR', 'GBP')
    >>> parse_core("$3 m") is None, parse_core("$inf") is None, parse_core("$５") is None
    (True, True, True)
    >>> parse_core("$" + "9" * 40) is None
    True
    """
    found = _core_of(text)
    return found[0] if found else None


def range_connector(text: str) -> str | None:
    """How a range expression joins its ends ("" for a single amount, None if not money).

    >>> range_connector("$40 million to $50 million"), range_connector("$3-5 million")
    ('to', '-')
    >>> range_connector("between $1 million and $1.5 million"), range_connector("$7")
    ('between', '')

    A year after the amount is when, not the range's other end:

    >>> range_connector("$2.5 million through 2026"), range_connector("$2,500 through 2026")
    (None, None)
    >>> range_connector("$500,000-1 million"), range_connector("$1,000-$2,026")
    ('-', '-')
    """
    found = _core_of(text)
    return found[1] if found else None


def with_context(core: Amount, qualifier: str = "exact", period: str = "") -> Amount:
    """``core`` with the qualifier and period its context gives, low/high as the contract says.

    >>> with_context(parse_core("$4 million"), "at_most", "month")
    Amount(low=None, high=4000000.0, currency='USD', qualifier='at_most', period='month')
    >>> with_context(parse_core("$3-5 million"), "approximate").qualifier
    'range'
    """
    if core.qualifier == "range":
        return Amount(core.low, core.high, core.currency, "range", period)
    value = core.low
    if qualifier == "at_least":
        return Amount(value, None, core.currency, qualifier, period)
    if qualifier == "at_most":
        return Amount(None, value, core.currency, qualifier, period)
    return Amount(value, value, core.currency, qualifier, period)


# ---------------------------------------------------------------- the words around it


def _qualifier_split(words: Sequence[str]) -> tuple[str, int]:
    if not words:
        return "exact", 0
    for phrase, name in _tables()["qualifiers_by_last"].get(words[-1], ()):
        if _ends_with(words, phrase):
            if _is_particle(words, phrase):
                return "exact", 0  # "handed over $1.2 million"
            return name, len(phrase)
    return "exact", 0


def _is_particle(words: Sequence[str], phrase: Sequence[str]) -> bool:
    """Whether the one-word qualifier ``phrase`` ending ``words`` is the particle of a verb
    before it ("hands over", "turned over"), not a qualifier."""
    verbs = _tables()["particle_verbs"].get(" ".join(phrase))
    return bool(verbs) and len(words) > len(phrase) and words[-len(phrase) - 1] in verbs


def qualifier_before(text: str) -> str:
    """The qualifier that the words just before an amount give it (``exact`` when none).

    >>> qualifier_before("the United States has invested over ")
    'at_least'
    >>> qualifier_before("provided no more than "), qualifier_before("provided more than ")
    ('at_most', 'at_least')
    >>> qualifier_before("an estimated "), qualifier_before("received ")
    ('approximate', 'exact')
    >>> qualifier_before("The Ambassador handed over "), qualifier_before("Hands Over ")
    ('exact', 'exact')
    """
    return _qualifier_split(_context_words(text))[0]


def qualifier_after(text: str) -> str:
    """The qualifier that the words right after an amount give it ("$14 million or more"),
    ``exact`` when none.

    >>> qualifier_after(" or more, of defense articles"), qualifier_after(" or less.")
    ('at_least', 'at_most')
    >>> qualifier_after(" or $5 million"), qualifier_after(" in FY 2021")
    ('exact', 'exact')
    """
    words = _context_words(text)[:3]
    for phrase, name in _qualifiers_after_by_first().get(words[0] if words else "", ()):
        if _starts_with(words, phrase):
            return name
    return next((name for phrase, name in _qualifiers_after() if not phrase), "exact")


@cache
def _qualifiers_after() -> tuple[tuple[tuple[str, ...], str], ...]:
    return tuple(_phrases(money_words()["qualifiers_after"]))


@cache
def _qualifiers_after_by_first() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    return _indexed(list(_qualifiers_after()), 0)


def _period_at(words: Sequence[str], at: int, *, adjectives: bool = True) -> str:
    t = _tables()
    if at >= len(words):
        return ""
    for phrase, name in t["periods_after_by_first"].get(words[at], ()):
        if not adjectives and phrase in t["period_adjectives"]:
            continue
        if _starts_with(words, phrase, at):
            # "$2 million a year earlier" is an offset, "$2 million annually after 2006" a rate
            following = words[at + len(phrase)] if at + len(phrase) < len(words) else ""
            offset = phrase[0] in t["offset_openers"] and following in t["not_followed_by"]
            return "" if offset else name
    return ""


PERIOD_GAP_WORDS = 8  # words between an amount and its period ("in Foreign Military … grants")
PERIOD_SUBJECT_WORDS = 24  # words between a period adjective and the verb linking it to an amount


def _without_acronyms(words: Sequence[str]) -> list[str]:
    """``words`` without bracketed single words of letters ("( imet )"): an acronym restating
    the name before it."""
    if "(" not in words:
        return list(words)
    out: list[str] = []
    i = 0
    while i < len(words):
        if (words[i] == "(" and i + 2 < len(words) and words[i + 2] == ")"
                and words[i + 1].isalpha()):
            i += 3
            continue
        out.append(words[i])
        i += 1
    return out


def period_after(text: str) -> str:
    """The period that the words just after an amount give it (``""`` when none).

    A period phrase right after the amount counts; so does one after a short gap that opens
    with "in"/"of"/"for" or a participle ("provided", "allocated") and holds no number or
    punctuation ("$5 million in aid annually", "$1.2 million provided each year"),
    and an adjective right after "in" ("$2 million in annual funding").

    >>> period_after(" per year, though"), period_after(" annually in IMET funding")
    ('year', 'year')
    >>> period_after(" a year earlier"), period_after(" in security assistance each month")
    ('', 'month')
    >>> period_after(" in FY 2021 each year"), period_after(" for the annual exercise")
    ('', '')
    >>> period_after(" in annual funding"), period_after(" for Mongolia in each of fiscal years")
    ('year', 'year')
    >>> period_after(" provided each year"), period_after(" provided in FY 2021 each year")
    ('year', '')

    A program's name in the gap may be long and carry its acronym in brackets:

    >>> period_after(" in Foreign Military Financing (FMF) grants per year; more")
    'year'
    >>> period_after(" in aid (see table 2) per year")
    ''
    >>> period_after(" in aid, and $2 million a year")
    ''

    A qualifier after the amount stands between:

    >>> period_after(" or more each year since FY 2021")
    'year'
    """
    words = _without_acronyms(_context_words(text))
    for phrase, _ in _qualifiers_after_by_first().get(words[0] if words else "", ()):
        if _starts_with(words, phrase, 0):
            words = words[len(phrase):]  # "$10 million or more each year"
            break
    period = _period_at(words, 0)
    if period or not words or words[0] not in _tables()["gap_openers"]:
        return period
    for at in range(1, min(len(words), PERIOD_GAP_WORDS + 1)):
        if _CONTEXT_STOP.match(words[at]):
            return ""
        period = _period_at(words, at, adjectives=words[at - 1] == "in")
        if period:
            return period
    return ""


def period_before(text: str) -> str:
    """The period that words before an amount give it: "an annual $5 million", "annual rent
    of", "its yearly budget was" (an adjective at most three words before a linking word).

    >>> period_before("the annual rent of "), period_before("an annual "), period_before("over ")
    ('year', 'year', '')
    >>> period_before("monthly payments of about "), period_before("annual exercise cost ")
    ('month', '')
    >>> period_before("combined annual IMET for both republics has ranged from ")
    'year'
    >>> period_before("annual IMET for the region now exceeds "), period_before("annual over ")
    ('year', 'year')
    >>> period_before("Peru's annual International Military Education and Training (IMET) "
    ...               "allocation of ")
    'year'
    """
    words = _context_words(text)
    qualified = _qualifier_split(words)[1]
    words = words[: len(words) - qualified]
    t = _tables()
    found = _period_ending(words)
    if found:
        return found
    links = t["period_links_by_last"].get(words[-1], ()) if words else ()
    link = next((len(p) for p, _ in links if _ends_with(words, p)), 0)
    if not link and not qualified:
        return ""
    # a qualifying verb links too: "annual IMET exceeds"; a program's acronym in brackets
    # restates its name: "annual International Military Education and Training (IMET)
    # allocation of"
    head = _without_acronyms(words[: len(words) - link])
    # "combined annual IMET for both republics has ranged from"; "Annual funding for the Kyrgyz
    # Republic from the Bureau of International Narcotics and Law Enforcement Affairs ranged from"
    for back in range(1, PERIOD_SUBJECT_WORDS + 1):
        if back > len(head) or _CONTEXT_STOP.match(head[-back]):
            return ""
        if back > 1 and head[-back] == "and" and head[-back + 1].endswith("ed"):
            return ""  # "$60 million in annual rent and committed about": a new predicate
        found = _period_ending(head[: len(head) - back + 1])
        if found:
            return found
    return ""


def _period_ending(words: Sequence[str]) -> str:
    """The name of the first (longest) ``periods_before`` phrase ``words`` end with, or "";
    only phrases ending in the last word can."""
    t = _tables()
    for phrase, name in t["periods_before_by_last"].get(words[-1], ()) if words else ():
        if _ends_with(words, phrase):
            return name
    return next((name for phrase, name in t["periods_before"] if not phrase), "")


# A pure function of the text, cached: the candidate spans that end at one place share the
# words after them.
@lru_cache(maxsize=1 << 12)
def not_money_after(text: str) -> bool:
    """True when the words after a candidate show it is not money ("$5-10 percent").

    >>> not_money_after(" percent of"), not_money_after(" in FY 2021")
    (True, False)
    """
    t = _tables()
    words = first_words(text, t["not_money_after_words"])
    if not words:
        return () in t["not_money_after"]
    return any(_starts_with(words, phrase) for phrase, _ in t["not_money_after_by_first"].get(
        words[0], ())) or () in t["not_money_after"]


def is_year_dollars(span_text: str, before: str) -> bool:
    """True for a price level ("in constant 2019 dollars"), not an amount of 2019 dollars.

    >>> is_year_dollars("2019 dollars", "in constant "), is_year_dollars("2019 dollars", "cost ")
    (True, False)
    """
    if "dollar" not in span_text.lower():
        return False  # quickly: the test below needs the word "dollar(s)"
    words = words_of(span_text)
    number = words[0] if words else ""
    if len(words) != 2 or words[1] not in ("dollars", "dollar") or not (
            number.isascii() and number.isdigit()):
        return False
    year = int(words[0]) if words[0].isascii() and len(words[0]) == 4 else 0
    before_words = words_of(before)
    return 1900 <= year <= 2100 and any(
        _ends_with(before_words, phrase) for phrase in _tables()["year_dollars_before"])


# a dash set off by spaces between two amounts, each with its sign ("$2.2 million - $700,000"),
# or right after the first one's scale word ("$13.0 million—$3.5 million FMF, ..."; the
# matching view writes every dash "-")
_SPACED_DASH = re.compile(r"(?:\s|(?<=[a-z]))[-\u2013\u2014]\s*\$")


def is_change(span_text: str, before: str) -> bool:
    """True when "from X to Y" reports a change between two amounts, not a range, or a dash
    set off by spaces stands between an amount and a smaller one ("totals $2.2 million —
    $700,000 for ..."): a dash of prose. "$5-3 million" stays a range whose ends are swapped,
    for the checker to find.

    >>> is_change("$3 million to $5 million", "funding rose from ")
    True
    >>> is_change("$3 million to $5 million", "estimates ranged from ")
    False
    >>> is_change("$3-5 million", "rose from ")
    False
    >>> is_change("$2.2 million - $700,000", "totals "), is_change("$3 million - $5 million", "")
    (True, False)
    >>> is_change("$13 million-$3.5 million", "of "), is_change("$4 million-$5 million", "")
    (True, False)
    >>> is_change("$5-3 million", "")
    False
    """
    if _SPACED_DASH.search(span_text):  # "totals $2.2 million — $700,000 for Kazakhstan":
        core = parse_core(span_text)  # a dash of prose before a smaller amount, no range
        if core is not None and core.low is not None and core.high is not None:
            return core.low > core.high
    if range_connector(span_text) not in ("to", "through", "thru"):
        return False
    words = words_of(before)
    if not words or words[-1] != "from":
        return False
    for w in reversed(words[-8:-1]):
        if _CONTEXT_STOP.match(w):
            return False
        if w in _tables()["change"]:
            return True
    return False


def parse_amount(text: str) -> Amount | None:
    """The amount an expression states, with the qualifier and period words it may carry.

    Leading qualifier words ("over", "approximately") and trailing period words ("per year")
    are read as ``qualifier_before``/``period_after`` read a span's context.

    >>> parse_amount("up to $750 thousand per month")
    Amount(low=None, high=750000.0, currency='USD', qualifier='at_most', period='month')
    >>> parse_amount("nearly $0.5 million").qualifier
    'approximate'
    >>> parse_amount("$40 million to $50 million").low
    40000000.0
    >>> parse_amount("1,000 meters") is None, parse_amount("648th") is None
    (True, True)
    """
    words = words_of(text)
    qualifier, n_qualifier = "exact", 0
    for phrase, name in _tables()["qualifiers"]:
        if _starts_with(words, phrase) and len(phrase) < len(words):
            qualifier, n_qualifier = name, len(phrase)
            break
    period, n_period = "", 0
    for phrase, name in _tables()["periods_after"]:
        if _ends_with(words, phrase) and len(phrase) < len(words) - n_qualifier:
            period, n_period = name, len(phrase)
            break
    found = _core(words[n_qualifier : len(words) - n_period])
    if found is None:
        return None
    return with_context(found[0], qualifier, period)
