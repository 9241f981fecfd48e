"""Edit ▸ Search Everything… (Ctrl+K): the dialog, and going to the article, note or event."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from serge_desktop.services.search_views import ArticleHit, EntityHit, EventHit, NoteHit
from serge_desktop.ui.window.context import PageId, WindowContext

if TYPE_CHECKING:
    from serge_desktop.ui.search.dialog import SearchDialog

Hit = ArticleHit | NoteHit | EventHit | EntityHit


class SearchEverything(QObject):
    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.window())
        self._ctx = ctx
        self.dialog: SearchDialog | None = None
        ctx.actions.get("search.everything").triggered.connect(self.open)

    def open(self) -> None:
        """Show the search dialog (made on first use: start-up does not need it)."""
        ctx = self._ctx
        if self.dialog is None:
            from serge_desktop.ui.common.scope_chooser import ScopeChooser
            from serge_desktop.ui.search.dialog import SearchDialog

            scope = ScopeChooser(ctx.workspace.window_state_path, "search")
            self.dialog = SearchDialog(ctx.workspace.search, scope, ctx.window())
            self.dialog.hit_chosen.connect(self.go_to)
        # The open article and the series may have changed since the last search.
        self.dialog.scope.fill_from(ctx.workspace.series, ctx.current_article())
        self.dialog.open_for_search()
        if self.dialog.field.text().strip():
            self.dialog.run_search()

    def go_to(self, hit: Hit) -> None:
        """Open the hit's article and show the note, the event or the words found."""
        ctx = self._ctx
        if isinstance(hit, EntityHit):  # its page, through the index of names' action
            action = ctx.actions.find("names.open")
            if action is not None:
                action.setData(hit.entity_id)
                action.trigger()
            return
        ctx.open_article(hit.slug)
        ctx.show_page(PageId.STUDY)
        if isinstance(hit, NoteHit):
            ctx.notes.activate_note(hit.note_id)
        elif isinstance(hit, EventHit):
            ctx.timeline.activate_event(hit.event_id)
        elif hit.body_offset is not None:
            first = hit.snippet.matches[0] if hit.snippet.matches else (0, 1)
            ctx.show_passage(hit.slug, hit.body_offset, hit.body_offset + first[1] - first[0])
        ctx.focus_reader()  # Page Down reads on from the hit, as after opening any article


def install(ctx: WindowContext) -> QObject:
    return SearchEverything(ctx)
