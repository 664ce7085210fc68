"""spaCy components, one per fact type, each registered with ``@Language.factory``.

Convention (after spaCy's ``span_ruler.py``): ``__call__`` is ``matches = self.match(doc)``
then ``self.set_annotations(doc, matches)``; matching and normalizing are pure functions in the
fact type's own module (``pipeline/money.py`` …); patterns are JSONL under ``pipeline/patterns``.
A component appends its facts (``pipeline.facts``) to ``doc._.facts``; offsets index
``doc.text``, which is the matching view and as long as the original.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from pipeline.facts import Fact

if not Doc.has_extension("facts"):
    Doc.set_extension("facts", default=None)


def facts_of(doc: Doc) -> list[Fact]:
    """The facts found so far in ``doc`` (a fresh list on a new doc)."""
    if doc._.facts is None:
        doc._.facts = []
    facts: list[Fact] = doc._.facts
    return facts


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc and kept in ``doc.user_data`` (spaCy joins every
    token's text again on each access of ``doc.text``)."""
    text = doc.user_data.get("text")
    if not isinstance(text, str):
        text = doc.user_data["text"] = doc.text
    return text


def add_facts(doc: Doc, facts: Iterable[Fact]) -> None:
    facts_of(doc).extend(facts)
