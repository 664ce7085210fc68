"""Leave-one-set-out evaluation of the re-ranker in ``ranker.py`` against the rules (issue #3).

    python -m experiments.agreement_ranker.loso export OUT.json [GOLD_DIR ...]
    python -m experiments.agreement_ranker.loso run RECORDS.json [--test-only SET ...]

``export`` runs the extractors over every gold document (default: tests/gold and every
tests/heldout*) and writes, per document, its set, the facts in ``DocumentFacts`` form and the
gold agreements. It reads facts through attributes every recent checkout has, so that an older
checkout's rules (the ones a held-out set met blind) can be exported too.

``run`` takes each set in turn as the test fold, trains the two models on the found agreements
of all other sets (``--train-max N``: only of tests/gold and the held-out sets up to N, those
that existed when the fold arrived), and counts, over the fold's gold agreements, those found
with the right parties and start date by the rules alone and by the rules with the models'
choices; the same split into parties right and start right. A found agreement is its gold
mention's match by span overlap, as ``pipeline.evaluate`` matches them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from experiments.agreement_ranker.ranker import (
    NONE,
    Candidate,
    DocumentContext,
    DocumentFacts,
    FoundAgreement,
    PartyModel,
    StartModel,
    as_record,
    from_record,
)


def _iso(value: Any) -> str | None:
    return None if value is None or value.start is None else value.start.isoformat()


def export(gold_dirs: Sequence[str], root: Path) -> list[dict[str, Any]]:
    from pipeline.evaluate import load_gold
    from pipeline.nlp import extract_text

    out = []
    for name in gold_dirs:
        for doc in load_gold(Path(name), root):
            extracted = extract_text(doc.text, doc.doc_date)
            # read by TYPE and attribute, not isinstance: an older checkout's classes too
            facts: list[Any] = list(extracted.facts)
            document = DocumentFacts(
                doc.text, tuple(extracted.sentences),
                tuple((f.start, f.end, f.iso3) for f in facts if f.TYPE == "country"),
                tuple((f.start, f.end, f.value.kind, _iso(f.value), f.value.granularity)
                      for f in facts if f.TYPE == "date"),
                tuple(FoundAgreement(f.start, f.end, f.kind, tuple(f.parties),
                                     _iso(f.date_start), f.status)
                      for f in facts if f.TYPE == "agreement"))
            gold = [[g.start, g.end, sorted(g.fields["parties"]), g.fields["date_start"]]
                    for g in doc.items["agreements"]]
            out.append({"set": Path(name).name, "document": doc.document,
                        "facts": as_record(document), "gold": gold})
    return out


@dataclass(frozen=True)
class Example:
    set: str
    rules_parties: tuple[str, ...]
    rules_start: str
    gold_parties: tuple[str, ...]
    gold_start: str
    party_candidates: list[Candidate] = field(hash=False)
    start_candidates: list[Candidate] = field(hash=False)


def examples(records: Sequence[dict[str, Any]], with_rules: bool = True
             ) -> tuple[list[Example], dict[str, int]]:
    """Every found agreement with its gold, and the number of gold agreements of each set."""
    from pipeline.evaluate import match_spans

    found: list[Example] = []
    gold_count: dict[str, int] = {}
    for record in records:
        facts = from_record(record["facts"])
        context = DocumentContext(facts)
        gold = record["gold"]
        gold_count[record["set"]] = gold_count.get(record["set"], 0) + len(gold)
        predicted = facts.agreements
        for gi, pi in match_spans([(g[0], g[1]) for g in gold],
                                  [(a.start, a.end) for a in predicted]):
            a = predicted[pi]
            found.append(Example(record["set"], tuple(sorted(a.parties)), a.date_start or NONE,
                                 tuple(sorted(gold[gi][2])), gold[gi][3] or NONE,
                                 context.party_candidates(a, with_rules),
                                 context.start_candidates(a, with_rules)))
    return found, gold_count


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    rules_both: int = 0
    model_both: int = 0
    rules_parties: int = 0
    model_parties: int = 0
    rules_start: int = 0
    model_start: int = 0
    party_reachable: int = 0  # the gold party set is among the candidates
    start_reachable: int = 0

    def add(self, other: Tally) -> Tally:
        return Tally(*(getattr(self, k) + getattr(other, k) for k in self.__dataclass_fields__))


def set_order(name: str) -> tuple[int, str]:
    number = name.removeprefix("heldout")
    if name == "gold":
        return (0, name)
    return (int(number) if number.isdigit() else 1, name)


def evaluate_fold(train: Sequence[Example], test: Sequence[Example], gold: int,
                  l2: float, only: str | None = None) -> Tally:
    parties = PartyModel.train([e.party_candidates for e in train],
                               [e.gold_parties for e in train], l2)
    start = StartModel.train([e.start_candidates for e in train],
                             [e.gold_start for e in train], l2)
    t = Tally(gold=gold, found=len(test))
    for e in test:
        model_parties = (parties.parties(e.party_candidates) or e.rules_parties
                         if only != "start" else e.rules_parties)
        model_start = (start.start(e.start_candidates) if only != "parties"
                       else e.rules_start)
        rp, mp = e.rules_parties == e.gold_parties, model_parties == e.gold_parties
        rs, ms = e.rules_start == e.gold_start, model_start == e.gold_start
        t.rules_parties += rp
        t.model_parties += mp
        t.rules_start += rs
        t.model_start += ms
        t.rules_both += rp and rs
        t.model_both += mp and ms
        t.party_reachable += set(e.gold_parties) <= {c.value for c in e.party_candidates}
        t.start_reachable += any(c.value == e.gold_start for c in e.start_candidates)
    return t


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}" if whole else "  -  "


def table(tallies: dict[str, Tally]) -> str:
    lines = [f"{'fold':<10}{'gold':>5}{'found':>6} | {'both R':>6}{'both M':>7}{'diff':>6} | "
             f"{'part R':>6}{'part M':>7} | {'start R':>7}{'start M':>8} | {'reach P/S':>10}"]
    total = Tally()
    newest = Tally()
    for name in sorted(tallies, key=set_order):
        t = tallies[name]
        total = total.add(t)
        if set_order(name)[0] >= 19:
            newest = newest.add(t)
        lines.append(_row(name, t))
    lines.append(_row("heldout19-25" if newest.gold else "-", newest))
    lines.append(_row("all", total))
    return "\n".join(lines)


def _row(name: str, t: Tally) -> str:
    diff = 100 * (t.model_both - t.rules_both) / t.gold if t.gold else 0.0
    return (f"{name:<10}{t.gold:>5}{t.found:>6} | {_pct(t.rules_both, t.gold):>6}"
            f"{_pct(t.model_both, t.gold):>7}{diff:>+6.1f} | {_pct(t.rules_parties, t.gold):>6}"
            f"{_pct(t.model_parties, t.gold):>7} | {_pct(t.rules_start, t.gold):>7}"
            f"{_pct(t.model_start, t.gold):>8} | {_pct(t.party_reachable, t.found)}/"
            f"{_pct(t.start_reachable, t.found)}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m experiments.agreement_ranker.loso")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("export")
    ex.add_argument("out")
    ex.add_argument("gold_dirs", nargs="*")
    ex.add_argument("--root", default=".", help="folder the gold files' paths are relative to")
    run = sub.add_parser("run")
    run.add_argument("records", nargs="+", help="exported records (later files replace the "
                     "test fold's records: the blind rules' facts for that set)")
    run.add_argument("--test-only", nargs="*", default=None, help="evaluate only these sets")
    run.add_argument("--train-max", type=int, default=None,
                     help="train only on tests/gold and the held-out sets numbered up to this "
                          "(the sets that existed when the test fold arrived)")
    run.add_argument("--without-rules", action="store_true",
                     help="leave out the features that say what the rules chose")
    run.add_argument("--l2", type=float, default=1.0)
    run.add_argument("--only", choices=("parties", "start"), default=None,
                     help="let the model choose only this field (the rules keep the other)")
    args = parser.parse_args(argv)
    if args.command == "export":
        root = Path(args.root)
        dirs = args.gold_dirs or [str(root / "tests/gold"), *sorted(
            (str(p) for p in (root / "tests").glob("heldout*")), key=lambda d: set_order(
                Path(d).name))]
        Path(args.out).write_text(json.dumps(export(dirs, root)), encoding="utf-8")
        return 0
    records = json.loads(Path(args.records[0]).read_text(encoding="utf-8"))
    found, gold_count = examples(records, with_rules=not args.without_rules)
    tallies = {}
    for name in sorted(gold_count, key=set_order):
        if args.test_only is not None and name not in args.test_only:
            continue
        train = [e for e in found if e.set != name and (
            args.train_max is None or set_order(e.set)[0] <= args.train_max)]
        test = [e for e in found if e.set == name]
        tallies[name] = evaluate_fold(train, test, gold_count[name], args.l2, args.only)
    print(table(tallies))
    return 0


if __name__ == "__main__":
    sys.exit(main())
