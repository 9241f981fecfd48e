"""One export from the window, without freezing it: progress with Cancel, then a message.

The destination is chosen before any of this starts (the save dialog, or the print preview's
Print), so no progress dialog ever stands over a dialog that is still asking. Notes are read
and pages laid out on the GUI thread (Qt's text layout and the database connection live
there), a page or an article at a time with events processed in between; the formats that need
neither are written on the window runner's worker thread.

Signals:
    finished(bool, str): the export ended; ok, and what to tell the reader.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

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
from serge_desktop.ui.features.export.documents import (
    build_document,
    print_document,
    write_odt,
    write_pdf,
)


class ExportRun(QObject):
    finished = Signal(bool, str)

    def __init__(self, tasks: TaskRunner, workspace: Workspace, options: ExportOptions) -> None:
        super().__init__(tasks)
        self._tasks = tasks
        self._workspace = workspace
        self._options = options
        self._cancelled = False
        self.job: Job | None = None
        self._document: QTextDocument | None = None  # laid out once, printed as often as asked
        self._title = ""
        self.printed_pages = 0  # pages drawn by the last print (or preview)
        self.print_cancelled = False

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
                    message = self.tr("Exported %n page(s) to %1", "", pages)
                else:
                    write_odt(content, path, force=True)
                    message = self.tr("Exported to %1")
                self._end(job, True, message.replace("%1", path.name))
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

    def prepare_print(self) -> bool:
        """Read the notes and lay out the pages once, for the preview and the printer.

        Runs after the reader chose what to print and before the preview opens; False when it
        was cancelled or failed (``finished`` then says why).
        """
        job = self._started()
        if job is None:
            return False
        try:
            content = self._gather(job)
            job.set_label(self.tr("Laying out pages…"))
            self._document = build_document(content)
            self._document.setParent(self)
            self._title = content.title
        except ExportCancelledError:
            self._end(job, False, self.tr("Printing cancelled."))
            return False
        except SergeError as error:
            self._end(job, False, describe_error(error))
            return False
        job.end()
        return True

    def paint(self, printer: QPrinter, parent: QWidget | None = None) -> None:
        """Draw the prepared pages on ``printer`` (a preview's, or the one chosen to print on).

        Progress shows over ``parent`` (the preview) while pages are drawn; Cancel stops at the
        next page.
        """
        if self._document is None:
            return
        self.printed_pages, self.print_cancelled = 0, False
        job = self._tasks.begin(self.tr("Print"), self.tr("Drawing pages…"), parent=parent)
        if job is None:
            return
        try:
            self.printed_pages = print_document(
                self._document, printer, self._title, progress=job.step
            )
        except ExportCancelledError:
            self.print_cancelled = True
        except SergeError as error:
            self.print_cancelled = True
            job.end()
            self.finished.emit(False, describe_error(error))
            return
        job.end()

    def report_printed(self) -> None:
        """Say how the print went, once the preview has sent its pages to the printer."""
        if self.print_cancelled:
            self.finished.emit(False, self.tr("Printing cancelled."))
        else:
            message = self.tr("Sent %n page(s) to the printer", "", self.printed_pages)
            self.finished.emit(True, message)

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
