"""The shortcuts the agreement linker takes for speed must not change what it finds: a cheap
regex that screens sentences for member lists, mentions found by bisection, answers remembered
while one document is linked (and forgotten after it), remembered lists handed out as copies."""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.agreement_lookups import capitals_in, located, starting_in
from pipeline.agreement_members import _member_list_core_regex, _member_list_regex
from pipeline.agreements import find_guards, stated_status
from pipeline.country_groups import group_mentions
from pipeline.facts import AgreementFact, CountryFact, Fact
from pipeline.link_agreements import link_agreements

# Words a member list is made of, and others around them, in any case.
_WORDS = ["its", "Their", "five", "4", "partner", "Nations", "members", "Participants", "are",
          "include", "comprise", "consist", "of", ":", "-", "the", "Fiji", "Samoa", "and", ",",
          "Pacific", "signatories", "member-states", "programme", "\u00a0"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=14),
       st.lists(st.sampled_from([" ", "", "\u00a0", "  "]), min_size=14, max_size=14),
       st.integers(0, 40), st.integers(0, 120))
def test_a_member_list_holds_the_screening_regex(words: list[str], gaps: list[str], lo: int,
                                                 width: int) -> None:
    """Wherever the member-list regex matches a span of a text, the screening regex matches
    the same span: a sentence the screen passes over holds no member list."""
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    hi = min(len(text), lo + width)
    full = _member_list_regex().search(text, lo, hi)
    core = _member_list_core_regex().search(text, lo, hi)
    assert full is None or (core is not None and full.start() <= core.start() < full.end())


def test_the_screening_regex_finds_a_member_list() -> None:
    text = "The initiative brings together four partners: Fiji, Samoa, Tonga, and Tuvalu."
    assert _member_list_regex().search(text) is not None
    assert _member_list_core_regex().search(text) is not None
    assert _member_list_core_regex().search("Fiji is a partner of the initiative.") is None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(1, 5), max_size=30), st.integers(-5, 160), st.integers(-5, 160))
def test_mentions_in_a_span_are_found_by_bisection(lengths: list[int], lo: int, hi: int
                                                   ) -> None:
    """``starting_in`` finds exactly the mentions a scan finds, in text order."""
    mentions, cursor = [], 0
    for n in lengths:
        mentions.append(CountryFact(cursor, cursor + n, "FJI", "Fiji"))
        cursor += n + 1
    assert list(starting_in(mentions, lo, hi)) == [c for c in mentions if lo <= c.start < hi]


TEXT = ("Tonga hosted the talks. Fiji and Samoa signed a maritime agreement in 2019, and "
        "operations in Tonga followed. Washington welcomed the accord, as did Vanuatu and "
        "Palau. Kiribati and Nauru signed a fisheries agreement in 2020.")
SENTENCES = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", TEXT)]
STATES = {"Tonga": "TON", "Fiji": "FJI", "Samoa": "WSM", "Vanuatu": "VUT", "Palau": "PLW",
          "Kiribati": "KIR", "Nauru": "NRU"}


def _facts(text: str) -> list[Fact]:
    facts: list[Fact] = [CountryFact(m.start(), m.end(), iso3, name)
                         for name, iso3 in STATES.items() for m in re.finditer(name, text)]
    for written in ("maritime agreement", "fisheries agreement"):
        start = text.index(written)
        facts.append(AgreementFact(start, start + len(written), written, "agreement"))
    return facts


def test_mentions_may_come_in_any_order() -> None:
    """The linker puts the mentions in text order itself: shuffled facts link the same."""
    facts = _facts(TEXT)
    expected = [f for f in link_agreements(TEXT, facts, SENTENCES)
                if isinstance(f, AgreementFact)]
    assert [f.parties for f in expected] == [("FJI", "WSM"), ("KIR", "NRU")]
    for seed in range(5):
        shuffled = list(facts)
        random.Random(seed).shuffle(shuffled)
        out = link_agreements(TEXT, shuffled, SENTENCES)
        assert sorted((f for f in out if isinstance(f, AgreementFact)),
                      key=lambda f: f.start) == expected


def test_no_document_text_outlives_its_linking() -> None:
    """What the linker remembers while it reads a document (keyed by the document's text) is
    forgotten when it is done."""
    link_agreements(TEXT, _facts(TEXT), SENTENCES)
    assert located.cache_info().currsize == 0
    assert capitals_in.cache_info().currsize == 0


def test_remembered_answers_are_handed_out_as_copies() -> None:
    """A caller that changes a list it was given cannot change the next caller's answer."""
    clause = "the Ohio National Guard and the Baltic states"
    for lookup in (find_guards, group_mentions):
        first = lookup(clause)
        assert first
        first.clear()
        assert lookup(clause)


def test_a_remembered_status_depends_on_what_is_skipped() -> None:
    clause = "The ACSA was signed and later expired."
    assert stated_status(clause) == "ended"
    assert stated_status(clause, skip=["ended"]) == "signed"
    assert stated_status(clause, skip=("ended",)) == "signed"


def test_capitals_as_a_trie_find_what_the_plain_alternation_finds() -> None:
    """The capitals' regex is a trie (``pipeline.trie_regex``); the plain alternation of the
    names, longest first, between the same word boundaries is the reference."""
    from pipeline.agreements import CAPITALS_PATH, _place_regex, capital_mentions

    _, capitals = _place_regex(CAPITALS_PATH)
    names = sorted(capitals, key=len, reverse=True)
    plain = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")
    rng = random.Random(7)
    pieces = [*names, "-", " ", "x", "Washingtonian", "New", "San", "'s", ",", "\n"]
    for _ in range(300):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "-"]) for _ in range(12))
        want = [(m.start(), m.end(), capitals[m.group(0)]) for m in plain.finditer(text)]
        assert capital_mentions(text) == want, text
