"""The streaming run's report (pipeline/stream_report.py): every article is rendered once as its
batch comes, and at the end only the documents holding a fact that a finding names are rendered
again, with their findings. (That the page equals the whole tables' page, whatever the batch
size, is tests/test_stream.py's.)"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import pipeline.extract
import pipeline.stream_report
from pipeline.run import run

TEXTS = {
    "a.txt": "In FY 2020, the United States provided $10 million in Foreign Military Financing "
             "to Georgia.\n",
    "b.txt": "Mongolia hosted the Khaan Quest exercise in 2019.\n",
    "c.txt": "In FY 2020, the United States provided $25 million in Foreign Military Financing "
             "to Georgia.\n",
    "d.txt": "Kazakhstan signed an agreement on border security in 2018.\n",
}


@pytest.mark.parametrize("rows_per_batch", [1, 10**6])
def test_only_the_documents_a_finding_names_are_rendered_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows_per_batch: int) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, text in TEXTS.items():
        (raw / name).write_text(text, "utf-8")
    rendered: list[tuple[str, bool]] = []  # (document, with findings)
    article = pipeline.stream_report.document_article

    def counted(doc: Any, facts: Any, flagged: Any, anchored: Any) -> str:
        rendered.append((doc.doc_id, bool(flagged)))
        return article(doc, facts, flagged, anchored)

    monkeypatch.setattr(pipeline.stream_report, "document_article", counted)
    monkeypatch.setattr(pipeline.extract, "ROWS_PER_BATCH", rows_per_batch)
    result = run(raw, tmp_path / "out", None)
    named = {d for f in result.findings for d in f.doc_ids}
    assert named == {"a", "c"}  # the two amounts for FMF, Georgia, FY 2020
    assert sorted(d for d, again in rendered if not again) == ["a", "b", "c", "d"]
    assert sorted(d for d, again in rendered if again) == ["a", "c"]
    page = (tmp_path / "out" / "report.html").read_text("utf-8")
    assert page.count('<article class="doc"') == 4
    assert page.count("flag-error") >= 2
