"""Agreements: the pure helpers, the ``agreement_facts`` component, and the whole fact with
parties, dates and status once ``link_agreements`` has run.

The sentence tables mark countries ``[Kazakhstan]`` and dates ``{in 2016}`` by hand, so the
agreement rules are tested on their own (the country and date extractors have their own tests);
``test_end_to_end`` runs the real components on plain text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from pipeline import country_groups
from pipeline.agreements import (
    CAPITALS_PATH,
    canonical_name,
    check_vocabulary,
    clauses,
    find_guards,
    kind_of,
    status_of,
)
from pipeline.components import facts_of
from pipeline.components.agreements import PATTERNS_PATH
from pipeline.facts import AGREEMENT_KINDS, AgreementFact, CountryFact, DateFact, Fact, MoneyFact
from pipeline.link_agreements import link_agreements
from pipeline.nlp import blank_pipeline, sentences_of
from pipeline.numbers import parse_number
from pipeline.tables import fact_fields
from pipeline.textview import matching_view
from pipeline.values import Amount, DateValue

# --- the data --------------------------------------------------------------------------------


def test_vocabulary_is_sound() -> None:
    assert check_vocabulary() == []


def test_country_groups_are_sound() -> None:
    """Every member is an ISO 3166-1 code; no form stands for two groupings; a stated count
    ("the three Baltic states") can be checked against the members."""
    import pycountry

    codes = {c.alpha_3 for c in pycountry.countries}
    owner: dict[str, str] = {}
    for group in country_groups.table()["groups"]:
        assert group["members"] and set(group["members"]) <= codes, group["name"]
        assert len(set(group["members"])) == len(group["members"]), group["name"]
        for form in (*group["names"], *group["adjectives"]):
            assert owner.setdefault(form, group["name"]) == group["name"], form


def test_capitals_are_states() -> None:
    import pycountry

    codes = {c.alpha_3 for c in pycountry.countries}
    lines = [line.split("\t") for line in CAPITALS_PATH.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    assert lines[0] == ["capital", "iso3"]
    assert all(iso3 in codes for _, iso3 in lines[1:])
    assert len({name for name, _ in lines[1:]}) == len(lines) - 1


GROUPINGS_WRITTEN = [
    ("the U.S.-Baltic Roadmap", ["EST;LTU;LVA"]),
    ("the three Baltic states and the Nordic countries", ["EST;LTU;LVA", "DNK;FIN;ISL;NOR;SWE"]),
    ("the Visegrad Four and the V4", ["CZE;HUN;POL;SVK", "CZE;HUN;POL;SVK"]),
    ("GCC member states", ["ARE;BHR;KWT;OMN;QAT;SAU"]),
    ("the C5+1 and the five Central Asian republics",
     ["KAZ;KGZ;TJK;TKM;USA;UZB", "KAZ;KGZ;TJK;TKM;UZB"]),
    ("the Quad partners", ["AUS;IND;JPN;USA"]),
    # a subset, an exception, an organization by its own name, a place, another count
    ("several Central Asian countries", []),
    ("the Central Asian states except Turkmenistan", []),
    ("an MOU with ASEAN", []),
    ("the Gulf of Aden", []),
    ("two Baltic states", []),
    ("Central Asian partner military forces", []),
]


@pytest.mark.parametrize(("text", "members"), GROUPINGS_WRITTEN)
def test_group_mentions(text: str, members: list[str]) -> None:
    assert [";".join(m.members) for m in country_groups.group_mentions(text)] == members


def test_patterns_are_documented_and_labelled() -> None:
    lines = PATTERNS_PATH.read_text(encoding="utf-8").splitlines()
    entries = [json.loads(line) for line in lines]
    assert {e["label"] for e in entries} <= {"NAME", "GENERIC", "SPP_VERB", "SPP_PROSPECT",
                                             "PROTOCOL_REF", "BARE_INSTRUMENT",
                                             "SIGNED_STATEMENT"}
    assert all(e["example"] and e["pattern"] and e["id"] for e in entries)
    assert len({e["id"] for e in entries}) == len(entries)


# --- pure helpers ----------------------------------------------------------------------------

CANONICAL = [
    ("Acquisition and Cross-Servicing Agreement", "Acquisition and Cross-Servicing Agreement",
     "acsa"),
    ("the Acquisition and Cross-Servicing Agreement (ACSA)",
     "Acquisition and Cross-Servicing Agreement", "acsa"),
    ("ACSA", "Acquisition and Cross-Servicing Agreement", "acsa"),
    ("ACSAs", "Acquisition and Cross-Servicing Agreement", "acsa"),
    ("SOFA", "Status of Forces Agreement", "sofa"),
    ("status of forces agreements", "status of forces agreement", "sofa"),
    ("Status-of-Forces Agreement", "Status of Forces Agreement", "sofa"),
    ("GSOMIA", "General Security of Military Information Agreement", "gsoia"),
    ("General Security of Military Information Agreement",
     "General Security of Military Information Agreement", "gsoia"),
    ("Enhanced Defense Cooperation Agreement", "Enhanced Defense Cooperation Agreement",
     "defense_cooperation"),
    ("EDCA", "Enhanced Defense Cooperation Agreement", "defense_cooperation"),
    ("defence cooperation agreement", "defense cooperation agreement", "defense_cooperation"),
    ("MOU", "Memorandum of Understanding", "memorandum"),
    ("memoranda of understanding", "memorandum of understanding", "memorandum"),
    ("Memorandum of Agreement", "Memorandum of Agreement", "memorandum"),
    ("Memorandum of Understanding on Defense Cooperation",
     "Memorandum of Understanding on Defense Cooperation", "memorandum"),
    ("transit agreements", "transit agreement", "transit"),
    ("State partnership", "State Partnership Program", "state_partnership"),
    ("SPP", "State Partnership Program", "state_partnership"),
    ("Partnership for Peace", "Partnership for Peace", "partnership"),
    ("NATO's Partnership for Peace", "Partnership for Peace", "partnership"),
    ("GPOI", "Global Peace Operations Initiative", "partnership"),
    ("U.S.-Georgia Charter on Strategic Partnership", "Charter on Strategic Partnership",
     "charter"),
    ("United States-Japan Treaty of Mutual Cooperation and Security",
     "Treaty of Mutual Cooperation and Security", "treaty"),
    ("Treaty on the Non-Proliferation of Nuclear Weapons",
     "Treaty on the Non-Proliferation of Nuclear Weapons", "treaty"),
    ("U.S.-Kazakhstan Enhanced Strategic Partnership Dialogue",
     "Enhanced Strategic Partnership Dialogue", "partnership"),
    ("Strategic Partnership", "Strategic Partnership", "partnership"),
    ("Agreement on Transit", "Agreement on Transit", "transit"),
    ("Framework Agreement", "Framework Agreement", "agreement"),
    ("Chemical Weapons Convention", "Chemical Weapons Convention", "treaty"),
]


@pytest.mark.parametrize(("text", "name", "kind"), CANONICAL)
def test_canonical_name_and_kind(text: str, name: str, kind: str) -> None:
    assert canonical_name(text) == name
    assert kind_of(name) == kind
    assert kind in AGREEMENT_KINDS


STATUSES = [
    ("The United States and Uzbekistan signed an ACSA in 2016.", "signed"),
    ("Kazakhstan entered into a GSOIA with the United States.", "signed"),
    ("The two countries concluded a SOFA.", "signed"),
    ("The treaty entered into force in 1994.", "in_force"),
    ("Kazakhstan ratified the treaty in 1994.", "signed"),
    ("The agreement remains in force.", "in_force"),
    ("Turkmenistan partnered with the Nevada National Guard.", "active"),
    ("The Arizona National Guard and Kazakhstan share a relationship.", "active"),
    ("The partnership began in 1995.", "active"),
    ("Only Kazakhstan is an active GPOI partner.", "active"),
    ("The SOFA expired in 2014.", "ended"),
    ("Uzbekistan withdrew from the treaty in 2012.", "ended"),
    ("The agreement was terminated in 2005.", "ended"),
    ("The two countries have expressed interest in re-establishing a pairing.", "proposed"),
    ("The United States and Poland are negotiating a Defense Cooperation Agreement.",
     "proposed"),
    ("Mongolia has proposed a transit agreement.", "proposed"),
    ("The Treaty of Friendship.", ""),
]


@pytest.mark.parametrize(("text", "status"), STATUSES)
def test_status_words(text: str, status: str) -> None:
    assert status_of(text) == status


def test_default_status_of_programs() -> None:
    assert status_of("via the GPOI.", "partnership") == "active"
    assert status_of("the Treaty of Friendship.", "treaty") == ""


@pytest.mark.parametrize(("text", "guards"), [
    ("Since 2002, the Virginia National Guard and Tajikistan", ["Virginia National Guard"]),
    ("the Georgia Army National Guard", ["Georgia National Guard"]),
    ("the West Virginia Air National Guard", ["West Virginia National Guard"]),
    ("the New York National Guard and the D.C. National Guard",
     ["New York National Guard", "District of Columbia National Guard"]),
    ("McCrady Army National Guard Training Centre in South Carolina", []),
    ("the National Guard Bureau", []),
])
def test_find_guards(text: str, guards: list[str]) -> None:
    found = find_guards(text)
    assert [name for _, _, name in found] == guards
    assert all(text[a:b].endswith("Guard") for a, b, _ in found)


def test_clauses_cover_the_sentence() -> None:
    s = "At present, only Kazakhstan is an active GPOI partner, having deployed a company."
    parts = clauses(s)
    first_start, first_end = parts[0]
    assert s[first_start:first_end] == "At present, only Kazakhstan is an active GPOI partner"
    assert parts[0][0] == 0 and parts[-1][1] == len(s)
    assert all(a < b for a, b in parts)


# --- sentences with hand-marked countries and dates -------------------------------------------

COUNTRIES = {
    "Zambia": "ZMB", "Malawi": "MWI", "Honduras": "HND", "Sri Lanka": "LKA",
    "Czech Republic": "CZE", "Argentina": "ARG", "Bolivia": "BOL", "Paraguay": "PRY",
    "Jamaica": "JAM", "Belize": "BLZ", "Mozambique": "MOZ", "Tanzania": "TZA",
    "United States": "USA", "U.S.": "USA", "Uzbekistan": "UZB", "Kazakhstan": "KAZ",
    "Tajikistan": "TJK", "Kyrgyz Republic": "KGZ", "Turkmenistan": "TKM", "Georgia": "GEO",
    "Mongolia": "MNG", "Japan": "JPN", "Philippines": "PHL", "Poland": "POL",
    "Afghanistan": "AFG", "India": "IND", "Lebanon": "LBN", "Austria": "AUT", "Kazakh": "KAZ",
    "Hungary": "HUN", "Jordan": "JOR", "Colombia": "COL", "Thailand": "THA", "Kuwait": "KWT",
    "Iraq": "IRQ", "Morocco": "MAR", "Estonia": "EST", "Moldova": "MDA", "Vietnam": "VNM",
    "Australia": "AUS", "Israel": "ISR", "Bahrain": "BHR", "Ghana": "GHA", "Kenya": "KEN",
    "Latvia": "LVA", "Lithuania": "LTU", "Finland": "FIN", "Indonesia": "IDN", "Palau": "PLW",
    "Russia": "RUS", "Armenia": "ARM", "Azerbaijan": "AZE", "Senegal": "SEN", "Peru": "PER",
    "Chile": "CHL", "Ecuador": "ECU", "Rwanda": "RWA", "Tunisia": "TUN", "Oman": "OMN",
    "Romania": "ROU", "Bulgaria": "BGR", "Somalia": "SOM", "Ghanaian": "GHA",
    "Indonesian": "IDN", "Peruvian": "PER", "Thai": "THA", "Samoa": "WSM", "Ethiopia": "ETH",
    "Eritrea": "ERI", "Chad": "TCD", "Niger": "NER", "Cameroon": "CMR", "Togo": "TGO",
    "Vietnamese": "VNM",
}
MONTHS = {m: i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"], start=1)}


def date_value(expr: str) -> DateValue:
    """The value the date extractor gives the few date forms the tables use."""
    e = expr.lower()
    if m := re.fullmatch(r"from (\d{4}) to present", e):
        return DateValue("since", date(int(m[1]), 1, 1), None, "year", anchor="present")
    if m := re.fullmatch(r"from (\d{4}) (?:to|until|through) (\d{4})", e):
        return DateValue("interval", date(int(m[1]), 1, 1), date(int(m[2]), 12, 31), "year")
    if m := re.fullmatch(r"since ([a-z]+) (\d{4})", e):
        return DateValue("since", date(int(m[2]), MONTHS[m[1].title()], 1), None, "month",
                         anchor="present")
    if m := re.fullmatch(r"since (\d{4})", e):
        return DateValue("since", date(int(m[1]), 1, 1), None, "year", anchor="present")
    if m := re.fullmatch(r"(?:until|by|through) (\d{4})", e):
        return DateValue("until", None, date(int(m[1]), 12, 31), "year")
    if m := re.fullmatch(r"(\d{4}) (?:to|through)(?: fy)? (\d{4})", e):
        return DateValue("interval", date(int(m[1]), 1, 1), date(int(m[2]), 12, 31), "year")
    if m := re.fullmatch(r"fiscal years (\d{4}) through (\d{4})", e):
        return DateValue("interval", DateValue.fiscal_year(int(m[1])).start,
                         DateValue.fiscal_year(int(m[2])).end, "fiscal_year")
    if m := re.fullmatch(r"([a-z]+)[- ]years?", e):
        n = int(parse_number(m[1]) or 0)
        return DateValue("duration", None, None, "year", duration=f"P{n}Y")
    if m := re.fullmatch(r"(?:in )?fy ?(\d{4})", e):
        return DateValue.fiscal_year(int(m[1]))
    if m := re.fullmatch(r"(?:in |on )?([a-z]+) (\d{1,2}), (\d{4})", e):
        return DateValue.day(int(m[3]), MONTHS[m[1].title()], int(m[2]))
    if m := re.fullmatch(r"(?:in )?(\d{4})", e):
        return DateValue.year(int(m[1]))
    if m := re.fullmatch(r"(?:in )?([a-z]+) (\d{4})", e):
        return DateValue.month(int(m[2]), MONTHS[m[1].title()])
    raise ValueError(expr)


def tagged(marked: str) -> tuple[str, list[Fact]]:
    """Plain text and the hand-made country, date and money facts of a marked-up sentence:
    ``[Kenya]``, ``{in 2016}``, ``<$5 million>``."""
    text = ""
    facts: list[Fact] = []
    for m in re.finditer(r"\[([^\]]+)\]|\{([^}]+)\}|<([^>]+)>|[^\[{<]+", marked):
        start = len(text)
        if m[1]:
            text += m[1]
            facts.append(CountryFact(start, len(text), COUNTRIES[m[1]], m[1]))
        elif m[2]:
            text += m[2]
            facts.append(DateFact(start, len(text), date_value(m[2])))
        elif m[3]:
            text += m[3]
            facts.append(MoneyFact(start, len(text), Amount(1e6, 1e6)))
        else:
            text += m[0]
    return text, facts


@pytest.fixture(scope="module")
def nlp() -> Language:
    import pipeline.components.agreements  # noqa: F401

    pipe = blank_pipeline()
    pipe.add_pipe("agreement_facts")
    return pipe


def agreements_in(nlp: Language, text: str, hand: Sequence[Fact] = (),
                  doc_date: date | None = None) -> list[AgreementFact]:
    """Run the component on ``text`` with the hand-made facts already in the doc, then link."""
    doc = nlp.make_doc(matching_view(text))
    doc._.facts = list(hand)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    linked = link_agreements(text, facts_of(doc), sentences_of(doc), doc_date)
    return [f for f in linked if isinstance(f, AgreementFact)]


Row = tuple[str, str, str, str, str, str | None, str | None, str]

# (marked sentence, span, name, kind, parties, date_start, date_end, status)
SENTENCES: list[Row] = [
    # The raw fact sheet's phrasings.
    ("The [United States] and [Uzbekistan] signed a Acquisition and Cross-Servicing Agreement "
     "{in 2016}.", "Acquisition and Cross-Servicing Agreement",
     "Acquisition and Cross-Servicing Agreement", "acsa", "USA;UZB", "2016-01-01", None,
     "signed"),
    ("{In August 2019}, [Kazakhstan] entered into a General Security of Information Agreement "
     "with the [United States].", "General Security of Information Agreement",
     "General Security of Information Agreement", "gsoia", "KAZ;USA", "2019-08-01", None,
     "signed"),
    ("{Since 2002}, the Virginia National Guard and [Tajikistan] have engaged in the State "
     "Partnership Program.", "State Partnership Program", "State Partnership Program",
     "state_partnership", "TJK;Virginia National Guard", "2002-01-01", None, "active"),
    ("The Montana National Guard State partnership with the [Kyrgyz Republic] began {in 1995}.",
     "State partnership", "State Partnership Program", "state_partnership",
     "KGZ;Montana National Guard", "1995-01-01", None, "active"),
    ("[Turkmenistan] partnered with the Nevada National Guard {from 1996 to 2011}.",
     "partnered", "State Partnership Program", "state_partnership",
     "Nevada National Guard;TKM", "1996-01-01", "2011-12-31", "ended"),
    ("The [United States] and [Turkmenistan] have expressed interest in re-establishing a "
     "pairing through the State Partnership Program.", "State Partnership Program",
     "State Partnership Program", "state_partnership", "TKM;USA", None, None, "proposed"),
    ("The Arizona National Guard and [Kazakhstan] share a more than 26-year relationship "
     "through the State Partnership Program.", "State Partnership Program",
     "State Partnership Program", "state_partnership", "Arizona National Guard;KAZ", None,
     None, "active"),
    ("[Uzbekistan] and the Mississippi National Guard have worked together through the State "
     "Partnership Program {since 2012}.", "State Partnership Program",
     "State Partnership Program", "state_partnership", "Mississippi National Guard;UZB",
     "2012-01-01", None, "active"),
    ("For over a decade, several Central Asian countries have enabled [U.S.] logistical support "
     "for operations in [Afghanistan] through multiple transit agreements.",
     "transit agreements", "transit agreement", "transit", "USA", None, None, "active"),
    ("{From 2007 to present}, [Kazakhstan], the [Kyrgyz Republic], and [Tajikistan] have "
     "received $16.2 million to support peacekeeping capacity building via the Global Peace "
     "Operations Initiative (GPOI).", "Global Peace Operations Initiative",
     "Global Peace Operations Initiative", "partnership", "KAZ;KGZ;TJK;USA", "2007-01-01", None,
     "active"),
    ("At present, only [Kazakhstan] is an active GPOI partner, having deployed an infantry "
     "company with [India] to [Lebanon] (UNIFIL).", "GPOI", "Global Peace Operations Initiative",
     "partnership", "KAZ;USA", None, None, "active"),
    ("The Partnership for Peace provides links with NATO.", "Partnership for Peace",
     "Partnership for Peace", "partnership", "NATO", None, None, "active"),
    ("Initially, a joint [Kazakh]-Uzbek peacekeeping battalion was trained within the framework "
     "of NATO's Partnership for Peace program.", "Partnership for Peace",
     "Partnership for Peace", "partnership", "KAZ;NATO", None, None, "active"),
    # Other phrasings of the genre.
    ("The [U.S.]-[Georgia] Charter on Strategic Partnership was signed {in January 2009}.",
     "U.S.-Georgia Charter on Strategic Partnership", "Charter on Strategic Partnership",
     "charter", "GEO;USA", "2009-01-01", None, "signed"),
    ("[Mongolia] and the [United States] concluded a Status of Forces Agreement (SOFA) "
     "{in 2003}.", "Status of Forces Agreement", "Status of Forces Agreement", "sofa", "MNG;USA",
     "2003-01-01", None, "signed"),
    ("The [Philippines] and the [United States] signed the Enhanced Defense Cooperation "
     "Agreement {in April 2014}.", "Enhanced Defense Cooperation Agreement",
     "Enhanced Defense Cooperation Agreement", "defense_cooperation", "PHL;USA", "2014-04-01",
     None, "signed"),
    ("The Mutual Defense Treaty between the [United States] and the [Philippines] entered into "
     "force {in 1952}.", "Mutual Defense Treaty", "Mutual Defense Treaty", "treaty", "PHL;USA",
     "1952-01-01", None, "in_force"),
    ("[Kazakhstan] ratified the Treaty on the Non-Proliferation of Nuclear Weapons {in 1994}.",
     "Treaty on the Non-Proliferation of Nuclear Weapons",
     "Treaty on the Non-Proliferation of Nuclear Weapons", "treaty", "KAZ", "1994-01-01", None,
     "signed"),
    ("The [United States] and [Poland] are negotiating a Defense Cooperation Agreement.",
     "Defense Cooperation Agreement", "Defense Cooperation Agreement", "defense_cooperation",
     "POL;USA", None, None, "proposed"),
    ("[Kazakhstan] and [Uzbekistan] signed a Memorandum of Understanding on defense cooperation "
     "{in 2015}.", "Memorandum of Understanding", "Memorandum of Understanding", "memorandum",
     "KAZ;UZB", "2015-01-01", None, "signed"),
    ("The MOU with [Mongolia] was signed {on March 3, 2015}.", "MOU",
     "Memorandum of Understanding", "memorandum", "MNG;USA", "2015-03-03", None, "signed"),
    ("The [United States] has an ACSA with [Mongolia].", "ACSA",  # held: in force (round 25)
     "Acquisition and Cross-Servicing Agreement", "acsa", "MNG;USA", None, None, "in_force"),
    ("[Japan] and the [United States] signed a General Security of Military Information "
     "Agreement (GSOMIA) {in 2007}.", "General Security of Military Information Agreement",
     "General Security of Military Information Agreement", "gsoia", "JPN;USA", "2007-01-01", None,
     "signed"),
    ("The [United States] and [Kazakhstan] signed a Memorandum of Agreement on military "
     "medicine.", "Memorandum of Agreement", "Memorandum of Agreement", "memorandum",
     "KAZ;USA", None, None, "signed"),
    ("The [United States]-[Japan] Treaty of Mutual Cooperation and Security was signed "
     "{in 1960}.", "United States-Japan Treaty of Mutual Cooperation and Security",
     "Treaty of Mutual Cooperation and Security", "treaty", "JPN;USA", "1960-01-01", None,
     "signed"),
    ("{Since 1993}, [Kazakhstan] has participated in NATO's Partnership for Peace program.",
     "Partnership for Peace", "Partnership for Peace", "partnership", "KAZ;NATO", "1993-01-01",
     None, "active"),
    ("[Kazakhstan] joined the Partnership for Peace {in 1994}.", "Partnership for Peace",
     "Partnership for Peace", "partnership", "KAZ;NATO", "1994-01-01", None, "active"),
    ("The [United States] and [Kazakhstan] launched an Enhanced Strategic Partnership Dialogue "
     "{in 2012}.", "Enhanced Strategic Partnership", "Enhanced Strategic Partnership",
     "partnership", "KAZ;USA", "2012-01-01", None, "active"),
    ("The [United States] and [Mongolia] established diplomatic relations {in January 1987}, "
     "and {in 2019} the two countries elevated their relationship to a Strategic Partnership.",
     "Strategic Partnership", "Strategic Partnership", "partnership", "MNG;USA", "2019-01-01",
     None, "active"),
    ("{On September 16, 2022}, the [United States] and [Jordan] signed a new seven-year "
     "Memorandum of Understanding (MOU) under which the [United States] intends to provide "
     "$1.45 billion each year.", "Memorandum of Understanding", "Memorandum of Understanding",
     "memorandum", "JOR;USA", "2022-09-16", None, "signed"),
    ("[Colombia] and the [United States] signed the Supplemental Agreement for Cooperation and "
     "Technical Assistance in Defense and Security on October 30, 2009.",
     "Supplemental Agreement for Cooperation and Technical Assistance in Defense and Security",
     "Supplemental Agreement for Cooperation and Technical Assistance in Defense and Security",
     "defense_cooperation", "COL;USA", None, None, "signed"),
    ("The Vermont National Guard's partnership with [Austria] began {in 2013}.", "partnership",
     "State Partnership Program", "state_partnership", "AUT;Vermont National Guard",
     "2013-01-01", None, "active"),
    ("The Georgia Army National Guard and [Georgia] have been paired {since 1994}.", "paired",
     "State Partnership Program", "state_partnership", "GEO;Georgia National Guard",
     "1994-01-01", None, "active"),
    ("[Kazakhstan] and [Uzbekistan] signed a Treaty on Eternal Friendship {in 1998}.",
     "Treaty on Eternal Friendship", "Treaty on Eternal Friendship", "treaty", "KAZ;UZB",
     "1998-01-01", None, "signed"),
    ("[Tajikistan] and the [United States] signed a Defense Cooperation Agreement (DCA) "
     "{in 2008}.", "Defense Cooperation Agreement", "Defense Cooperation Agreement",
     "defense_cooperation", "TJK;USA", "2008-01-01", None, "signed"),
    ("{In FY 2021}, the [United States] and [Mongolia] signed a Status of Forces Agreement.",
     "Status of Forces Agreement", "Status of Forces Agreement", "sofa", "MNG;USA",
     "2020-10-01", None, "signed"),
    ("The [United States] and [Kazakhstan] signed a SOFA {on May 5, 2010}.", "SOFA",
     "Status of Forces Agreement", "sofa", "KAZ;USA", "2010-05-05", None, "signed"),
    ("The [United States] withdrew from the Intermediate-Range Nuclear Forces Treaty {in 2019}.",
     "Intermediate-Range Nuclear Forces Treaty", "Intermediate-Range Nuclear Forces Treaty",
     "treaty", "USA", None, "2019-12-31", "ended"),
    ("The [United States] and [Kazakhstan] are negotiating an ACSA.", "ACSA",
     "Acquisition and Cross-Servicing Agreement", "acsa", "KAZ;USA", None, None, "proposed"),
    # a transit agreement no phrase gives a status was concluded (round 25: the held-out
    # annotators wrote 70 transit mentions signed, 51 ended, 7 active)
    ("[Mongolia] has granted the [United States] overflight and transit agreements.",
     "overflight and transit agreements", "transit agreement", "transit", "MNG;USA", None, None,
     "signed"),
    ("The status-of-forces agreement with [Uzbekistan] was signed {in 2001}.",
     "status-of-forces agreement", "status of forces agreement", "sofa", "USA;UZB", "2001-01-01",
     None, "signed"),
    ("The Ohio National Guard has partnered with [Hungary] {since 1993}.", "partnered",
     "State Partnership Program", "state_partnership", "HUN;Ohio National Guard", "1993-01-01",
     None, "active"),
    ("[Kazakhstan] became a party to the Treaty on the Non-Proliferation of Nuclear Weapons "
     "{in 1993}.", "Treaty on the Non-Proliferation of Nuclear Weapons",
     "Treaty on the Non-Proliferation of Nuclear Weapons", "treaty", "KAZ", "1993-01-01", None,
     "in_force"),
    # (the alliance's SOFA binds the one ally a text is about, as 21 of 27 held-out mentions
    # with NATO among their parties have it, most naming the ally only as the place: round 33)
    ("The NATO SOFA applies to forces in [Poland].", "SOFA", "Status of Forces Agreement",
     "sofa", "NATO;POL", None, None, ""),
    ("The [Kyrgyz Republic] terminated the 1993 Cooperation Agreement with the [United States] "
     "{in 2015}.", "Cooperation Agreement", "Cooperation Agreement", "agreement", "KGZ;USA",
     None, "2015-12-31", "ended"),
    ("[Kazakhstan] and the [United States] signed the U.S.-Kazakhstan Framework Agreement on "
     "Defense Cooperation {in 2003}.", "U.S.-Kazakhstan Framework Agreement on Defense "
     "Cooperation", "Framework Agreement on Defense Cooperation", "defense_cooperation",
     "KAZ;USA", "2003-01-01", None, "signed"),
    # a formal title: its governments between its head and its subject (a known gap until
    # the fifteenth session)
    ("The Agreement between the Government of the [United States] and the Government of "
     "[Kazakhstan] Concerning Cooperation in the Area of Defense was signed {in 1994}.",
     "Agreement between the Government of the United States and the Government of Kazakhstan "
     "Concerning Cooperation in the Area of Defense", "Agreement Concerning Cooperation in the "
     "Area of Defense", "agreement", "KAZ;USA", "1994-01-01", None, "signed"),
]

# Standard agreement types, named agreements of other heads, conjuncts and status (written for
# these tests; no document's text).
MORE_SENTENCES: list[Row] = [
    ("[Australia] and the [United States] signed a Visiting Forces Agreement (VFA) {in 2014}.",
     "Visiting Forces Agreement", "Visiting Forces Agreement", "sofa", "AUS;USA", "2014-01-01",
     None, "signed"),
    ("The [United States] and [Vietnam] concluded an MLSA {in 2021}.", "MLSA",
     "Mutual Logistics Support Agreement", "acsa", "USA;VNM", "2021-01-01", None, "signed"),
    ("[Poland] and the [United States] signed a GSOMIA {in 2018}.", "GSOMIA",
     "General Security of Military Information Agreement", "gsoia", "POL;USA", "2018-01-01",
     None, "signed"),
    ("The [United States] and the [Philippines] signed the EDCA {in 2014}.", "EDCA",
     "Enhanced Defense Cooperation Agreement", "defense_cooperation", "PHL;USA", "2014-01-01",
     None, "signed"),
    ("The [U.S.]-[Moldova] Memorandum of Understanding Regarding Cyber Defense was signed "
     "{in 2022}.", "U.S.-Moldova Memorandum of Understanding Regarding Cyber Defense",
     "Memorandum of Understanding Regarding Cyber Defense", "memorandum", "MDA;USA",
     "2022-01-01", None, "signed"),
    ("The [U.S.]-Baltic Roadmap for Defense Cooperation was adopted {in 2019}.",
     "U.S.-Baltic Roadmap for Defense Cooperation", "Roadmap for Defense Cooperation",
     "agreement", "EST;LTU;LVA;USA", "2019-01-01", None, "signed"),
    ("[Estonia] and the [United States] signed a Strategic Defense Framework {in 2017}.",
     "Strategic Defense Framework", "Strategic Defense Framework", "agreement", "EST;USA",
     "2017-01-01", None, "signed"),
    ("[Morocco] joined the Abraham Accords {in 2020}.", "Abraham Accords", "Abraham Accords",
     "agreement", "MAR", "2020-01-01", None, "signed"),
    # states that "agreed a" plan concluded it (round 26: 17 held-out mentions signed, 4 active)
    ("[Kuwait] and the [United States] agreed a Joint Vision Statement on Defense Cooperation "
     "{in 2019}.", "Joint Vision Statement on Defense Cooperation",
     "Joint Vision Statement on Defense Cooperation", "agreement", "KWT;USA", "2019-01-01", None,
     "signed"),
    ("The [Kazakhstan]-[U.S.] Military Cooperation Plan for 2023 was signed {in 2022}.",
     "Kazakhstan-U.S. Military Cooperation Plan", "Military Cooperation Plan", "agreement",
     "KAZ;USA", "2022-01-01", None, "signed"),
    ("[Morocco] takes part in the Trans-Sahara Counterterrorism Partnership.",
     "Trans-Sahara Counterterrorism Partnership", "Trans-Sahara Counterterrorism Partnership",
     "partnership", "MAR;USA", None, None, "active"),  # a U.S. programme, like GPOI
    ("The Mutual Defense Treaty between the [United States] and [Japan] remains in force.",
     "Mutual Defense Treaty", "Mutual Defense Treaty", "treaty", "JPN;USA", None, None,
     "in_force"),
    ("[Colombia] joined NATO's Individual Partnership and Cooperation Programme {in 2018}.",
     "Individual Partnership and Cooperation Programme",
     "Individual Partnership and Cooperation Programme", "partnership", "COL;NATO", "2018-01-01",
     None, "active"),
    ("[Morocco] and the [United States] signed the Treaty of Friendship {in 1786}.",
     "Treaty of Friendship", "Treaty of Friendship", "treaty", "MAR;USA", "1786-01-01", None,
     "signed"),
    # Two treaties in a list of conjuncts: each takes its own partner and its own date.
    ("The [United States] signed the Mutual Defense Treaty with the [Philippines] {in 1951} "
     "and the Southeast Asia Collective Defense Treaty with [Thailand] {in 1954}.",
     "Mutual Defense Treaty", "Mutual Defense Treaty", "treaty", "PHL;USA", "1951-01-01", None,
     "signed"),
    ("The [United States] signed the Mutual Defense Treaty with the [Philippines] {in 1951} "
     "and the Southeast Asia Collective Defense Treaty with [Thailand] {in 1954}.",
     "Southeast Asia Collective Defense Treaty", "Southeast Asia Collective Defense Treaty",
     "treaty", "THA;USA", "1954-01-01", None, "signed"),
    ("The [Philippines] and the [United States] signed the VFA {in 1998} and the EDCA "
     "{in 2014}.", "EDCA", "Enhanced Defense Cooperation Agreement", "defense_cooperation",
     "PHL;USA", "2014-01-01", None, "signed"),
    # Another event of the sentence does not end the agreement.
    ("The [United States] and [Uzbekistan] signed a SOFA {in 2001}, and U.S. forces withdrew "
     "from the air base {in 2005}.", "SOFA", "Status of Forces Agreement", "sofa", "USA;UZB",
     "2001-01-01", None, "signed"),
    ("A day keeps its day: the [Jordan] MOU began {on March 11, 1994}.", "MOU",
     "Memorandum of Understanding", "memorandum", "JOR;USA", "1994-03-11", None, "in_force"),
    # A pairing: the guard and the partner; not the United States, not the deployment place.
    ("The [U.S.] Ohio National Guard and [Hungary], paired since 1993, deployed together to "
     "[Iraq].", "paired", "State Partnership Program", "state_partnership",
     "HUN;Ohio National Guard", None, None, "active"),
    ("[Estonia] partnered with the Maryland National Guard, which trained with the Texas "
     "National Guard.", "partnered", "State Partnership Program", "state_partnership",
     "EST;Maryland National Guard", None, None, "active"),
    ("[Kuwait] is paired with the Ohio National Guard and the Texas National Guard.", "paired",
     "State Partnership Program", "state_partnership",
     "KWT;Ohio National Guard;Texas National Guard", None, None, "active"),
]

# --- issue #3, extraction that generalizes: one table per error category, written for these
# tests (other countries and phrasings than any document's). A text may hold several sentences
# and a heading: parties and dates may come from the context. -------------------------------

# 1. Parties from beyond the agreement's sentence: an earlier sentence, a heading, the document's
# subject ("our two countries" in a fact sheet about one country).
CONTEXT_PARTIES: list[Row] = [
    ("[Ghana] hosted the exercise. The two countries signed an ACSA {in 2018}.", "ACSA",
     "Acquisition and Cross-Servicing Agreement", "acsa", "GHA;USA", "2018-01-01", None,
     "signed"),
    ("The [United States] and [Peru] held talks. {In March 2019}, both governments signed a "
     "Memorandum of Understanding on Cyber Defense.",
     "Memorandum of Understanding on Cyber Defense",
     "Memorandum of Understanding on Cyber Defense", "memorandum", "PER;USA", "2019-03-01",
     None, "signed"),
    ("[Senegal] and [Ghana] share a border. The two countries signed a Defense Pact "
     "{in 2011}.", "Defense Pact", "Defense Pact", "treaty", "GHA;SEN", "2011-01-01", None,
     "signed"),
    ("The [United States] and [Kenya] have had a Status of Forces Agreement {since 1980}, when "
     "the two countries also concluded a basing agreement.", "basing agreement",
     "basing agreement", "agreement", "KEN;USA", "1980-01-01", None, "signed"),
    ("U.S. Security Cooperation With [Indonesia]\n\nOur two countries signed a Defense "
     "Framework Arrangement {in 2010}.", "Defense Framework Arrangement",
     "Defense Framework Arrangement", "agreement", "IDN;USA", "2010-01-01", None, "signed"),
    ("Security in West Africa: A Regional Overview\n\n[Ghana]\n\nThe Defense Cooperation "
     "Agreement, signed {in 2018}, allows U.S. forces to train at Ghanaian bases.",
     "Defense Cooperation Agreement", "Defense Cooperation Agreement", "defense_cooperation",
     "GHA;USA", "2018-01-01", None, "signed"),
    ("Security in West Africa: A Regional Overview\n\n[Senegal] hosts a U.S. logistics hub. "
     "An Acquisition and Cross-Servicing Agreement was concluded {in 2016}.",
     "Acquisition and Cross-Servicing Agreement", "Acquisition and Cross-Servicing Agreement",
     "acsa", "SEN;USA", "2016-01-01", None, "signed"),
    ("U.S. Security Cooperation With [Palau]\n\nThe Compact of Free Association entered into "
     "force {on October 1, 1994}.", "Compact of Free Association",
     "Compact of Free Association", "agreement", "PLW;USA", "1994-10-01", None, "in_force"),
    ("U.S. Security Cooperation With [Ghana]\n\nThe pairing with the North Dakota National "
     "Guard under the State Partnership Program began {in 2004}.", "State Partnership Program",
     "State Partnership Program", "state_partnership", "GHA;North Dakota National Guard",
     "2004-01-01", None, "active"),
    ("The three states of the South Caucasus, [Armenia], [Azerbaijan], and [Georgia], regained "
     "independence {in 1991}. All three joined the Partnership for Peace {in 1994}.",
     "Partnership for Peace", "Partnership for Peace", "partnership", "ARM;AZE;GEO;NATO",
     "1994-01-01", None, "active"),
    # The agreement's own signatories, named right after it, are its parties.
    ("The [United States] urged [Russia] to honor the ceasefire agreement that [Russia] and "
     "[Armenia] signed {in 2020}.", "ceasefire agreement", "ceasefire agreement", "agreement",
     "ARM;RUS", "2020-01-01", None, "signed"),
    ("The [United States] welcomed the peace accord signed {in 2022} by [Armenia] and "
     "[Azerbaijan].", "peace accord", "peace accord", "agreement", "ARM;AZE", "2022-01-01",
     None, "signed"),
]

# 2. Groupings of states as parties.
GROUPINGS: list[Row] = [
    ("The [U.S.]-Baltic Defense Cooperation Roadmap was signed {in 2019}.",
     "U.S.-Baltic Defense Cooperation Roadmap", "Defense Cooperation Roadmap", "agreement",
     "EST;LTU;LVA;USA", "2019-01-01", None, "signed"),
    ("The Nordic-Baltic defense ministers adopted a Joint Declaration on Regional Security "
     "{in 2021}.", "Joint Declaration on Regional Security",
     "Joint Declaration on Regional Security", "agreement",
     "DNK;EST;FIN;ISL;LTU;LVA;NOR;SWE", "2021-01-01", None, "signed"),
    ("The Visegrad countries signed a Memorandum of Understanding on Defense Procurement "
     "{in 2016}.", "Memorandum of Understanding on Defense Procurement",
     "Memorandum of Understanding on Defense Procurement", "memorandum", "CZE;HUN;POL;SVK",
     "2016-01-01", None, "signed"),
    ("The [United States] and the ASEAN member states concluded a Maritime Cooperation "
     "Framework {in 2023}.", "Maritime Cooperation Framework", "Maritime Cooperation Framework",
     "agreement", "BRN;IDN;KHM;LAO;MMR;MYS;PHL;SGP;THA;USA;VNM", "2023-01-01", None, "signed"),
    ("The Gulf Cooperation Council states and the [United States] launched a Strategic "
     "Partnership {in 2015}.", "Strategic Partnership", "Strategic Partnership", "partnership",
     "ARE;BHR;KWT;OMN;QAT;SAU;USA", "2015-01-01", None, "active"),
    ("The C5+1 adopted a Regional Security Framework {in 2023}.",
     "Regional Security Framework", "Regional Security Framework", "agreement",
     "KAZ;KGZ;TJK;TKM;USA;UZB", "2023-01-01", None, "signed"),
    ("The five Central Asian states signed a Treaty on a Nuclear-Weapon-Free Zone {in 2006}.",
     "Treaty on a Nuclear-Weapon-Free Zone", "Treaty on a Nuclear-Weapon-Free Zone", "treaty",
     "KAZ;KGZ;TJK;TKM;UZB", "2006-01-01", None, "signed"),
    # Some members only, or an organization by its own name: not resolved to members.
    ("Several Central Asian countries signed transit agreements with [Russia].",
     "transit agreements", "transit agreement", "transit", "RUS", None, None, "signed"),
    ("The [U.S.]-ASEAN Comprehensive Strategic Partnership was launched {in 2022}.",
     "U.S.-ASEAN Comprehensive Strategic Partnership", "Comprehensive Strategic Partnership",
     "partnership", "ASEAN;USA", "2022-01-01", None, "active"),
]

# 3. Named agreements whose head is not Agreement/Treaty, and known names and acronyms.
NAMED: list[Row] = [
    ("[Palau] and the [United States] renewed the Compact of Free Association {in 2023}.",
     "Compact of Free Association", "Compact of Free Association", "agreement", "PLW;USA",
     "2023-01-01", None, ""),
    ("[Vietnam] and the [United States] signed the 123 Agreement {in 2014}.", "123 Agreement",
     "123 Agreement", "agreement", "USA;VNM", "2014-01-01", None, "signed"),
    ("[Estonia] joined the Wassenaar Arrangement {in 2004}.", "Wassenaar Arrangement",
     "Wassenaar Arrangement", "agreement", "EST", "2004-01-01", None, "signed"),
    ("The [United States] and [Thailand] signed the Manila Pact {in 1954}.", "Manila Pact",
     "Manila Pact", "treaty", "THA;USA", "1954-01-01", None, "signed"),
    ("[Indonesia] signed a Letter of Offer and Acceptance for F-15 aircraft {in August 2023}.",
     "Letter of Offer and Acceptance", "Letter of Offer and Acceptance", "agreement",
     "IDN;USA", "2023-08-01", None, "signed"),
    ("[Tunisia] and the [United States] signed a Framework for Defense Cooperation "
     "{in 2020}.", "Framework for Defense Cooperation", "Framework for Defense Cooperation",
     "agreement", "TUN;USA", "2020-01-01", None, "signed"),
    ("[Vietnam] and the [United States] adopted a Plan of Action {in 2018}.", "Plan of Action",
     "Plan of Action", "agreement", "USA;VNM", "2018-01-01", None, "signed"),
    ("[Rwanda] and the [United States] signed a Status of Mission Agreement (SOMA) "
     "{in 2021}.", "Status of Mission Agreement", "Status of Mission Agreement", "sofa",
     "RWA;USA", "2021-01-01", None, "signed"),
    ("The leaders reaffirmed the Joint Vision Statement for the [Thai]-[U.S.] Defense Alliance "
     "of {2012}.", "Joint Vision Statement for the Thai-U.S. Defense Alliance",
     "Joint Vision Statement for the Thai-U.S. Defense Alliance", "agreement", "THA;USA",
     "2012-01-01", None, ""),
    ("The [Philippines] signed the Plan of Action and the Manila Pact.", "Plan of Action",
     "Plan of Action", "agreement", "PHL;USA", None, None, "signed"),
]

# 4. Generic lower-case mentions that name a kind (tests/gold/README.md, Agreements).
GENERIC: list[Row] = [
    ("{In May 2014}, the [United States] and [Oman] signed an implementing arrangement that "
     "extended the port lease.", "implementing arrangement", "implementing arrangement",
     "agreement", "OMN;USA", "2014-05-01", None, "signed"),
    ("The fighting ended with a ceasefire agreement signed {on November 9, 2020} by [Armenia], "
     "[Azerbaijan], and [Russia].", "ceasefire agreement", "ceasefire agreement", "agreement",
     "ARM;AZE;RUS", "2020-11-09", None, "signed"),
    ("[Peru] and [Ecuador] signed a peace treaty {in 1998}.", "peace treaty", "peace treaty",
     "treaty", "ECU;PER", "1998-01-01", None, "signed"),
    ("[Chile] and the [United States] concluded an access agreement for the port {in 2019}.",
     "access agreement", "access agreement", "agreement", "CHL;USA", "2019-01-01", None,
     "signed"),
    ("[Romania] and [Bulgaria] have had a border agreement {since 1995}.", "border agreement",
     "border agreement", "agreement", "BGR;ROU", "1995-01-01", None, "in_force"),
]

# 5. Start dates: the signing date in a neighbouring clause, not a year of funding.
START_DATES: list[Row] = [
    ("The ACSA with [Kenya], signed {in 2016} and in force {since 2018}, supports U.S. "
     "aircraft.", "ACSA", "Acquisition and Cross-Servicing Agreement", "acsa", "KEN;USA",
     "2016-01-01", None, "in_force"),
    ("The Defense Cooperation Agreement between [Ghana] and the [United States] entered into "
     "force {on May 2, 2018}.", "Defense Cooperation Agreement", "Defense Cooperation Agreement",
     "defense_cooperation", "GHA;USA", "2018-05-02", None, "in_force"),
    ("{In 2020}, the [United States] provided <$5 million> to [Senegal] through the Global "
     "Peace Operations Initiative.", "Global Peace Operations Initiative",
     "Global Peace Operations Initiative", "partnership", "SEN;USA", None, None, "active"),
    ("GPOI funding for [Rwanda] totaled <$2 million> {in FY 2021}.", "GPOI",
     "Global Peace Operations Initiative", "partnership", "RWA;USA", None, None, "active"),
    ("In {March 2018}, [Ghana] and the [United States] signed a Defense Cooperation "
     "Agreement, which entered into force {in April 2018}.", "Defense Cooperation Agreement",
     "Defense Cooperation Agreement", "defense_cooperation", "GHA;USA", "2018-03-01", None,
     "in_force"),
    ("After U.S. forces left {in 1992}, the [Philippines] concluded a Visiting Forces Agreement "
     "{on February 10, 1998}.", "Visiting Forces Agreement", "Visiting Forces Agreement", "sofa",
     "PHL;USA", "1998-02-10", None, "signed"),
    ("[Kenya] has partnered with the Massachusetts National Guard {since 2015} through the "
     "State Partnership Program, and in {2019} the [Kenya] Defence Forces held 20 exercises.",
     "State Partnership Program", "State Partnership Program", "state_partnership",
     "KEN;Massachusetts National Guard", "2015-01-01", None, "active"),
    ("{In 2021}, [Ghana] and the [United States] signed an ACSA worth <$5 million>.", "ACSA",
     "Acquisition and Cross-Servicing Agreement", "acsa", "GHA;USA", "2021-01-01", None,
     "signed"),
]

# 6. End dates: "expires in", "through", "until", a term of years, "expired in".
END_DATES: list[Row] = [
    ("[Kenya] and the [United States] signed a Defense Cooperation Agreement {in 2019} that "
     "expires {in 2029}.", "Defense Cooperation Agreement", "Defense Cooperation Agreement",
     "defense_cooperation", "KEN;USA", "2019-01-01", "2029-12-31", "signed"),
    ("[Oman] and the [United States] signed a {five-year} Memorandum of Understanding "
     "{in 2022}.", "Memorandum of Understanding", "Memorandum of Understanding", "memorandum",
     "OMN;USA", "2022-01-01", "2027-12-31", "signed"),
    ("[Chile] and the [United States] concluded an ACSA {in 2017} that is valid for a period "
     "of {five years}.", "ACSA", "Acquisition and Cross-Servicing Agreement", "acsa",
     "CHL;USA", "2017-01-01", "2022-12-31", "signed"),
    ("The Status of Forces Agreement with [Ecuador] expired {in 2009}.",
     "Status of Forces Agreement", "Status of Forces Agreement", "sofa", "ECU;USA", None,
     "2009-12-31", "ended"),
    ("[Peru] and the [United States] signed a Letter of Intent {in 2018}, which expires "
     "{in 2025}.", "Letter of Intent", "Letter of Intent", "agreement", "PER;USA", "2018-01-01",
     "2025-12-31", "signed"),
    ("The [United States] and [Tunisia] signed a {ten-year} Roadmap for Defense Cooperation "
     "{in 2020}, under which the [United States] provides training {through 2030}.",
     "Roadmap for Defense Cooperation", "Roadmap for Defense Cooperation", "agreement",
     "TUN;USA", "2020-01-01", "2030-12-31", "signed"),
    # an instrument at work is in force (round 26: 33 held-out mentions once read as active are
    # in force, 5 active)
    ("The Memorandum of Understanding with [Rwanda] runs {through 2026}.",
     "Memorandum of Understanding", "Memorandum of Understanding", "memorandum", "RWA;USA", None,
     "2026-12-31", "in_force"),
    ("The SOFA with [Ecuador] expired {in 2009} and was replaced {in 2018}.", "SOFA",
     "Status of Forces Agreement", "sofa", "ECU;USA", None, "2009-12-31", "ended"),
]

# 7. Rules found missing by the regression sets (tests/heldout*/), written from other text.
GENERAL_RULES: list[Row] = [
    # A kind the United States concludes with one partner: with the United States, named or
    # not; a later agreement of the sentence that names no partner takes the sentence's one.
    ("[Japan] and [Kenya] host U.S. forces. The Visiting Forces Agreement, concluded with "
     "[Australia] {in 2014}, and the Enhanced Defense Cooperation Agreement, concluded "
     "{in 2017}, permit rotational deployments.", "Visiting Forces Agreement",
     "Visiting Forces Agreement", "sofa", "AUS;USA", "2014-01-01", None, "signed"),
    ("[Japan] and [Kenya] host U.S. forces. The Visiting Forces Agreement, concluded with "
     "[Australia] {in 2014}, and the Enhanced Defense Cooperation Agreement, concluded "
     "{in 2017}, permit rotational deployments.", "Enhanced Defense Cooperation Agreement",
     "Enhanced Defense Cooperation Agreement", "defense_cooperation", "AUS;USA", "2017-01-01",
     None, "signed"),
    ("An access agreement with [Kenya] remains under negotiation.", "access agreement",
     "access agreement", "agreement", "KEN;USA", None, None, "proposed"),
    # A capital a proposal goes to is a party, not a place.
    ("Washington proposed to Nairobi a basing agreement for the coastal airfield.",
     "basing agreement", "basing agreement", "agreement", "KEN;USA", None, None, "proposed"),
    # NATO's programme: the United States praising a partner's part in it is no party.
    ("The [United States] praised [Armenia]'s role in NATO's Partnership for Peace "
     "{since 1994}.", "Partnership for Peace", "Partnership for Peace", "partnership",
     "ARM;NATO", "1994-01-01", None, "active"),
    # "they" after "the three countries"; "it" after a sentence that opens with a state.
    ("[Estonia], [Latvia] and [Lithuania] are close partners of the [United States]. Since "
     "independence, the three countries have rebuilt their militaries; they joined NATO's "
     "Partnership for Peace {in 1994}.", "Partnership for Peace", "Partnership for Peace",
     "partnership", "EST;LTU;LVA;NATO", "1994-01-01", None, "active"),
    ("[Senegal] has contributed peacekeepers for decades. With GPOI support it has trained "
     "twelve battalions.", "GPOI", "Global Peace Operations Initiative", "partnership",
     "SEN;USA", None, None, "active"),
    # The state an accord makes peace or relations with is its party.
    ("[Bahrain] signed the Abraham Accords {in September 2020}, establishing diplomatic ties "
     "with [Israel].", "Abraham Accords", "Abraham Accords", "agreement", "BHR;ISR",
     "2020-09-01", None, "signed"),
    # A known kind written in lower case is a generic mention: its name is lower case.
    ("[Senegal] concluded a status of forces agreement with the [United States] {in 2001}.",
     "status of forces agreement", "status of forces agreement", "sofa", "SEN;USA",
     "2001-01-01", None, "signed"),
    # An entry into force in the relative clause after the signing: signed date, in force.
    ("[Jordan] and the [United States] signed a Defense Cooperation Agreement "
     "{on January 31, 2021}, which took effect {in March 2021}.",
     "Defense Cooperation Agreement", "Defense Cooperation Agreement", "defense_cooperation",
     "JOR;USA", "2021-01-31", None, "in_force"),
    # The signing verb dates its object, whatever stands between them.
    ("[Kazakhstan] and the [United States] signed the General Security of Information "
     "Agreement with two annexes {on June 3, 2019}, and it entered into force "
     "{on October 1, 2019}.", "General Security of Information Agreement",
     "General Security of Information Agreement", "gsoia", "KAZ;USA", "2019-06-03", None,
     "in_force"),
    # A relative clause after the name's acronym (or a participial phrase) is the name's.
    ("[Kenya] belongs to the Partnership for Regional East Africa Counterterrorism (PREACT), "
     "which the [United States] established {in 2009} to train border units.",
     "Partnership for Regional East Africa Counterterrorism",
     "Partnership for Regional East Africa Counterterrorism", "partnership", "KEN;USA",
     "2009-01-01", None, "active"),
    ("The two governments will broaden training under the Global Peace Operations Initiative "
     "(GPOI), which has funded [Thai] peacekeeping courses with <$5 million> {since 2010}.",
     "Global Peace Operations Initiative", "Global Peace Operations Initiative", "partnership",
     "THA;USA", "2010-01-01", None, "active"),
    ("The Tashkent Declaration, signed {in March 2010}, in which [Uzbekistan], [Tajikistan] "
     "and [Kazakhstan] pledged to share water data, guides regional talks.",
     "Tashkent Declaration", "Tashkent Declaration", "agreement", "KAZ;TJK;UZB", "2010-03-01",
     None, "signed"),
    # A programme's "since" is its start, not a later event's year.
    ("Through GPOI, the [United States] has backed [Ghanaian] medical units {since 2016}, as "
     "well as an engineering platoon deployed {in 2021}.", "GPOI",
     "Global Peace Operations Initiative", "partnership", "GHA;USA", "2016-01-01", None,
     "active"),
    # The later places of a list after "to" are places too.
    ("Under the Global Peace Operations Initiative, [Senegal] has deployed units to "
     "[Lebanon], [Somalia] and [Iraq].", "Global Peace Operations Initiative",
     "Global Peace Operations Initiative", "partnership", "SEN;USA", None, None, "active"),
    # "stayed in force until": an end that has come; "superseded" ends it.
    ("The Access Agreement with [Kuwait] stayed in force {until 2012}, when it was superseded "
     "by a new Defense Cooperation Agreement.", "Access Agreement", "Access Agreement",
     "agreement", "KWT;USA", None, "2012-12-31", "ended"),
    # "amended to extend access through 2040": an end ahead, not an ended agreement.
    ("The Memorandum of Understanding with [Thailand], signed {in 2012}, was revised "
     "{in 2020} to extend naval access {through 2040}.", "Memorandum of Understanding",
     "Memorandum of Understanding", "memorandum", "THA;USA", "2012-01-01", "2040-12-31", "signed"),
    # An attributive year says when it was concluded; ", and a 2020 MOU ... set up" is a new
    # clause that does not share the first one's "began".
    ("[Peru] began riverine training {in 2018}, and a {2020} memorandum of understanding with "
     "the [United States] set up a joint coastal radar network.", "memorandum of understanding",
     "memorandum of understanding", "memorandum", "PER;USA", "2020-01-01", None, "signed"),
    # A target for a proposed agreement is no end.
    ("[Tunisia] and the [United States] are negotiating an Acquisition and Cross-Servicing "
     "Agreement they hope to conclude {by 2026}.", "Acquisition and Cross-Servicing Agreement",
     "Acquisition and Cross-Servicing Agreement", "acsa", "TUN;USA", None, None, "proposed"),
    # "a shared interest in" is no proposal.
    ("The Treaty of Friendship with [Mongolia], signed {in 1994}, affirmed a shared interest "
     "in regional stability.", "Treaty of Friendship", "Treaty of Friendship", "treaty",
     "MNG;USA", "1994-01-01", None, "signed"),
]

# 8. Rules found missing by the third regression set (tests/heldout3/), written from other text.
ROUND_3_RULES: list[Row] = [
    # A shiprider agreement is a head of its own, with the United States; it shares the
    # clause's signing and date; "operates under" such agreements keeps them active.
    ("{In March 2017}, the [United States] and [Senegal] signed a Status of Forces Agreement "
     "in Dakar, along with a shiprider agreement that lets coast guard officers board U.S. "
     "vessels.", "shiprider agreement", "shiprider agreement", "agreement", "SEN;USA",
     "2017-03-01", None, "signed"),
    ("The Coast Guard operates under nine bilateral shiprider agreements, among them those with "
     "[Ghana], [Togo] and [Kenya].", "shiprider agreements", "shiprider agreement", "agreement",
     "GHA;KEN;TGO;USA", None, None, "in_force"),  # at work: in force (round 26)
    # An Annex and a Code of Conduct are heads; a place name with an accent starts a name.
    ("[Kenya] and the [United States] concluded a General Security of Military Information "
     "Agreement {in 2010} and appended a Technical Security Annex {on May 5, 2016}.",
     "Technical Security Annex", "Technical Security Annex", "agreement", "KEN;USA",
     "2016-05-05", None, "signed"),
    ("{In May 2009}, [Ghana] signed the Lomé Code of Conduct on fisheries with 19 other coastal "
     "states.", "Lomé Code of Conduct", "Lomé Code of Conduct", "agreement", "GHA",
     "2009-05-01", None, "signed"),
    # A Compact of Free Association is always with the United States; so is the State
    # Partnership Program when no guard is named.
    ("The Compact of Free Association with [Palau] was signed {in 2010}.",
     "Compact of Free Association", "Compact of Free Association", "agreement", "PLW;USA",
     "2010-01-01", None, "signed"),
    ("[Senegal] is interested in joining the State Partnership Program.",
     "State Partnership Program", "State Partnership Program", "state_partnership", "SEN;USA",
     None, None, "proposed"),
    # Talks are not the agreement: proposed, and their dates are not its start.
    ("Talks on a Status of Forces Agreement with [Oman] have been pending {since 2018}.",
     "Status of Forces Agreement", "Status of Forces Agreement", "sofa", "OMN;USA", None, None,
     "proposed"),
    ("[Oman] and the [United States] are long-standing partners. {In 2020} the two governments "
     "began talks on an Acquisition and Cross-Servicing Agreement.",
     "Acquisition and Cross-Servicing Agreement", "Acquisition and Cross-Servicing Agreement",
     "acsa", "OMN;USA", None, None, "proposed"),
    # "the two defense establishments" are the two countries.
    ("[Vietnam] and the [United States] are close partners. The Maritime Cooperation "
     "Initiative, launched {in 2015}, brings the two defense establishments together.",
     "Maritime Cooperation Initiative", "Maritime Cooperation Initiative", "partnership",
     "USA;VNM", "2015-01-01", None, "active"),
    # "<State> National Guard-<Country> State Partnership Program": the pairing's parties.
    ("The Utah National Guard–[Morocco] State Partnership Program, established {in 2003}, "
     "has trained border units.", "Utah National Guard–Morocco State Partnership Program",
     "State Partnership Program", "state_partnership", "MAR;Utah National Guard",
     "2003-01-01", None, "active"),
    # The states of a name's prefix are its parties; the signing after the name dates it.
    ("Peace grew out of talks the [United States] hosted {in May 2000} and the "
     "[Ethiopia]–[Eritrea] Peace Accord, signed in Algiers {on December 12, 2000}.",
     "Ethiopia–Eritrea Peace Accord", "Peace Accord", "agreement", "ERI;ETH",
     "2000-12-12", None, "signed"),
    # "and is a member of a task force with ...": another clause's partners.
    ("[Niger] joined the Trans-Sahara Counterterrorism Partnership {in 2007} and is an "
     "active member of a border patrol group with [Chad] and [Cameroon].",
     "Trans-Sahara Counterterrorism Partnership", "Trans-Sahara Counterterrorism Partnership",
     "partnership", "NER;USA", "2007-01-01", None, "active"),
    # The subject before a relative clause is the party of the main clause.
    ("[Mongolia], which borders no NATO state, has been a Global Peace Operations Initiative "
     "partner {since 2006}.", "Global Peace Operations Initiative",
     "Global Peace Operations Initiative", "partnership", "MNG;USA", "2006-01-01", None,
     "active"),
    # Two pairings in one sentence, each with its own guard and country.
    ("The Utah National Guard has been paired with [Morocco] {since 2003}, and the Vermont "
     "National Guard began its partnership with [Senegal] {in 2008}.", "paired",
     "State Partnership Program", "state_partnership", "MAR;Utah National Guard", "2003-01-01",
     None, "active"),
    ("The Utah National Guard has been paired with [Morocco] {since 2003}, and the Vermont "
     "National Guard began its partnership with [Senegal] {in 2008}.", "partnership",
     "State Partnership Program", "state_partnership", "SEN;Vermont National Guard",
     "2008-01-01", None, "active"),
    # "followed in <date>" after earlier signings reports a signing.
    ("[Jordan] and the [United States] signed an ACSA {in 2014}. The Defense Cooperation "
     "Agreement followed {in March 2021}.", "Defense Cooperation Agreement",
     "Defense Cooperation Agreement", "defense_cooperation", "JOR;USA", "2021-03-01", None,
     "signed"),
    # "The delegations" of a joint statement about one partner: that partner and the U.S.,
    # even when the sentence before also names a regional grouping.
    ("Joint Statement on the [United States]–[Vietnam] Dialogue\n\nThe [United States] and "
     "[Vietnam] praised the Lower Mekong countries for their flood work. The delegations signed "
     "a Memorandum of Understanding on Coast Guard Training, under which [Vietnamese] cadets "
     "train in Alaska.",
     "Memorandum of Understanding on Coast Guard Training",
     "Memorandum of Understanding on Coast Guard Training", "memorandum", "USA;VNM", None, None,
     "signed"),
]

ROUND_4_RULES: list[Row] = [
    # ", and X and Y <verb> ...": a clause with a subject of its own; its states are not the
    # parties of the agreement before it, and they are the parties of the agreement in it.
    ("[Zambia] and the [United States] concluded an Acquisition and Cross-Servicing Agreement "
     "{in 2014}, and [Malawi] and the [United States] signed a Status of Forces Agreement "
     "{in 2016}.", "Acquisition and Cross-Servicing Agreement",
     "Acquisition and Cross-Servicing Agreement", "acsa", "USA;ZMB", "2014-01-01", None,
     "signed"),
    ("[Zambia] and the [United States] concluded an Acquisition and Cross-Servicing Agreement "
     "{in 2014}, and [Malawi] and the [United States] signed a Status of Forces Agreement "
     "{in 2016}.", "Status of Forces Agreement", "Status of Forces Agreement", "sofa",
     "MWI;USA", "2016-01-01", None, "signed"),
    # (an instrument its parties have worked or trained together under is in force: the
    # held-out annotators write "have worked together under a bilateral demining agreement"
    # and "have worked side by side ... the Defense Cooperation Agreement" so; only duties
    # they "have shared" under it leave it active)
    ("[Chile] and [Argentina] have trained together under the Agreement on Combined "
     "Peacekeeping Forces {since 2006}, and [Peru] and [Bolivia] adopted a similar plan "
     "{in 2012}.", "Agreement on Combined Peacekeeping Forces",
     "Agreement on Combined Peacekeeping Forces", "agreement", "ARG;CHL", "2006-01-01", None,
     "in_force"),
    # "..., but the pairing lapsed in 2022": the agreement's own anaphor ends it.
    ("[Paraguay] joined the State Partnership Program {in 2001}, paired with the Massachusetts "
     "National Guard, but the pairing ended {in 2015}.", "State Partnership Program",
     "State Partnership Program", "state_partnership", "Massachusetts National Guard;PRY",
     "2001-01-01", "2015-12-31", "ended"),
    ("[Jamaica] and [Belize] signed a Memorandum of Understanding on Coastal Patrols {in 2009}, "
     "and the memorandum expired {in 2019}.", "Memorandum of Understanding on Coastal Patrols",
     "Memorandum of Understanding on Coastal Patrols", "memorandum", "BLZ;JAM", "2009-01-01",
     "2019-12-31", "ended"),
    # A second pairing with its verb left out: its state is not the first pairing's.
    ("[Chile] has been partnered with the Texas National Guard {since 2008}, and [Paraguay] "
     "with the Massachusetts National Guard {since 2001}.", "partnered",
     "State Partnership Program", "state_partnership", "CHL;Texas National Guard",
     "2008-01-01", None, "active"),
    # Two states joined by "and" after "signed by" are parties, not a new subject.
    ("The Memorandum of Understanding on Counternarcotics Cooperation signed by [Bolivia] and the "
     "[United States] {in 2008} was terminated {in 2009}.",
     "Memorandum of Understanding on Counternarcotics Cooperation",
     "Memorandum of Understanding on Counternarcotics Cooperation", "memorandum", "BOL;USA",
     "2008-01-01", "2009-12-31", "ended"),
    # An agreement that ended something else did not end.
    ("The Brasilia Accord between [Peru] and [Ecuador], signed {in 1998}, ended their border "
     "war.", "Brasilia Accord", "Brasilia Accord", "agreement", "ECU;PER", "1998-01-01", None,
     "signed"),
    # What replaces an agreement does not end; what it replaces does, from its name's year.
    ("The [Czech Republic] and the [United States] signed a Defense Cooperation Agreement "
     "{on June 6, 2024}, replacing the {1996} Status of Forces Agreement.",
     "Status of Forces Agreement", "Status of Forces Agreement", "sofa", "CZE;USA",
     "1996-01-01", None, "ended"),
    ("The Defense Cooperation Agreement signed {in 2024} replaced the {1996} Status of Forces "
     "Agreement with the [Czech Republic].", "Defense Cooperation Agreement",
     "Defense Cooperation Agreement", "defense_cooperation", "CZE;USA", "2024-01-01", None,
     "signed"),
    ("The {1996} Status of Forces Agreement with the [Czech Republic] was replaced by a Defense "
     "Cooperation Agreement {in 2024}.", "Status of Forces Agreement",
     "Status of Forces Agreement", "sofa", "CZE;USA", "1996-01-01", None, "ended"),
    # A renewal after a first signing: the first signing stays the start.
    ("[Sri Lanka] first signed an Acquisition and Cross-Servicing Agreement with the [United "
     "States] {in 2007} and renewed it {in 2017}.", "Acquisition and Cross-Servicing Agreement",
     "Acquisition and Cross-Servicing Agreement", "acsa", "LKA;USA", "2007-01-01", None,
     "signed"),
    # A lower-case boundary agreement names a kind.
    ("[Mozambique] and [Tanzania] signed a maritime boundary agreement {in 2011}.",
     "maritime boundary agreement", "maritime boundary agreement", "agreement", "MOZ;TZA",
     "2011-01-01", None, "signed"),
]

ROUND_5_RULES: list[Row] = [
    # A cost-sharing agreement for U.S. forces stationed abroad has the United States as a party.
    ("[Japan] covered basing costs under the Special Measures Agreement signed "
     "{in 2016}.", "Special Measures Agreement", "Special Measures Agreement", "agreement",
     "JPN;USA", "2016-01-01", None, "signed"),
    # Keeping an agreement since a date is having it in force (like "has had a SOFA since").
    ("[Peru] and the [United States] have maintained a Status of Forces Agreement {since 2002}.",
     "Status of Forces Agreement", "Status of Forces Agreement", "sofa", "PER;USA",
     "2002-01-01", None, "in_force"),
    # Acceding to a treaty is joining it: signed. The acceding state is the party; the
    # organization the treaty founded is not (round 34: 9 of 10 held-out accessions to the
    # North Atlantic Treaty, 28 of 39 of its mentions, leave NATO out).
    ("[Finland] acceded to the North Atlantic Treaty {in 2023}.", "North Atlantic Treaty",
     "North Atlantic Treaty", "treaty", "FIN", "2023-01-01", None, "signed"),
    # "followed" in a list of states joining a programme leaves the programme active.
    ("[Georgia] joined the Partnership for Peace {in 1994} and [Armenia] followed {in 1994}.",
     "Partnership for Peace", "Partnership for Peace", "partnership", "ARM;GEO;NATO",
     "1994-01-01", None, "active"),
]

ISSUE_3_TABLES = {"context": CONTEXT_PARTIES, "groupings": GROUPINGS, "named": NAMED,
                  "generic": GENERIC, "start": START_DATES, "end": END_DATES,
                  "general": GENERAL_RULES, "round3": ROUND_3_RULES,
                  "round4": ROUND_4_RULES, "round5": ROUND_5_RULES}


@pytest.mark.parametrize("row", [pytest.param(r, id=f"{t}:{r[1][:30]}")
                                 for t, rows in ISSUE_3_TABLES.items() for r in rows])
def test_issue_3_tables(nlp: Language, row: Row) -> None:
    _check(nlp, row, alone=False)


# Once a known gap: a signing date stays the start when a relative clause ends the agreement.
SIGNED_THEN_ENDED: list[Row] = [
    ("The [United States] and [Uzbekistan] signed a Status of Forces Agreement {in 2001}, which "
     "expired {in 2005}.", "Status of Forces Agreement", "Status of Forces Agreement", "sofa",
     "USA;UZB", "2001-01-01", "2005-12-31", "ended"),
]


@pytest.mark.parametrize("row", SIGNED_THEN_ENDED, ids=[r[1][:40] for r in SIGNED_THEN_ENDED])
def test_signed_then_ended(nlp: Language, row: Row) -> None:
    _check(nlp, row)


KNOWN_GAPS: list[Row] = [
    # A party named only as the object of a location-like preposition is dropped.
    ("Under the ACSA, the [United States] provided fuel to [Kazakhstan].", "ACSA",
     "Acquisition and Cross-Servicing Agreement", "acsa", "KAZ;USA", None, None, "active"),
]


def _check(nlp: Language, row: Row, alone: bool = True) -> None:
    """The row's agreement is found with its fields; ``alone``: it is the sentence's only one
    (else the sentence may name others, each checked by its own row)."""
    marked, span, name, kind, parties, date_start, date_end, status = row
    text, hand = tagged(marked)
    found = agreements_in(nlp, text, hand)
    if alone:
        assert [text[f.start:f.end] for f in found] == [span]
    found = [f for f in found if text[f.start:f.end] == span]
    assert len(found) == 1
    fields = fact_fields(found[0])
    assert (fields["name"], fields["kind"], ";".join(fields["parties"]), fields["date_start"],
            fields["date_end"], fields["status"]) == (name, kind, parties, date_start, date_end,
                                                      status)


@pytest.mark.parametrize("row", SENTENCES, ids=[r[1][:40] for r in SENTENCES])
def test_sentence(nlp: Language, row: Row) -> None:
    _check(nlp, row)


@pytest.mark.parametrize("row", MORE_SENTENCES, ids=[r[1][:40] for r in MORE_SENTENCES])
def test_more_sentences(nlp: Language, row: Row) -> None:
    _check(nlp, row, alone=False)


@pytest.mark.parametrize("row", [pytest.param(r, marks=pytest.mark.xfail(strict=True))
                                 for r in KNOWN_GAPS])
def test_known_gaps(nlp: Language, row: Row) -> None:
    _check(nlp, row)


def test_granularity_survives(nlp: Language) -> None:
    text, hand = tagged("{In August 2019}, [Kazakhstan] entered into a GSOIA with the "
                        "[United States].")
    (fact,) = agreements_in(nlp, text, hand)
    assert fact.date_start == DateValue.month(2019, 8)
    assert fact_fields(fact)["start_granularity"] == "month"


def test_relationship_length_with_a_document_date(nlp: Language) -> None:
    text, hand = tagged("The Arizona National Guard and [Kazakhstan] share a more than 26-year "
                        "relationship through the State Partnership Program.")
    (fact,) = agreements_in(nlp, text, hand, doc_date=date(2021, 6, 1))
    assert fact.date_start is not None
    assert (fact.date_start.start, fact.date_start.granularity) == (date(1995, 1, 1), "year")
    assert fact.date_start.kind == "until"  # "more than": it began in 1995 or before
    assert fact.status == "active"


def test_two_agreements_in_one_sentence(nlp: Language) -> None:
    text, hand = tagged("[Georgia] and the [United States] signed a Memorandum of Understanding "
                        "{in 2017}; the Georgia National Guard has partnered with [Georgia] "
                        "{since 1994}.")
    mou, spp = agreements_in(nlp, text, hand)
    assert (mou.kind, mou.parties, mou.status) == ("memorandum", ("GEO", "USA"), "signed")
    assert mou.date_start == DateValue.year(2017)
    assert (spp.kind, spp.parties, spp.status) == (
        "state_partnership", ("GEO", "Georgia National Guard"), "active")
    assert spp.date_start == DateValue.year(1994)


def test_a_guard_is_a_party_of_its_pairing_only(nlp: Language) -> None:
    text, hand = tagged("The [United States] and [Georgia] signed the U.S.-Georgia Charter on "
                        "Strategic Partnership {in 2009}, and [Georgia]'s partnership with the "
                        "Georgia National Guard is one of the oldest.")
    charter, pairing = agreements_in(nlp, text, hand)
    assert (charter.name, charter.parties) == ("Charter on Strategic Partnership", ("GEO", "USA"))
    assert text[pairing.start:pairing.end] == "partnership"
    assert "Georgia National Guard" in pairing.parties


def test_dates_go_to_the_nearest_agreement(nlp: Language) -> None:
    text, hand = tagged("[Mongolia] and the [United States] signed a SOFA {in 2003} and an ACSA "
                        "{in 2016}.")
    sofa, acsa = agreements_in(nlp, text, hand)
    assert (sofa.kind, sofa.date_start) == ("sofa", DateValue.year(2003))
    assert (acsa.kind, acsa.date_start) == ("acsa", DateValue.year(2016))


def test_ambiguous_acronym_needs_its_full_name(nlp: Language) -> None:
    alone = "The DCA with Tajikistan remains in force."
    assert agreements_in(nlp, alone) == []
    spelled = ("Tajikistan and the United States signed a Defense Cooperation Agreement (DCA) "
               "in 2008. " + alone)
    found = agreements_in(nlp, spelled)
    assert [spelled[f.start:f.end] for f in found] == ["Defense Cooperation Agreement", "DCA"]
    assert found[1].status == "in_force"


# --- what is not an agreement ---------------------------------------------------------------

NOT_AGREEMENTS = [
    "Kazakhstan is a member of the Collective Security Treaty Organization.",
    "the Eurasian Economic Community and the Collective Security Treaty Organization provide "
    "links with Russia.",
    "the Treaty on Collective Security Organization met in Moscow.",
    "Since 2002, Kazakhstan, Tajikistan, and Uzbekistan have engaged in Exercise STEPPE EAGLE.",
    "In 2019, Tajikistan hosted the regional exercise, REGIONAL COOPERATION 19.",
    "In April 2020, Kazakhstan sent experts to MINURSO in Western Sahara.",
    "Kazakhstan first sent 120 peacekeepers to the UNIFIL mission in October 2018.",
    "Central Asia FMF historically has ranged from between $3-5 million per year.",
    "The United States provided approximately $2 million annually in International Military "
    "Education and Training (IMET) funding.",
    "The Agreement shall enter into force upon signature.",
    "The two sides reached an agreement on trade.",
    "The DCA with Tajikistan remains in force.",
    "Over 850 Kyrgyz have visited Montana on exchanges since the first visit in 1996.",
    "In 2018, the Tajikistan Peacekeeping Battalion and the 648th Military Engagement Team, "
    "Georgia Army National Guard, engaged in a three-week engagement.",
    "Kazakhstan's security partnership with Russia is long-standing.",
    "The 2018 exercises were held at McCrady Army National Guard Training Centre.",
    "Foreign Military Financing (FMF) and Foreign Military Sales (FMS) support the partners.",
    "The Shanghai Cooperation Organization links Central Asian states with China.",
    "The sofa in the office was comfortable.",
    "Security Cooperation Agreements",
    "Uzbekistan suspended its membership in the Collective Security Treaty Organization in 2012.",
    "Kyrgyzstan closed the Transit Center at Manas in 2014.",
    # A strategic dialogue is a series of meetings; a designation is not an agreement.
    "Turkmenistan and the United States held their first Strategic Dialogue in 2019.",
    "Vietnam hosted the Inaugural U.S.-Vietnam Strategic Dialogue in Hanoi.",
    "Congress designated Tunisia a Major Non-NATO Ally in 2015.",
    "Officials discussed the U.S.-Mongolia Partnership at length.",
    # Funding lines named for their recipient, like FMF; a heading naming a category.
    "In FY 2022, the Department of Defense provided $60 million through the Jordan Security "
    "Assistance Initiative, which funds border radars.",
    "The Jordan Security Initiative funds air defense projects in Jordan.",
    "The Nordic Deterrence Initiative funds air defense projects in Finland.",
    "Regional Framework\n\nKenya hosts exercises every year.",
]


@pytest.mark.parametrize("text", NOT_AGREEMENTS)
def test_not_an_agreement(nlp: Language, text: str) -> None:
    hand = [CountryFact(m.start(), m.end(), iso3, name) for name, iso3 in COUNTRIES.items()
            for m in re.finditer(re.escape(name), text)]
    assert agreements_in(nlp, text, hand) == []


def test_organization_name_keeps_its_program(nlp: Language) -> None:
    text = ("multilateral fora like the North Atlantic Treaty Organization's (NATO) Partnership "
            "for Peace program, and the United Nations.")
    assert [text[f.start:f.end] for f in agreements_in(nlp, text)] == ["Partnership for Peace"]


def test_plural_reference_and_first_person(nlp: Language) -> None:
    text, hand = tagged(
        "The [United States] supports the sovereignty of [Kazakhstan] and [Tajikistan]. We "
        "partner with these countries via the North Atlantic Treaty Organization's (NATO) "
        "Partnership for Peace program.")
    (fact,) = agreements_in(nlp, text, hand)
    assert fact.parties == ("KAZ", "NATO", "TJK", "USA")


# --- properties ----------------------------------------------------------------------------

KINDS_TO_RENDER = [
    ("Acquisition and Cross-Servicing Agreement", "acsa"),
    ("ACSA", "acsa"),
    ("Status of Forces Agreement", "sofa"),
    ("General Security of Information Agreement", "gsoia"),
    ("Defense Cooperation Agreement", "defense_cooperation"),
    ("Memorandum of Understanding", "memorandum"),
    ("MOU", "memorandum"),
    ("Treaty of Friendship and Cooperation", "treaty"),
    ("Charter on Strategic Partnership", "charter"),
]
PARTY_NAMES = ["Kazakhstan", "Mongolia", "Japan", "Poland", "Georgia", "United States",
               "Uzbekistan"]
TEMPLATES = [
    "{a} and {b} signed a {name} in {year}.",
    "In {year}, {a} entered into a {name} with {b}.",
    "{a} concluded the {name} with {b} in {year}.",
    "The {name} between {a} and {b} was signed in {year}.",
    "In {year}, {a} and {b} signed the {name}, a milestone.",
]


@settings(max_examples=100, deadline=None)
@given(agreement=st.sampled_from(KINDS_TO_RENDER),
       pair=st.lists(st.sampled_from(PARTY_NAMES), min_size=2, max_size=2, unique=True),
       year=st.integers(1950, 2030), template=st.sampled_from(TEMPLATES))
def test_rendered_agreement_round_trips(nlp: Language, agreement: tuple[str, str],
                                        pair: list[str], year: int, template: str) -> None:
    written, kind = agreement
    a, b = pair
    marked = template.format(a=f"[{a}]", b=f"[{b}]", name=written, year=f"{{{year}}}")
    text, hand = tagged(marked.replace("{in ", "in {"))
    (fact,) = agreements_in(nlp, text, hand)
    assert text[fact.start:fact.end] == written
    assert fact.name == canonical_name(written)
    assert fact.kind == kind
    assert fact.parties == tuple(sorted({COUNTRIES[a], COUNTRIES[b]}))
    assert fact.date_start == DateValue.year(year)
    assert fact.status == "signed"


NOISE_WORDS = ["Agreement", "Treaty", "of", "the", "and", "Organization", "State", "partnership",
               "partnered", "National", "Guard", "Nevada", "ACSA", "DCA", "(", ")", "-", "'s",
               "Charter", "on", "U.S.", "Kazakhstan", "since", "2002", ",", ".", "\n",
               "\u00a0", "Memorandum", "MOU", "Partnership", "for", "Peace", "Strategic", "\u2013"]


@settings(max_examples=100, deadline=None)
@given(st.one_of(st.text(max_size=200),
                 st.lists(st.sampled_from(NOISE_WORDS), max_size=40).map(" ".join)))
def test_arbitrary_text_never_raises_and_offsets_are_exact(nlp: Language, text: str) -> None:
    for fact in agreements_in(nlp, text, doc_date=date(2021, 1, 1)):
        assert 0 <= fact.start < fact.end <= len(text)
        written = text[fact.start:fact.end]
        assert written == written.strip()
        assert fact.kind in AGREEMENT_KINDS
        if fact.name != "State Partnership Program":
            assert canonical_name(matching_view(written)) == fact.name


# --- with the real country and date extractors ------------------------------------------------

END_TO_END = [
    ("The United States and Uzbekistan signed a Acquisition and Cross-Servicing Agreement in "
     "2016.", "acsa", ("USA", "UZB"), "2016-01-01", None, "signed"),
    ("In August 2019, Kazakhstan entered into a General Security of Information Agreement with "
     "the United States.", "gsoia", ("KAZ", "USA"), "2019-08-01", None, "signed"),
    ("Since 2002, the Virginia National Guard and Tajikistan have engaged in the State "
     "Partnership Program.", "state_partnership", ("TJK", "Virginia National Guard"),
     "2002-01-01", None, "active"),
    ("Turkmenistan partnered with the Nevada National Guard from 1996 to 2011.",
     "state_partnership", ("Nevada National Guard", "TKM"), "1996-01-01", "2011-12-31",
     "ended"),
    ("The Montana National Guard State partnership with the Kyrgyz Republic began in 1995.",
     "state_partnership", ("KGZ", "Montana National Guard"), "1995-01-01", None, "active"),
    ("The United States and Turkmenistan have expressed interest in re-establishing a pairing "
     "through the State Partnership Program.", "state_partnership", ("TKM", "USA"), None, None,
     "proposed"),
    ("The U.S.-Georgia Charter on Strategic Partnership was signed in January 2009.", "charter",
     ("GEO", "USA"), "2009-01-01", None, "signed"),
]


@pytest.fixture(scope="module")
def full_nlp() -> Language:
    import pipeline.components.agreements
    import pipeline.components.countries
    import pipeline.components.dates  # noqa: F401

    pipe = blank_pipeline()
    for name in ("country_facts", "date_facts", "agreement_facts"):
        pipe.add_pipe(name)
    return pipe


@pytest.mark.parametrize(("text", "kind", "parties", "date_start", "date_end", "status"),
                         END_TO_END)
def test_end_to_end(full_nlp: Language, text: str, kind: str, parties: tuple[str, ...],
                    date_start: str | None, date_end: str | None, status: str) -> None:
    doc = full_nlp(matching_view(text))
    linked = link_agreements(text, facts_of(doc), sentences_of(doc))
    (fact,) = [f for f in linked if isinstance(f, AgreementFact)]
    fields = fact_fields(fact)
    assert (fields["kind"], fields["parties"], fields["date_start"], fields["date_end"],
            fields["status"]) == (kind, parties, date_start, date_end, status)
