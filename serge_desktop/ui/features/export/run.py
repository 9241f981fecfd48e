"""One export from the window, without freezing it: progress with Cancel, then a message.

Notes are read and pages laid out on the GUI thread (Qt's text layout and the database
connection live there), a page or an article at a time with events processed in between; the
formats that need neither are written on the window runner's worker thread.

Signals:
    finished(bool, str): the export ended; ok, and what to tell the reader.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrinter

from serge_desktop.core.errors import SergeError
from serge_desktop.services.exports.content import (
    ExportCancelledError,
    ExportContent,
    gather_content,
)
from serge_desktop.services.exports.options import ExportOptions
from serge_desktop.services.exports.writers import write_file
from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.common.error_messages import describe_error
from serge_desktop.ui.common.worker import Job, TaskRunner
from serge_desktop.ui.features.export.documents import print_document, write_odt, write_pdf


class ExportRun(QObject):
    finished = Signal(bool, str)

    def __init__(self, tasks: TaskRunner, workspace: Workspace, options: ExportOptions) -> None:
        super().__init__(tasks)
        self._tasks = tasks
        self._workspace = workspace
        self._options = options
        self._cancelled = False
        self.job: Job | None = None

    def cancel(self) -> None:
        """Stop at the next step, or, if not started yet, as soon as it starts."""
        self._cancelled = True
        if self.job is not None:
            self.job.cancel()

    def write(self, path: Path) -> None:
        """Export to ``path`` (replaced if it exists: the save dialog has asked)."""
        job = self._started()
        if job is None:
            return
        try:
            content = self._gather(job)
            if self._options.format in ("pdf", "odt"):
                job.set_label(self.tr("Laying out pages…"))
                if self._options.format == "pdf":
                    pages = write_pdf(content, path, force=True, progress=job.step)
                    message = self.tr("Exported %1 pages to %2").replace("%1", str(pages))
                else:
                    write_odt(content, path, force=True)
                    message = self.tr("Exported to %2")
                self._end(job, True, message.replace("%2", path.name))
                return
        except ExportCancelledError:
            self._end(job, False, self.tr("Export cancelled; nothing was written."))
            return
        except SergeError as error:
            self._end(job, False, describe_error(error))
            return
        except OSError as error:
            self._end(job, False, f"{path}: {error.strerror or error}")
            return
        job.set_label(self.tr("Writing %1…").replace("%1", path.name))
        job.run_in_thread(
            lambda _job: write_file(content, path, force=True),
            done=lambda _nothing: self.finished.emit(
                True, self.tr("Exported to %1").replace("%1", path.name)
            ),
            failed=lambda error: self._report_failure(error, path),
        )

    def print_to(self, printer: QPrinter) -> None:
        """Print on a printer the caller has set up."""
        job = self._started()
        if job is None:
            return
        try:
            pages = print_document(self._gather(job), printer, progress=job.step)
        except ExportCancelledError:
            self._end(job, False, self.tr("Printing cancelled."))
        except SergeError as error:
            self._end(job, False, describe_error(error))
        else:
            self._end(job, True, self.tr("Sent %1 pages to the printer").replace("%1", str(pages)))

    def wait(self) -> None:
        """Wait for the worker thread, if any (the window is closing, or a test)."""
        if self.job is not None:
            self.job.wait()

    def _started(self) -> Job | None:
        self.job = self._tasks.begin(self.tr("Export"), self.tr("Exporting…"))
        if self.job is None:
            self.finished.emit(False, self.tr("Wait until the work in progress has ended."))
        elif self._cancelled:
            self.job.cancel()
        return self.job

    def _gather(self, job: Job) -> ExportContent:
        job.set_label(self.tr("Reading notes…"))
        return gather_content(self._workspace, self._options, job.step)

    def _report_failure(self, error: Exception, path: Path) -> None:
        if isinstance(error, SergeError):
            self.finished.emit(False, describe_error(error))
        elif isinstance(error, OSError):
            self.finished.emit(False, f"{path}: {error.strerror or error}")
        else:
            raise error

    def _end(self, job: Job, ok: bool, message: str) -> None:
        job.end()
        self.finished.emit(ok, message)
