"""The buttons under a card: Show Answer, then Again, Hard, Good, Easy with their intervals.

signals:
    answer_requested(): Show Answer was pressed.
    grade_chosen(int): a grade (1 to 4, ``Grade``'s numbers) was pressed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QWidget

from serge_desktop.core.cards_scheduling import Grade
from serge_desktop.services.cards.views import StudyCard
from serge_desktop.ui.features.study.interval_words import IntervalWords

BUTTON_MIN_WIDTH = 132


class GradeBar(QStackedWidget):
    """One row at a time: the Show Answer button, or the four grades."""

    answer_requested = Signal()
    grade_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words = IntervalWords(self)
        self.setAccessibleName(self.tr("Answer and grades"))
        asking = QWidget(self)
        row = QHBoxLayout(asking)
        row.addStretch()
        self.show_answer = QPushButton(self.tr("Show Answer (Space)"), asking)
        self.show_answer.setMinimumWidth(BUTTON_MIN_WIDTH * 2)
        self.show_answer.setMinimumHeight(52)
        self.show_answer.setAccessibleName(self.tr("Show the answer"))
        self.show_answer.clicked.connect(self.answer_requested)
        row.addWidget(self.show_answer)
        row.addStretch()
        grading = QWidget(self)
        grades = QHBoxLayout(grading)
        grades.addStretch()
        self._names = {
            Grade.AGAIN: self.tr("Again"),
            Grade.HARD: self.tr("Hard"),
            Grade.GOOD: self.tr("Good"),
            Grade.EASY: self.tr("Easy"),
        }
        self.buttons: dict[Grade, QPushButton] = {}
        for grade, name in self._names.items():
            button = QPushButton(name, grading)
            button.setMinimumWidth(BUTTON_MIN_WIDTH)
            button.setMinimumHeight(52)
            button.clicked.connect(lambda _checked=False, g=grade: self.grade_chosen.emit(int(g)))
            self.buttons[grade] = button
            grades.addWidget(button)
        grades.addStretch()
        self.addWidget(asking)
        self.addWidget(grading)
        for button in (self.show_answer, *self.buttons.values()):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def ask(self) -> None:
        """Show the Show Answer button."""
        self.setCurrentIndex(0)

    def offer_grades(self, card: StudyCard) -> None:
        """Show the grades, each with when the card would come back."""
        for grade, button in self.buttons.items():
            interval = self._words.say(card.option(grade).interval)
            # Two lines: the grade and its key, then the interval.
            button.setText(
                self.tr("%1 (%2)\n%3")
                .replace("%1", self._names[grade])
                .replace("%2", str(int(grade)))
                .replace("%3", interval)
            )
            button.setAccessibleName(
                self.tr("%1, key %2: next in %3")
                .replace("%1", self._names[grade])
                .replace("%2", str(int(grade)))
                .replace("%3", interval)
            )
        self.setCurrentIndex(1)

    def interval_text(self, grade: Grade) -> str:
        """What the grade's button says (for tests and the status line)."""
        return self.buttons[grade].text()
