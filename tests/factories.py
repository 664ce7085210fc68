"""Build contract-shaped fact tables by hand for the checks' tests."""

from __future__ import annotations

from typing import Any

import pandas as pd

from pipeline.tables import FACT_TABLES, fact_frame

_next_start = [0]


def row(fact_type: str, doc_id: str, text: str, **fields: Any) -> dict[str, Any]:
    start = fields.pop("start", None)
    if start is None:
        _next_start[0] += 100
        start = _next_start[0]
    return {"fact_id": f"{doc_id}:{fact_type}:{start}", "doc_id": doc_id, "start": start,
            "end": start + len(text), "text": text, "sentence": text, "sentence_start": start,
            "sentence_end": start + len(text), "review": "", "review_note": "", **fields}


def money(doc_id: str, text: str, low: float | None, high: float | None, qualifier: str = "exact",
          program: str = "", countries: str = "", fiscal_year: int | None = None,
          period: str = "", **kw: Any) -> dict[str, Any]:
    return row("money", doc_id, text, amount_low=low, amount_high=high, currency="USD",
               qualifier=qualifier, period=period, fiscal_year=fiscal_year,
               countries=countries, program=program, part_of=kw.pop("part_of", ""), **kw)


def agreement(doc_id: str, text: str, kind: str, parties: str, date_start: str | None,
              granularity: str = "year", status: str = "signed", date_end: str | None = None,
              name: str | None = None, **kw: Any) -> dict[str, Any]:
    if date_start and "sentence" not in kw:  # a sentence that states when it began, as the
        kw["sentence"] = f"{text}, concluded in {date_start[:4]}"  # checker's claims ask
    return row("agreement", doc_id, text, name=name or text, kind=kind, parties=parties,
               date_start=date_start, date_end=date_end, status=status,
               start_granularity=granularity if date_start else "",
               end_granularity="year" if date_end else "",
               start_qualifier=kw.pop("start_qualifier", ""), **kw)


def date_row(doc_id: str, text: str, kind: str, start_date: str | None, end_date: str | None,
             granularity: str = "year", **kw: Any) -> dict[str, Any]:
    return row("date", doc_id, text, kind=kind, start_date=start_date, end_date=end_date,
               granularity=granularity, duration="", event=kw.pop("event", ""), **kw)


def tables(*rows: dict[str, Any]) -> dict[str, pd.DataFrame]:
    by_type: dict[str, list[dict[str, Any]]] = {t: [] for t in FACT_TABLES}
    for r in rows:
        by_type[r["fact_id"].split(":")[-2]].append(r)
    return {t: fact_frame(t, rs) for t, rs in by_type.items()}


def parties_at(text: str, span: str) -> str | None:
    """The parties (``;``-joined) of the first agreement extracted from ``text`` that overlaps
    the first occurrence of ``span``; None when none does."""
    from pipeline.facts import AgreementFact
    from pipeline.nlp import extract_text

    lo = text.index(span)
    hi = lo + len(span)
    for fact in extract_text(text).facts:
        if isinstance(fact, AgreementFact) and fact.start < hi and lo < fact.end:
            return ";".join(fact.parties)
    return None
