"""Agreements, round 16: probes of invented sentences (never held-out text) for the party
readings of ``pipeline/agreement_readings.py`` (words in data/agreement_readings.json). Each
table is one rule of English, in several phrasings, with controls where it must not fire:
- accession: the state that accedes to, adheres to or is a party to a treaty is its party,
  not the United States nor the other states of the sentence;
- urging: whoever urges, encourages or calls on others to conclude or honour an agreement is
  no party of it unless named in what is urged;
- signers: the states, capitals and organizations a signing verb's subject lists (or a relative
  clause's, "that A concluded with B") are the parties, with those after "with"/"alongside";
- a base: a state's base in another state under an agreement is the two states'; "an agreement
  with Moscow" in a text about one partner that names no United States is that partner's.
"""

from __future__ import annotations

import pytest

from pipeline.agreement_readings import list_after, list_before, tokens_in
from pipeline.facts import CountryFact
from pipeline.nlp import extract_text
from tests.factories import parties_at

US_KENYA = "U.S. Security Cooperation With Kenya\n\n"
US_MONGOLIA = "U.S. Security Cooperation With Mongolia\n\n"
REGIONAL = "Regional Overview\n\n"

# (text, the agreement's span, its wanted parties joined by ";")
Row = tuple[str, str, str]

ACCESSION: list[Row] = [
    (US_KENYA + "Kenya acceded to the Arms Trade Treaty in 2019, and the United States "
     "welcomed the step.", "Arms Trade Treaty", "KEN"),
    (US_MONGOLIA + "In 1969, Mongolia adhered to the Treaty on the Non-Proliferation of "
     "Nuclear Weapons.", "Treaty on the Non-Proliferation of Nuclear Weapons", "MNG"),
    (REGIONAL + "Nairobi and Washington signed a memorandum in 2012, shortly after Somalia's "
     "accession to the Ottawa Convention.", "Ottawa Convention", "SOM"),
    (REGIONAL + "Bucharest acceded to the North Atlantic Treaty in 2004.",
     "North Atlantic Treaty", "ROU"),  # (not NATO: round 34)
    (REGIONAL + "Chad, Niger, and Mali are parties to the Chemical Weapons Convention, as is "
     "the United States.", "Chemical Weapons Convention", "MLI;NER;TCD;USA"),
    # Control: a bilateral treaty the sentence says the two signed is not read as accession.
    (US_KENYA + "Kenya and the United States signed an Extradition Treaty in 1965.",
     "Extradition Treaty", "KEN;USA"),
]

URGING: list[Row] = [
    (REGIONAL + "Washington has urged Addis Ababa and Asmara to conclude a border demarcation "
     "agreement.", "border demarcation agreement", "ERI;ETH"),
    (REGIONAL + "The United States encourages Serbia and Kosovo to implement the Brussels "
     "Agreement in full.", "Brussels Agreement", "SRB;XKX"),
    (US_KENYA + "The United States continues to call on Sudan and South Sudan to honor the "
     "ceasefire agreement they signed in 2018.", "ceasefire agreement", "SDN;SSD"),
    # Control: with no one named as urged, the rule does not fire.
    (US_KENYA + "The United States and Kenya encouraged their ministries to conclude an "
     "implementing arrangement for the Defense Cooperation Agreement.",
     "implementing arrangement", "KEN;USA"),
]

SIGNERS: list[Row] = [
    (US_KENYA + "In 2021, Uganda, Tanzania, and Rwanda signed the Lake Victoria Security Pact "
     "in Kampala.", "Lake Victoria Security Pact", "RWA;TZA;UGA"),
    (US_KENYA + "The United States welcomed the Defense Pact that Kenya concluded with "
     "Ethiopia in March 2022.", "Defense Pact", "ETH;KEN"),
    (US_KENYA + "Elsewhere in the region, Tanzania signed a comparable Status of Forces "
     "Agreement with the United States in 2020.", "Status of Forces Agreement", "TZA;USA"),
    (US_MONGOLIA + "Four years ago, Ulaanbaatar and the United Nations signed a memorandum of "
     "understanding on a regional training hub.", "memorandum of understanding",
     "MNG;United Nations"),
    (REGIONAL + "Norway and Denmark signed the Nordic Defense Accord alongside the United "
     "States in 2023.", "Nordic Defense Accord", "DNK;NOR;USA"),
    # Control: a comma-"and" that opens a clause of other signers ends the "with" list.
    (REGIONAL + "Senegal signed the Dakar Accord with Gambia, and Mali and Guinea signed a "
     "border pact in 2018.", "Dakar Accord", "GMB;SEN"),
    (REGIONAL + "Senegal signed the Dakar Accord with Gambia, and Mali and Guinea signed a "
     "border pact in 2018.", "border pact", "GIN;MLI"),
    # Control: "with U.S. mediation" is no signer.
    (REGIONAL + "The Lusaka Accords, which Angola and Zambia concluded with U.S. mediation in "
     "1984, ended the fighting.", "Lusaka Accords", "AGO;ZMB"),
]

BASES: list[Row] = [
    (REGIONAL + "France maintains a naval base in Djibouti under a 2011 defense treaty.",
     "defense treaty", "DJI;FRA"),
    (US_KENYA + "The United Kingdom keeps a training unit at Nanyuki; a 2016 defense "
     "cooperation agreement with London has governed it since.", "defense cooperation agreement",
     "GBR;KEN"),
    # Control: a U.S. document's own partner after "with": the United States stays a party.
    (US_KENYA + "The Defense Cooperation Agreement with Kenya was renewed in 2021.",
     "Defense Cooperation Agreement", "KEN;USA"),
]

TABLES = {"accession": ACCESSION, "urging": URGING, "signers": SIGNERS, "bases": BASES}


@pytest.mark.parametrize("row", [pytest.param(row, id=f"{table}:{row[0][19:70]}")
                                 for table, rows in TABLES.items() for row in rows])
def test_round16_party_reading(row: Row) -> None:
    text, span, wanted = row
    assert parties_at(text, span) == wanted


def test_lists_stop_at_anything_but_list_words() -> None:
    text = "On May 1, Chad, Niger, and Mali signed it with Togo and Benin in Lome."
    countries = [f for f in extract_text(text).facts if isinstance(f, CountryFact)]
    tokens = tokens_in(text, countries, 0, len(text))
    assert [t.party for t in list_before(text, tokens, text.index(" signed"))] == [
        "TCD", "NER", "MLI"]
    assert [t.party for t in list_after(text, tokens, text.index("Togo"))] == ["TGO", "BEN"]


def test_a_list_that_modifies_a_noun_is_no_list() -> None:
    text = "They met with U.S. mediators and with Russia in Geneva."
    countries = [f for f in extract_text(text).facts if isinstance(f, CountryFact)]
    tokens = tokens_in(text, countries, 0, len(text))
    assert list_after(text, tokens, text.index("U.S.")) == []
    assert [t.party for t in list_after(text, tokens, text.index("Russia"))] == ["RUS"]
