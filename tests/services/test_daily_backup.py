"""The daily backup on quitting: one process at a time, and today's is never made twice."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from serge_desktop.services.daily_backup import DailyBackup
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage.backups import integrity_problems, list_backups
from tests.faults.quitting_library import note_count, start_child, tell

CHILD_TIMEOUT_S = 120  # a limit against hanging, not a speed requirement
HOLD_S = 0.5  # how long the other process holds the lock before it goes on


def changed_workspace(data: Path, body: str) -> Workspace:
    workspace = Workspace(data)
    article = workspace.library.list_articles()[0]
    workspace.notes.create_note_about(article_id=article.id, body=body)
    return workspace


def close_while_another_process_backs_up(tmp_path: Path, then: str) -> list[str]:
    """The kinds of backup left by quitting a changed library while another process holds the
    daily-backup lock, then (``then`` "make") makes today's daily backup, or gives up."""
    data = tmp_path / "data"
    Workspace(data).close()  # the library made, with its bundled article
    workspace = changed_workspace(data, "written before quitting")
    other = start_child("hold", data)

    def let_it_go_on() -> None:
        time.sleep(HOLD_S)  # long enough that our close is waiting for the lock by then
        tell(other, then)

    helper = threading.Thread(target=let_it_go_on)
    helper.start()
    started = time.monotonic()
    workspace.close()
    waited = time.monotonic() - started
    helper.join()
    other.communicate(timeout=CHILD_TIMEOUT_S)
    reasons = [b.reason for b in list_backups(data / "library.sqlite3")]
    assert reasons == ["daily"], "not one daily backup"
    assert waited >= HOLD_S * 0.8, "closing did not wait for the other process's backup"
    return reasons


def test_a_second_process_quitting_during_the_daily_backup_makes_no_second(
    tmp_path: Path,
) -> None:
    assert close_while_another_process_backs_up(tmp_path, "make") == ["daily"]


def test_when_the_other_process_made_none_quitting_makes_it(tmp_path: Path) -> None:
    reasons = close_while_another_process_backs_up(tmp_path, "give up")
    assert reasons == ["daily"]
    [daily] = list_backups(tmp_path / "data" / "library.sqlite3")
    assert integrity_problems(daily.path) == []
    assert note_count(daily.path, "written before quitting") == 1


def test_the_backup_is_made_after_the_library_is_closed(tmp_path: Path) -> None:
    Workspace(tmp_path).close()  # the library made, with its bundled article
    workspace = changed_workspace(tmp_path, "one")
    backup = workspace.close_before_backup()
    assert backup.due and workspace.database.is_closed()
    assert list_backups(workspace.database_path) == []
    made = backup.make()
    assert made is not None and note_count(made, "one") == 1
    # Only the -wal and -shm of a connection still open would be left beside the library.
    assert sorted(p.name for p in tmp_path.glob("library.sqlite3*")) == [
        "library.sqlite3",
        "library.sqlite3-closed",
    ]
    assert workspace.close_before_backup() == DailyBackup(workspace.database_path)
