"""Help ▸ Keyboard Shortcuts lists the window's real keys; Help ▸ User Guide reads offline; the
first start points to both; the README's table of keys says what the window does."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from pytestqt.qtbot import QtBot

from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.features.help.feature import HelpFeature
from serge_desktop.ui.features.help.guide_dialog import GUIDE_PAGE, guide_folder
from serge_desktop.ui.features.help.shortcut_list import shortcuts
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.window.actions import MenuId
from tests.ui.note_helpers import feature_of

README = Path(__file__).parents[3] / "README.md"


def help_feature(window: MainWindow) -> HelpFeature:
    return feature_of(window, HelpFeature)


def test_the_help_menu_offers_the_guide_and_the_keys_first(window: MainWindow) -> None:
    texts = [a.text() for a in window.actions.menu(MenuId.HELP).actions() if not a.isSeparator()]
    assert texts[:2] == ["&User Guide", "&Keyboard Shortcuts"]
    assert "&About Serge Desktop" in texts


def test_keyboard_shortcuts_lists_every_key_of_the_window_and_filters_as_you_type(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    dialog = help_feature(window).shortcuts_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    listed = {(s.command, s.keys[0]) for s in dialog.shown()}
    assert ("Add Note", "Ctrl+Shift+N") in listed
    assert ("Yellow", "Ctrl+1") in listed
    assert ("Indent Lines", "Ctrl+]") in listed  # a pane's keys, not only the menus'
    assert ("Keyboard Shortcuts", "Ctrl+/") in listed
    # Every action of the window that has keys is there.
    keyed = {
        a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        for a in window.findChildren(QAction)
        if not a.shortcut().isEmpty() and a.text()
    }
    assert keyed <= {keys for shortcut in dialog.shown() for keys in shortcut.keys}
    qtbot.keyClicks(dialog.field, "highlight")
    assert [s.command for s in dialog.shown()] == ["Yellow", "Green", "Blue", "Pink", "Purple"]
    assert dialog.count.text() == "5 shortcuts"
    dialog.field.clear()
    qtbot.keyClicks(dialog.field, "ctrl+shift+n")
    assert [s.command for s in dialog.shown()] == ["Add Note"]
    assert dialog.count.text() == "1 shortcut"
    dialog.close()


def test_the_list_follows_the_actions_as_they_are_now(window: MainWindow) -> None:
    late = QAction("&Late Command", window)
    late.setShortcut(QKeySequence("Ctrl+Alt+L"))
    window.actions.add_to_menu(MenuId.VIEW, [late])
    help_feature(window).shortcuts_action.trigger()
    dialog = help_feature(window).shortcuts_dialog
    assert dialog is not None
    [found] = [s for s in dialog.shown() if s.command == "Late Command"]
    assert found.where == "View" and found.portable == ("Ctrl+Alt+L",)
    dialog.close()


def test_the_user_guide_opens_offline_with_its_pictures(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = help_feature(window).guide
    assert guide is not None
    qtbot.waitUntil(guide.isVisible)
    document = guide.browser.document()
    assert "Serge Desktop User Guide" in document.toPlainText()
    assert "Ctrl+]" in document.toPlainText()  # it tells how to indent a note's list
    html = (guide_folder() / GUIDE_PAGE).read_text(encoding="utf-8")
    pictures = re.findall(r'<img src="([^"]+)"', html)
    assert len(pictures) >= 5
    for name in pictures:
        image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert image is not None and not image.isNull(), name
    # The contents' links stay in the guide: Notes scrolls down to its section.
    bar = guide.browser.verticalScrollBar()
    guide.browser.anchorClicked.emit(QUrl("#notes"))
    assert bar.value() > 0
    guide.home.click()
    assert guide.browser.source().fileName() == GUIDE_PAGE
    guide.close()


def test_the_first_start_points_to_the_guide_and_the_keys_once(
    window: MainWindow, qtbot: QtBot, workspace: Workspace
) -> None:
    hint = help_feature(window).hint
    assert hint.isVisible()
    assert "F1" in hint.label.text() and "Ctrl+/" in hint.label.text()
    hint.guide_button.click()
    guide = help_feature(window).guide
    assert guide is not None and guide.isVisible()
    assert not hint.isVisible()
    guide.close()
    again = MainWindow(workspace)  # the next start in this data folder
    qtbot.addWidget(again)
    again.show()
    assert not help_feature(again).hint.isVisible()


def readme_keys() -> set[str]:
    """The shortcuts with a modifier or a function key that the README's table of keys names."""
    text = README.read_text(encoding="utf-8")
    table = text[text.index("| action | keys |") :].split("\n\n", 1)[0]
    keys_column = " ".join(line.rsplit("|", 2)[-2] for line in table.splitlines()[2:])
    arrows = {"↑": "Up", "↓": "Down", "←": "Left", "→": "Right"}
    # "Ctrl+1 … Ctrl+5" names the keys between.
    for first, last in re.findall(r"Ctrl\+(\d) … Ctrl\+(\d)", keys_column):
        keys_column += " " + " ".join(f"Ctrl+{n}" for n in range(int(first), int(last) + 1))
    found = set()
    for token in re.findall(r"(?:(?:Ctrl|Alt|Shift)\+)+(?:[^\s,;/()]+|[,/])|\bF\d+\b", keys_column):
        for arrow, name in arrows.items():
            token = token.replace(arrow, name)
        found.add(token.replace("Delete", "Del"))
    return found


def test_the_readmes_table_of_keys_matches_the_keyboard_shortcuts(window: MainWindow) -> None:
    generated = {
        keys
        for shortcut in shortcuts(window)
        for keys in shortcut.portable
        if re.search(r"Ctrl\+|Alt\+|Shift\+|\bF\d+\b", keys)
    }
    documented = readme_keys()
    # Keys the panes handle themselves (not actions): said in the README, not in the list.
    pane_keys = {"Shift+arrows", "Shift+Left", "Shift+Tab"}
    assert not generated - documented, "in the window, not in the README"
    assert not documented - generated - pane_keys, "in the README, not in the window"
