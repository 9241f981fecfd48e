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
def sessions(qapp: QApplication, runtime: Path) -> Iterator[GuestSessions]:
    prepare_application(qapp)
    guest = GuestSessions(qapp, Policy(guest_mode=True), {"XDG_RUNTIME_DIR": str(runtime)})
    yield guest
    guest.end()
    guest.deleteLater()


def test_a_guest_reviews_and_the_session_leaves_nothing(
    sessions: GuestSessions, qtbot: QtBot, runtime: Path
) -> None:
    window = sessions.begin()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.reader.setFocus()
    press(qtbot, Qt.Key.Key_S, CTRL_SHIFT)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_3)
    assert m.CardReview.select().count() == 1
    assert study(window).session.card is not None  # the next card, in the guest's library
    assert sessions.end()
    assert list(runtime.iterdir()) == []  # the session's folder, settings and all, is gone
