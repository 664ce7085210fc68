"""Round 22 of agreement parties (from agreements found with no parties at all, over all gold
documents): a grouping written with an article before it ("a C5+1 memorandum", "an AUKUS
framework") stands for all its members, as without one (the article is no count of one state);
and an agreement whose relative clause says it founded a grouping ("the Joint Declaration ...,
which launched the C5+1 diplomatic platform", "the statement that created the Quad") has the
grouping's members as its parties; a count reference ("that the five states signed") right
after a region whose grouping has that many members ("the Treaty on a Nuclear-Weapon-Free Zone
in Central Asia") stands for those members; a state a relative clause follows is the subject of
that clause ("Belarus, which suspended its participation in the CFE Treaty in 2022, ...");
a lease agreement, like an access agreement, whose clause names no state in a text about one
partner is that partner's and the United States'; "they" opening a sentence after one opened by
a count reference ("All five states are parties to the NPT. They also signed ...") stands for
that reference's states. Invented sentences only."""

from __future__ import annotations

import pytest

from pipeline.country_groups import group_mentions
from pipeline.extract import extract_text
from pipeline.facts import AgreementFact

C5_PLUS_1 = ("KAZ", "KGZ", "TJK", "TKM", "USA", "UZB")


def _parties(text: str) -> list[tuple[str, tuple[str, ...] | None]]:
    """(span as written, parties) of every agreement mention, in document order."""
    return [(text[f.start:f.end], f.parties)
            for f in extract_text(text, None).facts if isinstance(f, AgreementFact)]


@pytest.mark.parametrize(("text", "wanted"), [
    ("The ministers tasked their experts with drafting a C5+1 memorandum of understanding on "
     "water security.",
     [("memorandum of understanding", C5_PLUS_1)]),
    ("The participants agreed to develop a C5+1 Regional Counternarcotics Action Plan by the "
     "end of 2026.",
     [("Regional Counternarcotics Action Plan", C5_PLUS_1)]),
    ("Officials are negotiating an AUKUS framework agreement on undersea technology.",
     [("framework agreement", ("AUS", "GBR", "USA"))]),
])
def test_a_grouping_after_an_article_is_all_its_members(
        text: str, wanted: list[tuple[str, tuple[str, ...] | None]]) -> None:
    assert _parties(text) == wanted


@pytest.mark.parametrize(("text", "count"), [
    ("a C5+1 memorandum", 6),
    ("an AUKUS framework", 3),
    ("the two Baltic states", 0),  # a number other than the member count: some of them
    ("one Baltic state", 0),
])
def test_an_article_is_no_count(text: str, count: int) -> None:
    assert sum(len(m.members) for m in group_mentions(text)) == count


@pytest.mark.parametrize(("text", "wanted"), [
    ("The ministers recalled the Joint Declaration of Partnership and Cooperation adopted in "
     "Samarkand on November 1, 2015, which launched the C5+1 diplomatic platform.",
     [("Joint Declaration of Partnership and Cooperation", C5_PLUS_1)]),
    ("The leaders reaffirmed the Astana Declaration, signed by their foreign ministers in 2016, "
     "which established the C5+1 format.",
     [("Astana Declaration", C5_PLUS_1)]),
    ("The delegations recalled the Tokyo Communique, issued in September 2021, which created "
     "the Quad, and welcomed new maritime initiatives.",
     [("Tokyo Communique", ("AUS", "IND", "JPN", "USA"))]),
])
def test_an_agreement_that_founded_a_grouping_is_its_members(
        text: str, wanted: list[tuple[str, tuple[str, ...] | None]]) -> None:
    assert _parties(text) == wanted


def test_a_relative_clause_that_founds_no_grouping_gives_no_parties() -> None:
    # a relative clause after the participle that neither founds nor names a grouping
    assert _parties("The ministers recalled the Astana Declaration, signed in 2016, which set "
                    "out shared principles.") == [("Astana Declaration", ())]


@pytest.mark.parametrize(("text", "wanted"), [
    ("Central Asia gave up much for nonproliferation. The Treaty on a Nuclear-Weapon-Free Zone "
     "in Central Asia that the five states signed in 2006 remains a model.",
     [("Treaty on a Nuclear-Weapon-Free Zone in Central Asia",
       ("KAZ", "KGZ", "TJK", "TKM", "UZB"))]),
    ("Maritime awareness has grown. The Baltic Sea Patrol Agreement that the three states "
     "concluded in 2019 pools their coastal radars.",
     [("Baltic Sea Patrol Agreement", ("EST", "LTU", "LVA"))]),
    ("Piracy has fallen. The Gulf Maritime Code of Conduct that the six states adopted in 2017 "
     "sets common boarding rules.",
     [("Gulf Maritime Code of Conduct", ("ARE", "BHR", "KWT", "OMN", "QAT", "SAU"))]),
])
def test_a_count_reference_after_a_region_is_its_members(
        text: str, wanted: list[tuple[str, tuple[str, ...] | None]]) -> None:
    assert _parties(text) == wanted


def test_a_count_that_is_not_the_regions_names_no_one() -> None:
    # three is not the number of Central Asian states: which three is not said
    assert _parties("Central Asia gave up much. The Treaty on a Nuclear-Weapon-Free Zone in "
                    "Central Asia that the three states signed in 2006 remains a model.") == [
        ("Treaty on a Nuclear-Weapon-Free Zone in Central Asia", ())]


@pytest.mark.parametrize(("text", "wanted"), [
    ("Belarus, which suspended its participation in the Treaty on Conventional Armed Forces in "
     "Europe in 2022, formally withdrew from it in 2023.",
     [("Treaty on Conventional Armed Forces in Europe", ("BLR",))]),
    ("Peru, which ratified the Chemical Weapons Convention in 1995, destroyed its old stocks "
     "by 2001.",
     [("Chemical Weapons Convention", ("PER",))]),
    ("Mongolia, which later joined the Treaty on the Non-Proliferation of Nuclear Weapons, "
     "declared itself a nuclear-weapon-free state.",
     [("Treaty on the Non-Proliferation of Nuclear Weapons", ("MNG",))]),
])
def test_the_state_a_relative_clause_follows_is_its_subject(
        text: str, wanted: list[tuple[str, tuple[str, ...] | None]]) -> None:
    assert _parties(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    ("U.S. Security Cooperation With Oman\n\nOman is a close partner of the United States. The "
     "lease agreement for the Masirah airfield expired in 2020.",
     [("lease agreement", ("OMN", "USA"))]),
    ("U.S. Security Cooperation With Djibouti\n\nDjibouti hosts the only enduring U.S. base in "
     "Africa. Camp Lemonnier operates under a lease agreement renewed in 2014.",
     [("lease agreement", ("DJI", "USA"))]),
    # a clause that names the states of the lease: theirs, as before
    ("U.S. Security Cooperation With Bahrain\n\nBahrain hosts the U.S. Fifth Fleet. Russia's "
     "lease agreement with Syria for Tartus runs through 2066.",
     [("lease agreement", ("RUS", "SYR"))]),
])
def test_a_lease_in_a_text_about_one_partner_is_with_the_united_states(
        text: str, wanted: list[tuple[str, tuple[str, ...] | None]]) -> None:
    assert _parties(text) == wanted


@pytest.mark.parametrize(("text", "name", "wanted"), [
    ("The three Baltic states coordinate their defense closely. All three states are parties "
     "to the Ottawa Convention. They also signed the Accord on Joint Air Policing in 2004.",
     "Accord on Joint Air Policing", ("EST", "LTU", "LVA")),
    ("The Visegrad countries meet each year. All four countries are parties to the Chemical "
     "Weapons Convention. They also concluded the Danube Border Agreement in 2012.",
     "Danube Border Agreement", ("CZE", "HUN", "POL", "SVK")),
    ("The five Central Asian states share long borders. All five states are parties to the "
     "Treaty on the Non-Proliferation of Nuclear Weapons. They also signed the Regional Water "
     "Accord in 2019.",
     "Regional Water Accord", ("KAZ", "KGZ", "TJK", "TKM", "UZB")),
])
def test_they_after_a_sentence_opened_by_a_count_reference_is_its_states(
        text: str, name: str, wanted: tuple[str, ...]) -> None:
    assert dict(_parties(text))[name] == wanted
