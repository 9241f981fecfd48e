"""Where words begin and end, so a selection that cuts a word is widened to the whole word.

"n 1908 he went to Paris" is a selection one character off "In 1908…": the reader snaps the
ends of a mouse selection outwards to word boundaries, as Readwise Reader does, unless Alt is
held for an exact selection. A word is letters, digits and combining marks, with an apostrophe
or hyphen inside it ("l’écrivain", "anti-Stalinist") part of the word.
"""

from __future__ import annotations

import unicodedata

JOINERS = "'’‐-"  # inside a word when a letter or digit stands on both sides


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` of ``text`` widened so that neither end falls inside a word."""
    if start >= end:
        return start, end
    while start > 0 and inside_word(text, start):
        start -= 1
    while end < len(text) and inside_word(text, end):
        end += 1
    return start, end


def inside_word(text: str, offset: int) -> bool:
    """Whether the boundary before ``text[offset]`` lies between two characters of one word."""
    return _is_word_character(text, offset - 1) and _is_word_character(text, offset)


def _is_word_character(text: str, index: int) -> bool:
    if index < 0 or index >= len(text):
        return False
    character = text[index]
    if character.isalnum() or unicodedata.category(character).startswith("M"):
        return True
    return (
        character in JOINERS
        and 0 < index < len(text) - 1
        and text[index - 1].isalnum()
        and text[index + 1].isalnum()
    )
