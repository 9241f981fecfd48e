"""The window API a feature is written against: named actions, menus by id, places for views."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QTabBar, QToolBar, QWidget
from pytestqt.qtbot import QtBot

from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.window.actions import MenuId
from serge_desktop.ui.window.context import WindowContext


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_a_feature_adds_a_top_level_menu_actions_and_a_toolbar_button(window: MainWindow) -> None:
    ctx: WindowContext = window
    action = QAction("Open &Reading List", ctx.window())
    action.setShortcut("Ctrl+Alt+Shift+R")
    ctx.actions.add("reading_list.open", action)
    before = menu_titles(window)
    menu = ctx.actions.add_menu("reading_list", "&Reading List", before=MenuId.HELP)
    ctx.actions.add_to_menu("reading_list", ["reading_list.open"])
    ctx.actions.add_to_toolbar([action])
    assert menu_titles(window) == [*before[:-1], "&Reading List", "&Help"]
    assert menu.actions() == [action]
    assert ctx.actions.find("reading_list.open") is action
    assert action in window.actions()  # its shortcut works anywhere in the window
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert toolbar is not None and toolbar.actions()[-1] is action


def test_actions_are_found_by_name_and_names_are_unique(window: MainWindow) -> None:
    assert window.actions.find("export.all") is not None  # the export feature's
    assert window.actions.find("cards.review") is None  # no such feature installed
    assert window.actions.get("notes.add") is window.commands.add_note
    with pytest.raises(ValueError, match="already named"):
        window.actions.add("notes.add", QAction("again"))
    with pytest.raises(KeyError):
        window.actions.add_to_menu(MenuId.EDIT, ["no.such.action"])


def test_a_group_added_to_the_file_menu_stays_above_quit(window: MainWindow) -> None:
    action = QAction("Import &Series…", window)
    window.actions.add_to_menu(MenuId.FILE, [action])
    actions = window.commands.menus["file"].actions()
    assert actions[-1] is window.commands.quit
    assert actions.index(action) < actions.index(window.commands.quit)


def test_a_second_page_brings_tabs_and_can_be_shown(window: MainWindow) -> None:
    tabs = window.findChild(QTabBar)
    assert tabs is not None
    pages = tabs.count()  # the study page, and those the installed features add
    page = QLabel("A reading list")
    window.add_page("reading_list", page, "Reading List")
    assert not tabs.isHidden() and tabs.count() == pages + 1
    window.show_page("reading_list")
    assert page.isVisible() and not window.reader.isVisible()
    window.show_page("study")
    assert window.reader.isVisible()


def test_a_dock_starts_hidden_and_the_view_menu_shows_it(window: MainWindow) -> None:
    pane = QLabel("People and places")
    dock = window.add_dock("sample", pane, "Sample", Qt.DockWidgetArea.RightDockWidgetArea)
    assert dock.objectName() == "sample" and dock.isHidden()
    toggle = window.actions.find("view.sample")
    assert toggle is not None and toggle in window.commands.menus["view"].actions()
    toggle.trigger()
    assert pane.isVisible()


def test_a_banner_goes_above_the_panes(window: MainWindow, qtbot: QtBot) -> None:
    banner = QLabel("A notice")
    window.add_banner(banner)
    qtbot.waitUntil(banner.isVisible)

    def top(widget: QWidget) -> int:
        return widget.mapTo(window, widget.rect().topLeft()).y()

    qtbot.waitUntil(lambda: top(banner) < top(window.reader))


def test_show_passage_opens_the_article_and_shows_the_words(window: MainWindow) -> None:
    article = window.current_article()
    assert article is not None
    start = article.body.index("Petrograd")
    window.show_passage(article.slug, start, start + len("Petrograd"))
    assert window.reader.textCursor().selectedText() in ("", "Petrograd")  # shown, not selected
    assert window.reader.flash.is_running()


def test_status_messages_are_cleared_only_if_still_shown(window: MainWindow) -> None:
    window.show_status("first", 0)
    window.clear_status("another")
    assert window.statusBar().currentMessage() == "first"
    window.clear_status("first")
    assert window.statusBar().currentMessage() == ""


def test_the_installers_get_the_window_as_a_context(window: MainWindow) -> None:
    assert window.features and all(isinstance(f, QObject) for f in window.features)
    assert all(f.parent() is window for f in window.features)
