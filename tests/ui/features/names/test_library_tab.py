"""The index of names as the Library page's Names tab, added through the window's sections."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget
from pytestqt.qtbot import QtBot

from serge_desktop.ui.features.library.feature import LibraryFeature
from serge_desktop.ui.features.names.feature import LIBRARY_SECTION, NamesFeature
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.window.context import PageId
from tests.ui.note_helpers import feature_of


def library_tabs(window: MainWindow) -> QTabWidget:
    return feature_of(window, LibraryFeature).page.tabs


def test_the_library_shows_the_index_as_its_names_tab_and_an_entry_opens_its_page(
    window: MainWindow, qtbot: QtBot
) -> None:
    names = feature_of(window, NamesFeature)
    window.actions.get("library.show").trigger()
    tabs = library_tabs(window)
    assert window.current_page() == PageId.LIBRARY
    assert tabs.tabBar().isVisible()
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Articles", "Names"]
    assert window.sections.current(PageId.LIBRARY) is None  # the articles, the page's own tab
    tabs.setCurrentIndex(1)
    assert window.sections.current(PageId.LIBRARY) == LIBRARY_SECTION
    pane = names.library_pane
    # Shown for the first time, the tab indexes the seed and lists its confirmed names only.
    qtbot.waitUntil(lambda: pane.entity_model.rowCount() > 0)
    listed = pane.listed_names()
    for name in ("Victor Serge", "Leon Trotsky", "Petrograd", "Left Opposition"):
        assert name in listed
    assert not {pane.suggestions.topLevelItem(i).text(0) for i in range(3)} & set(listed)
    assert not names.dock.isVisible()  # the dock is a second place for it, not needed here
    pane.filter_field.setText("trots")
    assert pane.listed_names() == ["Leon Trotsky"]
    pane.entities.activated.emit(pane.entity_model.index(0, 0))
    assert window.current_page() == "names"
    assert "Leon Trotsky" in names.page.entity.title.text()
    # Ctrl+L comes back to the articles, ready for the keyboard.
    window.actions.get("library.show").trigger()
    assert tabs.currentIndex() == 0


def test_the_index_dock_stays_and_both_lists_follow_a_decision(
    window: MainWindow, qtbot: QtBot
) -> None:
    names = feature_of(window, NamesFeature)
    window.actions.get("view.index").trigger()
    qtbot.waitUntil(lambda: names.pane.entity_model.rowCount() > 0)
    window.actions.get("library.show").trigger()
    assert window.sections.show(PageId.LIBRARY, LIBRARY_SECTION)
    pane = names.library_pane
    qtbot.waitUntil(lambda: pane.entity_model.rowCount() > 0)
    before = pane.entity_model.rowCount()
    suggestion = pane.suggestions.topLevelItem(0)
    name = suggestion.text(0)
    suggestion.setSelected(True)
    pane.confirm_button.click()
    assert name in pane.listed_names()
    assert name in names.pane.listed_names()  # the dock's list too
    assert pane.entity_model.rowCount() == before + 1


def test_names_index_in_the_library_opens_the_tab_from_anywhere(
    window: MainWindow, qtbot: QtBot
) -> None:
    names = feature_of(window, NamesFeature)
    assert window.current_page() == PageId.STUDY
    window.actions.get("names.library").trigger()
    assert window.current_page() == PageId.LIBRARY
    assert window.sections.current(PageId.LIBRARY) == LIBRARY_SECTION
    qtbot.waitUntil(lambda: names.library_pane.entity_model.rowCount() > 0)
    assert "Victor Serge" in names.library_pane.listed_names()


def test_restoring_the_window_does_not_list_the_index_again(
    window: MainWindow, qtbot: QtBot
) -> None:
    names = feature_of(window, NamesFeature)
    window.actions.get("library.show").trigger()
    library_tabs(window).setCurrentIndex(1)
    pane = names.library_pane
    qtbot.waitUntil(lambda: pane.entity_model.rowCount() > 0)
    shown: list[bool] = []
    pane.shown.connect(lambda: shown.append(True))
    window.showMinimized()
    qtbot.wait(100)
    window.showNormal()  # Qt shows the children again, spontaneously
    qtbot.wait(100)
    assert shown == []
    library_tabs(window).setCurrentIndex(0)
    library_tabs(window).setCurrentIndex(1)  # the reader's own coming back does
    assert shown == [True]
