"""The command line: exact messages and exit codes (0 ok, 1 inconsistent, 2 crash or usage)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.cli import main

ROOT = Path(__file__).resolve().parent.parent


def write_docs(raw: Path, docs: dict[str, str]) -> Path:
    for name, text in docs.items():
        path = raw / f"{name}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return raw


CONSISTENT = {
    "a": "The United States and Uzbekistan signed an Acquisition and Cross-Servicing Agreement "
         "in 2016.",
    "b": "In March 2016, Uzbekistan signed an Acquisition and Cross-Servicing Agreement with "
         "the United States.",
}
CONTRADICTORY = {
    "a": CONSISTENT["a"],
    "b": "The United States and Uzbekistan signed an Acquisition and Cross-Servicing Agreement "
         "in 2018.",
}


def test_extract_writes_every_output_and_exits_0(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    raw = write_docs(tmp_path / "raw", CONTRADICTORY)
    out = tmp_path / "out"
    assert main(["extract", "--raw", str(raw), "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [
        "agreements.csv", "countries.csv", "dates.csv", "documents.csv", "findings.csv",
        "money.csv", "report.html"]
    printed = capsys.readouterr().out
    assert "2 documents read, 0 quarantined" in printed
    assert "findings: 1 errors, 0 warnings" in printed


def test_check_exits_1_and_names_the_facts_that_disagree(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = write_docs(tmp_path / "raw", CONTRADICTORY)
    assert main(["check", "--raw", str(raw), "--out", str(tmp_path / "out"), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("check failed: 1 error findings\n")
    assert "[cross_doc:agreement_date]" in err
    assert "2016 in a but in 2018 in b" in err
    assert "a:agreement:" in err and "b:agreement:" in err


def test_check_exits_0_when_documents_agree_in_other_words(tmp_path: Path) -> None:
    raw = write_docs(tmp_path / "raw", CONSISTENT)
    assert main(["check", "--raw", str(raw), "--out", str(tmp_path / "out"), "--quiet"]) == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "--raw", "does/not/exist"],
         "error: [E201] raw folder not found: does/not/exist\n"),
        (["check", "--raw", "README.md"], "error: [E202] raw path is not a folder: README.md\n"),
        (["extract", "--jobs", "zero"], "error: [E207] --jobs must be a positive whole number "
                                        "or auto, not zero\n"),
    ],
)
def test_usage_errors_exit_2_with_one_line(args: list[str], message: str,
                                           capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch,
                                           tmp_path: Path) -> None:
    monkeypatch.chdir(ROOT)
    assert main([*args, "--out", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err == message


def test_bad_reviews_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = write_docs(tmp_path / "raw", CONSISTENT)
    reviews = tmp_path / "decisions.csv"
    reviews.write_text("id,decision\n", encoding="utf-8")
    assert main(["extract", "--raw", str(raw), "--out", str(tmp_path / "o"),
                 "--reviews", str(reviews)]) == 2
    assert capsys.readouterr().err == (
        f"error: [E205] reviews file {reviews} is missing columns fact_id, text\n")


def test_a_crash_is_one_line_without_traceback_unless_debug(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    raw = write_docs(tmp_path / "raw", CONSISTENT)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("pipeline.cli.run", broken)
    assert main(["extract", "--raw", str(raw), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert err == ("error: [E900] internal error: RuntimeError: disk on fire "
                   "(run with --debug for the traceback)\n")
    assert main(["extract", "--raw", str(raw), "--out", str(tmp_path / "o"), "--debug"]) == 2
    assert "Traceback" in capsys.readouterr().err


def test_argparse_usage_error_exits_2() -> None:
    proc = subprocess.run([sys.executable, "-m", "pipeline", "frobnicate"], cwd=ROOT,
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert "invalid choice: 'frobnicate'" in proc.stderr


def test_quarantined_document_is_listed_and_the_run_goes_on(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = write_docs(tmp_path / "raw", CONSISTENT)
    (raw / "broken.txt").write_bytes(b"\xff\xfe\x00binary")
    assert main(["check", "--raw", str(raw), "--out", str(tmp_path / "o")]) == 0
    out = capsys.readouterr().out
    assert "2 documents read, 1 quarantined" in out
    assert "quarantined broken: [E102] binary file: NUL byte at byte offset 2" in out
    docs = (tmp_path / "o" / "documents.csv").read_text(encoding="utf-8")
    assert f"broken,{raw.as_posix()}/broken.txt," in docs


def test_a_cached_rerun_writes_the_same_bytes(tmp_path: Path) -> None:
    raw = write_docs(tmp_path / "raw", CONTRADICTORY)
    out = tmp_path / "out"
    assert main(["extract", "--raw", str(raw), "--out", str(out), "--quiet"]) == 0
    first = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert any((out / ".cache").rglob("*")), "the first run fills the cache"
    assert main(["extract", "--raw", str(raw), "--out", str(out), "--quiet"]) == 0
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == first
    assert main(["extract", "--raw", str(raw), "--out", str(tmp_path / "fresh"), "--no-cache",
                 "--quiet"]) == 0
    assert not (tmp_path / "fresh" / ".cache").exists()
