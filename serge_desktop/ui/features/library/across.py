"""Library ▸ All Notes (Ctrl+Shift+A) and Conflicting Dates (Ctrl+Shift+D): views across articles.

Both pages are built when first shown, read the library when shown, and again after a change
while they are shown; each item opens its passage in its article, in the study panes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence

from serge_desktop.core.errors import SergeError
from serge_desktop.services.all_notes import LibraryNote
from serge_desktop.services.changes import Changes
from serge_desktop.services.series_timeline import EventClaimView
from serge_desktop.ui.common.error_messages import describe_error
from serge_desktop.ui.window.context import PageId, WindowContext

if TYPE_CHECKING:
    from serge_desktop.ui.features.library.all_notes_page import AllNotesPage
    from serge_desktop.ui.features.library.conflicts_page import ConflictsPage

ALL_NOTES_PAGE = "all_notes"
CONFLICTS_PAGE = "conflicts"


class AcrossArticles(QObject):
    def __init__(self, ctx: WindowContext, menu_id: str) -> None:
        super().__init__(ctx.window())
        self._ctx = ctx
        self._stale = {ALL_NOTES_PAGE: True, CONFLICTS_PAGE: True}
        self._notes_page: AllNotesPage | None = None  # each built when first shown
        self._conflicts_page: ConflictsPage | None = None
        ctx.add_page(ALL_NOTES_PAGE, lambda: self.notes_page, self.tr("All Notes"))
        ctx.add_page(CONFLICTS_PAGE, lambda: self.conflicts_page, self.tr("Conflicts"))
        self.notes_action = QAction(self.tr("&All Notes"), self)
        self.notes_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.notes_action.setStatusTip(self.tr("Every note and highlight of the library"))
        self.conflicts_action = QAction(self.tr("&Conflicting Dates"), self)
        self.conflicts_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.conflicts_action.setStatusTip(self.tr("Events the articles date differently"))
        self.notes_action.triggered.connect(lambda: self.show(ALL_NOTES_PAGE))
        self.conflicts_action.triggered.connect(lambda: self.show(CONFLICTS_PAGE))
        ctx.actions.add("library.all_notes", self.notes_action)
        ctx.actions.add("library.conflicts", self.conflicts_action)
        ctx.actions.add_to_menu(menu_id, [self.notes_action, self.conflicts_action])
        ctx.bus.changed.connect(self._on_changed)

    @property
    def notes_page(self) -> AllNotesPage:
        if self._notes_page is None:
            from serge_desktop.ui.features.library.all_notes_page import AllNotesPage

            page = self._notes_page = AllNotesPage(
                self._ctx.workspace.all_notes, self._ctx.window()
            )
            page.hide()  # the window's until its tab shows it
            page.open_requested.connect(self.open_note)
        return self._notes_page

    @property
    def conflicts_page(self) -> ConflictsPage:
        if self._conflicts_page is None:
            from serge_desktop.ui.features.library.conflicts_page import ConflictsPage

            page = self._conflicts_page = ConflictsPage(self._ctx.window())
            page.hide()
            page.open_requested.connect(self.open_claim)
            page.scope_changed.connect(self.refresh_conflicts)
        return self._conflicts_page

    def show(self, page_id: str) -> None:
        ctx = self._ctx
        ctx.show_page(page_id)
        if self._stale[page_id]:
            self.refresh(page_id)
        page = self.notes_page if page_id == ALL_NOTES_PAGE else self.conflicts_page
        page.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def refresh(self, page_id: str) -> None:
        try:
            if page_id == ALL_NOTES_PAGE:
                self.refresh_notes()
            else:
                self.conflicts_page.set_series(self._ctx.workspace.series.list_series())
                self.refresh_conflicts()
        except SergeError as error:
            self._ctx.show_error(self.tr("The library cannot be read"), describe_error(error))
            return
        self._stale[page_id] = False

    def refresh_notes(self) -> None:
        # The notes first, on the first frame; the filters' choices just after it.
        self.notes_page.apply_filter()
        QTimer.singleShot(0, self._fill_note_choices)

    def _fill_note_choices(self) -> None:
        workspace = self._ctx.workspace
        try:
            authors = sorted({layer.author for layer in workspace.layers.list_layers()})
            self.notes_page.set_choices(
                workspace.library.list_articles(),
                workspace.series.list_series(),
                workspace.tags.tag_names(),
                authors,
            )
        except SergeError as error:
            self._ctx.show_error(self.tr("The library cannot be read"), describe_error(error))

    def refresh_conflicts(self) -> None:
        workspace = self._ctx.workspace
        conflicts = workspace.series_timeline.conflicts(self.conflicts_page.chosen_scope())
        titles = {a.id: a.headline for a in workspace.library.list_articles()}
        self.conflicts_page.model.set_conflicts(conflicts, titles)
        self.conflicts_page.show_conflicts()

    def _on_changed(self, changes: Changes) -> None:
        if not (changes.notes or changes.tags or changes.layers or changes.events
                or changes.articles):  # fmt: skip
            return
        shown = self._ctx.current_page()
        for page_id in self._stale:
            if page_id == shown:
                self.refresh(page_id)
            else:
                self._stale[page_id] = True

    # Going to the passage -----------------------------------------------------------------------

    def open_note(self, item: LibraryNote) -> None:
        ctx = self._ctx
        note = item.note
        ctx.open_article(item.article_slug)
        ctx.show_page(PageId.STUDY)
        if note.author is None:
            ctx.notes.activate_note(note.id)  # the pane shows it and the reader its passage
        elif note.is_placed and note.about == "passage":
            ctx.show_passage(item.article_slug, note.start, note.end)
        ctx.reader.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_claim(self, claim: EventClaimView) -> None:
        ctx = self._ctx
        try:
            slug = ctx.workspace.library.summary_by_id(claim.article_id).slug
        except SergeError as error:
            ctx.show_error(self.tr("The passage cannot be shown"), describe_error(error))
            return
        ctx.open_article(slug)
        ctx.show_page(PageId.STUDY)
        ctx.timeline.select_event(claim.event.id)
        if claim.event.is_placed:
            ctx.show_passage(slug, claim.event.start, claim.event.end)
        ctx.reader.setFocus(Qt.FocusReason.OtherFocusReason)
