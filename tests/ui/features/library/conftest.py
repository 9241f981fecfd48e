"""A window on a library of several articles, two of them in one series, with dated events."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.features.library.feature import LibraryFeature
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.startup.app import prepare_application
from tests.services.library_helpers import SERIES, add_article, add_event
from tests.ui.conftest import shown_window
from tests.ui.note_helpers import feature_of


@pytest.fixture
def shelf(tmp_path: Path) -> Iterator[Workspace]:
    """The seed (part 2 of the series), part 1, an article in no series; Paris dated apart."""
    with Workspace(tmp_path / "data") as workspace:
        first = add_article(
            workspace,
            "Boris Souvarine and the first schism",
            "In 1908 Serge came to Paris.",
            "In January 1919 he reached Petrograd.",
            series=SERIES,
            part=1,
            author="A. Writer",
        )
        add_article(workspace, "Notes from Brussels", "A market day in Brussels.")
        seed = workspace.library.get_summary("he-found-the-seeds-of-hope-in-russia")
        add_event(workspace, first, "1908", "Serge moves to Paris", "In 1908 Serge came to Paris")
        add_event(workspace, seed.id, "1909", "Serge moves to Paris")
        yield workspace


@pytest.fixture
def library_window(qtbot: QtBot, qapp: object, shelf: Workspace) -> MainWindow:
    prepare_application(qapp)  # type: ignore[arg-type]
    return shown_window(qtbot, shelf)


def library(window: MainWindow) -> LibraryFeature:
    return feature_of(window, LibraryFeature)
