"""Agreements, round 12: probes of invented sentences (never held-out text) for the categories
of heldout15's and heldout16's first runs: "both sides", "the delegations" in a document about
one partner are that partner and the United States, whatever states the sentence before names;
an intent to conclude is a proposal; a headline's capitalized verb ends what comes before an
agreement's name; a heading that is a longer singular name is a mention, not a category's
title; words between "strategic" and "partnership" keep a partnership bilateral. Same
machinery and conventions as tests/test_agreement_probes.py."""

from __future__ import annotations

import pytest

from tests.test_agreement_probes import Probe, Want, assert_probe, probe, probe_params

GSOMIA = "General Security of Military Information Agreement"
ACSA = "Acquisition and Cross-Servicing Agreement"

DIALOGUE_SIDES = [
    probe("Joint Statement on the U.S.–Nepal Security Dialogue\n\nU.S. training has supported "
          "Nepalese contingents deploying to Lebanon and, until 2019, Mali. Both sides "
          "stated their shared intent to conclude a GSOMIA.",
          Want("GSOMIA", GSOMIA, "gsoia", "NPL;USA", None, "proposed")),
    probe("Joint Statement on the U.S.–Ghana Defense Dialogue\n\nGhanaian units have served "
          "with Togolese troops. The delegations signed an ACSA in 2021.",
          Want("ACSA", ACSA, "acsa", "GHA;USA", "2021-01-01", "signed")),
    # Control: with no one partner, the sides are the states named before.
    probe("Regional Overview\n\nPeru and Chile met in Lima. Both sides signed an ACSA in 2021.",
          Want("ACSA", ACSA, "acsa", "CHL;PER", "2021-01-01", "signed")),
]

DCA = "Defense Cooperation Agreement"

HEADLINES_AND_HEADINGS = [
    # A headline's verb ends what comes before the name.
    probe("United States and Bahrain Renew Defense Cooperation Agreement\n\nThe two countries "
          "met in Manama.",
          Want(DCA, DCA, "defense_cooperation", "BHR;USA", None, None)),
    # A heading that is a longer singular name is a mention; a two-word one is a category.
    probe("Quadrilateral Maritime Security Framework\n\nThe four navies train together.",
          Want("Quadrilateral Maritime Security Framework",
               "Quadrilateral Maritime Security Framework", "agreement", "", None, None)),
    probe("Legal Framework\n\nThe four navies train together."),
    probe("Bilateral Agreements\n\nThe four navies train together."),
]

BILATERAL_PARTNERSHIPS = [
    # Other words between "strategic" and "partnership" keep it bilateral in a one-partner text.
    probe("Joint Statement on U.S.–Qatar Relations\n\nThe leaders reviewed the Strategic "
          "Energy Partnership and its working groups.",
          Want("Strategic Energy Partnership", "Strategic Energy Partnership", "partnership",
               "QAT;USA", None, None)),
]

KINDS_OF_INSTRUMENTS = [
    # Letters of Agreement are instruments, not a category; so are these generic agreements.
    probe("In 2012 Peru and the United States signed Letters of Agreement on counternarcotics.",
          Want("Letters of Agreement", "Letter of Agreement", "agreement", "PER;USA",
               "2012-01-01", None)),
    probe("Armenia and Azerbaijan signed a border delimitation agreement in 2024.",
          Want("border delimitation agreement", "border delimitation agreement", "agreement",
               "ARM;AZE", "2024-01-01", None)),
    probe("Qatar and the United States concluded a defense sales agreement in 2023.",
          Want("defense sales agreement", "defense sales agreement", "agreement", "QAT;USA",
               "2023-01-01", None)),
    probe("Oman and the United States agreed a refueling arrangement in 2002.",
          Want("refueling arrangement", "refueling arrangement", "agreement", "OMN;USA",
               "2002-01-01", None)),
]

SPP = "State Partnership Program"

MORE_NAMES_AND_PAIRINGS = [
    # Statements and letters of intent are instruments.
    probe("Oslo and Washington signed a Statement of Intent on air defense in May 2019.",
          Want("Statement of Intent", "Statement of Intent", "agreement", "NOR;USA",
               "2019-05-01", None)),
    # "X partners with" a Guard; a capital stands for its state in a pairing.
    probe("Latvia partners with the Michigan National Guard.",
          Want("partners", SPP, "state_partnership", "LVA;Michigan National Guard", None,
               None)),
    probe("Since 1993 Skopje has been paired with the Vermont National Guard.",
          Want("paired", SPP, "state_partnership", "MKD;Vermont National Guard",
               "1993-01-01", None)),
]

ROUND_12 = {"dialogue_sides": DIALOGUE_SIDES, "headlines_and_headings": HEADLINES_AND_HEADINGS,
            "more_names_and_pairings": MORE_NAMES_AND_PAIRINGS,
            "bilateral_partnerships": BILATERAL_PARTNERSHIPS,
            "kinds_of_instruments": KINDS_OF_INSTRUMENTS}


@pytest.mark.parametrize("row", probe_params(ROUND_12))
def test_round_12(row: Probe) -> None:
    assert_probe(row)
