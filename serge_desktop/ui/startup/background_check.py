"""The library checked in the background once the window is up: every page, index and text.

A start after a clean close opens at once (storage.clean_close); any other start ran the quick
check, which does not compare indexes with their tables. Either way the thorough check then runs
on a worker thread (services.maintenance.BackgroundCheck), and the reader hears of it only when
it finds something: index or text problems can be repaired at once, without losing anything
(after a backup); damage is explained, and the next start checks the library before opening it.

A worker thread of its own rather than the window's job runner: the runner's jobs are the
reader's, with a progress dialog and Cancel; this one is silent, and stops when the window closes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from typing_extensions import override

from serge_desktop.core.errors import SergeError
from serge_desktop.services.maintenance import (
    BackgroundCheck,
    HealthReport,
    RepairReport,
    repair_library,
)
from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.common.error_messages import describe_error


class LibraryChecker(QObject):
    """Runs one background check of the window's library and answers what it finds.

    Signals:
        checked(object): the check is over; its HealthReport, or None if it could not run.
    """

    checked = Signal(object)

    def __init__(self, workspace: Workspace, window: QWidget, *, flush: Callable[[], object]):
        super().__init__(window)
        self._workspace = workspace
        self._window = window
        self._flush = flush  # saves the note being typed, before a repair backs the library up
        self._check = BackgroundCheck(workspace.database_path)
        self._thread: QThread | None = None
        self._worker: _CheckWorker | None = None
        self.report: HealthReport | None = None

    def start(self) -> None:
        """Check on a worker thread; the answer comes back on the GUI thread (``checked``)."""
        if self._thread is not None:
            return
        thread = QThread(self)
        worker = _CheckWorker(self._check)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        worker.finished.connect(self._on_finished)
        thread.finished.connect(worker.deleteLater)
        self._thread, self._worker = thread, worker
        thread.start()

    def stop(self) -> None:
        """The app is quitting: interrupt the check and wait for its thread to end."""
        self._check.cancel()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.wait()

    @Slot(object)
    def _on_finished(self, report: object) -> None:
        self.wait()
        if isinstance(report, HealthReport):
            self.report = report
            self._answer(report)
        self.checked.emit(report)

    def _answer(self, report: HealthReport) -> None:
        if report.ok:
            return
        # Whatever happens next, the next start checks the library before it opens.
        self._workspace.note_background_check(sound=False)
        if report.repairable_in_place:
            if RepairPrompt.ask(report, self._window):
                self.repair(report)
        else:
            damage_box(report, self._window).exec()

    def repair(self, report: HealthReport) -> RepairReport | None:
        self._flush()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            repaired = repair_library(report)
        except SergeError as error:
            QMessageBox.warning(
                self._window,
                QCoreApplication.translate("LibraryChecker", "Repair Failed"),
                describe_error(error),
            )
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        if not repaired.remaining:
            self._workspace.note_background_check(sound=True)
        QMessageBox.information(
            self._window,
            QCoreApplication.translate("LibraryChecker", "Library Repaired"),
            repaired_text(repaired),
        )
        return repaired


class _CheckWorker(QObject):
    finished = Signal(object)

    def __init__(self, check: BackgroundCheck) -> None:
        super().__init__()
        self._check = check

    @Slot()
    def run(self) -> None:
        self.finished.emit(self._check.run())


class RepairPrompt(QMessageBox):
    """Only indexes or text encodings are wrong: rebuild them now (after a backup), or later.

    ``ask`` is a class method tests replace with a fixed answer.
    """

    def __init__(self, report: HealthReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Your Library Needs a Repair"))
        self.setAccessibleName(self.tr("Library repair"))
        self.setText(
            self.tr(
                "A check of your library found %n problem(s) in its indexes or text. Nothing "
                "is lost: they can be repaired now.",
                "",
                len(report.findings),
            )
        )
        self.setInformativeText(
            self.tr("A backup of the library is made first. The repair takes a moment.")
        )
        self.setDetailedText("\n".join(report.problems))
        self.repair_button = self.addButton(
            self.tr("Repair Now"), QMessageBox.ButtonRole.AcceptRole
        )
        self.repair_button.setAccessibleName(self.tr("Repair the library now"))
        later = self.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        later.setAccessibleName(self.tr("Repair when the app next starts"))
        self.setDefaultButton(self.repair_button)
        self.setEscapeButton(later)

    @classmethod
    def ask(cls, report: HealthReport, parent: QWidget | None = None) -> bool:
        prompt = cls(report, parent)
        prompt.exec()
        return prompt.clickedButton() is prompt.repair_button


def damage_box(report: HealthReport, parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("LibraryChecker", "Your Library Is Damaged"),
        QCoreApplication.translate(
            "LibraryChecker",
            "A check of your library found damage. Keep this session short: quit, and start "
            "Serge Desktop again; it checks the library first and offers to restore a backup "
            "or recover what the file holds. The details are below.",
        ),
        parent=parent,
    )
    box.setDetailedText("\n".join(report.problems))
    box.setAccessibleName(QCoreApplication.translate("LibraryChecker", "Library damaged"))
    return box


def repaired_text(repaired: RepairReport) -> str:
    text = QCoreApplication.translate(
        "LibraryChecker", "The library is repaired. A backup made before the repair is at %1."
    ).replace("%1", str(repaired.backup))
    if repaired.remaining:
        text += " " + QCoreApplication.translate(
            "LibraryChecker", "Some problems remain: start the app again to recover the library."
        )
    return text


def check_after_first_paint(
    workspace: Workspace, window: QWidget, *, flush: Callable[[], object]
) -> LibraryChecker:
    """Check the library in the background once the window has painted its first frame."""
    checker = LibraryChecker(workspace, window, flush=flush)
    window.installEventFilter(_FirstPaint(checker))
    return checker


class _FirstPaint(QObject):
    def __init__(self, checker: LibraryChecker) -> None:
        super().__init__(checker)
        self._checker = checker

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._checker.start()
        return False
