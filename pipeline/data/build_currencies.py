"""Generate ``pipeline/data/currencies.tsv`` from the installed pycountry (ISO 4217) and the
project's country tables: the names a currency is written with after an amount ("6.3 billion
pula", "23 trillion Iraqi dinars", "60 million Namibian dollars").

Run ``python pipeline/data/build_currencies.py`` after upgrading pycountry, then review the diff.
``tests/test_currencies_data.py`` fails while the checked-in table differs from what this script
generates. ``money_words.json``'s hand-written ``currency_suffixes`` win over this table.

Each ISO 4217 name is read as qualifier words and a unit, its last word ("Iraqi Dinar": "Iraqi",
"dinar"). The table lists, singular and plural ("+s"):
- the qualified name ("Iraqi dinar"), and, when the qualifier is a country's name ("Namibia
  Dollar"), the name with each of that country's demonyms ("Namibian dollar");
- the unit alone ("pula", "quetzal"), only when one currency has it (not "dinar", "franc",
  "dollar") and it is no English word an amount may stand before (``NOT_ALONE``: "real", "sum").
A phrase two currencies share names neither.
Funds, precious metals and units of account (``NOT_CIRCULATING``) are left out.

``currency_units.tsv`` lists the units several currencies share ("manat", "dinar", "rupee"),
each with its currencies and their states, but pounds and dollars (``NOT_SHARED``): which one an
amount is in, its context says (pipeline/currency_units.py).
"""

from __future__ import annotations

import csv
import sys
import unicodedata
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path

import pycountry

DATA = Path(__file__).parent
OUT_PATH = DATA / "currencies.tsv"
UNITS_PATH = DATA / "currency_units.tsv"

# ISO 4217 entries that are no circulating currency: funds, units of account, metals, test codes
NOT_CIRCULATING = frozenset({
    "BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "UYW", "XAD", "XAG", "XAU", "XBA",
    "XBB", "XBC", "XBD", "XDR", "XPD", "XPT", "XSU", "XTS", "XUA", "XXX", "ZWG"})
# units that are English words, or read as one before a currency's own name: never alone
NOT_ALONE = frozenset({"real", "sum", "mark", "won", "gold", "sol", "oro", "sterling", "new",
                       "omani", "uruguayo", "renminbi", "soberano", "beac", "bceao"})
# shared units that are also English words an amount stands before: never read as money
NOT_SHARED = frozenset({"pound", "dollar", "mark", "won", "new", "gold"})
# names whose unit is written first ("Pound Sterling", "Rial Omani", "Yuan Renminbi"): read as
# the unit, then the qualifier
UNIT_FIRST = frozenset({"GBP", "OMR", "CNY", "UYU", "NIO"})


def plain(text: str) -> str:
    """Lower case, without accents ("Bolívar" → "bolivar"); the table keeps both forms (the
    money rules read words in lower case)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _rows(name: str) -> list[list[str]]:
    """The rows of a data TSV beside this script, without its source line and header."""
    with (DATA / name).open(encoding="utf-8") as handle:
        rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
        next(rows)
        return [row for row in rows if row]


def _country_names() -> dict[str, str]:
    """A country's name, short, ISO or common, in lower case → its ISO3 (countries.tsv)."""
    # columns: iso3, iso2, name, iso_name, official_name, common_name
    return {row[k].lower(): row[0] for row in _rows("countries.tsv")
            for k in (2, 3, 5) if len(row) > k and row[k]}


def _state_of_name() -> dict[str, str]:
    """A country's name or demonym, in lower case → its ISO3 (countries.tsv, demonyms.tsv)."""
    out = _country_names()
    for demonym, iso3, *_ in _rows("demonyms.tsv"):
        out.setdefault(demonym.lower(), iso3)
    return out


def _country_demonyms() -> dict[str, list[str]]:
    """Country name (lower case) → the demonyms of its country (``demonyms.tsv``)."""
    by_iso3: dict[str, list[str]] = defaultdict(list)
    for demonym, iso3, *_ in _rows("demonyms.tsv"):
        if not demonym.endswith("s"):  # adjectives: "Namibian", not "Namibians"
            by_iso3[iso3].append(demonym)
    return {name: by_iso3.get(iso3, []) for name, iso3 in _country_names().items()}


def _endings(unit: str) -> tuple[str, ...]:
    """The endings of a unit's singular and plurals: "+s", and "+es" after an l or n, as in
    Spanish ("quetzales", "colones")."""
    return ("", "s", "es") if unit[-1:] in ("l", "n") else ("", "s")


def _currencies() -> list[tuple[str, str, str]]:
    """(ISO 4217 code, unit, qualifier words) of every circulating currency, as its ISO name
    writes them ("Iraqi Dinar": "Dinar", "Iraqi"; "Pound Sterling": "Pound", "Sterling")."""
    out = []
    for currency in pycountry.currencies:
        code = currency.alpha_3
        if code in NOT_CIRCULATING:
            continue
        words = currency.name.replace("’", "'").split()
        if code in UNIT_FIRST:
            words = [*words[1:], words[0]]
        out.append((code, words[-1], " ".join(words[:-1])))
    return out


def currency_names() -> list[tuple[str, str]]:
    """(phrase in lower case, ISO 4217 code), sorted: the table's rows."""
    demonyms = _country_demonyms()
    rows: set[tuple[str, str]] = set()
    units: dict[str, set[str]] = defaultdict(set)
    for code, unit, qualifier in _currencies():
        units[unit.lower()].add(code)
        if qualifier:
            forms = [qualifier, *demonyms.get(qualifier.lower(), [])]
            for form in forms:
                rows.update((f"{form} {unit}{ending}".lower(), code)
                            for ending in _endings(unit.lower()))
    for unit, codes in units.items():
        if len(codes) == 1 and unit not in NOT_ALONE:
            code = next(iter(codes))
            rows.update((unit + ending, code) for ending in _endings(unit))
    rows.update((plain(phrase), code) for phrase, code in list(rows))
    codes_of: dict[str, set[str]] = defaultdict(set)
    for phrase, code in rows:
        codes_of[phrase].add(code)
    # a phrase of two currencies ("bolívar soberano": VED and VES) names neither
    return sorted((phrase, code) for phrase, code in rows if len(codes_of[phrase]) == 1)


def shared_units() -> list[tuple[str, str, str]]:
    """(unit as written, ISO 4217 code, ISO3 of the state whose currency it is) for every unit
    several currencies share ("manat": AZN of AZE and TMT of TKM; "dinar"), singular and
    plural, but ``NOT_SHARED`` ones: an amount written with one is money of the state its
    context names (pipeline/currency_units.py)."""
    states = _state_of_name()
    units: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for code, unit, qualifier in _currencies():
        unit, qualifier = unit.lower(), qualifier.lower()
        # "Azerbaijan Manat", "Algerian Dinar", "Turkmenistan New Manat": the state before
        state = states.get(qualifier) or states.get(qualifier.split(" ")[0]) if qualifier else None
        units[unit].add((code, state or ""))
    rows: set[tuple[str, str, str]] = set()
    for unit, owners in units.items():
        if len({code for code, _ in owners}) < 2 or unit in NOT_SHARED:
            continue
        for code, state in owners:
            if state:
                rows.update((unit + ending, code, state) for ending in _endings(unit))
    return sorted(rows)


def render_units_tsv() -> str:
    lines = [f"# source: pycountry {version('pycountry')} (ISO 4217), with the country names "
             "and demonyms of countries.tsv and demonyms.tsv. Generated by "
             "pipeline/data/build_currencies.py: do not edit by hand.",
             "unit\tcode\tiso3"]
    lines += ["\t".join(row) for row in shared_units()]
    return "\n".join(lines) + "\n"


def render_tsv() -> str:
    lines = [f"# source: pycountry {version('pycountry')} (ISO 4217), with the country names "
             "and demonyms of countries.tsv and demonyms.tsv. Generated by "
             "pipeline/data/build_currencies.py: do not edit by hand.",
             "phrase\tcode"]
    lines += [f"{phrase}\t{code}" for phrase, code in currency_names()]
    return "\n".join(lines) + "\n"


def main() -> int:
    OUT_PATH.write_text(render_tsv(), encoding="utf-8")
    UNITS_PATH.write_text(render_units_tsv(), encoding="utf-8")
    print(f"wrote {OUT_PATH} ({len(currency_names())} phrases) and {UNITS_PATH} "
          f"({len(shared_units())} units)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
