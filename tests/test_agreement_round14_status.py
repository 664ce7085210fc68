"""Agreements, round 14 (start dates and status): probes of invented sentences (never held-out
text). A ratification reports a conclusion: signed. An instrument something is governed by or
proceeds under, or that "remains the foundation" or "continues to govern", is in force even
beside its own signing participle; the object of "supplements" or "builds on" is in force
unless a signing of its own follows it. The period a plan covers is its start only when no
other date gives one. A mention's own participle ("adopted in June 2021") outweighs a plan
stated elsewhere in its sentence. In a dated document, an undated signing "today" is on the
document's date, and later undated mentions of what was signed that day stay signed. Same
machinery and conventions as tests/test_agreement_probes.py."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_agreement_probes import Probe, Want, assert_probe, probe, probe_params

ACSA = "Acquisition and Cross-Servicing Agreement"
DCA = "Defense Cooperation Agreement"
MOU = "Memorandum of Understanding"
SOFA = "Status of Forces Agreement"

RATIFIED = [
    probe("Chile and Argentina ratified the Treaty of Punta Arenas on Fisheries in 1998.",
          Want("Treaty of Punta Arenas on Fisheries", "Treaty of Punta Arenas on Fisheries",
               "treaty", "ARG;CHL", "1998-01-01", "signed")),
    probe("Uruguay and Paraguay signed a transit agreement in May 2017, and both congresses "
          "ratified it in 2018.",
          Want("transit agreement", "transit agreement", "transit", "PRY;URY", "2017-05-01",
               "signed")),
    # Control: an entry into force is still in force.
    probe("The Fiji-Tonga Fisheries Treaty entered into force in 2012.",
          Want("Fiji-Tonga Fisheries Treaty", "Fisheries Treaty", "treaty",
               "FJI;TON", "2012-01-01", "in_force")),
]

GOVERNING = [
    probe("The Joint Declaration on Andean Security, signed in Quito on June 3, 2004, remains "
          "the foundation of relations between Ecuador and Peru.",
          Want("Joint Declaration on Andean Security", "Joint Declaration on Andean Security",
               "agreement", "ECU;PER", "2004-06-03", "in_force")),
    probe("The Chile-Peru Status of Forces Agreement, concluded in 2011, continues to govern "
          "joint naval drills.",
          Want(SOFA, SOFA, "sofa", "CHL;PER", "2011-01-01", "in_force")),
    probe("Coast guard training between Ghana and Togo is governed by a Letter of Agreement "
          "that the two ministries first signed in 2007.",
          Want("Letter of Agreement", "Letter of Agreement", "agreement", "GHA;TGO",
               "2007-01-01", "in_force")),
    probe("Demining work proceeds under an implementing arrangement that Ghana concluded with "
          "the United States in April 2015.",
          Want("implementing arrangement", "implementing arrangement", "agreement", "GHA;USA",
               "2015-04-01", "in_force")),
    probe("Peace between Peru and Ecuador still rests on the Brasilia Accord, signed on "
          "October 26, 1998.",
          Want("Brasilia Accord", "Brasilia Accord", "agreement", "ECU;PER", "1998-10-26",
               "in_force")),
    # Controls: "rests on" alone and "governs" beside a signing stay signed (the annotators'
    # reading is split or signed).
    probe("Relations between Peru and Chile rest on the Lima Accord, signed on May 4, 1999.",
          Want("Lima Accord", "Lima Accord", "agreement", "CHL;PER", "1999-05-04", "signed")),
    probe("The Chile-Peru ACSA, signed in 2010, governs logistics support.",
          Want("ACSA", ACSA, "acsa", "CHL;PER", "2010-01-01", "signed")),
]

BUILDING_ON = [
    probe("The new accord between Peru and Chile supplements the 1993 Maritime Boundary "
          "Agreement.",
          Want("Maritime Boundary Agreement", "Maritime Boundary Agreement", "agreement",
               "CHL;PER", "1993-01-01", "in_force")),
    probe("Building on the Chile-Peru Defense Cooperation Agreement, the two navies plan a "
          "joint exercise.",
          Want(DCA, DCA, "defense_cooperation", "CHL;PER", None, "in_force")),
    # Controls: the object's own signing keeps it signed.
    probe("The new accord builds on the Chile-Peru Status of Forces Agreement signed in 2009.",
          Want(SOFA, SOFA, "sofa", "CHL;PER", "2009-01-01", "signed")),
    probe("The plan builds on the Chile-Peru ACSA that the two navies concluded in 2012.",
          Want("ACSA", ACSA, "acsa", "CHL;PER", "2012-01-01", "signed")),
]

COVERED_PERIOD = [
    probe("Ghana and Togo follow a Plan of Coastal Cooperation: the second such plan, adopted "
          "in Accra in November 2020, covers 2021 through 2023.",
          Want("Plan of Coastal Cooperation", "Plan of Coastal Cooperation", "agreement",
               "GHA;TGO", "2020-11-01", "signed")),
    probe("The ministers welcomed the signing in Lome, on May 4, 2022, of the Ghana-Togo Plan "
          "of Coastal Cooperation for 2023.",
          Want("Ghana-Togo Plan of Coastal Cooperation", "Plan of Coastal Cooperation",
               "agreement", "GHA;TGO", "2022-05-04", "signed")),
    # Control: a signing verb right before its date already wins.
    probe("Peru and Chile adopted a Roadmap for Naval Cooperation in March 2022, which covers "
          "2023 through 2027.",
          Want("Roadmap for Naval Cooperation", "Roadmap for Naval Cooperation", "agreement",
               "CHL;PER", "2022-03-01", "signed")),
    # Control: with no other date, the covered period gives the start.
    probe("Under the Chile-Peru Roadmap for Naval Cooperation, which covers 2020 through 2024, "
          "the navies train together.",
          Want("Roadmap for Naval Cooperation", "Roadmap for Naval Cooperation", "agreement",
               "CHL;PER", "2020-01-01", None)),
]

OWN_EVENT = [
    probe("The Ghana-Togo Roadmap for Coastal Security, adopted in June 2021, sets goals for "
          "patrols, and the two coast guards are negotiating a fuel deal.",
          Want("Roadmap for Coastal Security", "Roadmap for Coastal Security", "agreement",
               "GHA;TGO", "2021-06-01", "signed")),
    # Control: a proposal of its own stays proposed.
    probe("Chile and Peru are negotiating a Status of Forces Agreement, first proposed in "
          "2019.",
          Want(SOFA, SOFA, "sofa", "CHL;PER", None, "proposed")),
]

DAY_OF_SIGNING = [
    probe("Today in Accra, the ministers of Ghana and Togo signed a Memorandum of "
          "Understanding on coastal patrols. The MOU sets out patrol zones for Ghana and Togo.",
          Want(MOU, MOU, "memorandum", "GHA;TGO", "2024-03-05", "signed"),
          Want("MOU", MOU, "memorandum", "GHA;TGO", None, "signed"),
          doc_date=date(2024, 3, 5)),
    # Control: with no document date, nothing is the document's day.
    probe("Today in Accra, the ministers of Ghana and Togo signed a Memorandum of "
          "Understanding on coastal patrols. The MOU sets out patrol zones for Ghana and Togo.",
          Want(MOU, MOU, "memorandum", "GHA;TGO", None, "signed"),
          Want("MOU", MOU, "memorandum", "GHA;TGO", None, "in_force")),
]

ROUND_14 = {"ratified": RATIFIED, "governing": GOVERNING, "building_on": BUILDING_ON,
            "covered_period": COVERED_PERIOD, "own_event": OWN_EVENT,
            "day_of_signing": DAY_OF_SIGNING}


@pytest.mark.parametrize("row", probe_params(ROUND_14))
def test_round_14_status(row: Probe) -> None:
    assert_probe(row)
