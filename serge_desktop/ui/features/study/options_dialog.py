"""Study ▸ Study Options: the retention aimed at, new cards a day, and the optimiser's offer.

The settings live in the library (the command line reads them too); OK saves them in one
transaction, Cancel leaves them. FSRS's optimiser is heavy (PyTorch), so the dialog only says
whether it can run here and from how many reviews, and how to add it.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from serge_desktop.core.cards_scheduling import MAX_RETENTION, MIN_RETENTION
from serge_desktop.core.errors import SergeError
from serge_desktop.services.cards.optimizer import optimizer_offer
from serge_desktop.services.cards.settings import MAX_NEW_PER_DAY, StudySettings
from serge_desktop.services.cards.study import StudyService
from serge_desktop.ui.common.error_messages import describe_error
from serge_desktop.ui.common.number_words import percent, percent_suffix


class StudyOptionsDialog(QDialog):
    """Reads the settings when built; ``accept`` saves them, or says why it cannot."""

    def __init__(self, study: StudyService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._study = study
        self._settings = study.settings()
        self.setWindowTitle(self.tr("Study Options"))
        self.retention = QDoubleSpinBox(self)
        self.retention.setRange(MIN_RETENTION * 100, MAX_RETENTION * 100)
        self.retention.setDecimals(0)
        self.retention.setSuffix(percent_suffix())
        self.retention.setValue(round(self._settings.desired_retention * 100))
        self.retention.setAccessibleName(self.tr("Desired retention, in percent"))
        self.retention.setToolTip(
            self.tr("Higher: more reviews, fewer forgotten cards. FSRS's default is %1.").replace(
                "%1", percent(90)
            )
        )
        self.new_per_day = QSpinBox(self)
        self.new_per_day.setRange(0, MAX_NEW_PER_DAY)
        self.new_per_day.setValue(self._settings.new_per_day)
        self.new_per_day.setAccessibleName(self.tr("New cards a day"))
        self.offer = QLabel(self._offer_text(), self)
        self.offer.setWordWrap(True)
        self.offer.setTextFormat(Qt.TextFormat.PlainText)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Desired retention:"), self.retention)
        form.addRow(self.tr("&New cards a day:"), self.new_per_day)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.offer)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def chosen(self) -> StudySettings:
        return dataclasses.replace(
            self._settings,
            desired_retention=round(self.retention.value()) / 100,
            new_per_day=self.new_per_day.value(),
        )

    @override
    def accept(self) -> None:
        try:
            self._study.save_settings(self.chosen())
        except SergeError as error:
            self.problem.setText(describe_error(error))
            return
        super().accept()

    def _offer_text(self) -> str:
        offer = optimizer_offer()
        if self._settings.parameters is not None:
            fitted = self.tr("FSRS schedules with parameters fitted to your own reviews.")
        else:
            fitted = self.tr("FSRS schedules with its default parameters.")
        kept = self.tr("%n review(s) kept.", "", offer.reviews)
        if offer.installed:
            needs = self.tr("Fitting them to you needs %n review(s).", "", offer.needed)
        else:
            needs = self.tr(
                "Fitting them to you needs the optional optimiser "
                "(pip install 'serge-desktop[optimizer]') and %n review(s).",
                "",
                offer.needed,
            )
        return " ".join((fitted, kept, needs))
