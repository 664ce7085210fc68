"""Writing: CSV injection safety, plain numbers, deterministic bytes, atomic replacement."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pipeline.write import csv_bytes, csv_chunks, format_number, safe_text, write_atomic

FORMULA = ("=", "+", "-", "@", "\t", "\r")


@given(st.text())
@settings(max_examples=100, deadline=None)
def test_csv_cells_round_trip_after_removing_the_safety_quote(cell: str) -> None:
    # A text that itself begins with ' and a formula character reads back ambiguously under the
    # contract's rule; such text does not occur in fact spans (they start at a word).
    assume(not (cell[:1] == "'" and cell[1:2] in FORMULA))
    frame = pd.DataFrame({"text": [cell], "start": [3]})
    rows = list(csv.reader(io.StringIO(csv_bytes(frame).decode("utf-8"), newline="")))
    written = rows[1][0]
    assert not written.startswith(FORMULA)
    restored = written[1:] if written[:1] == "'" and written[1:2] in FORMULA else written
    assert restored == cell
    assert rows[1][1] == "3"


def test_numbers_stay_plain_numbers() -> None:
    frame = pd.DataFrame({"amount_low": pd.array([5473009.0, None], dtype="Float64"),
                          "text": ["-5", "=1+1"]})
    assert csv_bytes(frame).decode() == "amount_low,text\n5473009,'-5\n,'=1+1\n"


def test_atomic_write_leaves_old_file_when_interrupted(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "money.csv"
    write_atomic(target, b"old")

    def boom(src: str, dst: str) -> None:
        raise KeyboardInterrupt  # the run is killed between writing and replacing

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["money.csv"]


def test_safe_text_leaves_ordinary_text_alone() -> None:
    assert safe_text("U.S. Department of State") == "U.S. Department of State"


@given(st.lists(st.tuples(st.text(), st.one_of(st.none(), st.integers(-10**6, 10**6),
                                              st.floats(allow_infinity=False),
                                              st.sampled_from([0.0, -0.0, 2021.0, 1e20]))),
                max_size=12),
       st.integers(1, 5))
@settings(max_examples=200, deadline=None)
def test_csv_is_each_cell_formatted_and_quoted_on_its_own(rows: list[tuple[str, object]],
                                                          rows_per_chunk: int) -> None:
    # The writer formats a column at a time (each distinct number once, quoting checked once
    # for the column); the bytes are those of every cell formatted and quoted by itself.
    frame = pd.DataFrame({"text": [t for t, _ in rows],
                          "amount_low": pd.Series([n for _, n in rows], dtype=object)})
    expected = "text,amount_low\n" + "".join(
        f"{_quoted(safe_text(t))},{format_number(n)}\n" for t, n in rows)
    written = b"".join(csv_chunks(frame, rows_per_chunk=rows_per_chunk))
    assert written == csv_bytes(frame) == expected.encode("utf-8")


def _quoted(cell: str) -> str:
    return '"' + cell.replace('"', '""') + '"' if any(c in cell for c in ',"\r\n') else cell
