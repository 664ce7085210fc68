"""Agreements, round 10: probes of invented sentences (never held-out text) for State
Partnership Program pairings stated with a U.S. state named alone ("Ohio has partnered with
Hungary"), its possessive ("Kansas's partnership with Armenia", "Montana's Guard"), the noun
"partners" after a form of "be", and "partnerships". A state stands for its Guard only in a
document that speaks of the program (names it or names a Guard), only near the pairing word,
and never as a place. Also: names with an accented word before the head ("Mérida
Initiative"), known programmes named without a head word ("Plan Colombia", "NORDEFCO"), and
co-production agreements. Same machinery and conventions as tests/test_agreement_probes.py."""

from __future__ import annotations

import pytest

from tests.test_agreement_probes import Probe, Want, assert_probe, probe, probe_params

SPP = "State Partnership Program"
PROGRAM = "The State Partnership Program links U.S. National Guards with foreign militaries. "
GUARD = "The Kansas National Guard hosted a planning conference in Topeka. "


def pairing(span: str, parties: str, start: str | None) -> Want:
    return Want(span, SPP, "state_partnership", parties, start, None)


BARE_STATE_PAIRINGS = [
    probe(PROGRAM + "Arizona has partnered with Kazakhstan since 1993.",
          Want(SPP, SPP, "state_partnership", "USA", None, None),
          pairing("partnered", "Arizona National Guard;KAZ", "1993-01-01")),
    probe(GUARD + "Armenia's partnership with Kansas was established in 2003.",
          pairing("partnership", "ARM;Kansas National Guard", "2003-01-01")),
    probe(GUARD + "Kansas's partnership with Armenia began in 2003.",
          pairing("partnership", "ARM;Kansas National Guard", "2003-01-01")),
    probe(GUARD + "Montana's Guard has partnered with Kyrgyzstan since 1996.",
          pairing("partnered", "KGZ;Montana National Guard", "1996-01-01")),
    probe(GUARD + "Tajikistan and Virginia have been partners since 2003.",
          pairing("partners", "TJK;Virginia National Guard", "2003-01-01")),
    probe(GUARD + "Chile and Peru began their own partnerships with Texas in 2008.",
          pairing("partnerships", "CHL;PER;Texas National Guard", "2008-01-01")),
]

GUARD_PAIRINGS = [
    # "partners" after a form of "be", with the Guard named in full.
    probe("The Nevada National Guard and Turkmenistan have been partners since 2021.",
          pairing("partners", "Nevada National Guard;TKM", "2021-01-01")),
]

NO_PAIRING = [
    # No program and no Guard in the document: a state's partnership is no pairing.
    probe("Texas's partnership with Mexico on border trade grew in 2019."),
    # The state is far from the pairing word and only modifies "soldiers".
    probe(PROGRAM + "Over the years those pairings helped reform-minded militaries change, "
          "and Iowa and Kosovar soldiers have served together in Djibouti.",
          Want(SPP, SPP, "state_partnership", "USA", None, None)),
    # A state named as a place is no party.
    probe(GUARD + "Exercises in Alaska partnered Mongolia with Japan in 2015."),
]

NAMED = [
    # An accented word right before the head word is part of the name.
    probe("Mexico and the United States launched the Mérida Initiative in 2007.",
          Want("Mérida Initiative", "Mérida Initiative", "partnership", "MEX;USA",
               "2007-01-01", None)),
    probe("Chile and Bolivia signed the Asunción Accord in 2015.",
          Want("Asunción Accord", "Asunción Accord", "agreement", "BOL;CHL", "2015-01-01",
               None)),
    # Known programmes without a head word, with the parties every mention has.
    probe("Since 2000, Plan Colombia has funded helicopters for the Colombian army.",
          Want("Plan Colombia", "Plan Colombia", "agreement", "COL;USA", "2000-01-01", None)),
    probe("Iceland has taken part in NORDEFCO since 2009.",
          Want("NORDEFCO", "Nordic Defence Cooperation", "partnership", "DNK;FIN;ISL;NOR;SWE",
               "2009-01-01", None)),
    probe("Ghana trained two battalions under the Africa Contingency Operations Training and "
          "Assistance program in 2005.",
          Want("Africa Contingency Operations Training and Assistance",
               "African Contingency Operations Training and Assistance", "partnership",
               "GHA;USA", "2005-01-01", None)),
    # A co-production agreement is an agreement like a basing or lease agreement.
    probe("In 2019 Jordan and the United States signed a co-production agreement for armored "
          "vehicles.",
          Want("co-production agreement", "co-production agreement", "agreement", "JOR;USA",
               "2019-01-01", None)),
    # Control: "Plan" with another country's demonym is no name.
    probe("The Colombian plan covers five regions."),
]

ACSA = "Acquisition and Cross-Servicing Agreement"
SOFA = "Status of Forces Agreement"
DCA = "Defense Cooperation Agreement"

AT_WORK = [
    # An instrument no phrase gives a status, at work in the present tense, is in force.
    probe("Peru and the United States maintain close ties. The ACSA governs the exchange of "
          "fuel between their forces.",
          Want("ACSA", ACSA, "acsa", "PER;USA", None, "in_force")),
    probe("Under the SOFA, Mongolian and U.S. troops train together every summer.",
          Want("SOFA", SOFA, "sofa", "MNG;USA", None, "in_force")),
    probe("Estonia and the United States value the Defense Cooperation Agreement (DCA), under "
          "which U.S. units rotate through Tapa.",
          Want(DCA, DCA, "defense_cooperation", "EST;USA", None, "in_force")),
    # A verb of what it does outranks the year before its name, and so does being what
    # something happens under (tests/test_agreement_probes.py: "Under a 2015 Defence ...").
    probe("Croatia and the United States are close allies. The 2006 Access Agreement permits "
          "U.S. aircraft to use Pleso air base.",
          Want("Access Agreement", "Access Agreement", "agreement", "HRV;USA", "2006-01-01",
               "in_force")),
    # A stated status comes first: signing, a proposal.
    probe("Oman and the United States signed an ACSA in 2019 that governs fuel exchanges.",
          Want("ACSA", ACSA, "acsa", "OMN;USA", "2019-01-01", "signed")),
    probe("Ghana and the United States are negotiating a SOFA that would govern exercises.",
          Want("SOFA", SOFA, "sofa", "GHA;USA", None, "proposed")),
    # Nothing at work: no status.
    probe("Ministers from Chile and the United States discussed the ACSA at length.",
          Want("ACSA", ACSA, "acsa", "CHL;USA", None, "")),
]

ROUND_10 = {"bare_state": BARE_STATE_PAIRINGS, "guard": GUARD_PAIRINGS,
            "no_pairing": NO_PAIRING, "named": NAMED, "at_work": AT_WORK}


@pytest.mark.parametrize("row", probe_params(ROUND_10))
def test_round_10(row: Probe) -> None:
    assert_probe(row)
