"""One import from the window: a worker thread, a progress dialog with Cancel, and the report.

Signals:
    done(): the import ended (all files tried, or cancelled) and the report has been shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from serge_desktop.core.errors import SergeError
from serge_desktop.services.importer import PreparedImport
from serge_desktop.services.views import ImportStatus
from serge_desktop.ui.common.error_messages import describe_error
from serge_desktop.ui.features.importing.worker import ImportWorker
from serge_desktop.ui.window.context import WindowContext


class ImportRun(QObject):
    done = Signal()

    def __init__(self, ctx: WindowContext, paths: list[Path]) -> None:
        super().__init__(ctx.window())
        self._ctx = ctx
        window = ctx.window()
        self._paths = paths
        self._last_slug: str | None = None
        self._problems: list[str] = []
        self._notices: list[str] = []
        self._progress = QProgressDialog(
            self.tr("Importing articles…"), self.tr("Cancel"), 0, len(paths), window
        )
        self._progress.setWindowTitle(self.tr("Import Article"))
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(400)  # quick imports finish before it would show
        self._progress.setAutoClose(False)
        self._progress.setValue(0)
        self._thread = QThread(self)
        self._worker = ImportWorker(paths)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.prepared.connect(self._on_prepared)
        self._worker.failed.connect(self._on_failed)
        self._worker.finished.connect(self._thread.quit)
        self._thread.finished.connect(self._on_finished)
        self._progress.canceled.connect(self._worker.cancel)

    def start(self) -> None:
        self._thread.start()

    def cancel_and_wait(self) -> None:
        """Stop after the file being read and wait for the thread (the window is closing)."""
        self._worker.cancel()
        self._thread.quit()
        self._thread.wait()

    def _on_prepared(self, number: int, prepared: PreparedImport) -> None:
        name = prepared.source_name
        try:
            outcome = self._ctx.workspace.importer.commit(prepared)
        except SergeError as error:
            self._problems.append(f"{name}: {describe_error(error)}")
        else:
            self._last_slug = outcome.article.slug
            if outcome.used_fallback:
                self._notices.append(
                    self.tr("%1 was not UTF-8; it was read as Windows-1252.").replace("%1", name)
                )
            if outcome.status is ImportStatus.UNCHANGED:
                self._notices.append(self.tr("%1 is already in the library.").replace("%1", name))
            if outcome.status is ImportStatus.NEW_REVISION:
                counts = outcome.placements
                self._notices.append(
                    self.tr(
                        "%1 is a new version: notes in place %2, moved %3, reworded %4, "
                        "not found %5."
                    )
                    .replace("%1", name)
                    .replace("%2", str(counts.get("exact", 0)))
                    .replace("%3", str(counts.get("moved", 0)))
                    .replace("%4", str(counts.get("approximate", 0)))
                    .replace("%5", str(counts.get("unplaced", 0)))
                )
        self._progress.setValue(number + 1)

    def _on_failed(self, number: int, path: str, error: SergeError) -> None:
        self._problems.append(f"{Path(path).name}: {describe_error(error)}")
        self._progress.setValue(number + 1)

    def _on_finished(self) -> None:
        self._progress.close()
        self._worker.deleteLater()
        if self._last_slug is not None:
            self._ctx.open_article(self._last_slug, reload=True)
        if self._notices:
            self._ctx.show_status(" ".join(self._notices), 12000)
        if self._problems:
            self.show_problems(self._ctx.window(), self._problems)
        self.done.emit()
        self.deleteLater()

    @classmethod
    def show_problems(cls, window: QWidget, problems: list[str]) -> None:
        """Tell the user which files were refused and why (tests replace this)."""
        QMessageBox.warning(
            window,
            QCoreApplication.translate("ImportRun", "Some files were not imported"),
            "\n".join(problems),
        )
