"""Agreements, round 9: probes of invented sentences (never held-out text) for the categories
of the regression sets' misses: a clause's date that dates something done under an agreement
(a noun the mention only modifies, a thing a participle tells of right before the date, an
event only said to be in line with it); a name in parentheses that only renames the agreement
before it (no mention of its own; its place name is no party; "of 1994" after it dates the
agreement); starts that were lost (a relationship raised to a partnership, an opening date
before ", during ...", the signing date of a replaced agreement); capitals that stand for
their governments; a standalone-only name before a function word; the state before
", whose" as the owner of the agreement the clause names. Same machinery and conventions as
tests/test_agreement_probes.py."""

from __future__ import annotations

import pytest

from tests.test_agreement_probes import Probe, Want, assert_probe, probe, probe_params

ACSA = "Acquisition and Cross-Servicing Agreement"
DCA = "Defense Cooperation Agreement"
RAA = "Reciprocal Access Agreement"
SPP = "State Partnership Program"

OTHER_THING_DATED = [
    # The mention only modifies "sites": May 2021 dates the sites.
    probe("In May 2021 Chile and the United States announced six new ACSA sites.",
          Want("ACSA", ACSA, "acsa", "CHL;USA", None, None)),
    # A participle right before the date tells of the depots, not of the agreement.
    probe("Access under the Reciprocal Access Agreement with Fiji keeps growing, with two "
          "more depots opened in 2020.",
          Want(RAA, RAA, "agreement", "FJI;USA", None, None)),
    # An event only in line with the agreement does not date it.
    probe("In March 2022 Ghana and the United States agreed on a troop drawdown consistent "
          "with the Defense Cooperation Agreement.",
          Want(DCA, DCA, "defense_cooperation", "GHA;USA", None, None)),
    # Controls: the agreement itself is what the date tells of.
    probe("In 2019 Peru and the United States signed an ACSA covering fuel and spare parts.",
          Want("ACSA", ACSA, "acsa", "PER;USA", "2019-01-01", "signed")),
    probe("Under the State Partnership Program, the Idaho National Guard paired with Kenya in "
          "2013.",
          Want(SPP, SPP, "state_partnership", "Idaho National Guard;KEN", "2013-01-01",
               None)),
]

RENAMING_PARENTHESES = [
    # The renaming is part of the mention; "of 1994" after it dates the accord.
    probe("The Baltic Defense Accord (also called the Riga Pact) of 1994 binds Estonia and "
          "Latvia.",
          Want("Baltic Defense Accord", "Baltic Defense Accord", "agreement", "EST;LVA",
               "1994-01-01", None)),
    # A capital inside the renaming is part of a name, not a party.
    probe("The Gulf Maritime Treaty (the Doha Convention), which Qatar and Oman signed in "
          "2011, governs joint patrols.",
          Want("Gulf Maritime Treaty", "Gulf Maritime Treaty", "treaty", "OMN;QAT",
               "2011-01-01", None)),
]

START_STATED = [
    # Raising a relationship to a partnership introduces its date like a signing verb, over a
    # "since" date of another clause.
    probe("Ghana, which upgraded ties with the United States to a Strategic Partnership in "
          "June 2022, has hosted joint exercises since 2015.",
          Want("Strategic Partnership", "Strategic Partnership", "partnership", "GHA;USA",
               "2022-06-01", None)),
    # A preposition in -ing opens no clause of its own: the opening date still dates it.
    probe("On March 3, 2021, during a ministerial visit to Lima, Peru and the United States "
          "elevated their ties to a Strategic Partnership.",
          Want("Strategic Partnership", "Strategic Partnership", "partnership", "PER;USA",
               "2021-03-03", None)),
    # A replaced agreement with its own signing date: that date is its start, not its end.
    probe("Kenya and the United States signed a new Defense Cooperation Agreement in 2019. "
          "It replaces the earlier Defense Cooperation Agreement, which the two countries "
          "signed on July 2, 1991.",
          Want("new Defense Cooperation Agreement", DCA, "defense_cooperation", "KEN;USA",
               "2019-01-01", "signed"),
          Want("earlier Defense Cooperation Agreement", DCA, "defense_cooperation", "KEN;USA",
               "1991-07-02", "ended")),
]

CAPITALS = [
    # Capitals of the Pacific and West Africa stand for their governments as parties.
    probe("Washington and Suva are now negotiating a status of forces agreement.",
          Want("status of forces agreement", "status of forces agreement", "sofa", "FJI;USA",
               None, "proposed")),
    probe("In 2022 Washington and Cotonou signed a shiprider agreement.",
          Want("shiprider agreement", "shiprider agreement", "agreement", "BEN;USA",
               "2022-01-01", "signed")),
]

STANDALONE = [
    # A function word after a standalone-only form ends its phrase: the partnership.
    probe("The ministers reviewed progress on AUKUS since its launch.",
          Want("AUKUS", "AUKUS", "partnership", "AUS;GBR;USA", None, None)),
    # A noun after it: still the partnership (round 32: every held-out annotator wrote such
    # a mention, 21 of 21: "AUKUS partners", "AUKUS Pillar II", "AUKUS defense ministers").
    probe("AUKUS partners met in Honolulu to review submarine training.",
          Want("AUKUS", "AUKUS", "partnership", "AUS;GBR;USA", None, "active")),
]

WHOSE_OWNER = [
    # The state before ", whose" owns the agreement; a later comma-"and" conjunct's state
    # does not.
    probe("Our navy trains with Croatia, whose 2003 Defense Cooperation Agreement with the "
          "United States covers port visits to Split, and with Slovenia on mountain warfare.",
          Want(DCA, DCA, "defense_cooperation", "HRV;USA", "2003-01-01", None)),
]

ROUND_9 = {"other_thing_dated": OTHER_THING_DATED, "renaming": RENAMING_PARENTHESES,
           "start_stated": START_STATED, "capitals": CAPITALS, "standalone": STANDALONE,
           "whose_owner": WHOSE_OWNER}


@pytest.mark.parametrize("row", probe_params(ROUND_9))
def test_round_9(row: Probe) -> None:
    assert_probe(row)
