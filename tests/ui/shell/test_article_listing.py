"""The window never lists the library with its counts to start or switch; its Library page does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.features.library.feature import LibraryFeature
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.startup.app import prepare_application
from serge_desktop.ui.window.context import PageId
from tests.services.library_helpers import add_article
from tests.ui.note_helpers import feature_of
from tests.ui.sql_statements import listings, statements_run


def test_start_and_switching_list_nothing_the_switcher_holds_every_article(
    qtbot: QtBot, qapp: object, tmp_path: Path
) -> None:
    with Workspace(tmp_path / "data") as workspace:
        add_article(workspace, "Notes from Brussels", "A market day in Brussels.")
        prepare_application(qapp)  # type: ignore[arg-type]
        window = MainWindow(workspace)
        qtbot.addWidget(window)
        window.setWindowState(Qt.WindowState.WindowNoState)
        with statements_run() as statements:
            window.open_initial_article("he-found-the-seeds-of-hope-in-russia")
            window.open_article("notes-from-brussels")
            window.open_article("he-found-the-seeds-of-hope-in-russia")
        # The counts grow with the library: only the Library page, when shown, reads them.
        assert listings(statements) == 0
        assert window.switcher.currentText() == "He found the seeds of hope in Russia"
        assert window.switcher.count() == 2
        window.close()


def test_a_fresh_start_at_the_library_lists_the_articles_once(
    qtbot: QtBot, qapp: object, tmp_path: Path
) -> None:
    # Several articles and none open last time: the window starts at the Library page, whose
    # list is read once, the first article's "last read" included.
    with Workspace(tmp_path / "data") as workspace:
        add_article(workspace, "Notes from Brussels", "A market day in Brussels.")
        add_article(workspace, "Letters from Lyon", "A rainy morning in Lyon.")
        prepare_application(qapp)  # type: ignore[arg-type]
        window = MainWindow(workspace)
        qtbot.addWidget(window)
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.show()
        with statements_run() as statements:
            window.open_initial_article()
            assert window.current_page() == PageId.LIBRARY
            page = feature_of(window, LibraryFeature).page
            qtbot.waitUntil(lambda: page.model.total_count() == 3)
        assert window.switcher.count() == 3
        opened = window.current_article()
        assert opened is not None
        row = page.model.article_at(page.model.index_of_article(opened.id))
        assert row is not None and row.last_read_at is not None
        assert listings(statements) == 1
        window.close()
