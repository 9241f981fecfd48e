"""Rejoin a printed drop cap that arrived split from the rest of its word ("V ictor")."""

from __future__ import annotations

import re

# One capital letter, one space, then the lowercase rest of the word.
_SPLIT_CAP = re.compile(r"^(\w) (\w+)")


def repair_drop_cap(paragraph: str, rest_of_text: str) -> str:
    """Join a split drop cap at the start of ``paragraph`` if the joined word is used elsewhere.

    "A man" and "I was" look just like "V ictor"; the evidence that decides is that the
    joined word ("Victor") occurs as a whole word in ``rest_of_text`` or later in the paragraph.
    """
    match = _SPLIT_CAP.match(paragraph)
    if match is None:
        return paragraph
    cap, fragment = match.groups()
    if not (cap.isupper() and fragment[0].islower()):
        return paragraph
    word = cap + fragment
    whole_word = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
    elsewhere = rest_of_text + "\n" + paragraph[match.end() :]
    if whole_word.search(elsewhere) is None:
        return paragraph
    return word + paragraph[match.end() :]
