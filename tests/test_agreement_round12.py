"""Agreements, round 12: probes of invented sentences (never held-out text) for the categories
of heldout15's first run: "both sides", "the delegations" in a document about one partner are
that partner and the United States, whatever states the sentence before names; an intent to
conclude is a proposal. Same machinery and conventions as tests/test_agreement_probes.py."""

from __future__ import annotations

import pytest

from tests.test_agreement_probes import Probe, Want, assert_probe, probe, probe_params

GSOMIA = "General Security of Military Information Agreement"
ACSA = "Acquisition and Cross-Servicing Agreement"

DIALOGUE_SIDES = [
    probe("Joint Statement on the U.S.–Nepal Security Dialogue\n\nU.S. training has supported "
          "Nepalese contingents deploying to Lebanon and, until 2019, Mali. Both sides "
          "reaffirmed their intent to conclude a GSOMIA.",
          Want("GSOMIA", GSOMIA, "gsoia", "NPL;USA", None, "proposed")),
    probe("Joint Statement on the U.S.–Ghana Defense Dialogue\n\nGhanaian units have served "
          "with Togolese troops. The delegations signed an ACSA in 2021.",
          Want("ACSA", ACSA, "acsa", "GHA;USA", "2021-01-01", "signed")),
    # Control: with no one partner, the sides are the states named before.
    probe("Regional Overview\n\nPeru and Chile met in Lima. Both sides signed an ACSA in 2021.",
          Want("ACSA", ACSA, "acsa", "CHL;PER", "2021-01-01", "signed")),
]

ROUND_12 = {"dialogue_sides": DIALOGUE_SIDES}


@pytest.mark.parametrize("row", probe_params(ROUND_12))
def test_round_12(row: Probe) -> None:
    assert_probe(row)
