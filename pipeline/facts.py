"""Fact records: what the extractors find, before a document id and sentence are attached.

Offsets index the original document text exactly as Python slices it. Extractors run on a
same-length "matching view" of the text (``pipeline/textview.py``), so offsets into the view
are offsets into the document.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from pipeline.values import Amount, DateValue


@dataclass(frozen=True, slots=True)
class MoneyFact:
    start: int
    end: int
    amount: Amount
    fiscal_year: int | None = None  # U.S. federal fiscal year the amount is for
    countries: tuple[str, ...] = ()  # ISO3 of the countries the amount is about, sorted
    program: str = ""  # canonical program acronym (FMF, IMET, ...)
    part_of: int | None = None  # start of the amount this one is said to be part of
    TYPE: ClassVar[str] = "money"


@dataclass(frozen=True, slots=True)
class DateFact:
    start: int
    end: int
    value: DateValue
    event: str = ""  # identity of the first-time event it dates ("first:KAZ:UNIFIL"), if any
    TYPE: ClassVar[str] = "date"


@dataclass(frozen=True, slots=True)
class CountryFact:
    start: int
    end: int
    iso3: str
    name: str  # canonical short name
    TYPE: ClassVar[str] = "country"


@dataclass(frozen=True, slots=True)
class AgreementFact:
    start: int
    end: int
    name: str  # canonical name
    kind: str  # see AGREEMENT_KINDS
    parties: tuple[str, ...] = ()  # ISO3 for states, names for other parties; sorted
    date_start: DateValue | None = None  # when it was signed / began
    date_end: DateValue | None = None  # when it ended or expires
    status: str = ""  # see AGREEMENT_STATUSES
    TYPE: ClassVar[str] = "agreement"


Fact = MoneyFact | DateFact | CountryFact | AgreementFact

AGREEMENT_KINDS = (
    "treaty",
    "agreement",
    "charter",
    "memorandum",
    "sofa",
    "acsa",
    "gsoia",
    "defense_cooperation",
    "transit",
    "state_partnership",
    "partnership",
)
AGREEMENT_STATUSES = ("", "signed", "in_force", "active", "ended", "proposed")


@dataclass(frozen=True, slots=True)
class ExtractedDocument:
    """Everything extraction learns from one document's text."""

    facts: tuple[Fact, ...]
    sentences: tuple[tuple[int, int], ...]  # (start, end) of each sentence, in order
