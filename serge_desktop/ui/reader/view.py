"""The reading pane: the typeset article at a comfortable measure, with highlights, zoom and find.

Signals:
    selection_changed(): the reader's text selection changed (for enabling "Add note").
    passage_clicked(int): a click without selection landed on this body offset.
    visible_span_changed(int, int): the body offsets at the top and bottom of the viewport.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEasingCurve, QEvent, Qt, QTimer, QUrl, QVariantAnimation, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QToolTip, QWidget
from typing_extensions import override

from serge_desktop.services.views import ArticleView, NoteView
from serge_desktop.ui.common.link_opening import may_load_resource, open_external_link
from serge_desktop.ui.common.resources import READING_FONT_FAMILY
from serge_desktop.ui.reader.document import ArticleDocument
from serge_desktop.ui.reader.note_marks import note_selections, paint_margin_marks

BASE_POINT_SIZE = 13.0
ZOOM_STEPS = (0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.35, 1.5, 1.7, 2.0, 2.4)
MEASURE_CHARS = 68  # characters a line: inside the 65 to 75 that long reading wants
FIND_MATCH = QColor(120, 170, 255, 90)
CURRENT_FIND_MATCH = QColor(255, 140, 0, 170)
FLASH_COLOR = QColor(255, 150, 60)


class ReaderView(QTextBrowser):
    selection_changed = Signal()
    passage_clicked = Signal(int)
    visible_span_changed = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Article text"))
        self.setOpenLinks(False)
        # A web or e-mail link in an article opens only after the user agrees; no other kind.
        self.anchorClicked.connect(lambda url: open_external_link(self, url))
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._article_document: ArticleDocument | None = None
        self._zoom_index = ZOOM_STEPS.index(1.0)
        self._context_actions: list[QAction] = []
        self._context_offset: int | None = None
        self._notes: list[NoteView] = []
        self._pending_offset: int | None = None
        self._text_left = 0.0  # where the text column starts, for the margin marks
        self._active_note: int | None = None
        self._find_text = ""
        self._find_cursors: list[QTextCursor] = []
        self._find_index = -1
        self._flash_cursor: QTextCursor | None = None
        self._flash = QVariantAnimation(self)
        self._flash.setDuration(1800)
        self._flash.setStartValue(210)
        self._flash.setEndValue(0)
        self._flash.setEasingCurve(QEasingCurve.Type.InQuad)
        self._flash.valueChanged.connect(self._refresh_highlights)
        self.selectionChanged.connect(self.selection_changed)
        self.verticalScrollBar().valueChanged.connect(self._emit_visible_span)

    # The article ---------------------------------------------------------------------------

    def show_article(self, article: ArticleView) -> None:
        self._pending_offset = None
        # The view lets go of the old document before the last reference to it goes away.
        typeset = ArticleDocument(article, self.reading_font(), self.palette())
        self.setDocument(typeset.document)
        self._article_document = typeset
        self._apply_measure()
        self._mark_matches(self._find_text)
        self._refresh_highlights()
        self.verticalScrollBar().setValue(0)

    def article(self) -> ArticleView | None:
        return self._article_document.article if self._article_document else None

    def reading_font(self) -> QFont:
        font = QFont(READING_FONT_FAMILY)
        font.setStyleHint(QFont.StyleHint.Serif)
        font.setPointSizeF(BASE_POINT_SIZE * ZOOM_STEPS[self._zoom_index])
        return font

    def selected_span(self) -> tuple[int, int] | None:
        """The selection as body offsets, or None when nothing of the body is selected."""
        cursor = self.textCursor()
        doc = self._article_document
        if doc is None or not cursor.hasSelection():
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

    def select_span(self, start: int, end: int) -> None:
        if self._article_document is not None:
            self.setTextCursor(self._article_document.cursor_for(start, end))

    def show_span(self, start: int, end: int, *, flash: bool = False) -> None:
        """Scroll the passage to the upper third of the view; ``flash`` briefly highlights it."""
        if self._article_document is None:
            return
        cursor = self._article_document.cursor_for(start, end)
        head = QTextCursor(cursor)
        head.setPosition(cursor.selectionStart())
        rect = self.cursorRect(head)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)
        if flash:
            self._flash_cursor = cursor
            self._flash.stop()
            self._flash.start()

    # Highlights ----------------------------------------------------------------------------

    def set_notes(self, notes: Sequence[NoteView], active: int | None) -> None:
        """The notes to highlight (those placed in the text shown) and the one being edited."""
        self._notes = list(notes)
        self._active_note = active
        self._refresh_highlights()
        self.viewport().update()  # the margin marks

    def note_at(self, offset: int) -> NoteView | None:
        for note in self._notes:
            if note.start <= offset < note.end:
                return note
        return None

    def _refresh_highlights(self) -> None:
        doc = self._article_document
        selections: list[QTextEdit.ExtraSelection] = []
        if doc is not None:
            selections += note_selections(doc, self._notes, self._active_note)
            for index, cursor in enumerate(self._find_cursors):
                color = CURRENT_FIND_MATCH if index == self._find_index else FIND_MATCH
                selections.append(_selection(cursor, color))
            if self._flash_cursor is not None and self._flash.state() == self._flash.State.Running:
                flash = QColor(FLASH_COLOR)
                flash.setAlpha(int(self._flash.currentValue()))
                selections.append(_selection(self._flash_cursor, flash))
        self.setExtraSelections(selections)

    # Find ----------------------------------------------------------------------------------

    def find_all(self, text: str) -> int:
        """Mark every match of ``text`` (ignoring case), go to the first, return the count."""
        self._find_text = text
        self._mark_matches(text)
        if self._find_cursors:
            self.go_to_match(0)
        else:
            self._refresh_highlights()
        return len(self._find_cursors)

    def _mark_matches(self, text: str) -> None:
        self._find_cursors, self._find_index = [], -1
        if text and self._article_document is not None:
            document = self._article_document.document
            cursor = document.find(text, 0)
            while not cursor.isNull():
                self._find_cursors.append(cursor)
                cursor = document.find(text, cursor, QTextDocument.FindFlag(0))

    def go_to_match(self, index: int) -> int:
        """Show match ``index`` (wrapping around); returns the index shown, or -1."""
        if not self._find_cursors:
            return -1
        self._find_index = index % len(self._find_cursors)
        cursor = self._find_cursors[self._find_index]
        self._scroll_to_cursor(cursor)
        self._refresh_highlights()
        return self._find_index

    def current_match(self) -> int:
        return self._find_index

    def match_count(self) -> int:
        return len(self._find_cursors)

    def _scroll_to_cursor(self, cursor: QTextCursor) -> None:
        rect = self.cursorRect(cursor)
        if not self.viewport().rect().adjusted(0, 40, 0, -40).contains(rect):
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)

    # Zoom ----------------------------------------------------------------------------------

    def zoom_in(self) -> None:
        self._set_zoom(min(self._zoom_index + 1, len(ZOOM_STEPS) - 1))

    def zoom_out(self) -> None:
        self._set_zoom(max(self._zoom_index - 1, 0))

    def reset_zoom(self) -> None:
        self._set_zoom(ZOOM_STEPS.index(1.0))

    def zoom_factor(self) -> float:
        return ZOOM_STEPS[self._zoom_index]

    def set_zoom_factor(self, factor: float) -> None:
        nearest = min(range(len(ZOOM_STEPS)), key=lambda i: abs(ZOOM_STEPS[i] - factor))
        self._set_zoom(nearest)

    def _set_zoom(self, index: int) -> None:
        if index == self._zoom_index:
            return
        anchor = self._top_offset()
        current_match = self._find_index
        self._zoom_index = index
        article = self.article()
        if article is not None and self._article_document is not None:
            self.show_article(article)
            if 0 <= current_match < len(self._find_cursors):
                self._find_index = current_match  # the same words are still the current match
                self._refresh_highlights()
            if anchor is not None:
                self.scroll_to_offset(anchor)  # the words at the top of the view stay there

    # Layout --------------------------------------------------------------------------------

    def _apply_measure(self) -> None:
        """Centre a column of about MEASURE_CHARS characters; narrow windows use their width."""
        if self._article_document is None:
            return
        metrics_font = self.reading_font()
        sample = "the quick brown fox jumps over a lazy dog, etaoin shrdlu " * 2
        per_char = QFontMetricsF(metrics_font).horizontalAdvance(sample) / len(sample)
        measure = per_char * MEASURE_CHARS
        width = self.viewport().width()
        side = max(32.0, (width - measure) / 2)
        self._text_left = side
        root = self._article_document.document.rootFrame()
        frame_format = root.frameFormat()
        frame_format.setLeftMargin(side)
        frame_format.setRightMargin(side)
        frame_format.setTopMargin(36)
        frame_format.setBottomMargin(48)
        root.setFrameFormat(frame_format)

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll so that the line holding this body offset is at the top of the view."""
        if self._article_document is None:
            return
        if not self.isVisible():
            # Before the window is shown the text has no final width: place it once it has.
            self._pending_offset = offset
            return
        offset = min(max(offset, 0), len(self._article_document.article.body))
        head = QTextCursor(self._article_document.document)
        head.setPosition(self._article_document.to_document(offset))
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect(head).top())

    def top_offset(self) -> int | None:
        """The body offset at the top of the view (the reading position)."""
        return self._top_offset()

    def _top_offset(self) -> int | None:
        if self._article_document is None:
            return None
        position = self.cursorForPosition(self.viewport().rect().topLeft()).position()
        return self._article_document.to_body(position)

    def _emit_visible_span(self) -> None:
        if self._article_document is None:
            return
        top = self.cursorForPosition(self.viewport().rect().topLeft()).position()
        bottom = self.cursorForPosition(self.viewport().rect().bottomRight()).position()
        start = self._article_document.to_body(top)
        end = self._article_document.to_body(bottom)
        self.visible_span_changed.emit(start or 0, end if end is not None else 0)

    # Qt overrides --------------------------------------------------------------------------

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._article_document is not None:
            paint_margin_marks(self, self._article_document, self._notes, self._text_left)

    @override
    def event(self, event: QEvent) -> bool:
        # Hovering a highlight shows its note.
        if event.type() == QEvent.Type.ToolTip and self._article_document is not None:
            assert isinstance(event, QHelpEvent)
            position = self.cursorForPosition(self.viewport().mapFrom(self, event.pos()))
            offset = self._article_document.to_body(position.position())
            note = self.note_at(offset) if offset is not None else None
            if note is not None:
                text = note.body.strip() or self.tr("A highlight without a note")
                QToolTip.showText(event.globalPos(), text[:600], self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_measure()

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending_offset is not None:
            offset, self._pending_offset = self._pending_offset, None
            # After the layouts of the first show have settled.
            QTimer.singleShot(0, lambda: self.scroll_to_offset(offset))

    @override
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        # Actions such as "Add to timeline" ask where the click was (context_menu_offset).
        doc = self._article_document
        position = self.cursorForPosition(event.pos()).position()
        self._context_offset = doc.to_body(position) if doc is not None else None
        menu = self.createStandardContextMenu(event.pos())
        standard = menu.actions()
        if self._context_actions and standard:
            menu.insertActions(standard[0], self._context_actions)
            menu.insertSeparator(standard[0])
        elif self._context_actions:
            menu.addActions(self._context_actions)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def set_context_actions(self, actions: list[QAction]) -> None:
        """Actions offered first in the reader's context menu (such as "Add note")."""
        self._context_actions = actions

    def add_context_action(self, action: QAction) -> None:
        """Offer one more action in the context menu, after those already there."""
        self._context_actions = [*self._context_actions, action]

    def context_menu_offset(self) -> int | None:
        """The body offset where the context menu was last opened, if it was on the text."""
        return self._context_offset

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if (
            event.button() == Qt.MouseButton.LeftButton
            and not self.textCursor().hasSelection()
            and self._article_document is not None
        ):
            offset = self._article_document.to_body(self.cursorForPosition(event.pos()).position())
            if offset is not None:
                self.passage_clicked.emit(offset)

    @override
    def loadResource(self, kind: int, name: QUrl | str) -> object:
        # Nothing an article names is fetched: not from the web, not from a file.
        return super().loadResource(kind, name) if may_load_resource(QUrl(name)) else None


def _selection(cursor: QTextCursor, color: QColor) -> QTextEdit.ExtraSelection:
    selection = QTextEdit.ExtraSelection()
    selection.cursor = cursor
    char_format = QTextCharFormat()
    char_format.setBackground(color)
    selection.format = char_format
    return selection
