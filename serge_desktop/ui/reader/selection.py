"""The selection in body offsets (trimmed, snapped to words, copied as stored) and the caret."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextEdit

from serge_desktop.ui.reader.document import ArticleDocument
from serge_desktop.ui.reader.word_snap import snap_to_words


def body_span(doc: ArticleDocument, cursor: QTextCursor) -> tuple[int, int] | None:
    """The selection as body offsets, or None when nothing of the body is selected."""
    if not cursor.hasSelection():
        return None
    # A selection that starts in the title block counts from the first paragraph.
    start = doc.to_body(max(cursor.selectionStart(), doc.first_body_position()))
    end = doc.to_body(cursor.selectionEnd())
    if start is None or end is None:
        return None
    # Whitespace at either end (a triple-click takes the paragraph break) is not the passage.
    body = doc.article.body
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def snapped_to_words(doc: ArticleDocument, cursor: QTextCursor) -> QTextCursor | None:
    """The selection widened so that it cuts no word at either end; None if it cuts none.

    The snapped selection runs the same way as the original (its anchor stays at the end the
    drag began from), so Shift+arrows go on extending it as the user expects.
    """
    if not cursor.hasSelection():
        return None
    low, high = cursor.selectionStart(), cursor.selectionEnd()
    start, end = doc.to_body(low), doc.to_body(high)
    body = doc.article.body
    if start is not None:
        low = doc.to_document(snap_to_words(body, start, start + 1)[0])
    if end is not None:
        high = doc.to_document(snap_to_words(body, max(end - 1, 0), end)[1])
    backwards = cursor.position() < cursor.anchor()
    snapped = QTextCursor(doc.document)
    snapped.setPosition(high if backwards else low)
    snapped.setPosition(low if backwards else high, QTextCursor.MoveMode.KeepAnchor)
    if (snapped.anchor(), snapped.position()) == (cursor.anchor(), cursor.position()):
        return None
    return snapped


def copied_text(doc: ArticleDocument, cursor: QTextCursor) -> str | None:
    """The stored words of a selection within the body (not the spaces set for display).

    None for a selection reaching into the title block, which is copied as shown.
    """
    span = body_span(doc, cursor)
    if span is None or cursor.selectionStart() < doc.first_body_position():
        return None
    return doc.article.body[span[0] : span[1]]


def caret_on_screen(view: QTextEdit, text_left: float) -> QTextCursor | None:
    """A caret on the first whole line shown, when the view's caret is off screen.

    None when the caret is on screen or holds a selection: both stay as they are.
    """
    cursor = view.textCursor()
    if cursor.hasSelection() or view.viewport().rect().contains(view.cursorRect(cursor)):
        return None
    top = view.cursorForPosition(QPoint(int(text_left) + 1, 1))
    if view.cursorRect(top).top() < 0:  # a line cut by the top edge: take the next one
        top.movePosition(QTextCursor.MoveOperation.Down)
    return top


def copied_mime(doc: ArticleDocument | None, cursor: QTextCursor) -> QMimeData | None:
    """What a copy puts on the clipboard: the article's own words; None where Qt's own serves."""
    text = copied_text(doc, cursor) if doc is not None else None
    if text is None:
        return None
    data = QMimeData()
    data.setText(text)
    return data
