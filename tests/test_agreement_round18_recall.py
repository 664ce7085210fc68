"""Round 18 of agreement recall (from the gold mentions never found): a State Partnership
pairing wished for or renewed beside a mention of the program; instruments the genre names by
a phrase of their own ("military cooperation plan", "exchange of notes", "water compact",
"project arrangements", "demining agreement"); an instrument named after a body ("Transit
Center Agreement", "Agreement on the Transit Center at ..."); a protocol that refers back to the
treaty named before it; a bare instrument introduced with its own year or signing ("a 2010
protocol", "a treaty signed by ..."). Invented sentences only."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text
from pipeline.facts import AgreementFact


def _mentions(text: str) -> list[tuple[str, str]]:
    """(span as written, canonical name) of every agreement mention, in document order."""
    return [(text[f.start:f.end], f.name) for f in extract_text(text, None).facts
            if isinstance(f, AgreementFact)]


def _names(text: str) -> list[str]:
    return [name for _, name in _mentions(text)]


SPP = "State Partnership Program"


@pytest.mark.parametrize(("text", "mentions"), [
    # the same sentence pairs a guard and a country; the renewed pairing is a second mention
    ("The Idaho National Guard paired with Laos from 1999 until 2009; both capitals now seek a "
     "renewed pairing.", [("paired", SPP), ("pairing", SPP)]),
    # the previous sentence names the program
    ("Laos left the State Partnership Program in 2009. Vientiane and Washington have since "
     "discussed re-establishing a Guard partnership.", [(SPP, SPP), ("partnership", SPP)]),
    ("The State Partnership Program now reaches the Gulf. Bahrain and Kuwait have asked about "
     "future pairings.", [(SPP, SPP), ("pairings", SPP)]),
    # the same sentence names the program before the wished-for pairing
    ("The State Partnership Program links three Andean states with U.S. states, while Peru has "
     "asked for a new pairing.", [(SPP, SPP), ("pairing", SPP)]),
    # the program's name right after the prospect is the one mention
    ("Peru ended its old pairing in 2010. The two governments have discussed establishing a "
     "pairing under the State Partnership Program.", [(SPP, SPP)]),
    # no program nearby: a new partnership is no pairing
    ("The two countries launched a new partnership on clean energy in 2021.", []),
    ("Laos and Thailand discussed a renewed partnership between the two countries.", []),
    # the program two sentences back is too far
    ("Laos left the State Partnership Program in 2009. Its economy grew quickly afterwards. "
     "Officials now speak of a renewed partnership with Hanoi.", [(SPP, SPP)]),
])
def test_a_wished_for_pairing_beside_the_program(text: str,
                                                 mentions: list[tuple[str, str]]) -> None:
    assert _mentions(text) == mentions


@pytest.mark.parametrize(("text", "names"), [
    ("In 2017, Lima and Washington signed a five-year military cooperation plan for 2017-2021.",
     ["military cooperation plan"]),
    ("The two ministries adopted new military cooperation plans in 2020.",
     ["military cooperation plan"]),
    ("The Adjutant General and Peru's Deputy Minister of Defense signed a bilateral cooperation "
     "plan in May 2022.", ["bilateral cooperation plan"]),
    ("The ferry service operates under a 1972 Exchange of Notes between Chile and Peru.",
     ["Exchange of Notes"]),
    ("A 2012 exchange of letters between Ghana and the United States had lapsed by 2020.",
     ["exchange of letters"]),
    ("The Coast Guard and Peru's navy concluded a memorandum of cooperation in 2018.",
     ["memorandum of cooperation"]),
    ("Under the framework, the two air forces signed four project arrangements in 2021.",
     ["project arrangement"]),
    ("Since 2015, the two engineering corps have cleared mines under a demining agreement.",
     ["demining agreement"]),
    ("The secretariat's founding agreement was signed by six states in 2004.",
     ["founding agreement"]),
    ("The Millennium Challenge Corporation signed a $200 million water compact with Peru in 2019.",
     ["water compact"]),
    ("Delhi and Washington have concluded the four foundational agreements of a defense "
     "partnership.", ["foundational agreement"]),
    ("Under the cessation of hostilities arrangement, the army is deploying to the south.",
     ["cessation of hostilities arrangement"]),
    ("Both sides observed a cessation of hostilities agreement reached in March 2021.",
     ["cessation of hostilities agreement"]),
    # not instruments: plans, exchanges, memoranda and compacts of other kinds
    ("The ministry published its national defense plan and a cooperation plan for schools.", []),
    ("Cadets joined an exchange of visits and an exchange of views on training in 2019.", []),
    ("The two cities signed a water supply contract in 2019.", []),
    ("The brigade drafted a mine clearance plan for the valley.", []),
    ("The council called for a cessation of hostilities in the north.", []),
    ("Training is foundational to the partnership.", []),
])
def test_instruments_named_by_a_phrase_of_their_own(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(("text", "names"), [
    # what the exchange of notes concluded is the one agreement
    ("Chad and the United States concluded a status of forces agreement through an exchange of "
     "notes in 2014.", ["status of forces agreement"]),
    ("The two governments concluded an access agreement by an exchange of letters in 2016.",
     ["access agreement"]),
    # an exchange of notes the agreement rests on is one of its own
    ("The two governments extended the Exchange of Notes in 2016 for a further ten years.",
     ["Exchange of Notes"]),
])
def test_an_exchange_of_notes_that_concludes_another_agreement(text: str,
                                                               names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("The two governments signed the Logistics Center Agreement in June 2011.",
     ["Logistics Center Agreement"]),
    ("Their presence later rested on the Agreement on the Logistics Center at Termez, signed in "
     "2011.", ["Agreement on the Logistics Center at Termez"]),  # a facility's place is named
    ("The transit agreement for the Logistics Center at Termez lapsed in 2015.",
     ["transit agreement"]),
    # an organization whose name holds an instrument's head stays an organization
    ("Armenia froze its participation in the Collective Security Treaty Organization in 2024.",
     []),
    ("The Joint Logistics Center coordinated the deliveries.", []),
])
def test_an_instrument_named_after_a_body(text: str, names: list[str]) -> None:
    assert _names(text) == names


ZONE = "Treaty on a Nuclear-Weapon-Free Zone in South Asia"


@pytest.mark.parametrize(("text", "mentions"), [
    (f"Five states signed the {ZONE} in 2010. The treaty entered into force in 2012, and the "
     "nuclear-weapon states signed the treaty's Protocol in 2015.",
     [(ZONE, ZONE), ("Protocol", f"Protocol to the {ZONE}")]),
    (f"Five states signed the {ZONE} in 2010. The United States signed the Protocol to the "
     "treaty, which extends assurances to the zone, in 2015.",
     [(ZONE, ZONE), ("Protocol", f"Protocol to the {ZONE}")]),
    (f"Five states signed the {ZONE} in 2010. The United States noted that the Protocol to the "
     "Treaty remains before the Senate.",
     [(ZONE, ZONE), ("Protocol to the Treaty", f"Protocol to the {ZONE}")]),
    # no treaty named before it: a bare reference is no mention
    ("The United States signed the treaty's Protocol in 2015.", []),
    # a protocol with a name of its own keeps it
    (f"Five states signed the {ZONE} in 2010, and the United States signed the treaty's "
     "Protocol on Security Assurances in 2015.",
     [(ZONE, ZONE), ("Protocol on Security Assurances", "Protocol on Security Assurances")]),
])
def test_a_protocol_refers_back_to_its_treaty(text: str,
                                             mentions: list[tuple[str, str]]) -> None:
    assert _mentions(text) == mentions


@pytest.mark.parametrize(("text", "names"), [
    ("Yerevan hosts foreign troops, although a 2011 protocol extends their stay until 2040.",
     ["protocol"]),
    ("The new memorandum replaces a 2016 memorandum that lapsed in 2021.", ["memorandum"]),
    ("In a treaty signed by Lisbon and Jakarta in 2002, the border was settled.", ["treaty"]),
    ("The base rested on a protocol signed in May 2008 that raised the rent.", ["protocol"]),
    # anaphora, designations and other senses are no mention
    ("The protocol extends their stay until 2040.", []),
    ("Thailand is a treaty ally of the United States.", []),
    ("The delegation followed a protocol agreed with the hosts for the visit.", []),
    ("A protocol officer met the delegation in 2019.", []),
])
def test_a_bare_instrument_with_its_own_year_or_signing(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(("text", "name", "parties", "start", "status"), [
    ("The Coast Guard and Peru's navy concluded a memorandum of cooperation in 2018.",
     "memorandum of cooperation", ("PER", "USA"), "2018-01-01", "signed"),
    ("The Idaho National Guard paired with Laos from 1999 until 2009; both capitals have "
     "expressed interest in a renewed pairing.", SPP, ("USA",), None, "proposed"),
])
def test_the_linker_reads_the_new_mentions(text: str, name: str, parties: tuple[str, ...],
                                           start: str | None, status: str) -> None:
    last = [f for f in extract_text(text, None).facts if isinstance(f, AgreementFact)][-1]
    assert (last.name, last.parties, last.status) == (name, parties, status)
    assert (last.date_start.start.isoformat() if last.date_start else None) == start


def test_a_bodys_own_title_stays_an_organization() -> None:
    assert _names("The Treaty on Regional Security Organization met in Minsk in 2019.") == []
