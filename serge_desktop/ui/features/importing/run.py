"""One import from the window: files read on the runner's worker, written here, then a summary.

Reading and checking a file (the slow part: a large PDF, an EPUB, a strange encoding) happens
on the worker thread; each file read is handed to the GUI thread, which owns the database
connection and writes it in one transaction, so a Cancel between two files never leaves half
an article. The outcome is the same ``BatchSummary`` the command line reports.

Signals:
    done(object): the import ended (all files tried, or cancelled); its ``BatchSummary``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from serge_desktop.core.errors import SergeError
from serge_desktop.services.batch_import import BatchSummary, FileResult, UnexpectedImportError
from serge_desktop.services.importer import PreparedImport, prepare_file
from serge_desktop.services.views import ImportStatus
from serge_desktop.ui.common.worker import Job
from serge_desktop.ui.window.context import WindowContext


@dataclass(frozen=True, slots=True)
class _Read:
    number: int
    path: Path
    prepared: PreparedImport | None
    error: SergeError | None


class ImportRun(QObject):
    done = Signal(object)

    def __init__(self, ctx: WindowContext, paths: list[Path]) -> None:
        super().__init__(ctx.window())
        self._ctx = ctx
        self._paths = list(paths)
        self._results: list[FileResult] = []
        self._job: Job | None = None

    def start(self) -> bool:
        """Begin; False while the window runs other long work."""
        job = self._ctx.tasks.begin(
            self.tr("Import"), self._label(self._paths[0]), total=len(self._paths)
        )
        if job is None:
            return False
        self._job = job
        job.delivered.connect(self._on_read)
        job.run_in_thread(self._read_all, done=self._on_finished)
        return True

    def _label(self, path: Path) -> str:
        return (
            self.tr("Importing %1 (%2 of %3)…")
            .replace("%1", path.name)
            .replace("%2", str(len(self._results) + 1))
            .replace("%3", str(len(self._paths)))
        )

    def _read_all(self, job: Job) -> None:
        # The worker thread: files only, no database and no widget.
        for number, path in enumerate(self._paths):
            if job.cancelled():
                break
            try:
                job.deliver(_Read(number, path, prepare_file(path), None))
            except SergeError as error:
                job.deliver(_Read(number, path, None, error))
            except Exception as error:  # one file's bug (ours or a parser's) must not lose the rest
                job.deliver(_Read(number, path, None, UnexpectedImportError(error)))

    def _on_read(self, read: _Read) -> None:
        if self._job is not None and self._job.cancelled():
            # The worker reads ahead of the writes: after Cancel nothing more is written, and
            # the files read but not written are listed as not tried.
            return
        if read.prepared is not None:
            self._results.append(self._commit(read.path, read.prepared))
        else:
            self._results.append(FileResult(read.path, error=read.error))
        if self._job is not None:
            self._job.report(read.number + 1, len(self._paths))
            if read.number + 1 < len(self._paths):
                self._job.set_label(self._label(self._paths[read.number + 1]))

    def _commit(self, path: Path, prepared: PreparedImport) -> FileResult:
        try:
            outcome = self._ctx.workspace.importer.commit(prepared)
        except SergeError as error:
            return FileResult(path, error=error)
        self._ctx.bus.announce(outcome.changes)
        return FileResult(path, outcome=outcome)

    def summary(self) -> BatchSummary:
        return BatchSummary(tuple(self._results), tuple(self._paths[len(self._results) :]))

    def _on_finished(self, _nothing: None) -> None:
        summary = self.summary()
        changed = [r.outcome for r in summary.imported if r.outcome is not None]
        if changed:
            self._ctx.open_article(changed[-1].article.slug, reload=True)
            self._ctx.focus_reader()
        notices = [n for r in summary.results if r.outcome is not None for n in self._notices(r)]
        if notices:
            self._ctx.show_status(" ".join(notices), 12000)
        # One file that came in needs no more than the status bar; anything else is listed.
        if len(self._paths) > 1 or summary.refused or summary.cancelled:
            self.show_summary(self._ctx.window(), summary)
        self.done.emit(summary)
        self.deleteLater()

    def _notices(self, result: FileResult) -> list[str]:
        outcome = result.outcome
        if outcome is None:
            return []
        name = outcome.source_name
        notices = []
        if outcome.used_fallback:
            notices.append(
                self.tr("%1 was not UTF-8; it was read as Windows-1252.").replace("%1", name)
            )
        if outcome.status is ImportStatus.ADDED:
            notices.append(self.tr("Imported %1.").replace("%1", name))
        elif outcome.status is ImportStatus.RESTORED:
            notices.append(self.tr("%1 was in the trash; it is back.").replace("%1", name))
        elif outcome.status is ImportStatus.UNCHANGED:
            notices.append(self.tr("%1 is already in the library.").replace("%1", name))
        elif outcome.status is ImportStatus.NEW_REVISION:
            counts = outcome.placements
            notices.append(
                self.tr(
                    "%1 is a new version: notes in place %2, moved %3, reworded %4, not found %5."
                )
                .replace("%1", name)
                .replace("%2", str(counts.get("exact", 0)))
                .replace("%3", str(counts.get("moved", 0)))
                .replace("%4", str(counts.get("approximate", 0)))
                .replace("%5", str(counts.get("unplaced", 0)))
            )
        return notices

    @classmethod
    def show_summary(cls, window: QWidget, summary: BatchSummary) -> None:
        """Say what became of each file (tests replace this)."""
        from serge_desktop.ui.features.importing.summary_dialog import ImportSummaryDialog

        ImportSummaryDialog(summary, window).exec()
