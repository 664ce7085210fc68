"""spaCy components, one per fact type, each registered with ``@Language.factory``.

Convention (after spaCy's ``span_ruler.py``): ``__call__`` is ``matches = self.match(doc)``
then ``self.set_annotations(doc, matches)``; matching and normalizing are pure functions in the
fact type's own module (``pipeline/money.py`` …); patterns are JSONL under ``pipeline/patterns``.
A component appends its facts (``pipeline.facts``) to ``doc._.facts``; offsets index
``doc.text``, which is the matching view and as long as the original.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc, Token

from pipeline.components.regions import distinct_strings
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


def token_texts(doc: Doc) -> list[str]:
    """Every token's text, looked up once per Doc and kept in ``doc.user_data`` (``doc[i].text``
    makes a Token object on each access); each distinct string is looked up once."""
    found = doc.user_data.get("token_texts")
    if found is None or len(found) != len(doc):
        strings = doc.vocab.strings
        uniq, inverse = distinct_strings(doc)
        distinct = np.array([strings[o] for o in uniq.tolist()], dtype=object)
        found = doc.user_data["token_texts"] = distinct[inverse].tolist()
    texts: list[str] = found
    return texts


def token_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """(start, end) character offsets of every token, as ``doc[i:j].start_char`` is
    ``starts[i]`` and ``.end_char`` is ``ends[j - 1]``; computed once per Doc."""
    found = doc.user_data.get("token_bounds")
    if found is None or len(found[0]) != len(doc):
        starts, lengths = doc.to_array([IDX, LENGTH]).reshape(len(doc), 2).T
        found = doc.user_data["token_bounds"] = (starts.tolist(), (starts + lengths).tolist())
    bounds: tuple[list[int], list[int]] = found
    return bounds


def set_token_values(doc: Doc, name: str, values: Mapping[int, Any]) -> None:
    """``doc[i]._.<name> = value`` for each token offset ``i`` and ``value`` of ``values``,
    without a Token object per token: written where spaCy's ``Underscore`` keeps a token's
    plain custom attribute, ``doc.user_data[("._.", name, token.idx, None)]``."""
    extension = Token.get_extension(name)  # (default, method, getter, setter)
    if extension is None or tuple(extension[1:]) != (None, None, None):
        raise ValueError(f"{name!r} is no plain custom attribute of a Token")
    if not values:
        return
    starts, _ = token_bounds(doc)
    user_data: dict[Any, Any] = doc.user_data  # keyed by tuples too, whatever spaCy's hint
    for i, value in values.items():
        user_data[("._.", name, starts[i], None)] = value
