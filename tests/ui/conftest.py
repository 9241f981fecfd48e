"""A main window on a real workspace in a temporary folder, shown offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.startup.app import prepare_application


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    with Workspace(tmp_path / "data") as opened:
        yield opened


@pytest.fixture
def window(qtbot: QtBot, qapp: object, workspace: Workspace) -> MainWindow:
    prepare_application(qapp)  # type: ignore[arg-type]
    main_window = MainWindow(workspace)
    qtbot.addWidget(main_window)
    main_window.resize(1400, 900)
    main_window.open_initial_article()
    main_window.show()
    qtbot.waitExposed(main_window)
    return main_window
