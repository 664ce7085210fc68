"""Facts → rows: the contract's columns for every fact type, as plain Python values (no pandas:
worker processes make a document's rows with this module alone).

``fact_fields`` is the one place that turns a fact's normalized value into the contract's cells
(minus ``fact_id, doc_id, start, end, text, sentence``, which ``fact_rows`` adds). The evaluator
and the golden test compare these fields, so what is measured is what is written.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from pipeline.facts import AgreementFact, CountryFact, DateFact, Fact, MoneyFact

FACT_TABLES = {"money": "money.csv", "date": "dates.csv", "country": "countries.csv",
               "agreement": "agreements.csv"}

COMMON_COLUMNS = ["fact_id", "doc_id", "start", "end", "text", "sentence"]
FIELD_COLUMNS = {
    "money": ["amount_low", "amount_high", "currency", "qualifier", "period", "fiscal_year",
              "countries", "program", "part_of"],
    "date": ["kind", "start_date", "end_date", "granularity", "duration", "event"],
    "country": ["iso3", "name"],
    "agreement": ["name", "kind", "parties", "date_start", "date_end", "status",
                  "start_granularity", "end_granularity", "start_qualifier"],
}
TRAILING_COLUMNS = ["sentence_start", "sentence_end", "review", "review_note"]


def columns_for(fact_type: str) -> list[str]:
    return COMMON_COLUMNS + FIELD_COLUMNS[fact_type] + TRAILING_COLUMNS


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def fact_fields(fact: Fact) -> dict[str, Any]:
    """The normalized cells of one fact (lists as sorted tuples, unknown as None or "").

    >>> from pipeline.values import Amount
    >>> amount = Amount(3e6, 5e6, qualifier="range", period="year")
    >>> fact_fields(MoneyFact(0, 11, amount))["amount_high"]
    5000000.0
    """
    if isinstance(fact, MoneyFact):
        a = fact.amount
        return {"amount_low": a.low, "amount_high": a.high, "currency": a.currency,
                "qualifier": a.qualifier, "period": a.period, "fiscal_year": fact.fiscal_year,
                "countries": tuple(sorted(fact.countries)), "program": fact.program,
                "part_of": fact.part_of}
    if isinstance(fact, DateFact):
        v = fact.value
        return {"kind": v.kind, "start_date": _iso(v.start), "end_date": _iso(v.end),
                "granularity": v.granularity, "duration": v.duration, "event": fact.event}
    if isinstance(fact, CountryFact):
        return {"iso3": fact.iso3, "name": fact.name}
    if isinstance(fact, AgreementFact):
        ds, de = fact.date_start, fact.date_end
        return {"name": fact.name, "kind": fact.kind, "parties": tuple(sorted(fact.parties)),
                "date_start": _iso(ds.start) if ds else None,
                "date_end": _iso(de.end) if de else None, "status": fact.status,
                "start_granularity": ds.granularity if ds else "",
                "end_granularity": de.granularity if de else "",
                # "a more than 26-year relationship": it began in that year or earlier
                "start_qualifier": "at_most" if ds and ds.kind == "until" else ""}
    raise TypeError(f"not a fact: {fact!r}")


def fact_id(doc_id: str, fact: Fact) -> str:
    """Stable across runs for the same text: ``DOC:TYPE:START`` (``:END`` when two facts of a
    type start at one offset)."""
    return f"{doc_id}:{fact.TYPE}:{fact.start}"


def fact_rows(doc_id: str, text: str, facts: Iterable[Fact],
              sentences: Iterable[tuple[int, int]]) -> dict[str, list[dict[str, Any]]]:
    """Rows per fact type for one document, in document order."""
    import bisect

    sents = list(sentences)
    starts = [s for s, _ in sents]
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in FACT_TABLES}
    seen: set[str] = set()
    sentence_texts: dict[tuple[int, int], str] = {}  # one string per sentence, shared by its facts
    for fact in sorted(facts, key=lambda f: (f.start, f.end, f.TYPE)):
        i = bisect.bisect_right(starts, fact.start) - 1
        s_start, s_end = sents[i] if i >= 0 else (fact.start, fact.end)
        s_start, s_end = min(s_start, fact.start), max(s_end, fact.end)
        fid = fact_id(doc_id, fact)
        if fid in seen:
            fid = f"{fid}:{fact.end}"
        seen.add(fid)
        fields = fact_fields(fact)
        if fields.get("part_of") is not None:  # an offset in the fact; a fact_id in the table
            fields["part_of"] = f"{doc_id}:money:{fields['part_of']}"
        row = {"fact_id": fid, "doc_id": doc_id, "start": fact.start, "end": fact.end,
               "text": text[fact.start:fact.end],
               "sentence": sentence_texts.setdefault((s_start, s_end), text[s_start:s_end]),
               **fields, "sentence_start": s_start, "sentence_end": s_end,
               "review": "", "review_note": ""}
        rows[fact.TYPE].append(row)
    return rows
