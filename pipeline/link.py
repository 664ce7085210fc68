"""Link facts to each other within a document: the stage between extraction and tables.

A money amount learns its program, fiscal year and the countries it is about; an agreement
learns its parties, dates and status; a part learns its total and a first-time event's date
its identity; dates with an open end or a relative span are resolved
against the document's date when it is known (never against today's). Each step is a pure
function of the document text, the facts found in it, its sentences and its date.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from pipeline.agreement_tables import agreements_in_tables
from pipeline.currency_units import resolve_shared_units
from pipeline.facts import Fact
from pipeline.foreign_fiscal_years import foreign_fiscal_years, split_fiscal_years
from pipeline.link_agreements import link_agreements
from pipeline.link_claims import link_claims
from pipeline.link_money import link_money
from pipeline.resolve_dates import (
    calendar_years,
    resolve_dates,
    resolve_yearless,
    since_resolved,
)
from pipeline.table_money import scaled_table_amounts


def link_facts(text: str, facts: Sequence[Fact], sentences: Sequence[tuple[int, int]],
               doc_date: date | None = None) -> list[Fact]:
    linked = resolve_yearless(list(facts), sentences, doc_date, text)
    linked = calendar_years(text, linked, doc_date)
    linked = since_resolved(text, linked)  # "since August 15": up to the document's date
    linked = foreign_fiscal_years(text, linked)  # "Japanese fiscal year 2021"
    linked = split_fiscal_years(text, linked)  # "its 2019/20 fiscal year"
    linked = scaled_table_amounts(text, linked)  # "($ in thousands)" tables' bare numbers
    linked = resolve_shared_units(linked, sentences)  # "4.5 million manat": Turkmenistan's?
    linked = link_money(text, linked, sentences)
    linked = link_agreements(text, linked, sentences, doc_date)
    linked = agreements_in_tables(text, linked)
    linked = link_claims(text, linked, sentences)
    return resolve_dates(linked, doc_date)
