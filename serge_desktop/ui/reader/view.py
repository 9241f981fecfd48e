"""The reading pane: the article's surface with highlights, find, names and the reader's clicks.

Signals:
    selection_changed(): the reader's text selection changed (for enabling "Add note").
    passage_clicked(int): a click without selection landed on this body offset.
    visible_span_changed(int, int): the body offsets at the top and bottom of the viewport.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QHelpEvent, QMouseEvent, QPaintEvent
from PySide6.QtWidgets import QToolTip, QWidget
from typing_extensions import override

from serge_desktop.services.views import HighlightView, NoteView
from serge_desktop.ui.common.focus_ring import FocusRing
from serge_desktop.ui.reader.context_menu import Preparation, ReaderMenu
from serge_desktop.ui.reader.document import ArticleDocument
from serge_desktop.ui.reader.find_matches import FindMatches, tinted
from serge_desktop.ui.reader.highlight_layer import HighlightLayer
from serge_desktop.ui.reader.mention_marks import MentionMarks
from serge_desktop.ui.reader.passage_flash import PassageFlash
from serge_desktop.ui.reader.reading_place import offset_at, scroll_to_upper_third
from serge_desktop.ui.reader.selection import body_span, snapped_to_words
from serge_desktop.ui.reader.surface import ArticleSurface
from serge_desktop.ui.reader.typesetting import ReaderColours


class ReaderView(ArticleSurface):
    selection_changed = Signal()
    passage_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Article text"))
        self._menu = ReaderMenu()
        self._highlights = HighlightLayer()
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

    @override
    def _document_changed(self, typeset: ArticleDocument | None) -> None:
        if typeset is None:
            self.flash.stop()
            self._highlights.clear()
        else:
            self._highlights.set_document(typeset)
        self._matches.search(typeset, self._find_text)
        self._refresh_highlights()

    @override
    def _typeset_again(self) -> None:
        current_match = self._matches.current
        super()._typeset_again()
        if 0 <= current_match < len(self._matches.cursors):
            self._matches.current = current_match  # the same words are still current
            self._refresh_highlights()

    # The reader's selection ----------------------------------------------------------------

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

    def show_span(self, start: int, end: int, *, flash: bool = False) -> None:
        """Scroll the passage to the upper third of the view; ``flash`` briefly highlights it."""
        if self._article_document is None:
            return
        cursor = self._article_document.cursor_for(start, end)
        scroll_to_upper_third(self, cursor, if_hidden=False)
        if flash:
            self.flash.start(cursor)

    # Highlights ----------------------------------------------------------------------------

    def set_notes(self, notes: Sequence[NoteView | HighlightView], active: int | None) -> None:
        """The notes to highlight (those placed in the text shown) and the one being edited.

        Their highlights alone (HighlightView) will do: a switch of article draws them before
        the notes pane has read its notes.

        Only the paragraphs whose notes changed are drawn again, so this is cheap to call on
        every change of the notes (a note saved, another note made current).
        """
        if self._highlights.set_notes(notes, active):
            self.viewport().update()

    def note_at(self, offset: int) -> NoteView | HighlightView | None:
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

    # The context menu ----------------------------------------------------------------------

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

    # Qt overrides --------------------------------------------------------------------------

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        # Highlights go under the text, so they are drawn before it.
        self._highlights.paint_viewport(self, event.rect(), self._text_left)
        super().paintEvent(event)
        self._ahead.start()

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._exact_selection = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        super().mousePressEvent(event)

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
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self._menu.open(self, event, self._article_document)

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
