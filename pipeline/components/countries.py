"""The ``country_facts`` component: a CountryFact for every country name, alias and demonym.

One spaCy ``PhraseMatcher`` on ORTH (case-sensitive: "US" but not "us", "Turkey" but not
"turkey") holds every written variant of every form in the gazetteer (``pipeline/countries.py``)
under its iso3, and every blocking phrase of ``not_countries.tsv`` under ``NOT_COUNTRY``.
``select_mentions`` keeps the longest match (a blocker that wins yields nothing). A name that is
also a U.S. state's or territory's, in a coordination of Guards ("the Georgia and Hawaii
National Guards"), is the state (``_in_a_guards_name``).
Patterns are tokenized by the pipeline's own tokenizer, so "Kazakh-Uzbek-Kyrgyz" gives three
mentions, "U.S.-Georgia" two and "Tajikistan's" gives "Tajikistan".

This component runs first (``pipeline.nlp.FACT_COMPONENTS``); later ones read its facts from
``doc._.facts``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from pipeline.agreements import find_guards
from pipeline.components import add_facts, doc_text, token_bounds
from pipeline.countries import Candidate, canonical_name, gazetteer, select_mentions
from pipeline.facts import CountryFact


class CountryFacts:
    def __init__(self, nlp: Language, name: str = "country_facts") -> None:
        self.name = name
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        by_label: dict[str, list[str]] = {}
        for label, text in gazetteer().patterns():
            by_label.setdefault(label, []).append(text)
        for label, texts in sorted(by_label.items()):
            self.matcher.add(label, [nlp.make_doc(text) for text in texts])

    def __call__(self, doc: Doc) -> Doc:
        matches = self.match(doc)
        self.set_annotations(doc, matches)
        return doc

    def match(self, doc: Doc) -> list[Candidate]:
        strings = doc.vocab.strings
        found = [(start, end, strings[key]) for key, start, end in self.matcher(doc)]
        chosen = select_mentions(found)
        text = doc_text(doc)
        if "National Guards" not in text:
            return chosen
        guards = find_guards(text)
        return [c for c in chosen if not _in_a_guards_name(doc, c[0], c[1], guards)]

    def set_annotations(self, doc: Doc, matches: list[Candidate]) -> None:
        starts, ends = token_bounds(doc)
        add_facts(doc, [CountryFact(starts[start], ends[end - 1], iso3, canonical_name(iso3))
                        for start, end, iso3 in matches])


def _in_a_guards_name(doc: Doc, start: int, end: int, guards: list[tuple[int, int, str]]
                     ) -> bool:
    """Is the mention ``doc[start:end]`` part of a U.S. state's Guard named in a coordination
    ("the Georgia and Hawaii National Guards": ``find_guards``)?

    >>> import spacy
    >>> doc = spacy.blank("en")("The Georgia and Hawaii National Guards trained.")
    >>> _in_a_guards_name(doc, 1, 2, find_guards(doc.text))
    True
    >>> doc = spacy.blank("en")("Georgia and Armenia hosted the Guards.")
    >>> _in_a_guards_name(doc, 0, 1, find_guards(doc.text))
    False
    """
    lo, hi = doc[start:end].start_char, doc[start:end].end_char
    return any(a <= lo and hi <= b for a, b, _ in guards)


@Language.factory("country_facts")
def make_country_facts(nlp: Language, name: str) -> CountryFacts:
    return CountryFacts(nlp, name)
