"""A Markdown note as plain words on one line, for previews in lists."""

from __future__ import annotations

from serge_desktop.core.note_text import note_plain_text


def plain_words(markdown: str) -> str:
    """The note's words without the marks (``**``, ``#``, ``-``), on one line.

    Read by the same renderer as the Preview and the exports (markdown-it), so a list shows
    the words the note shows everywhere else.
    """
    return " ".join(note_plain_text(markdown).split())
