"""The first frame comes before the features it does not show; nothing the reader does is lost.

The window opened by the app (``defer=True``) installs the features with something in its first
frame (menu titles, tabs, banners, docks, the policy) before it is shown, the rest once it has
painted, or at the reader's first key or click. Pages given as a function are built when shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMenu, QTabBar
from pytestqt.qtbot import QtBot
from typing_extensions import override

from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.features.names.feature import NamesFeature
from serge_desktop.ui.features.names.index_pane import IndexPane
from serge_desktop.ui.features.search_everything import SearchEverything
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.startup.app import prepare_application
from tests.ui.note_helpers import feature_of


def _opened(qtbot: QtBot, workspace: Workspace, *, defer: bool) -> MainWindow:
    window = MainWindow(workspace, defer=defer)
    qtbot.addWidget(window)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1440, 900)
    window.open_initial_article()
    return window


def _menus(window: MainWindow) -> list[tuple[str, list[str]]]:
    """Each menu's title and entries, separators as '---', as the reader sees them."""

    def entries(menu: QMenu) -> list[str]:
        return ["---" if a.isSeparator() else a.text() for a in menu.actions()]

    bar = window.menuBar().actions()
    return [(a.text(), entries(a.menu())) for a in bar if isinstance(a.menu(), QMenu)]


def _tabs(window: MainWindow) -> list[str]:
    bar = window.central.findChild(QTabBar)
    assert bar is not None
    return [bar.tabText(i) for i in range(bar.count())]


def test_the_first_frame_shows_every_menu_and_tab_and_the_rest_follow_its_paint(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    prepare_application(qapp)
    with Workspace(tmp_path / "whole") as whole_library:
        whole = _opened(qtbot, whole_library, defer=False)
        assert whole.later.is_done()
        with Workspace(tmp_path / "deferred") as workspace:
            window = _opened(qtbot, workspace, defer=True)
            assert not window.later.is_done()
            assert window.actions.find("export.all") is None  # a menu entry, not yet there
            shown_first = [title for title, _entries in _menus(window)]
            assert shown_first == [title for title, _entries in _menus(whole)]
            assert _tabs(window) == _tabs(whole)
            with qtbot.waitSignal(window.later.ready, timeout=10000):
                window.show()
            # Every entry where the installers' order puts it, whichever group installed it: the
            # timeline's viewing (after the first frame) above its editing (before it).
            assert _menus(window) == _menus(whole)
            timeline = dict(_menus(window))["&Timeline"]
            viewing, editing = timeline.index("Zoom &In Timeline"), timeline.index("&Add Event…")
            assert viewing < editing < timeline.index("Se&ries Timeline")
            assert timeline[editing - 1] == "---"
            assert window.actions.find("export.all") is not None
            window.close()
        whole.close()


class _PressAfterFirstPaint(QObject):
    """Presses Ctrl+K on the turn of the event loop right after the window's first paint.

    Installed after the window's own filter, it is asked first, so its press comes before the
    features the window installs after that paint: as a reader's key pressed at that moment.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.seen: list[tuple[bool, bool]] = []  # (window active, every feature installed)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.window and not self.seen:
            QTimer.singleShot(0, self.press)
        return False

    def press(self) -> None:
        self.seen.append((self.window.isActiveWindow(), self.window.later.is_done()))
        QTest.keyClick(self.window.reader, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)


def test_a_shortcut_pressed_as_the_window_shows_is_not_lost(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    prepare_application(qapp)
    with Workspace(tmp_path / "data") as workspace:
        window = _opened(qtbot, workspace, defer=True)
        presser = _PressAfterFirstPaint(window)
        qapp.installEventFilter(presser)
        try:
            window.show()
            qtbot.waitUntil(lambda: bool(presser.seen))
        finally:
            qapp.removeEventFilter(presser)
        # Pressed in the active window before Search Everything (Ctrl+K) was installed...
        assert presser.seen == [(True, False)]
        # ...which the key installed first, so it opened the search.
        [search] = [f for f in window.features if isinstance(f, SearchEverything)]
        assert search.dialog is not None and search.dialog.isVisible()
        search.dialog.close()
        window.close()


def test_pages_given_as_functions_are_built_when_first_shown(window: MainWindow) -> None:
    built: list[QLabel] = []

    def build() -> QLabel:
        built.append(QLabel("A reading list"))
        return built[-1]

    window.add_page("reading_list", build, "Reading List")
    assert "Reading List" in _tabs(window) and built == []
    assert not window.central.is_built("names")  # the Names page: not shown yet
    window.show_page("reading_list")
    assert len(built) == 1 and built[0].isVisible()
    window.show_page("names")
    assert window.central.is_built("names") and window.current_page() == "names"
    window.show_page("study")
    window.show_page("reading_list")
    assert len(built) == 1  # built once


def test_a_dock_added_after_the_state_was_restored_goes_back_where_it_was(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    prepare_application(qapp)
    with Workspace(tmp_path / "data") as workspace:
        first = _opened(qtbot, workspace, defer=False)
        dock = first.add_dock(
            "probe", QLabel("probe"), "Probe", Qt.DockWidgetArea.RightDockWidgetArea
        )
        first.removeDockWidget(dock)
        first.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        dock.show()
        first.show()
        qtbot.waitExposed(first)
        first.close()  # saves the window's state, the probe dock shown on the left
        second = _opened(qtbot, workspace, defer=False)  # its state restored, no probe dock
        assert second.findChild(QDockWidget, "probe") is None
        again = second.add_dock(
            "probe", QLabel("probe"), "Probe", Qt.DockWidgetArea.RightDockWidgetArea
        )
        second.show()
        qtbot.waitExposed(second)
        assert second.dockWidgetArea(again) == Qt.DockWidgetArea.LeftDockWidgetArea
        assert again.isVisible()
        second.close()


def test_a_dock_given_a_function_builds_its_widget_when_first_shown(window: MainWindow) -> None:
    built: list[QLabel] = []

    def build() -> QLabel:
        built.append(QLabel("Reading list"))
        return built[-1]

    dock = window.add_dock("reading", build, "Reading", Qt.DockWidgetArea.RightDockWidgetArea)
    assert dock.isHidden() and built == []
    dock.toggleViewAction().trigger()  # View ▸ Reading
    assert len(built) == 1 and dock.widget() is built[0] and built[0].isVisible()
    dock.toggleViewAction().trigger()
    dock.toggleViewAction().trigger()
    assert len(built) == 1 and dock.isVisible()


def test_the_first_frame_builds_neither_the_index_lists_nor_the_review_page(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    names = feature_of(window, NamesFeature)
    assert names.dock.isHidden() and not isinstance(names.dock.widget(), IndexPane)
    assert not window.central.is_built("review")
    names.show_index.trigger()  # Names ▸ Index of Names (Ctrl+Alt+4)
    assert isinstance(names.dock.widget(), IndexPane) and names.dock.widget() is names.pane
    assert names.pane.isVisible()
    qtbot.waitUntil(names.pane.filter_field.hasFocus)
    window.actions.get("study.review").trigger()  # Study ▸ Review Cards
    assert window.central.is_built("review") and window.current_page() == "review"


def test_the_index_dock_saved_shown_is_built_where_it_was(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    prepare_application(qapp)
    with Workspace(tmp_path / "data") as workspace:
        first = _opened(qtbot, workspace, defer=False)
        dock = feature_of(first, NamesFeature).dock
        first.removeDockWidget(dock)
        first.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        dock.show()
        first.show()
        qtbot.waitExposed(first)
        first.close()  # saves the window's state, the Index shown on the left
        second = _opened(qtbot, workspace, defer=True)
        second.show()
        qtbot.waitExposed(second)
        names = feature_of(second, NamesFeature)
        assert second.dockWidgetArea(names.dock) == Qt.DockWidgetArea.LeftDockWidgetArea
        assert names.dock.isVisible() and names.dock.widget() is names.pane
        assert names.pane.isVisible()
        second.close()
