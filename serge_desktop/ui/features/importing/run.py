"""One import from the window: files read on the runner's worker, written here, then a report.

Reading and checking a file (the slow part, a large file or a strange encoding) happens on the
worker thread; each file read is handed to the GUI thread, which owns the database connection
and writes it in one transaction.

Signals:
    done(): the import ended (all files tried, or cancelled) and the report has been shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from serge_desktop.core.errors import SergeError
from serge_desktop.services.importer import PreparedImport, prepare_file
from serge_desktop.services.views import ImportStatus
from serge_desktop.ui.common.error_messages import describe_error
from serge_desktop.ui.common.worker import Job
from serge_desktop.ui.window.context import WindowContext


@dataclass(frozen=True, slots=True)
class _Read:
    number: int
    path: Path
    prepared: PreparedImport | None
    error: SergeError | None


class ImportRun(QObject):
    done = Signal()

    def __init__(self, ctx: WindowContext, paths: list[Path]) -> None:
        super().__init__(ctx.window())
        self._ctx = ctx
        self._paths = list(paths)
        self._last_slug: str | None = None
        self._problems: list[str] = []
        self._notices: list[str] = []
        self._job: Job | None = None

    def start(self) -> bool:
        """Begin; False while the window runs other long work."""
        job = self._ctx.tasks.begin(
            self.tr("Import Article"), self.tr("Importing articles…"), total=len(self._paths)
        )
        if job is None:
            return False
        self._job = job
        job.delivered.connect(self._on_read)
        job.run_in_thread(self._read_all, done=self._on_finished)
        return True

    def _read_all(self, job: Job) -> None:
        # The worker thread: files only, no database and no widget.
        for number, path in enumerate(self._paths):
            if job.cancelled():
                break
            try:
                job.deliver(_Read(number, path, prepare_file(path), None))
            except SergeError as error:
                job.deliver(_Read(number, path, None, error))

    def _on_read(self, read: _Read) -> None:
        if read.prepared is not None:
            self._commit(read.prepared)
        elif read.error is not None:
            self._problems.append(f"{read.path.name}: {describe_error(read.error)}")
        if self._job is not None:
            self._job.report(read.number + 1, len(self._paths))

    def _commit(self, prepared: PreparedImport) -> None:
        name = prepared.source_name
        try:
            outcome = self._ctx.workspace.importer.commit(prepared)
        except SergeError as error:
            self._problems.append(f"{name}: {describe_error(error)}")
            return
        self._last_slug = outcome.article.slug
        self._ctx.bus.announce(outcome.changes)
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
                    "%1 is a new version: notes in place %2, moved %3, reworded %4, not found %5."
                )
                .replace("%1", name)
                .replace("%2", str(counts.get("exact", 0)))
                .replace("%3", str(counts.get("moved", 0)))
                .replace("%4", str(counts.get("approximate", 0)))
                .replace("%5", str(counts.get("unplaced", 0)))
            )

    def _on_finished(self, _nothing: None) -> None:
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
