"""Where the reader is in the text: the body offsets on screen, and bringing an offset into view."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextEdit

from serge_desktop.ui.reader.document import ArticleDocument


def offset_at(view: QTextEdit, doc: ArticleDocument, point: QPoint) -> int | None:
    """The body offset at a point of the viewport, or None in the title block."""
    return doc.to_body(view.cursorForPosition(point).position())


def visible_span(view: QTextEdit, doc: ArticleDocument) -> tuple[int, int]:
    """The body offsets at the top and the bottom of the viewport."""
    area = view.viewport().rect()
    start = offset_at(view, doc, area.topLeft())
    end = offset_at(view, doc, area.bottomRight())
    return start or 0, end if end is not None else 0


def scroll_to_top(view: QTextEdit, doc: ArticleDocument, offset: int) -> None:
    """Scroll so that the line holding body ``offset`` is at the top of the viewport."""
    head = QTextCursor(doc.document)
    head.setPosition(doc.to_document(min(max(offset, 0), len(doc.article.body))))
    bar = view.verticalScrollBar()
    bar.setValue(bar.value() + view.cursorRect(head).top())


def scroll_to_upper_third(view: QTextEdit, cursor: QTextCursor, *, if_hidden: bool) -> None:
    """Scroll the start of ``cursor`` to the upper third of the viewport, where eyes go first.

    With ``if_hidden``, only when it is not already well inside the viewport.
    """
    head = QTextCursor(cursor)
    head.setPosition(cursor.selectionStart())
    rect = view.cursorRect(head)
    if if_hidden and view.viewport().rect().adjusted(0, 40, 0, -40).contains(rect):
        return
    bar = view.verticalScrollBar()
    bar.setValue(bar.value() + rect.top() - view.viewport().height() // 3)
