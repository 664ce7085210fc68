"""Agreements, round 8: probes of invented sentences (never held-out text) for the categories
of the regression sets' misses: states beside an agreement that are not its parties (a
mediator written as a prefix, a state left out or compared with, the sides of a border, a
backer), a one-partner kind whose partner signs it in a text about another state, armed
groups and rival governments as named parties, and a participle right after the name that
dates it. Same machinery and conventions as tests/test_agreement_probes.py."""

from __future__ import annotations

import pytest

from tests.test_agreement_probes import Probe, Want, assert_probe, probe, probe_params

DCA = "Defense Cooperation Agreement"
MOU_CUSTOMS = "Memorandum of Understanding on Customs Cooperation"

BYSTANDERS = [
    # A mediator written as a prefix of the name's modifier is no party.
    probe("In 2019, Peru and Ecuador signed the Brazil-mediated Amazon River Accord.",
          Want("Amazon River Accord", "Amazon River Accord", "agreement", "ECU;PER",
               "2019-01-01", "signed")),
    # The sides of a border are places: "the two countries" are the U.S. and the other one.
    probe("The United States funded scanners for Kyrgyz posts on the Kyrgyz-Tajik frontier. "
          "The two countries signed a Memorandum of Understanding on Customs Cooperation in "
          "2015.",
          Want("Memorandum of Understanding", MOU_CUSTOMS, "memorandum", "KGZ;USA",
               "2015-01-01", "signed")),
    # A state left out is no party.
    probe("Chile, Peru, and every other Pacific partner except Ecuador joined the Ocean Watch "
          "Partnership in 2020.",
          Want("Ocean Watch Partnership", "Ocean Watch Partnership", "partnership", "CHL;PER",
               "2020-01-01", None)),
    # A state the signing is compared with is no party.
    probe("Peru signed its Defense Cooperation Agreement on March 3, 2021, two weeks after "
          "Chile.",
          Want(DCA, DCA, "defense_cooperation", "PER;USA", "2021-03-03", "signed")),
    # A backer of the agreement is no party; the states after it are.
    probe("Norway reaffirmed its support for the Arctic Fisheries Convention, to which Iceland "
          "and Denmark are parties.",
          Want("Arctic Fisheries Convention", "Arctic Fisheries Convention", "treaty",
               "DNK;ISL", None, None)),
    probe("The ministers discussed the Pacific, where Chile has long championed the Ocean "
          "Watch Partnership with partners such as Peru and Ecuador.",
          Want("Ocean Watch Partnership", "Ocean Watch Partnership", "partnership", "ECU;PER",
               None, None)),
]

ONE_PARTNER = [
    # In a text about Norway, Sweden's own DCA is with the United States, not with Norway.
    probe("U.S. Security Cooperation With Norway\n\nNorway and the United States signed a "
          "Supplementary Defense Cooperation Agreement in 2021. Sweden concluded a Defense "
          "Cooperation Agreement on May 5, 2022.",
          Want("Supplementary", "Supplementary Defense Cooperation Agreement",
               "defense_cooperation", "NOR;USA", "2021-01-01", "signed"),
          Want("Defense Cooperation Agreement on", DCA, "defense_cooperation", "SWE;USA",
               "2022-05-05", "signed")),
]

NON_STATE = [
    # Named after "between": the government and the armed group; the agreement's own
    # participle dates it, not the earlier start of the fighting.
    probe("Fighting that began in March 2018 ended with the ceasefire agreement signed in Doha "
          "on May 3, 2019 between the Government of Mali and the Azawad Liberation Front "
          "(ALF).",
          Want("ceasefire agreement", "ceasefire agreement", "agreement",
               "Azawad Liberation Front;MLI", "2019-05-03", "signed")),
    # After "with": the group's full name, not the state inside it.
    probe("In 2011 the Malian government signed a peace agreement with the National Movement "
          "for Azawad (NMA).",
          Want("peace agreement", "peace agreement", "agreement",
               "MLI;National Movement for Azawad", "2011-01-01", "signed")),
    # An acronym conjoined with the government as the subject.
    probe("In 2014 the Chadian government and the UFDR signed the Final Peace Agreement.",
          Want("Final Peace Agreement", "Final Peace Agreement", "agreement", "TCD;UFDR",
               "2014-01-01", "signed")),
    # By two factions: both as written, no state beside them.
    probe("The truce agreement signed in Tripoli in June 2021 by the Government of National "
          "Unity and the Western Salvation Army, as well as later efforts to unify Libya's "
          "police, drew wide praise.",
          Want("truce agreement", "truce agreement", "agreement",
               "Government of National Unity;Western Salvation Army", "2021-06-01", "signed")),
    # A state's own army stands for the state, not for a party of its own.
    probe("The Ministry of Defense of Ghana and the Ghana Army signed a Memorandum of "
          "Understanding with the United States in 2017.",
          Want("Memorandum of Understanding", "Memorandum of Understanding", "memorandum",
               "GHA;USA", "2017-01-01", "signed")),
]

ROUND_8 = {"bystanders": BYSTANDERS, "one_partner": ONE_PARTNER, "non_state": NON_STATE}


@pytest.mark.parametrize("row", probe_params(ROUND_8))
def test_round_8(row: Probe) -> None:
    assert_probe(row)
