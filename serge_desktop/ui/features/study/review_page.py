"""The Review page: what is due, or one card at a time with its answer and grades.

It only shows and asks; ``ReviewSession`` decides what to show. Its keys work while the page
has the keyboard: Space shows the answer, 1 to 4 grade, Enter opens the card's passage, Escape
goes back to the counts.

signals:
    answer_requested(), grade_chosen(int), passage_requested(), overview_requested()
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from serge_desktop.core.cards_scheduling import Grade
from serge_desktop.services.cards.views import StudyCard
from serge_desktop.ui.features.study.card_view import CardView
from serge_desktop.ui.features.study.due_overview import DueOverview
from serge_desktop.ui.features.study.grade_bar import GradeBar


class ReviewPage(QStackedWidget):
    """Two faces: ``overview`` (the due counts) and the card being studied."""

    answer_requested = Signal()
    grade_chosen = Signal(int)
    passage_requested = Signal()
    overview_requested = Signal()
    shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Review"))
        self.overview = DueOverview(self)
        self.studying = QWidget(self)
        # The card's paper (the reader's Base colour) behind the whole study face, as in the
        # reader: a role, not a colour, so that it follows every theme (a palette set on the
        # widget would be put back as it was when the style sheet is set anew with a theme).
        self.studying.setBackgroundRole(QPalette.ColorRole.Base)
        self.studying.setAutoFillBackground(True)
        self.scope_label = QLabel(self.studying)
        self.scope_label.setTextFormat(Qt.TextFormat.PlainText)
        self.left_label = QLabel(self.studying)
        self.left_label.setTextFormat(Qt.TextFormat.PlainText)
        self.left_label.setAccessibleName(self.tr("Cards left"))
        self.back_button = QPushButton(self.tr("Due Cards (Esc)"), self.studying)
        self.back_button.setAccessibleName(self.tr("Back to the cards due"))
        self.back_button.clicked.connect(self.overview_requested)
        self.passage_button = QPushButton(self.tr("Open Passage (Enter)"), self.studying)
        self.passage_button.setAccessibleName(self.tr("Open the card's passage in the reader"))
        self.passage_button.clicked.connect(self.passage_requested)
        for button in (self.back_button, self.passage_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.card_view = CardView(self.studying)
        self.grades = GradeBar(self.studying)
        self.grades.answer_requested.connect(self.answer_requested)
        self.grades.grade_chosen.connect(self.grade_chosen)
        self.done_label = QLabel(self.studying)
        self.done_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_label.setWordWrap(True)
        self.done_label.hide()
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.scope_label, 1)
        top.addWidget(self.left_label)
        top.addWidget(self.passage_button)
        layout = QVBoxLayout(self.studying)
        layout.setContentsMargins(18, 12, 18, 18)
        layout.addLayout(top)
        layout.addWidget(self.card_view, 1)
        layout.addWidget(self.done_label, 1)
        layout.addWidget(self.grades)
        self.addWidget(self.overview)
        self.addWidget(self.studying)
        self._add_keys()

    def _add_keys(self) -> None:
        keys: list[tuple[str, object]] = [
            ("Space", self.answer_requested.emit),
            ("Return", self.passage_requested.emit),
            ("Enter", self.passage_requested.emit),
            ("Escape", self.overview_requested.emit),
        ]
        for grade in Grade:
            keys.append((str(int(grade)), lambda _checked=False, g=grade: self._grade_key(g)))
        for key, slot in keys:
            action = QAction(self.studying)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.studying.addAction(action)

    def _grade_key(self, grade: Grade) -> None:
        if self.grades.currentIndex() == 1:
            self.grade_chosen.emit(int(grade))

    # Showing ------------------------------------------------------------------------------------

    def show_overview(self) -> None:
        self.setCurrentWidget(self.overview)
        self.overview.focus_list()

    def show_question(self, card: StudyCard, scope: str, left: str) -> None:
        self._studying(scope, left)
        self.card_view.show_face(card.face)
        self.passage_button.setEnabled(card.face.evidence is not None)
        self.grades.ask()

    def show_answer(self, card: StudyCard) -> None:
        self.card_view.show_face(card.face, answered=True)
        self.grades.offer_grades(card)

    def show_done(self, scope: str, message: str) -> None:
        self._studying(scope, "")
        self.card_view.clear_face()
        self.card_view.hide()
        self.grades.hide()
        self.passage_button.setEnabled(False)
        self.done_label.setText(message)
        self.done_label.show()

    def answer_shown(self) -> bool:
        return self.grades.currentIndex() == 1

    def _studying(self, scope: str, left: str) -> None:
        self.scope_label.setText(scope)
        self.left_label.setText(left)
        self.done_label.hide()
        self.card_view.show()
        self.grades.show()
        self.setCurrentWidget(self.studying)
        self.card_view.setFocus(Qt.FocusReason.OtherFocusReason)

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown.emit()
