"""The shortcuts of agreement linking give what the plain definitions give.

Each fast path of ``pipeline.link_agreements`` and its modules (a cheap prescreen before a
costly regex, a bisection instead of a scan, a word set built once) is compared here with the
plain computation it stands for, on invented text assembled from the vocabulary's own words.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.agreement_dates import _joining_words, _word_set
from pipeline.agreement_lookups import DatesByStart
from pipeline.agreement_members import _member_list_core_regex
from pipeline.agreement_parties import _signing_subject_regex, signing_subject
from pipeline.agreements import vocabulary
from pipeline.facts import DateFact
from pipeline.values import DateValue

FILLER = ["the", "Ohio", "National", "Guard", "and", "Chile's", "Army", "In", "2024", ",",
          ";", "(", ")", "jointly", "have", "a", "memorandum", "partners", "members", ":",
          "are", "four", "its", "\u00a0", "Peru"]


def _words() -> st.SearchStrategy[str]:
    vocab = vocabulary()
    pool = [*FILLER, *vocab["signatory_verbs"], *vocab["member_list_nouns"],
            *vocab["member_list_openers"]]
    return st.lists(st.sampled_from(pool), max_size=14).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_words(), st.data())
def test_signing_subject_is_the_plain_search(text: str, data: st.DataObject) -> None:
    lo = data.draw(st.integers(0, len(text)))
    pos = data.draw(st.integers(lo, len(text)))
    m = _signing_subject_regex().search(text, lo, pos)
    plain = (m.start("who"), m.end("who")) if m else None
    assert signing_subject(text, lo, pos) == plain


def test_signing_subject_found_through_the_prescreen() -> None:
    text = "In 2024, the Ohio National Guard and Chile's Army signed a memorandum"
    found = signing_subject(text, 8, text.index("memorandum"))
    assert found is not None and text[found[0]:found[1]].strip() == (
        "the Ohio National Guard and Chile's Army")


@settings(max_examples=300, deadline=None)
@given(_words(), st.data())
def test_a_member_list_in_a_sentence_is_one_in_the_document(text: str,
                                                            data: st.DataObject) -> None:
    """``stated_members`` skips a document whose text holds no member list's core: sound
    only if a match within any bounds is also a match of the whole text."""
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    if _member_list_core_regex().search(text, lo, hi) is not None:
        assert _member_list_core_regex().search(text) is not None


def _date(start: int, length: int) -> DateFact:
    return DateFact(start=start, end=start + length, value=DateValue.year(2000 + start % 20))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12)), max_size=12),
       st.integers(0, 80), st.integers(0, 80))
def test_dates_by_start_are_the_scan_of_every_date(spans: list[tuple[int, int]], lo: int,
                                                   hi: int) -> None:
    dates = [_date(s, n) for s, n in spans]  # in no particular order, as the facts come
    plain = [d for d in dates if lo <= d.start and d.end <= hi]
    assert DatesByStart(dates).within(lo, hi) == plain


def test_word_sets_are_the_vocabulary_lists() -> None:
    vocab = vocabulary()
    for key in ("start_words", "non_start_words"):
        assert _word_set(key) == set(vocab[key])
    assert _joining_words() == {w for w in vocab["join_words"] if w.startswith("join")}
