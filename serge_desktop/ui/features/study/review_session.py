"""One study session: which cards (everything, an article, a series), the card shown, its grade.

The page only shows; this decides. Grades go on the Review page's own undo stack, so Ctrl+Z
(Edit ▸ Undo) takes the last one back and shows its card again, answer hidden.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from serge_desktop.core.cards_scheduling import Grade
from serge_desktop.core.errors import SergeError
from serge_desktop.services.cards.views import Evidence, StudyCard
from serge_desktop.services.changes import Changes
from serge_desktop.ui.common.error_messages import describe_error
from serge_desktop.ui.features.study.commands import GradeCommand
from serge_desktop.ui.features.study.review_page import ReviewPage
from serge_desktop.ui.window.context import WindowContext


class ReviewSession(QObject):
    """Drives the Review page from the study service.

    signals:
        passage_opened(): the card's evidence is now shown in the reader.
    """

    passage_opened = Signal()

    def __init__(self, ctx: WindowContext, page: ReviewPage, undo_stack: QUndoStack) -> None:
        super().__init__(page)
        self._ctx = ctx
        self._page = page
        self._undo_stack = undo_stack
        self._scope = ("all", "")
        self._article_ids: tuple[int, ...] | None = None
        self.card: StudyCard | None = None
        self._shown_at = 0.0
        self._undo_index = undo_stack.index()
        self._pushing = False
        page.overview.study_requested.connect(self.start)
        page.answer_requested.connect(self.show_answer)
        page.grade_chosen.connect(lambda grade: self.grade(Grade(grade)))
        page.passage_requested.connect(self.open_passage)
        page.overview_requested.connect(self.show_overview)
        undo_stack.indexChanged.connect(self._after_undo_or_redo)
        ctx.bus.changed.connect(self._on_changed)

    @property
    def studying(self) -> bool:
        return self._page.currentWidget() is self._page.studying

    # The counts -----------------------------------------------------------------------------

    def show_overview(self) -> None:
        self.refresh_counts()
        self._page.show_overview()

    def refresh_counts(self) -> None:
        study = self._ctx.workspace.study
        try:
            counts, left = study.due_counts(), study.new_cards_left_today()
        except SergeError as error:
            self._ctx.show_error(self.tr("The cards cannot be read"), describe_error(error))
            return
        self._page.overview.set_counts(counts, new_left=left)

    # Studying -------------------------------------------------------------------------------

    def start(self, scope: str, key: str) -> None:
        """Study everything due, or an article's cards (by slug), or a series' (by name)."""
        try:
            self._article_ids = self._articles_of(scope, key)
        except SergeError as error:
            self._ctx.show_error(self.tr("The cards cannot be read"), describe_error(error))
            return
        self._scope = (scope, key)
        self.next_card()

    def next_card(self) -> None:
        try:
            self.card = self._ctx.workspace.study.next_card(article_ids=self._article_ids)
        except SergeError as error:
            self._ctx.show_error(self.tr("The cards cannot be read"), describe_error(error))
            return
        self._show_card()

    def show_answer(self) -> None:
        if self.card is not None and self.studying and not self._page.answer_shown():
            self._page.show_answer(self.card)

    def grade(self, grade: Grade) -> None:
        if self.card is None or not self._page.answer_shown():
            return
        spent = int((time.monotonic() - self._shown_at) * 1000)
        command = GradeCommand(
            self._ctx.workspace.study,
            self._ctx.bus,
            card_id=self.card.card_id,
            grade=grade,
            duration_ms=spent,
        )
        self._pushing = True
        try:
            self._undo_stack.push(command)
        finally:
            self._pushing = False
        if command.error is not None:
            self._ctx.show_error(self.tr("The grade was not kept"), describe_error(command.error))
            return
        self.next_card()

    def open_passage(self) -> None:
        """Show the card's evidence in the reader, flashed; the banner leads back."""
        evidence = self.evidence()
        if evidence is None:
            return
        self._ctx.show_passage(evidence.article_slug, evidence.start, evidence.end)
        self._ctx.focus_reader()
        self.passage_opened.emit()
        if not evidence.is_placed:
            self._ctx.show_status(
                self.tr("The passage is no longer in the text as it was; shown where it was.")
            )

    def evidence(self) -> Evidence | None:
        return None if self.card is None else self.card.face.evidence

    def _show_card(self) -> None:
        if self.card is None:
            self._page.show_done(
                self._scope_title(),
                self.tr("Congratulations: nothing more is due here for now.")
                + "\n"
                + self.tr("Escape goes back to the cards due everywhere."),
            )
            return
        self._shown_at = time.monotonic()
        self._page.show_question(self.card, self._scope_title(), self._left_text())

    def _after_undo_or_redo(self, index: int) -> None:
        before, self._undo_index = self._undo_index, index
        if self._pushing:
            return
        if index > before:  # a grade given again: on to the next card
            if self.studying:
                self.next_card()
            return
        # A grade undone: its card again, question first (as Anki does).
        command = self._undo_stack.command(index)
        if isinstance(command, GradeCommand) and command.review_id is None:
            self.study_card(command.card_id)

    def refresh_card(self) -> None:
        """Read the card shown again (its note or event may have been edited meanwhile).

        A card whose source went away meanwhile gives way to the next card due.
        """
        if self.card is None or not self.studying:
            return
        answered = self._page.answer_shown()
        self.study_card(self.card.card_id)
        if answered and self.card is not None:
            self._page.show_answer(self.card)

    def study_card(self, card_id: int) -> None:
        """Show this card, question first, due or not (else the next card due)."""
        try:
            self.card = self._ctx.workspace.study.card(card_id=card_id)
        except SergeError:
            self.next_card()
            return
        self._show_card()

    def _on_changed(self, changes: Changes) -> None:
        if not (changes.cards or changes.notes or changes.events or changes.articles):
            return
        if self.studying:
            if changes.articles:
                self.refresh_card()  # its article may have gone to the trash: the next card
            return  # else the card shown stays until graded; the counts follow when shown
        if self._page.isVisible():
            self.refresh_counts()

    # Scope ----------------------------------------------------------------------------------

    def _articles_of(self, scope: str, key: str) -> tuple[int, ...] | None:
        if scope == "all":
            return None
        library = self._ctx.workspace.library
        if scope == "article":
            return (library.get_summary(key).id,)
        name = key.casefold()
        return tuple(
            a.id for a in library.list_articles() if a.series and a.series.casefold() == name
        )

    def _scope_title(self) -> str:
        scope, key = self._scope
        if scope == "all":
            return self.tr("Every article")
        if scope == "series":
            return self.tr("Series: %1").replace("%1", key)
        try:
            return self._ctx.workspace.library.get_summary(key).headline
        except SergeError:
            return key

    def _left_text(self) -> str:
        counts = [c for c in self._ctx.workspace.study.due_counts() if c.scope == "article"]
        if self._article_ids is not None:
            slugs = self._slugs()
            counts = [c for c in counts if c.key in slugs]
        total = sum(c.learning + c.review for c in counts) + min(
            sum(c.new for c in counts), self._ctx.workspace.study.new_cards_left_today()
        )
        return self.tr("%n card(s) left", "", total)

    def _slugs(self) -> set[str]:
        ids = set(self._article_ids or ())
        return {a.slug for a in self._ctx.workspace.library.list_articles() if a.id in ids}
