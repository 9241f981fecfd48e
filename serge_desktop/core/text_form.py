"""The one form text takes in the library: Unicode NFC, so the same words are stored the same way.

An "é" typed on one keyboard is one code point; pasted from a PDF or a Mac's file name it is often
"e" and a combining accent. Both look alike but compare, sort, search and count differently, so
every service normalises text where it enters the library (a note, a tag, an imported file, a
class pack) with this one function.
"""

from __future__ import annotations

import unicodedata


def nfc(text: str) -> str:
    """``text`` in Normalization Form C (cheap when it already is, as most text is)."""
    if unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def nfc_or_none(text: str | None) -> str | None:
    return None if text is None else nfc(text)


def has_lone_surrogate(text: str) -> bool:
    r"""Whether ``text`` holds a code point that no UTF-8 text can (U+D800 to U+DFFF).

    JSON's "\ud800" escape and file names that are not UTF-8 make such strings in Python; they
    cannot be stored in SQLite nor printed, so input carrying one is refused or escaped first.
    """
    return any("\ud800" <= char <= "\udfff" for char in text)
