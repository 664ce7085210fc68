"""Score the extractors against the hand-checked gold in ``tests/gold`` (``make eval``).

usage: python -m pipeline.evaluate GOLD_DIR [--details] [--json FILE]

For every ``GOLD_DIR/*.json`` the document it names is read (UTF-8, BOM dropped, its date from
``NAME.meta.json``), run through ``pipeline.nlp.extract_text`` and its facts turned into the
contract's cells with ``pipeline.tables.fact_fields``, so what is measured is what is written.
Predictions match gold facts of the same type and document by span overlap, one to one, the
largest overlaps first. Per fact type it reports precision, recall and F1 of the matching, the
exact-span rate and the normalization accuracy of the matched pairs (every field in
``NORM_FIELDS`` equal) and, apart, their "context accuracy" (``CONTEXT_FIELDS``: what a fact learns
from its neighbours, such as a money amount's program). The scoring core (``score``) is pure.
"""

from __future__ import annotations

import argparse
import inspect
import json
import math
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

# Gold file keys; the fact's TYPE in pipeline.facts for each.
FACT_TYPES = ("money", "dates", "countries", "agreements")
FACT_TYPE_OF = {"money": "money", "date": "dates", "country": "countries",
                "agreement": "agreements"}
NORM_FIELDS: dict[str, tuple[str, ...]] = {
    "money": ("amount_low", "amount_high", "qualifier", "period"),
    "dates": ("kind", "start_date", "end_date", "granularity"),
    "countries": ("iso3",),
    "agreements": ("name", "kind", "parties", "date_start", "status"),
}
CONTEXT_FIELDS: dict[str, tuple[str, ...]] = {
    "money": ("fiscal_year", "countries", "program"),
    "dates": ("duration",),
    "countries": (),
    "agreements": ("date_end",),
}
FIXED_GROUPS = ("all", "raw", "written")
# The gold annotates these programs only (tests/gold/README.md); the extractor also names others
# (INCLE, ESF, CTR ...: data/programs.tsv), which the gold leaves "": scored as "".
GOLD_PROGRAMS = frozenset({"FMF", "FMS", "IMET", "DCS", "GPOI", "EDA", "EXBS", "Section 333"})


def as_gold_annotates(fact_type: str, fields: dict[str, Any]) -> dict[str, Any]:
    """``fields`` as the gold conventions would write them: a money program outside
    ``GOLD_PROGRAMS`` is ``""``.

    >>> as_gold_annotates("money", {"program": "INCLE"})["program"]
    ''
    """
    if fact_type == "money" and fields.get("program") not in GOLD_PROGRAMS:
        return {**fields, "program": ""}
    return fields
EXIT_OK, EXIT_CRASH = 0, 2


@dataclass(frozen=True)
class Item:
    """One fact, gold or predicted: where it is and its normalized fields."""

    doc: str
    start: int
    end: int
    fields: Mapping[str, Any] = field(default_factory=dict)
    text: str = ""


@dataclass(frozen=True)
class Wrong:
    """A matched pair whose normalized fields differ, with the fields that differ."""

    gold: Item
    predicted: Item
    fields: tuple[str, ...]


@dataclass
class Scores:
    """Counts of one comparison; the rates are properties so that Scores add up."""

    gold: int = 0
    predicted: int = 0
    tp: int = 0
    exact_span: int = 0
    normalized: int = 0
    context: int = 0
    party_date: int = 0  # agreements matched with the right parties and date_start
    named: int = 0  # gold agreements with a proper name (their canonical name capitalized)
    named_party_date: int = 0  # those of them matched with the right parties and date_start
    misses: list[Item] = field(default_factory=list)
    false_alarms: list[Item] = field(default_factory=list)
    wrong: list[Wrong] = field(default_factory=list)
    wrong_context: list[Wrong] = field(default_factory=list)

    def __add__(self, other: Scores) -> Scores:
        return Scores(self.gold + other.gold, self.predicted + other.predicted,
                      self.tp + other.tp, self.exact_span + other.exact_span,
                      self.normalized + other.normalized, self.context + other.context,
                      self.party_date + other.party_date, self.named + other.named,
                      self.named_party_date + other.named_party_date,
                      self.misses + other.misses,
                      self.false_alarms + other.false_alarms,
                      self.wrong + other.wrong, self.wrong_context + other.wrong_context)

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.predicted)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.gold)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def exact_span_rate(self) -> float:
        return _ratio(self.exact_span, self.tp)

    @property
    def normalization_accuracy(self) -> float:
        return _ratio(self.normalized, self.tp)

    @property
    def context_accuracy(self) -> float:
        return _ratio(self.context, self.tp)

    def numbers(self) -> dict[str, float | int]:
        return {"gold": self.gold, "predicted": self.predicted, "tp": self.tp,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "exact_span": round(self.exact_span_rate, 4),
                "normalization": round(self.normalization_accuracy, 4),
                "context": round(self.context_accuracy, 4),
                "parties_and_start": round(_ratio(self.party_date, self.gold), 4),
                "named_parties_and_start": round(_ratio(self.named_party_date, self.named), 4)}


def _ratio(part: int, whole: int) -> float:
    """A rate that is 1.0 when there is nothing to get wrong (0 of 0)."""
    return part / whole if whole else 1.0


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters two half-open spans share.

    >>> overlap((0, 10), (5, 20)), overlap((0, 5), (5, 9))
    (5, 0)
    """
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_spans(gold: Sequence[tuple[int, int]],
                predicted: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs of overlapping spans, largest overlap first.

    >>> match_spans([(0, 11), (20, 30)], [(2, 11), (0, 3), (25, 40)])
    [(0, 0), (1, 2)]
    """
    candidates = sorted(
        ((overlap(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted)
         if overlap(g, p) > 0),
        key=lambda c: (-c[0], c[1], c[2]))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def normalize_value(value: Any) -> Any:
    """One comparable form for a cell: "", None and an empty list are all an empty cell;
    lists become sorted tuples.

    >>> normalize_value(""), normalize_value(["USA", "KAZ"]), normalize_value(5e6)
    (None, ('KAZ', 'USA'), 5000000.0)
    >>> normalize_value([]) is None
    True
    """
    if value is None or value == "" or (isinstance(value, list | tuple) and not value):
        return None
    if isinstance(value, list | tuple):
        return tuple(sorted(normalize_value(v) for v in value))
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return value


def same_value(a: Any, b: Any) -> bool:
    """Equal as the contract means it: numbers to a relative 1e-9, unknowns alike.

    >>> same_value(16200000, 16200000.000000002), same_value(None, ""), same_value(1, 2)
    (True, True, False)
    """
    a, b = normalize_value(a), normalize_value(b)
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-9)
    return bool(a == b)


def differing_fields(gold: Mapping[str, Any], predicted: Mapping[str, Any],
                     names: Iterable[str]) -> tuple[str, ...]:
    """The fields among ``names`` whose values differ (a missing field is unknown).

    >>> differing_fields({"iso3": "GEO"}, {"iso3": "USA"}, ["iso3"])
    ('iso3',)
    """
    return tuple(n for n in names if not same_value(gold.get(n), predicted.get(n)))


def score(gold_items: Sequence[Item], predicted_items: Sequence[Item],
          fact_type: str) -> Scores:
    """Compare the gold and predicted facts of one type (any number of documents).

    A predicted fact counts only against gold of the same document.

    >>> g = [Item("d", 0, 7, {"iso3": "GEO"}), Item("d", 20, 26, {"iso3": "RUS"})]
    >>> s = score(g, [Item("d", 0, 7, {"iso3": "GEO"})], "countries")
    >>> s.precision, s.recall, s.normalization_accuracy
    (1.0, 0.5, 1.0)
    """
    result = Scores(gold=len(gold_items), predicted=len(predicted_items))
    matched_gold: set[int] = set()
    matched_pred: set[int] = set()
    for doc in sorted({i.doc for i in gold_items} | {i.doc for i in predicted_items}):
        g_idx = [i for i, item in enumerate(gold_items) if item.doc == doc]
        p_idx = [i for i, item in enumerate(predicted_items) if item.doc == doc]
        pairs = match_spans([(gold_items[i].start, gold_items[i].end) for i in g_idx],
                            [(predicted_items[i].start, predicted_items[i].end) for i in p_idx])
        for gi, pi in pairs:
            g, p = gold_items[g_idx[gi]], predicted_items[p_idx[pi]]
            matched_gold.add(g_idx[gi])
            matched_pred.add(p_idx[pi])
            result.tp += 1
            result.exact_span += (g.start, g.end) == (p.start, p.end)
            wrong = differing_fields(g.fields, p.fields, NORM_FIELDS[fact_type])
            if wrong:
                result.wrong.append(Wrong(g, p, wrong))
            else:
                result.normalized += 1
            if fact_type == "agreements" and not differing_fields(
                    g.fields, p.fields, ("parties", "date_start")):
                result.party_date += 1
                result.named_party_date += is_named(g)
            wrong_context = differing_fields(g.fields, p.fields, CONTEXT_FIELDS[fact_type])
            if wrong_context:
                result.wrong_context.append(Wrong(g, p, wrong_context))
            else:
                result.context += 1
    if fact_type == "agreements":
        result.named = sum(is_named(g) for g in gold_items)
    result.misses = [g for i, g in enumerate(gold_items) if i not in matched_gold]
    result.false_alarms = [p for i, p in enumerate(predicted_items) if i not in matched_pred]
    return result


# ---------------------------------------------------------------------------------------------
# Reading gold and running the extractors (the I/O edge)


@dataclass(frozen=True)
class GoldDocument:
    document: str  # path relative to the repository root, as the gold file gives it
    text: str
    doc_date: date | None
    items: dict[str, list[Item]]

    @property
    def group(self) -> str:
        return document_group(self.document)


def document_group(document: str) -> str:
    """The group a gold document is scored in: ``raw``, ``written`` (tests/gold/docs) or the
    held-out set's folder under tests/ (``heldout``, ``heldout2`` ...).

    >>> [document_group(d) for d in ("raw/a.txt", "tests/gold/docs/b.txt",
    ...                              "tests/heldout5/docs/c.txt")]
    ['raw', 'written', 'heldout5']
    """
    parts = document.split("/")
    if parts[0] == "raw":
        return "raw"
    if len(parts) > 2 and parts[0] == "tests" and parts[1].startswith("heldout"):
        return parts[1]
    return "written"


def groups_of(documents: Sequence[GoldDocument]) -> tuple[str, ...]:
    """all, raw, written, then the held-out sets in natural order (heldout, heldout2 ... 10)."""
    heldout = {d.group for d in documents} - set(FIXED_GROUPS)
    return FIXED_GROUPS + tuple(sorted(heldout, key=heldout_order))


def heldout_order(name: str) -> tuple[int, str]:
    """The sort key of a held-out set's folder name: heldout, heldout2 ... heldout10.

    >>> sorted(["heldout10", "heldout", "heldout9"], key=heldout_order)
    ['heldout', 'heldout9', 'heldout10']
    """
    return len(name), name


def group_title(group: str) -> str:
    fixed = {"all": "all gold documents", "raw": "raw/ documents",
             "written": "documents written for the tests (tests/gold/docs)"}
    if group in fixed:
        return fixed[group]
    number = group.removeprefix("heldout") or "1"
    return f"held-out set {number} (tests/{group}): blind at first run, regression since"


def gold_items(gold: Mapping[str, Any], doc: str) -> dict[str, list[Item]]:
    """The gold file's entries as Items, per fact type."""
    out: dict[str, list[Item]] = {}
    for fact_type in FACT_TYPES:
        out[fact_type] = []
        for entry in gold.get(fact_type, []):
            start, text = int(entry["start"]), str(entry["text"])
            fields = {k: v for k, v in entry.items() if k not in ("start", "text")}
            out[fact_type].append(Item(doc, start, start + len(text), fields, text))
    return out


def read_text(path: Path) -> str:
    text = path.read_bytes().decode("utf-8")
    return text[1:] if text.startswith("\ufeff") else text


def load_gold(gold_dir: Path, root: Path) -> list[GoldDocument]:
    """Every gold file in ``gold_dir``; document paths are relative to ``root``."""
    from pipeline.ingest import read_meta

    documents = []
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc_path = root / gold["document"]
        doc_date, error = read_meta(doc_path)
        if error:
            raise ValueError(error)
        documents.append(GoldDocument(gold["document"], read_text(doc_path), doc_date,
                                      gold_items(gold, gold["document"])))
    return documents


Extractor = Callable[[str, date | None], list[tuple[str, Item]]]


def default_extractor() -> Extractor:
    """``extract_text`` (given the document date when it takes one): (fact type, Item) pairs."""
    from pipeline.nlp import extract_text
    from pipeline.tables import fact_fields

    takes_date = len(inspect.signature(extract_text).parameters) > 1

    def run(text: str, doc_date: date | None) -> list[tuple[str, Item]]:
        extracted = extract_text(text, doc_date) if takes_date else extract_text(text)
        return [(FACT_TYPE_OF[fact.TYPE],
                 Item("", fact.start, fact.end,
                      as_gold_annotates(FACT_TYPE_OF[fact.TYPE], fact_fields(fact)),
                      text[fact.start:fact.end]))
                for fact in extracted.facts]

    return run


def annotator_extractor(other: Sequence[GoldDocument]) -> Extractor:
    """Another annotator's gold for the same documents, in place of the extractors: scoring
    one annotator against another measures how far the conventions themselves agree (the
    ceiling of any extractor judged by one of them). Documents are matched by their text."""
    by_text = {doc.text: doc for doc in other}

    def run(text: str, doc_date: date | None) -> list[tuple[str, Item]]:
        doc = by_text.get(text)
        if doc is None:
            raise KeyError("the other annotator has no gold for this document")
        return [(fact_type, item) for fact_type in FACT_TYPES for item in doc.items[fact_type]]

    return run


def evaluate(documents: Sequence[GoldDocument], extractor: Extractor
             ) -> tuple[dict[str, dict[str, Scores]], list[str]]:
    """Scores per group (all/raw/written) and fact type, and the documents that crashed."""
    results = {g: {t: Scores() for t in FACT_TYPES} for g in groups_of(documents)}
    crashed = []
    for doc in documents:
        try:
            predicted = extractor(doc.text, doc.doc_date)
        except Exception as exc:  # one document's crash must not hide the other scores
            crashed.append(f"{doc.document}: {type(exc).__name__}: {exc}")
            predicted = []
        for fact_type in FACT_TYPES:
            preds = [Item(doc.document, p.start, p.end, p.fields, p.text)
                     for t, p in predicted if t == fact_type]
            s = score(doc.items[fact_type], preds, fact_type)
            for group in ("all", doc.group):
                results[group][fact_type] = results[group][fact_type] + s
    return results, crashed


def format_table(title: str, scores: Mapping[str, Scores]) -> str:
    lines = [f"== {title} ==",
             f"{'type':<11}{'gold':>8}{'pred':>8}{'TP':>8}{'prec':>7}{'rec':>7}{'F1':>7}"
             f"{'exact':>7}{'norm':>7}{'context':>8}"]
    for fact_type, s in scores.items():
        # (counts eight wide: more than 100,000 country mentions in all gold)
        lines.append(f"{fact_type:<11}{s.gold:>8}{s.predicted:>8}{s.tp:>8}{s.precision:>7.3f}"
                     f"{s.recall:>7.3f}{s.f1:>7.3f}{s.exact_span_rate:>7.3f}"
                     f"{s.normalization_accuracy:>7.3f}{s.context_accuracy:>8.3f}")
    return "\n".join(lines)


def _fields_text(item: Item, names: Iterable[str]) -> str:
    return ", ".join(f"{n}={normalize_value(item.fields.get(n))!r}" for n in names)


def format_details(fact_type: str, s: Scores) -> str:
    lines = [f"-- {fact_type}: {len(s.misses)} missed, {len(s.false_alarms)} false alarms, "
             f"{len(s.wrong)} wrongly normalized, {len(s.wrong_context)} wrong context"]
    names = NORM_FIELDS[fact_type]
    for g in s.misses:
        lines.append(f"MISS   {g.doc} {g.start} {g.text!r}: {_fields_text(g, names)}")
    for p in s.false_alarms:
        lines.append(f"FALSE  {p.doc} {p.start} {p.text!r}: {_fields_text(p, names)}")
    for label, wrongs in (("WRONG ", s.wrong), ("CONTXT", s.wrong_context)):
        for w in wrongs:
            span = f"{w.gold.text!r}" + (f" ~ {w.predicted.text!r}"
                                         if w.predicted.text != w.gold.text else "")
            expected, got = _fields_text(w.gold, w.fields), _fields_text(w.predicted, w.fields)
            lines.append(f"{label} {w.gold.doc} {w.gold.start} {span}: expected {expected}; "
                         f"got {got}")
    return "\n".join(lines)


def is_named(item: Item) -> bool:
    """A gold agreement with a proper name ("Partnership for Peace", "ACSA"), not a generic
    mention ("transit agreements", "a memorandum"): its canonical name is capitalized, as the
    gold README writes a generic one in lower case.

    >>> is_named(Item("d", 0, 4, {"name": "Acquisition and Cross-Servicing Agreement"}))
    True
    >>> is_named(Item("d", 0, 4, {"name": "transit agreement"}))
    False
    """
    name = item.fields.get("name")
    return isinstance(name, str) and name[:1].isupper()


def agreement_line(s: Scores) -> str:
    """The issue's agreement target: gold agreements found with the right parties and start,
    all of them and the named ones."""
    return (f"agreements found with the right parties and start date: {s.party_date}/{s.gold}"
            f" = {_ratio(s.party_date, s.gold):.3f} (named agreements: "
            f"{s.named_party_date}/{s.named} = {_ratio(s.named_party_date, s.named):.3f})")


def report(results: Mapping[str, Mapping[str, Scores]], counts: Mapping[str, int],
           details: bool) -> str:
    parts = [format_table(f"{group_title(g)} ({counts[g]})", results[g])
             + "\n" + agreement_line(results[g]["agreements"]) for g in results if counts.get(g)]
    if details:
        parts += [format_details(t, results["all"][t]) for t in FACT_TYPES]
    return "\n\n".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.evaluate", description=__doc__
                                     .splitlines()[0])
    parser.add_argument("gold_dirs", nargs="+", metavar="GOLD_DIR",
                        help="folders of gold JSON files (tests/gold tests/heldout*)")
    parser.add_argument("--details", action="store_true",
                        help="list every miss, false alarm and wrong normalization")
    parser.add_argument("--json", metavar="FILE", help="also write the numbers to FILE")
    parser.add_argument("--root", default=".",
                        help="folder the gold files' document paths are relative to (default: .)")
    parser.add_argument("--versus", metavar="OTHER_GOLD_DIR",
                        help="score another annotator's gold files for the same documents "
                             "instead of the extractors (agreement between annotators)")
    args = parser.parse_args(argv)
    documents = []
    for name in args.gold_dirs:
        gold_dir = Path(name)
        if not gold_dir.is_dir():
            print(f"evaluate: gold folder not found: {gold_dir}", file=sys.stderr)
            return EXIT_CRASH
        try:
            found = load_gold(gold_dir, Path(args.root))
        except (OSError, ValueError, KeyError, UnicodeDecodeError) as exc:
            print(f"evaluate: cannot read the gold: {exc}", file=sys.stderr)
            return EXIT_CRASH
        if not found:
            print(f"evaluate: no gold files in {gold_dir}", file=sys.stderr)
            return EXIT_CRASH
        documents += found
    extractor = default_extractor()
    if args.versus:
        try:
            extractor = annotator_extractor(load_gold(Path(args.versus), Path(args.root)))
        except (OSError, ValueError, KeyError, UnicodeDecodeError) as exc:
            print(f"evaluate: cannot read the other annotator's gold: {exc}", file=sys.stderr)
            return EXIT_CRASH
    results, crashed = evaluate(documents, extractor)
    counts = {g: sum(g in ("all", d.group) for d in documents) for g in results}
    print(report(results, counts, args.details))
    if args.json:
        numbers: dict[str, Any] = {g: {t: results[g][t].numbers() for t in FACT_TYPES}
                                   for g in results}
        numbers["documents"] = dict(counts)
        Path(args.json).write_text(json.dumps(numbers, indent=2, sort_keys=True) + "\n",
                                   encoding="utf-8")
    for line in crashed:
        print(f"evaluate: extraction failed for {line}", file=sys.stderr)
    return EXIT_CRASH if crashed else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
