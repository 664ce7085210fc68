"""Whole runs over small corpora that contradict each other on purpose (the checker must name
exactly the planted contradictions) or say the same things in other words (it must stay
silent). The cases under tests/heldout/ were written by someone who never saw the extractors.

A case that fails today is listed in tests/consistency_known_gaps.tsv with why; a listed case
that passes fails the test until it is struck from the list (xfail(strict=True), per case).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.run import run
from tests.conftest import ROOT

CASE_ROOTS = [ROOT / "tests" / "heldout" / "contradictions", ROOT / "tests" / "heldout" /
              "agreements"]
KNOWN_GAPS = ROOT / "tests" / "consistency_known_gaps.tsv"


def cases() -> list[Path]:
    found = [ROOT / "tests" / "fixtures" / "contradictions"]
    for root in CASE_ROOTS:
        found += sorted(p for p in root.iterdir() if (p / "expected.json").exists())
    return found


def known_gaps() -> set[str]:
    lines = KNOWN_GAPS.read_text(encoding="utf-8").splitlines()
    return {line.split("\t")[0] for line in lines if line and not line.startswith("#")}


def case_name(case: Path) -> str:
    return case.relative_to(ROOT / "tests").as_posix()


@pytest.mark.parametrize("case", cases(), ids=case_name)
def test_the_checker_names_exactly_the_planted_contradictions(case: Path,
                                                              tmp_path: Path) -> None:
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    result = run(case, tmp_path / "out", None, write=False)
    got = sorted((f.check, f.doc_ids) for f in result.findings if f.severity == "error")
    want = sorted((e["check"], tuple(sorted(e["docs"]))) for e in expected["errors"])
    if case_name(case) in known_gaps():
        assert got != want, f"{case_name(case)} passes now: strike it from {KNOWN_GAPS.name}"
    else:
        assert got == want, expected["about"]


def test_generic_mentions_of_one_kind_in_two_documents_are_no_contradiction() -> None:
    """"the 2001 basing agreement" and "a basing agreement concluded in June 2009" are two
    instruments of one kind, not one agreement dated twice."""
    from pipeline.consistency import agreement_claims

    rows = [{"kind": "agreement", "name": "basing agreement", "parties": "KGZ;USA",
             "date_start": start, "status": "signed", "start_granularity": "month",
             "fact_id": f"d{i}:agreement:1", "doc_id": f"d{i}", "sentence": "", "start": 0,
             "sentence_start": 0}
            for i, start in enumerate(("2001-12-01", "2009-06-01"))]
    assert list(agreement_claims(rows)) == []
