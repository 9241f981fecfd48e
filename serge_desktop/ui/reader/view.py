"""The reading pane: the typeset article at a comfortable measure, with highlights, zoom and find.

Signals:
    selection_changed(): the reader's text selection changed (for enabling "Add note").
    passage_clicked(int): a click without selection landed on this body offset.
    visible_span_changed(int, int): the body offsets at the top and bottom of the viewport.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QMimeData, QRectF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFocusEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
    QTextDocument,
)
from PySide6.QtWidgets import QTextBrowser, QToolTip, QWidget
from typing_extensions import override

from serge_desktop.services.views import ArticleView, NoteView
from serge_desktop.ui.common.focus_ring import FocusRing
from serge_desktop.ui.common.link_opening import may_load_resource, open_external_link
from serge_desktop.ui.reader.context_menu import Preparation, ReaderMenu
from serge_desktop.ui.reader.document import ArticleDocument
from serge_desktop.ui.reader.find_matches import FindMatches, tinted
from serge_desktop.ui.reader.highlight_layer import HighlightLayer
from serge_desktop.ui.reader.mention_marks import MentionMarks
from serge_desktop.ui.reader.passage_flash import PassageFlash
from serge_desktop.ui.reader.reading_place import (
    ReadingPlace,
    offset_at,
    scroll_to_upper_third,
    visible_span,
)
from serge_desktop.ui.reader.selection import (
    body_span,
    caret_on_screen,
    copied_mime,
    snapped_to_words,
)
from serge_desktop.ui.reader.selection_colours import SelectionColours
from serge_desktop.ui.reader.typesetting import ReaderColours, reading_font

ZOOM_STEPS = (0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.35, 1.5, 1.7, 2.0, 2.4)
MEASURE_CHARS = 68  # characters a line: inside the 65 to 75 that long reading wants
# Keys that move the caret a line or a page: the caret is brought into view first, so they
# read on from what is shown rather than jumping back to where the caret was left.
PAGING_KEYS = (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_Down, Qt.Key.Key_Up)


class ReaderView(QTextBrowser):
    selection_changed = Signal()
    passage_clicked = Signal(int)
    visible_span_changed = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._selection_colours = SelectionColours(self)  # before any change event comes
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
        self._menu = ReaderMenu()
        self._highlights = HighlightLayer()
        self.place = ReadingPlace(self, lambda: self._article_document)
        self._text_left = 0.0  # where the text column starts, for the margin marks
        self._exact_selection = False  # Alt held: the mouse selection is not snapped to words
        self._find_text = ""
        self._matches = FindMatches()
        self.mentions = MentionMarks(self)  # names of the index, underlined when View asks
        self.mentions.changed.connect(self._refresh_highlights)
        self._focus_ring = FocusRing(self)
        self._selection_colours.start()
        # While idle, the highlights of the screens above and below are worked out ahead.
        self._ahead = QTimer(self, singleShot=True, interval=0)
        self._ahead.timeout.connect(self._prepare_ahead)
        self.flash = PassageFlash(self)
        self.flash.changed.connect(self._refresh_highlights)
        self.selectionChanged.connect(self.selection_changed)
        self.verticalScrollBar().valueChanged.connect(self._emit_visible_span)

    # The article ---------------------------------------------------------------------------

    def show_article(self, article: ArticleView) -> None:
        # The view lets go of the old document before the last reference to it goes away.
        typeset = ArticleDocument(article, self.reading_font(), self.palette())
        # The column is set before the view lays the text out, so it is laid out once.
        self._text_left = typeset.set_column(self.viewport().width(), MEASURE_CHARS)
        with self.place.keeping():  # the old place means nothing in the new text
            self.setDocument(typeset.document)
            self._article_document = typeset
        self._highlights.set_document(typeset)
        self._matches.search(typeset, self._find_text)
        self._refresh_highlights()
        self.verticalScrollBar().setValue(0)
        self.place.follow_view()  # its start

    def clear_article(self) -> None:
        """Show no article (the one shown went to the trash and none is left)."""
        self._article_document = self.place.offset = None
        self.flash.stop()
        self._highlights.clear()
        self._matches.search(None, self._find_text)
        self.setDocument(QTextDocument(self))
        self._refresh_highlights()

    def article(self) -> ArticleView | None:
        return self._article_document.article if self._article_document else None

    def reading_font(self) -> QFont:
        return reading_font(ZOOM_STEPS[self._zoom_index])

    def selected_span(self) -> tuple[int, int] | None:
        """The selection as body offsets, or None when nothing of the body is selected."""
        doc = self._article_document
        return body_span(doc, self.textCursor()) if doc is not None else None

    def select_span(self, start: int, end: int) -> None:
        if self._article_document is not None:
            self.setTextCursor(self._article_document.cursor_for(start, end))

    def snap_selection_to_words(self) -> None:
        """Widen the selection so that it cuts no word at either end (a mouse selection's end)."""
        doc = self._article_document
        snapped = snapped_to_words(doc, self.textCursor()) if doc is not None else None
        if snapped is not None:
            self.setTextCursor(snapped)

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

    def show_span(self, start: int, end: int, *, flash: bool = False) -> None:
        """Scroll the passage to the upper third of the view; ``flash`` briefly highlights it."""
        if self._article_document is None:
            return
        cursor = self._article_document.cursor_for(start, end)
        scroll_to_upper_third(self, cursor, if_hidden=False)
        if flash:
            self.flash.start(cursor)

    # Highlights ----------------------------------------------------------------------------

    def set_notes(self, notes: Sequence[NoteView], active: int | None) -> None:
        """The notes to highlight (those placed in the text shown) and the one being edited.

        Only the paragraphs whose notes changed are drawn again, so this is cheap to call on
        every change of the notes (a note saved, another note made current).
        """
        if self._highlights.set_notes(notes, active):
            self.viewport().update()

    def note_at(self, offset: int) -> NoteView | None:
        """The note highlighted at this body offset (the most specific one where they overlap)."""
        return self._highlights.note_at(offset)

    def highlight_count(self) -> int:
        return self._highlights.highlight_count()

    def _refresh_highlights(self) -> None:
        """Find's matches and the flash of a passage shown (the notes are drawn in paintEvent)."""
        doc = self._article_document
        colours = doc.colours if doc is not None else ReaderColours.from_palette(self.palette())
        selections = self._matches.selections(colours) + self.mentions.selections(doc)
        glow = self.flash.glow(colours)
        if glow is not None:
            selections.append(tinted(*glow))
        self.setExtraSelections(selections)

    def _prepare_ahead(self) -> None:
        height = self.viewport().height()
        top = self.verticalScrollBar().value()
        area = QRectF(0, top - height, self.viewport().width(), 3 * height)
        if self._highlights.prepare_one(area, self._text_left):
            self._ahead.start()  # one block at a time, so typing and scrolling come first

    # Find ----------------------------------------------------------------------------------

    def find_all(self, text: str) -> int:
        """Mark every match of ``text`` (ignoring case), go to the first, return the count."""
        self._find_text = text
        self._matches.search(self._article_document, text)
        if self._matches.cursors:
            self.go_to_match(0)
        else:
            self._refresh_highlights()
        return len(self._matches.cursors)

    def go_to_match(self, index: int) -> int:
        """Show match ``index`` (wrapping around); returns the index shown, or -1."""
        cursor = self._matches.step_to(index)
        if cursor is None:
            return -1
        scroll_to_upper_third(self, cursor, if_hidden=True)
        self._refresh_highlights()
        return self._matches.current

    def current_match(self) -> int:
        return self._matches.current

    def match_count(self) -> int:
        return len(self._matches.cursors)

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
        current_match = self._matches.current
        self.show_article(article)
        if 0 <= current_match < len(self._matches.cursors):
            self._matches.current = current_match  # the same words are still current
            self._refresh_highlights()
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
    def paintEvent(self, event: QPaintEvent) -> None:
        # Highlights go under the text, so they are drawn before it.
        self._highlights.paint_viewport(self, event.rect(), self._text_left)
        super().paintEvent(event)
        self._ahead.start()

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in PAGING_KEYS:
            self._bring_caret_into_view()
        super().keyPressEvent(event)

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._exact_selection = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        super().mousePressEvent(event)

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
    def event(self, event: QEvent) -> bool:
        # Hovering a highlight shows its note.
        if event.type() == QEvent.Type.ToolTip and self._article_document is not None:
            assert isinstance(event, QHelpEvent)
            point = self.viewport().mapFrom(self, event.pos())
            offset = offset_at(self, self._article_document, point)
            note = self.note_at(offset) if offset is not None else None
            if note is not None:
                text = note.body.strip() or self.tr("A highlight without a note")
                QToolTip.showText(event.globalPos(), text[:600], self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

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
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self._menu.open(self, event, self._article_document)

    def set_context_actions(self, actions: list[QAction]) -> None:
        """Actions offered first in the reader's context menu (such as "Add note")."""
        self._menu.actions = list(actions)

    def add_context_action(self, action: QAction, prepare: Preparation | None = None) -> None:
        """One more action in the context menu; ``prepare(offset)`` runs as the menu opens."""
        self._menu.actions.append(action)
        self._menu.preparations += [prepare] if prepare else []

    def context_menu_offset(self) -> int | None:
        """The body offset where the context menu was last opened, if it was on the text."""
        return self._menu.offset

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self._article_document is None:
            return
        if self.textCursor().hasSelection():
            # Alt, held when the drag began or as it ends, keeps the selection exact.
            exact = self._exact_selection or event.modifiers() & Qt.KeyboardModifier.AltModifier
            if not exact:
                self.snap_selection_to_words()
        else:
            offset = offset_at(self, self._article_document, event.position().toPoint())
            if offset is not None:
                self.passage_clicked.emit(offset)

    @override
    def loadResource(self, kind: int, name: QUrl | str) -> object:
        # Nothing an article names is fetched: not from the web, not from a file.
        return super().loadResource(kind, name) if may_load_resource(QUrl(name)) else None
