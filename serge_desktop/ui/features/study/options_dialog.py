"""Study ▸ Study Options: the retention aimed at, new cards a day, and FSRS's optimiser.

The settings live in the library (the command line reads them too); OK saves them in one
transaction, Cancel leaves them. FSRS's optimiser is heavy (PyTorch, an optional extra): when it
is installed and there are enough reviews, "Optimise Parameters" fits FSRS to the reader's log in
the worker, with progress and Cancel, and OK keeps what it found; otherwise the button is
disabled and the dialog says why and how to add it.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from serge_desktop.core.cards_scheduling import MAX_RETENTION, MIN_RETENTION
from serge_desktop.core.errors import SergeError
from serge_desktop.services.cards.errors import OptimizationCancelledError
from serge_desktop.services.cards.optimizer import (
    OptimizerOffer,
    fit_parameters,
    optimizer_offer,
    review_logs,
)
from serge_desktop.services.cards.settings import MAX_NEW_PER_DAY, StudySettings
from serge_desktop.services.cards.study import StudyService
from serge_desktop.ui.common.error_messages import describe_error
from serge_desktop.ui.common.number_words import percent, percent_suffix
from serge_desktop.ui.common.worker import Job, TaskRunner


class StudyOptionsDialog(QDialog):
    """Reads the settings when built; ``accept`` saves them, or says why it cannot."""

    def __init__(
        self, study: StudyService, parent: QWidget | None = None, *, tasks: TaskRunner | None = None
    ) -> None:
        """``tasks`` runs the optimiser (the window's runner; the dialog's own without one)."""
        super().__init__(parent)
        self._study = study
        self._settings = study.settings()
        self._tasks = tasks if tasks is not None else TaskRunner(self)
        self._offer = optimizer_offer()
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
        self.optimise = QPushButton(self.tr("O&ptimise Parameters…"), self)
        self.optimise.clicked.connect(self.run_optimiser)
        self.use_defaults = QPushButton(self.tr("&Use Default Parameters"), self)
        self.use_defaults.clicked.connect(self.forget_parameters)
        self._update_parameter_buttons()
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
        row = QHBoxLayout()
        row.addWidget(self.optimise)
        row.addWidget(self.use_defaults)
        row.addStretch(1)
        layout.addLayout(row)
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

    # The optimiser ---------------------------------------------------------------------------

    def run_optimiser(self) -> None:
        """Fit FSRS to the review log in the worker; OK then schedules with what it found."""
        if not self._offer.available:
            return
        if self._tasks.busy():
            self.problem.setText(self.tr("Another long task is running; try again once it ends."))
            return
        logs = self._tasks.run_blocking(review_logs)  # the database is the GUI thread's
        job = self._tasks.begin(
            self.tr("Optimise Parameters"),
            self.tr("Fitting FSRS to your %n review(s)…", "", len(logs)),
            total=0,
            parent=self,
        )
        if job is None:
            return  # not while another runs (checked above)

        def work(running: Job) -> tuple[float, ...]:
            return fit_parameters(logs, progress=running.report, cancelled=running.cancelled)

        self.problem.clear()
        job.run_in_thread(work, done=self._fitted, failed=self._not_fitted)

    def forget_parameters(self) -> None:
        self._settings = dataclasses.replace(self._settings, parameters=None)
        self.offer.setText(self._offer_text())
        self._update_parameter_buttons()

    def _fitted(self, parameters: tuple[float, ...]) -> None:
        self._settings = dataclasses.replace(self._settings, parameters=parameters)
        self.offer.setText(self._offer_text())
        self.problem.setText(self.tr("Parameters fitted to your reviews: OK schedules with them."))
        self._update_parameter_buttons()

    def _not_fitted(self, error: Exception) -> None:
        if isinstance(error, OptimizationCancelledError):
            self.problem.setText(self.tr("Optimising was cancelled; nothing changed."))
        elif isinstance(error, SergeError):
            self.problem.setText(describe_error(error))
        else:
            raise error  # a bug, not the reader's doing: reported, not swallowed

    def _update_parameter_buttons(self) -> None:
        self.optimise.setEnabled(self._offer.available)
        self.optimise.setToolTip(self._offer_reason(self._offer))
        self.use_defaults.setEnabled(self._settings.parameters is not None)

    def _offer_reason(self, offer: OptimizerOffer) -> str:
        if not offer.installed:
            return self.tr(
                "The optimiser is not installed: pip install 'serge-desktop[optimizer]' "
                "(PyTorch), then open Study Options again."
            )
        if offer.reviews < offer.needed:
            return self.tr("Available from %n review(s).", "", offer.needed)
        return self.tr("Fit FSRS to the reviews kept: takes seconds to minutes.")

    def _offer_text(self) -> str:
        offer = self._offer
        if self._settings.parameters is not None:
            fitted = self.tr("FSRS schedules with parameters fitted to your own reviews.")
        else:
            fitted = self.tr("FSRS schedules with its default parameters.")
        kept = self.tr("%n review(s) kept.", "", offer.reviews)
        if offer.available:
            return " ".join((fitted, kept))
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
