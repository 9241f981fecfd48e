"""One export from the window, without freezing it: progress with Cancel, then a message.

Notes are read and pages laid out on the GUI thread (Qt's text layout and the database
connection live there), a page or an article at a time with events processed in between; the
formats that need neither are written by a worker thread.

Signals:
    finished(bool, str): the export ended; ok, and what to tell the reader.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QProgressDialog, QWidget

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
from serge_desktop.ui.features.export.documents import print_document, write_odt, write_pdf


class _FileWorker(QObject):
    """Writes a format that needs no Qt drawing, in its own thread."""

    done = Signal(str)  # the error's message, empty when all went well

    def __init__(self, content: ExportContent, path: Path) -> None:
        super().__init__()
        self._content = content
        self._path = path

    @Slot()
    def run(self) -> None:
        try:
            write_file(self._content, self._path, force=True)
        except SergeError as error:
            self.done.emit(describe_error(error))
        except OSError as error:
            self.done.emit(f"{self._path}: {error.strerror or error}")
        else:
            self.done.emit("")


class ExportRun(QObject):
    finished = Signal(bool, str)

    def __init__(self, parent: QWidget, workspace: Workspace, options: ExportOptions) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._options = options
        self._thread: QThread | None = None
        self._worker: _FileWorker | None = None
        self.progress = QProgressDialog(self.tr("Exporting…"), self.tr("Cancel"), 0, 0, parent)
        self.progress.setWindowTitle(self.tr("Export"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)  # quick exports finish before it would show
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)  # a reset would forget a Cancel between two steps
        self._path: Path | None = None

    def _step(self, done: int, total: int) -> bool:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        QCoreApplication.processEvents()  # paint the dialog and hear Cancel
        return not self.progress.wasCanceled()

    def _gather(self) -> ExportContent:
        self.progress.setLabelText(self.tr("Reading notes…"))
        return gather_content(self._workspace, self._options, self._step)

    def write(self, path: Path) -> None:
        """Export to ``path`` (replaced if it exists: the save dialog has asked)."""
        try:
            content = self._gather()
            if self._options.format in ("pdf", "odt"):
                self.progress.setLabelText(self.tr("Laying out pages…"))
                if self._options.format == "pdf":
                    pages = write_pdf(content, path, force=True, progress=self._step)
                    message = self.tr("Exported %1 pages to %2").replace("%1", str(pages))
                else:
                    write_odt(content, path, force=True)
                    message = self.tr("Exported to %2")
                self._end(True, message.replace("%2", path.name))
                return
        except ExportCancelledError:
            self._end(False, self.tr("Export cancelled; nothing was written."))
            return
        except SergeError as error:
            self._end(False, describe_error(error))
            return
        except OSError as error:
            self._end(False, f"{path}: {error.strerror or error}")
            return
        self.progress.setLabelText(self.tr("Writing %1…").replace("%1", path.name))
        self._thread = QThread(self)
        self._worker = _FileWorker(content, path)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.done.connect(self._thread.quit)
        self._worker.done.connect(self._on_written)  # a slot of ours: runs on the GUI thread
        self._path = path
        self._thread.start()

    @Slot(str)
    def _on_written(self, problem: str) -> None:
        name = self._path.name if self._path is not None else ""
        self._end(not problem, problem or self.tr("Exported to %1").replace("%1", name))

    def print_to(self, printer: QPrinter) -> None:
        """Print on a printer the caller has set up."""
        try:
            pages = print_document(self._gather(), printer, progress=self._step)
        except ExportCancelledError:
            self._end(False, self.tr("Printing cancelled."))
        except SergeError as error:
            self._end(False, describe_error(error))
        else:
            self._end(True, self.tr("Sent %1 pages to the printer").replace("%1", str(pages)))

    def wait(self) -> None:
        """Wait for the worker thread, if any (the window is closing, or a test)."""
        if self._thread is not None:
            self._thread.wait()

    def _end(self, ok: bool, message: str) -> None:
        self.progress.close()
        if self._thread is not None:
            self._thread.wait()
        self.finished.emit(ok, message)
