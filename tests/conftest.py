from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def raw_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One run of the whole pipeline over a copy of raw/ (as ``--raw raw --out out`` from its
    own folder, as a user would type it), shared by the contract tests."""
    base = tmp_path_factory.mktemp("raw_run")
    shutil.copytree(ROOT / "raw", base / "raw")
    run_cli(base, {})
    return base


def run_cli(cwd: Path, env_extra: dict[str, str], jobs: int = 1) -> None:
    """``python -m pipeline extract --raw raw --out out`` in ``cwd``, in a fresh process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), **env_extra}
    subprocess.run([sys.executable, "-m", "pipeline", "extract", "--raw", "raw", "--out", "out",
                    "--reviews", "", "--quiet", "--jobs", str(jobs)],
                   cwd=cwd, env=env, check=True)
