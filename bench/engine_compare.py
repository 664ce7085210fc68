"""Time ``make extract`` with ENGINE=local and ENGINE=dask on one generated corpus.

    .venv/bin/python bench/engine_compare.py --words 2000000 --runs local:1 local:2 dask:1 dask:2

Each run is ``make extract RAW=corpus OUT=fresh-folder ENGINE=... JOBS=... REVIEWS=`` (a cold
start: new output folder, empty extraction cache), under ``/usr/bin/time -v``. Reported: wall
time, words per second, the largest single process's peak RSS (``time -v``), and the peak of
the whole process tree's RSS summed (sampled every 0.2 s with psutil: the client, the Dask
scheduler, nannies and workers, or the local engine's worker processes), and whether every
output file equals the first run's. Rows are appended to ``bench/dask_results.csv``.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.bench import append_row, generate_corpus  # noqa: E402

RESULTS = ROOT / "bench" / "dask_results.csv"
COLUMNS = ["when", "commit", "words", "documents", "engine", "jobs", "wall_s", "words_per_s",
           "peak_process_mib", "peak_tree_mib", "load_before", "identical_to_first"]


def tree_rss(root: psutil.Process) -> int:
    """Bytes resident in ``root`` and all its descendants now."""
    total = 0
    for process in [root, *root.children(recursive=True)]:
        with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
            total += process.memory_info().rss
    return total


def timed_make(corpus: Path, out: Path, engine: str, jobs: int) -> dict[str, float]:
    command = ["/usr/bin/time", "-v", "make", "-s", "extract", f"RAW={corpus}", f"OUT={out}",
               f"ENGINE={engine}", f"JOBS={jobs}", "REVIEWS=", "ARGS=--quiet"]
    began = time.perf_counter()
    proc = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        root = psutil.Process(proc.pid)
        while not done.is_set():
            try:
                peak[0] = max(peak[0], tree_rss(root))
            except psutil.NoSuchProcess:
                return
            done.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - began
    done.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"make extract ENGINE={engine} JOBS={jobs} failed:\n{err}")
    found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", err)
    return {"wall_s": wall, "peak_process_mib": int(found.group(1)) / 1024 if found else 0.0,
            "peak_tree_mib": peak[0] / 2**20}


def outputs(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and not p.relative_to(out).as_posix().startswith(".")}


def commit() -> str:
    done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                          capture_output=True, text=True)
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                           cwd=ROOT, capture_output=True, text=True).stdout.strip()
    return done.stdout.strip() + ("+dirty" if dirty else "")


def main() -> int:
    parser = argparse.ArgumentParser(prog="bench/engine_compare.py")
    parser.add_argument("--words", type=int, default=2_000_000)
    parser.add_argument("--runs", nargs="+", default=["local:1", "local:2", "dask:1", "dask:2"],
                        help="ENGINE:JOBS, in order (default: local:1 local:2 dask:1 dask:2)")
    parser.add_argument("--corpus", type=Path, help="reuse this corpus folder")
    parser.add_argument("--no-record", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="factcheck-engines-") as tmp:
        corpus = args.corpus or Path(tmp) / "corpus"
        if args.corpus is None:
            words, documents = generate_corpus(corpus, args.words)
        else:
            paths = sorted(corpus.rglob("*.txt"))
            words = sum(len(p.read_text("utf-8").split()) for p in paths)
            documents = len(paths)
        print(f"corpus: {words:,} words in {documents:,} documents", flush=True)
        first: dict[str, bytes] | None = None
        for spec in args.runs:
            engine, jobs = spec.split(":")
            out = Path(tmp) / f"out-{engine}-{jobs}"
            load = os.getloadavg()[0]
            measured = timed_make(corpus, out, engine, int(jobs))
            written = outputs(out)
            first = first if first is not None else written
            row = {"when": time.strftime("%Y-%m-%dT%H:%M:%S"), "commit": commit(),
                   "words": words, "documents": documents, "engine": engine, "jobs": jobs,
                   "wall_s": round(measured["wall_s"], 1),
                   "words_per_s": round(words / measured["wall_s"]),
                   "peak_process_mib": round(measured["peak_process_mib"]),
                   "peak_tree_mib": round(measured["peak_tree_mib"]),
                   "load_before": round(load, 2), "identical_to_first": written == first}
            print(", ".join(f"{k}={v}" for k, v in row.items() if k not in ("when", "commit")),
                  flush=True)
            if not args.no_record:
                append_row(RESULTS, COLUMNS, row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
