"""Guest mode in the window: the banner that stays, Take my notes, the idle reset, the erasing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QPointF, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog, QPushButton
from pytestqt.qtbot import QtBot

from serge_desktop.services.policy import Policy
from serge_desktop.ui.features.policy.banner import PolicyBanner
from serge_desktop.ui.startup.app import prepare_application
from serge_desktop.ui.startup.background_check import LibraryChecker
from serge_desktop.ui.startup.guest_app import GuestSessions
from serge_desktop.ui.startup.idle_reset import IdleWarning, IdleWatcher

GUEST_TEXT = "Guest session: your notes are erased when you close Serge Desktop."
SENTENCE = "In May that year he joined the Communist Party"


@pytest.fixture
def guest_env(tmp_path: Path) -> dict[str, str]:
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    runtime.chmod(0o700)
    return {"XDG_RUNTIME_DIR": str(runtime)}


@pytest.fixture
def sessions(
    qapp: QApplication, qtbot: QtBot, guest_env: dict[str, str]
) -> Iterator[GuestSessions]:
    prepare_application(qapp)
    policy = Policy(guest_mode=True, idle_reset_minutes=5, banner="Townsville Library")
    guest = GuestSessions(qapp, policy, guest_env)
    yield guest
    guest.end()
    guest.deleteLater()


def write_a_note(sessions: GuestSessions, qtbot: QtBot) -> None:
    window = sessions.window
    assert window is not None
    article = window.current_article()
    assert article is not None
    start = article.body.index(SENTENCE)
    window.reader.select_span(start, start + len(SENTENCE))
    window.commands.add_note.trigger()
    window.notes.editor.setPlainText("Mine alone")
    window.notes.flush()


def test_a_guest_session_opens_the_bundled_article_under_a_banner_that_stays(
    sessions: GuestSessions, qtbot: QtBot, guest_env: dict[str, str]
) -> None:
    window = sessions.begin()
    qtbot.waitExposed(window)
    assert window.current_article() is not None
    assert window.workspace.data_dir.parent == Path(guest_env["XDG_RUNTIME_DIR"])
    banner = window.findChild(PolicyBanner)
    assert banner is not None and banner.isVisible()
    assert banner.guest_label is not None and banner.guest_label.text() == GUEST_TEXT
    assert banner.banner_label is not None
    assert banner.take_notes is not None and banner.take_notes.text() == "Take my notes…"
    assert banner.take_notes.isEnabled()
    # Nothing in it closes it: its only button is Take my notes.
    assert banner.findChildren(QPushButton) == [banner.take_notes]
    window.commands.show_reader.trigger()
    window.commands.show_notes.trigger()
    window.commands.show_timeline.trigger()
    assert banner.isVisible()


def test_take_my_notes_is_off_when_no_export_is_allowed(
    qapp: QApplication, guest_env: dict[str, str], qtbot: QtBot
) -> None:
    prepare_application(qapp)
    guest = GuestSessions(qapp, Policy(guest_mode=True, allow_export=False), guest_env)
    try:
        window = guest.begin()
        banner = window.findChild(PolicyBanner)
        assert banner is not None and banner.take_notes is not None
        assert not banner.take_notes.isEnabled()
        assert banner.take_notes.toolTip() == "Set by your administrator"
    finally:
        assert guest.end()


def test_take_my_notes_opens_the_export_dialog_for_every_article(
    sessions: GuestSessions, qtbot: QtBot
) -> None:
    export_dialog = pytest.importorskip("serge_desktop.ui.features.export.dialog")
    window = sessions.begin()
    window.later.finish()  # the export feature, installed once the window has painted
    banner = window.findChild(PolicyBanner)
    assert banner is not None
    seen: list[bool] = []

    def look_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, export_dialog.ExportDialog)
        seen.append(dialog.scope.scope().is_library)
        dialog.reject()

    QTimer.singleShot(0, look_and_close)
    banner.export_action.trigger()
    assert seen == [True]


def test_take_my_notes_offers_a_class_pack(sessions: GuestSessions, qtbot: QtBot) -> None:
    pack_dialog = pytest.importorskip("serge_desktop.ui.features.packs.export_dialog")
    window = sessions.begin()
    window.later.finish()  # the packs feature, installed once the window has painted
    banner = window.findChild(PolicyBanner)
    assert banner is not None and banner.pack_action.isEnabled()
    seen: list[str] = []

    def look_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog).__name__)
        assert isinstance(dialog, pack_dialog.PackExportDialog)
        dialog.reject()

    QTimer.singleShot(0, look_and_close)
    banner.pack_action.trigger()
    assert seen == ["PackExportDialog"]


def test_a_guest_library_gets_no_background_check(sessions: GuestSessions, qtbot: QtBot) -> None:
    # Made a moment ago from the bundled article and erased at the end: nothing to check, and
    # an idle reset deletes the window while the app runs on, with no check thread in it.
    window = sessions.begin()
    qtbot.waitExposed(window)
    window.repaint()  # the first paint is when an ordinary window starts its check
    qtbot.wait(50)
    assert window.findChildren(LibraryChecker) == []
    assert sessions.end()
    assert not shiboken6.isValid(window)  # disposed of before its library closed


def test_ending_the_session_erases_its_folder(sessions: GuestSessions, qtbot: QtBot) -> None:
    window = sessions.begin()
    folder = window.workspace.data_dir
    write_a_note(sessions, qtbot)
    assert (folder / "library.sqlite3").is_file()
    # Deleted content is overwritten inside the file, not just unlinked from its pages.
    database = window.workspace._db
    [[secure_delete]] = database.execute_sql("PRAGMA secure_delete").fetchall()  # type: ignore[no-untyped-call]
    assert secure_delete == 1
    assert sessions.end()
    assert not folder.exists()


def test_an_idle_reset_starts_a_fresh_session_and_erases_the_old(
    sessions: GuestSessions, qtbot: QtBot
) -> None:
    window = sessions.begin()
    old_folder = window.workspace.data_dir
    write_a_note(sessions, qtbot)
    assert sessions.watcher is not None
    sessions.watcher.idle.emit()  # as if five minutes had passed without input
    warning = sessions.warning
    assert warning is not None and warning.isVisible()
    assert not sessions.watcher.is_counting()  # the countdown decides now
    while sessions.warning is warning and warning.seconds_left > 0:
        warning.tick()
    assert sessions.sessions_started == 2
    assert not old_folder.exists()
    fresh = sessions.window
    assert fresh is not None and fresh.workspace.data_dir != old_folder
    assert fresh.workspace.data_dir.exists()
    assert fresh.current_article() is not None  # the bundled article, again
    assert list(fresh.notes.model.notes()) == []
    assert fresh.findChild(PolicyBanner) is not None


def test_keep_working_cancels_the_reset(sessions: GuestSessions, qtbot: QtBot) -> None:
    window = sessions.begin()
    folder = window.workspace.data_dir
    assert sessions.watcher is not None
    sessions.watcher.idle.emit()
    warning = sessions.warning
    assert warning is not None
    warning.tick()
    assert "In 59 second" in warning.message.text()
    warning.keep_working.click()
    assert not warning.isVisible()
    assert sessions.watcher.is_counting()
    assert sessions.sessions_started == 1 and folder.exists()


def test_the_watcher_counts_only_input_anywhere_in_the_app(
    qapp: QApplication, qtbot: QtBot
) -> None:
    watcher = IdleWatcher(60_000)
    try:
        target = QPushButton("somewhere")
        qtbot.addWidget(target)
        target.show()
        qtbot.waitExposed(target)
        target.repaint()  # the app working on its own is not a patron
        QApplication.sendEvent(target, QEvent(QEvent.Type.LanguageChange))
        assert watcher.input_events == 0
        QApplication.sendEvent(
            target,
            QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"),
        )
        QApplication.sendEvent(
            target,
            QMouseEvent(
                QEvent.Type.MouseMove,
                QPointF(3, 3),
                QPointF(3, 3),
                Qt.MouseButton.NoButton,
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
            ),
        )
        assert watcher.input_events == 2
        watcher.pause()
        QApplication.sendEvent(
            target,
            QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_B, Qt.KeyboardModifier.NoModifier, "b"),
        )
        assert watcher.input_events == 2 and not watcher.is_counting()
    finally:
        watcher.stop()


def test_the_watcher_fires_once_nobody_touches_the_app(qapp: QApplication, qtbot: QtBot) -> None:
    watcher = IdleWatcher(20)
    try:
        with qtbot.waitSignal(watcher.idle, timeout=5000):
            pass
    finally:
        watcher.stop()


def test_the_warning_counts_down_and_then_expires(qtbot: QtBot) -> None:
    parent = QPushButton()
    qtbot.addWidget(parent)
    warning = IdleWarning(parent, seconds=3)
    warning.start()
    assert "In 3 second" in warning.message.text()
    warning.tick()
    with qtbot.waitSignal(warning.expired, timeout=1000):
        warning.tick()
        warning.tick()
    assert warning.result() == QDialog.DialogCode.Accepted


def test_qts_own_settings_are_kept_inside_the_session(
    sessions: GuestSessions, qtbot: QtBot
) -> None:
    # The file dialog remembers its last folder in Qt's per-user settings ("QtProject"): in a
    # guest session those land in the session's folder and go with it.
    window = sessions.begin()
    folder = window.workspace.data_dir
    remembered = QSettings("QtProject")
    remembered.setValue("FileDialog/lastVisited", "file:///media/usb")
    remembered.sync()
    assert Path(remembered.fileName()).is_relative_to(folder)
    del remembered
    assert sessions.end()
    assert not folder.exists()
