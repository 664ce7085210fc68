"""The shortcuts of report.html's markup give what the general definitions give.

Marks one after another (the common case: nothing nested, nothing empty) are written by
``_consecutive_marked_up``; any marks by ``_nested_marked_up``, from boundary events. Whether a
text holds a character to escape is asked of whole documents by scanning for each character
(``_holds_any``), where the escapers ask their regular expressions.
"""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from pipeline.report import (
    _ATTR_CHARS,
    _ATTR_SPECIAL,
    _TEXT_CHARS,
    _TEXT_SPECIAL,
    Mark,
    _consecutive_marked_up,
    _esc,
    _holds_any,
    _nested_marked_up,
    _open_tag,
    mark_up,
)

TEXTS = st.text(st.sampled_from(list("ab <>&\"'\r\n\x00é–“")), max_size=40)


@st.composite
def consecutive_marks(draw: st.DrawFn) -> tuple[str, list[Mark]]:
    """A text and marks one after another over it (each ends at or before the next starts),
    none empty."""
    text = draw(TEXTS)
    cuts = sorted(draw(st.sets(st.integers(0, len(text)), max_size=12)))
    marks = []
    for n, (start, end) in enumerate(pairwise(cuts)):
        if draw(st.booleans()):
            marks.append(Mark(start, end, f"d:{n}", draw(st.sampled_from(["money", "country"])),
                              title=draw(TEXTS)))
    return text, marks


@st.composite
def any_marks(draw: st.DrawFn) -> tuple[str, list[Mark]]:
    text = draw(TEXTS)
    marks = []
    for n in range(draw(st.integers(0, 8))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        marks.append(Mark(start, end, f"d:{n}", draw(st.sampled_from(["date", "agreement"]))))
    return text, marks


def nested(text: str, marks: list[Mark]) -> str:
    """The general definition: every mark from boundary events."""
    return _nested_marked_up(text, [m.start for m in marks], [m.end for m in marks],
                             [m.fact_type for m in marks], [m.fact_id for m in marks],
                             [_open_tag(m, first=True) for m in marks],
                             lambda i: _open_tag(marks[i], first=False), _esc)


@given(consecutive_marks())
def test_consecutive_marks_are_marked_up_as_from_boundary_events(
        case: tuple[str, list[Mark]]) -> None:
    text, marks = case
    first_tags = [_open_tag(m, first=True) for m in marks]
    made = _consecutive_marked_up(text, [m.start for m in marks], [m.end for m in marks],
                                  first_tags, _esc)
    assert made == nested(text, marks) == mark_up(text, marks)


@given(any_marks())
def test_any_marks_are_marked_up_as_from_boundary_events(case: tuple[str, list[Mark]]) -> None:
    text, marks = case
    assert mark_up(text, marks) == nested(text, marks)


@given(TEXTS)
def test_a_text_holds_a_character_to_escape_as_the_escapers_find_it(text: str) -> None:
    assert _holds_any(text, _ATTR_CHARS) == bool(_ATTR_SPECIAL.search(text))
    assert _holds_any(text, _TEXT_CHARS) == bool(_TEXT_SPECIAL.search(text))


def test_marks_out_of_order_or_empty_take_the_general_path() -> None:
    text = "the U.S.-Georgia Charter"
    out_of_order = [Mark(9, 16, "b", "country"), Mark(4, 8, "a", "country")]
    empty = [Mark(4, 4, "e", "date"), Mark(4, 8, "a", "country")]
    for marks in (out_of_order, empty):
        assert mark_up(text, marks) == nested(text, marks)
