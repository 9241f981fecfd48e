"""The graph of 300 names laid out while the window keeps running, and stopped by Cancel."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from serge_desktop.ui.features.names import layout_job
from serge_desktop.ui.features.names.feature import NamesFeature
from serge_desktop.ui.shell.main_window import MainWindow
from tests.services.library_helpers import add_article
from tests.ui.features.names.test_names_page import FIRST, LAST, indexed


def crowded(window: MainWindow, qtbot: QtBot) -> NamesFeature:
    """300 confirmed people, each named in a paragraph with 11 others."""
    workspace = window.workspace
    names = [f"{first} {last}" for first in FIRST.split() for last in LAST.split()]
    for name in names:
        workspace.entities.confirm(names=[name], kind="person")
    paragraphs = [", ".join(names[i : i + 12]) + " met that year." for i in range(0, 300, 6)]
    add_article(workspace, "A crowded congress", *paragraphs)
    return indexed(window, qtbot)


def test_cancel_stops_the_layout_and_a_later_opening_draws_it(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    feature = crowded(window, qtbot)
    # Longer pauses between the 50 steps, so that the layout is still running when its progress
    # dialog shows, however fast or loaded the machine (the CI once finished it first).
    monkeypatch.setattr(layout_job, "PAUSE_S", 0.1)
    pressed: list[float] = []

    def press_cancel() -> None:
        dialogs = [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
        button = dialogs[0].findChild(QPushButton) if dialogs else None
        if button is not None and button.isVisible():
            pressed.append(time.monotonic())
            poll.stop()
            button.click()

    poll = QTimer()
    poll.timeout.connect(press_cancel)
    poll.start(20)
    feature.open_graph()
    canvas = feature.page.graph
    qtbot.waitUntil(lambda: feature.graph_job is None, timeout=30_000)
    poll.stop()
    assert pressed, "the layout's progress dialog offered no Cancel"
    assert canvas.graph is None
    assert canvas.message.startswith("Layout cancelled")
    assert not window.tasks.busy()
    feature.open_graph()  # the graph is drawn the next time it is opened
    qtbot.waitUntil(lambda: canvas.graph is not None, timeout=30_000)
    assert canvas.graph is not None and len(canvas.graph.nodes) == 300
