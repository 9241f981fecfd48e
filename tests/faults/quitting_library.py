"""Child process and library for the tests of the daily backup made on quitting.

Run as ``python quitting_library.py MODE DATA_DIR``; each mode prints "ready", waits for one
line on stdin, then acts:

- ``quit``: (a note written before "ready") close the workspace, making the daily backup.
- ``hold``: (the daily-backup lock taken before "ready") on "make" make a daily backup; then
  let go of the lock.
- ``relaunch``: claim the folder as a launch of the app would, print the outcome; if it is
  ours, open the library read-write, write a note, print "wrote", close without a backup.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
THIS = Path(__file__)
FILLER_ROWS = 400_000  # about 170 MB: its copy and check take a second or more


def make_big_library(data: Path, rows: int = FILLER_ROWS) -> Path:
    """A library (bundled articles) made large enough that backing it up takes a while.

    The bulk is a table of its own: the check reads every text value, so it is slow like a
    large library's, and nothing of the reader's depends on it.
    """
    from serge_desktop.services.workspace import Workspace

    Workspace(data).close()  # the library made, with its bundled article
    database = data / "library.sqlite3"
    with contextlib.closing(sqlite3.connect(database)) as connection:
        connection.execute("CREATE TABLE filler (t TEXT)")
        connection.execute("CREATE INDEX filler_t ON filler (t)")
        connection.executemany(
            "INSERT INTO filler VALUES (?)", ((f"{i:0200d}",) for i in range(rows))
        )
        connection.commit()
    Workspace(data).close()  # closed as the app closes it: the next start trusts it
    return database


def note_count(database: Path, body: str) -> int:
    with contextlib.closing(sqlite3.connect(database)) as connection:
        query = "SELECT count(*) FROM note WHERE body = ?"
        return int(connection.execute(query, (body,)).fetchone()[0])


def start_child(mode: str, data: Path) -> subprocess.Popen[str]:
    """Start the child in ``mode`` and wait for its "ready"."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop("SERGE_DESKTOP_DATA_DIR", None)
    child = subprocess.Popen(
        [sys.executable, str(THIS), mode, str(data)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    return child


def tell(child: subprocess.Popen[str], line: str) -> None:
    assert child.stdin is not None
    child.stdin.write(line + "\n")
    child.stdin.flush()


def _write_note(workspace: object, body: str) -> None:
    from serge_desktop.services.workspace import Workspace

    assert isinstance(workspace, Workspace)
    article = workspace.library.list_articles()[0]
    workspace.notes.create_note_about(article_id=article.id, body=body)


def main(mode: str, data: Path) -> int:
    from PySide6.QtCore import QCoreApplication

    from serge_desktop.services.daily_backup import daily_backup_lock
    from serge_desktop.services.workspace import Workspace
    from serge_desktop.storage.backups import backups_dir, make_backup
    from serge_desktop.ui.startup.single_instance import InstanceClaim

    app = QCoreApplication([])  # noqa: F841  # the claim's local server wants one
    database = data / "library.sqlite3"
    if mode == "quit":
        workspace = Workspace(data)
        _write_note(workspace, "written before quitting")
        print("ready", flush=True)
        sys.stdin.readline()
        workspace.close()
        print("closed", flush=True)
    elif mode == "hold":
        backups_dir(database).mkdir(exist_ok=True)
        lock = daily_backup_lock(database)
        assert lock.tryLock(0)
        print("ready", flush=True)
        if sys.stdin.readline().strip() == "make":
            make_backup(database, reason="daily")
        lock.unlock()
        print("done", flush=True)
    elif mode == "relaunch":
        print("ready", flush=True)
        sys.stdin.readline()
        claim = InstanceClaim(data)
        outcome = claim.claim()
        print(outcome.value, flush=True)
        if outcome.value == "owner":
            workspace = Workspace(data)
            _write_note(workspace, "written by the relaunch")
            print("wrote", flush=True)
            workspace.close_before_backup()
            claim.release()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2])))
