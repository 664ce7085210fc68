"""``make false-alarms``: the checker's errors over a set written consistent on purpose."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.false_alarms import main, set_alarms

SIGNED_2019 = ("Kazakhstan signed a General Security of Information Agreement with the United "
               "States in August 2019.\n")


def _set(root: Path, name: str, texts: dict[str, str]) -> Path:
    folder = root / name
    (folder / "docs").mkdir(parents=True)
    for doc, text in texts.items():
        (folder / "docs" / f"{doc}.txt").write_text(text, encoding="utf-8")
    return folder


def test_a_consistent_set_raises_none_and_a_contradiction_is_counted(tmp_path: Path) -> None:
    agreeing = _set(tmp_path, "heldout2", {
        "a": SIGNED_2019, "b": "In 2019 Kazakhstan signed a General Security of Information "
                               "Agreement with the United States.\n"})
    assert set_alarms(agreeing).errors == ()
    planted = _set(tmp_path, "heldout10", {
        "a": SIGNED_2019, "b": SIGNED_2019.replace("August 2019", "March 2016")})
    alarms = set_alarms(planted)
    assert alarms.documents == 2
    assert [f.check for f in alarms.errors] == ["cross_doc:agreement_date"]


def test_the_report_counts_per_set_in_natural_order(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    _set(tmp_path, "heldout10", {"a": SIGNED_2019,
                                 "b": SIGNED_2019.replace("August 2019", "March 2016")})
    _set(tmp_path, "heldout9", {"a": SIGNED_2019})
    assert main([str(tmp_path / "heldout10"), str(tmp_path / "heldout9"), "--details"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("heldout9 ") and "0 false alarms" in lines[0]
    assert lines[1].startswith("heldout10 ") and "1 false alarms" in lines[1]
    assert lines[2].startswith("    cross_doc:agreement_date: ")
    assert lines[-1] == "false alarms: 1 in 1 of 2 sets (3 documents)"


def test_a_folder_without_documents_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "heldout3").mkdir()
    assert main([str(tmp_path / "heldout3")]) == 2
