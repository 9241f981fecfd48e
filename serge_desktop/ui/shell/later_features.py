"""The features the first frame does not show, installed right after it is painted.

The window is shown with the features whose menus, tabs, banners or docks the first frame holds
(``shell.installers``); the rest follow in the same thread once the window has painted, so the
reader sees the article sooner. A key pressed, a click or a file dropped before then installs
them at once, before it is handled, so it finds every shortcut and menu entry in place.

Signals:
    ready(): every feature is installed (at once when none was left for later).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from typing_extensions import override

from serge_desktop.ui.shell.installers import install_features, later_installers

if TYPE_CHECKING:
    from serge_desktop.ui.shell.main_window import MainWindow

# What the reader can do to the window: each finds every feature installed.
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.ShortcutOverride,  # before a shortcut is looked up
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.ContextMenu,
        QEvent.Type.DragEnter,
        QEvent.Type.Drop,
    }
)


class LaterFeatures(QObject):
    """Installs the window's remaining features after its first paint, or at the first input."""

    ready = Signal()

    def __init__(self, window: MainWindow, *, defer: bool) -> None:
        """Install them now, or (``defer``) after the window's first paint or first input."""
        super().__init__(window)
        self._window = window
        self._done = False
        app = QCoreApplication.instance()
        if defer and app is not None:
            app.installEventFilter(self)  # sees the window's paint and every widget's input
        else:
            self.finish()

    def is_done(self) -> bool:
        return self._done

    def finish(self) -> None:
        """Install them now, if not done yet; ``ready`` follows."""
        if self._done:
            return
        self._done = True  # first: a feature's install may send events through the filter
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._window.features += install_features(self._window, later_installers())
        self.ready.emit()

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Paint and watched is self._window:
            # After this frame reaches the screen: the next turn of the event loop.
            QTimer.singleShot(0, self, self.finish)
        elif kind in _INPUT and not self._done:
            self.finish()
        return False
