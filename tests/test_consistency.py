"""Consistency checks: contradictions found and named; the same fact said differently is not."""

from __future__ import annotations

import random
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.consistency import check_consistency
from pipeline.documents import Document
from tests.factories import agreement, date_row, money, tables


def doc(doc_id: str, doc_date: date | None = None) -> Document:
    return Document(doc_id, f"raw/{doc_id}.txt", "0" * 64, "text", "ok", "", doc_date)


DOCS = [doc("a"), doc("b")]
ACSA = "Acquisition and Cross-Servicing Agreement"


def checks(*rows: dict) -> list[tuple[str, str]]:
    return sorted((f.check, f.severity) for f in check_consistency(tables(*rows), DOCS))


# --- contradictions -----------------------------------------------------------------------

def test_same_agreement_signed_in_different_years_across_documents() -> None:
    rows = [agreement("a", ACSA, "acsa", "USA;UZB", "2016-01-01"),
            agreement("b", ACSA, "acsa", "USA;UZB", "2018-01-01")]
    (finding,) = check_consistency(tables(*rows), DOCS)
    assert finding.check == "cross_doc:agreement_date" and finding.severity == "error"
    assert finding.doc_ids == ("a", "b")
    assert set(finding.fact_ids) == {rows[0]["fact_id"], rows[1]["fact_id"]}
    assert "2016" in finding.message and "2018" in finding.message
    assert " a" in finding.message and " b" in finding.message


def test_same_pairing_begun_in_different_years() -> None:
    rows = [agreement("a", "State Partnership Program", "state_partnership",
                      "KGZ;Montana National Guard", "1995-01-01", status="active"),
            agreement("b", "State Partnership Program", "state_partnership",
                      "KGZ;Montana National Guard", "1996-01-01", status="active")]
    assert checks(*rows) == [("cross_doc:pairing_start", "error")]


def test_same_program_country_and_year_with_incompatible_amounts() -> None:
    rows = [money("a", "$10 million", 1e7, 1e7, program="FMF", countries="KAZ", fiscal_year=2021),
            money("b", "$12 million", 1.2e7, 1.2e7, program="FMF", countries="KAZ",
                  fiscal_year=2021)]
    assert checks(*rows) == [("cross_doc:money", "error")]


def _in_sentence(row: dict, sentence: str) -> dict:
    """``row`` with ``sentence`` around it: its text where the sentence first has it."""
    at = row["start"] - sentence.index(row["text"])
    return {**row, "sentence": sentence, "sentence_start": at, "sentence_end": at + len(sentence)}


@pytest.mark.parametrize(("share_sentence", "expected"), [
    # a share of a larger figure, given to a purpose: a component of that figure
    ("Between $8 million and $10 million of the FY 2024 FMF request will go to riverine units.",
     []),
    # a share with no purpose: the country's own figure
    ("Colombia received $8-10 million of the region's FMF in FY 2024.",
     [("cross_doc:money", "error")]),
])
def test_a_share_given_to_a_purpose_is_no_figure_of_its_own(
        share_sentence: str, expected: list[tuple[str, str]]) -> None:
    text = "Between $8 million and $10 million" if "Between" in share_sentence else "$8-10 million"
    share = _in_sentence(money("a", text, 8e6, 1e7, "range", program="FMF", countries="COL",
                               fiscal_year=2024), share_sentence)
    whole = money("b", "$38 million", 3.8e7, 3.8e7, program="FMF", countries="COL",
                  fiscal_year=2024)
    assert checks(share, whole) == expected


def test_a_part_of_a_total_of_its_own_identity_is_no_figure_of_its_own() -> None:
    total = money("a", "$38 million", 3.8e7, 3.8e7, program="FMF", countries="COL",
                  fiscal_year=2024, start=10)
    part = money("a", "$10 million", 1e7, 1e7, program="FMF", countries="COL", fiscal_year=2024,
                 part_of="a:money:10")
    other = money("b", "$38 million", 3.8e7, 3.8e7, program="FMF", countries="COL",
                  fiscal_year=2024)
    assert checks(total, part, other) == []
    # a part for another country is that country's figure: compared
    kaz_part = money("a", "$10 million", 1e7, 1e7, program="FMF", countries="KAZ",
                     fiscal_year=2024, part_of="a:money:10")
    kaz = money("b", "$4 million", 4e6, 4e6, program="FMF", countries="KAZ", fiscal_year=2024)
    assert checks(total, kaz_part, kaz) == [("cross_doc:money", "error")]


def test_range_whose_low_end_exceeds_its_high_end() -> None:
    assert checks(money("a", "$5-3 million", 5e6, 3e6, "range")) == [("range_order", "error")]


def test_interval_that_ends_before_it_starts() -> None:
    row = date_row("a", "from 2011 to 1996", "interval", "2011-01-01", "1996-12-31")
    assert checks(row) == [("interval_order", "error")]


def test_agreement_signed_after_the_document_date() -> None:
    rows = [agreement("a", ACSA, "acsa", "USA;UZB", "2023-01-01")]
    findings = check_consistency(tables(*rows), [doc("a", date(2021, 6, 1)), doc("b")])
    assert [f.check for f in findings] == ["after_document_date"]


# --- the same fact in other words: silence ------------------------------------------------

@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a coarser date contains the finer one
        (agreement("a", ACSA, "acsa", "USA;UZB", "2019-01-01"),
         agreement("b", ACSA, "acsa", "USA;UZB", "2019-08-01", "month")),
        # over $4 million agrees with $4.3 million
        (money("a", "$4 million", 4e6, None, "at_least", program="CWD", countries="KGZ",
               fiscal_year=2020),
         money("b", "$4.3 million", 4.3e6, 4.3e6, program="CWD", countries="KGZ",
               fiscal_year=2020)),
        # roughly $5.5 million agrees with $5,473,009
        (money("a", "$5.5 million", 5.5e6, 5.5e6, "approximate", program="DCS", countries="KAZ",
               fiscal_year=2019),
         money("b", "$5,473,009", 5473009.0, 5473009.0, program="DCS", countries="KAZ",
               fiscal_year=2019)),
        # a rounded amount agrees with the exact one
        (money("a", "$5.5 million", 5.5e6, 5.5e6, program="DCS", countries="KAZ", fiscal_year=2019),
         money("b", "$5,473,009", 5473009.0, 5473009.0, program="DCS", countries="KAZ",
               fiscal_year=2019)),
        # a range contains the amount
        (money("a", "$3-5 million", 3e6, 5e6, "range", program="FMF", countries="TJK",
               fiscal_year=2020),
         money("b", "$4 million", 4e6, 4e6, program="FMF", countries="TJK", fiscal_year=2020)),
        # up to $2 million agrees with $1.5 million
        (money("a", "$2 million", None, 2e6, "at_most", program="IMET", countries="UZB",
               fiscal_year=2018),
         money("b", "$1.5 million", 1.5e6, 1.5e6, program="IMET", countries="UZB",
               fiscal_year=2018)),
    ],
)
def test_agreeing_claims_raise_nothing(first: dict, second: dict) -> None:
    assert checks(first, second) == []


@pytest.mark.parametrize(
    "second",
    [
        agreement("b", ACSA, "acsa", "MNG;USA", "2018-01-01"),  # another agreement: other parties
        agreement("b", "General Security of Information Agreement", "gsoia", "USA;UZB",
                  "2018-01-01"),  # another kind
        agreement("b", ACSA, "acsa", "USA;UZB", "2018-01-01", status="proposed"),  # not a start
        agreement("b", ACSA, "acsa", "UZB", "2018-01-01"),  # incomplete identity
    ],
)
def test_claims_about_different_things_are_not_compared(second: dict) -> None:
    assert checks(agreement("a", ACSA, "acsa", "USA;UZB", "2016-01-01"), second) == []


def test_money_with_incomplete_identity_is_not_compared() -> None:
    rows = [money("a", "$10 million", 1e7, 1e7, program="FMF", countries="KAZ"),
            money("b", "$12 million", 1.2e7, 1.2e7, program="FMF", countries="KAZ")]
    assert checks(*rows) == []


def test_rejected_facts_take_no_part() -> None:
    rows = [agreement("a", ACSA, "acsa", "USA;UZB", "2016-01-01"),
            agreement("b", ACSA, "acsa", "USA;UZB", "2018-01-01", review="rejected")]
    assert checks(*rows) == []


# --- properties -----------------------------------------------------------------------------

@given(years=st.lists(st.integers(1990, 2030), min_size=2, max_size=12),
       seed=st.integers(0, 1000))
@settings(max_examples=60, deadline=None)
def test_agreement_dates_conflict_exactly_when_years_differ_and_order_does_not_matter(
        years: list[int], seed: int) -> None:
    docs = [doc(f"d{i:02d}") for i in range(len(years))]
    rows = [agreement(d.doc_id, ACSA, "acsa", "USA;UZB", f"{y}-01-01", start=10)
            for d, y in zip(docs, years, strict=True)]
    shuffled = rows[:]
    random.Random(seed).shuffle(shuffled)
    found = check_consistency(tables(*rows), docs)
    assert found == check_consistency(tables(*shuffled), docs[::-1])
    assert bool(found) == (len(set(years)) > 1)
    if found:
        (finding,) = found
        assert str(min(years)) in finding.message and str(max(years)) in finding.message


@given(value=st.integers(1_000, 999_999_999), factor=st.floats(1.25, 10.0),
       shrink=st.booleans())
@settings(max_examples=80, deadline=None)
def test_a_planted_money_contradiction_is_found(value: int, factor: float, shrink: bool) -> None:
    amount = float(value)
    other = float(round(amount / factor if shrink else amount * factor))
    rows = [money("a", "$x", amount, amount, program="FMF", countries="GEO", fiscal_year=2020),
            money("b", "$y", other, other, program="FMF", countries="GEO", fiscal_year=2020)]
    (finding,) = check_consistency(tables(*rows), DOCS)
    assert finding.check == "cross_doc:money" and finding.doc_ids == ("a", "b")


@given(value=st.integers(1_000, 999_999_999), qualifier=st.sampled_from(["exact", "approximate"]))
@settings(max_examples=80, deadline=None)
def test_a_rounded_paraphrase_is_not_a_contradiction(value: int, qualifier: str) -> None:
    amount = float(value)
    rounded = float(f"{amount:.2g}")  # "$5,473,009" said as "$5.5 million"
    rows = [money("a", "$x", amount, amount, program="FMF", countries="GEO", fiscal_year=2020),
            money("b", "$y", rounded, rounded, qualifier, program="FMF", countries="GEO",
                  fiscal_year=2020)]
    assert check_consistency(tables(*rows), DOCS) == []


def test_a_duration_that_contradicts_a_stated_start() -> None:
    # "a more than 26-year relationship" (document dated 2021: began 1995 or earlier) and
    # "since 2001" cannot both be true; "since 1993" can.
    spp = "State Partnership Program"
    bound = agreement("a", spp, "state_partnership", "Arizona National Guard;KAZ", "1995-01-01",
                      status="active", start_qualifier="at_most")
    late = agreement("b", spp, "state_partnership", "Arizona National Guard;KAZ", "2001-01-01",
                     status="active")
    early = agreement("b", spp, "state_partnership", "Arizona National Guard;KAZ", "1993-01-01",
                      status="active")
    (finding,) = check_consistency(tables(bound, late), DOCS)
    assert finding.check == "cross_doc:pairing_start"
    assert "1995 or earlier" in finding.message and "2001" in finding.message
    assert check_consistency(tables(bound, early), DOCS) == []


def test_a_part_larger_than_its_total() -> None:
    total = money("a", "$10 million", 1e7, 1e7, start=10)
    part = money("a", "$12 million", 1.2e7, 1.2e7, start=40, part_of="a:money:10")
    fine = money("a", "$2 million", 2e6, 2e6, start=60, part_of="a:money:10")
    (finding,) = check_consistency(tables(total, part, fine), DOCS)
    assert finding.check == "part_exceeds_total"
    assert finding.fact_ids == ("a:money:10", "a:money:40")
    assert "$12,000,000" in finding.message and "$10,000,000" in finding.message


def test_the_same_first_time_event_dated_differently() -> None:
    a = date_row("a", "October 2018", "date", "2018-10-01", "2018-10-31", "month",
                 event="first:KAZ:UNIFIL")
    b = date_row("b", "2017", "date", "2017-01-01", "2017-12-31", event="first:KAZ:UNIFIL")
    c = date_row("b", "2018", "date", "2018-01-01", "2018-12-31", event="first:KAZ:UNIFIL")
    other = date_row("b", "2015", "date", "2015-01-01", "2015-12-31", event="first:KAZ:MINURSO")
    (finding,) = check_consistency(tables(a, b), DOCS)
    assert finding.check == "cross_doc:first_event_date"
    assert finding.message == ("The first-time event UNIFIL of KAZ is dated 2017 in b but "
                               "2018-10 in a.")
    assert check_consistency(tables(a, c, other), DOCS) == []


def test_a_generic_name_does_not_identify_one_agreement() -> None:
    # "the 2018 MOU" and "a new seven-year MOU signed on September 16, 2022" are two memoranda
    rows = [agreement("a", "Memorandum of Understanding", "memorandum", "JOR;USA", "2018-02-01",
                      "month"),
            agreement("a", "MOU", "memorandum", "JOR;USA", "2022-09-16", "day",
                      name="Memorandum of Understanding")]
    assert checks(*rows) == []
    named = [agreement("a", "Memorandum of Understanding on Peacekeeping Cooperation",
                       "memorandum", "MNG;USA", "2018-01-01"),
             agreement("b", "Memorandum of Understanding on Peacekeeping Cooperation",
                       "memorandum", "MNG;USA", "2015-01-01")]
    assert checks(*named) == [("cross_doc:agreement_date", "error")]


def test_an_instrument_signed_again_and_again_under_one_name_has_no_identity() -> None:
    # a yearly "Letter of Agreement" between the same two governments: each year's is another
    rows = [agreement("a", "Letter of Agreement", "agreement", "TJK;USA", "2002-01-01", "year"),
            agreement("b", "Letter of Agreement", "agreement", "TJK;USA", "2022-08-18", "day")]
    assert checks(*rows) == []
    named = [agreement("a", "Letter of Agreement on Narcotics Control", "agreement", "TJK;USA",
                       "2002-01-01", "year"),
             agreement("b", "Letter of Agreement on Narcotics Control", "agreement", "TJK;USA",
                       "2019-01-01", "year")]
    assert checks(*named) == [("cross_doc:agreement_date", "error")]


PLAN = "Three-Year Plan of Naval Cooperation"


def _plan(doc_id: str, sentence: str, date_start: str) -> dict[str, Any]:
    at = 1000 + len(doc_id) * 5000
    return agreement(doc_id, PLAN, "agreement", "KAZ;USA", date_start, start=at + sentence.index(
        PLAN), sentence=sentence, sentence_start=at)


@pytest.mark.parametrize(("first", "second", "expected"), [
    # successive instruments of one name ("the first ...", "a successor ...") are two
    ("The first Three-Year Plan of Naval Cooperation took effect in 2013.",
     "A successor Three-Year Plan of Naval Cooperation took effect in 2018.", []),
    ("Its predecessor, the Three-Year Plan of Naval Cooperation, took effect in 2013.",
     "The Three-Year Plan of Naval Cooperation took effect in 2018.", []),
    ("The Three-Year Plan of Naval Cooperation took effect in 2013.",
     "The fourth round of the Three-Year Plan of Naval Cooperation is due in 2018.", []),
    # an ordinal, or a mention of several ("a series of ...", "successive ...")
    ("The 11th Three-Year Plan of Naval Cooperation took effect in 2013.",
     "The 12th Three-Year Plan of Naval Cooperation took effect in 2018.", []),
    ("The Three-Year Plan of Naval Cooperation took effect in 2013.",
     "The navies signed another Three-Year Plan of Naval Cooperation in 2018.", []),
    ("The navies signed a bilateral Three-Year Plan of Naval Cooperation in 2013.",
     "The navies signed a trilateral Three-Year Plan of Naval Cooperation in 2018.", []),
    ("Since 2013, the navies have worked under a series of Three-Year Plan of Naval Cooperation "
     "texts.", "The Three-Year Plan of Naval Cooperation took effect in 2018.", []),
    # without such a word before the name the two dates disagree
    ("The new cabinet saw the Three-Year Plan of Naval Cooperation take effect in 2013.",
     "The Three-Year Plan of Naval Cooperation took effect in 2018.",
     [("cross_doc:agreement_date", "error")]),
    ("The Three-Year Plan of Naval Cooperation took effect in 2013.",
     "The Three-Year Plan of Naval Cooperation took effect in 2018.",
     [("cross_doc:agreement_date", "error")]),
])
def test_successive_instruments_of_one_name(first: str, second: str,
                                            expected: list[tuple[str, str]]) -> None:
    assert checks(_plan("a", first, "2013-01-01"), _plan("bb", second, "2018-01-01")) == expected


@pytest.mark.parametrize(("second_start", "second_end", "expected"), [
    # successive plans of one name, each with the period it covers: two plans
    ("2023-01-01", "2027-12-31", []),
    # the same period stated twice: one plan, whose two starts disagree
    ("2020-01-01", "2022-12-31", [("cross_doc:agreement_date", "error")]),
])
def test_plans_told_apart_by_the_periods_they_cover(second_start: str, second_end: str,
                                                    expected: list[tuple[str, str]]) -> None:
    rows = [agreement("a", "Plan of Military Cooperation", "agreement", "KAZ;USA", "2018-01-01",
                      date_end="2022-12-31"),
            agreement("b", "Plan of Military Cooperation", "agreement", "KAZ;USA", second_start,
                      date_end=second_end)]
    assert checks(*rows) == expected


SOFA = "Status of Forces Agreement"


@pytest.mark.parametrize(("first", "second", "expected"), [
    # signing and a later entry into force are two events of one agreement: no contradiction
    (("2014-02-01", "month", "signed", "The SOFA was signed in February 2014."),
     ("2015-06-30", "day", "in_force", "The SOFA has been in force since June 30, 2015."), []),
    # entry into force before the signing is one
    (("2018-01-01", "year", "signed", "The SOFA was signed in 2018."),
     ("2016-01-01", "year", "in_force", "The SOFA has been in force since 2016."),
     [("cross_doc:agreement_date", "error")]),
    # two dates of entry into force are compared as such
    (("2016-01-01", "year", "in_force", "The SOFA entered into force in 2016."),
     ("2018-01-01", "year", "in_force", "The SOFA took effect in 2018."),
     [("cross_doc:agreement_date", "error")]),
    # a renewal's date is not the signing's: the signing was on or before it
    (("2005-06-28", "day", "signed", "The SOFA was signed on June 28, 2005."),
     ("2015-06-03", "day", "signed", "The two ministers renewed the SOFA on June 3, 2015."), []),
    # one sentence with both events dates the signing
    (("1998-02-01", "month", "in_force", "The SOFA, signed in February 1998, entered into force "
                                         "in 1999."),
     ("1998-02-01", "month", "signed", "The SOFA was signed in February 1998."), []),
])
def test_signing_entry_into_force_and_later_events(
        first: tuple[str, str, str, str], second: tuple[str, str, str, str],
        expected: list[tuple[str, str]]) -> None:
    rows = [agreement(d, SOFA, "sofa", "JPN;USA", start, gran, status, sentence=sentence)
            for d, (start, gran, status, sentence) in zip("ab", (first, second), strict=True)]
    assert checks(*rows) == expected


def test_a_table_line_of_a_program_s_component_is_no_figure_for_the_program() -> None:
    # "| Strategic trade controls | $300,000 |" under an EXBS caption is a part of EXBS for the
    # country that year, not EXBS's figure: no contradiction with the total
    line = money("a", "$300,000", 300000, 300000, fiscal_year=2022, countries="TKM",
                 program="EXBS", sentence="| Strategic trade controls and training | "
                 "$300,000 | $300,000 |")
    total = money("b", "$2.3 million", 2300000, 2300000, fiscal_year=2022, countries="TKM",
                  program="EXBS", sentence="In FY 2022, EXBS assistance to Turkmenistan "
                  "totaled $2.3 million.")
    assert checks(line, total) == []
    # a country's line is the program's figure for the country
    country_line = money("a", "$300,000", 300000, 300000, fiscal_year=2022, countries="TKM",
                         program="EXBS", sentence="| Turkmenistan | $300,000 | $300,000 |")
    assert checks(country_line, total) == [("cross_doc:money", "error")]
    # a table written without a leading bar: "Label | $ | $"
    bare_line = money("a", "$300,000", 300000, 300000, fiscal_year=2022, countries="TKM",
                      program="EXBS", sentence="Strategic trade controls | $300,000 | $300,000")
    assert checks(bare_line, total) == []


def test_an_addition_to_a_figure_is_no_figure_for_the_program() -> None:
    # "a further $480,000 in FY 2021" adds to EXBS for the country that year: no contradiction
    # with the year's total; the same amount stated as the figure is one
    total = money("b", "$2.6 million", 2.6e6, 2.6e6, fiscal_year=2021, countries="TKM",
                  program="EXBS", sentence="EXBS provided $2.6 million in FY 2021.")
    text = "The EXBS program contributed a further $480,000 in FY 2021 to equip instructors."
    added = money("a", "$480,000", 4.8e5, 4.8e5, fiscal_year=2021, countries="TKM",
                  program="EXBS", sentence=text, start=text.index("$"),
                  end=text.index("$") + len("$480,000"), sentence_start=0)
    assert checks(added, total) == []
    stated = money("a", "$480,000", 4.8e5, 4.8e5, fiscal_year=2021, countries="TKM",
                   program="EXBS", sentence="EXBS provided $480,000 in FY 2021.",
                   start=14, end=22, sentence_start=0)
    assert checks(stated, total) == [("cross_doc:money", "error")]


def test_a_signing_year_or_column_is_no_entry_into_force() -> None:
    # "the 2008 SFA, which remains the foundation" and a table row with signing and entry into
    # force columns give the signing: no contradiction with "entered into force on January 1,
    # 2009"
    entered = agreement("b", "Strategic Framework Agreement", "agreement", "IRQ;USA",
                        "2009-01-01", "day", "in_force",
                        sentence="Both sides recalled that the SFA entered into force on "
                                 "January 1, 2009.")
    text = "Our ties rest on the 2008 Strategic Framework Agreement, which remains in force."
    year_before = agreement("a", "Strategic Framework Agreement", "agreement", "IRQ;USA",
                            "2008-01-01", "year", "in_force", sentence=text,
                            start=text.index("Strategic"), sentence_start=0)
    assert checks(year_before, entered) == []
    row = ("Strategic Framework Agreement | United States, Iraq | November 17, 2008 | "
           "January 1, 2009 | In force")
    table = agreement("a", "Strategic Framework Agreement", "agreement", "IRQ;USA",
                      "2008-11-17", "day", "in_force", sentence=row, start=0, sentence_start=0)
    assert checks(table, entered) == []
    # an entry into force stated in another year is a contradiction
    other = agreement("a", "Strategic Framework Agreement", "agreement", "IRQ;USA",
                      "2010-01-01", "day", "in_force",
                      sentence="The SFA entered into force on January 1, 2010.")
    assert checks(other, entered) == [("cross_doc:agreement_date", "error")]


def test_a_start_its_sentence_does_not_state_contradicts_nothing() -> None:
    """"Met under the Enhanced Strategic Partnership on October 18, 2023" gives the mention a
    date the reviewer sees, but it does not say the partnership began then: no contradiction
    with "launched in January 2018". Said as a start ("launched in 2023"), it is one."""
    launched = agreement("a", "Enhanced Strategic Partnership", "partnership", "KAZ;USA",
                         "2018-01-01", "month", "active",
                         sentence="The two presidents launched the Enhanced Strategic "
                                  "Partnership in January 2018.")
    met = agreement("b", "Enhanced Strategic Partnership", "partnership", "KAZ;USA",
                    "2023-10-18", "day", "active",
                    sentence="Enhanced Strategic Partnership talks were held on October 18.")
    assert check_consistency(tables(launched, met), DOCS) == []
    stated = agreement("b", "Enhanced Strategic Partnership", "partnership", "KAZ;USA",
                       "2023-10-01", "month", "active",
                       sentence="Enhanced Strategic Partnership, launched in October 2023.")
    (finding,) = check_consistency(tables(launched, stated), DOCS)
    assert finding.check == "cross_doc:agreement_date"


def test_one_document_contradicting_itself_fails_only_on_two_stated_events() -> None:
    """Within one document, two starts of one agreement are an error when both sentences
    state the event ("signed in 2016", "signed in 2018"); when one only dates something that
    happened under it ("a 2019 session held under the Framework"), a warning the reviewer
    sees but that fails no check."""
    signed = agreement("a", "Defense Framework", "agreement", "NOR;USA", "2016-01-01",
                       sentence="The Defense Framework was signed in 2016.")
    again = agreement("a", "Defense Framework", "agreement", "NOR;USA", "2018-01-01",
                      sentence="The Defense Framework was signed in 2018.")
    (finding,) = check_consistency(tables(signed, again), DOCS)
    assert (finding.check, finding.severity) == ("within_doc:agreement_date", "error")
    session = agreement("a", "Defense Framework", "agreement", "NOR;USA", "2019-01-01",
                        sentence="The Defense Framework, in force since then, held its "
                                 "first session in 2019.")
    (finding,) = check_consistency(tables(signed, session), DOCS)
    assert (finding.check, finding.severity) == ("within_doc:agreement_date", "warning")


def test_one_delivery_of_a_figure_is_no_figure_for_the_program() -> None:
    # round 34: "a $150 million package in June 2021" is one tranche of the year's USAI, not
    # its figure: no contradiction with "$275 million for USAI in fiscal year 2021"
    total = money("b", "$275 million", 2.75e8, 2.75e8, fiscal_year=2021, countries="UKR",
                  program="USAI", sentence="Congress appropriated $275 million for USAI in FY "
                  "2021.")
    text = ("In fiscal year 2021, the Department announced USAI support in two tranches: a $125 "
            "million package in March 2021 and a $150 million package in June 2021.")
    at = text.index("$150")
    package = money("a", "$150 million", 1.5e8, 1.5e8, fiscal_year=2021, countries="UKR",
                    program="USAI", sentence=text, start=at, end=at + len("$150 million"),
                    sentence_start=0)
    assert checks(package, total) == []


def test_a_states_share_under_conditions_is_no_figure_for_the_program() -> None:
    # round 34: "$320 million of Egypt's FMF is subject to conditions" is a share of the year's
    # $1.3 billion, not its figure
    total = money("b", "$1.3 billion", 1.3e9, 1.3e9, fiscal_year=2023, countries="EGY",
                  program="FMF", sentence="Egypt received $1.3 billion in FMF for FY 2023.")
    text = "In FY 2023, $320 million of Egypt’s FMF is subject to conditions."
    at = text.index("$")
    share = money("a", "$320 million", 3.2e8, 3.2e8, fiscal_year=2023, countries="EGY",
                  program="FMF", sentence=text, start=at, end=at + len("$320 million"),
                  sentence_start=0)
    assert checks(share, total) == []
