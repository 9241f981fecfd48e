"""The one runner for long work: a worker thread, results on the GUI thread, Cancel, one job."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from serge_desktop.ui.common.worker import Job, TaskRunner


@pytest.fixture
def runner(qtbot: QtBot) -> TaskRunner:
    parent = QWidget()
    qtbot.addWidget(parent)
    return TaskRunner(parent)


def test_the_work_runs_off_the_gui_thread_and_its_result_comes_back_on_it(
    runner: TaskRunner, qtbot: QtBot
) -> None:
    job = runner.begin("Work", "Working…")
    assert job is not None
    threads: dict[str, threading.Thread] = {}
    results: list[int] = []

    def work(_job: Job) -> int:
        threads["work"] = threading.current_thread()
        return 42

    def done(result: int) -> None:
        threads["done"] = threading.current_thread()
        results.append(result)

    with qtbot.waitSignal(job.ended):
        job.run_in_thread(work, done=done)
    qtbot.waitUntil(lambda: results == [42])
    assert threads["work"] is not threading.main_thread()
    assert threads["done"] is threading.main_thread()
    assert not runner.busy()


def test_pieces_arrive_in_order_on_the_gui_thread_before_the_end(
    runner: TaskRunner, qtbot: QtBot
) -> None:
    job = runner.begin("Work", "Working…", total=3)
    assert job is not None
    seen: list[object] = []
    job.delivered.connect(lambda item: seen.append((item, threading.current_thread())))

    def work(job: Job) -> None:
        for number in range(3):
            job.deliver(number)
            job.report(number + 1, 3)

    finished: list[list[object]] = []
    job.run_in_thread(work, done=lambda _none: finished.append(list(seen)))
    qtbot.waitUntil(lambda: bool(finished))
    assert [item for item, _thread in finished[0]] == [0, 1, 2]
    assert {thread for _item, thread in finished[0]} == {threading.main_thread()}


def test_cancel_stops_the_work_at_its_next_step(runner: TaskRunner, qtbot: QtBot) -> None:
    job = runner.begin("Work", "Working…")
    assert job is not None
    started = threading.Event()
    steps: list[int] = []

    def work(job: Job) -> int:
        started.set()
        while not job.cancelled():
            steps.append(1)
            threading.Event().wait(0.005)
        return len(steps)

    done: list[int] = []
    job.run_in_thread(work, done=done.append)
    assert started.wait(5)
    runner.cancel_and_wait()  # as the window does when it closes
    qtbot.waitUntil(lambda: bool(done))
    assert not runner.busy()


def test_a_refusal_goes_to_failed_and_a_bug_is_raised_on_the_gui_thread(
    runner: TaskRunner, qtbot: QtBot
) -> None:
    job = runner.begin("Work", "Working…")
    assert job is not None
    failures: list[Exception] = []

    def refuse(_job: Job) -> None:
        raise OSError("disk full")

    job.run_in_thread(refuse, done=lambda _none: None, failed=failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert str(failures[0]) == "disk full"

    again = runner.begin("Work", "Working…")
    assert again is not None

    def bug(_job: Job) -> None:
        raise ZeroDivisionError("a bug")

    with qtbot.captureExceptions() as raised:
        again.run_in_thread(bug, done=lambda _none: None)
        qtbot.waitUntil(lambda: not runner.busy())
        qtbot.waitUntil(lambda: bool(raised))
    assert isinstance(raised[0][1], ZeroDivisionError)


def test_one_job_at_a_time(runner: TaskRunner) -> None:
    first = runner.begin("Work", "Working…")
    assert first is not None
    assert runner.begin("Other", "Other work…") is None
    first.end()
    assert runner.begin("Other", "Other work…") is not None


def test_steps_on_the_gui_thread_stop_once_cancelled(runner: TaskRunner) -> None:
    job = runner.begin("Work", "Working…", total=10)
    assert job is not None
    assert job.step(1, 10)
    job.progress.cancel()  # the dialog's Cancel button
    assert not job.step(2, 10)
    job.end()
