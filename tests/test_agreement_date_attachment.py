"""Which dates belong to which agreement, when a sentence holds more than one thing with a date:
probes of invented sentences (never held-out text), from the consistency checker's false alarms
on the gold documents run together (a pairing dated by the funding interval that opens its
sentence; an aside's "since" taken for the pairing's; a relative clause about the next agreement
ending the one before it) and an acronym taken for a party.

Same machinery and conventions as tests/test_agreement_probes.py.
"""

from __future__ import annotations

import pytest

from tests.test_agreement_probes import Probe, Want, assert_probe, probe, probe_params

SPP = "State Partnership Program"
ACSA = "Acquisition and Cross-Servicing Agreement"
SOFA = "Status of Forces Agreement"

OWN_SINCE = [
    # The interval opening the sentence dates the funding; the pairing has its own "since".
    probe("Between FY 2017 and FY 2021, Indonesia received $10 million a year in FMF, and the "
          "Alaska National Guard has served as its State Partnership Program partner since 2006.",
          Want(SPP, SPP, "state_partnership", "Alaska National Guard;IDN", "2006-01-01",
               "active")),
    # A "since" closing an aside before the mention is the aside's.
    probe("Chad, a TSCTP member since 2005, has partnered with the Iowa National Guard since "
          "2012.",
          Want("partnered", SPP, "state_partnership", "Iowa National Guard;TCD", "2012-01-01",
               "active")),
    # Control: one "since" before the mention is the pairing's.
    probe("Since 2005, Chad has partnered with the Iowa National Guard.",
          Want("partnered", SPP, "state_partnership", "Iowa National Guard;TCD", "2005-01-01",
               "active")),
    # Control: an interval stated for the pairing is its start and end.
    probe("From 1997 to 2010, Laos was paired with the Idaho National Guard.",
          Want("paired", SPP, "state_partnership", "Idaho National Guard;LAO", "1997-01-01",
               "ended")),
]

RELATIVE_CLAUSES = [
    # ", which ran from ... through ..." is the second agreement's, not the first's end.
    probe("In the east, the Harbor Security Framework, adopted with Peru in May 2019, succeeded "
          "the Andean Ridge Initiative, which ran from FY 2010 through FY 2018.",
          Want("Harbor Security Framework", "Harbor Security Framework", "agreement",
               "PER;USA", "2019-05-01", "signed"),
          # (a named programme whose only other party is the text's partner is the partner's
          # with the United States: round 35, +9 on all gold)
          Want("Andean Ridge Initiative", "Andean Ridge Initiative", "partnership", "PER;USA",
               "2009-10-01", "ended")),
]

ACRONYM_PARTIES = [
    # An agreement's acronym after "the" is another agreement, not a non-state party.
    probe("The United States signed the ACSA and the SOFA in 2014.",
          Want("ACSA", ACSA, "acsa", "USA", "2014-01-01", "signed"),
          Want("SOFA", SOFA, "sofa", "USA", "2014-01-01", "signed")),
]

DATE_ATTACHMENT: dict[str, list[Probe]] = {
    "own_since": OWN_SINCE,
    "relative_clauses": RELATIVE_CLAUSES,
    "acronym_parties": ACRONYM_PARTIES,
}


@pytest.mark.parametrize("row", probe_params(DATE_ATTACHMENT))
def test_date_attachment_probe(row: Probe) -> None:
    assert_probe(row)


def test_relative_clause_end_still_reaches_its_own_agreement() -> None:
    from pipeline.facts import AgreementFact
    from pipeline.nlp import extract_text

    text = "The two countries signed the Port Access Agreement, which runs through 2030."
    [fact] = [f for f in extract_text(text).facts if isinstance(f, AgreementFact)]
    assert fact.date_end is not None and fact.date_end.end is not None
    assert fact.date_end.end.year == 2030


def test_relative_clause_of_the_next_agreement_does_not_end_the_one_before() -> None:
    from pipeline.facts import AgreementFact
    from pipeline.nlp import extract_text

    text = ("In the east, the Harbor Security Framework, adopted with Peru in May 2019, "
            "succeeded the Andean Ridge Initiative, which ran from FY 2010 through FY 2018.")
    ends = {f.name: f.date_end for f in extract_text(text).facts if isinstance(f, AgreementFact)}
    assert ends["Harbor Security Framework"] is None
    assert ends["Andean Ridge Initiative"] is not None
