"""``make bench``: throughput and peak memory of the full run on a generated corpus, beside a
spaCy floor (``spacy.blank("en")`` + sentencizer) measured in the same invocation.

The corpus is built deterministically from the gold documents (raw/ and tests/gold/docs/) and
sentence templates with random amounts, dates and countries, so it looks like the genre and has
facts to find. Each measured run is a fresh child process (peak RSS is the child's own).
Results are appended to ``bench/results.csv`` so progress is visible over time.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results.csv"
RESULT_COLUMNS = ["when", "commit", "words", "documents", "jobs", "baseline_words_per_s",
                  "baseline_peak_mib", "run_words_per_s", "run_peak_mib", "extract_words_per_s",
                  "ratio_run_to_baseline", "stage_seconds", "extract_only_words_per_s"]
# extract_words_per_s: words / the full run's "extract" stage, the time the run waited for the
# workers (it falls as the run's own work overlaps theirs); extract_only_words_per_s: words /
# a run of the extraction alone (ingest, then every document's rows, nothing else), with the
# same workers. Rows before 2026-12-06T17:10 have no extract_only figure.

TEMPLATES = [
    "In FY {fy}, the United States provided ${amount} million in Foreign Military Financing "
    "to {country}.",
    "Since {year}, the {state} National Guard and {country} have engaged in the State "
    "Partnership Program.",
    "{country} signed a Status of Forces Agreement with the United States in {month} {year}.",
    "Over the past five years, approximately ${amount} million in IMET funding supported "
    "{adj} officers.",
    "Between {year} and {year2}, {country} received between ${amount} million and "
    "${amount2} million for border security.",
]
COUNTRIES = ["Georgia", "Mongolia", "Kazakhstan", "the Kyrgyz Republic", "Uzbekistan",
             "Tajikistan", "Armenia", "Azerbaijan", "Jordan", "the Philippines"]
ADJECTIVES = ["Georgian", "Mongolian", "Kazakhstani", "Kyrgyz", "Uzbek", "Tajik"]
STATES = ["Virginia", "Arizona", "Montana", "Nevada", "Kansas", "Vermont"]
MONTHS = ["January", "March", "May", "August", "October", "December"]


def seed_texts() -> list[str]:
    paths = sorted((ROOT / "raw").glob("*.txt")) + sorted((ROOT / "tests/gold/docs").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def template_paragraph(rng: random.Random, sentences: int) -> str:
    out = []
    for _ in range(sentences):
        year = rng.randint(1995, 2022)
        amount = rng.randint(1, 90)
        out.append(rng.choice(TEMPLATES).format(
            fy=rng.randint(2010, 2024), amount=amount, amount2=amount + rng.randint(1, 9),
            country=rng.choice(COUNTRIES), adj=rng.choice(ADJECTIVES), state=rng.choice(STATES),
            month=rng.choice(MONTHS), year=year, year2=year + rng.randint(1, 6)))
    return " ".join(out)


def generate_corpus(folder: Path, words: int, seed: int = 0) -> tuple[int, int]:
    """Write documents totalling about ``words`` words; returns (words, documents)."""
    rng = random.Random(seed)
    seeds = seed_texts()
    folder.mkdir(parents=True, exist_ok=True)
    total = count = 0
    while total < words:
        parts = [rng.choice(seeds), template_paragraph(rng, rng.randint(5, 20))]
        rng.shuffle(parts)
        text = "\n\n".join(parts)
        (folder / f"{count // 500:03d}" / f"doc{count:06d}.txt").parent.mkdir(exist_ok=True)
        (folder / f"{count // 500:03d}" / f"doc{count:06d}.txt").write_text(text, "utf-8")
        total += len(text.split())
        count += 1
    return total, count


def _child(args: list[str]) -> tuple[dict[str, object], float]:
    """Run ``python -m pipeline.bench`` as a child; its JSON report and its peak RSS in MiB."""
    proc = subprocess.Popen([sys.executable, "-m", "pipeline.bench", *args], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    out = proc.stdout.read() if proc.stdout else ""
    if proc.returncode != 0:
        raise SystemExit(f"bench child {args[0]} failed with exit {proc.returncode}")
    return json.loads(out), usage.ru_maxrss / 1024


def measure_baseline(corpus: Path) -> dict[str, object]:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    paths = sorted(corpus.rglob("*.txt"))
    began = time.perf_counter()
    words = 0
    texts = (p.read_text(encoding="utf-8") for p in paths)
    for doc in nlp.pipe(texts, batch_size=32):
        words += sum(1 for t in doc if not t.is_space and not t.is_punct)
        sum(1 for _ in doc.sents)
    return {"seconds": time.perf_counter() - began}


def measure_run(corpus: Path, out: Path, jobs: int) -> dict[str, object]:
    from pipeline.run import run

    began = time.perf_counter()
    result = run(corpus, out, None, jobs=jobs)
    return {"seconds": time.perf_counter() - began, "stages": result.seconds,
            "facts": result.counts}


def measure_extraction(corpus: Path, jobs: int) -> dict[str, object]:
    """The extraction alone: every document's fact rows, in ``jobs`` processes, kept no longer
    than a batch (nothing tabled, checked or written)."""
    from pipeline.extract import extract_batches
    from pipeline.ingest import ingest

    documents = list(ingest(corpus))
    began = time.perf_counter()
    rows = sum(batch.size for batch in extract_batches(documents, jobs))
    return {"seconds": time.perf_counter() - began, "rows": rows}


def measure_incremental(corpus: Path, cache_dir: Path, jobs: int) -> dict[str, object]:
    """Extraction with a cache: a cold run, then a run after one document in ~1,000 changed."""
    from pipeline.cache import ExtractionCache
    from pipeline.extract import extract_rows
    from pipeline.ingest import ingest

    def timed() -> float:
        documents = list(ingest(corpus))
        cache = ExtractionCache(cache_dir)
        began = time.perf_counter()
        extract_rows(documents, jobs, cache=cache)
        return time.perf_counter() - began

    cold = timed()
    paths = sorted(corpus.rglob("*.txt"))
    changed = paths[:: max(1, 1000)][: max(1, len(paths) // 1000)]
    for path in changed:
        path.write_text(path.read_text("utf-8") + "\n\nIn FY 2024, $7 million for Georgia.\n",
                        "utf-8")
    warm = timed()
    return {"cold_seconds": cold, "warm_seconds": warm, "changed": len(changed),
            "documents": len(paths)}


def synthetic_tables(documents: int, seed: int = 0) -> tuple[dict[str, Any], list[Any]]:
    """Fact tables as a run over ``documents`` documents would give them (4 amounts, 4
    agreements and 4 dates each, claims about a few shared identities), for timing the checks
    alone."""
    from pipeline.documents import Document
    from pipeline.tables import FACT_TABLES, fact_frame

    rng = random.Random(seed)
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in FACT_TABLES}
    docs = []
    for d in range(documents):
        doc_id = f"d{d:06d}"
        docs.append(Document(doc_id, doc_id, "0" * 64, "x", "ok"))
        for k in range(4):
            country = rng.choice(["KAZ", "KGZ", "UZB", "TJK", "MNG", "GEO", "ARM", "MDA"])
            base = {"doc_id": doc_id, "sentence": "x", "review": "", "review_note": ""}
            for fact_type, start, fields in (
                ("money", 100 + k * 100, {
                    "amount_low": 1e6, "amount_high": 1e6, "currency": "USD",
                    "qualifier": "exact", "period": "", "fiscal_year": 2020 + rng.randint(0, 3),
                    "countries": country, "program": rng.choice(["FMF", "IMET"]),
                    "part_of": ""}),
                ("agreement", 1000 + k * 100, {
                    "name": "Acquisition and Cross-Servicing Agreement", "kind": "acsa",
                    "parties": f"{country};USA", "date_start": "2016-01-01", "date_end": None,
                    "status": "signed", "start_granularity": "year", "end_granularity": "",
                    "start_qualifier": ""}),
                ("date", 2000 + k * 100, {
                    "kind": "date", "start_date": "2016-01-01", "end_date": "2016-12-31",
                    "granularity": "year", "duration": "", "event": ""}),
            ):
                fact_id = f"{doc_id}:{fact_type}:{start}"
                rows[fact_type].append({**base, **fields, "fact_id": fact_id, "start": start,
                                        "end": start + 1, "text": "x", "sentence_start": start,
                                        "sentence_end": start + 1})
    return {t: fact_frame(t, r) for t, r in rows.items()}, docs


def measure_checks(documents: int) -> None:
    from pipeline.consistency import check_consistency

    tables, docs = synthetic_tables(documents)
    facts = sum(len(t) for t in tables.values())
    began = time.perf_counter()
    findings = check_consistency(tables, docs)
    seconds = time.perf_counter() - began
    print(f"consistency checks: {documents:,} documents, {facts:,} facts in {seconds:.2f} s "
          f"({facts / seconds:,.0f} facts/s), {len(findings)} findings")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.bench")
    parser.add_argument("mode", nargs="?", default="all", choices=["all", "baseline", "run",
                                                                    "extract", "incremental-run",
                                                                    "checks", "scale"])
    parser.add_argument("--documents", type=int, default=10_000,
                        help="for checks: how many documents' facts to check")
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--jobs", type=_jobs, default=1, help="worker processes, or auto")
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--no-record", action="store_true", help="do not append to results")
    parser.add_argument("--incremental", action="store_true",
                        help="extraction with the cache: cold, then after one document in "
                             "1,000 changed (not recorded)")
    args = parser.parse_args(argv)
    if args.mode == "incremental-run":
        print(json.dumps(measure_incremental(args.corpus, args.out, args.jobs)))
        return 0
    if args.incremental:
        with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
            corpus = Path(tmp) / "corpus"
            words, docs = generate_corpus(corpus, args.words)
            print(f"corpus: {words:,} words in {docs:,} documents", flush=True)
            inc, rss = _child(["incremental-run", "--corpus", str(corpus), "--out",
                               str(Path(tmp) / "cache"), "--jobs", str(args.jobs)])
        cold, warm = float(inc["cold_seconds"]), float(inc["warm_seconds"])  # type: ignore[arg-type]
        print(f"extraction, empty cache:          {cold:8.2f} s ({words / cold:,.0f} words/s)")
        print(f"after {inc['changed']} of {inc['documents']} documents changed: {warm:8.2f} s "
              f"({100 * warm / cold:.1f}% of the cold run), peak {rss:.0f} MiB")
        return 0
    if args.mode == "baseline":
        print(json.dumps(measure_baseline(args.corpus)))
        return 0
    if args.mode == "checks":
        measure_checks(args.documents)
        return 0
    if args.mode == "run":
        print(json.dumps(measure_run(args.corpus, args.out, args.jobs)))
        return 0
    if args.mode == "extract":
        print(json.dumps(measure_extraction(args.corpus, args.jobs)))
        return 0

    if args.mode == "scale":
        small = bench_once(args.words, args.jobs, not args.no_record)
        large = bench_once(args.words * 10, args.jobs, not args.no_record)
        time_ratio = (large["words"] / large["run_words_per_s"]) / (  # type: ignore[operator]
            small["words"] / small["run_words_per_s"])  # type: ignore[operator]
        print(f"10x the words ({small['words']:,} -> {large['words']:,}): {time_ratio:.1f}x the "
              f"time (target <= 10.5x); peak memory {small['run_peak_mib']} -> "
              f"{large['run_peak_mib']} MiB")
        return 0
    bench_once(args.words, args.jobs, not args.no_record)
    return 0


def bench_once(words_wanted: int, jobs: int, record: bool) -> dict[str, object]:
    """Generate a corpus of ``words_wanted`` words; time the spaCy floor and the full run on it,
    each in a fresh child process; print and (``record``) append the results."""
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        corpus = Path(tmp) / "corpus"
        words, docs = generate_corpus(corpus, words_wanted)
        print(f"corpus: {words:,} words in {docs:,} documents", flush=True)
        base, base_rss = _child(["baseline", "--corpus", str(corpus)])
        full, full_rss = _child(["run", "--corpus", str(corpus), "--out", str(Path(tmp) / "out"),
                                 "--jobs", str(jobs)])
        alone, _ = _child(["extract", "--corpus", str(corpus), "--jobs", str(jobs)])
    base_s, full_s = float(base["seconds"]), float(full["seconds"])  # type: ignore[arg-type]
    alone_s = float(alone["seconds"])  # type: ignore[arg-type]
    stages: dict[str, float] = full["stages"]  # type: ignore[assignment]
    row = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "commit": _commit(), "words": words, "documents": docs, "jobs": jobs,
        "baseline_words_per_s": round(words / base_s), "baseline_peak_mib": round(base_rss),
        "run_words_per_s": round(words / full_s), "run_peak_mib": round(full_rss),
        "extract_words_per_s": round(words / stages["extract"]),
        "ratio_run_to_baseline": round(base_s / full_s, 3),
        "stage_seconds": ";".join(f"{k}={v:.2f}" for k, v in stages.items()),
        "extract_only_words_per_s": round(words / alone_s),
    }
    print(f"spaCy floor (blank en + sentencizer): {row['baseline_words_per_s']:>9,} words/s, "
          f"peak {row['baseline_peak_mib']} MiB")
    print(f"full run (ingest to report):          {row['run_words_per_s']:>9,} words/s, "
          f"peak {row['run_peak_mib']} MiB  ({row['ratio_run_to_baseline']}x the floor's speed)")
    print(f"extraction alone (its own run):       {row['extract_only_words_per_s']:>9,} words/s")
    print(f"  (the full run waited {stages['extract']:.1f} s for extraction: "
          f"{row['extract_words_per_s']:,} words/s)")
    print("seconds per stage: " + ", ".join(f"{k} {v:.2f}" for k, v in stages.items()))
    print(f"facts: {full['facts']}", flush=True)
    if record:
        _record(row)
        print(f"recorded in {RESULTS.relative_to(ROOT)}")
    return row


def _jobs(text: str) -> int:
    from pipeline.cli import parse_jobs

    try:
        return parse_jobs(text)
    except Exception as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                              capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def _record(row: dict[str, object]) -> None:
    append_row(RESULTS, RESULT_COLUMNS, row)


def append_row(path: Path, columns: list[str], row: dict[str, object]) -> None:
    """Append ``row`` to the results CSV at ``path``, writing its header first if it is new.
    A file with other columns (an older version's) is first rewritten with ``columns``, its
    rows kept, their missing cells empty (a column ``columns`` lacks is an error).

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "results.csv"
    >>> append_row(path, ["a", "b"], {"a": 1, "b": 2})
    >>> append_row(path, ["a", "b", "c"], {"a": 3, "b": 4, "c": 5})
    >>> print(path.read_text(), end="")
    a,b,c
    1,2,
    3,4,5
    """
    import csv
    import io

    from pipeline.write import write_atomic

    path.parent.mkdir(exist_ok=True)
    if path.exists():
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if reader.fieldnames is not None and list(reader.fieldnames) != columns:
                unknown = set(reader.fieldnames) - set(columns)
                if unknown:
                    raise ValueError(f"{path} has columns this version does not know: "
                                     f"{sorted(unknown)}")
                buffer = io.StringIO()
                rewriter = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
                rewriter.writeheader()
                rewriter.writerows(reader)
                write_atomic(path, buffer.getvalue().encode("utf-8"))
    new = not path.exists()
    with path.open("a", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        if new:
            writer.writeheader()
        writer.writerow(row)


if __name__ == "__main__":
    raise SystemExit(main())
