"""English plurals for ``%n … (s)`` strings when no catalogue gives the language's own forms.

Qt's plural forms come from a translation catalogue: ``tr("%n note(s)", "", n)`` reads
"1 note" and "3 notes" only where a catalogue says so, and the interface's source language
(English) has none. Where the translated text still carries "(s)", English rules finish it.
"""

from __future__ import annotations

import re

_MARK = re.compile(r"\(s\)")


def english_plural(text: str, count: int) -> str:
    """``text`` with each "(s)" made "s", or dropped for a count of one."""
    return _MARK.sub("" if count == 1 else "s", text)
