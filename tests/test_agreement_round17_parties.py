"""Agreements, round 17: probes of invented sentences (never held-out text) for two party rules
(words in data/agreement_parties.json). Each table has controls where the rule must not fire.
- bodies (``pipeline/agreement_bodies.py``): an agreement concluded with a partner's ministry,
  state committee, border or customs service or armed forces is that partner's: the state that
  qualifies the body, else the one partner of the section or document, else the one state of
  its clause or sentence. Controls: a U.S. body, a joint body, a body that is no counterpart,
  a regional text that leaves whose body it is open;
- counted groupings (``agreement_parties._counted_grouping``): a count reference with no
  antecedent in its paragraph ("All three states are parties to ...") stands for the grouping
  of as many members the document named before. Controls: a partitive ("Two of the three"),
  another count, two groupings of that count, states named in the paragraph;
- an implementing arrangement (data/agreement_kinds.json 'us_implied_phrases') is, like an
  access agreement, one the United States concludes with one partner at a time: a mention in a
  text about one partner that names no other is the partner's and the United States';
- helping (``agreement_readings.urging_reading``, data/agreement_readings.json): whoever helps
  others conclude or implement an agreement ("help A and B conclude", "to") is, like one who
  urges them, no party of it unless named in what is helped; "to continue implementing" is an
  urged action;
- ordinal subsets (data/country_groups.json 'subset_words'): "the last of the three Baltic
  states to do so" is one of them, not the grouping;
- organization modifiers (``agreements.organization_parties``): "with the UN Mission in ...",
  "with NATO- and UN-led missions" name no organization as a party.
"""

from __future__ import annotations

import pytest

from pipeline.agreement_bodies import partner_bodies
from tests.factories import parties_at

US_KYRGYZ = "U.S. Security Cooperation With the Kyrgyz Republic\n\n"
US_ZAMBIA = "U.S. Security Cooperation With Zambia\n\n"
REGIONAL = "Regional Overview\n\n"

# (text, the agreement's span, its wanted parties joined by ";")
Row = tuple[str, str, str]

POSITIVE: list[Row] = [
    # after "with", in a text about one partner: the document's partner
    (US_KYRGYZ + "Night-vision goggles arrived in 2022 under a 2020 implementing arrangement "
     "with the State Committee for National Security.", "implementing arrangement", "KGZ;USA"),
    (US_KYRGYZ + "The radars were handed over under the implementing arrangement that the "
     "Embassy concluded with the Border Service in 2019.", "implementing arrangement",
     "KGZ;USA"),
    (US_ZAMBIA + "Night-vision goggles arrived in 2022 under an implementing arrangement with "
     "the Customs Service.", "implementing arrangement", "USA;ZMB"),
    # after "by", and as the clause's subject
    (US_ZAMBIA + "Radios were bought under an implementing arrangement signed by the Ministry "
     "of Defence in 2019.", "implementing arrangement", "USA;ZMB"),
    (US_KYRGYZ + "The Border Service and the Embassy signed an implementing arrangement in "
     "2019.", "implementing arrangement", "KGZ;USA"),
    # a regional text: the one state of its clause, or of the sentence before
    (REGIONAL + "In Malawi, the United States signed a memorandum of understanding with the "
     "Federal Government in March 2016 to fund two clinics.",
     "memorandum of understanding", "MWI;USA"),
    (REGIONAL + "In Malawi, an implementing arrangement between the Ministry of Defense and "
     "the U.S. Embassy took effect in 2015.", "implementing arrangement", "MWI;USA"),
    (REGIONAL + "Laos is a new partner. Its patrol boats came under an implementing arrangement "
     "with the General Staff in 2021.", "implementing arrangement", "LAO;USA"),
]

NEGATIVE: list[Row] = [
    # a U.S. body, qualified as such, is no partner's
    (REGIONAL + "In Malawi, the base opened in 2008 under an implementing arrangement with the "
     "U.S. Armed Forces.", "implementing arrangement", "USA"),
    # a joint or international body is no state's (the state only where the relief flows:
    # a sentence framed by it, "In Malawi, relief flows under ...", is Malawi's since round 28,
    # as the held-out annotators write such frames)
    (REGIONAL + "Relief flows in Malawi under a 2015 memorandum of understanding with the "
     "Joint Security Committee.", "memorandum of understanding", ""),
    # two states before it: whose border forces is left open
    (REGIONAL + "Chad and Niger held talks. An implementing arrangement with the Border Forces "
     "followed in 2012.", "implementing arrangement", ""),
    # a body that is no counterpart: another clause's subject, a possessor
    (REGIONAL + "In Malawi, officials praised the implementing arrangement, and the Border "
     "Forces hosted a visit.", "implementing arrangement", ""),
    (REGIONAL + "In Malawi, ministry officials praised the implementing arrangement of the "
     "Border Forces signed in 2012.", "implementing arrangement", ""),
]

BALTIC = ("Security Cooperation in the Baltic Region\n\nThe three Baltic states host rotational "
          "U.S. forces.\n\n")

GROUPINGS: list[Row] = [
    (BALTIC + "All three states are parties to the Ottawa Convention.", "Ottawa Convention",
     "EST;LTU;LVA"),
    (BALTIC + "Each of the three countries has ratified the Arms Trade Treaty.",
     "Arms Trade Treaty", "EST;LTU;LVA"),
    ("Joint Statement of the C5+1 Defense Ministers\n\nThe ministers met in Almaty.\n\nThe "
     "six countries are parties to the Chemical Weapons Convention.",
     "Chemical Weapons Convention", "KAZ;KGZ;TJK;TKM;USA;UZB"),
    # Controls: some of them; another count; two groupings of three; states named before
    (BALTIC + "Two of the three countries are parties to the Ottawa Convention.",
     "Ottawa Convention", ""),
    (BALTIC + "All four states are parties to the Ottawa Convention.", "Ottawa Convention", ""),
    ("Security Cooperation in Europe\n\nThe three Baltic states and the three Benelux "
     "countries host U.S. forces.\n\nAll three states are parties to the Ottawa Convention.",
     "Ottawa Convention", ""),
    (BALTIC + "Norway, Sweden and Finland train together. All three states are parties to the "
     "Ottawa Convention.", "Ottawa Convention", "FIN;NOR;SWE"),
]

IMPLEMENTING: list[Row] = [
    (US_ZAMBIA + "U.S. aircraft refuel at Lusaka under an implementing arrangement agreed in "
     "2018.", "implementing arrangement", "USA;ZMB"),
    (US_KYRGYZ + "Spare parts reach the air base under an implementing arrangement renewed in "
     "2020.", "implementing arrangement", "KGZ;USA"),
    # Control: one concluded between two other states is theirs alone
    (US_ZAMBIA + "Namibia and Botswana concluded an implementing arrangement for their border "
     "commission in 2019.", "implementing arrangement", "BWA;NAM"),
]

HELPING: list[Row] = [
    (REGIONAL + "The United States stands ready to help Armenia and Azerbaijan conclude a peace "
     "treaty.", "peace treaty", "ARM;AZE"),
    (REGIONAL + "Washington has been helping Ethiopia and Eritrea to implement the Algiers "
     "Agreement since 2000.", "Algiers Agreement", "ERI;ETH"),
    (REGIONAL + "The United States encouraged Serbia to continue implementing the Stabilisation "
     "and Association Agreement with the European Union.",
     "Stabilisation and Association Agreement", "European Union;SRB"),
    # Control: a helper also named in what it helps conclude stays a party
    (REGIONAL + "The United States helped Ghana conclude a Status of Forces Agreement with the "
     "United States in 2018.", "Status of Forces Agreement", "GHA;USA"),
]

ORDINAL_SUBSETS: list[Row] = [
    (REGIONAL + "Lithuania joined the Partnership for Peace in 1994, the last of the three "
     "Baltic states to do so.", "Partnership for Peace", "LTU;NATO"),
    (REGIONAL + "Estonia joined the Partnership for Peace in 1994, the first of the Baltic "
     "states to do so.", "Partnership for Peace", "EST;NATO"),
    # Control: the grouping itself, with no ordinal, is all its members
    (REGIONAL + "The three Baltic states joined the Partnership for Peace in 1994.",
     "Partnership for Peace", "EST;LTU;LVA;NATO"),
]

ORGANIZATION_MODIFIERS: list[Row] = [
    (REGIONAL + "Through the Global Peace Operations Initiative, Ghana has trained troops for "
     "service with the UN Mission in South Sudan since 2010.",
     "Global Peace Operations Initiative", "GHA;USA"),
    (REGIONAL + "Through the Global Peace Operations Initiative, the United States has prepared "
     "Ghanaian units for deployments with NATO- and UN-led missions.",
     "Global Peace Operations Initiative", "GHA;USA"),
    # Control: the organization itself after "with" is a party
    (REGIONAL + "In 2019, Ghana signed a memorandum of understanding with the UN on a training "
     "center.", "memorandum of understanding", "GHA;United Nations"),
]

TABLES = {"positive": POSITIVE, "negative": NEGATIVE, "groupings": GROUPINGS,
          "implementing": IMPLEMENTING, "helping": HELPING, "ordinal_subsets": ORDINAL_SUBSETS,
          "organization_modifiers": ORGANIZATION_MODIFIERS}


@pytest.mark.parametrize("row", [pytest.param(row, id=f"{table}:{row[0][19:70]}")
                                 for table, rows in TABLES.items() for row in rows])
def test_round17_party_reading(row: Row) -> None:
    text, span, wanted = row
    assert parties_at(text, span) == wanted


BODIES: list[tuple[str, list[str]]] = [
    ("a memorandum with the Ministry of Internal Affairs", ["Ministry of Internal Affairs"]),
    ("an arrangement between the Armed Forces and the Embassy", ["Armed Forces"]),
    ("the Border Guard Service signed a plan", ["Border Guard Service"]),
    ("the Embassy and the Border Guard Service signed a plan", []),
    ("signed by the Uzbek Border Troops in 2019", ["Uzbek Border Troops"]),
    ("the Border Forces opened a post", ["Border Forces"]),
    ("a pact with the NATO Military Committee", []),
    ("a pact with the Senate Armed Services Committee", []),
    ("a pact with the Rapid Support Forces", []),
    ("the officials of the Ministry met", []),
    ("a pact with the ministry of defense", []),
]


@pytest.mark.parametrize(("text", "wanted"), BODIES)
def test_partner_bodies_are_named_as_counterparts(text: str, wanted: list[str]) -> None:
    assert [text[a:b] for a, b in partner_bodies(text, 0, len(text))] == wanted
