"""A run killed at any moment leaves every output whole: the previous version or the new one."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import ROOT, run_cli


def _snapshot(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in out.iterdir() if not p.name.startswith(".")}


def test_killed_run_leaves_old_or_new_outputs_never_half(tmp_path: Path) -> None:
    old_case, new_case = tmp_path / "old", tmp_path / "new"
    for case, copies in ((old_case, 1), (new_case, 30)):
        for i in range(copies):
            for src in sorted((ROOT / "raw").glob("*.txt")):
                (case / "raw").mkdir(parents=True, exist_ok=True)
                shutil.copy(src, case / "raw" / f"{i:02d}_{src.name}")
        run_cli(case, {})
    old, new = _snapshot(old_case / "out"), _snapshot(new_case / "out")

    work = tmp_path / "work"
    shutil.copytree(new_case / "raw", work / "raw")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for delay in (0.5, 1.5, 2.5, 3.5):
        shutil.rmtree(work / "out", ignore_errors=True)
        shutil.copytree(old_case / "out", work / "out")
        proc = subprocess.Popen(
            [sys.executable, "-m", "pipeline", "extract", "--raw", "raw", "--out", "out",
             "--reviews", "", "--quiet"], cwd=work, env=env)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        for name, data in _snapshot(work / "out").items():
            assert data in (old[name], new[name]), f"{name} is half-written after a kill"
    # The next run finishes the job and cleans up any temporary file the kill left behind.
    run_cli(work, {})
    assert _snapshot(work / "out") == new
    leftovers = [p.name for p in (work / "out").iterdir()
                 if p.name.startswith(".") and p.name != ".cache"]
    assert leftovers == []
