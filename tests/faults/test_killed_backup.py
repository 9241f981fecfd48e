"""A daily backup killed midway (power cut, kill -9) counts for nothing and breaks nothing."""

from __future__ import annotations

import signal
import time
from pathlib import Path

from serge_desktop.services.workspace import Workspace
from serge_desktop.storage.backups import backups_dir, integrity_problems, list_backups
from tests.faults.quitting_library import make_big_library, note_count, start_child, tell

CHILD_TIMEOUT_S = 120  # a limit against hanging, not a speed requirement


def partials(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if ".partial" in p.name]


def test_a_daily_backup_killed_midway_leaves_no_backup_and_the_next_quit_makes_it(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    database = make_big_library(data)
    folder = backups_dir(database)
    quitting = start_child("quit", data)
    tell(quitting, "go")
    deadline = time.monotonic() + CHILD_TIMEOUT_S
    while not (folder.is_dir() and partials(folder)):
        assert quitting.poll() is None, "the backup ended before it could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.002)
    quitting.send_signal(signal.SIGKILL)
    quitting.communicate(timeout=CHILD_TIMEOUT_S)
    assert partials(folder), "nothing was left to clean up: the kill came too late"
    assert list_backups(database) == []  # the unfinished copy is not a backup

    with Workspace(data):  # read-write at once, nothing lost, and nothing changed this time
        assert note_count(database, "written before quitting") == 1
    # The interrupted backup is still owed: made on this quit, though nothing changed.
    [daily] = list_backups(database)
    assert daily.reason == "daily" and integrity_problems(daily.path) == []
    assert note_count(daily.path, "written before quitting") == 1
    assert partials(folder) == []
