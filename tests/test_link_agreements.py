"""link_agreements: every AgreementFact learns its parties, dates and status from the facts of
its clause. All facts here are built by hand, so these tests need no extractor."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.agreements import document_subject
from pipeline.facts import AgreementFact, CountryFact, DateFact, Fact, MoneyFact
from pipeline.link_agreements import link_agreements
from pipeline.values import Amount, DateValue

ISO3 = {"United States": "USA", "U.S.": "USA", "Uzbekistan": "UZB", "Kazakhstan": "KAZ",
        "Tajikistan": "TJK", "Turkmenistan": "TKM", "Georgia": "GEO", "India": "IND",
        "Lebanon": "LBN", "Afghanistan": "AFG", "Mongolia": "MNG", "Kyrgyz Republic": "KGZ"}


def at(text: str, needle: str, n: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(n):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def country(text: str, name: str, n: int = 1) -> CountryFact:
    return CountryFact(*at(text, name, n), ISO3[name], name)


def when(text: str, written: str, value: DateValue) -> DateFact:
    return DateFact(*at(text, written), value)


def agreement(text: str, written: str, name: str, kind: str) -> AgreementFact:
    return AgreementFact(*at(text, written), name, kind)


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentences split after a lower-case word's period and at blank lines (enough for these
    hand-written texts; "U.S. logistical" stays one sentence)."""
    out, start = [], 0
    for m in re.finditer(r"(?<=[a-z0-9)]\.) (?=[A-Z])|\n\n", text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def linked(text: str, facts: list[Fact], doc_date: date | None = None) -> list[AgreementFact]:
    return [f for f in link_agreements(text, facts, sentences(text), doc_date)
            if isinstance(f, AgreementFact)]


ACSA = "Acquisition and Cross-Servicing Agreement"
SPP = "State Partnership Program"


def test_acsa_signed_in_a_year() -> None:
    text = ("The United States and Uzbekistan signed a Acquisition and Cross-Servicing Agreement "
            "in 2016.")
    (fact,) = linked(text, [country(text, "United States"), country(text, "Uzbekistan"),
                            when(text, "in 2016", DateValue.year(2016)),
                            agreement(text, ACSA, ACSA, "acsa")])
    assert fact.parties == ("USA", "UZB")
    assert fact.date_start == DateValue.year(2016)
    assert (fact.date_end, fact.status) == (None, "signed")


def test_other_facts_unchanged_and_in_order() -> None:
    text = "The United States and Uzbekistan signed an ACSA in 2016 worth $5 million."
    money = MoneyFact(*at(text, "$5 million"), Amount(5e6, 5e6))
    facts: list[Fact] = [money, country(text, "United States"),
                         agreement(text, "ACSA", ACSA, "acsa"),
                         when(text, "in 2016", DateValue.year(2016)), country(text, "Uzbekistan")]
    out = link_agreements(text, facts, sentences(text))
    assert [type(f) for f in out] == [type(f) for f in facts]
    assert [f for f in out if not isinstance(f, AgreementFact)] == [
        f for f in facts if not isinstance(f, AgreementFact)]
    assert link_agreements(text, out, sentences(text)) == out  # idempotent


def test_no_agreements_is_a_no_op() -> None:
    text = "Kazakhstan received $2 million."
    facts: list[Fact] = [country(text, "Kazakhstan")]
    assert link_agreements(text, facts, sentences(text)) == facts


def test_month_granularity_and_party_after_with() -> None:
    text = ("In August 2019, Kazakhstan entered into a General Security of Information Agreement "
            "with the United States.")
    name = "General Security of Information Agreement"
    (fact,) = linked(text, [when(text, "In August 2019", DateValue.month(2019, 8)),
                            country(text, "Kazakhstan"), agreement(text, name, name, "gsoia"),
                            country(text, "United States")])
    assert (fact.parties, fact.status) == (("KAZ", "USA"), "signed")
    assert fact.date_start == DateValue.month(2019, 8)


def test_pairing_since_a_year_names_the_guard_not_the_united_states() -> None:
    text = ("Since 2002, the Virginia National Guard and Tajikistan have engaged in the State "
            "Partnership Program.")
    since = DateValue("since", date(2002, 1, 1), None, "year", anchor="present")
    (fact,) = linked(text, [when(text, "Since 2002", since), country(text, "Tajikistan"),
                            agreement(text, SPP, SPP, "state_partnership")])
    assert fact.parties == ("TJK", "Virginia National Guard")
    assert (fact.date_start, fact.date_end, fact.status) == (DateValue.year(2002), None,
                                                             "active")


def test_since_resolved_to_the_present_has_no_end() -> None:
    text = "Uzbekistan has worked with the Mississippi National Guard through the SPP since 2012."
    since = DateValue("since", date(2012, 1, 1), date(2021, 6, 1), "year", anchor="present")
    (fact,) = linked(text, [country(text, "Uzbekistan"), when(text, "since 2012", since),
                            agreement(text, "SPP", SPP, "state_partnership")], date(2021, 6, 1))
    assert (fact.date_start, fact.date_end, fact.status) == (DateValue.year(2012), None,
                                                             "active")


def test_interval_gives_both_ends_and_ends_the_pairing() -> None:
    text = "Turkmenistan partnered with the Nevada National Guard from 1996 to 2011."
    span = DateValue("interval", date(1996, 1, 1), date(2011, 12, 31), "year")
    (fact,) = linked(text, [country(text, "Turkmenistan"),
                            agreement(text, "partnered", SPP, "state_partnership"),
                            when(text, "from 1996 to 2011", span)])
    assert fact.parties == ("Nevada National Guard", "TKM")
    assert (fact.date_start, fact.date_end) == (DateValue.year(1996), DateValue.year(2011))
    assert fact.status == "ended"


def test_an_end_after_the_document_date_is_not_ended() -> None:
    text = "Mongolia and the United States signed a Status of Forces Agreement for 2020 to 2030."
    span = DateValue("interval", date(2020, 1, 1), date(2030, 12, 31), "year")
    name = "Status of Forces Agreement"
    (fact,) = linked(text, [country(text, "Mongolia"), country(text, "United States"),
                            agreement(text, name, name, "sofa"), when(text, "2020 to 2030", span)],
                     doc_date=date(2021, 5, 1))
    assert fact.status == "signed"
    assert fact.date_end == DateValue.year(2030)


def test_proposed_pairing_names_the_united_states() -> None:
    text = ("The United States and Turkmenistan have expressed interest in re-establishing a "
            "pairing through the State Partnership Program.")
    (fact,) = linked(text, [country(text, "United States"), country(text, "Turkmenistan"),
                            agreement(text, SPP, SPP, "state_partnership")])
    assert (fact.parties, fact.status, fact.date_start) == (("TKM", "USA"), "proposed", None)


@pytest.mark.parametrize(("doc_date", "expected"), [
    (None, None),
    (date(2021, 6, 1), DateValue("until", date(1995, 1, 1), date(1995, 12, 31), "year",
                                 "P26Y")),
])
def test_relationship_length_needs_a_document_date(doc_date: date | None,
                                                   expected: DateValue | None) -> None:
    text = ("The Arizona National Guard and Kazakhstan share a more than 26-year relationship "
            "through the State Partnership Program.")
    duration = DateValue("duration", None, None, "year", duration="P26Y")
    (fact,) = linked(text, [country(text, "Kazakhstan"), when(text, "26-year", duration),
                            agreement(text, SPP, SPP, "state_partnership")], doc_date)
    assert fact.date_start == expected
    assert fact.parties == ("Arizona National Guard", "KAZ")


def test_a_participial_clause_is_not_a_party() -> None:
    text = ("At present, only Kazakhstan is an active GPOI partner, having deployed an infantry "
            "company with India to Lebanon (UNIFIL).")
    gpoi = "Global Peace Operations Initiative"
    (fact,) = linked(text, [country(text, "Kazakhstan"), country(text, "India"),
                            country(text, "Lebanon"),
                            agreement(text, "GPOI", gpoi, "partnership")])
    assert (fact.parties, fact.status) == (("KAZ", "USA"), "active")  # GPOI: a U.S. program


def test_a_place_is_not_a_party() -> None:
    text = ("Several Central Asian countries have enabled U.S. logistical support for operations "
            "in Afghanistan through multiple transit agreements.")
    (fact,) = linked(text, [country(text, "U.S."), country(text, "Afghanistan"),
                            agreement(text, "transit agreements", "transit agreement",
                                      "transit")])
    assert (fact.parties, fact.status) == (("USA",), "active")


def test_a_state_inside_a_guard_name_is_not_the_country() -> None:
    text = "The Georgia National Guard has partnered with Georgia since 1994."
    since = DateValue("since", date(1994, 1, 1), None, "year", anchor="present")
    (fact,) = linked(text, [CountryFact(*at(text, "Georgia"), "GEO", "Georgia"),
                            country(text, "Georgia", 2),
                            agreement(text, "partnered", SPP, "state_partnership"),
                            when(text, "since 1994", since)])
    assert fact.parties == ("GEO", "Georgia National Guard")


def test_countries_in_the_name_belong_to_that_agreement() -> None:
    text = ("The U.S.-Georgia Charter on Strategic Partnership and an ACSA with Mongolia were "
            "signed in 2009.")
    charter = "U.S.-Georgia Charter on Strategic Partnership"
    out = linked(text, [country(text, "U.S."), country(text, "Georgia"),
                        agreement(text, charter, "Charter on Strategic Partnership", "charter"),
                        agreement(text, "ACSA", ACSA, "acsa"), country(text, "Mongolia"),
                        when(text, "in 2009", DateValue.year(2009))])
    # Both were signed in 2009; Mongolia is the ACSA's partner only (the Charter names its own),
    # and an ACSA with one partner is with the United States.
    assert [f.parties for f in out] == [("GEO", "USA"), ("MNG", "USA")]
    assert [f.date_start for f in out] == [DateValue.year(2009), DateValue.year(2009)]


def test_these_countries_and_we() -> None:
    text = ("The United States supports Kazakhstan and Tajikistan. We partner with these "
            "countries via NATO's Partnership for Peace program.")
    pfp = "Partnership for Peace"
    (fact,) = linked(text, [country(text, "United States"), country(text, "Kazakhstan"),
                            country(text, "Tajikistan"),
                            agreement(text, pfp, pfp, "partnership")])
    assert (fact.parties, fact.status) == (("KAZ", "NATO", "TJK", "USA"), "active")


def test_organization_after_with() -> None:
    text = ("Mongolia signed a Memorandum of Understanding with the North Atlantic Treaty "
            "Organization.")
    mou = "Memorandum of Understanding"
    (fact,) = linked(text, [country(text, "Mongolia"), agreement(text, mou, mou, "memorandum")])
    assert fact.parties == ("MNG", "NATO")


def test_withdrawal_date_is_the_end() -> None:
    text = "The United States withdrew from the Intermediate-Range Nuclear Forces Treaty in 2019."
    inf = "Intermediate-Range Nuclear Forces Treaty"
    (fact,) = linked(text, [country(text, "United States"), agreement(text, inf, inf, "treaty"),
                            when(text, "in 2019", DateValue.year(2019))])
    assert (fact.date_start, fact.date_end, fact.status) == (None, DateValue.year(2019), "ended")


def test_signed_then_expired_gives_both_points() -> None:
    text = "The SOFA with Uzbekistan was signed in 2001 and expired in 2005."
    sofa = "Status of Forces Agreement"
    (fact,) = linked(text, [agreement(text, "SOFA", sofa, "sofa"), country(text, "Uzbekistan"),
                            when(text, "in 2001", DateValue.year(2001)),
                            when(text, "in 2005", DateValue.year(2005))])
    assert (fact.date_start, fact.date_end, fact.status) == (DateValue.year(2001),
                                                             DateValue.year(2005), "ended")


def test_the_signing_date_wins_over_in_force_since() -> None:
    text = ("The U.S.-Jordan Defense Cooperation Agreement, signed in January 2021 and in force "
            "since March 2021, provides the framework.")
    dca = "Defense Cooperation Agreement"
    since = DateValue("since", date(2021, 3, 1), None, "month", anchor="present")
    (fact,) = linked(text, [agreement(text, "U.S.-Jordan " + dca, dca, "defense_cooperation"),
                            when(text, "in January 2021", DateValue.month(2021, 1)),
                            when(text, "since March 2021", since)])
    assert (fact.date_start, fact.date_end) == (DateValue.month(2021, 1), None)
    assert fact.status == "in_force"


def test_fiscal_year_and_until() -> None:
    text = "In FY 2019, Kazakhstan and the United States signed an ACSA valid until 2029."
    until = DateValue("until", None, date(2029, 12, 31), "year")
    (fact,) = linked(text, [when(text, "In FY 2019", DateValue.fiscal_year(2019)),
                            country(text, "Kazakhstan"), country(text, "United States"),
                            agreement(text, "ACSA", ACSA, "acsa"),
                            when(text, "until 2029", until)], doc_date=date(2020, 1, 1))
    assert fact.date_start == DateValue.fiscal_year(2019)
    assert fact.date_end == DateValue.year(2029)
    assert fact.status == "signed"


def test_relative_dates_are_not_agreement_dates() -> None:
    text = "Over the past five years, Kazakhstan has used the ACSA with the United States."
    relative = DateValue("relative", None, None, "year", duration="P5Y", anchor="past")
    (fact,) = linked(text, [when(text, "Over the past five years", relative),
                            country(text, "Kazakhstan"), agreement(text, "ACSA", ACSA, "acsa"),
                            country(text, "United States")])
    assert (fact.date_start, fact.date_end) == (None, None)


def test_facts_of_another_sentence_do_not_leak() -> None:
    text = "Kazakhstan signed a SOFA in 2003. Mongolia joined the Partnership for Peace in 2004."
    sofa, pfp = "Status of Forces Agreement", "Partnership for Peace"
    out = linked(text, [country(text, "Kazakhstan"), agreement(text, "SOFA", sofa, "sofa"),
                        when(text, "in 2003", DateValue.year(2003)), country(text, "Mongolia"),
                        agreement(text, pfp, pfp, "partnership"),
                        when(text, "in 2004", DateValue.year(2004))])
    assert [(f.parties, f.date_start) for f in out] == [
        (("KAZ", "USA"), DateValue.year(2003)), (("MNG", "NATO"), DateValue.year(2004))]


def test_agreement_outside_every_sentence() -> None:
    text = "ACSA"
    (fact,) = [f for f in link_agreements(text, [AgreementFact(0, 4, ACSA, "acsa")], [])
               if isinstance(f, AgreementFact)]
    assert fact.parties == ()


NAMES = ["Kazakhstan", "Uzbekistan", "Mongolia", "Georgia", "United States", "India"]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(NAMES), st.sampled_from([" and ", " with ", ", ",
                                                                   " in ", " to "])),
                max_size=6),
       st.integers(1950, 2030), st.booleans())
@example([("United States", " in "), ("Uzbekistan", " and ")], 1950, False)  # a host by place
def test_parties_come_from_the_clause(mentions: list[tuple[str, str]], year: int,
                                      with_doc_date: bool) -> None:
    """Whatever the countries around it, an ACSA's parties are sorted, drawn from its
    sentence's countries (or, when it names no partner, the document's subject country and the
    United States), and every other fact is returned unchanged."""
    prefix = "".join(f"{name}{joiner}" for name, joiner in mentions)
    text = f"{prefix}signed an ACSA in {year}. Japan is elsewhere."
    facts: list[Fact] = []
    cursor = 0
    for name, joiner in mentions:
        facts.append(CountryFact(cursor, cursor + len(name), ISO3[name], name))
        cursor += len(name) + len(joiner)
    facts.append(AgreementFact(*at(text, "ACSA"), ACSA, "acsa"))
    facts.append(when(text, f"in {year}", DateValue.year(year)))
    facts.append(CountryFact(*at(text, "Japan"), "JPN", "Japan"))
    doc_date = date(2025, 1, 1) if with_doc_date else None
    out = link_agreements(text, facts, sentences(text), doc_date)
    assert [f for f in out if not isinstance(f, AgreementFact)] == [
        f for f in facts if not isinstance(f, AgreementFact)]
    (fact,) = [f for f in out if isinstance(f, AgreementFact)]
    assert list(fact.parties) == sorted(set(fact.parties))
    named = {ISO3[name] for name, _ in mentions}
    # an ACSA with one partner is with the United States, named or not
    assert set(fact.parties) <= (named | {"USA"} if named - {"USA"} else named | {"JPN", "USA"})
    assert fact.date_start == DateValue.year(year)
    assert fact.status == "signed"


# --- the document's subject country: bilateral agreements that name no partner --------------

def mentions(text: str, names: dict[str, str]) -> list[tuple[int, str]]:
    return sorted((m.start(), iso3) for name, iso3 in names.items()
                  for m in re.finditer(re.escape(name), text))


@pytest.mark.parametrize(("text", "subject"), [
    ("U.S. Security Cooperation With Bahrain\n\nBahrain hosts the fleet. Iraq and Iran ...",
     "BHR"),
    ("Joint Statement on the U.S.-Vietnam Comprehensive Strategic Partnership\n\nJapan ...",
     "VNM"),
    ("Fact Sheet\n\nIsrael ... Israel ... Israel ... Jordan ...", "ISR"),
    ("Fact Sheet\n\nIsrael ... Israel ... Jordan ... Jordan ...", None),
    ("U.S. Security Cooperation in the Gulf: A Regional Overview\n\nBahrain Bahrain Bahrain",
     None),
    ("U.S. Relations With Israel and Jordan\n\nIsrael Israel Israel", None),
])
def test_document_subject(text: str, subject: str | None) -> None:
    names = {"Bahrain": "BHR", "Iraq": "IRQ", "Iran": "IRN", "Vietnam": "VNM", "Japan": "JPN",
             "Israel": "ISR", "Jordan": "JOR", "U.S.": "USA"}
    assert document_subject(text, mentions(text, names)) == subject


FACT_SHEET = ("U.S. Security Cooperation With Bahrain\n\nBahrain hosts U.S. forces; Bahrain "
              "trades with Israel. Ties are close. {sentence}")


@pytest.mark.parametrize(("sentence", "name", "kind", "parties"), [
    ("The Mutual Defense Treaty remains the cornerstone of the alliance.",
     "Mutual Defense Treaty", "treaty", ("BHR", "USA")),
    ("The two countries signed an ACSA in 2019.", ACSA, "acsa", ("BHR", "USA")),
    ("Both governments reaffirmed the Comprehensive Strategic Partnership.",
     "Comprehensive Strategic Partnership", "partnership", ("BHR", "USA")),
    ("The United States signed a SOFA in 1991.", "Status of Forces Agreement", "sofa",
     ("BHR", "USA")),
    ("Bilateral relations rest on a Cooperation Plan.", "Cooperation Plan", "agreement",
     ("BHR", "USA")),
    # a named agreement of a fact sheet about one country is with that country
    ("The Cooperation Plan guides training.", "Cooperation Plan", "agreement", ("BHR", "USA")),
    # not guessed: a generic mention, a multilateral treaty, a partner named
    ("A ceasefire agreement ended the war.", "ceasefire agreement", "agreement", ()),
    ("The United States withdrew from the Open Skies Treaty.", "Open Skies Treaty", "treaty",
     ("USA",)),
    ("Israel and the United States signed an MOU.", "Memorandum of Understanding",
     "memorandum", ("ISR", "USA")),
])
def test_bilateral_agreement_takes_the_subject_country(sentence: str, name: str, kind: str,
                                                       parties: tuple[str, ...]) -> None:
    text = FACT_SHEET.format(sentence=sentence)
    written = {"Mutual Defense Treaty": "Mutual Defense Treaty", ACSA: "ACSA",
               "Status of Forces Agreement": "SOFA",
               "Memorandum of Understanding": "MOU"}.get(name, name)
    facts: list[Fact] = [CountryFact(a, a + len(n), iso3, n)
                         for n, iso3 in (("Bahrain", "BHR"), ("Israel", "ISR"),
                                         ("United States", "USA"), ("U.S.", "USA"))
                         for a in [m.start() for m in re.finditer(re.escape(n), text)]
                         if not (n == "U.S." and text[a - 6:a] == "United")]
    facts.append(AgreementFact(*at(text, written), name, kind))
    (fact,) = linked(text, facts)
    assert fact.parties == parties


def test_a_regional_overview_guesses_no_partner() -> None:
    text = ("Security in the Gulf: A Regional Overview\n\nBahrain and Israel. The two "
            "countries signed an ACSA.")
    facts: list[Fact] = [CountryFact(*at(text, "Bahrain"), "BHR", "Bahrain"),
                         CountryFact(*at(text, "Israel"), "ISR", "Israel"),
                         agreement(text, "ACSA", ACSA, "acsa")]
    (fact,) = linked(text, facts)
    assert fact.parties == ("BHR", "ISR")  # "the two countries": the previous sentence's


def test_a_plan_running_past_the_document_date_is_active() -> None:
    text = "The sides reviewed the Cooperation Plan for 2020-2024."
    span = DateValue("interval", date(2020, 1, 1), date(2024, 12, 31), "year")
    (fact,) = linked(text, [agreement(text, "Cooperation Plan", "Cooperation Plan", "agreement"),
                            when(text, "2020-2024", span)], doc_date=date(2022, 5, 1))
    assert (fact.date_start, fact.status) == (DateValue.year(2020), "active")


def test_a_date_introduced_by_a_signing_verb_wins_over_a_nearer_one() -> None:
    text = ("After U.S. forces left the base in 1992, the Visiting Forces Agreement, concluded "
            "on 10 February 1998, restored regular exercises.")
    from pipeline.nlp import extract_text

    (fact,) = [f for f in extract_text(text).facts if isinstance(f, AgreementFact)]
    assert fact.date_start is not None and fact.date_start.start == date(1998, 2, 10)


def test_a_relative_clause_after_the_name_describes_that_agreement() -> None:
    from pipeline.nlp import extract_text

    text = ("The EDCA, which the Philippines and the United States signed on April 28, 2014, "
            "allows U.S. forces to rotate through agreed locations.")
    (fact,) = [f for f in extract_text(text).facts if isinstance(f, AgreementFact)]
    assert fact.parties == ("PHL", "USA")
    assert fact.date_start is not None and fact.date_start.start == date(2014, 4, 28)


# --- context beyond the clause, groupings, end dates (issue #3) ------------------------------

def countries_in(text: str, names: dict[str, str]) -> list[Fact]:
    """A CountryFact for every occurrence of each name (longest names first, no overlaps)."""
    taken: list[tuple[int, int]] = []
    out: list[Fact] = []
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(re.escape(name), text):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                taken.append(m.span())
                out.append(CountryFact(m.start(), m.end(), names[name], name))
    return out


def test_a_section_heading_names_the_partner_of_a_regional_overview() -> None:
    text = ("Security in East Africa: A Regional Overview\n\nKenya\n\nThe port is busy. The "
            "Defense Cooperation Agreement was signed in 2019.\n\nSomalia\n\nThe Status of "
            "Forces Agreement was signed in 2021.")
    dca, sofa = "Defense Cooperation Agreement", "Status of Forces Agreement"
    facts = countries_in(text, {"Kenya": "KEN", "Somalia": "SOM"})
    facts += [agreement(text, dca, dca, "defense_cooperation"), agreement(text, sofa, sofa, "sofa"),
              when(text, "2019", DateValue.year(2019)), when(text, "2021", DateValue.year(2021))]
    first, second = linked(text, facts)
    assert (first.parties, second.parties) == (("KEN", "USA"), ("SOM", "USA"))


def test_the_two_countries_of_an_earlier_clause_and_the_date_of_when() -> None:
    text = ("The United States and Kenya have had a SOFA since 1980, when the two countries also "
            "concluded an access agreement.")
    since = DateValue("since", date(1980, 1, 1), None, "year", anchor="present")
    facts = countries_in(text, {"United States": "USA", "Kenya": "KEN"})
    facts += [agreement(text, "SOFA", "Status of Forces Agreement", "sofa"),
              when(text, "since 1980", since),
              agreement(text, "access agreement", "access agreement", "agreement")]
    sofa, access = linked(text, facts)
    assert (sofa.parties, sofa.status) == (("KEN", "USA"), "in_force")
    assert (access.parties, access.date_start, access.status) == (
        ("KEN", "USA"), DateValue.year(1980), "signed")


def test_a_grouping_stands_for_its_members() -> None:
    text = "The U.S.-Baltic Roadmap and an MOU with the Visegrad countries were signed in 2019."
    roadmap = "Roadmap for Defense Cooperation"
    facts: list[Fact] = [CountryFact(*at(text, "U.S."), "USA", "U.S."),
                         agreement(text, "U.S.-Baltic Roadmap", roadmap, "agreement"),
                         agreement(text, "MOU", "Memorandum of Understanding", "memorandum"),
                         when(text, "in 2019", DateValue.year(2019))]
    first, second = linked(text, facts)
    assert first.parties == ("EST", "LTU", "LVA", "USA")
    assert second.parties == ("CZE", "HUN", "POL", "SVK")


def test_the_signatories_named_after_the_agreement_are_its_parties() -> None:
    text = ("The United States urged Russia to honor the ceasefire agreement that Russia and "
            "Georgia signed in August 2008.")
    facts = countries_in(text, {"United States": "USA", "Russia": "RUS", "Georgia": "GEO"})
    facts += [agreement(text, "ceasefire agreement", "ceasefire agreement", "agreement"),
              when(text, "August 2008", DateValue.month(2008, 8))]
    (fact,) = linked(text, facts)
    assert (fact.parties, fact.date_start, fact.status) == (
        ("GEO", "RUS"), DateValue.month(2008, 8), "signed")


def test_a_list_of_partners_is_not_a_new_clause_but_a_demonym_subject_is() -> None:
    text = ("The United States signed MOUs with Estonia, Latvia, and Lithuania in 2017. Latvia "
            "and Estonia concluded an implementing arrangement, and Latvian officers attend U.S. "
            "colleges.")
    names = {"United States": "USA", "Estonia": "EST", "Latvia": "LVA", "Lithuania": "LTU",
             "Latvian": "LVA", "U.S.": "USA"}
    facts = countries_in(text, names)
    facts += [agreement(text, "MOUs", "Memorandum of Understanding", "memorandum"),
              agreement(text, "implementing arrangement", "implementing arrangement",
                        "agreement")]
    mous, arrangement = linked(text, facts)
    assert mous.parties == ("EST", "LTU", "LVA", "USA")
    assert arrangement.parties == ("EST", "LVA")


def test_capitals_stand_for_their_governments_but_not_where_something_happens() -> None:
    text = "Washington and Manila signed the EDCA in Hanoi in 2014."
    edca = "Enhanced Defense Cooperation Agreement"
    (fact,) = linked(text, [agreement(text, "EDCA", edca, "defense_cooperation"),
                            when(text, "in 2014", DateValue.year(2014))])
    assert fact.parties == ("PHL", "USA")


@pytest.mark.parametrize(("sentence", "end", "status", "doc_date"), [
    # an end stated as ahead ("expires") is not "ended" without a document date to say so
    ("Kenya signed the ACSA in 2019 that expires in 2029.", DateValue.year(2029), "signed",
     None),
    ("Kenya signed the ACSA in 2019 that expired in 2021.", DateValue.year(2021), "ended",
     None),
    ("Kenya signed the ACSA in 2019 that expires in 2021.", DateValue.year(2021), "ended",
     date(2022, 1, 1)),
])
def test_an_end_word_makes_a_date_the_end(sentence: str, end: DateValue | None, status: str,
                                          doc_date: date | None) -> None:
    facts: list[Fact] = [CountryFact(*at(sentence, "Kenya"), "KEN", "Kenya"),
                         agreement(sentence, "ACSA", ACSA, "acsa"),
                         when(sentence, "2019", DateValue.year(2019))]
    second = "2029" if "2029" in sentence else "2021"
    facts.append(when(sentence, second, DateValue.year(int(second))))
    (fact,) = linked(sentence, facts, doc_date)
    assert (fact.date_start, fact.date_end, fact.status) == (DateValue.year(2019), end, status)


def test_a_relative_clause_after_the_agreement_states_the_period_it_covers() -> None:
    text = ("On September 16, 2022, the United States and Jordan signed a new Memorandum of "
            "Understanding (MOU) under which the United States intends to provide $1.45 billion "
            "per year for fiscal years 2023 through 2029.")
    mou = "Memorandum of Understanding"
    period = DateValue("interval", date(2022, 10, 1), date(2029, 9, 30), "fiscal_year")
    facts = countries_in(text, {"United States": "USA", "Jordan": "JOR"})
    facts += [when(text, "September 16, 2022", DateValue.day(2022, 9, 16)),
              agreement(text, mou, mou, "memorandum"),
              MoneyFact(*at(text, "$1.45 billion"), Amount(1.45e9, 1.45e9)),
              when(text, "fiscal years 2023 through 2029", period)]
    (fact,) = linked(text, facts, date(2022, 9, 16))
    assert fact.date_start == DateValue.day(2022, 9, 16)
    assert fact.date_end is not None and fact.date_end.end == date(2029, 9, 30)
    assert fact.status == "signed"


@pytest.mark.parametrize(("written", "start", "end"), [
    ("a five-year MOU signed in 2022", DateValue.year(2022), DateValue.year(2027)),
    ("a five-year MOU signed in February 2018", DateValue.month(2018, 2),
     DateValue.month(2023, 2)),
])
def test_a_term_in_years_ends_the_agreement(written: str, start: DateValue,
                                            end: DateValue) -> None:
    text = f"Kenya and the United States concluded {written}."
    facts = countries_in(text, {"Kenya": "KEN", "United States": "USA"})
    signed = written.split("signed in ")[1]
    facts += [when(text, "five-year", DateValue("duration", None, None, "year",
                                                 duration="P5Y")),
              agreement(text, "MOU", "Memorandum of Understanding", "memorandum"),
              when(text, signed, start)]
    (fact,) = linked(text, facts)
    assert (fact.date_start, fact.date_end, fact.status) == (start, end, "signed")


def test_a_year_of_funding_is_not_a_start_but_a_year_in_the_name_is() -> None:
    text = ("In 2020, the United States provided $5 million to Kenya through GPOI funding. Under "
            "the 1951 Mutual Defense Treaty, the United States provided $9 million to Kenya.")
    gpoi, mdt = "Global Peace Operations Initiative", "Mutual Defense Treaty"
    facts = countries_in(text, {"United States": "USA", "Kenya": "KEN"})
    facts += [when(text, "2020", DateValue.year(2020)), agreement(text, "GPOI", gpoi,
                                                                  "partnership"),
              MoneyFact(*at(text, "$5 million"), Amount(5e6, 5e6)),
              when(text, "1951", DateValue.year(1951)), agreement(text, mdt, mdt, "treaty"),
              MoneyFact(*at(text, "$9 million"), Amount(9e6, 9e6))]
    first, second = linked(text, facts)
    assert (first.parties, first.date_start) == (("KEN", "USA"), None)
    assert (second.parties, second.date_start) == (("KEN", "USA"), DateValue.year(1951))
