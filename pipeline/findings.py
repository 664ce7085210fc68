"""Findings: what the checks report, one row of findings.csv each."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

FINDING_COLUMNS = ["finding_id", "check", "severity", "doc_ids", "fact_ids", "message"]


@dataclass(frozen=True, slots=True)
class Finding:
    check: str  # short stable name: "range_order", "cross_doc:agreement_date", "schema:money"
    severity: str  # "error" (a contradiction or invalid fact) or "warning" (worth a look)
    doc_ids: tuple[str, ...]
    fact_ids: tuple[str, ...]
    message: str

    @property
    def finding_id(self) -> str:
        """Stable for the same facts and check: the check plus a digest of what it names."""
        key = "\x1f".join([self.check, *self.doc_ids, "|", *self.fact_ids, "|", self.message])
        return f"{self.check}:{hashlib.sha1(key.encode()).hexdigest()[:10]}"

    def row(self) -> dict[str, str]:
        return {"finding_id": self.finding_id, "check": self.check, "severity": self.severity,
                "doc_ids": ";".join(sorted(self.doc_ids)),
                "fact_ids": ";".join(sorted(self.fact_ids)), "message": self.message}


def make_finding(check: str, severity: str, doc_ids: Iterable[str], fact_ids: Iterable[str],
                 message: str) -> Finding:
    return Finding(check, severity, tuple(sorted(set(doc_ids))), tuple(sorted(set(fact_ids))),
                   message)


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Deterministic order: by documents, then check, then facts; duplicates dropped."""
    unique = {f.finding_id: f for f in findings}
    return sorted(unique.values(), key=lambda f: (f.doc_ids, f.check, f.fact_ids, f.message))
