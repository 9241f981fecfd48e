"""Undoable timeline edits: add, edit and delete events, and dismiss a suggested one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from typing_extensions import override

from serge_desktop.services.changes import Changes
from serge_desktop.services.timeline import TimelineService
from serge_desktop.services.timeline_edits import EventFields, EventPassage, EventSnapshot
from serge_desktop.ui.common.bus import ChangeBus
from serge_desktop.ui.common.fallible_command import FallibleCommand
from serge_desktop.ui.timeline.date_wording import say_date


def event_changed(event_id: int | None) -> Changes:
    """An event was written (made, restored, changed): it is the one to select afterwards."""
    return Changes(events=True, event_id=event_id)


def _named(text: str, label: str) -> str:
    """The undo step's name: ``text`` (translated, with %1) filled with the label, kept short."""
    return text.replace("%1", label if len(label) <= 40 else label[:39] + "…")


class AddEventCommand(FallibleCommand):
    """Creates the event on the first redo; undo deletes it, redo restores it with the same id."""

    def __init__(
        self,
        timeline: TimelineService,
        bus: ChangeBus,
        *,
        article_id: int,
        fields: EventFields,
        passage: EventPassage | None,
        said: bool = True,
    ) -> None:
        super().__init__(
            _named(QCoreApplication.translate("EventCommands", "Add event “%1”"), fields.label), bus
        )
        self._said = said  # False when one of many: their caller says them in one sentence
        self._timeline = timeline
        self._article_id = article_id
        self._fields = fields
        self._passage = passage
        self._snapshot: EventSnapshot | None = None
        self.event_id: int | None = None

    @override
    def redo(self) -> None:
        if self._snapshot is None:
            made = self.attempt(
                lambda: self._timeline.create_event(
                    article_id=self._article_id, fields=self._fields, passage=self._passage
                )
            )
            if made is None:
                return
            self.event_id = made.id
            if self._said:
                self._say_added()
        else:
            snapshot = self._snapshot
            if self.attempt(lambda: self._timeline.restore_event(snapshot)) is None:
                return
        self.announce(event_changed(self.event_id))

    def _say_added(self) -> None:
        self.say(
            QCoreApplication.translate("EventCommands", "Event added: %1, %2.")
            .replace("%2", say_date(self._fields.edtf))
            .replace("%1", self._fields.label)
        )

    @override
    def undo(self) -> None:
        if self.event_id is not None:
            event_id = self.event_id
            self._snapshot = self.attempt(lambda: self._timeline.delete_event(event_id=event_id))
        self.announce(Changes(events=True))


class EditEventCommand(FallibleCommand):
    """Changes an event's date, label, category or context flag; undo puts the old ones back."""

    def __init__(
        self, timeline: TimelineService, bus: ChangeBus, *, event_id: int, fields: EventFields
    ) -> None:
        super().__init__(
            _named(QCoreApplication.translate("EventCommands", "Edit event “%1”"), fields.label),
            bus,
        )
        self._timeline = timeline
        self.event_id = event_id
        self._after = fields
        self._before: EventFields | None = None

    @override
    def redo(self) -> None:
        after = self._after
        before = self.attempt(
            lambda: self._timeline.update_event(event_id=self.event_id, fields=after)
        )
        if before is None:
            return
        self._before = self._before or before
        self.announce(event_changed(self.event_id))

    @override
    def undo(self) -> None:
        before = self._before
        if before is not None:
            self.attempt(lambda: self._timeline.update_event(event_id=self.event_id, fields=before))
        self.announce(event_changed(self.event_id))


class DeleteEventCommand(FallibleCommand):
    """Deletes an event; undo restores it with its id, passage and the notes about it."""

    def __init__(
        self, timeline: TimelineService, bus: ChangeBus, *, event_id: int, label: str
    ) -> None:
        super().__init__(
            _named(QCoreApplication.translate("EventCommands", "Delete event “%1”"), label), bus
        )
        self._timeline = timeline
        self.event_id = event_id
        self._snapshot: EventSnapshot | None = None

    @override
    def redo(self) -> None:
        snapshot = self.attempt(lambda: self._timeline.delete_event(event_id=self.event_id))
        if snapshot is None:
            return
        self._snapshot = snapshot
        self.announce(snapshot.changes)

    @override
    def undo(self) -> None:
        snapshot = self._snapshot
        if snapshot is not None:
            self.attempt(lambda: self._timeline.restore_event(snapshot))
        self.announce(event_changed(self.event_id))


class DismissSuggestionCommand(FallibleCommand):
    """Remembers that a suggestion is not wanted; undo offers it again."""

    def __init__(
        self,
        timeline: TimelineService,
        bus: ChangeBus,
        *,
        article_id: int,
        key: str,
        label: str,
    ) -> None:
        super().__init__(
            _named(QCoreApplication.translate("EventCommands", "Dismiss suggestion “%1”"), label),
            bus,
        )
        self._timeline = timeline
        self._article_id = article_id
        self._key = key

    @override
    def redo(self) -> None:
        changes = self.attempt(
            lambda: self._timeline.dismiss_suggestion(article_id=self._article_id, key=self._key)
        )
        self.announce(changes or Changes(suggestions=True))

    @override
    def undo(self) -> None:
        changes = self.attempt(
            lambda: self._timeline.undismiss_suggestion(article_id=self._article_id, key=self._key)
        )
        self.announce(changes or Changes(suggestions=True))
