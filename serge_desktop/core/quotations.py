"""Find the quoted words in an article body, following the paper's typographic conventions."""

from __future__ import annotations

import re

from serge_desktop.core.article import Quotation

OPEN_CURLY = "“"
CLOSE_CURLY = "”"
STRAIGHT = '"'
_MARKS = re.compile(f"[{OPEN_CURLY}{CLOSE_CURLY}{STRAIGHT}\n]")


def is_quotation_paragraph(text: str) -> bool:
    """Return whether the paragraph opens with a double quote mark, so the reader sets it off."""
    return text.lstrip().startswith((OPEN_CURLY, STRAIGHT))


def find_quotations(body: str) -> tuple[Quotation, ...]:
    """Return the double-quoted passages of ``body``; offsets exclude the quote marks.

    A quotation running over several paragraphs re-opens each one with “ and closes only in
    the last, so an unclosed quotation ends where its paragraph (line) ends and each paragraph
    of it is a Quotation of its own. Single quotes (‘…’) nested inside stay part of the text.
    """
    found: list[Quotation] = []
    start: int | None = None  # where the open quotation's text begins
    straight = False  # whether the open quotation began with a straight mark
    depth = 0  # curly quotes may nest; only the outermost pair bounds the quotation
    # Only the marks and paragraph ends matter, so visit those rather than every character.
    for mark in _MARKS.finditer(body):
        char, pos = mark.group(), mark.start()
        if char == "\n":
            if start is not None:
                _add(found, body, start, pos)
            start = None
        elif start is None:
            if char in (OPEN_CURLY, STRAIGHT):
                start, straight, depth = pos + 1, char == STRAIGHT, 1
            # A closing mark with nothing open is a typo in the source; ignore it.
        elif straight:
            if char == STRAIGHT:
                _add(found, body, start, pos)
                start = None
        elif char == OPEN_CURLY:
            depth += 1
        elif char == CLOSE_CURLY:
            depth -= 1
            if depth == 0:
                _add(found, body, start, pos)
                start = None
    if start is not None:
        _add(found, body, start, len(body))
    return tuple(found)


def _add(found: list[Quotation], body: str, start: int, end: int) -> None:
    # Trim spaces just inside the marks so the offsets cover the words alone.
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    if start < end:
        found.append(Quotation(text=body[start:end], start=start, end=end))
