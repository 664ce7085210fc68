"""The consistency checker's false alarms: ``make false-alarms``.

Every held-out set (``tests/heldout*/``) is written consistent on purpose: its README lists the
facts its documents repeat, and they agree. So every error the checker reports when it runs
over one set's documents alone is a false alarm, the failure the brief weighs like a miss (a
reviewer stops trusting a checker that cries wolf). This runs the whole pipeline (extraction,
validation, the checks within and across documents) over each set's ``docs/`` folder, writing
nothing, and counts the error findings per set; ``--details`` prints each one.

    python -m pipeline.false_alarms tests/heldout*  [--details]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.evaluate import heldout_order
from pipeline.findings import Finding
from pipeline.run import run

EXIT_OK, EXIT_CRASH = 0, 2


@dataclass(frozen=True)
class SetAlarms:
    name: str  # the set's folder name
    documents: int
    errors: tuple[Finding, ...]  # each a false alarm: the set is consistent on purpose


def set_alarms(folder: Path) -> SetAlarms:
    """The checker's errors over the documents of one held-out set (``folder/docs``)."""
    result = run(folder / "docs", folder / "out", write=False)  # (nothing is written)
    return SetAlarms(folder.name, len(result.documents), tuple(result.errors))


def report(sets: Sequence[SetAlarms], details: bool) -> str:
    lines = []
    for s in sets:
        lines.append(f"{s.name:<12} {s.documents:>3} documents  {len(s.errors)} false alarms")
        if details:
            lines += [f"    {f.check}: {f.message}" for f in s.errors]
    total = sum(len(s.errors) for s in sets)
    with_any = sum(1 for s in sets if s.errors)
    lines.append(f"false alarms: {total} in {with_any} of {len(sets)} sets "
                 f"({sum(s.documents for s in sets)} documents)")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.false_alarms",
                                     description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("sets", nargs="+", metavar="SET_DIR",
                        help="held-out set folders, each with a docs/ folder (tests/heldout*)")
    parser.add_argument("--details", action="store_true", help="print each false alarm")
    args = parser.parse_args(argv)
    folders = sorted((Path(s) for s in args.sets), key=lambda p: heldout_order(p.name))
    missing = [f for f in folders if not (f / "docs").is_dir()]
    if missing:
        print(f"false_alarms: no docs/ folder in {', '.join(map(str, missing))}",
              file=sys.stderr)
        return EXIT_CRASH
    print(report([set_alarms(f) for f in folders], args.details))
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
