"""Where the reader is in the text: the body offsets on screen, and bringing an offset into view."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

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


class ReadingPlace:
    """The passage the reader keeps at the top of the view, held as a body offset.

    Held as words, not as a scroll position: when the view changes size (the window restored
    and then sized by the desktop, a pane hidden or shown, a splitter dragged) the text wraps
    anew and the same pixels hold other words, so the passage is put back at the top. Near
    the end of the text the view can scroll no further and the passage shows lower down; it
    stays the place kept, so a view made shorter brings it back to the top, and closing and
    reopening in a taller window does not creep back a screen each time.
    """

    def __init__(self, view: QTextEdit, document: Callable[[], ArticleDocument | None]) -> None:
        self._view = view
        self._document = document
        self._placing = False  # the scroll bar moves for us, not for the reader
        self.offset: int | None = None  # None: the title block or no article
        view.verticalScrollBar().valueChanged.connect(self.follow_view)

    def follow_view(self) -> None:
        """The reader scrolled (or the text was shown from its start): keep what is at the top."""
        doc = self._document()
        if not self._placing:
            self.offset = offset_at(self._view, doc, QPoint(0, 0)) if doc is not None else None

    def go_to(self, offset: int) -> None:
        """Keep ``offset`` at the top from now on, and put it there."""
        self.offset = offset
        self.put_back()

    def put_back(self) -> None:
        """Bring the place kept to the top again (after the text was wrapped anew)."""
        doc = self._document()
        if doc is not None and self.offset is not None:
            with self.keeping():
                scroll_to_top(self._view, doc, self.offset)

    @contextmanager
    def keeping(self) -> Iterator[None]:
        """While the view is resized or wrapped, its scroll bar's moves are not the reader's."""
        placing, self._placing = self._placing, True
        try:
            yield
        finally:
            self._placing = placing
