"""Counting an article's words the way the library list shows them."""

from __future__ import annotations

import re

# Letters or digits, joined by an apostrophe or a hyphen: "l’anarchie" and "gun-runner" are one
# word each, as a reader would count them. Migration 10 counted older revisions the same way.
_WORD = re.compile(r"\w+(?:[’'\-]\w+)*")


def count_words(text: str) -> int:
    """How many words ``text`` has."""
    return sum(1 for _ in _WORD.finditer(text))
