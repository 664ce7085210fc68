"""Agreements, round 15 (start dates): probes of invented sentences (never held-out text).
A relative clause right after a mention whose own clause gives no start states it ("the
GPOI, through which ... since 2006"; "a pairing ..., which began in 1999"). An extension is
an event in an agreement's life, not its start ("was extended in 2015"). A year written in
an agreement's name outranks the signing of an amendment to it. "That same year" / "the
same day" takes the year (day) of the last date before it in its sentence. Same machinery
and conventions as tests/test_agreement_probes.py."""

from __future__ import annotations

import pytest

from tests.test_agreement_probes import Probe, Want, assert_probe, probe, probe_params

GPOI = "Global Peace Operations Initiative"
PFP = "Partnership for Peace"
SOFA = "Status of Forces Agreement"
SPP = "State Partnership Program"
LOA = "Letter of Agreement"

RELATIVE_CLAUSE = [
    probe("Chile praised Peru's role in the Global Peace Operations Initiative, through "
          "which the United States has backed Peru's peacekeeping school since 2006.",
          Want(GPOI, GPOI, "partnership", "CHL;PER;USA", "2006-01-01", "active")),
    probe("Peru cooperates with NATO through the Partnership for Peace, in which Peru has "
          "participated since May 1997.",
          Want(PFP, PFP, "partnership", "NATO;PER", "1997-05-01", "active")),
    probe("The two sides highlighted the State Partnership Program pairing of Peru and the Ohio "
          "National Guard, which since 2011 has conducted more than 80 exchanges.",
          Want(SPP, SPP, "state_partnership", "Ohio National Guard;PER", "2011-01-01",
               "active")),
    probe("Peru keeps up its State Partnership Program pairing with the Ohio National Guard, "
          "which began in 1999.",
          Want(SPP, SPP, "state_partnership", "Ohio National Guard;PER", "1999-01-01",
               "active")),
    # Controls: a relative clause with no date gives none; a date after another agreement in
    # the relative clause is that agreement's.
    probe("Chile welcomed Peru's participation in the Global Peace Operations Initiative, "
          "through which the United States has trained Peruvian peacekeepers.",
          Want(GPOI, GPOI, "partnership", "CHL;PER;USA", None, "active")),
    probe("Peru takes part in the Global Peace Operations Initiative, through which the United "
          "States has funded a training center under an Acquisition and Cross-Servicing "
          "Agreement signed in 2012.",
          Want(GPOI, GPOI, "partnership", "PER;USA", None, "active"),
          Want("Acquisition and Cross-Servicing Agreement",
               "Acquisition and Cross-Servicing Agreement", "acsa", "PER;USA", "2012-01-01",
               "signed")),
]

EXTENSION = [
    probe("The Chile-Peru transit agreement was extended in 2015.",
          Want("transit agreement", "transit agreement", "transit", "CHL;PER", None, None)),
    probe("The United States and Peru extended their Status of Forces Agreement in June 2019 by "
          "two years.",
          Want(SOFA, SOFA, "sofa", "PER;USA", None, None)),
    # Controls: the signing still dates it when the extension follows.
    probe("Chile and Peru signed a transit agreement in 2004 and extended it in 2014.",
          Want("transit agreement", "transit agreement", "transit", "CHL;PER", "2004-01-01",
               "signed")),
    probe("Peru and the United States first concluded their Status of Forces Agreement in 2003; it "
          "was extended in 2013.",
          Want(SOFA, SOFA, "sofa", "PER;USA", "2003-01-01", "signed")),
]

NAME_YEAR = [
    probe("An amendment signed in May 2021 extended Peru's 2011 Letter of Agreement with the "
          "United States.",
          Want(LOA, LOA, "agreement", "PER;USA", "2011-01-01", None)),
    # Control: without a year in its name, the signing dates it.
    probe("In May 2021 Peru and the United States signed a Letter of Agreement.",
          Want(LOA, LOA, "agreement", "PER;USA", "2021-05-01", "signed")),
]

SAME_PERIOD = [
    probe("Both sides noted Peru's role in the Partnership for Peace, which it joined on March 3, "
          "1997, and the Ohio National Guard's partnership with Peru, set up that same "
          "year through the State Partnership Program.",
          Want(PFP, PFP, "partnership", "NATO;PER", "1997-03-03", "active"),
          Want(SPP, SPP, "state_partnership", "Ohio National Guard;PER", "1997-01-01",
               "active")),
    probe("Peru, a Partnership for Peace member since 1997 and the Ohio National Guard's "
          "State Partnership Program partner since the same year, hosts the exercise.",
          Want(PFP, PFP, "partnership", "NATO;PER", "1997-01-01", "active"),
          Want(SPP, SPP, "state_partnership", "Ohio National Guard;PER", "1997-01-01",
               "active")),
    # Control: across ", and" the phrase is the later clause's, not the PfP's (March 1997).
    probe("Peru joined the Partnership for Peace in March 1997, and the same year the Ohio "
          "National Guard began a partnership with Peru under the State Partnership Program.",
          Want(PFP, PFP, "partnership", "NATO;PER", "1997-03-01", None),
          Want(SPP, SPP, "state_partnership", "Ohio National Guard;PER", "1997-01-01",
               "active")),
]

TABLES: dict[str, list[Probe]] = {
    "relative_clause": RELATIVE_CLAUSE,
    "extension": EXTENSION,
    "name_year": NAME_YEAR,
    "same_period": SAME_PERIOD,
}


@pytest.mark.parametrize("row", probe_params(TABLES))
def test_round15_date_probe(row: Probe) -> None:
    assert_probe(row)
