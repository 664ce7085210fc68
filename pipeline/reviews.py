"""Reviewer decisions (``reviews/decisions.csv``), applied on every run.

Reviewers never edit extracted/. They write ``fact_id, text, decision, field, value, reviewer,
note``; ``accept`` marks a fact accepted, ``reject`` keeps it in its CSV with ``review=rejected``
and out of the checks, ``correct`` sets ``field`` to ``value`` (the extracted value kept in
``review_note``). A decision whose fact no longer exists, or whose text no longer matches, is an
``error`` finding: nothing a reviewer wrote is dropped silently.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.errors import Msg, ReviewsError
from pipeline.findings import Finding, make_finding
from pipeline.tables import COMMON_COLUMNS, TRAILING_COLUMNS

REQUIRED_COLUMNS = ["fact_id", "text", "decision"]
DECISIONS = {"accept": "accepted", "reject": "rejected", "correct": "corrected"}
FORMULA_CHARS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class Decision:
    line: int
    fact_id: str
    text: str
    decision: str
    field: str
    value: str
    reviewer: str
    note: str


def _unquote(cell: str) -> str:
    """Undo the CSV-safety quote: a leading ``'`` before a formula character."""
    return cell[1:] if cell[:1] == "'" and cell[1:2] in FORMULA_CHARS else cell


def decode_reviews(data: bytes, path: Path) -> str:
    """UTF-8 (a spreadsheet's BOM dropped), else Windows-1252 as spreadsheets save it."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # a spreadsheet's "Unicode text"
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ReviewsError(Msg.E204, path=path,
                               reason=f"not valid UTF-16 (byte {exc.start})") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise ReviewsError(Msg.E204, path=path,
                           reason=f"neither UTF-8 nor Windows-1252 (byte {exc.start})") from exc


def parse_reviews(text: str, path: Path) -> list[Decision]:
    """Decisions from the text of a decisions file, comma- or semicolon-separated.

    >>> ds = parse_reviews("fact_id;text;decision\\nd:money:5;$4 million;reject\\n", Path("r.csv"))
    >>> ds[0].fact_id, ds[0].decision
    ('d:money:5', 'reject')
    """
    header = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=header.count)  # spreadsheets save with any of these
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    columns = [c.strip() for c in reader.fieldnames or []]
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise ReviewsError(Msg.E205, path=path, columns=", ".join(missing))
    decisions: list[Decision] = []
    try:
        rows = list(enumerate(reader, start=2))
    except csv.Error as exc:  # a cell past the csv module's field limit, a stray NUL
        raise ReviewsError(Msg.E206, path=path, line=reader.line_num, reason=str(exc)) from exc
    for number, raw in rows:
        row = {(k or "").strip(): (v or "") for k, v in raw.items()}
        if not any(row.values()):
            continue
        decision = row.get("decision", "").strip().lower()
        if decision not in DECISIONS:
            raise ReviewsError(Msg.E206, path=path, line=number,
                               reason="decision must be accept, reject or correct, "
                                      f"not {decision!r}")
        if decision == "correct" and not row.get("field", "").strip():
            raise ReviewsError(Msg.E206, path=path, line=number,
                               reason="a correct decision names the field it corrects")
        decisions.append(Decision(
            number, row["fact_id"].strip(), _unquote(row.get("text", "")), decision,
            row.get("field", "").strip(), _unquote(row.get("value", "")),
            row.get("reviewer", ""), row.get("note", "")))
    return decisions


def read_reviews(path: Path) -> list[Decision]:
    """The decisions in ``path``; none when the file does not exist (it is optional)."""
    if not path.exists():
        return []
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReviewsError(Msg.E204, path=path, reason=exc.strerror or str(exc)) from exc
    return parse_reviews(decode_reviews(data, path), path)


def _typed(frame: pd.DataFrame, column: str, value: str) -> Any:
    dtype = str(frame[column].dtype)
    if value == "":
        return None
    if dtype == "Int64":
        return int(float(value))
    if dtype == "Float64":
        return float(value)
    return value


def apply_reviews(tables: Mapping[str, pd.DataFrame], decisions: list[Decision],
                  reviews_path: str) -> tuple[dict[str, pd.DataFrame], list[Finding]]:
    """Tables with the decisions applied, and a finding for each decision that could not be."""
    out = {name: frame.copy() for name, frame in tables.items()}
    where: dict[str, tuple[str, int]] = {}
    for name, frame in out.items():
        if "fact_id" in frame.columns:
            for index, fid in zip(frame.index, frame["fact_id"], strict=True):
                where[str(fid)] = (name, int(index))
    findings: list[Finding] = []

    def orphan(d: Decision, why: str, doc_ids: list[str]) -> None:
        findings.append(make_finding(
            "review:orphaned", "error", doc_ids, [d.fact_id],
            f"Decision on line {d.line} of {reviews_path} ({d.decision} {d.fact_id}) {why}."))

    for d in decisions:
        if d.fact_id not in where:
            orphan(d, "names a fact that no longer exists", [d.fact_id.split(":")[0]])
            continue
        name, index = where[d.fact_id]
        frame = out[name]
        doc_id = str(frame.at[index, "doc_id"])
        current = str(frame.at[index, "text"])
        if d.text and d.text != current:
            orphan(d, f"quotes “{d.text}” but the fact's text is now “{current}”", [doc_id])
            continue
        if d.decision == "correct":
            editable = [c for c in frame.columns if c not in COMMON_COLUMNS + TRAILING_COLUMNS]
            if d.field not in editable:
                orphan(d, f"corrects {d.field!r}, which is not a field of {name} facts "
                          f"({', '.join(editable)})", [doc_id])
                continue
            old = frame.at[index, d.field]
            try:
                frame.at[index, d.field] = _typed(frame, d.field, d.value)
            except (ValueError, TypeError):
                orphan(d, f"sets {d.field} to {d.value!r}, which is not a valid value", [doc_id])
                continue
            shown_old = "" if old is None or old is pd.NA else str(old)
            note = f"extracted {d.field}={shown_old}"
        else:
            note = ""
        extra = "; ".join(p for p in (note, d.reviewer and f"by {d.reviewer}", d.note) if p)
        frame.at[index, "review"] = DECISIONS[d.decision]
        frame.at[index, "review_note"] = extra
    return out, findings
