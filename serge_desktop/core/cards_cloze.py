"""A cloze: a passage hidden inside the sentence (or sentences) it stands in, to recall it from.

The review cards and the Anki export both ask with this one cut of the text. When the passage is
a whole sentence, hiding it would leave nothing to recall it from, so the sentence before it
(or, at the start of the text, the one after) is shown as the cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The end of a sentence: its closing mark with any closing quotes or brackets, or a paragraph
# break; the mark must be followed by a space or the end of the text ("1.5" is not an end).
_SENTENCE_END = re.compile(r"[.!?…][\"”’)\]]*(?=\s|$)|\n\n")


@dataclass(frozen=True, slots=True)
class Cloze:
    """The words shown before the gap, the hidden words, and the words shown after it."""

    before: str
    hidden: str
    after: str


def cloze_in(text: str, start: int, end: int) -> Cloze:
    """``text[start:end]`` hidden within its sentence(s) of ``text``."""
    first = _sentence_start(text, start)
    last = _sentence_end(text, max(start, end - 1))
    if text[first:start].strip() == "" and text[end:last].strip() == "":
        if first > 0:
            first = _sentence_start(text, max(0, first - 1))
        else:
            last = _sentence_end(text, min(len(text), last + 1))
    return Cloze(text[first:start].lstrip(), text[start:end].strip(), text[end:last].rstrip())


def cloze_for_passage(
    body: str | None, *, start: int, end: int, quote: str, prefix: str, suffix: str
) -> Cloze:
    """The cloze of an anchored passage, in the current text (``body``) when it is there.

    Elsewhere the context stored with the anchor is all there is to show.
    """
    if body is not None and body[start:end] == quote:
        return cloze_in(body, start, end)
    text = prefix + quote + suffix
    return cloze_in(text, len(prefix), len(prefix) + len(quote))


def _sentence_start(text: str, at: int) -> int:
    begin = 0
    for match in _SENTENCE_END.finditer(text, 0, at):
        begin = match.end()
    return begin


def _sentence_end(text: str, at: int) -> int:
    match = _SENTENCE_END.search(text, at)
    return len(text) if match is None else match.end()
