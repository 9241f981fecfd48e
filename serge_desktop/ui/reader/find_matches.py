"""The matches of Find in the article: where they are, which is current, how they are drawn.

Matches are looked for in the stored body, not in the typeset document, so what the reader
sees set in French typography (a narrow no-break space before a colon) is found by the words
typed with an ordinary space; a typed space matches any kind of space. The title block is
searched as it is shown.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from serge_desktop.ui.common.highlight_colours import tint_under_text
from serge_desktop.ui.reader.document import ArticleDocument
from serge_desktop.ui.reader.typesetting import ReaderColours

# Each as a share of the colour over the background, fainter where the text needs it.
FIND_MATCH = (QColor(120, 170, 255), 0.35)
CURRENT_FIND_MATCH = (QColor(255, 140, 0), 0.67)
SPACES = "[ \t\u00a0\u2009\u202f]"  # what a typed space matches (within a paragraph)


def body_matches(body: str, text: str) -> list[tuple[int, int]]:
    """Every match of ``text`` in ``body``, ignoring case; a space matches any space."""
    if not text.strip():
        return []
    pattern = SPACES + "+"
    parts = [re.escape(part) for part in re.split(r"\s+", text.strip())]
    found = re.finditer(pattern.join(parts), body, flags=re.IGNORECASE)
    return [(match.start(), match.end()) for match in found]


class FindMatches:
    """The current search's matches as text cursors, and the one shown as current."""

    def __init__(self) -> None:
        self.cursors: list[QTextCursor] = []
        self.current = -1

    def search(self, doc: ArticleDocument | None, text: str) -> None:
        self.cursors, self.current = [], -1
        if not text or doc is None:
            return
        document = doc.document
        # The title block first, as it is shown; then the body, by its stored words.
        cursor = document.find(text, 0)
        while not cursor.isNull() and cursor.selectionStart() < doc.first_body_position():
            self.cursors.append(cursor)
            cursor = document.find(text, cursor, QTextDocument.FindFlag(0))
        for start, end in body_matches(doc.article.body, text):
            self.cursors.append(doc.cursor_for(start, end))

    def step_to(self, index: int) -> QTextCursor | None:
        """Make match ``index`` current (wrapping around) and return it."""
        if not self.cursors:
            return None
        self.current = index % len(self.cursors)
        return self.cursors[self.current]

    def selections(self, colours: ReaderColours) -> list[QTextEdit.ExtraSelection]:
        tints = [
            tint_under_text(colour, share, colours.foregrounds, colours.base)
            for colour, share in (FIND_MATCH, CURRENT_FIND_MATCH)
        ]
        return [
            tinted(cursor, tints[index == self.current])
            for index, cursor in enumerate(self.cursors)
        ]


def tinted(cursor: QTextCursor, color: QColor) -> QTextEdit.ExtraSelection:
    """An extra selection that tints ``cursor``'s text background."""
    selection = QTextEdit.ExtraSelection()
    selection.cursor = cursor
    char_format = QTextCharFormat()
    char_format.setBackground(color)
    selection.format = char_format
    return selection
