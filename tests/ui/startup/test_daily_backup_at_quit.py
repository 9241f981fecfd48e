"""Quitting lets go of the library's folder before the daily backup: a relaunch need not wait."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from serge_desktop.services.workspace import Workspace
from serge_desktop.storage.backups import backups_dir, integrity_problems, list_backups
from serge_desktop.ui.startup.library_start import StartedLibrary
from serge_desktop.ui.startup.single_instance import Claim, InstanceClaim
from tests.faults.quitting_library import make_big_library, note_count, start_child, tell

CHILD_TIMEOUT_S = 120  # a limit against hanging, not a speed requirement


def test_a_relaunch_during_the_daily_backup_opens_the_library_read_write(
    tmp_path: Path, qapp: QApplication
) -> None:
    data = tmp_path / "data"
    database = make_big_library(data)
    claim = InstanceClaim(data)
    assert claim.claim() is Claim.OWNER
    workspace = Workspace(data)
    article = workspace.library.list_articles()[0]
    workspace.notes.create_note_about(article_id=article.id, body="written before quitting")
    relaunch = start_child("relaunch", data)
    quitting = StartedLibrary(workspace, claim)
    closed = threading.Event()
    seen: dict[str, object] = {}

    def relaunch_once_the_copy_has_begun() -> None:
        folder = backups_dir(database)
        deadline = time.monotonic() + CHILD_TIMEOUT_S
        while not any(p.name.endswith(".partial") for p in _entries(folder)):
            if closed.is_set() or time.monotonic() > deadline:
                seen["missed"] = True  # the copy went by unseen: nothing was proved
                break
            time.sleep(0.002)
        tell(relaunch, "go")
        assert relaunch.stdout is not None
        seen["outcome"] = relaunch.stdout.readline().strip()
        seen["still_backing_up"] = not closed.is_set()
        seen["wrote"] = relaunch.stdout.readline().strip()

    helper = threading.Thread(target=relaunch_once_the_copy_has_begun)
    helper.start()
    quitting.close()  # closes the library, lets go of the folder, then backs it up
    closed.set()
    helper.join(CHILD_TIMEOUT_S)
    relaunch.communicate(timeout=CHILD_TIMEOUT_S)
    assert "missed" not in seen
    assert seen["outcome"] == Claim.OWNER.value, "the relaunch did not get the folder"
    assert seen["still_backing_up"], "the backup had ended before the relaunch: nothing proved"
    assert seen["wrote"] == "wrote"
    [daily] = list_backups(database)
    assert daily.reason == "daily" and integrity_problems(daily.path) == []
    assert note_count(daily.path, "written before quitting") == 1
    assert note_count(database, "written by the relaunch") == 1
    assert not any(p.name.endswith(".partial") for p in _entries(backups_dir(database)))


def _entries(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except FileNotFoundError:
        return []
