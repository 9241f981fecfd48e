"""A main window on a real workspace in a temporary folder, shown offscreen; and one in French."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.startup.app import prepare_application
from serge_desktop.ui.startup.translations import install_translations

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    with Workspace(tmp_path / "data") as opened:
        yield opened


@pytest.fixture
def window(qtbot: QtBot, qapp: object, workspace: Workspace) -> MainWindow:
    prepare_application(qapp)  # type: ignore[arg-type]
    return shown_window(qtbot, workspace)


def shown_window(qtbot: QtBot, workspace: Workspace) -> MainWindow:
    """A window on `workspace`, its first article open, shown at a desktop's size."""
    main_window = MainWindow(workspace)
    qtbot.addWidget(main_window)
    # The offscreen screen is small, so a first start would maximise the window to 800x800: the
    # tests lay it out at a desktop's size instead.
    main_window.setWindowState(Qt.WindowState.WindowNoState)
    main_window.resize(1400, 900)
    main_window.open_initial_article()
    main_window.show()
    qtbot.waitExposed(main_window)
    return main_window


@pytest.fixture(scope="session")
def compiled_catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .qm catalogues compiled from the committed sources, as the build does."""
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    tools = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tools)
    out = tmp_path_factory.mktemp("qm")
    tools.compile_catalogues(out)
    return out


@pytest.fixture
def french(qapp: QApplication, compiled_catalogues: Path) -> Iterator[None]:
    """The interface in French, as a reader who chose it gets it at start."""
    prepare_application(qapp)  # which installs the system's language: French after it
    installed = install_translations(qapp, "fr", QLocale("fr_FR"), compiled_catalogues)
    assert "serge_desktop_fr.qm" in installed.catalogues
    yield
    install_translations(qapp)  # back to the system's language for the other tests


@pytest.fixture
def french_window(french: None, qtbot: QtBot, workspace: Workspace) -> MainWindow:
    """The main window built in French."""
    return shown_window(qtbot, workspace)
