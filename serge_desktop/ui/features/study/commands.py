"""Undoable study steps: a grade, and the card browser's suspend, reset and delete.

Each command calls the study or browser service in ``redo`` and ``undo``, keeps what the service
returned for undo (the review's id, the ids changed, the memories replaced), and announces
``Changes(cards=True)`` so the review page, the browser and the statistics read again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject
from typing_extensions import override

from serge_desktop.core.cards_scheduling import Grade
from serge_desktop.services.cards.browser import CardBrowserService, MemoriesBefore
from serge_desktop.services.cards.study import StudyService
from serge_desktop.services.changes import Changes
from serge_desktop.services.notes import NotesService
from serge_desktop.services.views import NoteView
from serge_desktop.ui.common.bus import ChangeBus
from serge_desktop.ui.common.fallible_command import FallibleCommand

CARDS_CHANGED = Changes(cards=True)


class CardCommandTexts(QObject):
    """The commands' names for Edit ▸ Undo, counted (lupdate sees a QObject's ``tr`` only)."""

    def suspend(self, count: int, *, suspended: bool) -> str:
        if suspended:
            return self.tr("Suspend %n Card(s)", "", count)
        return self.tr("Unsuspend %n Card(s)", "", count)

    def reset(self, count: int) -> str:
        return self.tr("Reset %n Card(s)", "", count)

    def delete(self, count: int) -> str:
        return self.tr("Delete %n Card(s)", "", count)


class GradeCommand(FallibleCommand):
    """Grades a card; undo takes the grade back, and the card is shown again."""

    def __init__(
        self,
        study: StudyService,
        bus: ChangeBus,
        *,
        card_id: int,
        grade: Grade,
        duration_ms: int | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("GradeCommand", "Grade Card"), bus)
        self._study = study
        self._card_id = card_id
        self._grade = grade
        self._duration_ms = duration_ms
        self.review_id: int | None = None

    @property
    def card_id(self) -> int:
        return self._card_id

    @override
    def redo(self) -> None:
        outcome = self.attempt(
            lambda: self._study.grade(
                card_id=self._card_id, grade=self._grade, duration_ms=self._duration_ms
            )
        )
        if outcome is not None:
            self.review_id = outcome.review_id
            self.announce(CARDS_CHANGED)

    @override
    def undo(self) -> None:
        if self.review_id is not None:
            self._study.undo_grade(review_id=self.review_id)
            self.review_id = None
        self.announce(CARDS_CHANGED)


class SuspendCardsCommand(FallibleCommand):
    """Suspends (or unsuspends) cards; undo flips back exactly those that changed."""

    def __init__(
        self,
        browser: CardBrowserService,
        bus: ChangeBus,
        *,
        card_ids: Sequence[int],
        suspended: bool,
    ) -> None:
        # Through CardCommandTexts: lupdate takes a count only from a QObject's ``tr``.
        super().__init__(CardCommandTexts().suspend(len(card_ids), suspended=suspended), bus)
        self._browser = browser
        self._card_ids = tuple(card_ids)
        self._suspended = suspended
        self._changed: tuple[int, ...] = ()

    @override
    def redo(self) -> None:
        changed = self.attempt(
            lambda: self._browser.set_suspended(card_ids=self._card_ids, suspended=self._suspended)
        )
        if changed is None:
            return
        self._changed = changed
        if not changed:
            self.setObsolete(True)  # they already were: nothing to undo
        self.announce(CARDS_CHANGED)

    @override
    def undo(self) -> None:
        self._browser.set_suspended(card_ids=self._changed, suspended=not self._suspended)
        self.announce(CARDS_CHANGED)


class ResetCardsCommand(FallibleCommand):
    """Makes cards new again (their review history kept); undo gives back their memories."""

    def __init__(
        self, browser: CardBrowserService, bus: ChangeBus, *, card_ids: Sequence[int]
    ) -> None:
        super().__init__(CardCommandTexts().reset(len(card_ids)), bus)
        self._browser = browser
        self._card_ids = tuple(card_ids)
        self._before: MemoriesBefore | None = None

    @override
    def redo(self) -> None:
        before = self.attempt(lambda: self._browser.reset(card_ids=self._card_ids))
        if before is not None:
            self._before = before
            self.announce(CARDS_CHANGED)

    @override
    def undo(self) -> None:
        if self._before is not None:
            self._browser.restore_memories(self._before)
        self.announce(CARDS_CHANGED)


class DeleteCardsCommand(FallibleCommand):
    """Deletes cards (their notes and events stay); undo brings them back."""

    def __init__(
        self, browser: CardBrowserService, bus: ChangeBus, *, card_ids: Sequence[int]
    ) -> None:
        super().__init__(CardCommandTexts().delete(len(card_ids)), bus)
        self._browser = browser
        self._card_ids = tuple(card_ids)
        self._deleted: tuple[int, ...] = ()

    @override
    def redo(self) -> None:
        deleted = self.attempt(lambda: self._browser.delete(card_ids=self._card_ids))
        if deleted is not None:
            self._deleted = deleted
            self.announce(CARDS_CHANGED)

    @override
    def undo(self) -> None:
        self._browser.undelete(card_ids=self._deleted)
        self.announce(CARDS_CHANGED)


class MakeCardCommand(FallibleCommand):
    """Marks a note "Make a card" (or not); undo puts the mark back as it was."""

    def __init__(
        self, notes: NotesService, bus: ChangeBus, *, note_id: int, makes_card: bool
    ) -> None:
        text = (
            QCoreApplication.translate("MakeCardCommand", "Make a Card of the Note")
            if makes_card
            else QCoreApplication.translate("MakeCardCommand", "Make No Card of the Note")
        )
        super().__init__(text, bus)
        self._notes = notes
        self._note_id = note_id
        self._makes_card = makes_card

    @override
    def redo(self) -> None:
        if self.attempt(self._mark(self._makes_card)) is not None:
            self.announce(self._changes())

    @override
    def undo(self) -> None:
        self._mark(not self._makes_card)()
        self.announce(self._changes())

    def _mark(self, makes_card: bool) -> Callable[[], NoteView]:
        return lambda: self._notes.set_makes_card(note_id=self._note_id, makes_card=makes_card)

    def _changes(self) -> Changes:
        return Changes(notes=True, cards=True, note_id=self._note_id)
