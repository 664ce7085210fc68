"""The one partner a document is about (``pipeline.agreements.document_subject``), which gives
bilateral agreements and programmes with no partner in their clause their partner: a title that
names a world region beside a country, or a subtitle that calls the text regional, makes the
document regional (invented documents; from heldout23's first run, where a regional overview of
peacekeeping training in Mongolia and Central Asia gave Mongolia to every GPOI mention)."""

from __future__ import annotations

import pytest

from pipeline.agreements import document_subject
from pipeline.facts import AgreementFact, CountryFact
from pipeline.nlp import extract_text


def _subject(text: str) -> str | None:
    mentions = [(f.start, f.iso3) for f in extract_text(text).facts if isinstance(f, CountryFact)]
    return document_subject(text, mentions)


@pytest.mark.parametrize(("text", "subject"), [
    ("U.S. Security Cooperation with Mongolia\n\nMongolia hosts an exercise every summer.",
     "MNG"),
    ("Peace Operations Training in Mongolia and Central Asia\n\nMongolia hosts an exercise "
     "every summer. Mongolia trains its battalions with U.S. help.", None),
    ("Mongolia and Its Neighbors\n\nRegional Overview\n\nMongolia hosts an exercise every "
     "summer. Mongolia trains its battalions with U.S. help.", None),
    ("Mongolia\n\nFact Sheet\n\nMongolia hosts an exercise every summer.", "MNG"),
])
def test_document_subject(text: str, subject: str | None) -> None:
    assert _subject(text) == subject


def test_a_programme_in_a_regional_overview_keeps_its_own_parties() -> None:
    text = ("Peace Operations Training in Mongolia and Central Asia\n\nMongolia hosts an "
            "exercise every summer. Since FY 2006, GPOI has funded training centers and "
            "field exercises.")
    [gpoi] = [f for f in extract_text(text).facts if isinstance(f, AgreementFact)]
    assert gpoi.parties == ("USA",)
