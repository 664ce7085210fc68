"""Consistency checks within and across documents: findings only where claims cannot all be true.

Every claim is an interval (``pipeline/tolerances.py`` says how wide). Claims about the same
thing are grouped by an identity key (a hash join, never all pairs); inside a group the claims
are compatible exactly when the largest lower bound is at most the smallest upper bound
(intervals on a line pairwise overlap iff they all do), so one pass finds the two claims that
disagree most. Claims with incomplete identity are not compared; rejected facts take no part.
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, partial
from typing import Any, cast

import pandas as pd

from pipeline.agreement_dates import start_words_in
from pipeline.agreements import vocabulary as agreement_vocabulary
from pipeline.countries import lookup_country
from pipeline.documents import Document
from pipeline.findings import Finding, make_finding
from pipeline.link_claims import (
    is_increment,
    is_one_delivery,
    is_share_for_a_purpose,
    phrase_alternation,
)
from pipeline.tolerances import FUTURE_DATE_GRACE_DAYS, amount_interval

# Fact tables as DataFrames, or (inside check_consistency) already as lists of active rows.
Tables = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Claim:
    """One fact's statement about an identity, as an interval."""

    low: Any
    high: Any
    shown: str  # the value as a reviewer reads it: "2016", "$4.3 million (over)"
    fact_id: str
    doc_id: str


def active_rows(tables: Tables, fact_type: str) -> list[dict[str, Any]]:
    """The rows of one table that take part in the checks (not rejected by a reviewer)."""
    frame = tables.get(fact_type)
    if isinstance(frame, list):
        return cast(list[dict[str, Any]], frame)  # converted once by check_consistency
    if frame is None or frame.empty:
        return []
    columns = [str(c) for c in frame.columns]
    values = [frame[c].tolist() for c in columns]  # column-wise: far faster than to_dict
    rows = list(map(dict, map(partial(zip, columns, strict=True), zip(*values, strict=True))))
    if "review" in columns and "rejected" not in values[columns.index("review")]:
        return rows  # the common case, first: no row rejected
    return [r for r in rows if r.get("review") != "rejected"]


def _blank(value: Any) -> bool:
    """An empty cell: None, pandas' NA, NaN or ""."""
    if value is None or value is pd.NA:
        return True
    return value == "" or (isinstance(value, float) and value != value)


def granularity_end(start: date, granularity: str) -> date:
    """The last day a date stated at ``granularity`` from ``start`` can mean.

    >>> granularity_end(date(2019, 8, 1), "month")
    datetime.date(2019, 8, 31)
    >>> granularity_end(date(2018, 10, 1), "fiscal_year")
    datetime.date(2019, 9, 30)
    """
    if granularity == "day":
        return start
    if granularity == "month":
        return start.replace(day=calendar.monthrange(start.year, start.month)[1])
    if granularity in ("quarter", "season"):
        month = start.month + 2
        year = start.year + (month - 1) // 12
        month = (month - 1) % 12 + 1
        return date(year, month, calendar.monthrange(year, month)[1])
    if granularity == "half":
        return granularity_end(start.replace(month=min(start.month + 5, 12)), "month")
    if granularity == "fiscal_year":
        return date(start.year + 1, 9, 30)
    if granularity == "decade":
        return date(start.year + 9, 12, 31)
    return date(start.year, 12, 31)


def show_date(start: date, granularity: str) -> str:
    """A date as precise as it was stated: ``2016``, ``2019-08``, ``FY2019``, ``2019-08-15``."""
    if granularity == "day":
        return start.isoformat()
    if granularity == "month":
        return start.strftime("%Y-%m")
    if granularity == "fiscal_year":
        return f"FY{start.year + 1}"
    if granularity == "decade":
        return f"the {start.year}s"
    return str(start.year)


def show_amount(row: Mapping[str, Any]) -> str:
    words = {"at_least": "at least ", "at_most": "at most ", "approximate": "about "}
    low, high = row.get("amount_low"), row.get("amount_high")
    if row["qualifier"] == "range":
        return f"{_money(low)}–{_money(high)}"
    stated = low if not _blank(low) and low != 0 else high
    return f"{words.get(row['qualifier'], '')}{_money(stated)}"


def _money(value: Any) -> str:
    if _blank(value):
        return "?"
    return f"${float(value):,.0f}"


def _quote(row: Mapping[str, Any]) -> str:
    return f"“{row['text']}”"


def _conflicts(groups: Mapping[Any, Sequence[Claim]]) -> Iterator[tuple[Any, Claim, Claim]]:
    """For each group whose claims cannot all hold: the claim with the highest lower bound and
    the claim with the lowest upper bound (they cannot both be true)."""
    for key in sorted(groups, key=repr):
        claims = groups[key]
        if len(claims) < 2:
            continue
        top = max(claims, key=lambda c: (c.low, c.fact_id))
        bottom = min(claims, key=lambda c: (c.high, c.fact_id))
        if top.low > bottom.high:
            yield key, bottom, top


def _scope(a: Claim, b: Claim, name: str) -> str:
    return f"{'cross_doc' if a.doc_id != b.doc_id else 'within_doc'}:{name}"


# --- within one fact ---------------------------------------------------------------------

def check_range_order(tables: Tables, documents: Sequence[Document]) -> Iterator[Finding]:
    for row in active_rows(tables, "money"):
        low, high = row["amount_low"], row["amount_high"]
        if not _blank(low) and not _blank(high) and float(low) > float(high):
            yield make_finding(
                "range_order", "error", [row["doc_id"]], [row["fact_id"]],
                f"In {row['doc_id']}, the range {_quote(row)} has its low end "
                f"{_money(low)} above its high end {_money(high)}.")


def check_interval_order(tables: Tables, documents: Sequence[Document]) -> Iterator[Finding]:
    for row in active_rows(tables, "date"):
        s, e = row["start_date"], row["end_date"]
        if not _blank(s) and not _blank(e) and s > e:
            yield make_finding(
                "interval_order", "error", [row["doc_id"]], [row["fact_id"]],
                f"In {row['doc_id']}, {_quote(row)} starts on {s}, after it ends on {e}.")
    for row in active_rows(tables, "agreement"):
        s, e = row["date_start"], row["date_end"]
        if not _blank(s) and not _blank(e) and s > e:
            yield make_finding(
                "interval_order", "error", [row["doc_id"]], [row["fact_id"]],
                f"In {row['doc_id']}, {row['name']} begins on {s}, after it ends on {e}.")


def check_after_document_date(tables: Tables, documents: Sequence[Document]) -> Iterator[Finding]:
    """A past event (signed, begun, ended) dated after the document that reports it."""
    doc_dates = {d.doc_id: d.doc_date for d in documents if d.doc_date is not None}
    for row in active_rows(tables, "agreement"):
        doc_date = doc_dates.get(row["doc_id"])
        if doc_date is None or _blank(row["date_start"]):
            continue
        if row["status"] not in ("signed", "in_force", "active", "ended"):
            continue
        start = date.fromisoformat(row["date_start"])
        if start > doc_date + timedelta(days=FUTURE_DATE_GRACE_DAYS):
            yield make_finding(
                "after_document_date", "error", [row["doc_id"]], [row["fact_id"]],
                f"In {row['doc_id']} (dated {doc_date.isoformat()}), {row['name']} is "
                f"{row['status']} from {show_date(start, row['start_granularity'])}, after the "
                f"document's own date.")


# --- across facts: claims about the same thing ---------------------------------------------

STATE_PARTNERSHIP = "state_partnership"
# Names that say what kind of thing an agreement is but not which one: a country signs many
# memoranda and agreements over the years ("the 2018 MOU" and "a new seven-year MOU"), so a
# claim with such a name has incomplete identity. (An ACSA, SOFA or GSOIA is one per pair of
# countries, so its standard name identifies it.)
GENERIC_NAMES = frozenset({
    "memorandum of understanding", "memorandum of agreement", "memorandum", "mou", "moa",
    "agreement", "treaty", "charter", "framework agreement", "implementing arrangement",
    "arrangement", "transit agreement", "protocol", "accord", "partnership", "roadmap",
    "framework", "plan", "initiative", "defense cooperation agreement",
    # instruments signed again and again under one name (a yearly Letter of Agreement)
    "letter of agreement", "letters of agreement", "letter of intent", "exchange of notes",
    "exchange of letters", "memorandum of cooperation"})
DATED_STATUSES = {"signed", "in_force", "active", "ended", ""}


def agreement_identities(row: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    """Kind, canonical name and parties: the ACSA with Uzbekistan is not the one with Mongolia.

    A State Partnership pairing is the guard plus the country, whatever the sentence calls it;
    a row naming one guard and several countries claims each pairing, and a row naming several
    guards is ambiguous (which guard with which country?) and claims none.

    >>> row = {"kind": "state_partnership", "parties": "KGZ;Montana National Guard;TJK"}
    >>> [parties for _, _, parties in agreement_identities(row)]
    ['KGZ;Montana National Guard', 'Montana National Guard;TJK']

    A generic mention, its kind's phrase in lower case, is a class of instruments ("the 2001
    basing agreement" and "a new basing agreement in 2009" are two): it claims no identity.

    >>> agreement_identities({"kind": "agreement", "name": "basing agreement",
    ...                       "parties": "KGZ;USA"})
    []

    A plan made again for each period it covers is told apart by the period's end when its
    mention states one:

    >>> agreement_identities({"kind": "agreement", "name": "Plan of Military Cooperation",
    ...                       "parties": "KAZ;USA", "date_end": "2022-12-31"})[0][1]
    'plan of military cooperation (to 2022)'
    """
    parties = row.get("parties") or ""
    if _blank(parties) or len(parties.split(";")) < 2:
        return []
    if row["kind"] == STATE_PARTNERSHIP:
        names = parties.split(";")
        guards = [p for p in names if p.endswith("Guard")]
        countries = [p for p in names if len(p) == 3 and p.isupper()]
        if len(guards) != 1:
            return []
        return [(STATE_PARTNERSHIP, "", ";".join(sorted([guards[0], c]))) for c in countries]
    written = str(row["name"])
    name = written.lower()
    if name in GENERIC_NAMES or written == name:
        return []  # a generic mention ("basing agreement") names a class, not one instrument
    if _PLAN_NAME.search(name) and not _blank(row.get("date_end")):
        # successive plans share a name ("the Five-Year Plan of Military Cooperation" for
        # 2018-2022, then for 2023-2027): the period a mention states says which one it is
        name = f"{name} (to {str(row['date_end'])[:4]})"
    sides = _sides_before(row)
    if sides:  # "a bilateral Statement of Intent" and "a trilateral Statement of Intent": two
        name = f"{name} ({sides})"
    return [(row["kind"], name, parties)]


@cache
def _sides_regex() -> re.Pattern[str]:
    """A ``sides_words`` word right before a mention ("the trilateral Statement of Intent
    concluded by Finland, Sweden, and the United States")."""
    words = "|".join(map(re.escape, agreement_vocabulary()["sides_words"]["words"]))
    return re.compile(rf"\b({words})\s+$", re.IGNORECASE)


def _sides_before(row: Mapping[str, Any]) -> str:
    """The sides word right before the mention in its sentence, lower case; "" when none.

    >>> _sides_before({"sentence": "They signed a trilateral Statement of Intent.",
    ...                "start": 35, "sentence_start": 10})
    'trilateral'
    """
    m = _sides_regex().search(_before_mention(row, 20))
    return m.group(1).lower() if m else ""


def _before_mention(row: Mapping[str, Any], reach: int | None = None) -> str:
    """The mention's sentence before it (its last ``reach`` characters); "" when the row does
    not place the mention in its sentence.

    >>> _before_mention({"sentence": "under the 2016 ACSA", "start": 25, "sentence_start": 10}, 4)
    '016 '
    """
    at = _offset_in_sentence(row, "start")
    if at is None:
        return ""
    return str(row.get("sentence") or "")[max(0, at - (reach or at)):max(0, at)]


def _after_mention(row: Mapping[str, Any]) -> str:
    """The mention's sentence after it; "" when the row does not place the mention in it."""
    end = _offset_in_sentence(row, "end")
    return "" if end is None else str(row.get("sentence") or "")[max(0, end):]


def _offset_in_sentence(row: Mapping[str, Any], key: str) -> int | None:
    try:
        return int(row[key]) - int(row["sentence_start"])
    except (KeyError, TypeError, ValueError):
        return None


# a plan's name (headed by "Plan": "Five-Year Plan of Military Cooperation", "Bilateral Defense
# Cooperation Plan"), an instrument made again for each period it covers
_PLAN_NAME = re.compile(r"\bplan(?:\s+(?:of|for|on)\b|$)")


# A grouped check's claims: (identity key, claim, the row it comes from), one per key. The Dask
# engine (pipeline/engine_dask.py) groups the same claims across partitions.
KeyedClaim = tuple[Any, Claim, Mapping[str, Any]]


# A sentence that dates a later event of an agreement (its renewal, amendment, revocation) may
# give that event's date as the mention's start: the signing was then on or before it.
_LATER_EVENT = re.compile(r"\b(?:renew\w*|extend(?:ed|s)?|extension|amend\w*|updat\w*|"
                          r"revok\w*|revocation|successor|replac\w*)\b", re.IGNORECASE)


_SIGNED = re.compile(r"\bsign(?:ed|ing|s)?\b", re.IGNORECASE)
_YEAR_CELL = re.compile(r"\|[^|]*\b(?:1[89]|20)\d\d\b[^|]*(?=\||$)")


def _dated_twice_in_a_table(sentence: str) -> bool:
    """Is the mention's sentence a table row with two cells that hold a year ("Strategic
    Framework Agreement | United States, Iraq | November 17, 2008 | January 1, 2009 | In
    force")? The extractor takes the signing column's date as the start there
    (``agreement_tables``), not the entry into force.

    >>> _dated_twice_in_a_table("SFA | Iraq | November 17, 2008 | January 1, 2009 | In force")
    True
    >>> _dated_twice_in_a_table("SFA | Iraq | January 1, 2009 | In force")
    False
    """
    return "|" in sentence and len(_YEAR_CELL.findall(sentence)) >= 2

# A mention that says which of successive instruments of one name it is ("the first Five-Year
# Plan", "a successor plan", "its predecessor, the ... Plan", "the fourth round of the ...",
# "another Master Ship Repair Agreement") is one instance among several: two such dates are two
# instruments, not a disagreement.
_ONE_OF_SUCCESSIVE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|previous|predecessor|successor|new|next|another|"
    r"latest|current|earlier|original|prior|subsequent|follow-on|successive|several|various|"
    r"series\s+of|\d+(?:st|nd|rd|th))"
    r"(?:\s+(?:round|session|meeting)\s+of)?,?\s+(?:(?:the|a|an|its|their|this|that)\s+)?$",
    re.IGNORECASE)


def _one_of_successive(row: Mapping[str, Any]) -> bool:
    """Does the sentence, right before the mention, say which of successive instruments it is
    (``_ONE_OF_SUCCESSIVE``: "the first ...", "a successor ...", "its predecessor, the ...",
    "the fourth round of the ...", "the 12th ..."), or that it speaks of several ("a series
    of ...", "successive ...")?
    Such a word elsewhere in the sentence ("the new government signed the ...") does not."""
    return bool(_ONE_OF_SUCCESSIVE.search(_before_mention(row, 48)))


@cache
def _vocabulary_regex(key: str) -> re.Pattern[str]:
    """Any phrase of the agreement vocabulary's list ``key`` ("start_words": "signed",
    "launched", "since" ...; "stated_event_words": "signed", "entered into force" ...), as
    whole words, any case."""
    body = phrase_alternation(agreement_vocabulary()[key])
    return re.compile(rf"\b(?:{body})\b", re.IGNORECASE)


# a year right before the mention ("the 2016 ACSA", "the 1951 Mutual Defense Treaty")
_YEAR_BEFORE = re.compile(r"\b(?:1[89]|20)\d\d\s+(?:[\w.’'-]+\s+){0,3}$")


def _year_before_name(row: Mapping[str, Any]) -> bool:
    """Is a year written right before the mention ("rests on the 2008 Strategic Framework
    Agreement, which remains the foundation")? That year is when the agreement was concluded,
    not when it entered into force, whatever status the sentence gives it."""
    return bool(_YEAR_BEFORE.search(_before_mention(row, 40)))


def _states_a_start(row: Mapping[str, Any]) -> bool:
    """Does the mention's sentence state when the agreement began: a start word ("signed in
    2016", "since 2002", "launched", "entered into force"), a year before its name ("the 2016
    ACSA") or a relationship's length ("a more than 29-year relationship", an at-most start)?
    The extractors also give a start the sentence only implies ("The delegations met under
    the Enhanced Strategic Partnership on October 18", "SPP events in FY 2024 included ..."):
    a fact for the reviewer, but too weak to call another document wrong. (A row without its
    sentence is taken at its word.)

    >>> _states_a_start({"sentence": "The ACSA, signed in 2016, lets our forces ..."})
    True
    >>> _states_a_start({"sentence": "The two met under the Strategic Partnership in May."})
    False
    >>> _states_a_start({"sentence": "Guardsmen returned June 15 from an exchange with the "
    ...                  "Papua New Guinea Defence Force under the State Partnership Program."})
    False
    >>> _states_a_start({"sentence": "Under the 2016 ACSA, our forces ...", "start": 15,
    ...                  "sentence_start": 0})
    True
    """
    sentence = str(row.get("sentence") or "")
    if (not sentence.strip() or row.get("start_qualifier") == "at_most"
            or (_vocabulary_regex("start_words").search(sentence)  # (the quick test first)
                and start_words_in(sentence))):  # (not "Defence Force": a proper name's word)
        return True
    return _year_before_name(row)


def agreement_claims(rows: Iterable[Mapping[str, Any]]) -> Iterator[KeyedClaim]:
    """When each agreement (or pairing) began, per identity it has.

    Signing and entry into force are two events: each identity has a ``signed`` group and an
    ``in_force`` group. A date the text gives for entry into force (status ``in_force`` in a
    sentence that does not also report the signing, whose date the mention then has) is in
    the ``in_force`` group as stated, and bounds the signing from above in the ``signed`` group
    ("signed in February 1998" and "in force since May 27, 1999" agree; "signed in 2018" and "in
    force since 2016" do not). So is a date from a sentence about a later event (a renewal, an
    amendment, a revocation), which claims nothing about entry into force.
    """
    for row in rows:
        keys = agreement_identities(row)
        if not keys or _blank(row["date_start"]) or row["status"] not in DATED_STATUSES:
            continue
        if keys[0][0] != STATE_PARTNERSHIP and _one_of_successive(row):
            continue  # "the first Five-Year Plan", "a successor plan": one of several
        if not _states_a_start(row):
            continue  # a start its sentence does not state: too weak to contradict another
        start = date.fromisoformat(row["date_start"])
        gran = row["start_granularity"] or "day"
        shown = show_date(start, gran)
        upper = granularity_end(start, gran)
        pairing = keys[0][0] == STATE_PARTNERSHIP
        sentence = str(row.get("sentence") or "")
        later_event = not pairing and bool(_LATER_EVENT.search(sentence))
        # "signed on X and entered into force on Y": the mention's date is the signing's
        in_force = (not pairing and row["status"] == "in_force" and not _SIGNED.search(sentence)
                    and not _dated_twice_in_a_table(sentence) and not _year_before_name(row))
        exact = Claim(start, upper, shown, row["fact_id"], row["doc_id"])
        at_most = Claim(date.min, upper, f"{shown} or earlier", row["fact_id"], row["doc_id"])
        if row.get("start_qualifier") == "at_most":  # "a more than 26-year relationship"
            exact = at_most
        for key in keys:
            if pairing:
                yield key, exact, row
                continue
            yield (*key, "signed"), at_most if (in_force or later_event) else exact, row
            if in_force and not later_event:
                yield (*key, "in_force"), exact, row


def check_agreement_dates(tables: Tables, documents: Sequence[Document]) -> Iterator[Finding]:
    groups: dict[Any, list[Claim]] = defaultdict(list)
    rows_by_id: dict[str, Mapping[str, Any]] = {}
    for key, claim, row in agreement_claims(active_rows(tables, "agreement")):
        groups[key].append(claim)
        rows_by_id[row["fact_id"]] = row
    for key, a, b in _conflicts(groups):
        name = "pairing_start" if key[0] == STATE_PARTNERSHIP else "agreement_date"
        first = rows_by_id[a.fact_id]
        what = (f"the State Partnership pairing {key[2]}"
                if key[0] == STATE_PARTNERSHIP else f"{first['name']} ({first['parties']})")
        severity = "error"
        if a.doc_id == b.doc_id and not all(_vocabulary_regex("stated_event_words").search(str(
                rows_by_id[c.fact_id].get("sentence") or "")) for c in (a, b)):
            severity = "warning"
        yield make_finding(
            _scope(a, b, name), severity, [a.doc_id, b.doc_id], [a.fact_id, b.fact_id],
            f"{what[0].upper()}{what[1:]} begins in {a.shown} in {a.doc_id} but in {b.shown} "
            f"in {b.doc_id}.")


def money_identity(row: Mapping[str, Any]) -> tuple[str, ...] | None:
    """Program, countries, fiscal year, period and currency; None when any part is unknown."""
    parts = (row.get("program"), row.get("countries"), row.get("fiscal_year"))
    if any(_blank(p) for p in parts):
        return None
    return (str(row["program"]), str(row["countries"]), str(int(row["fiscal_year"])),
            str(row.get("period") or ""), str(row.get("currency") or ""))


def _component_row(row: Mapping[str, Any]) -> bool:
    """Is the amount a cell of a table row whose label names a component of the program, not
    a country, the program or a total ("| Strategic trade controls and training | $300,000 |"
    under an EXBS caption)? Such a line is part of the program's figure for the country, not
    the figure itself.

    >>> _component_row({"sentence": "| Strategic trade controls | $300,000 |", "program": "EXBS"})
    True
    >>> _component_row({"sentence": "Mobility and sustainment | $400,000", "program": "FMF"})
    True
    >>> _component_row({"sentence": "| Kyrgyz Republic | $1.2 million |", "program": "EXBS"})
    False
    >>> _component_row({"sentence": "| Total EXBS | $2.3 million |", "program": "EXBS"})
    False
    """
    sentence = str(row.get("sentence") or "").strip()
    if "|" not in sentence:
        return False
    label = sentence.removeprefix("|").split("|")[0].strip()  # "| Label |" or "Label |"
    if not label or _NOT_COMPONENT.search(label) or str(row.get("program") or "") in label:
        return False
    return lookup_country(label) is None and not any(
        lookup_country(word) for word in label.replace(",", " ").split())


def _component_of_its_figure(row: Mapping[str, Any], key: tuple[str, ...],
                             identity_of: Mapping[str, tuple[str, ...] | None]) -> bool:
    """Is the amount a part of a total of its own identity, a share of a larger figure given
    to a purpose (``link_claims.is_share_for_a_purpose``), or an addition to one ("a further
    $480,000": ``link_claims.is_increment``)?"""
    whole = row.get("part_of")
    if not _blank(whole):
        return identity_of.get(str(whole)) == key
    return (is_share_for_a_purpose(_after_mention(row)) or is_increment(_before_mention(row))
            or is_one_delivery(_after_mention(row)))


# a table row's label that is the whole, not a component ("Total", "Subtotal", "All programs")
_NOT_COMPONENT = re.compile(r"\b(?:total|subtotal|all|overall|fy|fiscal)\b", re.IGNORECASE)


def money_claims(rows: Iterable[Mapping[str, Any]]) -> Iterator[KeyedClaim]:
    """The amount each money fact with a complete identity allows; not a component of the
    program's figure for that country and year: a table line of one (``_component_row``), a
    part of a total with the same identity ("$38 million in FMF for Colombia, of which $10
    million will go to riverine units"), or a share of a larger figure given to a purpose
    ("$8-10 million of the FY 2024 FMF request will go to riverine units"), or an addition to
    one ("a further $480,000"). A document's rows come in one batch, so a part's total is
    among ``rows``."""
    rows = list(rows)
    identity_of = {row["fact_id"]: money_identity(row) for row in rows}
    for row in rows:
        key = identity_of[row["fact_id"]]
        if key is None or _component_row(row) or _component_of_its_figure(row, key,
                                                                            identity_of):
            continue
        lo, hi = amount_claim(row)
        yield key, Claim(lo, hi, f"{show_amount(row)} ({_quote(row)})", row["fact_id"],
                         row["doc_id"]), row


def check_money_claims(tables: Tables, documents: Sequence[Document]) -> Iterator[Finding]:
    groups: dict[Any, list[Claim]] = defaultdict(list)
    for key, claim, _ in money_claims(active_rows(tables, "money")):
        groups[key].append(claim)
    for key, a, b in _conflicts(groups):
        program, countries, fy = key[0], key[1], key[2]
        cross = a.doc_id != b.doc_id
        yield make_finding(
            _scope(a, b, "money"), "error" if cross else "warning", [a.doc_id, b.doc_id],
            [a.fact_id, b.fact_id],
            f"{program} for {countries} in FY{fy} is {a.shown} in {a.doc_id} but {b.shown} in "
            f"{b.doc_id}.")


def amount_claim(row: Mapping[str, Any]) -> tuple[float, float]:
    low = None if _blank(row["amount_low"]) else float(row["amount_low"])
    high = None if _blank(row["amount_high"]) else float(row["amount_high"])
    return amount_interval(low, high, row["qualifier"])


def check_part_exceeds_total(tables: Tables, documents: Sequence[Document]) -> Iterator[Finding]:
    """"$10 million, of which $12 million …": a part that must be larger than its whole."""
    rows = active_rows(tables, "money")
    by_id = {r["fact_id"]: r for r in rows}
    for part in rows:
        total = by_id.get(part.get("part_of") or "")
        if total is None:
            continue
        part_low, _ = amount_claim(part)
        _, total_high = amount_claim(total)
        if part_low > total_high:
            yield make_finding(
                "part_exceeds_total", "error", [part["doc_id"]],
                [part["fact_id"], total["fact_id"]],
                f"In {part['doc_id']}, {show_amount(part)} ({_quote(part)}) is said to be part "
                f"of {show_amount(total)} ({_quote(total)}), which is smaller.")


def first_event_claims(rows: Iterable[Mapping[str, Any]]) -> Iterator[KeyedClaim]:
    """When each first-time event (its key: actor and what it did) happened."""
    for row in rows:
        if _blank(row.get("event")) or _blank(row["start_date"]) or _blank(row["end_date"]):
            continue
        start, end = date.fromisoformat(row["start_date"]), date.fromisoformat(row["end_date"])
        yield row["event"], Claim(start, end, show_date(start, row["granularity"]),
                                  row["fact_id"], row["doc_id"]), row


def check_first_event_dates(tables: Tables, documents: Sequence[Document]) -> Iterator[Finding]:
    """The same first-time event (actor and what it did it with) dated differently."""
    groups: dict[Any, list[Claim]] = defaultdict(list)
    for key, claim, _ in first_event_claims(active_rows(tables, "date")):
        groups[key].append(claim)
    for key, a, b in _conflicts(groups):
        _, actor, what = str(key).split(":", 2)
        yield make_finding(
            _scope(a, b, "first_event_date"), "error", [a.doc_id, b.doc_id],
            [a.fact_id, b.fact_id],
            f"The first-time event {what} of {actor} is dated {a.shown} in {a.doc_id} but "
            f"{b.shown} in {b.doc_id}.")


Check = Callable[[Tables, Sequence[Document]], Iterable[Finding]]

CHECKS: tuple[Check, ...] = (
    check_range_order,
    check_interval_order,
    check_after_document_date,
    check_agreement_dates,
    check_money_claims,
    check_part_exceeds_total,
    check_first_event_dates,
)


def check_consistency(tables: Tables, documents: Sequence[Document]) -> list[Finding]:
    """Every finding of every check."""
    rows = {fact_type: active_rows(tables, fact_type) for fact_type in tables}
    return [finding for check in CHECKS for finding in check(rows, documents)]


# --- the checks over a stream of batches (pipeline/stream.py) ------------------------------

# The grouped checks: which table their claims come from, how, and the check that words them.
GROUPED_CHECKS: dict[str, tuple[str, Callable[[Iterable[Mapping[str, Any]]],
                                              Iterator[KeyedClaim]], Check]] = {
    "agreement_date": ("agreement", agreement_claims, check_agreement_dates),
    "money": ("money", money_claims, check_money_claims),
    "first_event": ("date", first_event_claims, check_first_event_dates),
}
# The checks that look at one row at a time, and the tables whose rows each looks at: the
# findings of a table's batches add up to the whole table's.
ROW_CHECKS: tuple[tuple[Check, tuple[str, ...]], ...] = (
    (check_range_order, ("money",)), (check_interval_order, ("date", "agreement")),
    (check_after_document_date, ("agreement",)))


class ClaimBounds:
    """The claims about one identity seen so far, summed up: how many, the claim with the
    largest lower bound and the one with the smallest upper bound (chosen as ``_conflicts``
    chooses them), and whether a bound was not comparable (NaN). Enough to tell whether they
    can all hold, and which two claims a finding names, in memory that does not grow with the
    claims."""

    __slots__ = ("bottom", "count", "top", "unsure")

    def __init__(self, claim: Claim) -> None:
        self.count = 1
        self.top = self.bottom = claim
        self.unsure = _not_comparable(claim.low) or _not_comparable(claim.high)

    def add(self, claim: Claim) -> None:
        self.count += 1
        if self.unsure or _not_comparable(claim.low) or _not_comparable(claim.high):
            self.unsure = True
            return
        try:
            if (claim.low, claim.fact_id) > (self.top.low, self.top.fact_id):
                self.top = claim
            if (claim.high, claim.fact_id) < (self.bottom.high, self.bottom.fact_id):
                self.bottom = claim
        except TypeError:
            self.unsure = True

    @property
    def conflicting(self) -> bool:
        """At least two claims, and not all can hold (or the bounds cannot tell)."""
        if self.count < 2:
            return False
        if self.unsure:
            return True
        try:
            return bool(self.top.low > self.bottom.high)
        except TypeError:
            return True

    @property
    def named(self) -> set[str] | None:
        """The fact ids of the claims a finding about these claims names; None when the
        bounds cannot tell (every claim is then needed)."""
        return None if self.unsure else {self.top.fact_id, self.bottom.fact_id}


def _not_comparable(value: Any) -> bool:
    return isinstance(value, float) and value != value


def add_claims(bounds: dict[Any, ClaimBounds], claims: Iterable[KeyedClaim]
               ) -> list[tuple[Any, str]]:
    """Add ``claims`` to ``bounds`` (by identity key); their (key, fact_id) pairs."""
    pairs = []
    for key, claim, _ in claims:
        known = bounds.get(key)
        if known is None:
            bounds[key] = ClaimBounds(claim)
        else:
            known.add(claim)
        pairs.append((key, claim.fact_id))
    return pairs


def row_local_findings(rows: Tables, documents: Sequence[Document]) -> list[Finding]:
    """The findings of the checks in ``ROW_CHECKS`` on ``rows`` (some of a table's rows)."""
    return [f for check, _ in ROW_CHECKS for f in check(rows, documents)]
