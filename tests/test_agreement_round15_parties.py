"""Agreements, round 15: probes of invented sentences (never held-out text) for the party
rules of round 15 (``pipeline/data/agreement_parties.json``): a month named "May" after an
agreement is no modal verb opening a clause of its own, so the agreement keeps the subject it
shares; "its" right before an agreement stands for the state its sentence (or, when it opens
the sentence, the sentence before) opens with; a pairing mention of one guard is that guard's
and the one state bound to it by possessive, appositive, relative clause, subject or "with",
not every state of its sentence. Same machinery and conventions as
tests/test_agreement_probes.py."""

from __future__ import annotations

import pytest

from tests.test_agreement_probes import Probe, Want, assert_probe, probe, probe_params

REGIONAL = "Regional Overview\n\n"
IPAP = "Individual Partnership Action Plan"
IPCP = "Individual Partnership and Cooperation Programme"
SPP = "State Partnership Program"

MONTH_MAY = [
    probe(REGIONAL + "Latvia entered NATO's Partnership for Peace on June 2, 1994, and adopted "
          "an initial Individual Partnership Action Plan together with NATO in May 2006.",
          Want("Partnership for Peace", "Partnership for Peace", "partnership", "LVA;NATO",
               "1994-06-02", None),
          Want(IPAP, IPAP, "partnership", "LVA;NATO", "2006-05-01", None)),
    # Control: the same sentence with another month was already right.
    probe(REGIONAL + "Latvia entered NATO's Partnership for Peace on June 2, 1994, and adopted "
          "an initial Individual Partnership Action Plan together with NATO in July 2006.",
          Want("Partnership for Peace", "Partnership for Peace", "partnership", "LVA;NATO",
               "1994-06-02", None),
          Want(IPAP, IPAP, "partnership", "LVA;NATO", "2006-07-01", None)),
]

POSSESSIVE_ITS = [
    probe(REGIONAL + "Chile hosts a regional demining school. Its Individual Partnership and "
          "Cooperation Programme, renewed with NATO, covers cyber defense.",
          Want(IPCP, IPCP, "partnership", "CHL;NATO", None, None)),
    probe(REGIONAL + "In 2019, Peru became a global partner of NATO; its Individual Partnership "
          "and Cooperation Programme, agreed with the Alliance, guides demining.",
          Want(IPCP, IPCP, "partnership", "NATO;PER", None, None)),
    # Control: a nearer state of the same sentence is what "its" stands for.
    probe(REGIONAL + "Norway hosts rotating U.S. Marines, and Denmark will soon "
          "sign its own Defense Cooperation Agreement with the United States.",
          Want("Defense Cooperation Agreement", "Defense Cooperation Agreement",
               "defense_cooperation", "DNK;USA", None, None)),
]

BOUND_PAIRINGS = [
    probe(REGIONAL + "Bolivia also learns from its neighbors: Paraguay, which has partnered "
          "with the Iowa National Guard since 2011, hosted an exercise with Bolivian units.",
          Want("partnered", SPP, "state_partnership", "Iowa National Guard;PRY",
               "2011-01-01", "active")),
    probe(REGIONAL + "Gabon, paired with the Nevada National Guard since 2011, co-hosted an "
          "exercise with Cameroon.",
          Want("paired", SPP, "state_partnership", "GAB;Nevada National Guard", "2011-01-01",
               "active")),
    probe(REGIONAL + "Estonia's partnership with the Maryland National Guard has produced "
          "joint deployments, and the Ohio National Guard has been paired with Latvia for two "
          "decades.",
          Want("partnership", SPP, "state_partnership", "EST;Maryland National Guard", None,
               "active"),
          Want("paired", SPP, "state_partnership", "LVA;Ohio National Guard", None,
               "active")),
    probe(REGIONAL + "Belgian and Dutch officers attend as observers, and Ecuador's partnership "
          "with the Kentucky National Guard includes a disaster component.",
          Want("partnership", SPP, "state_partnership", "ECU;Kentucky National Guard", None,
               "active")),
    # Control: two states listed as the subject of one guard's pairing keep both.
    probe(REGIONAL + "Since 2012, Chad and Niger have partnered with the Idaho National Guard.",
          Want("partnered", SPP, "state_partnership", "Idaho National Guard;NER;TCD",
               "2012-01-01", "active")),
]

PROBE_TABLES: dict[str, list[Probe]] = {
    "month_may": MONTH_MAY,
    "possessive_its": POSSESSIVE_ITS,
    "bound_pairings": BOUND_PAIRINGS,
}


@pytest.mark.parametrize("row", probe_params(PROBE_TABLES))
def test_round15_party_probe(row: Probe) -> None:
    assert_probe(row)
