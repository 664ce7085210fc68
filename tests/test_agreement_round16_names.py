"""Round 16 of agreement names (from heldout26-30's misses after their blind runs): a
capitalized "partnership" that only says how old a relationship is, as headlines write it, is
no partnership's name. Invented sentences only."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text
from pipeline.facts import AgreementFact


def _names(text: str) -> list[str]:
    return [f.name for f in extract_text(text, None).facts if isinstance(f, AgreementFact)]


@pytest.mark.parametrize(("text", "names"), [
    ("Embassy Marks Four Decades of Maritime Partnership with Ghana\n\nThe ambassador spoke.", []),
    ("Ministers Celebrate a Partnership of Nearly Thirty Years\n\nThe two sides met.", []),
    ("A Long-Standing Partnership\n\nThe navies trained together.", []),
    ("Kenya joined the Partnership for Peace exercises as an observer.", ["Partnership for Peace"]),
    ("The State Partnership Program paired Vermont with Senegal in 2008.",
     ["State Partnership Program"]),
])
def test_a_partnerships_age_is_no_name(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_a_centurys_title_is_still_a_name() -> None:
    assert _names("The two leaders proclaimed a Comprehensive Defense Partnership for the 21st "
                  "Century in 2015.") == ["Comprehensive Defense Partnership for the 21st Century"]


@pytest.mark.parametrize(("text", "names"), [
    ("Honduras concluded a counterdrug agreement with the United States in 2004.",
     ["counterdrug agreement"]),
    ("Belize signed a law enforcement agreement with the U.S. Coast Guard in 2011.",
     ["law enforcement agreement"]),
    ("Switzerland acts under a protecting power agreement with Washington.",
     ["protecting power agreement"]),
    ("Austria concluded a host state agreement with the OSCE in 2013.", ["host state agreement"]),
    ("The two ministries discussed migration and law enforcement.", []),
])
def test_generic_agreements_named_by_their_field(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Oman is a close partner. The two governments upgraded ties to a strategic partnership in "
     "2019.", ["strategic partnership"]),
    ("Vietnam and the United States marked their comprehensive strategic partnership.",
     ["comprehensive strategic partnership"]),
    ("The two navies deepened a partnership that spans decades.", []),
])
def test_a_lower_case_strategic_partnership_is_a_mention(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Washington and Suva Mark Second Anniversary of Defense Cooperation Agreement",
     ["Defense Cooperation Agreement"]),
    ("Embassy Celebrates 25th Anniversary of Visiting Forces Agreement",
     ["Visiting Forces Agreement"]),
])
def test_an_anniversary_in_a_headline_is_not_part_of_the_name(text: str,
                                                               names: list[str]) -> None:
    assert _names(text) == names


def test_a_communique_on_a_subject_is_a_name() -> None:
    assert _names("In 2019 the foreign ministers issued the Communiqué on Maritime Cooperation "
                  "and Security.") == ["Communiqué on Maritime Cooperation and Security"]
