"""Countries: the gazetteer, name lookup and the rules that decide which mention wins.

The data (``pipeline/data``):
- ``countries.tsv``: generated from pycountry by ``data/build_countries.py`` (ISO 3166-1 plus XKX
  Kosovo); ``name`` is the canonical short name written to countries.csv.
- ``country_aliases.tsv``: other names ("Kyrgyz Republic", "U.S.", "Burma", "Korea" -> KOR).
- ``demonyms.tsv``: demonyms and adjectives ("Kazakhstani", "Uzbek", "Afghans").
- ``not_countries.tsv``: phrases that contain or look like a country but are not one
  ("Georgia Army National Guard", "New Mexico", "Indian Ocean", "Central Asia").

Decisions (documented in the data headers): canonical names are the usual English short names
("Kyrgyzstan", "South Korea", "Russia", "United States", "Iran", "Türkiye" as ISO 3166-1 and
the U.S. Government now spell it); "Korea" alone is KOR; "Congo" alone is COG; "Georgia" alone
is GEO. Matching is case-sensitive: "US" is the United States, "us" is not; "Turkey" is TUR,
"turkey" is not. A leading article is never part of a mention ("the Kyrgyz Republic" ->
"Kyrgyz Republic"). Every form also matches with diacritics folded ("Turkiye", "Cote d'Ivoire")
and in capitals ("KAZAKHSTAN"; forms of four letters or more).

>>> lookup_country("the Kyrgyz Republic")
('KGZ', 'Kyrgyzstan')
>>> lookup_country("Uzbek")
('UZB', 'Uzbekistan')
>>> lookup_country("Georgia Army National Guard") is None
True
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final

from pipeline.textview import matching_view

DATA_DIR: Final = Path(__file__).parent / "data"
COUNTRIES_PATH: Final = DATA_DIR / "countries.tsv"
ALIASES_PATH: Final = DATA_DIR / "country_aliases.tsv"
DEMONYMS_PATH: Final = DATA_DIR / "demonyms.tsv"
NOT_COUNTRIES_PATH: Final = DATA_DIR / "not_countries.tsv"

NOT_COUNTRY: Final = "NOT_COUNTRY"  # the label of a blocking phrase
KINDS: Final = ("name", "alias", "demonym")
_ARTICLES: Final = ("the ", "The ", "THE ")
_MIN_UPPER_LETTERS: Final = 4  # "CHAD", "IRAN"; not "Lao" -> "LAO"


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    iso2: str
    name: str  # canonical short name
    iso_name: str
    official_name: str
    common_name: str


@dataclass(frozen=True, slots=True)
class Form:
    """One way a text can mention a country."""

    text: str
    iso3: str
    kind: str  # see KINDS


class GazetteerError(ValueError):
    """The data files disagree with each other (a form with two codes, an unknown code)."""


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a data TSV: ``#`` lines (the source) are skipped, the next line names the columns.

    Missing trailing cells read as "".
    """
    rows: list[dict[str, str]] = []
    columns: list[str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if columns is None:
            columns = cells
            continue
        cells += [""] * (len(columns) - len(cells))
        rows.append(dict(zip(columns, cells, strict=False)))
    return rows


def source_of(path: Path) -> str:
    """The ``# source: ...`` line of a data file (tests check every file has one)."""
    first = path.read_text(encoding="utf-8").split("\n", 1)[0]
    return first[2:] if first.startswith("# ") else ""


@cache
def load_countries() -> dict[str, Country]:
    """iso3 -> Country, from countries.tsv."""
    return {
        row["iso3"]: Country(
            row["iso3"],
            row["iso2"],
            row["name"],
            row["iso_name"],
            row["official_name"],
            row["common_name"],
        )
        for row in read_tsv(COUNTRIES_PATH)
    }


def canonical_name(iso3: str) -> str:
    """The canonical short name of a code.

    >>> canonical_name("KOR"), canonical_name("RUS"), canonical_name("XKX")
    ('South Korea', 'Russia', 'Kosovo')
    """
    return load_countries()[iso3].name


def strip_article(text: str) -> str:
    """Drop one leading "the" ("the Kyrgyz Republic" -> "Kyrgyz Republic").

    >>> strip_article("the State of Eritrea"), strip_article("Theodore")
    ('State of Eritrea', 'Theodore')
    """
    for article in _ARTICLES:
        if text.startswith(article):
            return text[len(article) :]
    return text


def fold_diacritics(text: str) -> str:
    """ASCII letters for accented ones ("Türkiye" -> "Turkiye", "Côte" -> "Cote").

    >>> fold_diacritics("São Tomé and Príncipe")
    'Sao Tome and Principe'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalize_form(text: str) -> str:
    """A form as the matcher sees it: the matching view, single spaces, no leading article."""
    return strip_article(" ".join(matching_view(text).split()))


def variants(text: str) -> list[str]:
    """The written variants of one form: as given, diacritics folded, and in capitals.

    >>> variants("Türkiye")
    ['Türkiye', 'Turkiye', 'TÜRKIYE', 'TURKIYE']
    >>> variants("US"), variants("Lao")
    (['US'], ['Lao'])
    """
    base = normalize_form(text)
    out = [base]
    folded = fold_diacritics(base)
    if folded != base:
        out.append(folded)
    letters = sum(c.isalpha() for c in base)
    if letters >= _MIN_UPPER_LETTERS and any(c.islower() for c in base):
        out.extend(v.upper() for v in list(out))
    return list(dict.fromkeys(out))


def _is_matchable_name(name: str) -> bool:
    # ISO's inverted ("Korea, Republic of") and parenthesized ("Holy See (Vatican City State)")
    # forms are not how running text names a country; aliases give the running forms.
    return bool(name) and "," not in name and "(" not in name


def country_name_forms() -> Iterator[Form]:
    """The names in countries.tsv that running text uses."""
    for country in load_countries().values():
        names = (country.name, country.iso_name, country.official_name, country.common_name)
        for name in dict.fromkeys(names):
            if _is_matchable_name(name):
                yield Form(normalize_form(name), country.iso3, "name")


def alias_forms() -> Iterator[Form]:
    for row in read_tsv(ALIASES_PATH):
        yield Form(normalize_form(row["alias"]), row["iso3"], "alias")


def demonym_forms() -> Iterator[Form]:
    for row in read_tsv(DEMONYMS_PATH):
        yield Form(normalize_form(row["demonym"]), row["iso3"], "demonym")


def not_country_phrases() -> list[str]:
    """The blocking phrases of not_countries.tsv, as written."""
    return [normalize_form(row["phrase"]) for row in read_tsv(NOT_COUNTRIES_PATH)]


def region_phrases() -> list[str]:
    """The world regions of not_countries.tsv ("Central Asia", "South Caucasus"), as written."""
    return [normalize_form(row["phrase"]) for row in read_tsv(NOT_COUNTRIES_PATH)
            if row["kind"] == "region"]


def continent_phrases() -> frozenset[str]:
    """The ISO 3166-1 names not_countries.tsv marks as continents ("Antarctica"): blocked, not
    country forms."""
    return frozenset(normalize_form(row["phrase"]) for row in read_tsv(NOT_COUNTRIES_PATH)
                     if row["kind"] == "continent")


def all_forms() -> Iterator[Form]:
    """Every name, alias and demonym, as written in the data (before ``variants``), but the
    continents not_countries.tsv blocks."""
    continents = continent_phrases()
    for form in (*country_name_forms(), *alias_forms(), *demonym_forms()):
        if form.text not in continents:
            yield form


@dataclass(frozen=True)
class Gazetteer:
    """Every written variant of every form -> its code, and the blocking phrases' variants."""

    forms: dict[str, Form]
    blockers: frozenset[str]

    def patterns(self) -> Iterator[tuple[str, str]]:
        """(label, text) for a phrase matcher: an iso3 or ``NOT_COUNTRY``; sorted, so stable."""
        for text in sorted(self.forms):
            yield self.forms[text].iso3, text
        for text in sorted(self.blockers):
            yield NOT_COUNTRY, text


def build_gazetteer(forms: Iterable[Form], blockers: Iterable[str], codes: set[str]) -> Gazetteer:
    """Index forms by each written variant; refuse a variant with two codes or a blocker
    that is itself a form.

    >>> g = build_gazetteer([Form("Türkiye", "TUR", "name")], ["Turkish Straits"], {"TUR"})
    >>> sorted(g.forms)
    ['TURKIYE', 'Turkiye', 'TÜRKIYE', 'Türkiye']
    >>> build_gazetteer([Form("Congo", "COG", "alias"), Form("Congo", "COD", "alias")], [],
    ...                 {"COG", "COD"})
    Traceback (most recent call last):
    ...
    pipeline.countries.GazetteerError: 'Congo' is both COG and COD
    """
    index: dict[str, Form] = {}
    for form in forms:
        if form.iso3 not in codes:
            raise GazetteerError(f"{form.text!r} names {form.iso3}, which countries.tsv lacks")
        for text in variants(form.text):
            seen = index.get(text)
            if seen is not None and seen.iso3 != form.iso3:
                raise GazetteerError(f"{text!r} is both {seen.iso3} and {form.iso3}")
            if seen is None or KINDS.index(form.kind) < KINDS.index(seen.kind):
                index[text] = Form(text, form.iso3, form.kind)
    blocking: set[str] = set()
    for phrase in blockers:
        for text in variants(phrase):
            if text in index:
                raise GazetteerError(f"{text!r} is both a country form and a not-country phrase")
            blocking.add(text)
    return Gazetteer(index, frozenset(blocking))


@cache
def gazetteer() -> Gazetteer:
    """The project's gazetteer, from the four data files."""
    return build_gazetteer(all_forms(), not_country_phrases(), set(load_countries()))


def lookup_form(text: str) -> Form | None:
    """The form a surface string is (name, alias or demonym), case-sensitively.

    >>> lookup_form("Afghans")
    Form(text='Afghans', iso3='AFG', kind='demonym')
    >>> lookup_form("us") is None
    True
    """
    forms = gazetteer().forms
    key = normalize_form(text)
    return forms.get(key) or forms.get(fold_diacritics(key))


def lookup_country(name: str) -> tuple[str, str] | None:
    """(iso3, canonical short name) of a country name, alias, demonym or ISO name; else None.

    Case-sensitive, as the matcher is; a leading "the", curly quotes, accents and extra spaces
    do not matter. ISO's inverted names are accepted here (not in running text).

    >>> lookup_country("Tajikistan"), lookup_country("Republic of Korea")
    (('TJK', 'Tajikistan'), ('KOR', 'South Korea'))
    >>> lookup_country("Korea, Democratic People's Republic of")
    ('PRK', 'North Korea')
    >>> lookup_country("Türkiye"), lookup_country("Turkey"), lookup_country("turkey")
    (('TUR', 'Türkiye'), ('TUR', 'Türkiye'), None)
    >>> lookup_country("U.S."), lookup_country("the UK"), lookup_country("Central Asia")
    (('USA', 'United States'), ('GBR', 'United Kingdom'), None)
    """
    form = lookup_form(name)
    if form is not None:
        return form.iso3, canonical_name(form.iso3)
    key = normalize_form(name)
    if not key:
        return None
    return _iso_names().get(key)


@cache
def _iso_names() -> dict[str, tuple[str, str]]:
    """ISO's names and official names -> (iso3, canonical short name); the first country in
    file order wins a name two share."""
    out: dict[str, tuple[str, str]] = {}
    for country in load_countries().values():
        for key in (country.iso_name, country.official_name):
            out.setdefault(key, (country.iso3, country.name))
    return out


Candidate = tuple[int, int, str]  # (start, end, label): token offsets, label iso3 or NOT_COUNTRY


def select_mentions(candidates: Iterable[Candidate]) -> list[Candidate]:
    """The mentions among overlapping matches: the longest wins, then the leftmost.

    Blocking phrases take part in the selection like any match and are then dropped, so a
    longer name beats a blocker inside it, and a blocker beats a name inside it. Sorted by start.

    "Papua New Guinea" (0-3) beats the blocker "New Guinea" (1-3) and "Guinea" (2-3):

    >>> select_mentions([(0, 3, "PNG"), (1, 3, NOT_COUNTRY), (2, 3, "GIN")])
    [(0, 3, 'PNG')]

    "Georgia Army National Guard" (0-4) blocks "Georgia" (0-1); "U.S." and "Georgia" in
    "U.S.-Georgia" do not overlap:

    >>> select_mentions([(0, 1, "GEO"), (0, 4, NOT_COUNTRY), (6, 7, "USA"), (8, 9, "GEO")])
    [(6, 7, 'USA'), (8, 9, 'GEO')]
    """
    ordered = sorted(set(candidates), key=lambda c: (c[0] - c[1], c[0], c[2] != NOT_COUNTRY))
    taken: set[int] = set()
    chosen: list[Candidate] = []
    for start, end, label in ordered:
        if not taken.isdisjoint(range(start, end)):
            continue
        taken.update(range(start, end))
        if label != NOT_COUNTRY:
            chosen.append((start, end, label))
    return sorted(chosen)
