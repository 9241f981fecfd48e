"""The reader's text surface: the typeset article at a comfortable measure, zoomed, kept in place.

What is drawn over the text (highlights, find's matches) and what a click does belong to the
reading pane built on it (view.py); this is the page itself: typesetting, the column, zoom,
the reading place, the caret that reads on from the screen, and a copy of the article's words.

Signals:
    visible_span_changed(int, int): the body offsets at the top and bottom of the viewport.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QFont,
    QKeyEvent,
    QResizeEvent,
    QShowEvent,
    QTextDocument,
)
from PySide6.QtWidgets import QTextBrowser, QWidget
from typing_extensions import override

from serge_desktop.services.views import ArticleView
from serge_desktop.ui.common.link_opening import may_load_resource, open_external_link
from serge_desktop.ui.reader.document import ArticleDocument
from serge_desktop.ui.reader.reading_place import ReadingPlace, visible_span
from serge_desktop.ui.reader.selection import caret_on_screen, copied_mime
from serge_desktop.ui.reader.selection_colours import SelectionColours
from serge_desktop.ui.reader.typesetting import reading_font

ZOOM_STEPS = (0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.35, 1.5, 1.7, 2.0, 2.4)
MEASURE_CHARS = 68  # characters a line: inside the 65 to 75 that long reading wants
# Keys that move the caret a line or a page: the caret is brought into view first, so they
# read on from what is shown rather than jumping back to where the caret was left.
PAGING_KEYS = (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_Down, Qt.Key.Key_Up)


class ArticleSurface(QTextBrowser):
    """One article typeset at a time; ``_document_changed`` tells a subclass of each new one."""

    visible_span_changed = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._selection_colours = SelectionColours(self)  # before any change event comes
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
        self.place = ReadingPlace(self, lambda: self._article_document)
        self._text_left = 0.0  # where the text column starts, for the margin marks
        self.verticalScrollBar().valueChanged.connect(self._emit_visible_span)

    def _document_changed(self, typeset: ArticleDocument | None) -> None:
        """A new article was typeset (None: none is shown); what is drawn over it follows."""

    # The article ---------------------------------------------------------------------------

    def show_article(self, article: ArticleView) -> None:
        # The view lets go of the old document before the last reference to it goes away.
        typeset = ArticleDocument(article, self.reading_font(), self.palette())
        # The column is set before the view lays the text out, so it is laid out once.
        self._text_left = typeset.set_column(self.viewport().width(), MEASURE_CHARS)
        with self.place.keeping():  # the old place means nothing in the new text
            self.setDocument(typeset.document)
            self._article_document = typeset
        self._document_changed(typeset)
        self.verticalScrollBar().setValue(0)
        self.place.follow_view()  # its start

    def clear_article(self) -> None:
        """Show no article (the one shown went to the trash and none is left)."""
        self._article_document = self.place.offset = None
        self.setDocument(QTextDocument(self))
        self._document_changed(None)

    def article(self) -> ArticleView | None:
        return self._article_document.article if self._article_document else None

    def reading_font(self) -> QFont:
        return reading_font(ZOOM_STEPS[self._zoom_index])

    def focus_text(self) -> None:
        """Give the reader the keyboard, its caret on the first line shown.

        The window calls this after opening an article (Ctrl+O, a search hit, an import), so
        Page Down and the arrows go on reading from what is on screen.
        """
        self._bring_caret_into_view()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _bring_caret_into_view(self) -> None:
        """Move a caret that is off screen (no selection) to the first line on screen."""
        caret = caret_on_screen(self, self._text_left)
        if caret is not None:
            bar = self.verticalScrollBar()
            scrolled = bar.value()
            self.setTextCursor(caret)
            bar.setValue(scrolled)  # placing the caret must not scroll the text

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
        if index != self._zoom_index:
            self._zoom_index = index
            self._typeset_again()

    def _typeset_again(self) -> None:
        """Set the article shown again (a new size, new colours), keeping the reader's place."""
        article = self.article()
        if article is None:
            return
        anchor = self.top_offset()
        self.show_article(article)
        if anchor is not None:
            self.scroll_to_offset(anchor)  # the words at the top of the view stay there

    # Layout --------------------------------------------------------------------------------

    def _apply_measure(self) -> None:
        """Centre a column of about MEASURE_CHARS characters; narrow windows use their width."""
        if self._article_document is not None:
            width = self.viewport().width()
            self._text_left = self._article_document.set_column(width, MEASURE_CHARS)

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll the line holding this body offset to the top, and keep it there on resizing."""
        if self._article_document is not None:
            self.place.go_to(offset)

    def top_offset(self) -> int | None:
        """The reading position: the body offset kept at the top of the view.

        Lower on screen only where the text ends before the view does (see ReadingPlace).
        """
        return self.place.offset if self._article_document is not None else None

    def _emit_visible_span(self) -> None:
        if self._article_document is not None:
            self.visible_span_changed.emit(*visible_span(self, self._article_document))

    # Qt overrides --------------------------------------------------------------------------

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in PAGING_KEYS:
            self._bring_caret_into_view()
        super().keyPressEvent(event)

    @override
    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self._bring_caret_into_view()

    @override
    def createMimeDataFromSelection(self) -> QMimeData:
        # A copy gives the article's own words, not the spaces set for display.
        data = copied_mime(self._article_document, self.textCursor())
        return data if data is not None else super().createMimeDataFromSelection()

    @override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if self._selection_colours.follow(event) and self._article_document is not None:
            self._typeset_again()  # a new theme: the text's colours follow

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        with self.place.keeping():
            super().resizeEvent(event)
            self._apply_measure()
        self.place.put_back()  # the text wrapped anew: the same words at the top

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Again once the layouts of the show have settled.
        QTimer.singleShot(0, self, self.place.put_back)

    @override
    def loadResource(self, kind: int, name: QUrl | str) -> object:
        # Nothing an article names is fetched: not from the web, not from a file.
        return super().loadResource(kind, name) if may_load_resource(QUrl(name)) else None
