"""The spaCy pipeline: ``spacy.blank("en")``, sentence boundaries, and one component per fact type.

``extract_text(text)`` is the pure core of the whole project: text in, facts out.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache
from typing import Any, cast

import numpy as np
import spacy
from spacy.attrs import ORTH, SENT_START
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_suffix_regex
from thinc.types import Ints2d

from pipeline.components import doc_text, facts_of, token_bounds
from pipeline.components.regions import distinct_strings
from pipeline.facts import ExtractedDocument, Fact
from pipeline.link import link_facts
from pipeline.money import money_words
from pipeline.textview import matching_view

# Split digit-dash-digit ("3-5", "1996-2002"), "U.S.-Georgia", "U.S./Kazakhstan", "U.S.—China"
# and "mid-2019" so that every
# range and compound is a sequence of tokens the patterns can see.
EXTRA_INFIXES = (
    r"(?<=[0-9])-(?=[0-9])",
    r"(?<=\.)[-/\u2014](?=[A-Za-z])",
    r"(?<=[A-Za-z])-(?=[0-9])",
    # a dash between a word and a currency sign, and the sign: "for ten years—$600 million"
    # (the matching view writes every dash as "-")
    r"(?<=[A-Za-z])[-\u2013\u2014](?=[$\u20ac\u00a3\u00a5\u20a9\u20b9][0-9])",
    r"(?<=[A-Za-z][-\u2013\u2014])[$\u20ac\u00a3\u00a5\u20a9\u20b9](?=[0-9])",
    r"(?<=[A-Za-z0-9])\)(?=-)",  # "Congo (Brazzaville)-led": the bracket and the hyphen apart
    r"(?<=\))-(?=[A-Za-z0-9])",
    # a footnote's number in brackets right after a word or a stop: "since 2002.[3]"
    r"(?<=[A-Za-z0-9)%])[.,;:](?=\[[0-9])",
    r"(?<=[A-Za-z0-9])\)(?=[.,;:]?\[[0-9])",
    r"(?<=[A-Za-z0-9)%.,;:])\[(?=[0-9])",
)

# A hyphen left hanging after a word ("$5 million-", "pre- and post-war") is a token of its
# own, so "$5 million-" is read as five million, never as five dollars.
# "-" after a word; the full stop after a mixed-case acronym ("joined PfP.", "the DoD."),
# which spaCy's English rules keep on it as on an abbreviation's, or after an amount's scale
# letters ("worth $2.3B.": the sentence's end, not part of the amount)
EXTRA_SUFFIXES = (r"(?<=[A-Za-z])-$", r"(?<=[a-z][A-Z])\.$",
                  r"(?<=[0-9][A-Za-z])\.$", r"(?<=[0-9][A-Za-z]{2})\.$",  # "worth $2.3B."
                  r"(?<=[a-z])\+$")  # "$1.1 billion+": the scale word, then "+"

# Abbreviations of this genre that spaCy's English exceptions lack: one token each, so the
# sentencizer does not end a sentence at their period ("approx. $12 million", "est. $5 million").
EXTRA_ABBREVIATIONS = ("approx.", "Approx.", "est.", "Est.", "appx.", "Appx.", "ca.")

FACT_COMPONENTS = ("country_facts", "date_facts", "money_facts", "agreement_facts")


class OrthSentencizer(Sentencizer):
    """spaCy's ``Sentencizer``, its sentence starts computed from the token strings' flags
    instead of a Token object per token: a sentence starts at the first token and at the first
    token after a ``punct_chars`` token that is neither punctuation nor one of them (the same
    starts as ``Sentencizer.predict``; ``set_annotations`` is spaCy's own)."""

    def __init__(self, name: str = "sentencizer") -> None:
        super().__init__(name)
        self._kind: dict[int, int] = {}  # orth -> 1 in punct_chars, 2 other punctuation, 0

    def _kinds(self, doc: Doc, orths: list[int]) -> list[int]:
        kinds = []
        for orth in orths:
            kind = self._kind.get(orth)
            if kind is None:
                lexeme = doc.vocab[orth]
                kind = self._kind[orth] = (1 if lexeme.orth_ in self.punct_chars
                                           else 2 if lexeme.is_punct else 0)
            kinds.append(kind)
        return kinds

    def predict(self, docs: Any) -> list[list[bool]]:
        guesses = []
        for doc in docs:
            uniq, inverse = distinct_strings(doc)
            kinds = np.array(self._kinds(doc, uniq.tolist()), dtype=np.int8)[inverse]
            doc_guesses = np.zeros(len(doc), dtype=bool)
            if len(doc):
                doc_guesses[0] = True
                words = np.flatnonzero(kinds == 0)  # neither punctuation nor a sentence end
                ends = np.flatnonzero(kinds == 1)
                after = np.searchsorted(words, ends, side="right")
                doc_guesses[words[after[after < len(words)]]] = True
            guesses.append(doc_guesses.tolist())
        return guesses


@Language.factory("orth_sentencizer")
def make_orth_sentencizer(nlp: Language, name: str) -> OrthSentencizer:
    return OrthSentencizer(name)


@Language.component("line_break_sentences")
def line_break_sentences(doc: Doc) -> Doc:
    """A line break ends a sentence: headings and bullet items have no final period."""
    strings = doc.vocab.strings
    uniq, inverse = distinct_strings(doc)  # no Token objects: only the line breaks are visited
    breaks = np.array([_is_line_break(orth, strings) for orth in uniq.tolist()], dtype=bool)
    after = np.flatnonzero(breaks[inverse][:-1]) + 1
    if len(after):  # is_sent_start = True on each, without a Token (and its checks) per break
        starts = np.asarray(doc.to_array([SENT_START]))
        starts[after] = 1
        doc.from_array([SENT_START], cast(Ints2d, starts))
    return doc


_LINE_BREAK: dict[int, bool] = {}


def _is_line_break(orth: int, strings: Any) -> bool:
    """Is the token string ``orth`` white space holding a line break? (cached per string)"""
    known = _LINE_BREAK.get(orth)
    if known is None:
        text: str = strings[orth]
        known = _LINE_BREAK[orth] = text.isspace() and "\n" in text
    return known


TOKENIZER = "factcheck.tokenizer.v1"


@spacy.registry.tokenizers(TOKENIZER)
def make_tokenizer_factory() -> Any:
    """spaCy's English tokenizer with this project's extra infixes, suffixes and abbreviations,
    made in one go: setting a rule on a made tokenizer reloads its 1,300 special cases."""

    def make_tokenizer(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        rules = dict(defaults.tokenizer_exceptions or {})
        rules.update({abbreviation: [{ORTH: abbreviation}]
                      for abbreviation in EXTRA_ABBREVIATIONS})
        prefixes = spacy.util.compile_prefix_regex([*_dollar_signs(), *(defaults.prefixes or ())])
        url_match = defaults.url_match
        token_match = defaults.token_match
        return Tokenizer(
            nlp.vocab, rules=rules, prefix_search=prefixes.search,
            suffix_search=compile_suffix_regex(
                [*(defaults.suffixes or ()), *EXTRA_SUFFIXES]).search,
            infix_finditer=compile_infix_regex(
                [*(defaults.infixes or ()), *EXTRA_INFIXES]).finditer,
            token_match=token_match, url_match=url_match)

    return make_tokenizer


def _dollar_signs() -> list[str]:
    """The data's dollar signs of other currencies written as one word ("NZ$", "HK$", "S$":
    ``currency_prefixes``), as tokenizer prefixes: "NZ$2.3 billion" splits into sign and
    number, as "A$5 million" does with spaCy's own prefixes. Signs of letters
    (``glued_letter_prefixes``: "RM1.2 billion") split only before a digit ("RMB" stays)."""
    words = money_words()
    return [*(re.escape(sign.upper()) for sign in words["currency_prefixes"]
              if len(sign) > 1 and sign.endswith("$") and " " not in sign),
            # letter signs written against the number ("RM1.2 billion"), before a digit only
            *(re.escape(sign) + r"(?=[0-9])" for sign in words["glued_letter_prefixes"])]


def blank_pipeline() -> Language:
    """``spacy.blank("en")`` with this project's tokenizer rules and sentence boundaries only.

    Components' tests add their own component to this: ``blank_pipeline().add_pipe("money_facts")``.
    """
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    nlp.max_length = 2_000_000
    nlp.add_pipe("orth_sentencizer", name="sentencizer")  # spaCy's sentencizer, faster
    nlp.add_pipe("line_break_sentences")
    return nlp


@cache
def build_nlp() -> Language:
    """The full pipeline: ``blank_pipeline()`` plus every fact component, in order."""
    import pipeline.components.agreements
    import pipeline.components.countries
    import pipeline.components.dates
    import pipeline.components.money  # noqa: F401  (registers the factories)

    nlp = blank_pipeline()
    for name in FACT_COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def sentences_of(doc: Doc) -> tuple[tuple[int, int], ...]:
    """Sentence (start, end) offsets, trimmed of surrounding white space."""
    out = []
    text = doc_text(doc)
    if not len(doc):
        return ()
    # doc.sents without a Token or Span per token: a sentence starts at token 0 and wherever
    # SENT_START is 1; it runs from its first token's offset to its last token's end.
    idx, ends = token_bounds(doc)
    firsts = [0, *(np.flatnonzero(doc.to_array(SENT_START)[1:] == 1) + 1).tolist()]
    lasts = [i - 1 for i in firsts[1:]] + [len(doc) - 1]
    for first, last in zip(firsts, lasts, strict=True):
        start, end = idx[first], ends[last]
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((start, end))
    return tuple(out)


def _sort_key(fact: Fact) -> tuple[int, int, str]:
    return (fact.start, fact.end, fact.TYPE)


def document_from_doc(doc: Doc, doc_date: date | None = None) -> ExtractedDocument:
    sentences = sentences_of(doc)
    facts = link_facts(doc_text(doc), facts_of(doc), sentences, doc_date)
    return ExtractedDocument(tuple(sorted(facts, key=_sort_key)), sentences)


# Longer texts are extracted in pieces: spaCy's memory per Doc grows with its length, and
# nlp.max_length refuses very long texts. Pieces end at a paragraph break where possible.
CHUNK_CHARS = 100_000
CHUNK_MARGIN = 2_000  # characters read on either side of a piece: a sentence's worth and more
_BREAKS = ("\n\n", "\n", ". ", " ")


def chunk_bounds(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    r"""(start, end) pieces of ``text`` no longer than ``limit``, cut at the latest paragraph
    break, else line break, else sentence end, else space in each window.

    >>> chunk_bounds("aaa bbb.\n\nccc ddd", limit=12)
    [(0, 10), (10, 17)]
    >>> chunk_bounds("x" * 5, limit=2)
    [(0, 2), (2, 4), (4, 5)]
    """
    bounds = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = -1
        for mark in _BREAKS:
            at = window.rfind(mark)
            if at > 0:
                cut = at + len(mark)
                break
        end = start + (cut if cut > 0 else limit)
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def _shifted(fact: Fact, offset: int) -> Fact:
    return replace(fact, start=fact.start + offset, end=fact.end + offset)


def read(view: str) -> Doc:
    """The full pipeline over ``view``, its text kept so components need not rebuild it."""
    nlp = build_nlp()
    doc = nlp.make_doc(view)
    doc.user_data["text"] = view
    return nlp(doc)


def extract_text(text: str, doc_date: date | None = None) -> ExtractedDocument:
    """Every fact in ``text``; offsets index ``text`` itself. ``doc_date`` (the document's own
    date, when known) resolves "present", "over the past five years" and the like."""
    view = matching_view(text)
    if len(view) <= CHUNK_CHARS:
        return document_from_doc(read(view), doc_date)
    facts: list[Fact] = []
    sentences: list[tuple[int, int]] = []
    for start, end in chunk_bounds(view):
        # Each piece is read with a margin either side, so a fact or the words around it are
        # never cut ("$5" | "million", "approx." | "$5 million"); a piece keeps the facts and
        # sentences that start inside it, so each is kept once.
        lo, hi = margin_bounds(view, start, end)
        part = document_from_doc(read(view[lo:hi]), doc_date)
        facts.extend(_shifted(f, lo) for f in part.facts if start <= f.start + lo < end)
        sentences.extend((s + lo, e + lo) for s, e in part.sentences if start <= s + lo < end)
    return ExtractedDocument(tuple(sorted(facts, key=_sort_key)), tuple(sentences))


def margin_bounds(text: str, start: int, end: int, margin: int = CHUNK_MARGIN
                  ) -> tuple[int, int]:
    """``start``/``end`` widened by about ``margin`` characters, to the nearest white space.

    >>> margin_bounds("aaa bbb ccc ddd", 4, 8, margin=2)
    (0, 11)
    """
    lo = max(0, start - margin)
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    hi = min(len(text), end + margin)
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    return lo, hi

