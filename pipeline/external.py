"""Score the extractors on other projects' public test cases (``make external``).

usage: python -m pipeline.external EXTERNAL_DIR [--details]

EXTERNAL_DIR holds ``recognizers_currency_usd.json`` and ``recognizers_dates_absolute.json``
(microsoft/Recognizers-Text cases, see its README). Every case's ``input`` is one document, run
through ``pipeline.nlp.extract_text`` as it is: nothing here knows about these sentences. An
expected item is located in the input by its text (case-insensitively, any run of white space
matching any other) and matched one to one to the predicted facts of its type by span overlap,
as in ``pipeline.evaluate``; no document date is given. Value accuracy is over the matched
pairs: a money amount equals the expected value; a date's start and end are each within one day
of the expected ones.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from pipeline.evaluate import match_spans

CURRENCY_FILE = "recognizers_currency_usd.json"
DATES_FILE = "recognizers_dates_absolute.json"
EXIT_OK, EXIT_CRASH = 0, 2

Span = tuple[int, int, Any]  # start, end, value


@dataclass
class ExternalScores:
    expected: int = 0
    predicted: int = 0
    tp: int = 0
    right_value: int = 0
    notes: list[str] = field(default_factory=list)

    def __add__(self, other: ExternalScores) -> ExternalScores:
        return ExternalScores(self.expected + other.expected, self.predicted + other.predicted,
                              self.tp + other.tp, self.right_value + other.right_value,
                              self.notes + other.notes)

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.expected if self.expected else 1.0

    @property
    def value_accuracy(self) -> float:
        return self.right_value / self.tp if self.tp else 1.0


def find_span(text: str, needle: str, used: set[tuple[int, int]]) -> tuple[int, int] | None:
    """The first occurrence of ``needle`` in ``text`` not in ``used``, ignoring case and the
    width of white space.

    >>> find_span("Accord prices start at $ 12,345 .", "$ 12,345", set())
    (23, 31)
    """
    pattern = r"\s+".join(re.escape(part) for part in needle.split())
    for m in re.finditer(pattern, text, flags=re.IGNORECASE):
        if (m.start(), m.end()) not in used:
            return m.start(), m.end()
    return None


def score_external(expected: Sequence[Span], predicted: Sequence[Span],
                   same: Callable[[Any, Any], bool]) -> ExternalScores:
    """Match by span overlap, one to one, and count the matched pairs whose values agree.

    >>> s = score_external([(0, 5, 1.0)], [(0, 5, 1.0), (9, 12, 2.0)], lambda a, b: a == b)
    >>> s.precision, s.recall, s.value_accuracy
    (0.5, 1.0, 1.0)
    """
    pairs = match_spans([(s, e) for s, e, _ in expected], [(s, e) for s, e, _ in predicted])
    right = sum(same(expected[g][2], predicted[p][2]) for g, p in pairs)
    return ExternalScores(len(expected), len(predicted), len(pairs), right)


def same_amount(expected: Any, predicted: Any) -> bool:
    return predicted is not None and math.isclose(float(expected), float(predicted), rel_tol=1e-9)


def within_a_day(expected: Any, predicted: Any) -> bool:
    """Both ends within one day (range ends follow different conventions).

    >>> within_a_day(("2019-01-04", "2019-01-04"), ("2019-01-04", "2019-01-05"))
    True
    >>> within_a_day(("2017-01-01", None), ("2017-01-01", "2017-12-31"))
    False
    """
    for e, p in zip(expected, predicted, strict=True):
        if e is None or p is None:  # an open end ("after 2016") matches only an open end
            if e is not None or p is not None:
                return False
        elif abs((date.fromisoformat(e) - date.fromisoformat(p)).days) > 1:
            return False
    return True


def _predicted(text: str, doc_date: date | None, fact_type: str) -> list[Span]:
    from pipeline.evaluate import default_extractor

    out: list[Span] = []
    for t, item in default_extractor()(text, doc_date):
        if t != fact_type:
            continue
        f = item.fields
        if fact_type == "money":
            value = f["amount_low"] if f["amount_low"] is not None else f["amount_high"]
        else:
            value = (f["start_date"], f["end_date"])
        out.append((item.start, item.end, value))
    return out


def score_file(path: Path, details: bool) -> ExternalScores:
    data = json.loads(path.read_text(encoding="utf-8"))
    money = path.name == CURRENCY_FILE
    total = ExternalScores()
    for case in data["cases"]:
        text = case["input"]
        used: set[tuple[int, int]] = set()
        expected: list[Span] = []
        notes = []
        for item in case["expected"]:
            span = find_span(text, item["text"], used)
            if span is None:
                notes.append(f"{case['id']}: expected text {item['text']!r} not in the input")
                continue
            used.add(span)
            value = item["value"] if money else (item["start"], item["end"])
            expected.append((span[0], span[1], value))
        # No document date: the selection dropped every case that needs the reference date, and
        # the expected open ends ("since 2010") stay open.
        predicted = _predicted(text, None, "money" if money else "dates")
        s = score_external(expected, predicted, same_amount if money else within_a_day)
        if details and (s.tp < s.expected or s.tp < s.predicted or s.right_value < s.tp):
            got = [(text[a:b], v) for a, b, v in predicted]
            want = [(text[a:b], v) for a, b, v in expected]
            notes.append(f"{case['id']}: {text!r}\n    expected {want}\n    got      {got}")
        s.notes = notes
        total = total + s
    return total


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.external",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("external_dir", help="folder with the Recognizers-Text case files")
    parser.add_argument("--details", action="store_true", help="list every case that differs")
    args = parser.parse_args(argv)
    folder = Path(args.external_dir)
    paths = [folder / CURRENCY_FILE, folder / DATES_FILE]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        print(f"external: case file not found: {', '.join(missing)}", file=sys.stderr)
        return EXIT_CRASH
    for path in paths:
        s = score_file(path, args.details)
        what = "value (amount equal)" if path.name == CURRENCY_FILE else "value (ends within a day)"
        print(f"{path.name}: expected {s.expected}, predicted {s.predicted}, matched {s.tp}: "
              f"precision {s.precision:.3f}, recall {s.recall:.3f}, "
              f"{what} accuracy {s.value_accuracy:.3f}")
        for note in s.notes:
            print("  " + note)
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
