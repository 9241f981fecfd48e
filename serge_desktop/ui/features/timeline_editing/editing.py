"""The timeline editing feature: add, edit, delete and suggest events, undoably; the table twin."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from serge_desktop.services.changes import Changes
from serge_desktop.services.timeline_edits import EventPassage
from serge_desktop.services.views import ArticleView, TimelineEventView
from serge_desktop.ui.common.error_messages import describe_error
from serge_desktop.ui.common.fallible_command import FallibleCommand
from serge_desktop.ui.features.timeline_editing.categories import CategoriesDialog
from serge_desktop.ui.features.timeline_editing.suggesting import SuggestionReview
from serge_desktop.ui.features.timeline_editing.table_twin import TableTwin
from serge_desktop.ui.timeline.editing.commands import (
    AddEventCommand,
    DeleteEventCommand,
    EditEventCommand,
)
from serge_desktop.ui.timeline.editing.drafts import (
    Draft,
    blank_draft,
    draft_from_passage,
    editing_start,
)
from serge_desktop.ui.timeline.editing.editor import EventEditor
from serge_desktop.ui.window.actions import MenuId
from serge_desktop.ui.window.context import WindowContext


class TimelineEditing(QObject):
    """Timeline menu actions and "Add to Timeline" in the reader; every change goes on the stack."""

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.window())
        self._ctx = ctx
        self.editor: EventEditor | None = None
        self.twin = TableTwin(ctx.timeline, self)
        self.review = SuggestionReview(ctx, self)
        self.add_event = self._action(self.tr("&Add Event…"), "Ctrl+Shift+E")
        self.add_event.setStatusTip(
            self.tr("Add an event; a selected passage becomes its evidence")
        )
        self.edit_event = self._action(self.tr("&Edit Event…"), "F2")
        self.delete_event = self._action(self.tr("&Delete Event"), None)
        self.delete_event.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.suggest = self._action(self.tr("Su&ggest Events…"), None)
        self.suggest.setStatusTip(self.tr("Review the article's dated sentences not yet on it"))
        self.manage_categories = self._action(self.tr("&Categories…"), None)
        self.manage_categories.setStatusTip(
            self.tr("Add, rename, recolour and merge the library's timeline categories")
        )
        self.categories_dialog: CategoriesDialog | None = None
        self.add_to_timeline = self._action(self.tr("Add to &Timeline…"), None)
        self.add_to_timeline.setStatusTip(self.tr("An event with the date read from this sentence"))
        # Delete acts on the timeline only while it (or its table) has the focus: elsewhere the
        # key deletes text or notes.
        self.delete_event.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for widget in (ctx.timeline, self.twin.table):
            widget.addAction(self.delete_event)
        for action_id, action in (
            ("timeline.add_event", self.add_event),
            ("timeline.edit_event", self.edit_event),
            ("timeline.delete_event", self.delete_event),
            ("timeline.suggest", self.suggest),
            ("timeline.categories", self.manage_categories),
            ("timeline.add_from_passage", self.add_to_timeline),
            ("timeline.show_table", self.twin.show_table),
        ):
            ctx.actions.add(action_id, action)
        ctx.actions.add_to_menu(
            MenuId.TIMELINE, [self.add_event, self.edit_event, self.delete_event, self.suggest]
        )
        ctx.actions.add_to_menu(MenuId.TIMELINE, [self.twin.show_table, self.manage_categories])
        ctx.reader.add_context_action(self.add_to_timeline)
        self.add_event.triggered.connect(self.add_from_selection)
        self.add_to_timeline.triggered.connect(self.add_from_context_menu)
        self.edit_event.triggered.connect(self.edit_selected)
        self.delete_event.triggered.connect(self.delete_selected)
        self.suggest.triggered.connect(self.review.open)
        self.manage_categories.triggered.connect(self.open_categories)
        ctx.timeline.offer_suggestions(self.suggest)  # a button where there are no events yet
        self.twin.selection_moved.connect(self._update_actions)
        for signal in (ctx.timeline.event_selected, ctx.timeline.event_activated):
            signal.connect(lambda _id: self._update_actions())
        ctx.bus.article_opened.connect(self._on_article_opened)
        ctx.bus.changed.connect(self._on_changed)
        self._update_actions()

    def _action(self, text: str, shortcut: QKeySequence.StandardKey | str | None) -> QAction:
        action = QAction(text, self._ctx.window())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    # Adding ---------------------------------------------------------------------------------

    def add_from_selection(self) -> None:
        """Add Event…: the reader's selection is the evidence; without one, a blank event."""
        article = self._ctx.current_article()
        span = self._ctx.reader.selected_span()
        if article is None:
            return
        self.open_editor(draft_from_passage(article, *span) if span else blank_draft())

    def add_from_context_menu(self) -> None:
        """Add to Timeline…: the selection, or the sentence the context menu was opened on."""
        article = self._ctx.current_article()
        if article is None:
            return
        span = self._ctx.reader.selected_span()
        offset = self._ctx.reader.context_menu_offset()
        if span is None and offset is None:
            self.open_editor(blank_draft())
            return
        start, end = span if span is not None else (offset or 0, offset or 0)
        self.open_editor(draft_from_passage(article, start, end))

    def open_editor(self, draft: Draft, parent: QWidget | None = None) -> EventEditor:
        """Show the editor (window-modal); OK pushes the addition on the undo stack."""
        editor = EventEditor(
            draft.start, parent or self._ctx.window(), categories=self._categories()
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.accepted.connect(lambda: self._add(editor, draft.passage))
        self.editor = editor
        editor.open()
        return editor

    def _add(self, editor: EventEditor, passage: EventPassage | None) -> None:
        article = self._ctx.current_article()
        if article is not None:
            self.push(
                AddEventCommand(
                    self._ctx.workspace.timeline,
                    self._ctx.bus,
                    article_id=article.id,
                    fields=editor.fields(),
                    passage=passage,
                ),
                self.tr("The event was not added"),
            )

    def _categories(self) -> list[tuple[str, str | None]]:
        """The library's categories for the editor's list, in the library's order."""
        return [(c.name, c.color) for c in self._ctx.workspace.categories.list_categories()]

    def open_categories(self) -> CategoriesDialog:
        """Timeline ▸ Categories…: one dialog at a time, beside the window."""
        if self.categories_dialog is None:
            ctx = self._ctx
            dialog = CategoriesDialog(
                ctx.workspace.categories, ctx.bus, ctx.undo_stack, ctx.show_error, ctx.window()
            )
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(self._forget_categories)
            self.categories_dialog = dialog
        self.categories_dialog.show()
        self.categories_dialog.raise_()
        return self.categories_dialog

    def _forget_categories(self) -> None:
        self.categories_dialog = None

    # Editing and deleting -------------------------------------------------------------------

    def selected_event_id(self) -> int | None:
        return self._ctx.timeline.selected_event_id()

    def _selected_event(self) -> TimelineEventView | None:
        selected = self.selected_event_id()
        return next((e for e in self._ctx.timeline.events() if e.id == selected), None)

    def edit_selected(self) -> None:
        article = self._ctx.current_article()
        event = next(
            (e for e in self._ctx.timeline.events() if e.id == self.selected_event_id()), None
        )
        if article is None or event is None:
            return
        editor = EventEditor(
            editing_start(article, event), self._ctx.window(), categories=self._categories()
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.accepted.connect(lambda: self._save(event.id, editor))
        self.editor = editor
        editor.open()

    def _save(self, event_id: int, editor: EventEditor) -> None:
        fields = editor.fields()
        if fields == editor.start_fields():
            return  # nothing changed: no step on the undo stack
        self.push(
            EditEventCommand(
                self._ctx.workspace.timeline, self._ctx.bus, event_id=event_id, fields=fields
            ),
            self.tr("The event was not changed"),
        )

    def delete_selected(self) -> None:
        event = next(
            (e for e in self._ctx.timeline.events() if e.id == self.selected_event_id()), None
        )
        if event is None:
            return
        command = DeleteEventCommand(
            self._ctx.workspace.timeline, self._ctx.bus, event_id=event.id, label=event.label
        )
        if self.push(command, self.tr("The event was not deleted")):
            self._ctx.show_status(self.tr("Event deleted. Undo with Ctrl+Z."), 8000)

    # After every change ---------------------------------------------------------------------

    def push(self, command: FallibleCommand, failure_title: str) -> bool:
        """Run a command through the window's undo stack; say why when it was refused."""
        self._ctx.undo_stack.push(command)
        if command.error is not None:
            self._ctx.show_error(failure_title, describe_error(command.error))
            return False
        return True

    def _on_changed(self, changes: Changes) -> None:
        if changes.events or changes.suggestions:
            self.review.reload()
            self._update_actions()

    def _on_article_opened(self, _article: ArticleView) -> None:
        self.review.close()
        self._update_actions()

    def _update_actions(self) -> None:
        has_article = self._ctx.current_article() is not None
        selected = self.selected_event_id() is not None
        for action in (self.add_event, self.add_to_timeline, self.suggest):
            action.setEnabled(has_article)
        self.edit_event.setEnabled(selected)
        self.delete_event.setEnabled(selected)


def install(ctx: WindowContext) -> QObject:
    return TimelineEditing(ctx)
