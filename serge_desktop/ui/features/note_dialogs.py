"""The study window's dialogs: search everything, the trash, a note's history, the tags.

A mixin of ``MainWindow`` (see ``note_editing``); each dialog is made when first asked for,
since start-up needs none of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from serge_desktop.services.search_views import ArticleHit, EventHit, NoteHit
from serge_desktop.ui.features.note_editing import NoteEditing

if TYPE_CHECKING:
    from serge_desktop.ui.search.dialog import SearchDialog

Hit = ArticleHit | NoteHit | EventHit


class WindowDialogs(NoteEditing):
    _search_dialog: SearchDialog | None

    def _show_dialog(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a fresh one each time
        dialog.open()

    def open_trash(self) -> None:
        from serge_desktop.ui.notes.dialogs.trash_dialog import TrashDialog

        self.notes_pane.flush()  # the dialogs' own Ctrl+Z does not go through the window
        headlines = {s.id: s.headline for s in self.workspace.library.list_articles()}
        self._show_dialog(
            TrashDialog(
                self.workspace.notes,
                self.undo_stack,
                self._on_notes_changed,
                article_id=self._article.id if self._article else None,
                headlines=headlines,
                parent=self,
            )
        )

    def open_note_history(self) -> None:
        from serge_desktop.ui.notes.dialogs.history_dialog import HistoryDialog

        note_id = self.notes_pane.current_note_id()
        if note_id is None:
            return
        self.notes_pane.flush()
        self._show_dialog(
            HistoryDialog(
                self.workspace.notes,
                self.undo_stack,
                self._on_notes_changed,
                note_id=note_id,
                parent=self,
            )
        )

    def open_tags(self) -> None:
        from serge_desktop.ui.notes.dialogs.tags_dialog import TagsDialog

        self.notes_pane.flush()
        self._show_dialog(
            TagsDialog(self.workspace.tags, self.undo_stack, self._on_notes_changed, parent=self)
        )

    def open_search(self) -> None:
        """Show the search-everything dialog (made on first use: start-up does not need it)."""
        if self._search_dialog is None:
            from serge_desktop.ui.search.dialog import SearchDialog

            self._search_dialog = SearchDialog(self.workspace.search, self)
            self._search_dialog.hit_chosen.connect(self._on_search_hit)
        self._search_dialog.open_for_search()

    def _on_search_hit(self, hit: Hit) -> None:
        self.open_article(hit.slug)
        if isinstance(hit, NoteHit):
            self.notes_pane.select_note(hit.note_id)
            self._on_note_activated(hit.note_id)
        elif isinstance(hit, EventHit):
            self.timeline.select_event(hit.event_id)
            self._on_event_activated(hit.event_id)
        elif hit.body_offset is not None:
            first = hit.snippet.matches[0] if hit.snippet.matches else (0, 1)
            self.reader.show_span(
                hit.body_offset, hit.body_offset + first[1] - first[0], flash=True
            )
