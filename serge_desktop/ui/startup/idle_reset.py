"""A guest session's idle reset: notice that nobody has touched the app, warn, then reset.

The watcher counts only the patron's input (keys, mouse buttons and movement, the wheel, touch
and pen), anywhere in the application, so a window repainting or a timer firing never keeps a
session alive. After the idle time a warning counts down; "Keep working" cancels it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget
from typing_extensions import override

WARNING_SECONDS = 60

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.InputMethod,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` once no input has reached the application for ``idle_ms``.

    Installed as an application-wide event filter; ``pause()`` while a warning is showing (its
    own countdown decides then), ``resume()`` to start counting afresh.
    """

    idle = Signal()

    def __init__(self, idle_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.input_events = 0  # how many input events were seen (for the tests and About)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(idle_ms)
        self._timer.timeout.connect(self.idle)
        self._paused = False
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._timer.start()

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and not self._paused:
            self.input_events += 1
            self._timer.start()  # from the beginning: the patron is here
        return False

    def is_counting(self) -> bool:
        return self._timer.isActive()

    def pause(self) -> None:
        self._paused = True
        self._timer.stop()

    def resume(self) -> None:
        self._paused = False
        self._timer.start()

    def stop(self) -> None:
        self.pause()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class IdleWarning(QDialog):
    """Counts down before a reset; ``expired`` at zero, rejected by "Keep working"."""

    expired = Signal()

    def __init__(self, parent: QWidget, seconds: int = WARNING_SECONDS) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Are you still there?"))
        self.setAccessibleName(self.tr("Guest session about to end"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.seconds_left = seconds
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Time left"))
        buttons = QDialogButtonBox(self)
        self.keep_working = buttons.addButton(
            self.tr("&Keep working"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.keep_working.setDefault(True)
        self.keep_working.setAccessibleName(self.tr("Keep working"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.tick)
        self._show_time_left()

    def start(self) -> None:
        self._ticker.start()
        self.show()

    def tick(self) -> None:
        """One second less; at zero the dialog closes and ``expired`` is emitted."""
        self.seconds_left -= 1
        if self.seconds_left <= 0:
            self._ticker.stop()
            self.accept()
            self.expired.emit()
            return
        self._show_time_left()

    @override
    def done(self, result: int) -> None:
        self._ticker.stop()
        super().done(result)

    def _show_time_left(self) -> None:
        self.message.setText(
            self.tr(
                "Nobody has used Serge Desktop for a while. In %n second(s) this guest session "
                "ends and its notes are erased.",
                "",
                self.seconds_left,
            )
        )
