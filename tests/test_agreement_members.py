"""Agreements, round 7: probes of invented sentences (never held-out text) for a programme's
membership stated once, acronyms the document defines, region words inside a name, and the
other rules of the round. Same machinery and conventions as tests/test_agreement_probes.py."""

from __future__ import annotations

import pytest

from tests.test_agreement_probes import Probe, Want, assert_probe, probe, probe_params

SPP = "State Partnership Program"
REEF = "Reef Watch Initiative"
REEF_MEMBERS = "FJI;SLB;TON;TUV;USA"

MEMBERSHIP = [
    # A member list after the name; the later mentions (name and acronym) take the members.
    probe("Oceania Security\n\nFounded in 2016, the Reef Watch Initiative (RWI) joins the United "
          "States and four island partners: Fiji, Solomon Islands, Tonga, and Tuvalu. Funding for "
          "RWI has grown every year. The Reef Watch Initiative also trains fisheries "
          "officers.",
          Want(REEF, REEF, "partnership", REEF_MEMBERS, "2016-01-01", "active"),
          Want("RWI has", REEF, "partnership", REEF_MEMBERS, None, "active"),
          Want(REEF + " also", REEF, "partnership", REEF_MEMBERS, None, "active")),
    # "Its N members are ...": the programme of the sentence before.
    probe("Andes Overview\n\nThe Andean Border Partnership supports river patrols. Its three "
          "members are Bolivia, Ecuador, and Peru. Cadets from every Andean Border "
          "Partnership member attend the course.",
          Want("Andean Border Partnership", "Andean Border Partnership", "partnership",
               "BOL;ECU;PER", None, "active"),
          Want("Partnership member", "Andean Border Partnership", "partnership",
               "BOL;ECU;PER", None, "active")),
    # A mention that names a state of its own is about that state.
    probe("Sahel Notes\n\nThe Desert Shield Partnership (DSP) brings together the United States "
          "and three partners: Chad, Mali, and Niger. Chad, a DSP partner, hosts its "
          "training center.",
          Want("Desert Shield Partnership", "Desert Shield Partnership", "partnership",
               "MLI;NER;TCD;USA", None, "active"),
          Want("DSP partner", "Desert Shield Partnership", "partnership", "TCD", None, "active")),
    # A count that differs from the states listed: not a member list.
    probe("Gulf Notes\n\nThe Coastal Radar Partnership has five partners: Oman and Qatar among "
          "them. The Coastal Radar Partnership is funded yearly.",
          Want("Coastal Radar Partnership", "Coastal Radar Partnership", "partnership",
               "OMN;QAT", None, "active"),
          Want("Coastal Radar Partnership is", "Coastal Radar Partnership", "partnership", "",
               None, "active")),
]

NAMES = [
    # A region word that begins a proper name stays in it; only a hyphened prefix is dropped.
    probe("The Caribbean Coastal Patrol Initiative trains small-boat crews.",
          Want("Caribbean Coastal Patrol Initiative", "Caribbean Coastal Patrol Initiative",
               "partnership", "", None, "active")),
    probe("The U.S.-Baltic Roadmap for Defense Cooperation was signed in 2019.",
          Want("U.S.-Baltic Roadmap for Defense Cooperation", "Roadmap for Defense Cooperation",
               "agreement", "EST;LTU;LVA;USA", "2019-01-01", "signed")),
    # An acronym defined in parentheses after a name is that agreement later on.
    probe("Ghana and Togo signed the Volta Maritime Security Accord (VMSA) in 2021. Under the "
          "VMSA, Ghana and Togo patrol jointly.",
          Want("Volta Maritime Security Accord", "Volta Maritime Security Accord", "agreement",
               "GHA;TGO", "2021-01-01", "signed"),
          Want("VMSA,", "Volta Maritime Security Accord", "agreement", "GHA;TGO", None,
               None)),
]

GENERIC_AND_CLAUSES = [
    # Generic kinds written in lower case: the modifier names the kind of agreement.
    probe("Belize and Honduras concluded a drug interdiction agreement in 2015.",
          Want("drug interdiction agreement", "drug interdiction agreement", "agreement",
               "BLZ;HND", "2015-01-01", "signed")),
    probe("From 2001 to 2011, U.S. patrol aircraft flew from a Salvadoran airfield under a "
          "cooperative security location agreement with El Salvador, which expired in 2011.",
          Want("cooperative security location agreement",
               "cooperative security location agreement", "agreement", "SLV;USA",
               "2001-01-01", "ended")),
    # ", and <states> signed": the states before the comma-"and" are no party of it.
    probe("The United States sent two observers, and Chile and Peru signed a reciprocal "
          "agreement in May 2019.",
          Want("reciprocal agreement", "reciprocal agreement", "agreement", "CHL;PER",
               "2019-05-01", "signed")),
    probe("On March 3, 2020, Chile, Peru, and Ecuador signed a Memorandum of Understanding on "
          "fisheries patrols.",
          Want("Memorandum of Understanding", "Memorandum of Understanding", "memorandum",
               "CHL;ECU;PER", "2020-03-03", "signed")),
    # A relative clause without its pronoun names the signatories.
    probe("The United States welcomed the reciprocal agreement Chile and Peru signed in Lima in "
          "2019.",
          Want("reciprocal agreement", "reciprocal agreement", "agreement", "CHL;PER",
               "2019-01-01", "signed")),
]

PAIRINGS = [
    # A pairing word in a coordinate clause of its own, beside the programme's name.
    probe("Peru and the West Virginia National Guard became State Partnership Program partners "
          "in 1996, and Chad's partnership with the Ohio National Guard began in 2014.",
          Want("State Partnership Program", SPP, "state_partnership",
               "PER;West Virginia National Guard", "1996-01-01", "active"),
          Want("partnership with the Ohio", SPP, "state_partnership",
               "Ohio National Guard;TCD", "2014-01-01", "active")),
    probe("Chile has partnered with the Texas National Guard since 2008; the same Guard trains "
          "with Paraguay under a State Partnership Program pairing.",
          Want("partnered", SPP, "state_partnership", "CHL;Texas National Guard", "2008-01-01",
               "active"),
          Want("State Partnership Program", SPP, "state_partnership", "PRY;USA", None,
               "active")),
    # "it"/"its" after a comma-"and": the guard the sentence named, with the new partner only.
    probe("The Ohio National Guard has partnered with Serbia since 2005, and its partnership "
          "with Angola began in 2017.",
          Want("partnered", SPP, "state_partnership", "Ohio National Guard;SRB", "2005-01-01",
               "active"),
          Want("partnership with Angola", SPP, "state_partnership", "AGO;Ohio National Guard",
               "2017-01-01", "active")),
    probe("The Kansas National Guard has been paired with Armenia through the State "
          "Partnership Program since 2003, and it began a second partnership, with Kyrgyzstan, "
          "in 2010.",
          Want("State Partnership Program", SPP, "state_partnership",
               "ARM;Kansas National Guard", "2003-01-01", "active"),
          Want("partnership, with", SPP, "state_partnership", "KGZ;Kansas National Guard",
               "2010-01-01", "active")),
]

ONE_PARTNER = [
    # A named agreement with one foreign state is with the United States in this genre.
    probe("Under the Radar Cooperation Agreement, in force since 2014, Latvia hosts a U.S. "
          "radar.",
          Want("Radar Cooperation Agreement", "Radar Cooperation Agreement", "agreement",
               "LVA;USA", "2014-01-01", "in_force")),
    # Not a code of conduct among regional states, not a multilateral convention.
    probe("Chile joined the Lima Code of Conduct in 2019.",
          Want("Lima Code of Conduct", "Lima Code of Conduct", "agreement", "CHL",
               "2019-01-01", "signed")),
    # A U.S. department named without "U.S." is the United States.
    probe("In May 2022, the Department of Defense and Chile's Ministry of National Defense "
          "signed a Memorandum of Agreement on Personnel Exchanges.",
          Want("Memorandum of Agreement on Personnel Exchanges",
               "Memorandum of Agreement on Personnel Exchanges", "memorandum", "CHL;USA",
               "2022-05-01", "signed")),
    probe("Chile's Department of Defense and Peru's Ministry of Defense signed a Memorandum of "
          "Agreement on Border Patrols in 2021.",
          Want("Memorandum of Agreement on Border Patrols",
               "Memorandum of Agreement on Border Patrols", "memorandum", "CHL;PER",
               "2021-01-01", "signed")),
]

ROUND_7 = {"one_partner": ONE_PARTNER, "membership": MEMBERSHIP, "names": NAMES,
           "generic_clauses": GENERIC_AND_CLAUSES, "pairings": PAIRINGS}


@pytest.mark.parametrize("row", probe_params(ROUND_7))
def test_round_7(row: Probe) -> None:
    assert_probe(row)


def test_a_member_list_covers_its_own_paragraph_only() -> None:
    from pipeline.extract import extract_text
    from pipeline.facts import AgreementFact

    text = ("Founded in 2005, the Trans-Sahara Counterterrorism Partnership (TSCTP) links the "
            "United States and four partners: Mali, Niger, Chad, and Mauritania. Funding for TSCTP "
            "has grown every year.\n\nBudget\n\nIn FY 2024, TSCTP programs received $4 "
            "million.")
    found = [f for f in extract_text(text).facts if isinstance(f, AgreementFact)]
    assert set(found[1].parties) == {"MLI", "NER", "TCD", "MRT", "USA"}  # the list's paragraph
    assert found[-1].parties == ("USA",)  # a later section: the United States' programme
