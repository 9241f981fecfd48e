"""A write waits for another program's write to finish instead of failing at once."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from serge_desktop.services.workspace import Workspace
from serge_desktop.storage import database
from serge_desktop.storage.errors import StorageError


def hold_write_lock(database: Path, seconds: float, locked: threading.Event) -> None:
    connection = sqlite3.connect(database, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        locked.set()
        time.sleep(seconds)
        connection.execute("COMMIT")
    finally:
        connection.close()


def first_note_args(workspace: Workspace) -> dict[str, int]:
    view = workspace.library.article_view(workspace.library.list_articles()[0].slug)
    return {"article_id": view.id, "revision_id": view.revision_id, "start": 0, "end": 12}


def test_a_note_is_saved_once_another_writer_finishes(workspace: Workspace) -> None:
    locked = threading.Event()
    holder = threading.Thread(target=hold_write_lock, args=(workspace.database_path, 0.6, locked))
    holder.start()
    locked.wait(5)
    note = workspace.notes.create_note(**first_note_args(workspace))
    holder.join()
    assert workspace.notes.get_note(note.id).quote == note.quote


def test_a_lock_held_too_long_is_our_error_and_writes_nothing(workspace: Workspace) -> None:
    args = first_note_args(workspace)
    # Make the wait short for the test; the app waits database.BUSY_TIMEOUT_MS.
    workspace.notes._db.execute_sql("PRAGMA busy_timeout = 100")  # type: ignore[no-untyped-call]
    assert database.BUSY_TIMEOUT_MS >= 1000
    locked = threading.Event()
    holder = threading.Thread(target=hold_write_lock, args=(workspace.database_path, 1.0, locked))
    holder.start()
    locked.wait(5)
    with pytest.raises(StorageError, match="in use by another program"):
        workspace.notes.create_note(**args)
    holder.join()
    assert workspace.notes.list_notes(args["article_id"]) == []
