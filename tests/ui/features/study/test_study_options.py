"""Study Options ▸ Optimise Parameters: disabled with its reason, or run in the worker and kept."""

from __future__ import annotations

import time
from collections.abc import Iterator

import fsrs.optimizer
import pytest
from fsrs.scheduler import DEFAULT_PARAMETERS
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from serge_desktop.services.cards import optimizer
from serge_desktop.storage import models as m
from serge_desktop.ui.features.study.options_dialog import StudyOptionsDialog
from serge_desktop.ui.shell.main_window import MainWindow

FITTED = (*DEFAULT_PARAMETERS[:3], DEFAULT_PARAMETERS[3] * 2, *DEFAULT_PARAMETERS[4:])


def log_of(reviews: int) -> None:
    """A review log this long on the library's first card (what the optimiser would read)."""
    card = m.Card.select().order_by(m.Card.id).get()
    rows = [
        {"card": card.id, "reviewed_at": 1_700_000_000_000 + i * 86_400_000, "grade": 3,
         "phase_before": 2, "due_at_before": 0}
        for i in range(reviews)
    ]  # fmt: skip
    m.CardReview.insert_many(rows).execute()


class SlowOptimizer:
    """Stands in for fsrs's (PyTorch is not installed here): five passes, counted as fsrs does."""

    def __init__(self, logs: list[object]) -> None:
        self.logs = logs

    def compute_optimal_parameters(self, verbose: bool = False) -> list[float]:
        for _ in fsrs.optimizer.tqdm(range(5), disable=not verbose):  # type: ignore[attr-defined]
            time.sleep(0.1)
        return list(FITTED)


@pytest.fixture
def stand_in(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(optimizer, "_NEEDED_MODULES", ())
    monkeypatch.setattr(fsrs.optimizer, "Optimizer", SlowOptimizer)
    monkeypatch.setattr(fsrs.optimizer, "tqdm", lambda iterable, **_: iterable, raising=False)
    yield


def options(window: MainWindow, qtbot: QtBot) -> StudyOptionsDialog:
    dialog = StudyOptionsDialog(window.workspace.study, window, tasks=window.tasks)
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.skipif(optimizer.optimizer_installed(), reason="the optimiser extra is installed")
def test_without_the_extra_the_button_is_disabled_and_says_why(
    window: MainWindow, qtbot: QtBot
) -> None:
    log_of(1000)
    dialog = options(window, qtbot)
    assert not dialog.optimise.isEnabled()
    assert "pip install 'serge-desktop[optimizer]'" in dialog.optimise.toolTip()
    assert "1,000 reviews" in dialog.offer.text() or "1000 reviews" in dialog.offer.text()
    assert not dialog.use_defaults.isEnabled()


def test_too_few_reviews_keep_it_disabled(window: MainWindow, qtbot: QtBot, stand_in: None) -> None:
    log_of(999)
    dialog = options(window, qtbot)
    assert not dialog.optimise.isEnabled()
    assert "1000" in dialog.optimise.toolTip() or "1,000" in dialog.optimise.toolTip()


def test_fitted_parameters_are_kept_on_ok(window: MainWindow, qtbot: QtBot, stand_in: None) -> None:
    log_of(1000)
    dialog = options(window, qtbot)
    assert dialog.optimise.isEnabled()
    qtbot.mouseClick(dialog.optimise, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.use_defaults.isEnabled(), timeout=10_000)
    assert "fitted" in dialog.offer.text()
    assert window.workspace.study.settings().parameters is None  # not before OK
    dialog.accept()
    assert window.workspace.study.settings().parameters == FITTED
    again = options(window, qtbot)
    qtbot.mouseClick(again.use_defaults, Qt.MouseButton.LeftButton)
    again.accept()
    assert window.workspace.study.settings().parameters is None


def test_cancel_keeps_the_parameters(window: MainWindow, qtbot: QtBot, stand_in: None) -> None:
    log_of(1000)
    dialog = options(window, qtbot)
    qtbot.mouseClick(dialog.optimise, Qt.MouseButton.LeftButton)
    assert window.tasks.busy()
    window.tasks.cancel_and_wait()
    qtbot.waitUntil(lambda: "cancelled" in dialog.problem.text(), timeout=10_000)
    assert not dialog.use_defaults.isEnabled()
    dialog.accept()
    assert window.workspace.study.settings().parameters is None


def test_not_while_another_long_task_runs(window: MainWindow, qtbot: QtBot, stand_in: None) -> None:
    log_of(1000)
    dialog = options(window, qtbot)
    other = window.tasks.begin("Import", "Importing…")
    assert other is not None
    qtbot.mouseClick(dialog.optimise, Qt.MouseButton.LeftButton)
    assert "Another long task" in dialog.problem.text()
    other.end()
    qtbot.mouseClick(dialog.optimise, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.use_defaults.isEnabled(), timeout=10_000)
