"""Agreements, round 11: probes of invented sentences (never held-out text) for the categories
of heldout13/14's first run: a proposal or talks not concluded make an agreement proposed;
cooperation and assistance agreements are generic agreements; a date that marks or
celebrates a partnership's years is no start; a title naming the pairing's state and country
before "State Partnership" is the program's pairing. Same machinery and conventions as
tests/test_agreement_probes.py."""

from __future__ import annotations

import pytest

from tests.test_agreement_probes import Probe, Want, assert_probe, probe, probe_params

ACSA = "Acquisition and Cross-Servicing Agreement"
SOFA = "Status of Forces Agreement"
SPP = "State Partnership Program"

PROPOSED = [
    probe("Nepal repeated its proposal to conclude an ACSA with the United States.",
          Want("ACSA", ACSA, "acsa", "NPL;USA", None, "proposed")),
    probe("Bhutan and the United States held talks on a SOFA, but none has been concluded.",
          Want("SOFA", SOFA, "sofa", "BTN;USA", None, "proposed")),
    # Control: a signing in the clause is no proposal.
    probe("Chile and the United States signed an ACSA in 2019.",
          Want("ACSA", ACSA, "acsa", "CHL;USA", "2019-01-01", "signed")),
]

GENERIC = [
    probe("Armenia and the United States signed a cooperation agreement in 1995.",
          Want("cooperation agreement", "cooperation agreement", "agreement", "ARM;USA",
               "1995-01-01", "signed")),
    probe("Moldova and the United States concluded an assistance agreement in 1992.",
          Want("assistance agreement", "assistance agreement", "agreement", "MDA;USA",
               "1992-01-01", "signed")),
]

NOT_A_START = [
    # The ceremony's date celebrates the partnership; it did not begin it.
    probe("On May 4, 2022, soldiers gathered in Accra to celebrate 14 years of the partnership "
          "between the North Dakota National Guard and Ghana.",
          Want("partnership", SPP, "state_partnership", "GHA;North Dakota National Guard",
               None, None)),
]

PAIRING_TITLES = [
    # A title ending in the program's name after the pairing's state and country is the
    # pairing, its state the Guard.
    probe("Embassy Celebrates 20 Years of the Vermont–Senegal State Partnership",
          Want("Vermont–Senegal State Partnership", SPP, "state_partnership",
               "SEN;Vermont National Guard", None, None)),
    probe("The Idaho–Cambodia State Partnership Program began in 2009.",
          Want("Idaho–Cambodia State Partnership Program", SPP, "state_partnership",
               "Idaho National Guard;KHM", "2009-01-01", None)),
    # "the Ohio–Serbia pairing" names the program's pairing in the sentence.
    probe("Under the State Partnership Program, the Ohio–Serbia pairing has trained medics "
          "since 2005.",
          Want("State Partnership Program", SPP, "state_partnership",
               "Ohio National Guard;SRB", "2005-01-01", None)),
]

LIST_OF_SIGNATORIES = [
    # The comma-"and" closes a list of states; its last state is no new clause's subject.
    probe("Ministers welcomed the Water Sharing Accord that Kazakhstan, Kyrgyzstan, and "
          "Uzbekistan concluded in Almaty on May 2, 2024.",
          Want("Water Sharing Accord", "Water Sharing Accord", "agreement", "KAZ;KGZ;UZB",
               "2024-05-02", "signed")),
    # Control: after a sentence's own clause, states before a verb open a new clause.
    probe("Ghana signed the Accra Accord with Togo, and Benin and Niger signed a border pact "
          "in 2019.",
          Want("Accra Accord", "Accra Accord", "agreement", "GHA;TGO", None, "signed"),
          Want("border pact", "border pact", "treaty", "BEN;NER", "2019-01-01", "signed")),
]

YEAR_BEFORE_A_MODIFIER = [
    # A year before a lower-case modifier and a generic mention still dates its conclusion;
    # the other date of the clause, when it ends, is its end.
    probe("In May 2012, Tbilisi denounced the 1994 bilateral assistance agreement.",
          Want("assistance agreement", "assistance agreement", "agreement", "GEO;USA",
               "1994-01-01", "ended")),
]

GUESTS_AND_REQUESTS = [
    # Joining people at a ceremony that celebrates a pairing is no start of it.
    probe("Governors joined 150 soldiers in Accra on June 3, 2021, to celebrate 13 years of the "
          "partnership between the North Dakota National Guard and Ghana.",
          Want("partnership", SPP, "state_partnership", "GHA;North Dakota National Guard",
               None, None)),
    # Asking to join is a proposal.
    probe("In 2017 Bhutan's government asked to join the State Partnership Program.",
          Want(SPP, SPP, "state_partnership", "BTN;USA", None, "proposed")),
]

ROUND_11 = {"proposed": PROPOSED, "generic": GENERIC, "not_a_start": NOT_A_START,
            "pairing_titles": PAIRING_TITLES, "list_of_signatories": LIST_OF_SIGNATORIES,
            "year_before_a_modifier": YEAR_BEFORE_A_MODIFIER,
            "guests_and_requests": GUESTS_AND_REQUESTS}


@pytest.mark.parametrize("row", probe_params(ROUND_11))
def test_round_11(row: Probe) -> None:
    assert_probe(row)
