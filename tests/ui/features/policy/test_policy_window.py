"""The policy in the window: banner, import lock, shared articles, locked settings."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel
from pytestqt.qtbot import QtBot

from serge_desktop.services.policy import DEFAULT_POLICY, Policy
from serge_desktop.services.policy_file import parse_policy
from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.features.policy.banner import PolicyBanner
from serge_desktop.ui.features.policy.feature import PolicyFeature
from serge_desktop.ui.features.policy.preferences_dialog import PreferencesDialog
from serge_desktop.ui.reader.settings import ReaderSettings
from serge_desktop.ui.shell.about_dialog import about_text
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.startup.app import prepare_application
from serge_desktop.ui.startup.window_opening import start_article

LOCKED_NOTE = "Set by your administrator"
OpenWindow = Callable[[Policy], MainWindow]


@pytest.fixture
def open_window(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> Iterator[OpenWindow]:
    workspaces: list[Workspace] = []

    def open_with(policy: Policy) -> MainWindow:
        prepare_application(qapp)
        workspace = Workspace(tmp_path / f"data{len(workspaces)}", policy=policy)
        workspaces.append(workspace)
        window = MainWindow(workspace)
        qtbot.addWidget(window)
        window.open_initial_article()
        window.show()
        qtbot.waitExposed(window)
        return window

    yield open_with
    for workspace in workspaces:
        workspace.close()


def feature_of(window: MainWindow) -> PolicyFeature:
    [feature] = [f for f in window.features if isinstance(f, PolicyFeature)]
    return feature


def test_without_a_policy_the_window_has_no_banner_and_imports(open_window: OpenWindow) -> None:
    window = open_window(DEFAULT_POLICY)
    assert window.findChild(PolicyBanner) is None
    assert window.commands.import_article.isEnabled()


def test_import_turned_off_disables_the_action_and_says_who(open_window: OpenWindow) -> None:
    window = open_window(Policy(allow_import=False))
    action = window.commands.import_article
    assert not action.isEnabled()
    assert action.toolTip() == LOCKED_NOTE
    action.trigger()  # a disabled action does nothing: no file dialog opens
    assert QApplication.activeModalWidget() is None


def test_the_banner_shows_the_librarys_text_above_the_panes(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window(Policy(banner="Townsville Library"))
    banner = window.findChild(PolicyBanner)
    assert banner is not None and banner.isVisible()
    assert banner.banner_label is not None
    assert banner.banner_label.text() == "Townsville Library"
    assert banner.guest_label is None and banner.take_notes is None
    assert (
        banner.mapTo(window, banner.rect().topLeft()).y()
        < window.reader.mapTo(window, window.reader.rect().topLeft()).y()
    )


def test_shared_articles_are_in_the_library_when_the_window_opens(
    open_window: OpenWindow, tmp_path: Path
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "letters.txt").write_text(
        "Letters from Petrograd\n\nThe first paragraph.\n\nThe second.\n", encoding="utf-8"
    )
    (shared / "broken.txt").write_bytes(b"\x00\x00binary")
    window = open_window(Policy(content_dir=str(shared)))
    items = [window.switcher.itemText(i) for i in range(window.switcher.count())]
    assert any("Letters from Petrograd" in item for item in items)
    report = feature_of(window).shared_report
    assert report is not None and [p.name for p, _ in report.skipped] == ["broken.txt"]


def test_locked_settings_are_disabled_and_take_the_administrators_value(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    policy = Policy(locked_settings={"text_size": 150, "reopen_last_article": False})
    window = open_window(policy)
    assert window.reader.zoom_factor() == 1.5
    settings = ReaderSettings.for_workspace(window.workspace)
    dialog = PreferencesDialog(settings, window.reader.zoom_factor(), window)
    qtbot.addWidget(dialog)
    assert not dialog.text_size.isEnabled()
    assert dialog.text_size.currentData() == 1.5
    assert not dialog.reopen_last.isEnabled() and not dialog.reopen_last.isChecked()
    assert dialog.reopen_last.toolTip() == LOCKED_NOTE
    notes = [label.text() for label in dialog.findChildren(QLabel)]
    assert notes.count(LOCKED_NOTE) == 2
    settings.set_value("reopen_last_article", True)  # refused: the administrator decides
    assert settings.reopen_last_article is False


def test_preferences_are_saved_in_the_data_folder(open_window: OpenWindow, qtbot: QtBot) -> None:
    window = open_window(DEFAULT_POLICY)
    dialog = PreferencesDialog(
        ReaderSettings.for_workspace(window.workspace), window.reader.zoom_factor(), window
    )
    qtbot.addWidget(dialog)
    assert all(c.isEnabled() for c in dialog.findChildren(QCheckBox))
    dialog.reopen_last.setChecked(False)
    dialog.accept()
    again = ReaderSettings.for_workspace(window.workspace)
    assert again.reopen_last_article is False
    assert (window.workspace.data_dir / "preferences.ini").is_file()


def test_preferences_open_from_the_edit_menu_and_set_the_text_size(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window(DEFAULT_POLICY)
    feature = feature_of(window)
    assert feature.preferences.shortcut().toString() == "Ctrl+,"
    assert feature.preferences in window.commands.menus["edit"].actions()

    def choose_larger_text() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        dialog.text_size.setCurrentIndex(dialog.text_size.findData(1.2))
        dialog.accept()

    QTimer.singleShot(0, choose_larger_text)
    feature.preferences.trigger()
    assert window.reader.zoom_factor() == 1.2


def test_reopening_the_last_article_can_be_turned_off(open_window: OpenWindow) -> None:
    window = open_window(Policy(locked_settings={"reopen_last_article": False}))
    first = window.workspace.library.list_articles()[0].slug
    assert start_article(window.workspace, None) == first
    assert start_article(window.workspace, "chosen") == "chosen"
    unlocked = open_window(DEFAULT_POLICY)
    assert start_article(unlocked.workspace, None) is None  # the window's remembered one


def test_about_lists_the_policy_and_what_was_ignored(tmp_path: Path) -> None:
    load = parse_policy({"allow_import": False, "banner": "Hi", "guest_mod": True})
    policy = replace(load.policy, source="/etc/serge-desktop/policy.json")
    text = about_text(tmp_path / "library.sqlite3", policy)
    assert "/etc/serge-desktop/policy.json" in text
    assert "<tt>allow_import</tt></td><td>false" in text
    assert "<tt>banner</tt></td><td>&quot;Hi&quot;" in text
    assert "guest_mod" in text and "not a policy key" in text
    assert "No administrator" in about_text(tmp_path / "library.sqlite3", DEFAULT_POLICY)


def test_a_shared_file_named_in_bytes_that_are_not_utf8_never_stops_the_window(
    open_window: OpenWindow, tmp_path: Path
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    with open(os.path.join(os.fsencode(shared), b"caf\xe9.txt"), "wb") as odd:
        odd.write(b"Letters from Exile\n\nThe first paragraph.\n")
    os.mkfifo(shared / "pipe.txt")
    window = open_window(Policy(content_dir=str(shared)))
    items = [window.switcher.itemText(i) for i in range(window.switcher.count())]
    assert any("Letters from Exile" in item for item in items)
    text = about_text(window.workspace.database_path, window.workspace.policy,
                      window.workspace.shared_content)  # fmt: skip
    assert "1 shared article not imported" in text
    assert "<tt>pipe.txt</tt>: it is a named pipe (FIFO), not a regular file" in text
