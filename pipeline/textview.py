"""The matching view of a text: the same length, with look-alike characters made plain.

Documents carry no-break spaces (U+00A0), narrow no-break spaces (U+202F), en dashes and
minus signs, and smart quotes. The extractors match on a view where each of these is replaced
by one plain ASCII character, so every offset into the view is an offset into the original and
``document[start:end]`` stays exact. The substitution table is data: ``data/char_map.json``.

>>> view = matching_view("$3\u20135\u00a0million in FY\u202f2021")
>>> view
'$3-5 million in FY 2021'
>>> len(view) == len("$3\u20135\u00a0million in FY\u202f2021")
True
>>> matching_view("a\\r\\nb\\rc")
'a \\nb\\nc'
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

CHAR_MAP_PATH = Path(__file__).parent / "data" / "char_map.json"


@cache
def _translation_table() -> dict[int, str]:
    spec = json.loads(CHAR_MAP_PATH.read_text(encoding="utf-8"))
    table: dict[int, str] = {}
    for name, group in spec.items():
        if name.startswith("_"):
            continue
        for char in group["chars"]:
            table[ord(char)] = group["to"]
    return table


@cache
def _look_alikes() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern matching any one character of the table, and the table by character."""
    table = _translation_table()
    chars = "".join(sorted(chr(code) for code in table))
    if not chars:
        return re.compile(r"(?!)"), {}
    return re.compile("[" + re.escape(chars) + "]"), {chr(k): v for k, v in table.items()}


# Above this share of look-alike characters one ``str.translate`` pass is faster than
# replacing each where it stands (which skips the plain stretches at C speed).
DENSE_SHARE = 0.02


def matching_view(text: str) -> str:
    """Return ``text`` with look-alike characters replaced one for one."""
    pattern, by_char = _look_alikes()
    found = len(pattern.findall(text))
    if not found:
        view = text
    elif found > DENSE_SHARE * len(text):
        view = text.translate(_translation_table())
    else:
        view = pattern.sub(lambda m: by_char[m.group()], text)
    if "\r" in view:
        # CRLF: the CR becomes a space so the line break stays one break; a lone CR is a break.
        view = view.replace("\r\n", " \n").replace("\r", "\n")
    return view
