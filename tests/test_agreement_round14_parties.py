"""Agreements, round 14: probes of invented sentences (never held-out text) for the party
rules of ``pipeline/data/agreement_parties.json``: an initiative the United States runs or
funds (``us_programmes``) has the United States among its parties, and a NATO programme still
does not; states a clause after the agreement says joined it are parties, of that mention and
of later mentions that name no state of their own; a state written before "-led" leads the
agreement; "the Nordic and Baltic countries" are all eight; a State Partnership Program
mention followed by ", pairing with <Guard>" is that guard's and the joining state's, never
the United States'; a former capital (Almaty) or a territory's seat (Nuuk) stands for its
government, but not after "in". Same machinery and conventions as
tests/test_agreement_probes.py."""

from __future__ import annotations

import pytest

from tests.test_agreement_probes import Probe, Want, assert_probe, probe, probe_params

REGIONAL = "Regional Overview\n\n"
SPP = "State Partnership Program"
MOU = "Memorandum of Understanding"

US_PROGRAMMES = [
    probe(REGIONAL + "Honduras has received police training through the Central America "
          "Regional Security Initiative since 2009.",
          Want("Central America Regional Security Initiative",
               "Central America Regional Security Initiative", "partnership", "HND;USA",
               "2009-01-01", "active")),
    # No state named at all: the programme is still the United States'.
    probe(REGIONAL + "The Third Border Initiative, a modest regional program, began in 2001.",
          Want("Third Border Initiative", "Third Border Initiative", "partnership", "USA",
               "2001-01-01", "active")),
    probe(REGIONAL + "Through the Merida Initiative, Mexican prosecutors took courses on "
          "evidence handling from 2010.",
          Want("Merida Initiative", "Merida Initiative", "partnership", "MEX;USA",
               "2010-01-01", "active")),
    # Control: a programme NATO owns does not become the United States'.
    probe(REGIONAL + "Jordan has worked with the Alliance under NATO's Mediterranean Dialogue "
          "since 1995.",
          Want("Mediterranean Dialogue", "Mediterranean Dialogue", "partnership", "JOR;NATO",
               "1995-01-01", "active")),
]

JOINERS = [
    # Later joiners are parties, and a later mention naming no state takes the membership.
    probe(REGIONAL + "The Harbor Accords, signed in 2019 by Chile, Peru, and the United States, "
          "set up a joint patrol zone; Ecuador and Colombia later joined.\n\nThe United States "
          "remains proud of the fisheries cooperation that the Harbor Accords made possible.",
          Want("Harbor Accords", "Harbor Accords", "agreement", "CHL;COL;ECU;PER;USA",
               "2019-01-01", "signed"),
          Want("Harbor Accords made", "Harbor Accords", "agreement", "CHL;COL;ECU;PER;USA",
               None, None)),
    probe(REGIONAL + "In 2022, Japan, Australia, and the United States launched the Coral Sea "
          "Partnership; Fiji and Tonga joined in 2023.",
          Want("Coral Sea Partnership", "Coral Sea Partnership", "partnership",
               "AUS;FJI;JPN;TON;USA", "2022-01-01", "active")),
    # Control: a state that joined something else is no party.
    probe(REGIONAL + "The Harbor Accords were signed in 2019 by Chile and Peru; Ecuador joined "
          "the Pacific Alliance in 2020.",
          Want("Harbor Accords", "Harbor Accords", "agreement", "CHL;PER", "2019-01-01",
               "signed")),
]

LEADERS_AND_GROUPS = [
    probe(REGIONAL + "Norway sends a frigate each year to exercises of the United Kingdom-led "
          "Joint Expeditionary Force.",
          Want("Joint Expeditionary Force", "Joint Expeditionary Force", "partnership",
               "GBR;NOR", None, "active")),
    probe(REGIONAL + "Since 2014, the Nordic and Baltic countries have met under the Northern "
          "Shield Partnership.",
          Want("Northern Shield Partnership", "Northern Shield Partnership", "partnership",
               "DNK;EST;FIN;ISL;LTU;LVA;NOR;SWE", "2014-01-01", "active")),
]

PAIRINGS = [
    probe(REGIONAL + "In 2019, Chile joined the State Partnership Program, pairing with the "
          "Texas National Guard.",
          Want(SPP, SPP, "state_partnership", "CHL;Texas National Guard", "2019-01-01",
               "active")),
    # The pairing word of a participial clause is the pairing of its own clause's subject,
    # not of the state the sentence opens with.
    probe(REGIONAL + "Peru has partnered with the Idaho National Guard since 2004, and Bolivia "
          "entered the program in 2021, pairing with the Utah National Guard.",
          Want("partnered", SPP, "state_partnership", "Idaho National Guard;PER",
               "2004-01-01", "active"),
          Want("pairing", SPP, "state_partnership", "BOL;Utah National Guard", None,
               "active")),
]

CAPITALS = [
    probe(REGIONAL + "Washington and Almaty signed the Cooperative Threat Reduction Umbrella "
          "Agreement in December 1993.",
          Want("Cooperative Threat Reduction Umbrella Agreement",
               "Cooperative Threat Reduction Umbrella Agreement", "agreement", "KAZ;USA",
               "1993-12-01", "signed")),
    probe(REGIONAL + "Washington, Copenhagen, and Nuuk concluded the Igaliku Agreement in "
          "August 2004.",
          Want("Igaliku Agreement", "Igaliku Agreement", "agreement", "DNK;GRL;USA",
               "2004-08-01", "signed")),
    # Control: a capital after "in" is where it was signed.
    probe(REGIONAL + "The United States and Kyrgyzstan signed a Memorandum of Understanding in "
          "Almaty in 2010.",
          Want(MOU, MOU, "memorandum", "KGZ;USA", "2010-01-01", "signed")),
]

PROBE_TABLES: dict[str, list[Probe]] = {
    "us_programmes": US_PROGRAMMES,
    "joiners": JOINERS,
    "leaders_and_groups": LEADERS_AND_GROUPS,
    "pairings": PAIRINGS,
    "capitals": CAPITALS,
}


@pytest.mark.parametrize("row", probe_params(PROBE_TABLES))
def test_round14_party_probe(row: Probe) -> None:
    assert_probe(row)
