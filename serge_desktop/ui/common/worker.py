"""One runner for the window's long work: a worker thread, a progress dialog with Cancel.

Anki's ``CollectionOp`` is the model. A job shows one progress dialog; work that needs neither
the database connection nor Qt's text layout runs on a worker thread (``run_in_thread``), and
what it hands back arrives on the GUI thread, where the callbacks run. Work that must stay on
the GUI thread (database writes, laying out pages) reports its steps with ``step``, which
paints the dialog and hears Cancel between them. No widget is touched off the GUI thread: the
worker only emits signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar, cast

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")

SHOW_AFTER_MS = 400  # quick work ends before its dialog would show


class Job(QObject):
    """One piece of long work: its progress dialog, its Cancel, at most one worker thread.

    Signals:
        delivered(object): the worker handed the GUI thread one piece of its result.
        ended(): the job is over and its dialog closed.
    """

    delivered = Signal(object)
    ended = Signal()
    # Emitted by the worker thread, received by this object's slots on the GUI thread.
    _progressed = Signal(int, int)
    _handed = Signal(object)

    def __init__(
        self, parent: QWidget, title: str, label: str, *, total: int, cancellable: bool
    ) -> None:
        super().__init__(parent)
        self._cancelled = threading.Event()
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._over = False
        self._on_done: Callable[[object], None] | None = None
        self._on_failed: Callable[[Exception], None] | None = None
        cancel_text = self.tr("Cancel") if cancellable else ""
        self.progress = QProgressDialog(label, cancel_text, 0, total, parent)
        self.progress.setWindowTitle(title)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(SHOW_AFTER_MS)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)  # a reset would forget a Cancel between two steps
        if not cancellable:
            self.progress.setCancelButton(None)
        self.progress.setValue(0)
        self.progress.canceled.connect(self.cancel)
        self._progressed.connect(self._show_progress)
        self._handed.connect(self._relay)

    # Any thread ---------------------------------------------------------------------------------

    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        """Ask the work to stop at its next step (thread-safe)."""
        self._cancelled.set()

    def report(self, done: int, total: int) -> None:
        """The worker's progress; shown by the GUI thread."""
        self._progressed.emit(done, total)

    def deliver(self, item: object) -> None:
        """Hand one piece of the result to the GUI thread (``delivered``), as it comes."""
        self._handed.emit(item)

    # GUI thread ---------------------------------------------------------------------------------

    def set_label(self, text: str) -> None:
        self.progress.setLabelText(text)

    def step(self, done: int, total: int) -> bool:
        """Progress of work on the GUI thread: paint the dialog, hear Cancel; False if cancelled."""
        self._show_progress(done, total)
        QCoreApplication.processEvents()
        if self.progress.wasCanceled():  # also when cancelled without its signal
            self.cancel()
        return not self.cancelled()

    def run_in_thread(
        self,
        work: Callable[[Job], T],
        *,
        done: Callable[[T], None],
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run ``work(job)`` on a worker thread; then ``done`` or ``failed`` on the GUI thread.

        The job ends first (its dialog closes, the runner may start another); then ``done`` gets
        the result, or ``failed`` what ``work`` raised. Without ``failed`` the exception is
        raised again on the GUI thread: a bug is not swallowed by the thread it happened in.
        """
        self._on_done = lambda result: done(cast("T", result))
        self._on_failed = failed
        thread = QThread(self)
        worker = _Worker(lambda: work(self))
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        # Quit from the worker thread itself: the GUI thread may already be waiting for it.
        worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.finished.connect(worker.deleteLater)
        # Bound slots of this object, which lives on the GUI thread: queued there.
        worker.returned.connect(self._on_returned)
        worker.raised.connect(self._on_raised)
        self._thread, self._worker = thread, worker  # kept: Python would free them otherwise
        thread.start()

    def wait(self) -> None:
        """Wait for the worker thread, if any (the window is closing, or a test)."""
        if self._thread is not None:
            self._thread.wait()

    def end(self) -> None:
        """Close the dialog and let the runner start another job (once)."""
        if self._over:
            return
        self._over = True
        self.progress.close()
        self.ended.emit()

    @Slot(object)
    def _on_returned(self, result: object) -> None:
        # Over before the callback, which may ask a question or start the next job.
        self.wait()
        self.end()
        if self._on_done is not None:
            self._on_done(result)

    @Slot(object)
    def _on_raised(self, error: Exception) -> None:
        self.wait()
        self.end()
        if self._on_failed is None:
            raise error
        self._on_failed(error)

    @Slot(object)
    def _relay(self, item: object) -> None:
        self.delivered.emit(item)

    @Slot(int, int)
    def _show_progress(self, done: int, total: int) -> None:
        if self._over:
            return
        self.progress.setMaximum(total)
        self.progress.setValue(done)


class _Worker(QObject):
    """Runs one callable on the thread it was moved to and says how it went."""

    returned = Signal(object)
    raised = Signal(object)
    finished = Signal()

    def __init__(self, work: Callable[[], object]) -> None:
        super().__init__()
        self._work = work

    @Slot()
    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # handed to the GUI thread, which reports or re-raises it
            self.raised.emit(error)
        else:
            self.returned.emit(result)
        finally:
            self.finished.emit()


class TaskRunner(QObject):
    """Starts the window's long jobs, one at a time; stops the one running when it closes."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._job: Job | None = None

    def begin(
        self, title: str, label: str, *, total: int = 0, cancellable: bool = True
    ) -> Job | None:
        """A new job with its progress dialog; None while another one is running."""
        if self._job is not None:
            return None
        job = Job(self._parent, title, label, total=total, cancellable=cancellable)
        job.ended.connect(lambda: self._forget(job))
        self._job = job
        return job

    def busy(self) -> bool:
        return self._job is not None

    def run_blocking(self, work: Callable[[], T]) -> T:
        """Short work that must stay on the GUI thread, with the wait cursor meanwhile.

        A write through the window's database connection, which belongs to the GUI thread.
        """
        if self._job is not None:
            raise RuntimeError("a job is running")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return work()
        finally:
            QGuiApplication.restoreOverrideCursor()

    def cancel_and_wait(self) -> None:
        """Stop the running job after its current step and wait for its thread."""
        if self._job is not None:
            self._job.cancel()
            self._job.wait()

    def _forget(self, job: Job) -> None:
        if self._job is job:
            self._job = None
        job.deleteLater()
