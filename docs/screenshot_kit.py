"""What every screenshot script shares: the app, a throwaway library, the window, the picture."""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from serge_desktop.main import _name_application
from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.features.help.first_start import SEEN_KEY
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.startup.app import create_application, prepare_application

F = TypeVar("F", bound=QObject)


def feature(window: MainWindow, kind: type[F]) -> F:
    """The window's installed feature of this class."""
    return next(f for f in window.features if isinstance(f, kind))


def start_app() -> QApplication:
    """The app named, created and prepared as the real one is."""
    _name_application()
    app = create_application(sys.argv[:1])
    prepare_application(app)
    return app


@contextmanager
def temporary_workspace(prefix: str, name: str = "") -> Iterator[tuple[Path, Workspace]]:
    """A fresh temporary folder and a library opened in it (in its subfolder ``name`` if given)."""
    with (
        tempfile.TemporaryDirectory(prefix=prefix) as folder,
        Workspace(Path(folder) / name) as workspace,
    ):
        yield Path(folder), workspace


def place(window: QWidget) -> None:
    """The screenshots' window size, at the top left of the screen."""
    window.resize(1440, 900)
    window.move(0, 0)


def show_window(
    workspace: Workspace, slug: str | None = None, *, first_start: bool = False
) -> MainWindow:
    """A main window on the library, showing the seed article (or ``slug``).

    The first start's hint (Help's guide and keys) is shown only when ``first_start`` is asked.
    """
    if not first_start:
        seen = QSettings(str(workspace.window_state_path), QSettings.Format.IniFormat)
        seen.setValue(SEEN_KEY, True)
        seen.sync()
    window = MainWindow(workspace)
    window.open_initial_article(slug)
    place(window)
    window.show()
    return window


def write(picture: QPixmap, target: Path) -> None:
    """Save the picture to ``target`` and say so."""
    picture.save(str(target))
    print(f"wrote {target} ({picture.width()}x{picture.height()})")


def save(widget: QWidget, target: Path) -> None:
    """Photograph the widget's window as it is on the screen, into ``target``."""
    write(widget.screen().grabWindow(widget.winId()), target)
