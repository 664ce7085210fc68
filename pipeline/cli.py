"""The command line: ``python -m pipeline extract|check --raw DIR --out DIR``.

The only place that turns exceptions into one line on stderr and an exit code:
0 done (extract) or consistent (check); 1 check found error findings; 2 crash or bad usage.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections import Counter
from pathlib import Path

from pipeline.cache import open_cache
from pipeline.errors import Msg, PipelineError, UsageError
from pipeline.extract import TIME_BUDGET_SECONDS
from pipeline.progress import progress_bar
from pipeline.run import RunResult, run

EXIT_OK, EXIT_INCONSISTENT, EXIT_CRASH = 0, 1, 2
DEFAULT_REVIEWS = "reviews/decisions.csv"
ENGINES = ("local", "dask")


def parse_jobs(text: str) -> int:
    """``--jobs``: a positive whole number, or ``auto`` (one per CPU core this process may use).

    >>> parse_jobs("3"), parse_jobs("auto") >= 1
    (3, True)
    """
    if text.strip().lower() == "auto":
        return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
                   else os.cpu_count() or 1)
    try:
        jobs = int(text)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise UsageError(Msg.E207, value=text)
    return jobs


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline",
        description="Extract amounts, dates, countries and agreements from RAW/*.txt into OUT, "
                    "validate them and check them for consistency.")
    verbs = parser.add_subparsers(dest="verb", required=True, metavar="{extract,check}")
    for verb, help_text in (
        ("extract", "write the fact CSVs, findings.csv and report.html "
                    "(exit 0 even with findings)"),
        ("check", "extract, then exit 1 when any finding has severity error"),
    ):
        p = verbs.add_parser(verb, help=help_text, description=help_text)
        p.add_argument("--raw", default="raw", help="folder of documents (default: raw)")
        p.add_argument("--out", default="extracted", help="output folder (default: extracted)")
        p.add_argument("--reviews", default=DEFAULT_REVIEWS,
                       help=f"reviewer decisions CSV, optional (default: {DEFAULT_REVIEWS})")
        p.add_argument("--jobs", default="1",
                       help="worker processes, or auto for one per CPU core (default: 1)")
        p.add_argument("--engine", choices=ENGINES, default="local",
                       help="local: this machine; dask: a Dask cluster (default: local)")
        p.add_argument("--scheduler", metavar="ADDR",
                       help="with --engine dask: the cluster's scheduler, e.g. "
                            "tcp://host:8786 (default: start one on 127.0.0.1 with --jobs "
                            "workers)")
        p.add_argument("--time-budget", type=float, default=TIME_BUDGET_SECONDS,
                       help="seconds of extraction a document may take before it is "
                            f"quarantined (default: {TIME_BUDGET_SECONDS:g}; 0 = no limit)")
        p.add_argument("--cache", metavar="DIR",
                       help="cache of per-document extractions (default: OUT/.cache)")
        p.add_argument("--no-cache", action="store_true",
                       help="extract every document afresh (also: FACTCHECK_CACHE=0)")
        p.add_argument("--quiet", action="store_true", help="print nothing but errors")
        p.add_argument("--debug", action="store_true", help="show tracebacks")
    return parser


def summary(result: RunResult, out: Path) -> str:
    docs = Counter(d.status for d in result.documents)
    facts = ", ".join(f"{count} {name}" for name, count in result.counts.items())
    severities = Counter(f.severity for f in result.findings)
    lines = [
        f"{docs.get('ok', 0)} documents read, {docs.get('quarantined', 0)} quarantined",
        f"facts: {facts}",
        f"findings: {severities.get('error', 0)} errors, {severities.get('warning', 0)} warnings",
        f"outputs: {out.as_posix()}/ (documents.csv, money.csv, dates.csv, countries.csv, "
        f"agreements.csv, findings.csv, report.html)",
    ]
    for d in result.documents:
        if d.status == "quarantined":
            lines.append(f"quarantined {d.doc_id}: {d.error}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.scheduler and args.engine != "dask":
        parser.error("--scheduler needs --engine dask")
    try:
        jobs = parse_jobs(args.jobs)
        out = Path(args.out)
        reviews = Path(args.reviews) if args.reviews else None
        bar = None if args.quiet else progress_bar(sys.stderr)  # None unless a terminal
        try:
            folder = Path(args.cache) if args.cache else None
            cache = None if args.no_cache else open_cache(out, folder)
            result = run(Path(args.raw), out, reviews, jobs=jobs, budget=args.time_budget,
                         cache=cache, progress=bar, engine=args.engine,
                         scheduler=args.scheduler, debug=args.debug)
        finally:
            if bar is not None:
                bar.close()
    except PipelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        if args.debug:
            traceback.print_exc()
        return exc.exit_code
    except Exception as exc:  # a crash: one line unless --debug
        print(f"error: [E900] internal error: {type(exc).__name__}: {exc} "
              "(run with --debug for the traceback)", file=sys.stderr)
        if args.debug:
            traceback.print_exc()
        return EXIT_CRASH
    if not args.quiet:
        print(summary(result, out))
    if args.verb == "check" and result.errors:
        print(f"check failed: {len(result.errors)} error findings", file=sys.stderr)
        for finding in result.errors:
            print(f"  [{finding.check}] {finding.message} (facts: {', '.join(finding.fact_ids)})",
                  file=sys.stderr)
        return EXIT_INCONSISTENT
    return EXIT_OK
