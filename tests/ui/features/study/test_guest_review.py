"""A guest reviews cards like anyone, and ending the session leaves nothing of it behind."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from serge_desktop.services.policy import Policy
from serge_desktop.storage import models as m
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.startup.app import prepare_application
from serge_desktop.ui.startup.guest_app import GuestSessions
from tests.ui.features.study.conftest import press, study

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def runtime(tmp_path: Path) -> Path:
    folder = tmp_path / "runtime"
    folder.mkdir(mode=0o700)
    folder.chmod(0o700)
    return folder


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The patron's home folder, where nothing of a guest session may be written."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    for name, below in (("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share")):
        monkeypatch.setenv(name, str(folder / below))
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder / ".cache"))
    return folder


@pytest.fixture
def sessions(qapp: QApplication, runtime: Path, home: Path) -> Iterator[GuestSessions]:
    prepare_application(qapp)
    guest = GuestSessions(qapp, Policy(guest_mode=True), {"XDG_RUNTIME_DIR": str(runtime)})
    yield guest
    guest.end()
    guest.deleteLater()


def review_one_card(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.reader.setFocus()
    press(qtbot, Qt.Key.Key_S, CTRL_SHIFT)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_3)


def test_a_guest_reviews_and_the_session_leaves_nothing(
    sessions: GuestSessions, qtbot: QtBot, runtime: Path, home: Path
) -> None:
    window = sessions.begin()
    review_one_card(window, qtbot)
    assert m.CardReview.select().count() == 1
    assert study(window).session.card is not None  # the next card, in the guest's library
    assert sessions.end()
    assert list(runtime.iterdir()) == []  # the session's folder, settings and all, is gone
    assert list(home.rglob("*")) == []  # and nothing was written beside it


def test_the_next_guest_finds_no_review_of_the_last(sessions: GuestSessions, qtbot: QtBot) -> None:
    review_one_card(sessions.begin(), qtbot)
    assert m.CardReview.select().count() == 1
    sessions.reset()  # the idle reset: a new patron, a new session
    window = sessions.window
    assert window is not None
    assert m.CardReview.select().count() == 0
    assert {card.state for card in window.workspace.cards.list_cards()} == {"new"}
    counts = window.workspace.study.due_counts()
    assert counts and all(c.learning == c.review == 0 for c in counts)
