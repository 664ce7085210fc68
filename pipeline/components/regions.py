"""The distinct token strings of a Doc, once per Doc: the sentence components and
``TokenPatternMatcher`` decide what a token is from its string alone, so they judge each
distinct string once. (The module once also held ``MatchRegions``, which ran a spaCy
``Matcher`` only where its patterns could match; ``TokenPatternMatcher`` over the whole document
is faster and replaced it.)"""

from __future__ import annotations

import numpy as np
from spacy.attrs import ORTH
from spacy.tokens import Doc


def distinct_strings(doc: Doc) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique`` of the doc's token strings with the inverse, computed once per Doc (the
    sentence components and ``TokenPatternMatcher`` use it) and kept in
    ``doc.user_data``."""
    found = doc.user_data.get("regions.distinct_strings")
    if found is None or found[0] != len(doc):
        uniq, inverse = np.unique(doc.to_array(ORTH), return_inverse=True)
        found = doc.user_data["regions.distinct_strings"] = (len(doc), uniq, inverse)
    return found[1], found[2]
