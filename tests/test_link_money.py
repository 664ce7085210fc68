"""Linking amounts to their program, fiscal year and countries (pipeline/link_money.py).

Country mentions are built by hand here (the country component is tested on its own); money
facts come from the money component, sentences from the blank pipeline.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

import pipeline.components.money  # noqa: F401  (registers "money_facts")
from pipeline.components import facts_of
from pipeline.facts import CountryFact, DateFact, Fact, MoneyFact
from pipeline.link_money import clauses_of, fiscal_year_mentions, link_money, program_mentions
from pipeline.nlp import blank_pipeline, sentences_of
from pipeline.textview import matching_view
from pipeline.values import Amount, DateValue

COUNTRIES = {"United States": "USA", "U.S.": "USA", "Kazakhstan": "KAZ", "Kyrgyz Republic": "KGZ",
             "Kyrgyzstan": "KGZ", "Tajikistan": "TJK", "Uzbekistan": "UZB", "Georgia": "GEO",
             "Turkmenistan": "TKM", "Mongolia": "MNG", "Egypt": "EGY", "Jordan": "JOR",
             "Israel": "ISR", "Morocco": "MAR", "Tunisia": "TUN", "Estonia": "EST",
             "Latvia": "LVA", "Lithuania": "LTU", "Vietnam": "VNM", "Cambodia": "KHM",
             "Senegal": "SEN", "Niger": "NER", "Chad": "TCD", "Syrian": "SYR", "Iraqi": "IRQ",
             "Russia": "RUS", "China": "CHN", "Australia": "AUS", "Ghana": "GHA",
             "Lebanese": "LBN", "Ukraine": "UKR", "Moldova": "MDA", "Armenia": "ARM",
             "Chile": "CHL", "Chilean": "CHL", "Peru": "PER", "Peruvian": "PER",
             "Colombia": "COL", "Brazil": "BRA", "Brazilian": "BRA", "Ecuador": "ECU",
             "Argentina": "ARG", "Argentine": "ARG", "Lebanon": "LBN"}
_NLP: list[Language] = []


def nlp() -> Language:
    if not _NLP:
        pipe = blank_pipeline()
        pipe.add_pipe("money_facts")
        _NLP.append(pipe)
    return _NLP[0]


def country_facts(text: str) -> list[CountryFact]:
    names = sorted(COUNTRIES, key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")(?![A-Za-z])")
    return [CountryFact(m.start(), m.end(), COUNTRIES[m.group()], m.group())
            for m in pattern.finditer(text)]


def linked(text: str, extra: list[Fact] | None = None) -> dict[str, MoneyFact]:
    doc = nlp()(matching_view(text))
    facts: list[Fact] = [*country_facts(text), *facts_of(doc), *(extra or [])]
    out = link_money(text, facts, sentences_of(doc))
    return {text[f.start:f.end]: f for f in out if isinstance(f, MoneyFact)}


DCS = ("In fiscal year 2019, the authorized DCS value was $5,473,009 for Kazakhstan, $2,562,694 "
       "for the Kyrgyz Republic, and $1,337,794 for Uzbekistan.")
FMF = ("Central Asia FMF historically has ranged from between $3-5 million per year, though "
       "Congress appropriated $10 million in FY 2021.")

# text, span, fiscal_year, countries, program
LinkRow = tuple[str, str, int | None, tuple[str, ...], str]
FROM_THE_DOCUMENTS: list[LinkRow] = [
    ("The United States has $79 million in open government-to-government sales cases with the "
     "Central Asian states under the Foreign Military Sales (FMS) system.",
     "$79 million", None, (), "FMS"),
    ("Uzbekistan is purchasing equipment, valued at $40 million, for its armed forces through a "
     "combination of national funds and Foreign Military Financing (FMF).",
     "$40 million", None, ("UZB",), "FMF"),
    (FMF, "$3-5 million", None, (), "FMF"),
    (FMF, "$10 million", 2021, (), "FMF"),
    ("Over the past five years the United States provided approximately $2 million annually in "
     "International Military Education and Training (IMET) funding to the five Central Asian "
     "states.", "$2 million", None, (), "IMET"),
    (DCS, "$5,473,009", 2019, ("KAZ",), "DCS"),
    (DCS, "$2,562,694", 2019, ("KGZ",), "DCS"),
    (DCS, "$1,337,794", 2019, ("UZB",), "DCS"),
    ("Since 2011, the United States has invested over $4 million to prevent proliferation, "
     "support regional security, and to build national capacity through a military stockpile "
     "reduction initiative in Kyrgyzstan.", "$4 million", None, ("KGZ",), ""),
    ("From 2007 to present, Kazakhstan, the Kyrgyz Republic, and Tajikistan have received $16.2 "
     "million to support peacekeeping capacity building via the Global Peace Operations "
     "Initiative (GPOI).", "$16.2 million", None, ("KAZ", "KGZ", "TJK"), "GPOI"),
]

EXBS = ("Congress appropriated $10 million in FY2021 and $12 million in FY2022 for EXBS programs "
        "in Kazakhstan.")
EGYPT = ("Egypt receives $1.3 billion in FMF annually, and Jordan received $425 million in "
         "FY2021.")
MIXED = "Kazakhstan received $5 million in FMF and $3 million in IMET went to Uzbekistan."

INVENTED: list[LinkRow] = [
    (EXBS, "$10 million", 2021, ("KAZ",), "EXBS"),
    (EXBS, "$12 million", 2022, ("KAZ",), "EXBS"),
    (MIXED, "$5 million", None, ("KAZ",), "FMF"),
    (MIXED, "$3 million", None, ("UZB",), "IMET"),
    ("The United States provided $5 million to Georgia.", "$5 million", None, ("GEO",), ""),
    ("Foreign buyers spent $2 billion in the United States.", "$2 billion", None, ("USA",), ""),
    ("The United States and Kazakhstan signed a $5 million deal.", "$5 million", None, ("KAZ",),
     ""),
    ("The U.S. gave $5 million.", "$5 million", None, (), ""),
    # the program is not carried to the next sentence; its subject country is ("It")
    ("Kazakhstan receives FMF every year. It got $5 million in 2020.", "$5 million", None,
     ("KAZ",), ""),
    ("In fiscal year (FY) 2018, Mongolia received $1.2 million in PKO funds.", "$1.2 million",
     2018, ("MNG",), "PKO"),
    ("Georgia received $20 million in FY19 FMF.", "$20 million", 2019, ("GEO",), "FMF"),
    ("The FY-2020 request includes $3 million for Tajikistan.", "$3 million", 2020, ("TJK",), ""),
    ("Fiscal 2017 funding reached $800,000 for Turkmenistan.", "$800,000", 2017, ("TKM",), ""),
    ("Over FY2019-2021, the United States provided $30 million in GPOI support.", "$30 million",
     None, (), "GPOI"),
    ("In FY 2020, Congress provided $5 million, but the request was $7 million.", "$7 million",
     2020, (), ""),
    ("DoD notified $12.5 million under Section 333 for Tajikistan's border forces.",
     "$12.5 million", None, ("TJK",), "Section 333"),
    ("the united states provided $3 million in foreign military financing.", "$3 million", None,
     (), "FMF"),
    ("The U.N. spent $6 billion on peacekeeping operations.", "$6 billion", None, (), ""),
    ("The EXBS program provided $2 million to Kazakhstan and Uzbekistan, not Georgia.",
     "$2 million", None, ("KAZ", "UZB"), "EXBS"),
    ("EDA worth $14 million went to Kazakhstan; Uzbekistan received $2 million in IMET.",
     "$14 million", None, ("KAZ",), "EDA"),
    ("EDA worth $14 million went to Kazakhstan; Uzbekistan received $2 million in IMET.",
     "$2 million", None, ("UZB",), "IMET"),
    ("Georgia received $20 million in FMF in FY2018 and $25 million in FY2019.",
     "$25 million", 2019, ("GEO",), "FMF"),
    ("Section 1206 funds of $9 million and Foreign Military Financing of $4 million reached "
     "Georgia.", "$9 million", None, ("GEO",), "Section 1206"),
    ("Section 1206 funds of $9 million and Foreign Military Financing of $4 million reached "
     "Georgia.", "$4 million", None, ("GEO",), "FMF"),
    (EGYPT, "$1.3 billion", None, ("EGY",), "FMF"),
    # Jordan's amount is not tied to FMF: the program is attached to Egypt's amount only.
    (EGYPT, "$425 million", 2021, ("JOR",), ""),
    # The total only includes FMF's share, stated apart (tests/gold/README.md): not FMF's.
    ("The United States committed $2.5 billion, including $1 billion in FMF, to Israel.",
     "$2.5 billion", None, ("ISR",), ""),
    ("Between FY2017 and FY2021, State provided nearly $60 million in EXBS assistance.",
     "$60 million", None, (), "EXBS"),
]


# The program only when the text attaches it to the amount.
PROGRAM_ATTACHED: list[LinkRow] = [
    ("Since 2018, Washington has given over $90 million in security aid to Moldova, including "
     "EXBS-funded scanners.", "$90 million", None, ("MDA",), ""),
    ("From $2 million to $3 million paid for coast guard courses, and IMET also covered pilot "
     "training.", "$2 million to $3 million", None, (), ""),
    ("The $640 million in overall assistance since 2014 covers FMF and IMET.", "$640 million",
     None, (), ""),
    ("A total of $75 million reached Ukraine through FMF and EDA.", "$75 million", None,
     ("UKR",), ""),
    ("USD 4 million for customs posts came from the Commerce Department, alongside INCLE grants.",
     "USD 4 million", None, (), ""),
    ("Washington provided $12 million in FMF and IMET to Tunisia.", "$12 million", None,
     ("TUN",), ""),
    ("Ghana obtained $6 million in combined assistance, with GPOI paying for a training site.",
     "$6 million", None, ("GHA",), ""),
    ("Senegal got $9 million in FMF, and Niger received $4 million for border posts.",
     "$4 million", None, ("NER",), ""),
    ("IMET of $1.1 million trained Chad's officers.", "$1.1 million", None, ("TCD",), "IMET"),
    ("FMF totaling $22 million went to Tunisia.", "$22 million", None, ("TUN",), "FMF"),
    ("Armenia also took part in the EXBS program: $700,000 bought radiation detectors.",
     "$700,000", None, ("ARM",), "EXBS"),
    ("Tunisia was granted $14 million through the FMF program.", "$14 million", None, ("TUN",),
     "FMF"),
    ("Tunisia was granted $14 million in Foreign Military Financing for patrol boats.",
     "$14 million", None, ("TUN",), "FMF"),
    ("The Global Peace Operations Initiative gave Ghana $3 million for a peacekeeping school.",
     "$3 million", None, ("GHA",), "GPOI"),
]

# Foreign Military Sales, however the sentence names it.
FMS_NAMED: list[LinkRow] = [
    ("Morocco has 95 open FMS cases valued at $8.1 billion.", "$8.1 billion", None, ("MAR",),
     "FMS"),
    ("Tunisia has $950 million in active sales cases with the United States.", "$950 million",
     None, ("TUN",), "FMS"),
    ("Tunisia holds $950 million in government-to-government sales.", "$950 million", None,
     ("TUN",), "FMS"),
    ("Through the Foreign Military Sales program, Morocco has bought tanks and trucks valued "
     "at $1.2 billion.", "$1.2 billion", None, ("MAR",), "FMS"),
    ("Under FMS, Tunisia has bought helicopters worth $310 million.", "$310 million", None,
     ("TUN",), "FMS"),
    # the program right after the amount, as the modifier of a noun
    ("In May 2021, Chile signed a $640 million Foreign Military Sales (FMS) case for radars.",
     "$640 million", None, ("CHL",), "FMS"),
    ("Peru added a $52 million FMS purchase of patrol boats.", "$52 million", None, ("PER",),
     "FMS"),
]

# A capital standing for its government is the country an amount is about; a place is not.
CAPITALS: list[LinkRow] = [
    ("State approved a possible sale to Hanoi of patrol boats valued at $90 million.",
     "$90 million", None, ("VNM",), ""),
    ("In May 2022, Canberra signed a $1.2 billion FMS case for missiles.", "$1.2 billion", None,
     ("AUS",), "FMS"),
    ("At a ceremony in Hanoi, Washington pledged $12 million for demining.", "$12 million", None,
     (), ""),
    ("The OSCE Minsk Group received $3 million in support.", "$3 million", None, (), ""),
]

# An amount compared with the one before it is about the same program, not the next one's.
COMPARED: list[LinkRow] = [
    ("In FY 2024, Ghana received $7 million in FMF (up from $3.5 million in FY 2022) and "
     "$400,000 in IMET.", "$3.5 million", 2022, ("GHA",), "FMF"),
    ("Senegal's IMET reached $800,000 in FY 2023, compared with $500,000 in FY 2020, and "
     "$2 million in EXBS funds.", "$500,000", 2020, ("SEN",), "IMET"),
]

# Countries: listed recipients, the subject, never another clause's country or a mere place.
COUNTRIES_OF: list[LinkRow] = [
    ("Washington provides $20 million to $30 million a year for Estonia, Latvia, and "
     "Lithuania.", "$20 million to $30 million", None, ("EST", "LTU", "LVA"), ""),
    ("Vietnam received $2.5 million in IMET to train officers in Australia.", "$2.5 million",
     None, ("VNM",), "IMET"),
    ("The Navy spent $4-6 million for Cambodia's river patrols, while Vietnam bought boats.",
     "$4-6 million", None, ("KHM",), ""),
    ("The United States provided $4-6 million in maritime aid, while Vietnam bought boats.",
     "$4-6 million", None, (), ""),
    ("In FY 2020, Niger received $3 million in FMF and $1 million in IMET, and Chad received "
     "$2 million.", "$1 million", 2020, ("NER",), "IMET"),
    ("Jordan has received $150 million to secure its border along the Syrian and Iraqi "
     "frontiers.", "$150 million", None, ("JOR",), ""),
    ("Washington spent $600,000 to help Mongolia watch its borders with Russia and China.",
     "$600,000", None, ("MNG",), ""),
]

# Fiscal years: a span or an open end is no single year; an opening FY covers every amount.
FISCAL_YEARS: list[LinkRow] = [
    ("In fiscal years 2016 through 2018, Ghana received $8 million in FMF.", "$8 million", None,
     ("GHA",), "FMF"),
    ("Between FY 2017 and FY 2019, Senegal received $5 million.", "$5 million", None,
     ("SEN",), ""),
    ("In FY 2017 and FY 2018 combined, the Army spent $40 million in Section 333 funds in "
     "Tunisia.", "$40 million", None, ("TUN",), "Section 333"),
    ("Ghana has received $2 million a year since FY 2016.", "$2 million", None, ("GHA",), ""),
    ("In FY 2019, Senegal received $3 million in FMF and $1 million in IMET.", "$1 million",
     2019, ("SEN",), "IMET"),
    ("Ghana received $9 million in FMF, and $1 million in IMET funds in FY 2021.",
     "$9 million", None, ("GHA",), "FMF"),
    ("Ghana received $9 million in International Military Education and Training (IMET) funds "
     "in FY 2021.", "$9 million", 2021, ("GHA",), "IMET"),
]


@pytest.mark.parametrize(("text", "span", "fiscal_year", "countries", "program"),
                         FROM_THE_DOCUMENTS + INVENTED + PROGRAM_ATTACHED + FMS_NAMED + COMPARED
                         + CAPITALS + COUNTRIES_OF + FISCAL_YEARS)
def test_amount_is_linked(text: str, span: str, fiscal_year: int | None,
                          countries: tuple[str, ...], program: str) -> None:
    facts = linked(text)
    assert span in facts, list(facts)
    fact = facts[span]
    assert (fact.fiscal_year, fact.countries, fact.program) == (fiscal_year, countries, program)


def test_fiscal_year_from_a_date_fact_the_text_rule_does_not_see() -> None:
    text = "In the current fiscal year, Georgia will receive $5 million."
    start = text.index("the current fiscal year")
    fy = DateFact(start, start + len("the current fiscal year"), DateValue.fiscal_year(2021))
    assert linked(text, [fy])["$5 million"].fiscal_year == 2021
    assert linked(text)["$5 million"].fiscal_year is None


def test_other_facts_are_unchanged_and_order_is_kept() -> None:
    text = "Kazakhstan received $5 million in FY 2021. Uzbekistan received $1 million."
    country = CountryFact(0, 10, "KAZ", "Kazakhstan")
    date = DateFact(34, 41, DateValue.fiscal_year(2021))
    money = [MoneyFact(20, 30, Amount(5e6, 5e6)), MoneyFact(63, 73, Amount(1e6, 1e6))]
    facts: list[Fact] = [money[1], country, date, money[0]]
    out = link_money(text, facts, [(0, 42), (43, len(text))])
    assert out[1] is country and out[2] is date
    assert isinstance(out[0], MoneyFact) and isinstance(out[3], MoneyFact)
    assert (out[3].fiscal_year, out[3].countries) == (2021, ("KAZ",))
    assert (out[0].fiscal_year, out[0].countries) == (None, ())
    assert (out[0].start, out[0].end, out[0].amount) == (63, 73, money[1].amount)


def test_amount_outside_every_sentence_is_linked_within_its_line() -> None:
    text = "FMF for Georgia: $5 million\nIMET: $1 million"
    facts: list[Fact] = [MoneyFact(17, 27, Amount(5e6, 5e6)), MoneyFact(34, 44, Amount(1e6, 1e6)),
                         CountryFact(8, 15, "GEO", "Georgia")]
    first, second, _ = link_money(text, facts, [])
    assert isinstance(first, MoneyFact) and isinstance(second, MoneyFact)
    assert (first.program, first.countries) == ("FMF", ("GEO",))
    assert (second.program, second.countries) == ("IMET", ())


def test_no_money_no_change() -> None:
    facts: list[Fact] = [CountryFact(0, 7, "GEO", "Georgia")]
    assert link_money("Georgia", facts, [(0, 7)]) == facts


@pytest.mark.parametrize(("text", "years"), [
    ("FY 2021", [2021]), ("FY2021", [2021]), ("FY21", [2021]), ("FY-2021", [2021]),
    ("FY'21", [2021]), ("fiscal year 2019", [2019]), ("Fiscal Year (FY) 2019", [2019]),
    ("fiscal 2019", [2019]), ("FY 2019 and FY 2020", []), ("FY98", [1998]),
    ("FY2019-2021", []), ("FY 2019 to FY 2021", []), ("FY2019/20", []), ("FY 2019 and 2020", []),
    ("fiscal years 2019 through 2021", []), ("between FY2017 and FY2021", []),
    ("between fiscal year 2017 and 2019", []), ("in 2019", []), ("FY", []), ("FYI 2019", []),
    ("CFY2019", []),
])
def test_fiscal_year_mentions(text: str, years: list[int]) -> None:
    assert [int(m.value) for m in fiscal_year_mentions(text)] == years


@pytest.mark.parametrize(("text", "programs"), [
    ("Foreign Military Financing (FMF)", ["FMF", "FMF"]),
    ("in International Military Education and Training (IMET) funding", ["IMET", "IMET"]),
    ("the authorized DCS value", ["DCS"]),
    ("via the Global Peace Operations Initiative (GPOI)", ["GPOI", "GPOI"]),
    ("Conventional Weapons Destruction priorities", ["CWD"]),
    ("Nonproliferation, Anti-terrorism, Demining, and Related Programs (NADR)", ["NADR", "NADR"]),
    ("under 10 U.S.C. 333 and Section 1206", ["Section 333", "Section 1206"]),
    ("the Nunn-Lugar program", ["CTR"]),
    ("FMFs, IMETS and eda are not names", []),
    ("support peacekeeping operations", []),
    ("Combined Task Force (CTF) 151", []),
])
def test_program_mentions(text: str, programs: list[str]) -> None:
    assert [m.value for m in program_mentions(text)] == programs


def test_every_program_row_names_itself() -> None:
    from pipeline.link_money import PROGRAMS_PATH

    rows = [line.split("\t") for line in PROGRAMS_PATH.read_text(encoding="utf-8").splitlines()
            if not line.startswith("#")][1:]
    assert len({r[0] for r in rows}) == len(rows), "an acronym listed twice"
    for acronym, name, aliases, _note in rows:
        for written in [acronym, name, *filter(None, aliases.split(";"))]:
            assert [m.value for m in program_mentions(f"the {written} funds")] == [acronym]


def test_clauses_are_cut_at_semicolons_and_contrasting_conjunctions() -> None:
    s = "A got $1; B got $2, but C got $3, and D got $4, while E got $5."
    assert [s[a:b].strip(" ,;") for a, b in clauses_of(s, 0, len(s))] == [
        "A got $1", "B got $2", "but C got $3, and D got $4", "while E got $5."]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(
    ["$5 million", " for ", "Kazakhstan", " FY 2021", " FMF", ", but ", ". ", " in ", "; ",
     "United States", " and ", "$3-5 million", "fiscal year 2019", "\n", " IMET", "the ",
     "Kyrgyz Republic", " to ", "FY21-22", " over "]), max_size=30).map("".join))
def test_linking_never_raises_and_changes_only_the_linked_fields(text: str) -> None:
    doc = nlp()(matching_view(text))
    money = [f for f in facts_of(doc) if isinstance(f, MoneyFact)]
    facts: list[Fact] = [*country_facts(text), *money]
    out = link_money(text, facts, sentences_of(doc))
    assert len(out) == len(facts)
    for before, after in zip(facts, out, strict=True):
        if isinstance(before, MoneyFact):
            assert isinstance(after, MoneyFact)
            assert (after.start, after.end, after.amount) == (before.start, before.end,
                                                              before.amount)
            assert list(after.countries) == sorted(set(after.countries))
            assert after.fiscal_year is None or 1900 <= after.fiscal_year <= 2100
        else:
            assert after is before
    assert link_money(text, out, sentences_of(doc)) == out  # linking twice changes nothing


def test_section_heading_names_the_program_of_a_sentence_that_names_none() -> None:
    text = ("Foreign Military Financing\n\nCongress appropriated $6 million for Ghana. Ghana "
            "received $2 million in IMET.\n\nTraining\n\nGhana received $1 million.")
    facts = linked(text)
    assert [facts[s].program for s in ("$6 million", "$2 million", "$1 million")] == [
        "FMF", "IMET", ""]


def test_section_heading_gives_no_program_to_a_total() -> None:
    text = "Foreign Military Financing\n\nOverall, Ghana has received $90 million since 2001."
    assert linked(text)["$90 million"].program == ""


def test_countries_of_an_including_phrase() -> None:
    text = ("The United States has provided $80 million to Chad, including support for troops "
            "from Niger and Senegal.")
    assert linked(text)["$80 million"].countries == ("NER", "SEN", "TCD")


def test_country_of_a_pronoun_subject() -> None:
    text = "Ghana is a close partner. It received $5 million in FY 2020."
    assert linked(text)["$5 million"].countries == ("GHA",)


def test_a_country_in_the_next_clause_is_not_the_amounts_own() -> None:
    from pipeline.nlp import extract_text

    text = ("In FY2019, DCS authorizations for Kazakhstan were roughly $5.5 million, and "
            "authorizations for the Kyrgyz Republic came to $2.56 million.")
    got = [(text[f.start:f.end], f.countries) for f in extract_text(text).facts
           if isinstance(f, MoneyFact)]
    assert got == [("$5.5 million", ("KAZ",)), ("$2.56 million", ("KGZ",))]


# Parts inherit the program (and countries; the fiscal year only when the whole is for one year
# and the part names no other) of the whole they are listed under.
ECUADOR = ("Ecuador has received roughly $70 million in FMF since 2012, including $6 million in "
           "FY2020 and $2-4 million a year before that.")
BRAZIL = ("Brazil obtained $45 million in Section 333 funds in FY 2022, and up to $30 million is "
          "planned for FY 2023, of which $8 million will equip the Brazilian Marines.")
PARTS_OF_A_WHOLE: list[LinkRow] = [
    (ECUADOR, "$6 million", 2020, ("ECU",), "FMF"),
    (ECUADOR, "$2-4 million", None, ("ECU",), "FMF"),
    (BRAZIL, "$30 million", 2023, ("BRA",), "Section 333"),
    (BRAZIL, "$8 million", 2023, ("BRA",), "Section 333"),
    ("In FY 2021, Ghana received $11 million in IMET, of that $3 million for naval courses.",
     "$3 million", 2021, ("GHA",), "IMET"),
    ("Washington committed $25 million in EDA to Argentina, with $5 million for spare parts.",
     "$5 million", None, ("ARG",), "EDA"),
    # a part that names its own program, country or year keeps them
    ("Senegal got $15 million in FY 2019, including $2 million in IMET for Chad in FY 2018.",
     "$2 million", 2018, ("TCD",), "IMET"),
    ("Ghana received $11 million in IMET in FY 2021; of that, $3 million paid for naval "
     "courses.", "$3 million", 2021, ("GHA",), "IMET"),
    ("Peru received $50 million in FMF in FY 2023. Of that, $12 million bought radars.",
     "$12 million", 2023, ("PER",), "FMF"),
    ("Peru received $50 million in FMF in FY 2023. Of that, $12 million in IMET trained "
     "Chilean cadets.", "$12 million", 2023, ("CHL",), "IMET"),
    ("Peru received $50 million in FMF in FY 2023.\n\nOf that, $12 million bought radars.",
     "$12 million", None, (), ""),
    # a whole over several fiscal years gives its parts none
    ("Between FY 2017 and FY 2019 Ghana received $9 million in FMF, including $3 million for "
     "boats.", "$3 million", None, ("GHA",), "FMF"),
]

# A relative clause about a program: "X (funding), which ... $N".
RELATIVE_CLAUSES: list[LinkRow] = [
    ("Argentine officers study in the United States through International Military Education "
     "and Training (IMET), which provides about $1.2 million annually.", "$1.2 million", None,
     ("ARG",), "IMET"),
    ("Brazil also benefits from Section 333 funding, which has ranged between $8 million and "
     "$11 million per year.", "between $8 million and $11 million", None, ("BRA",),
     "Section 333"),
    ("Ecuador relies on FMF grants, which totaled $9 million in FY 2021.", "$9 million", 2021,
     ("ECU",), "FMF"),
    ("Chile also draws on Foreign Military Financing grants to Chile, which reached $7 million "
     "in FY 2020.", "$7 million", 2020, ("CHL",), "FMF"),
    # the relative clause is about something else
    ("Ghana joined GPOI in 2005, which was also when a new $4 million barracks opened.",
     "$4 million", None, ("GHA",), ""),
]

# A program named in an earlier clause of the sentence, when the amount's clause names none
# and turns to no other country.
CLAUSE_PROGRAMS: list[LinkRow] = [
    ("About $2 million a year in IMET funds sends Peruvian officers to U.S. schools; Peru "
     "received $1.9 million in fiscal year 2021.", "$1.9 million", 2021, ("PER",), "IMET"),
    ("Colombia received $40 million in FMF in FY 2022, and up to $35 million is requested for "
     "FY 2023.", "$35 million", 2023, ("COL",), "FMF"),
    ("Chile got $5 million in EDA; Peru received $3 million for radars.", "$3 million", None,
     ("PER",), ""),
    ("Chile received $5 million in FMF; the United States also gave Peru $2 million for "
     "demining.", "$2 million", None, ("PER",), ""),
]

# The program of the section heading the sentence stands under.
SECTION_HEADINGS = [
    ("International Military Education and Training\n\nChile sends 60 officers a year. "
     "The program costs about $1.1 million.", "$1.1 million", "IMET"),
    ("Foreign Military Financing and Sales\n\nPeru's sales contracts are valued at $2.1 billion.",
     "$2.1 billion", "FMS"),
    ("Foreign Military Financing and Sales\n\nCongress gave Peru $14 million in grant "
     "financing.", "$14 million", "FMF"),
    ("Foreign Military Financing and Sales\n\nPeru received $14 million last year.",
     "$14 million", ""),
    ("Foreign Military Sales\n\nPeru has bought tanks. The contracts are worth $900 million."
     "\n\nExercises\n\nThe drills cost $3 million.", "$900 million", "FMS"),
    ("Foreign Military Sales\n\nPeru has bought tanks.\n\nExercises\n\nThe drills cost "
     "$3 million.", "$3 million", ""),
    # the sentence's own program wins
    ("Foreign Military Sales\n\nPeru received $6 million in IMET.", "$6 million", "IMET"),
    # a clause that names no program, in a sentence naming only the heading's program
    ("Foreign Military Financing\n\nGhana received $9 million in FMF in FY 2020, while Senegal "
     "obtained about $6 million in FY 2021.", "$6 million", "FMF"),
    ("Foreign Military Financing\n\nGhana received $9 million in IMET, while Senegal obtained "
     "$6 million.", "$6 million", ""),
    ("Foreign Military Financing\n\nGhana received $40 million in security assistance, "
     "including $9 million in FMF.", "$40 million", ""),
    # the sum of the things listed is the section's program; an "Overall," sentence is not
    ("Foreign Military Sales\n\nPeru has also ordered radars and trucks worth about $700 "
     "million in total.", "$700 million", "FMS"),
]

# Countries of the previous sentence, when it names exactly one, and of an indirect object.
PREVIOUS_SENTENCE: list[LinkRow] = [
    ("Chile is a major buyer of U.S. equipment. Major cases include a $1.8 billion fighter "
     "upgrade.", "$1.8 billion", None, ("CHL",), ""),
    ("Peru signed a deal for six patrol boats in 2021. The package, worth $240 million, "
     "includes training.", "$240 million", None, ("PER",), ""),
    ("On May 4, 2020, the United States and Peru signed a five-year plan. It commits $120 "
     "million a year, including $30 million in FMF.", "$120 million", None, ("PER",), ""),
    ("On May 4, 2020, the United States and Peru signed a five-year plan. It commits $120 "
     "million a year, including $30 million in FMF.", "$30 million", None, ("PER",), "FMF"),
    ("Washington has provided Colombia more than $1 billion since 2000.", "$1 billion", None,
     ("COL",), ""),
    # a region is no country; another country resets; the U.S. as provider is never listed
    ("The Sahel faces threats across Niger and Chad. Major cases include a $90 million radar "
     "sale.", "$90 million", None, (), ""),
    ("Chile and Peru train together. The package, worth $30 million, includes boats.",
     "$30 million", None, (), ""),
    ("The United States is the main supplier. Major cases include a $400 million deal.",
     "$400 million", None, (), ""),
    ("Chile is a partner.\n\nMajor cases include a $500 million deal.", "$500 million", None,
     (), ""),
    ("Chile is a key partner. The drills cost $3 million.", "$3 million", None, (), ""),
]

# Money a partner pays for its own facilities is for that partner.
HOST_NATION: list[LinkRow] = [
    ("Peru is investing $300 million in the port that U.S. ships use.", "$300 million", None,
     ("PER",), ""),
    ("Colombia has spent $45 million on a hangar for U.S. aircraft.", "$45 million", None,
     ("COL",), ""),
    ("Chile will pay $80 million to expand the airfield used by U.S. forces.", "$80 million",
     None, ("CHL",), ""),
]


# A program named in full with its acronym in parentheses is one mention: the acronym does not
# reach on to the next amount; a "totals" verb is a link, not a total; an ", including ...,"
# aside does not cut an amount from the program after it.
PROGRAM_LINKS: list[LinkRow] = [
    ("Peru received $6 million in Foreign Military Financing (FMF) and $2 million through the "
     "Department of Defense’s Section 333 program.", "$2 million", None, ("PER",),
     "Section 333"),
    ("International Military Education and Training for Chad's small army totals about $2 "
     "million a year.", "$2 million", None, ("TCD",), "IMET"),
    ("Ghana is buying about $25 million in radios, including handsets and repeaters, through a "
     "mix of its own budget and Foreign Military Financing.", "$25 million", None, ("GHA",),
     "FMF"),
    # the aside names the program: still only a part of the amount
    ("Senegal is buying $12 million in boats, including two paid by IMET, with national funds.",
     "$12 million", None, ("SEN",), ""),
]

# Countries a relative clause says the money goes to; a number of countries named just before
# ("the three countries"); the subject carried over several sentences; a pronoun subject that
# wins over a destination ("for rotations to Lebanon").
COUNTRY_REFERENCES: list[LinkRow] = [
    ("In FY 2021, the Pentagon provided $60 million under Section 333 for a regional maritime "
     "program, which funds radars and patrol boats in Senegal, Ghana, and Chad.", "$60 million",
     2021, ("GHA", "SEN", "TCD"), "Section 333"),
    ("Navy yards delivered $5 million in patrol boats, which were built in Australia.",
     "$5 million", None, (), ""),
    ("Washington signed security pacts with Chile, Peru, and Colombia in 2019. Annual FMF for "
     "the three countries has ranged from $20 million to $25 million.",
     "$20 million to $25 million", None, ("CHL", "COL", "PER"), "FMF"),
    ("The United States and Ghana signed an accord in May. The two countries will share $5 "
     "million in costs.", "$5 million", None, ("GHA",), ""),
    ("Chile and Peru train together. FMF for the three countries reached $9 million.",
     "$9 million", None, (), "FMF"),
    ("Chile and Peru train together. FMF for two countries reached $9 million.",
     "$9 million", None, (), "FMF"),
    ("Estonia, Latvia and Lithuania met in June. FMF for all three, about $45 million, was "
     "approved.", "$45 million", None, ("EST", "LTU", "LVA"), "FMF"),
    ("Officials of the United States and Moldova met in June. Both sides welcomed $12 million "
     "in new EXBS funding.", "$12 million", None, ("MDA",), "EXBS"),
    ("Peru has about $3 billion in open FMS cases. In 2019 Lima bought six helicopters for $210 "
     "million. A radar case worth $95 million followed in 2021.", "$95 million", None,
     ("PER",), ""),
    ("Peru is a partner. Lima bought helicopters. The drills cost $3 million.", "$3 million",
     None, (), ""),
    ("Ghana is a major troop contributor. It has received $30 million in GPOI support for "
     "rotations to Lebanon.", "$30 million", None, ("GHA",), "GPOI"),
    ("Ghana is a major troop contributor. It has provided $3 million to Lebanon.", "$3 million",
     None, ("LBN",), ""),
    ("The United States gave $30 million for troop rotations to Lebanon.", "$30 million", None,
     ("LBN",), ""),
]


# Programs beyond the gold README's eight (data/programs.tsv) are programs too: a reviewer
# wants "INCLE", and the consistency checks keep such amounts apart from the rest.
OUTSIDE_THE_VOCABULARY: list[LinkRow] = [
    ("In FY 2020, Peru received $4 million in International Narcotics Control and Law "
     "Enforcement funds.", "$4 million", 2020, ("PER",), "INCLE"),
    ("In FY 2019, Ghana received $7 million in FMF and $2 million through the Economic Support "
     "Fund.", "$2 million", 2019, ("GHA",), "ESF"),
    ("Cooperative Threat Reduction\n\nThe program spent about $9 million in Georgia.",
     "$9 million", None, ("GEO",), "CTR"),
]

# A total of the things a program delivers ("a combined value of $X", "$X a year combined
# through FMS") is that program's; an item valued inside an "including" phrase is a part of
# the whole before it; "$X of that amount" is a part of the amount before it.
VALUES_AND_PARTS: list[LinkRow] = [
    ("Chile acquired four transport aircraft through the Excess Defense Articles program, with "
     "a total value of roughly $40 million.", "$40 million", None, ("CHL",), "EDA"),
    ("Brazil and Argentina spend about $15 million a year combined through FMS on spare parts.",
     "$15 million", None, ("ARG", "BRA"), "FMS"),
    ("Peru holds $2 billion in open cases under the Foreign Military Sales program, including "
     "six helicopters valued at about $300 million.", "$300 million", None, ("PER",), "FMS"),
    ("Chile has $1.5 billion in FMS cases, including its purchase of 12 trainer jets worth "
     "$400 million.", "$400 million", None, ("CHL",), "FMS"),
    ("In FY 2021, Congress provided $60 million in FMF for Jordan, of which $20 million was for "
     "border security; the Department later released $5 million of that amount.",
     "$5 million", 2021, ("JOR",), "FMF"),
    # a part's far "in" country (a place where it is spent) does not beat its whole's
    ("In FY2019 Ghana received $6 million in FMF, of which $2 million supported its troops "
     "serving in Lebanon.", "$2 million", 2019, ("GHA",), "FMF"),
    # "from $X to $Y": the second amount shares the first one's program and country
    ("In FY2021 Peru received $8 million in FMF, while Chile's FMF allocation went from $2 "
     "million in FY 2019 to $1 million in FY 2020.", "$1 million", 2020, ("CHL",), "FMF"),
]

# The countries before an amount are its lead only within its own clause or ", and" clause,
# when that names any; a list of countries is not cut.
LEAD_OF_THE_CLAUSE: list[LinkRow] = [
    ("Peru, Chile and the United States signed a maritime accord in 2020; Peru plans to spend "
     "$900 million on frigates.", "$900 million", None, ("PER",), ""),
    ("Brazil and Argentina held talks on river security in the region, and Colombia built a "
     "base at Tres Esquinas at a cost of about $20 million.", "$20 million", None, ("COL",), ""),
    ("Estonia, Latvia, and Lithuania received $30 million in FMF.", "$30 million", None,
     ("EST", "LTU", "LVA"), "FMF"),
    ("Georgia hosted the drills, and Armenia and Moldova received $2 million for their units.",
     "$2 million", None, ("ARM", "MDA"), ""),
    # "the three countries": the nearest earlier sentences of the paragraph that name three
    ("Chile received $3 million in FMF in FY 2020. Peru and Colombia each received $2 million. "
     "The United States provides about $500,000 a year in IMET to each of the three countries.",
     "$500,000", None, ("CHL", "COL", "PER"), "IMET"),
    ("Chile received $3 million in FMF. Peru, Ecuador and Colombia each got $2 million. The "
     "three countries spent $4 million in IMET funds.", "$4 million", None, ("COL", "ECU", "PER"),
     "IMET"),
    ("Chile, Brazil and Ghana met. Peru and Colombia each got $2 million. The three countries "
     "spent $4 million in IMET funds.", "$4 million", None, (), "IMET"),
]


@pytest.mark.parametrize(("text", "span", "fiscal_year", "countries", "program"),
                         OUTSIDE_THE_VOCABULARY + VALUES_AND_PARTS + LEAD_OF_THE_CLAUSE
                         + PARTS_OF_A_WHOLE + RELATIVE_CLAUSES + CLAUSE_PROGRAMS
                         + PREVIOUS_SENTENCE + HOST_NATION + PROGRAM_LINKS
                         + COUNTRY_REFERENCES)
def test_amount_takes_its_context(text: str, span: str, fiscal_year: int | None,
                                  countries: tuple[str, ...], program: str) -> None:
    facts = linked(text)
    assert span in facts, list(facts)
    fact = facts[span]
    assert (fact.fiscal_year, fact.countries, fact.program) == (fiscal_year, countries, program)


@pytest.mark.parametrize(("text", "span", "program"), SECTION_HEADINGS)
def test_program_of_the_section_heading(text: str, span: str, program: str) -> None:
    assert linked(text)[span].program == program


def test_an_amount_described_otherwise_takes_no_program_of_an_earlier_clause() -> None:
    text = ("Peru will get $5 million in FMF for coastal radars, and noted that it has delivered "
            "over $9 million in training to the Peruvian Navy.")
    assert (linked(text)["$9 million"].program, linked(text)["$5 million"].program) == ("",
                                                                                       "FMF")


def test_a_compared_amount_takes_the_period_of_the_amount_it_is_compared_with() -> None:
    text = ("The host nation raised the annual rent for the port to $41 million, up from roughly "
            "$29 million, and paid $3 million for repairs.")
    facts = linked(text)
    assert [facts[s].amount.period for s in ("$41 million", "$29 million", "$3 million")] == [
        "year", "year", ""]
    assert facts["$29 million"].amount.qualifier == "approximate"


@pytest.mark.parametrize(("text", "expected"), [
    # a fact sheet about one partner: an amount that names no country is the partner's
    ("U.S. Security Cooperation With Ghana\n\nFMF: $9 million in FY 2022 for patrol boats.",
     ("GHA",)),
    # not when the sentence is about a group or a region, or names another state
    ("U.S. Security Cooperation With Ghana\n\nRegional programs received $4 million in FY 2022.",
     ()),
    ("U.S. Security Cooperation With Ghana\n\nThe initiative spent $4 million on West African "
     "partners.", ()),
    # a regional overview has no one partner
    ("U.S. Security Cooperation in West Africa\n\nFMF: $9 million in FY 2022 for patrol boats.",
     ()),
    # "States" in "the United States" names no group of states
    ("U.S. Security Cooperation With Ghana\n\nThe United States provides $9 million a year in "
     "IMET.", ("GHA",)),
    ("U.S. Security Cooperation With Ghana\n\nThe United States gave $4 million to partner "
     "states.", ()),
])
def test_an_amount_with_no_country_in_a_one_partner_document(
        text: str, expected: tuple[str, ...]) -> None:
    from pipeline.nlp import extract_text

    [money] = [f for f in extract_text(text).facts if isinstance(f, MoneyFact)]
    assert money.countries == expected


@pytest.mark.parametrize(("text", "span", "program"), [
    # a bullet's program label, with a qualifier before the amount
    ("U.S. Security Cooperation With Ghana\n\n• FMS: about $140 million in open cases.\n"
     "• Section 333: approx. $9 million since FY 2019.", "$140 million", "FMS"),
    ("U.S. Security Cooperation With Ghana\n\n• FMS: about $140 million in open cases.\n"
     "• Section 333: approx. $9 million since FY 2019.", "$9 million", "Section 333"),
    # a heading right above a bulleted list
    ("Overview.\n\nForeign Military Sales (FMS)\n• Ghana bought boats worth roughly $60 million.\n"
     "• Radars worth $20 million followed.", "$20 million", "FMS"),
    # a paragraph ending in ":" above a list heads the list only
    ("Ghana buys U.S. equipment. Recent FMS cases include:\n\n- patrol boats, an estimated "
     "$60 million;\n- radars, estimated at $20 million.\n\nGhana's budget is $900 million.",
     "$20 million", "FMS"),
    ("Ghana buys U.S. equipment. Recent FMS cases include:\n\n- patrol boats, an estimated "
     "$60 million;\n- radars, estimated at $20 million.\n\nGhana's budget is $900 million.",
     "$900 million", ""),
    # a table's caption heads its rows
    ("Overview.\n\nTable 2. Selected FMS notifications\nDate | Buyer | Value\n"
     "May 2020 | Ghana | $45 million\n", "$45 million", "FMS"),
])
def test_program_of_a_bullet_label_or_a_list_heading(text: str, span: str, program: str) -> None:
    from pipeline.nlp import extract_text

    money = {text[f.start:f.end]: f for f in extract_text(text).facts if isinstance(f, MoneyFact)}
    assert money[span].program == program
