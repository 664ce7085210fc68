"""Integrity of the country data (after dateparser's tests/test_dateparser_data_integrity.py).

countries.tsv is generated: it must equal what build_countries.py makes from the installed
pycountry. The hand-curated tables must name only codes countries.tsv has, give no form two
codes, and cover every UN member state.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

from pipeline.countries import (
    ALIASES_PATH,
    COUNTRIES_PATH,
    DEMONYMS_PATH,
    NOT_COUNTRIES_PATH,
    all_forms,
    gazetteer,
    load_countries,
    lookup_country,
    normalize_form,
    read_tsv,
    source_of,
    variants,
)
from pipeline.data.build_countries import render_tsv

DATA_FILES = (COUNTRIES_PATH, ALIASES_PATH, DEMONYMS_PATH, NOT_COUNTRIES_PATH)

# ISO 3166-1 entries that are not UN member states (territories, observers, Taiwan, Kosovo).
_NOT_UN_MEMBERS = """ABW AIA ALA ASM ATA ATF BES BLM BMU BVT CCK COK CUW CXR CYM ESH FLK FRO GGY GIB
GLP GRL GUF GUM HKG HMD IMN IOT JEY MAC MAF MNP MSR MTQ MYT NCL NFK NIU PCN PRI PSE PYF REU SGS SHN
SJM SPM SXM TCA TKL TWN UMI VAT VGB VIR WLF XKX"""
NOT_UN_MEMBERS = frozenset(_NOT_UN_MEMBERS.split())
# UN members without a demonym of their own, on purpose: "Congolese" is COG's, "Dominican" DOM's,
# and "Central African" names a region more often than the Central African Republic.
NO_DEMONYM = frozenset({"CAF", "COD", "DMA"})

NOT_COUNTRY_KINDS = frozenset(
    {"us_state", "us_territory", "region", "geographic", "city", "organization", "people",
     "phrase", "continent"}
)


def test_countries_tsv_is_what_build_countries_generates() -> None:
    assert COUNTRIES_PATH.read_text(encoding="utf-8") == render_tsv(), (
        "countries.tsv is stale: run `python pipeline/data/build_countries.py`"
    )


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.name)
def test_every_data_file_names_its_source(path: Path) -> None:
    assert source_of(path).startswith("source: ")


@pytest.mark.parametrize(
    ("path", "columns"),
    [
        (COUNTRIES_PATH, ["iso3", "iso2", "name", "iso_name", "official_name", "common_name"]),
        (ALIASES_PATH, ["alias", "iso3", "note"]),
        (DEMONYMS_PATH, ["demonym", "iso3", "note"]),
        (NOT_COUNTRIES_PATH, ["phrase", "kind", "note"]),
    ],
    ids=lambda x: x.name if isinstance(x, Path) else "",
)
def test_columns_and_no_stray_cells(path: Path, columns: list[str]) -> None:
    rows = read_tsv(path)
    assert rows
    assert all(list(row) == columns for row in rows)
    assert all(row[columns[0]] == row[columns[0]].strip() != "" for row in rows)


def test_country_codes_are_well_formed_and_unique() -> None:
    rows = read_tsv(COUNTRIES_PATH)
    assert len({row["iso3"] for row in rows}) == len(rows) == 250
    assert all(re.fullmatch(r"[A-Z]{3}", row["iso3"]) for row in rows)
    assert all(re.fullmatch(r"[A-Z]{2}", row["iso2"]) for row in rows)


@pytest.mark.parametrize(("path", "column"), [(ALIASES_PATH, "alias"), (DEMONYMS_PATH, "demonym")])
def test_curated_forms_name_known_codes_once(path: Path, column: str) -> None:
    codes = set(load_countries())
    rows = read_tsv(path)
    assert [r[column] for r in rows if r["iso3"] not in codes] == []
    texts = [normalize_form(r[column]) for r in rows]
    assert sorted(t for t in set(texts) if texts.count(t) > 1) == []


def test_no_form_maps_to_two_codes() -> None:
    """Across names, aliases and demonyms, in every written variant (folded, capitals)."""
    codes: dict[str, set[str]] = defaultdict(set)
    for form in all_forms():
        for text in variants(form.text):
            codes[text].add(form.iso3)
    assert {text: c for text, c in codes.items() if len(c) > 1} == {}


def test_no_blocking_phrase_is_a_country_form() -> None:
    assert set(gazetteer().forms) & gazetteer().blockers == set()


def test_not_country_kinds() -> None:
    assert {row["kind"] for row in read_tsv(NOT_COUNTRIES_PATH)} <= NOT_COUNTRY_KINDS


def test_georgia_alone_is_the_country() -> None:
    assert "Georgia" not in gazetteer().blockers
    assert lookup_country("Georgia") == ("GEO", "Georgia")


def _continents() -> set[str]:
    """The codes of the ISO names not_countries.tsv marks as continents (round 34:
    Antarctica), which are blocked, not forms."""
    blocked = {row["phrase"] for row in read_tsv(NOT_COUNTRIES_PATH) if row["kind"] == "continent"}
    return {c.iso3 for c in load_countries().values() if c.name in blocked}


def test_every_canonical_name_is_a_form_of_its_own_code() -> None:
    wrong = {
        c.iso3: (c.name, lookup_country(c.name))
        for c in load_countries().values()
        if c.iso3 not in _continents() and (
            gazetteer().forms.get(c.name) is None or lookup_country(c.name) != (c.iso3, c.name))
    }
    assert wrong == {}


def test_every_code_has_a_form_running_text_can_match() -> None:
    matched = {form.iso3 for form in gazetteer().forms.values()}
    assert set(load_countries()) - matched == _continents() == {"ATA"}


def test_every_un_member_has_a_demonym() -> None:
    members = set(load_countries()) - NOT_UN_MEMBERS
    assert len(members) == 193
    with_demonym = {row["iso3"] for row in read_tsv(DEMONYMS_PATH)}
    assert members - with_demonym == NO_DEMONYM
    assert NO_DEMONYM.isdisjoint(with_demonym)


@pytest.mark.parametrize(
    "alias",
    ["Kyrgyz Republic", "U.S.", "US", "Türkiye", "Turkey", "Burma", "Ivory Coast", "Kosovo"],
)
def test_required_aliases(alias: str) -> None:
    assert gazetteer().forms[alias].kind in ("name", "alias")


@pytest.mark.parametrize(
    ("demonym", "iso3"),
    [
        ("Kazakhstani", "KAZ"),
        ("Kazakh", "KAZ"),
        ("Kyrgyz", "KGZ"),
        ("Tajik", "TJK"),
        ("Turkmen", "TKM"),
        ("Uzbek", "UZB"),
        ("Afghans", "AFG"),
        ("Kazakhstanis", "KAZ"),
        ("Emirati", "ARE"),
        ("American", "USA"),
    ],
)
def test_required_demonyms(demonym: str, iso3: str) -> None:
    form = gazetteer().forms[demonym]
    assert (form.kind, form.iso3) == ("demonym", iso3)


@pytest.mark.parametrize(("name", "column"), [("capital_metonyms.tsv", "capital"),
                                              ("host_facilities.tsv", "facility")])
def test_place_tables_name_known_codes_once(name: str, column: str) -> None:
    """The places that stand for a state (capitals as parties, bases as hosts): each named
    once, each with a code countries.tsv has, the file saying where it comes from."""
    path = COUNTRIES_PATH.parent / name
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# source:")
    rows = [line.split("\t") for line in lines[1:] if line and not line.startswith("#")]
    assert rows[0] == [column, "iso3"]
    names = [row[0] for row in rows[1:]]
    known = set(load_countries())
    assert all(len(row) == 2 and row[1] in known for row in rows[1:])
    assert len(names) == len(set(names))
