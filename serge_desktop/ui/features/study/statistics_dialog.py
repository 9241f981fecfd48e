"""Study ▸ Study Statistics: reviews per day, true retention, and the next 30 days' cards due.

Everything is painted by the app (``BarChart``, ``RetentionMeter``); each chart's accessible
description says in words what it shows, for screen readers.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from serge_desktop.core.errors import SergeError
from serge_desktop.services.cards.statistics import StudyStatistics
from serge_desktop.services.changes import Changes
from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.common.bus import ChangeBus
from serge_desktop.ui.common.error_messages import describe_error
from serge_desktop.ui.common.number_words import clauses, percent
from serge_desktop.ui.features.study.bar_chart import Bar, BarChart
from serge_desktop.ui.features.study.retention_meter import RetentionMeter

LABEL_EVERY = 7  # a date under every seventh bar: a week apart


class StatisticsDialog(QDialog):
    """Reads the statistics when shown and again on each change to the cards."""

    def __init__(self, workspace: Workspace, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.setWindowTitle(self.tr("Study Statistics"))
        self.resize(760, 640)
        self.counts = self._label()
        self.retention_text = self._label()
        self.retention = RetentionMeter(self)
        self.reviews = BarChart(self.tr("Reviews per day, the last 30 days"), self)
        self.forecast = BarChart(self.tr("Cards due per day, the next 30 days"), self)
        self.legend = self._label()
        self.legend.setText(
            self.tr("The top of a bar, set apart, is the reviews graded Again (shown in orange).")
        )
        self.log_text = self._label()
        closing = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        closing.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        grid = QGridLayout()
        grid.addWidget(self._heading(self.tr("True retention")), 0, 0)
        grid.addWidget(self.retention_text, 1, 0)
        grid.addWidget(self.retention, 2, 0)
        layout.addLayout(grid)
        layout.addWidget(self._heading(self.tr("Reviews per day")))
        layout.addWidget(self.reviews, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self._heading(self.tr("Cards due in the next 30 days")))
        layout.addWidget(self.forecast, 1)
        layout.addWidget(self.log_text)
        layout.addWidget(closing)
        bus.changed.connect(self._on_changed)

    def _label(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _heading(self, text: str) -> QLabel:
        label = self._label()
        label.setText(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def reload(self) -> None:
        try:
            statistics = self._workspace.study_statistics.statistics()
            desired = self._workspace.study.settings().desired_retention
        except SergeError as error:
            self.counts.setText(describe_error(error))
            return
        self.show_statistics(statistics, desired)

    def show_statistics(self, stats: StudyStatistics, desired: float) -> None:
        self.counts.setText(
            self.tr("Cards: %1 new, %2 learning, %3 in review, %4 suspended.")
            .replace("%1", QLocale().toString(stats.new))
            .replace("%2", QLocale().toString(stats.learning))
            .replace("%3", QLocale().toString(stats.review))
            .replace("%4", QLocale().toString(stats.suspended))
        )
        if stats.retention is None:
            said = self.tr("No card in review was graded in the last 30 days.")
        else:
            said = self.tr(
                "%1 recalled of %n review(s) of cards in review, the last 30 days.",
                "",
                stats.retention_reviews,
            ).replace("%1", percent(stats.retention * 100, 1))
        self.retention_text.setText(said)
        self.retention.set_values(stats.retention, desired, said)
        reviews = [
            Bar(_day(day.day) if i % LABEL_EVERY == 0 else "", day.reviews, day.again)
            for i, day in enumerate(stats.reviews)
        ]
        total = sum(day.reviews for day in stats.reviews)
        again = sum(day.again for day in stats.reviews)
        self.reviews.set_bars(
            reviews,
            clauses(
                self.tr("%n review(s) in the last 30 days", "", total),
                self.tr("%n review(s) graded Again", "", again),
            ),
        )
        forecast = [
            Bar(self.tr("today") if i == 0 else _day(day) if i % LABEL_EVERY == 0 else "", count)
            for i, (day, count) in enumerate(stats.forecast)
        ]
        due = sum(count for _day, count in stats.forecast)
        today = stats.forecast[0][1] if stats.forecast else 0
        self.forecast.set_bars(
            forecast,
            clauses(
                self.tr("%n card(s) due in the next 30 days", "", due),
                self.tr("%n card(s) due today", "", today),
            ),
        )
        self.log_text.setText(self.tr("%n review(s) kept in the log.", "", stats.total_reviews))

    def _on_changed(self, changes: Changes) -> None:
        # An article to the trash (or back) takes its cards out of the counts (or back in).
        if self.isVisible() and (changes.cards or changes.articles):
            self.reload()


def _day(day: dt.date) -> str:
    """A day as the locale writes a short one ("3 Dec")."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")
