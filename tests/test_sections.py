"""One reader of a document's layout (pipeline/sections.py) for both linkers: which lines head a
section. The money linker reads a heading's program, the agreement linker its country; the same
line must head a section for both. Invented documents only."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text
from pipeline.facts import AgreementFact, MoneyFact
from pipeline.sections import heading_spans


@pytest.mark.parametrize(("text", "headings"), [
    ("Title\n\nKenya\n\nKenya hosts the base.", ["Title", "Kenya"]),
    # over a list or a table
    ("Intro.\n\nFMS\n• A $5 million case.\n• More.", ["FMS"]),
    ("Budget\n\nMongolia\nFY 2024 Request: $3 million\n", ["Budget", "Mongolia"]),
    # a short name over its section's first sentence
    ("Intro.\n\nForeign Military Financing\nSince FY 2010, Georgia has received $4 million.",
     ["Foreign Military Financing"]),
    # no sentence, no bullet, no line that goes on with its sentence
    ("The grant went to\nthe border guards.", []),
    ("- Mongolia\n- Nepal", []),
    ("Security assistance grew.\n\nIt helps.", []),
    ("Why Central Asia Matters?\n\nIt does.", []),
])
def test_which_lines_head_a_section(text: str, headings: list[str]) -> None:
    assert [text[a:b] for a, b in heading_spans(text)] == headings


def test_a_short_heading_over_its_first_sentence_names_the_program_of_its_amounts() -> None:
    text = ("Overview.\n\nForeign Military Financing\nSince 2010, Georgia has received more "
            "than $400 million. Congress appropriated $35 million for Georgia in 2023.")
    programs = [f.program for f in extract_text(text, None).facts if isinstance(f, MoneyFact)]
    assert programs == ["FMF", "FMF"]


def test_a_heading_over_a_bulleted_list_names_the_partner_of_its_agreements() -> None:
    # the document is about Kazakhstan; the list under "Mongolia" is Mongolia's
    text = ("U.S. Security Cooperation with Kazakhstan\n\nKazakhstan is a partner of the United "
            "States.\n\nMongolia\n"
            "• An Acquisition and Cross-Servicing Agreement was signed in 2008.\n"
            "• A status of forces agreement followed in 2011.\n")
    parties = [f.parties for f in extract_text(text, None).facts if isinstance(f, AgreementFact)]
    assert parties == [("MNG", "USA"), ("MNG", "USA")]
