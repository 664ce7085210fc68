"""Hostile input (issue #5): the pipeline survives whatever lands in RAW or in the decisions file.

Every fixture is generated here in a temporary folder; nothing binary is committed. Each section
is one kind of hostility:

1. ingest through the whole CLI: bad encodings, binary files, empty files, a BOM, NULs, folders,
   broken meta files, symlink loops, unreadable files, FIFOs, undecodable file names;
2. line endings and look-alike characters give the same facts;
3. size: a multi-megabyte document, a 300 KB token with no break, one very long line;
4. hostile numbers: extracted exactly or rejected, never a silently wrong value;
5. CSV injection: every cell a spreadsheet would run is quoted, and reads back exactly;
6. the per-document time budget and failing extractions;
7. fuzzing the whole extraction (hypothesis);
8. reviewer decisions as spreadsheets save them, orphaned decisions, files that are not CSV.

Known bugs are strict xfails whose reason starts with "BUG:".
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import os
import random
import re
import threading
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import pipeline.extract_worker
from pipeline.cli import main
from pipeline.consistency import check_consistency
from pipeline.documents import Document
from pipeline.facts import (
    AGREEMENT_KINDS,
    AGREEMENT_STATUSES,
    AgreementFact,
    CountryFact,
    DateFact,
    ExtractedDocument,
    MoneyFact,
)
from pipeline.nlp import CHUNK_CHARS, extract_text
from pipeline.tables import FACT_TABLES, fact_fields, fact_frame, fact_rows
from pipeline.values import DATE_KINDS, GRANULARITIES, PERIODS, QUALIFIERS
from pipeline.write import csv_bytes

ROOT = Path(__file__).resolve().parent.parent
FORMULA = ("=", "+", "-", "@", "\t", "\r")
FACT_CSVS = tuple(FACT_TABLES.values())  # money.csv, dates.csv, countries.csv, agreements.csv
ALL_CSVS = ("documents.csv", *FACT_CSVS, "findings.csv")
NUMERIC = {"start", "end", "sentence_start", "sentence_end", "fiscal_year", "chars",
           "amount_low", "amount_high"}
PLAIN_NUMBER = re.compile(r"^(?:-?[0-9]+(?:\.[0-9]+)?)?$")  # empty, or a plain decimal
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


# ------------------------------------------------------------------------------- helpers


@dataclass
class Cli:
    code: int
    out: str
    err: str


def cli(*args: str | Path) -> Cli:
    """``python -m pipeline ARGS`` in this process, its exit code and what it printed."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in args])
    return Cli(code, out.getvalue(), err.getvalue())


def extract(raw: Path, out: Path, *extra: str | Path, verb: str = "extract") -> Cli:
    return cli(verb, "--raw", raw, "--out", out, "--reviews", "", *extra)


def write_raw(raw: Path, docs: dict[str, bytes | str]) -> Path:
    """``NAME.txt`` (or the exact file name when NAME has a suffix) for every entry."""
    for name, data in docs.items():
        path = raw / (name if name.endswith((".txt", ".json", ".md")) else f"{name}.txt")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return raw


def unquote(cell: str) -> str:
    """The contract's reading rule: a leading ``'`` before a formula character is removed."""
    return cell[1:] if cell[:1] == "'" and cell[1:2] in FORMULA else cell


def read_csv(path: Path) -> list[dict[str, str]]:
    """The raw cells of a CSV written by the pipeline (no unquoting)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def check_cells(out: Path) -> dict[str, list[dict[str, str]]]:
    """Every CSV in ``out``: numeric cells are plain finite numbers and no text cell would run
    as a spreadsheet formula. Returns the rows of each file."""
    tables = {}
    for name in ALL_CSVS:
        rows = read_csv(out / name)
        for row in rows:
            for column, cell in row.items():
                if column in NUMERIC:
                    assert PLAIN_NUMBER.match(cell), (name, column, cell)
                    assert cell == "" or abs(float(cell)) < float("inf"), (name, column, cell)
                else:
                    assert not cell.startswith(FORMULA), (name, column, cell)
        tables[name] = rows
    return tables


def check_provenance(out: Path, texts: dict[str, str]) -> dict[str, list[dict[str, str]]]:
    """``check_cells`` plus, for every fact row, ``document[start:end] == text`` and
    ``document[sentence_start:sentence_end] == sentence`` after the contract's unquoting."""
    tables = check_cells(out)
    for name in FACT_CSVS:
        for row in tables[name]:
            doc = texts[unquote(row["doc_id"])]
            start, end = int(row["start"]), int(row["end"])
            s_start, s_end = int(row["sentence_start"]), int(row["sentence_end"])
            assert 0 <= start < end <= len(doc), row
            assert s_start <= start and end <= s_end <= len(doc), row
            assert doc[start:end] == unquote(row["text"]), row
            assert doc[s_start:s_end] == unquote(row["sentence"]), row
    return tables


def fact_keys(extracted: ExtractedDocument) -> list[tuple[str, int, int]]:
    return sorted((f.TYPE, f.start, f.end) for f in extracted.facts)


def csv_keys(tables: dict[str, list[dict[str, str]]], doc_id: str) -> list[tuple[str, int, int]]:
    types = {v: k for k, v in FACT_TABLES.items()}
    return sorted((types[name], int(r["start"]), int(r["end"]))
                  for name in FACT_CSVS for r in tables[name] if unquote(r["doc_id"]) == doc_id)


def by_doc(rows: list[dict[str, str]]) -> dict[str, dict[str, str]]:
    return {unquote(r["doc_id"]): r for r in rows}


GENRE = (
    "Central Asia FMF historically has ranged from between $3-5 million per year, though "
    "Congress appropriated $10 million in FY 2021. In August 2019, Kazakhstan entered into a "
    "General Security of Information Agreement with the United States. NATO’s Partnership "
    "for Peace links the Kyrgyz Republic to Europe.\n"
)


# ------------------------------------------------------- 1. ingest through the whole CLI

LATIN1_PREFIX = "Kazakhstan’s résumé: caf".encode()  # multi-byte characters before the bad byte
BOM_TEXT = "Uzbekistan is purchasing equipment, valued at $40 million, in 2016.\n" + GENRE
NUL_PREFIX = ("Tajikistan hosted the exercise in 2019. " * 300)[:8000]
NUL_TAIL = "\x00Kazakhstan received $5 million in 2019."


def corpus_files() -> dict[str, bytes | str]:
    return {
        "good": GENRE,
        "latin1": LATIN1_PREFIX + "\xe9 $5 million in 2019".encode("latin-1"),
        "binary_png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        "binary_late": b"Kazakhstan " * 727 + b"\x00",  # NUL at byte 7997
        "nul_at_8000": NUL_PREFIX + NUL_TAIL,  # first NUL at byte 8000: past the sniff window
        "empty": b"",
        "blank": " \n\t\r\n\u00a0\u2003\n",
        "bom_only": b"\xef\xbb\xbf",
        "bom_blank": b"\xef\xbb\xbf \r\n",
        "bom": b"\xef\xbb\xbf" + BOM_TEXT.encode(),
        "sub/dir/nested": "In 2016, Uzbekistan signed an Acquisition and Cross-Servicing "
                          "Agreement with the United States.",
        "folder.txt/inner": "Turkmenistan partnered with the Nevada National Guard from 1996 "
                            "to 2011.",
        "meta_bad": "Since 2002, Tajikistan has received $2 million.",
        "meta_bad.meta.json": b'{"date": ',
        "meta_list": "Since 2002, Kazakhstan has received $3 million.",
        "meta_list.meta.json": b"[1, 2]",
        "meta_binary": "Since 2002, Uzbekistan has received $4 million.",
        "meta_binary.meta.json": b"\xff\xfe\x00{",
        "meta_good": "Over the past five years the United States provided $2 million annually.",
        "meta_good.meta.json": b'\xef\xbb\xbf{"date": "2021-06-30"}',
        "notes.md": b"not a document",
    }


EXPECTED_STATUS = {
    "good": ("ok", ""),
    "latin1": ("quarantined",
               f"[E101] not UTF-8: invalid byte 0xe9 at byte offset {len(LATIN1_PREFIX)}"),
    "binary_png": ("quarantined", "[E102] binary file: NUL byte at byte offset 8"),
    "binary_late": ("quarantined", "[E102] binary file: NUL byte at byte offset 7997"),
    "nul_at_8000": ("ok", ""),
    "empty": ("quarantined", "[E103] empty document"),
    "blank": ("quarantined", "[E103] empty document"),
    "bom_only": ("quarantined", "[E103] empty document"),
    "bom_blank": ("quarantined", "[E103] empty document"),
    "bom": ("ok", ""),
    "sub/dir/nested": ("ok", ""),
    "folder.txt/inner": ("ok", ""),
    "meta_bad": ("ok", "[E106] bad meta file meta_bad.meta.json: "),
    "meta_list": ("ok", "[E106] bad meta file meta_list.meta.json: "),
    "meta_binary": ("ok", "[E106] bad meta file meta_binary.meta.json: "),
    "meta_good": ("ok", ""),
    "loop": ("quarantined", "[E104] cannot read file: Too many levels of symbolic links"),
    "dangling": ("quarantined", "[E104] cannot read file: No such file or directory"),
}


@dataclass
class Run:
    raw: Path
    out: Path
    result: Cli
    texts: dict[str, str]  # decoded text of every readable document, by doc_id


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Run:
    base = tmp_path_factory.mktemp("corpus")
    raw = write_raw(base / "raw", corpus_files())
    (raw / "loop.txt").symlink_to("loop.txt")
    (raw / "dangling.txt").symlink_to("nowhere/at/all.txt")
    (raw / "sub" / "up").symlink_to("..", target_is_directory=True)  # a folder loop
    texts = {}
    for name, data in corpus_files().items():
        if EXPECTED_STATUS.get(name, ("",))[0] == "ok":
            raw_bytes = data.encode() if isinstance(data, str) else data
            texts[name] = raw_bytes.decode("utf-8").removeprefix("\ufeff")
    return Run(raw, base / "out", extract(raw, base / "out"), texts)


def test_corpus_run_exits_0_and_says_what_it_quarantined(corpus: Run) -> None:
    assert corpus.result.code == 0, corpus.result.err
    assert corpus.result.err == ""
    quarantined = sum(s == "quarantined" for s, _ in EXPECTED_STATUS.values())
    ok = len(EXPECTED_STATUS) - quarantined
    assert f"{ok} documents read, {quarantined} quarantined" in corpus.result.out
    assert (f"quarantined latin1: [E101] not UTF-8: invalid byte 0xe9 at byte offset "
            f"{len(LATIN1_PREFIX)}") in corpus.result.out


@pytest.mark.parametrize("doc_id", sorted(EXPECTED_STATUS))
def test_documents_csv_lists_every_document_with_status_and_reason(corpus: Run,
                                                                   doc_id: str) -> None:
    docs = by_doc(read_csv(corpus.out / "documents.csv"))
    assert sorted(docs) == sorted(EXPECTED_STATUS)  # notes.md, the folder loop: not documents
    status, error = EXPECTED_STATUS[doc_id]
    row = docs[doc_id]
    assert row["status"] == status
    if error.endswith(": "):  # a meta file's reason comes from the JSON parser
        assert row["error"].startswith(error) and len(row["error"]) > len(error)
    else:
        assert row["error"] == error
    path = corpus.raw / f"{doc_id}.txt"
    assert row["path"] == path.as_posix()
    if status == "ok":
        assert int(row["chars"]) == len(corpus.texts[doc_id])
        assert row["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    else:
        assert row["chars"] == "0"


def test_every_good_document_has_all_its_facts_with_exact_offsets(corpus: Run) -> None:
    tables = check_provenance(corpus.out, corpus.texts)
    for doc_id, text in corpus.texts.items():
        keys = csv_keys(tables, doc_id)
        assert keys, doc_id  # every good document here states at least one fact
        assert keys == fact_keys(extract_text(text)), doc_id
    extracted = {unquote(r["doc_id"]) for name in FACT_CSVS for r in tables[name]}
    assert extracted == set(corpus.texts)  # nothing from a quarantined document


def test_bom_is_dropped_and_offsets_index_the_text_after_it(corpus: Run) -> None:
    money = [r for r in read_csv(corpus.out / "money.csv") if r["doc_id"] == "bom"]
    start = BOM_TEXT.index("$40 million")
    assert (money[0]["start"], money[0]["end"], money[0]["text"]) == (
        str(start), str(start + len("$40 million")), "$40 million")
    assert not any(r["text"].startswith("\ufeff") or r["sentence"].startswith("\ufeff")
                   for name in FACT_CSVS for r in read_csv(corpus.out / name))


def test_a_nul_after_the_sniff_window_is_text_and_what_follows_it_is_read(corpus: Run) -> None:
    text = corpus.texts["nul_at_8000"]
    assert text.index("\x00") == 8000
    money = [r for r in read_csv(corpus.out / "money.csv") if r["doc_id"] == "nul_at_8000"]
    assert [(int(r["start"]), r["text"], r["amount_low"]) for r in money] == [
        (text.index("$5 million"), "$5 million", "5000000")]


def test_sub_folders_give_doc_ids_with_the_folder(corpus: Run) -> None:
    agreements = read_csv(corpus.out / "agreements.csv")
    assert [r["fact_id"].rsplit(":", 2)[0] for r in agreements
            if r["doc_id"] == "sub/dir/nested"] == ["sub/dir/nested"]
    dates = read_csv(corpus.out / "dates.csv")
    assert {r["doc_id"] for r in dates} >= {"sub/dir/nested", "folder.txt/inner"}


def test_a_good_meta_file_gives_the_document_date(corpus: Run) -> None:
    docs = by_doc(read_csv(corpus.out / "documents.csv"))
    assert docs["meta_good"]["doc_date"] == "2021-06-30"
    (window,) = [r for r in read_csv(corpus.out / "dates.csv") if r["doc_id"] == "meta_good"]
    assert (window["start_date"], window["end_date"]) == ("2016-06-30", "2021-06-30")
    assert all(docs[d]["doc_date"] == "" for d in ("meta_bad", "meta_list", "meta_binary"))


@pytest.mark.skipif(IS_ROOT, reason="root reads a chmod 000 file: cannot test unreadable files")
def test_unreadable_file_is_quarantined(tmp_path: Path) -> None:  # pragma: no cover - as root
    raw = write_raw(tmp_path / "raw", {"good": GENRE, "locked": GENRE})
    (raw / "locked.txt").chmod(0)
    try:
        run = extract(raw, tmp_path / "out")
    finally:
        (raw / "locked.txt").chmod(0o644)
    assert run.code == 0
    docs = by_doc(read_csv(tmp_path / "out" / "documents.csv"))
    assert docs["locked"]["error"] == "[E104] cannot read file: Permission denied"
    assert docs["good"]["status"] == "ok"


def test_a_fifo_named_txt_does_not_hang_the_run(tmp_path: Path) -> None:
    raw = write_raw(tmp_path / "raw", {"good": GENRE})
    fifo = raw / "pipe.txt"
    os.mkfifo(fifo)
    finished: list[Cli] = []
    worker = threading.Thread(target=lambda: finished.append(extract(raw, tmp_path / "out")))
    worker.start()
    worker.join(timeout=2)
    hung = worker.is_alive()
    if hung:  # release the reader: open the FIFO for writing and close it (EOF)
        with contextlib.suppress(OSError):
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        worker.join(timeout=30)
    assert not hung, "the run blocked reading a FIFO"
    assert finished[0].code == 0
    docs = by_doc(read_csv(tmp_path / "out" / "documents.csv"))
    assert docs["pipe"]["status"] == "quarantined" and docs["pipe"]["error"].startswith("[E10")


def test_a_deeply_nested_meta_file_does_not_stop_the_run(tmp_path: Path) -> None:
    raw = write_raw(tmp_path / "raw", {"good": GENRE, "deep": GENRE,
                                       "deep.meta.json": b"[" * 100_000 + b"]" * 100_000})
    run = extract(raw, tmp_path / "out")
    assert run.code == 0, run.err
    docs = by_doc(read_csv(tmp_path / "out" / "documents.csv"))
    assert docs["deep"]["status"] == "ok"
    assert docs["deep"]["error"].startswith("[E106] bad meta file deep.meta.json")


def test_a_file_name_that_is_not_utf8_does_not_stop_the_run(tmp_path: Path) -> None:
    raw = write_raw(tmp_path / "raw", {"good": GENRE})
    with open(os.path.join(os.fsencode(raw), b"\xffbad.txt"), "wb") as handle:
        handle.write(GENRE.encode())
    run = extract(raw, tmp_path / "out")
    assert run.code == 0, run.err
    docs = read_csv(tmp_path / "out" / "documents.csv")
    assert len(docs) == 2 and by_doc(docs)["good"]["status"] == "ok"


@pytest.mark.parametrize("doc_date", ["9999-12-31", "0001-01-01"])
def test_an_extreme_document_date_does_not_lose_the_document(tmp_path: Path,
                                                             doc_date: str) -> None:
    text = ("Over the past five years Kazakhstan received $5 million. "
            "Over the next five years it will receive more.")
    raw = write_raw(tmp_path / "raw", {"d": text, "d.meta.json": f'{{"date": "{doc_date}"}}'})
    assert extract(raw, tmp_path / "out").code == 0
    assert by_doc(read_csv(tmp_path / "out" / "documents.csv"))["d"]["status"] == "ok"


# --------------------------------------------- 2. line endings and look-alike characters

LOOKALIKE_TEMPLATE = (
    "Central Asia FMF historically has ranged from between $3{D}5{S}million per year, though "
    "Congress appropriated $10{S}million in FY{S}2021.{N}"
    "In August{S}2019, Kazakhstan entered into a General Security of Information Agreement "
    "with the United States.{N}{N}"
    "Turkmenistan partnered with the Nevada National Guard from 1996{D}2011.{N}"
    "NATO{A}s {L}Partnership for Peace{R} program links the Kyrgyz Republic to Europe.{N}"
    "Over the past five years the United States provided approximately $2{S}million annually "
    "in IMET funding to Uzbekistan, and $1.2{S}billion in FY{S}2019{D}2020.{N}"
)
PLAIN = {"S": " ", "D": "-", "A": "'", "L": '"', "R": '"', "N": "\n"}
SAME_LENGTH_VARIANTS = {
    "nbsp": {"S": "\u00a0"},
    "narrow_nbsp": {"S": "\u202f"},
    "en_dash": {"D": "\u2013"},
    "minus": {"D": "\u2212"},
    "smart_quotes": {"A": "\u2019", "L": "\u201c", "R": "\u201d"},
    "all": {"S": "\u00a0", "D": "\u2013", "A": "\u2019", "L": "\u201c", "R": "\u201d"},
}
LINE_END_VARIANTS = {"crlf": {"N": "\r\n"}, "cr": {"N": "\r"},
                     "all_crlf": {**SAME_LENGTH_VARIANTS["all"], "N": "\r\n"},
                     "all_cr": {**SAME_LENGTH_VARIANTS["all"], "N": "\r"}}


def render(**subst: str) -> str:
    return LOOKALIKE_TEMPLATE.format(**{**PLAIN, **subst})


def normalized(tables: dict[str, list[dict[str, str]]], doc_id: str,
               with_offsets: bool) -> list[tuple[Any, ...]]:
    """The facts of one document as (type, [start, end,] normalized cells...) in order."""
    out = []
    for name in FACT_CSVS:
        skip = {"fact_id", "doc_id", "text", "sentence", "sentence_start", "sentence_end",
                "start", "end"}
        for r in tables[name]:
            if unquote(r["doc_id"]) != doc_id:
                continue
            cells = tuple(v for k, v in r.items() if k not in skip)
            where = (int(r["start"]), int(r["end"])) if with_offsets else ()
            out.append((name, *where, *cells))
    return out


@pytest.fixture(scope="module")
def lookalikes(tmp_path_factory: pytest.TempPathFactory) -> Run:
    base = tmp_path_factory.mktemp("lookalikes")
    texts = {"plain": render()}
    texts |= {name: render(**s) for name, s in {**SAME_LENGTH_VARIANTS, **LINE_END_VARIANTS,
                                                 "em_dash": {"D": "\u2014"}}.items()}
    raw = write_raw(base / "raw", dict(texts))
    return Run(raw, base / "out", extract(raw, base / "out"), texts)


def test_lookalike_documents_are_read_verbatim_with_exact_offsets(lookalikes: Run) -> None:
    assert lookalikes.result.code == 0
    tables = check_provenance(lookalikes.out, lookalikes.texts)
    plain = normalized(tables, "plain", with_offsets=True)
    assert len(plain) >= 15  # the template states many facts; the comparison below is not empty
    assert {r[0] for r in plain} == set(FACT_CSVS)


@pytest.mark.parametrize("variant", sorted(SAME_LENGTH_VARIANTS))
def test_same_length_lookalikes_give_the_same_facts_at_the_same_offsets(
        lookalikes: Run, variant: str) -> None:
    tables = check_provenance(lookalikes.out, lookalikes.texts)
    assert len(lookalikes.texts[variant]) == len(lookalikes.texts["plain"])
    assert normalized(tables, variant, True) == normalized(tables, "plain", True)


@pytest.mark.parametrize("variant", sorted(LINE_END_VARIANTS))
def test_line_endings_give_the_same_facts(lookalikes: Run, variant: str) -> None:
    tables = check_provenance(lookalikes.out, lookalikes.texts)
    assert normalized(tables, variant, False) == normalized(tables, "plain", False)


def test_em_dash_ranges_give_the_same_facts(lookalikes: Run) -> None:
    tables = check_provenance(lookalikes.out, lookalikes.texts)
    assert normalized(tables, "em_dash", True) == normalized(tables, "plain", True)


# ------------------------------------------------------------------------------- 3. size


# Paragraphs of raw/ by their opening words: prose that is quick to extract, and one with a
# range, a fiscal year and a program, so each copy states countries, agreements, money and dates.
BIG_PARAGRAPHS = ("The United States supports", "The United States aims",
                  "U.S. security cooperation", "For further information",
                  "Central Asian states belong", "Central Asia FMF")


def big_block() -> str:
    paragraphs = [p.strip("\n") for path in sorted((ROOT / "raw").glob("*.txt"))
                  for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    return "\n\n".join(next(p for p in paragraphs if p.startswith(opening))
                       for opening in BIG_PARAGRAPHS)


def test_a_multi_megabyte_document_is_extracted_in_full(tmp_path: Path) -> None:
    block = big_block()
    copies = 2_500_000 // (len(block) + 2) + 1
    text = "\n\n".join([block] * copies)
    assert len(text) > 2_000_000 > 1_000_000  # past spaCy's default and the pipeline's max_length
    single: dict[str, int] = {t: 0 for t in FACT_TABLES}
    for fact in extract_text(block).facts:
        single[fact.TYPE] += 1
    assert all(single.values()), single
    raw = write_raw(tmp_path / "raw", {"big": text})
    run = extract(raw, tmp_path / "out")
    assert run.code == 0, run.err
    docs = by_doc(read_csv(tmp_path / "out" / "documents.csv"))
    assert (docs["big"]["status"], int(docs["big"]["chars"])) == ("ok", len(text))
    tables = check_provenance(tmp_path / "out", {"big": text})
    for fact_type, name in FACT_TABLES.items():
        assert len(tables[name]) == single[fact_type] * copies, name


def test_300kb_without_whitespace_or_punctuation_and_a_line_of_digits_and_dollars(
        tmp_path: Path) -> None:
    digits_and_dollars = "".join(f"${i}" for i in range(60_000))[:300_000]
    texts = {"token": "a" * 300_000, "mixed": ("Kazakhstan" * 30_000),
             "dollars": digits_and_dollars, "digits": "1234567890" * 30_000}
    raw = write_raw(tmp_path / "raw", dict(texts))
    began = time.perf_counter()
    run = extract(raw, tmp_path / "out")
    assert run.code == 0, run.err
    assert time.perf_counter() - began < 30
    docs = by_doc(read_csv(tmp_path / "out" / "documents.csv"))
    assert all(docs[d]["status"] == "ok" for d in texts), docs
    tables = check_provenance(tmp_path / "out", texts)
    for row in tables["money.csv"]:  # whatever is found is exactly what the text says
        assert Decimal(row["amount_low"]) == Decimal(unquote(row["text"]).lstrip("$"))


LONG_LINE_CASES = {
    # the only spaces of a 100,000-character window are inside one sentence near its end
    "cut_at_a_space": ("x" * (CHUNK_CHARS - 15), " received $5 million in 2019 and more. ",
                       "$5 million", 5e6, "exact"),
    # one paragraph of sentences: the last ". " of the window is inside "approx. $5 million"
    "cut_at_an_abbreviation": (("The region is stable. " * 5000)[: CHUNK_CHARS - 30]
                               + "It got", " approx. $5 million in 2019. It grew. ",
                               "$5 million", 5e6, "approximate"),
}


@pytest.mark.parametrize("case", sorted(LONG_LINE_CASES))
def test_a_long_text_cut_into_pieces_keeps_every_amount_whole(case: str) -> None:
    before, sentence, span, value, qualifier = LONG_LINE_CASES[case]
    text = before + sentence + "y" * 1000
    assert len(text) > CHUNK_CHARS and "\n" not in text
    money = [f for f in extract_text(text).facts if isinstance(f, MoneyFact)]
    assert [(text[f.start:f.end], f.amount.low, f.amount.qualifier) for f in money] == [
        (span, value, qualifier)]


# ---------------------------------------------------------------------- 4. hostile numbers

# (expression, the (amount_low, amount_high) cells it may be written as; None: may be rejected)
Allowed = tuple[tuple[str, str] | None, ...]
NUMBERS: list[Any] = [
    ("$5 million", (("5000000", "5000000"),)),
    ("$" + "9" * 5000, (None,)),
    ("$1e309", (None,)),
    ("$1e3", (None, ("1000", "1000"))),
    ("$inf", (None,)),
    ("$Infinity million", (None,)),
    ("$nan", (None,)),
    ("$NaN million", (None,)),
    ("$\u0663 million", (None, ("3000000", "3000000"))),  # Arabic-Indic 3
    ("$\uff15 million", (None, ("5000000", "5000000"))),  # fullwidth 5
    ("$10\u00b3 million", (None, ("1000000000", "1000000000"))),  # 10³
    ("$10\u00b3", (None, ("1000", "1000"))),
    ("$1,0000,000", (None, ("10000000", "10000000"))),
    ("$.5 million", (None, ("500000", "500000"))),
    ("$-5 million", (None, ("-5000000", "-5000000"))),
    ("-$5 million", (None, ("-5000000", "-5000000"))),
    ("$ 5 million", (None, ("5000000", "5000000"))),
    ("$1,000,000.5", (("1000000.5", "1000000.5"),)),
    ("$0.000001 million", (None, ("1", "1"))),
    ("$" + "9" * 19, (None,)),
    pytest.param("$5 million-", (None, ("5000000", "5000000"))),
    pytest.param("$5 bn-", (None, ("5000000000", "5000000000"))),
    # a reversed range is kept for the range_order check (or rejected whole), never read as $5
    ("$5-3 million", (None, ("5000000", "3000000"))),
    ("$5\u20133 million", (None, ("5000000", "3000000"))),
    # more digits than a float holds exactly: rejected, never rounded
    ("$9,007,199,254,740,993", (None, ("9007199254740993", "9007199254740993"))),
    ("$1.23456789012345678 million", (None, ("1234567.89012345678", "1234567.89012345678"))),
    ("$999,999,999,999,999 billion",
     (None, ("999999999999999000000000", "999999999999999000000000"))),
]


def number_doc(expression: str) -> str:
    return f"Kazakhstan received {expression} in 2019."


@pytest.fixture(scope="module")
def numbers_run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    base = tmp_path_factory.mktemp("numbers")
    expressions = [case.values[0] if hasattr(case, "values") else case[0]
                   for case in NUMBERS]
    texts = {f"n{i:02d}": number_doc(e) for i, e in enumerate(expressions)}
    raw = write_raw(base / "raw", dict(texts))
    return Run(raw, base / "out", extract(raw, base / "out"), texts)


@pytest.mark.parametrize(("expression", "allowed"), NUMBERS)
def test_hostile_numbers_are_extracted_exactly_or_rejected(numbers_run: Run, expression: str,
                                                           allowed: Allowed) -> None:
    assert numbers_run.result.code == 0, numbers_run.result.err
    tables = check_provenance(numbers_run.out, numbers_run.texts)
    doc_id = next(d for d, t in numbers_run.texts.items() if t == number_doc(expression))
    lo = numbers_run.texts[doc_id].index(expression)
    hi = lo + len(expression)
    money = [r for r in tables["money.csv"] if r["doc_id"] == doc_id
             and int(r["start"]) < hi and lo < int(r["end"])]
    if not money:
        assert None in allowed, f"{expression!r} was rejected"
        return
    assert len(money) == 1, money  # one amount: never a part of it read as another amount
    row = money[0]
    cells = (row["amount_low"], row["amount_high"])
    exact = [a for a in allowed if a is not None and
             (Decimal(a[0]), Decimal(a[1])) == tuple(Decimal(c) if c else None for c in cells)]
    assert exact, f"{expression!r} written as {cells}, {row['text']!r}"
    if Decimal(cells[0]) > Decimal(cells[1]):  # a reversed range is the checker's to flag
        findings = read_csv(numbers_run.out / "findings.csv")
        assert any(f["check"] == "range_order" and row["fact_id"] in f["fact_ids"]
                   for f in findings)


@pytest.mark.parametrize("text", ["In 2\u2070\u00b9\u2079 Kazakhstan received $5 million.",
                                  "In \u00b2\u2070\u00b9\u2079, Kazakhstan received aid.",
                                  "10\u00b3\u0663 "])
def test_superscript_digits_never_break_extraction(text: str) -> None:
    check_extraction(text)


def test_superscripts_alone_are_no_year_and_no_amount() -> None:
    text = "In 10\u00b3 years and 2\u00b9\u2070\u00b2\u2070 (2020 in superscripts)."
    extracted = extract_text(text)
    assert not any(isinstance(f, MoneyFact) for f in extracted.facts)
    assert all(text[f.start:f.end] == "2020" for f in extracted.facts if isinstance(f, DateFact))


# --------------------------------------------------------------------------- 5. CSV injection

INJECTION_DOCS: dict[str, str] = {
    "formulas": (
        '=HYPERLINK("http://x", "$5 million") was paid to Kazakhstan in 2019.\n'
        "-$5 million in 2019 went to Uzbekistan.\n"
        "+1 2019 Tajikistan\n"
        "@Kazakhstan received $7 million in 2020.\n"
        "=SUM(A1:A9) In 2016, Uzbekistan signed an Acquisition and Cross-Servicing Agreement "
        "with the United States.\n"
        "\t\t$8 million in FY 2021 for Turkmenistan.\n"
        "\r-Kyrgyzstan received $9 million.\r"
    ),
    # documents whose ids (file names) begin with formula characters; "=a" and "=b" disagree,
    # so findings.csv names them too
    "=a": "The United States and Uzbekistan signed an Acquisition and Cross-Servicing "
          "Agreement in 2016.",
    "=b": "The United States and Uzbekistan signed an Acquisition and Cross-Servicing "
          "Agreement in 2018.",
    "+plus": "Kazakhstan received $1 million in 2019.",
    "-minus": "Kazakhstan received $2 million in 2019.",
    "@at": "Kazakhstan received $3 million in 2019.",
    "\ttab": "Kazakhstan received $4 million in 2019.",
    "\rcr": "Kazakhstan received $6 million in 2019.",
    'odd, "name"\nwith a line break': "Kazakhstan received $8 million in 2019.",
}


@pytest.fixture(scope="module")
def injection(tmp_path_factory: pytest.TempPathFactory) -> Run:
    base = tmp_path_factory.mktemp("injection")
    raw = write_raw(base / "raw", dict(INJECTION_DOCS))
    fid = f"formulas:money:{INJECTION_DOCS['formulas'].index('$7 million')}"
    reviews = base / "decisions.csv"
    with reviews.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([
            ["fact_id", "text", "decision", "field", "value", "reviewer", "note"],
            [fid, "$7 million", "correct", "program", '=HYPERLINK("http://evil")',
             "-ana", "@see cmd|' /C calc'!A0"],
        ])
    result = cli("extract", "--raw", raw, "--out", base / "out", "--reviews", reviews)
    return Run(raw, base / "out", result, dict(INJECTION_DOCS))


def test_every_cell_that_would_run_as_a_formula_is_quoted(injection: Run) -> None:
    assert injection.result.code == 0, injection.result.err
    tables = check_provenance(injection.out, injection.texts)  # asserts no cell starts FORMULA
    ids = {unquote(r["doc_id"]) for r in tables["documents.csv"]}
    assert ids == set(INJECTION_DOCS)
    sentences = [r["sentence"] for name in FACT_CSVS for r in tables[name]]
    for char in ("=", "-", "+", "@"):  # the test itself: such sentences were written
        assert any(s.startswith("'" + char) for s in sentences), char
    doc_ids = [r["doc_id"] for name in ALL_CSVS for r in tables[name] if "doc_id" in r]
    for char in FORMULA:
        assert any(d.startswith("'" + char) for d in doc_ids), repr(char)


def test_fact_and_finding_ids_read_back_exactly(injection: Run) -> None:
    tables = check_cells(injection.out)
    for name in FACT_CSVS:
        for row in tables[name]:
            doc_id, fact_type, start = unquote(row["fact_id"]).rsplit(":", 2)
            assert (doc_id, start) == (unquote(row["doc_id"]), row["start"])
            assert FACT_TABLES[fact_type] == name
    (finding,) = [f for f in tables["findings.csv"] if f["check"] == "cross_doc:agreement_date"]
    assert unquote(finding["doc_ids"]) == "=a;=b"
    assert unquote(finding["fact_ids"]).startswith("=a:agreement:")


def test_reviewer_text_in_the_outputs_is_quoted_and_reads_back(injection: Run) -> None:
    money = check_cells(injection.out)["money.csv"]
    (row,) = [r for r in money if r["review"] == "corrected"]
    assert row["program"] == '\'=HYPERLINK("http://evil")'
    assert unquote(row["program"]) == '=HYPERLINK("http://evil")'
    assert "@see cmd|' /C calc'!A0" in row["review_note"]
    assert not row["review_note"].startswith(FORMULA)


def test_numeric_columns_stay_plain_numbers_beside_quoted_text(injection: Run) -> None:
    money = by_doc(read_csv(injection.out / "money.csv"))
    assert (money["-minus"]["doc_id"], money["-minus"]["amount_low"]) == ("'-minus", "2000000")
    raw_line = next(line for line in (injection.out / "money.csv").read_text(encoding="utf-8")
                    .splitlines() if line.startswith("'-minus:money:"))
    assert ",2000000,2000000,USD," in raw_line


@pytest.mark.xfail(strict=True, reason="BUG: write.safe_text (pipeline/write.py:49) leaves a cell "
                   "that already begins with ' followed by a formula character unchanged, so the "
                   "contract's reading rule strips a quote that was text: a sentence \"'=1+1' "
                   "is ...\" reads back as \"=1+1' is ...\". Prefix a ' to any cell starting "
                   "with ' too, and read back by removing a leading ' before a formula "
                   "character or another '")
def test_a_sentence_that_begins_with_a_quote_and_a_formula_character_reads_back(
        tmp_path: Path) -> None:
    texts = {"q": "'=1+1' is what Kazakhstan paid: $5 million."}
    raw = write_raw(tmp_path / "raw", dict(texts))
    assert extract(raw, tmp_path / "out").code == 0
    check_provenance(tmp_path / "out", texts)


# ------------------------------------------------------------------------ 6. time budget

SLOW = "SLOW-MARKER"
BROKEN = "BROKEN-MARKER"
DEEP = "DEEP-MARKER"


@pytest.fixture
def rigged(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real extraction, except: slow for texts with SLOW, failing for BROKEN and DEEP."""
    real: Callable[..., ExtractedDocument] = pipeline.extract_worker.extract_text

    def rigged_extract(text: str, doc_date: date | None = None) -> ExtractedDocument:
        if SLOW in text:
            time.sleep(5)
        if BROKEN in text:
            raise ValueError("boom")
        if DEEP in text:
            raise RecursionError("maximum recursion depth exceeded")
        return real(text, doc_date)

    monkeypatch.setattr(pipeline.extract_worker, "extract_text", rigged_extract)


def test_a_document_over_the_time_budget_is_quarantined_and_the_others_extracted(
        tmp_path: Path, rigged: None) -> None:
    raw = write_raw(tmp_path / "raw", {"a": GENRE, "slow": SLOW + " " + GENRE, "z": GENRE})
    began = time.perf_counter()
    run = extract(raw, tmp_path / "out", "--time-budget", "0.5")
    assert time.perf_counter() - began < 4.5  # the 5 s sleep was cut short
    assert run.code == 0, run.err
    reason = "[E105] extraction exceeded the time budget of 0.5 s per document"
    assert f"quarantined slow: {reason}" in run.out
    docs = by_doc(read_csv(tmp_path / "out" / "documents.csv"))
    assert (docs["slow"]["status"], docs["slow"]["error"]) == ("quarantined", reason)
    tables = check_provenance(tmp_path / "out", {"a": GENRE, "z": GENRE})
    assert csv_keys(tables, "a") == csv_keys(tables, "z") == fact_keys(extract_text(GENRE))
    assert csv_keys(tables, "slow") == []


def test_failing_extractions_are_quarantined_and_the_run_goes_on(tmp_path: Path,
                                                                 rigged: None) -> None:
    raw = write_raw(tmp_path / "raw", {"a": GENRE, "broken": BROKEN + " " + GENRE,
                                       "deep": DEEP + " " + GENRE})
    run = extract(raw, tmp_path / "out", verb="check")
    assert run.code == 0, run.err
    docs = by_doc(read_csv(tmp_path / "out" / "documents.csv"))
    assert docs["broken"]["error"] == "[E107] extraction failed: ValueError: boom"
    assert docs["deep"]["error"] == ("[E107] extraction failed: RecursionError: maximum "
                                     "recursion depth exceeded")
    assert docs["a"]["status"] == "ok"
    assert csv_keys(check_provenance(tmp_path / "out", {"a": GENRE}), "a")


# -------------------------------------------------------------------------- 7. fuzzing


def fact_problems(text: str, extracted: ExtractedDocument) -> list[str]:
    """What is wrong with ``extracted`` as the facts of ``text`` (empty when all is well).

    Reversed ranges and intervals are allowed when the checks flag them."""
    problems = []
    for f in extracted.facts:
        span = text[f.start:f.end]
        if not (0 <= f.start < f.end <= len(text)) or not span.strip():
            problems.append(f"bad span {f}")
        fields = fact_fields(f)
        if isinstance(f, MoneyFact):
            a = f.amount
            for value in (a.low, a.high):
                if value is not None and not abs(value) < float("inf"):
                    problems.append(f"amount not finite {f}")
            if (a.qualifier not in QUALIFIERS or a.period not in PERIODS
                    or not re.fullmatch(r"[A-Z]{3}", a.currency)
                    or not all(re.fullmatch(r"[A-Z]{3}", c) for c in f.countries)):
                problems.append(f"money vocabulary {f}")
            if a.low is None and a.high is None:
                problems.append(f"amount without a number {f}")
        elif isinstance(f, DateFact):
            if f.value.kind not in DATE_KINDS or f.value.granularity not in GRANULARITIES:
                problems.append(f"date vocabulary {f}")
        elif isinstance(f, CountryFact):
            if not re.fullmatch(r"[A-Z]{3}", f.iso3) or not f.name:
                problems.append(f"country {f}")
        elif isinstance(f, AgreementFact):
            if f.kind not in AGREEMENT_KINDS or f.status not in AGREEMENT_STATUSES or not f.name:
                problems.append(f"agreement vocabulary {f}")
            if not all(p for p in f.parties):
                problems.append(f"empty party {f}")
        assert fields  # every fact has its contract cells
    previous_end = 0
    for start, end in extracted.sentences:
        if not (previous_end <= start < end <= len(text)):
            problems.append(f"sentence {(start, end)}")
        previous_end = end
    return problems


def check_extraction(text: str, doc_date: date | None = None) -> None:
    extracted = extract_text(text, doc_date)
    assert fact_problems(text, extracted) == []
    if not extracted.facts:
        return
    rows = fact_rows("fuzz", text, extracted.facts, extracted.sentences)
    tables = {t: fact_frame(t, rows[t]) for t in FACT_TABLES}
    document = Document("fuzz", "fuzz.txt", "", text, "ok", "", doc_date)
    checks = {f.check: f for f in check_consistency(tables, [document])}
    for f in extracted.facts:  # what is out of order must be flagged
        if isinstance(f, MoneyFact) and f.amount.low is not None and f.amount.high is not None \
                and f.amount.low > f.amount.high:
            assert "range_order" in checks
        if isinstance(f, DateFact) and f.value.start and f.value.end \
                and f.value.start > f.value.end:
            assert "interval_order" in checks
    for fact_type, frame in tables.items():  # the written CSV reads back exactly
        written = list(csv.DictReader(io.StringIO(csv_bytes(frame).decode("utf-8"),
                                                  newline="")))
        for row in written:
            for column in ("text", "sentence", "doc_id", "fact_id"):
                assert not row[column].startswith(FORMULA), (fact_type, row)
            start, end = int(row["start"]), int(row["end"])
            s_start, s_end = int(row["sentence_start"]), int(row["sentence_end"])
            assert unquote(row["text"]) == text[start:end]
            if not (text[s_start:s_start + 1] == "'" and text[s_start + 1:s_start + 2] in FORMULA):
                # (a sentence that begins "'=" is the xfail above)
                assert unquote(row["sentence"]) == text[s_start:s_end]


FRAGMENTS = [
    "$", "$5", "$3-5 million", "$3\u20135\u00a0million", "$1.2 billion", "$5,473,009", "US$",
    "between $1 million and $1.5 million", "over $4 million", "approximately $2 million annually",
    "$5-3 million", "$5 million-", "$.5", "$1,0000", "$9" + "9" * 20, "million", "billion",
    "per year", "%", "40%", "5", "2019", "1996-2002", "FY 2021", "FY\u202f2019", "fiscal year",
    "In August 2019,", "from 2007 to present", "since 2002", "over the past five years",
    "three-week", "mid-2019", "\u0663", "\uff15", "\u0662\u0660\u0661\u0669", "Kazakhstan",
    "the Kyrgyz Republic", "Kyrgyz", "Tajikistan’s", "U.S.", "U.S.-Georgia", "United States",
    "Uzbekistan", "Acquisition and Cross-Servicing Agreement",
    "General Security of Information Agreement",
    "State Partnership Program", "Arizona National Guard", "signed", "entered into", "with",
    "and", "the", "a", "in", "to", " ", "  ", "\u00a0", "\u202f", "-", "\u2013", "\u2014",
    "\u2212", "\u2018", "\u2019", "\u201c", "\u201d", "'", '"', ".", ". ", ",", ";", "(", ")",
    "\n", "\n\n", "\r", "\r\n", "\t", "=", "+", "@", "\x00", "\ufeff", "\u200b", "\U0001f600",
]


@given(st.text(max_size=300))
@settings(max_examples=150, deadline=None)
def test_arbitrary_unicode_never_breaks_extraction(text: str) -> None:
    check_extraction(text)


SEPARATORS = [" ", " ", " ", " ", "", "\u00a0", "\n", "\r\n", ", ", ". ", "-"]
GENRE_TEXT = st.lists(st.tuples(st.sampled_from(FRAGMENTS) | st.text(max_size=3),
                                st.sampled_from(SEPARATORS)), max_size=40).map(
    lambda parts: "".join(fragment + separator for fragment, separator in parts))


@given(GENRE_TEXT, st.none() | st.dates(date(1990, 1, 1), date(2030, 12, 31)))
@settings(max_examples=150, deadline=None)
def test_genre_fragments_never_break_extraction(text: str, doc_date: date | None) -> None:
    check_extraction(text, doc_date)


# ------------------------------------------------------------------------ 8. reviews

REVIEW_DOC = "In 2019, Kazakhstan received $5 million in FMF."
REVIEW_FACT = f"r:money:{REVIEW_DOC.index('$5 million')}"
HEADER = ["fact_id", "text", "decision", "field", "value", "reviewer", "note"]


def decisions_bytes(rows: list[list[str]], delimiter: str = ",", encoding: str = "utf-8",
                    bom: bool = False, line_end: str = "\n") -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator=line_end).writerows([HEADER, *rows])
    return (b"\xef\xbb\xbf" if bom else b"") + buffer.getvalue().encode(encoding)


@pytest.fixture(scope="module")
def review_raw(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_raw(tmp_path_factory.mktemp("reviews") / "raw", {"r": REVIEW_DOC})


def run_with_reviews(raw: Path, tmp_path: Path, data: bytes, verb: str = "extract") -> Cli:
    reviews = tmp_path / "decisions.csv"
    reviews.write_bytes(data)
    return cli(verb, "--raw", raw, "--out", tmp_path / "out", "--reviews", reviews, "--quiet")


SPREADSHEET_SAVES: dict[str, dict[str, Any]] = {
    "utf8_bom_comma": dict(bom=True),
    "utf8_semicolon": dict(delimiter=";"),
    "utf8_bom_semicolon_crlf": dict(bom=True, delimiter=";", line_end="\r\n"),
    "cp1252_semicolon_crlf": dict(encoding="cp1252", delimiter=";", line_end="\r\n"),
    "cp1252_comma": dict(encoding="cp1252"),
}


@pytest.mark.parametrize("save", sorted(SPREADSHEET_SAVES))
def test_decisions_saved_by_a_spreadsheet_are_applied(review_raw: Path, tmp_path: Path,
                                                      save: str) -> None:
    row = [REVIEW_FACT, "$5 million", "correct", "program", "IMET", "Zoë Müller-Ñúñez",
           "vérifié; see “budget”, p. 3"]
    run = run_with_reviews(review_raw, tmp_path, decisions_bytes([row], **SPREADSHEET_SAVES[save]))
    assert run.code == 0, run.err
    (money,) = check_provenance(tmp_path / "out", {"r": REVIEW_DOC})["money.csv"]
    assert (money["review"], money["program"]) == ("corrected", "IMET")
    assert money["review_note"] == ("extracted program=FMF; by Zoë Müller-Ñúñez; "
                                    "vérifié; see “budget”, p. 3")


def test_an_orphaned_decision_is_an_error_and_check_exits_1(review_raw: Path,
                                                            tmp_path: Path) -> None:
    rows = [[REVIEW_FACT, "$5 million", "accept", "", "", "ana", ""],
            ["r:money:9999", "$9 million", "reject", "", "", "ana", ""],
            [REVIEW_FACT.replace("money", "date"), "2020", "accept", "", "", "ben", ""]]
    run = run_with_reviews(review_raw, tmp_path, decisions_bytes(rows, delimiter=";"), "check")
    assert run.code == 1
    assert run.err.startswith("check failed: 2 error findings\n")
    assert run.err.count("[review:orphaned]") == 2
    assert "names a fact that no longer exists" in run.err
    findings = read_csv(tmp_path / "out" / "findings.csv")
    assert sorted((f["check"], f["severity"], f["fact_ids"]) for f in findings) == sorted([
        ("review:orphaned", "error", "r:money:9999"),
        ("review:orphaned", "error", REVIEW_FACT.replace("money", "date"))])
    (money,) = read_csv(tmp_path / "out" / "money.csv")
    assert money["review"] == "accepted"  # the good decision still applies


def xlsx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>" * 40)
        archive.writestr("xl/worksheets/sheet1.xml", "<sheet/>" * 40)
    return buffer.getvalue()


NOT_CSV = {
    "xlsx": xlsx_bytes(),
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(32, 128)) * 4,
    "every_byte": bytes(range(256)) * 4,
    "random": random.Random(5).randbytes(4096),
    "nuls": b"\x00" * 64,
    "gzip": b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + bytes(range(1, 200)),
}


@pytest.mark.parametrize("kind", sorted(NOT_CSV))
def test_a_decisions_file_that_is_not_csv_is_one_line_with_a_code_and_exit_2(
        review_raw: Path, tmp_path: Path, kind: str) -> None:
    run = run_with_reviews(review_raw, tmp_path, NOT_CSV[kind])
    assert run.code == 2
    assert re.fullmatch(r"error: \[E20[456]\] reviews file [^\n]*\n", run.err), run.err
    assert "Traceback" not in run.err
    assert not (tmp_path / "out").exists()  # nothing written from a run that stopped


def test_a_decisions_file_with_a_huge_cell_is_a_reviews_error(review_raw: Path,
                                                              tmp_path: Path) -> None:
    data = decisions_bytes([[REVIEW_FACT, "$5 million", "accept", "", "", "ana", "n" * 200_000]])
    run = run_with_reviews(review_raw, tmp_path, data)
    assert run.code == 0 or re.fullmatch(r"error: \[E20[456]\] [^\n]*\n", run.err), run.err


def test_a_utf16_decisions_file_is_read_or_named_as_an_encoding_problem(
        review_raw: Path, tmp_path: Path) -> None:
    text = decisions_bytes([[REVIEW_FACT, "$5 million", "accept", "", "", "ana", ""]],
                           delimiter="\t").decode("utf-8")
    run = run_with_reviews(review_raw, tmp_path, text.encode("utf-16"))
    if run.code == 0:
        assert read_csv(tmp_path / "out" / "money.csv")[0]["review"] == "accepted"
    else:
        assert run.err.startswith("error: [E204]"), run.err
