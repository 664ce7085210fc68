"""Round 26 of date rules, from the twelfth session's blind sets (heldout65, a set of audit
reports; heldout66, multilateral statements): a month named from the document's year ("this
July"), a report's number ("DODIG-2022-118") that holds a year but dates nothing. Invented
sentences only."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import extract_text
from pipeline.facts import DateFact


def _dates(text: str, doc_date: date | None
           ) -> list[tuple[str, str, date | None, date | None, str]]:
    return [(text[f.start:f.end], f.value.kind, f.value.start, f.value.end, f.value.granularity)
            for f in extract_text(text, doc_date).facts if isinstance(f, DateFact)]


@pytest.mark.parametrize(("sentence", "doc_date", "expected"), [
    # "this July": that month of the document's year, before or after its date
    ("Belarus is expected to join at the summit in Astana this July.", date(2024, 4, 17),
     [("this July", "date", date(2024, 7, 1), date(2024, 7, 31), "month")]),
    ("The ministers met in Lima this March.", date(2024, 5, 2),
     [("this March", "date", date(2024, 3, 1), date(2024, 3, 31), "month")]),
    # "last" and "next" keep their direction
    ("The ministers met in Lima last March.", date(2024, 5, 2),
     [("last March", "date", date(2024, 3, 1), date(2024, 3, 31), "month")]),
    # no document date, no year: nothing to resolve it to
    ("The ministers will meet in Lima this July.", None, []),
])
def test_a_month_named_from_the_documents_year(sentence: str, doc_date: date | None,
                                               expected: list[tuple[object, ...]]) -> None:
    assert _dates(sentence, doc_date) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Evaluation of Border Security Assistance (DODIG-2022-118).", []),
    ("See report AUD-MERO-2020-12 of the Inspector General.", []),
    # a fiscal year written with a hyphen is a fiscal year; a range is a range
    ("Funding rose in FY-2021.", [("FY-2021", "fiscal_year", date(2020, 10, 1),
                                   date(2021, 9, 30), "fiscal_year")]),
    ("The 2019-2021 plan expired.", [("2019-2021", "interval", date(2019, 1, 1),
                                      date(2021, 12, 31), "year")]),
])
def test_a_reports_number_dates_nothing(sentence: str, expected: list[tuple[object, ...]]
                                        ) -> None:
    assert _dates(sentence, None) == expected


@pytest.mark.parametrize(("sentence", "doc_date", "expected"), [
    # "since August" in a dated document: from the latest August up to the document's date
    ("Planners have met regularly since August.", date(2023, 10, 12),
     [("since August", "since", date(2023, 8, 1), date(2023, 10, 12), "month")]),
    ("Since November, the border has been calm.", date(2024, 3, 5),
     [("Since November", "since", date(2023, 11, 1), date(2024, 3, 5), "month")]),
    # undated: no year to give it
    ("Planners have met regularly since August.", None, []),
])
def test_since_a_month_without_its_year(sentence: str, doc_date: date | None,
                                        expected: list[tuple[object, ...]]) -> None:
    assert _dates(sentence, doc_date) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # an extension's date, then until when: two facts, not a range
    ("The Letter of Agreement was extended in December 2022 through 2027.",
     [("December 2022", "date", date(2022, 12, 1), date(2022, 12, 31), "month"),
      ("through 2027", "until", None, date(2027, 12, 31), "year")]),
    ("Moscow and Lima extended it in 2012 until 2042.",
     [("2012", "date", date(2012, 1, 1), date(2012, 12, 31), "year"),
      ("until 2042", "until", None, date(2042, 12, 31), "year")]),
    # a span of fiscal years stays one
    ("Peru received $4 million in fiscal years 2016 through 2020.",
     [("fiscal years 2016 through 2020", "interval", date(2015, 10, 1), date(2020, 9, 30),
       "fiscal_year")]),
])
def test_an_extension_in_one_year_through_another(sentence: str,
                                                  expected: list[tuple[object, ...]]) -> None:
    assert _dates(sentence, None) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The two-week exercise runs until August 9.",
     ("until August 9", "until", None, date(2024, 8, 9), "day")),
    ("The contingent completed its withdrawal by January 19.",
     ("by January 19", "until", None, date(2024, 1, 19), "day")),
    ("The exercise began on August 1.",
     ("August 1", "date", date(2024, 8, 1), date(2024, 8, 1), "day")),
])
def test_a_day_without_its_year_after_until(sentence: str, expected: tuple[object, ...]
                                            ) -> None:
    assert expected in _dates(sentence, date(2024, 7, 30))
