"""How notes show in the reader: highlights in their colour, and marks in the margin beside them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from serge_desktop.services.views import NoteView
from serge_desktop.ui.common.palette import highlight_colour, note_colour
from serge_desktop.ui.reader.document import ArticleDocument

MARK_WIDTH = 3.0
MARK_GAP = 14.0  # between the margin mark and the text column


def note_selections(
    doc: ArticleDocument, notes: Sequence[NoteView], active: int | None
) -> list[QTextEdit.ExtraSelection]:
    selections = []
    for note in notes:
        selection = QTextEdit.ExtraSelection()
        selection.cursor = doc.cursor_for(note.start, note.end)
        char_format = QTextCharFormat()
        char_format.setBackground(highlight_colour(note.color, active=note.id == active))
        selection.format = char_format
        selections.append(selection)
    return selections


def paint_margin_marks(
    view: QTextEdit, doc: ArticleDocument, notes: Sequence[NoteView], text_left: float
) -> None:
    """A bar in the left margin beside every line a note covers, so notes are seen at a glance."""
    if not notes:
        return
    painter = QPainter(view.viewport())
    height = view.viewport().height()
    x = max(2.0, text_left - MARK_GAP)
    for note in notes:
        top = view.cursorRect(_at(doc, note.start))
        bottom = view.cursorRect(_at(doc, note.end))
        if bottom.bottom() < 0 or top.top() > height:
            continue  # off screen
        colour = note_colour(note.color).darker(125)
        painter.fillRect(QRectF(x, top.top(), MARK_WIDTH, bottom.bottom() - top.top()), colour)
    painter.end()


def _at(doc: ArticleDocument, offset: int) -> QTextCursor:
    cursor = QTextCursor(doc.document)
    cursor.setPosition(doc.to_document(offset))
    return cursor
