"""The Makefile is the map of the project: every target listed by `make help` is documented in
README.md, and README leads with the two commands a new user runs."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_targets() -> list[str]:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    return re.findall(r"^([a-z][a-z_-]*):.*## ", text, flags=re.M)


def test_every_make_target_is_documented_in_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [t for t in make_targets() if f"`make {t}`" not in readme]
    assert missing == []


def test_make_help_lists_every_target() -> None:
    out = subprocess.run(["make", "-s", "help"], cwd=ROOT, capture_output=True, text=True,
                         check=True).stdout
    assert sorted(line.split()[0] for line in out.splitlines()) == sorted(make_targets())


def test_readme_leads_with_extract_and_test() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = readme.split("```")[1]
    commands = [line.split("#")[0].strip() for line in first_block.splitlines()[1:] if line]
    assert commands == ["make extract", "make test"]


def test_ci_runs_the_readme_test_command_and_the_check() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci and "make check RAW=raw" in ci and "make lint" in ci
