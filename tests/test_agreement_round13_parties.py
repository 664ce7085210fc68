"""Agreements, round 13: probes of invented sentences (never held-out text) for the party
categories of the regression sets' misses: a kind the United States concludes with one partner
at a time (a transit or access agreement, even a generic mention) is with the United States
and the document's partner, and a list of states after "with" are each its partners; an
organization after "with the United States and" takes part; the people of a state and the
neighbours a border crossing is "with" are no parties; a U.S. state's Guard or military
department, or a named office that is no state (AIT, TECRO), that signs stands in for the
United States; GPOI in a document about one partner is that partner's. Same machinery and
conventions as tests/test_agreement_probes.py."""

from __future__ import annotations

import pytest

from tests.test_agreement_probes import Probe, Want, assert_probe, probe, probe_params

MOU = "Memorandum of Understanding"
TRANSIT = "transit agreement"

US_PARTNER_KINDS = [
    # A generic transit agreement in a document about one partner: it and the United States.
    probe("U.S. Security Cooperation With Mongolia\n\nMongolia hosted exercises. U.S. cargo "
          "moved under transit agreements concluded in 2010.",
          Want("transit agreements", TRANSIT, "transit", "MNG;USA", "2010-01-01", "signed")),
    # Partners listed after "with": each with the United States.
    probe("Regional Overview\n\nFrom 2010, the network moved fuel to Europe under transit "
          "agreements concluded with Kazakhstan, Tajikistan, and Uzbekistan.",
          Want("transit agreements", TRANSIT, "transit", "KAZ;TJK;USA;UZB", "2010-01-01",
               "signed")),
    # Control: two other states as its subject conclude it among themselves.
    probe("Regional Overview\n\nPeru and Bolivia renewed their transit agreements in 2015.",
          Want("transit agreements", TRANSIT, "transit", "BOL;PER", "2015-01-01", None)),
    # A generic access agreement in a document about one partner.
    probe("U.S. Security Cooperation With Oman\n\nUnder an access agreement concluded in 1980, "
          "U.S. aircraft refuel at two airfields.",
          Want("access agreement", "access agreement", "agreement", "OMN;USA", "1980-01-01",
               "signed")),
    # Control: in a regional text the partner an earlier sentence names is no guess for it.
    probe("Regional Overview\n\nIn 2019, Chile signed an ACSA with the United States. For a "
          "decade, several Andean countries have supported U.S. flights through multiple "
          "transit agreements.",
          Want("ACSA", "Acquisition and Cross-Servicing Agreement", "acsa", "CHL;USA",
               "2019-01-01", "signed"),
          Want("transit agreements", TRANSIT, "transit", "USA", None, None)),
]

ORGANIZATIONS_AFTER_A_STATE = [
    probe("Regional Overview\n\nSince 2012, Georgia has shipped cargo through transit "
          "agreements it holds with the United States and NATO.",
          Want("transit agreements", TRANSIT, "transit", "GEO;NATO;USA", "2012-01-01", None)),
]

NO_PARTIES = [
    # The people an agreement's work reaches.
    probe("Regional Overview\n\nPeru and Chile signed a transit agreement in 2016 to carry "
          "food for the Bolivian people.",
          Want("transit agreement", TRANSIT, "transit", "CHL;PER", "2016-01-01", "signed")),
    # The neighbours a border crossing is "with".
    probe("U.S. Security Cooperation With Niger\n\nIn Niger, EXBS works under a Memorandum of "
          "Understanding signed in Niamey in May 2012 and has equipped posts at crossings "
          "with Chad and Libya.",
          Want(MOU, MOU, "memorandum", "NER;USA", "2012-05-01", None)),
]

NAMED_SIGNATORIES = [
    probe("In May 2022, the Ohio National Guard and Serbia's defense ministry concluded a "
          "Memorandum of Understanding covering cyber training.",
          Want(MOU, MOU, "memorandum", "Ohio National Guard;SRB", "2022-05-01", "signed")),
    probe("On March 3, 2023, Peru and the Idaho National Guard signed a letter of intent on "
          "disaster response.",
          Want("letter of intent", "letter of intent", "agreement", "Idaho National Guard;PER",
               "2023-03-03", "signed")),
    probe("At a ceremony in Austin, officers of the Texas Military Department and the Peruvian "
          "Joint Command signed a Memorandum of Understanding in 2022.",
          Want(MOU, MOU, "memorandum", "PER;Texas Military Department", "2022-01-01",
               "signed")),
    probe("In 2019, AIT and TECRO concluded a Memorandum of Understanding on coast guard "
          "training.",
          Want(MOU, MOU, "memorandum",
               "American Institute in Taiwan;Taipei Economic and Cultural Representative Office",
               "2019-01-01", "signed")),
    # Control: a U.S. department beside a ministry is still the United States.
    probe("In 2020, the Department of Defense and Peru's navy ministry concluded a "
          "Memorandum of Understanding covering river patrols.",
          Want(MOU, MOU, "memorandum", "PER;USA", "2020-01-01", "signed")),
]

US_PROGRAMMES = [
    probe("U.S. Security Cooperation With Ghana\n\nGhana trains peacekeepers each year. Since "
          "2015, GPOI has funded a training center near the coast.",
          Want("GPOI", "Global Peace Operations Initiative", "partnership", "GHA;USA",
               "2015-01-01", "active")),
]

PROBE_TABLES: dict[str, list[Probe]] = {
    "us_partner_kinds": US_PARTNER_KINDS,
    "organizations_after_a_state": ORGANIZATIONS_AFTER_A_STATE,
    "no_parties": NO_PARTIES,
    "named_signatories": NAMED_SIGNATORIES,
    "us_programmes": US_PROGRAMMES,
}


@pytest.mark.parametrize("row", probe_params(PROBE_TABLES))
def test_round13_party_probe(row: Probe) -> None:
    assert_probe(row)
