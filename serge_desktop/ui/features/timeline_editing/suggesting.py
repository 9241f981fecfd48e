"""Suggest Events…: the review dialog wired to the window's undo stack and the event editor."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt

from serge_desktop.services.timeline_edits import EventFields, EventPassage
from serge_desktop.services.timeline_suggestions import suggestion_key
from serge_desktop.ui.common.dialog_undo import add_undo_keys
from serge_desktop.ui.common.fallible_command import FallibleCommand
from serge_desktop.ui.timeline.editing.commands import AddEventCommand, DismissSuggestionCommand
from serge_desktop.ui.timeline.editing.drafts import DEFAULT_CATEGORY, Draft, draft_from_suggestion
from serge_desktop.ui.timeline.editing.editor import EventEditor
from serge_desktop.ui.timeline.editing.suggestions_dialog import (
    Reviewed,
    SuggestionActions,
    SuggestionsDialog,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from serge_desktop.core.event_suggestions import SuggestedEvent
    from serge_desktop.ui.window.context import WindowContext


class Editing(Protocol):
    """What the review needs of the editing feature."""

    def push(self, command: FallibleCommand, failure_title: str) -> bool: ...
    def open_editor(self, draft: Draft, parent: QWidget | None = None) -> EventEditor: ...


class SuggestionReview(QObject):
    """Opens the suggestions dialog for the open article; one at a time."""

    def __init__(self, ctx: WindowContext, editing: Editing) -> None:
        super().__init__(ctx.window())
        self._ctx = ctx
        self._editing = editing
        self.dialog: SuggestionsDialog | None = None

    def open(self) -> None:
        if self._ctx.current_article() is None:
            return
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        actions = SuggestionActions(
            load=self._load, accept=self._accept, edit=self._edit, dismiss=self._dismiss
        )
        dialog = SuggestionsDialog(actions, self._ctx.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._forget)
        add_undo_keys(dialog, self._ctx.undo_stack, self._after_undo)
        self.dialog = dialog
        dialog.show()

    def reload(self) -> None:
        if self.dialog is not None:
            self.dialog.reload()

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()

    def _forget(self) -> None:
        self.dialog = None

    def _after_undo(self) -> None:
        self.reload()

    def _load(self) -> list[SuggestedEvent]:
        article = self._ctx.current_article()
        if article is None:
            return []
        return self._ctx.workspace.timeline.open_suggestions(article.id)

    def _accept(self, reviewed: list[Reviewed]) -> None:
        article = self._ctx.current_article()
        if article is None or not reviewed:
            return
        stack = self._ctx.undo_stack
        added = 0
        if len(reviewed) > 1:
            stack.beginMacro(self.tr("Accept %n suggested event(s)", "", len(reviewed)))
        try:
            for suggestion, label in reviewed:
                fields = EventFields(
                    suggestion.date_edtf, suggestion.date_text, label, DEFAULT_CATEGORY
                )
                passage = EventPassage(article.revision_id, suggestion.start, suggestion.end)
                command = AddEventCommand(
                    self._ctx.workspace.timeline,
                    self._ctx.bus,
                    article_id=article.id,
                    fields=fields,
                    passage=passage,
                    said=len(reviewed) == 1,
                )
                if not self._editing.push(command, self.tr("The event was not added")):
                    break
                added += 1
        finally:
            if len(reviewed) > 1:
                stack.endMacro()
                if added:  # one sentence for them all, not one a screen reader reads per event
                    self._ctx.bus.say(self.tr("%n suggested event(s) added.", "", added))

    def _edit(self, reviewed: Reviewed) -> None:
        article = self._ctx.current_article()
        if article is not None:
            suggestion, label = reviewed
            self._editing.open_editor(
                draft_from_suggestion(article, suggestion, label), self.dialog
            )

    def _dismiss(self, reviewed: Reviewed) -> None:
        article = self._ctx.current_article()
        if article is None:
            return
        suggestion, label = reviewed
        command = DismissSuggestionCommand(
            self._ctx.workspace.timeline,
            self._ctx.bus,
            article_id=article.id,
            key=suggestion_key(suggestion),
            label=label,
        )
        self._editing.push(command, self.tr("The suggestion was not dismissed"))
