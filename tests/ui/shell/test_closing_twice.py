"""A window closed a second time does nothing more: its session was saved when it first closed.

Qt sends a closed window's close event again when close() is called on it again (pytest-qt
closes every window it was given when a test ends), and the quit after the last window closed
asks the window to save its session once more: both ran against a library closed by then
("Cannot use uninitialized Proxy").
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.shell.window_state import WindowState
from serge_desktop.ui.startup.app import prepare_application
from tests.ui.conftest import shown_window


def test_a_window_closed_twice_leaves_its_closed_library_alone(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    prepare_application(qapp)
    with Workspace(tmp_path) as workspace:
        window = shown_window(qtbot, workspace)
        article = window.current_article()
        assert article is not None
        window.reader.scroll_to_offset(1200)
        assert window.close()
        settings = workspace.window_state_path.read_bytes()
        assert workspace.library.reading_position(article.id) == 1200
    assert window.close()  # the library is closed now
    window.save_session()  # as the application's quit asks
    assert workspace.window_state_path.read_bytes() == settings
    assert WindowState(workspace.window_state_path).article_slug() is not None


def test_a_window_shown_again_saves_again_when_it_closes(window: MainWindow) -> None:
    window.reader.scroll_to_offset(900)
    assert window.close()
    window.show()
    window.reader.scroll_to_offset(1500)
    assert window.close()
    article = window.current_article()
    assert article is not None
    assert window.workspace.library.reading_position(article.id) == 1500
