"""A full disk and a read-only data folder: clear errors of a known kind, nothing committed lost."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from serge_desktop.services.workspace import Workspace
from serge_desktop.storage import models as m
from serge_desktop.storage.errors import StorageError
from tests.services.seed_notes import note_on, seed_id

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
needs_permissions = pytest.mark.skipif(
    IS_ROOT or os.name != "posix",
    reason="root ignores file permissions, so a read-only folder cannot be simulated",
)


def fill_to_the_limit(workspace: Workspace) -> tuple[list[str], StorageError]:
    """Save notes until SQLite refuses; return the saved bodies and the error."""
    db = m.database_proxy.obj
    pages = int(db.pragma("page_count"))
    # The disk-full error SQLite raises when a file cannot grow, here after a few pages more.
    db.execute_sql(f"PRAGMA max_page_count = {pages + 3}")
    saved: list[str] = []
    for number in range(10_000):
        body = f"note {number} " + "x" * 3000
        try:
            note_on(workspace, "Victor Serge", body=body)
        except StorageError as error:
            return saved, error
        saved.append(body)
    raise AssertionError("the size limit never stopped a write")


def test_a_full_disk_says_so_and_keeps_what_was_saved(tmp_path: Path) -> None:
    with Workspace(tmp_path) as workspace:
        saved, error = fill_to_the_limit(workspace)
        assert error.kind == "full"
        assert "the disk is full" in str(error)
        assert saved  # some notes went in before the limit
    with contextlib.closing(sqlite3.connect(tmp_path / "library.sqlite3")) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    with Workspace(tmp_path) as workspace:
        bodies = {n.body for n in workspace.notes.list_notes(seed_id(workspace))}
        assert bodies == set(saved)


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    data = tmp_path / "data"
    with Workspace(data) as workspace:
        note_on(workspace, "Victor Serge", body="kept")
    data.chmod(stat.S_IRUSR | stat.S_IXUSR)  # 0500
    try:
        yield data
    finally:
        data.chmod(0o700)


@needs_permissions
def test_a_read_only_folder_is_refused_as_read_only(read_only_folder: Path) -> None:
    before = (read_only_folder / "library.sqlite3").read_bytes()
    with pytest.raises(StorageError) as caught:
        Workspace(read_only_folder)
    assert caught.value.kind == "read_only"
    assert (read_only_folder / "library.sqlite3").read_bytes() == before


@needs_permissions
def test_a_read_only_folder_can_still_be_opened_read_only(read_only_folder: Path) -> None:
    with Workspace(read_only_folder, read_only=True) as workspace:
        assert [n.body for n in workspace.notes.list_notes(seed_id(workspace))] == ["kept"]


@needs_permissions
def test_a_new_library_in_a_read_only_folder_is_refused_as_read_only(tmp_path: Path) -> None:
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(StorageError) as caught:
            Workspace(tmp_path / "data")
        assert caught.value.kind == "read_only"
    finally:
        tmp_path.chmod(0o700)


_READ_ONLY_CHECK = """
import sys
from pathlib import Path
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage.errors import StorageError
data = Path(sys.argv[1])
try:
    Workspace(data)
except StorageError as error:
    print("refused", error.kind)
with Workspace(data, read_only=True) as workspace:
    article = workspace.library.list_articles()[0]
    print("read", [n.body for n in workspace.notes.list_notes(article.id)])
"""


@pytest.mark.skipif(
    not IS_ROOT or shutil.which("unshare") is None, reason="needs root to mount a folder read-only"
)
def test_a_read_only_medium_is_refused_but_opens_read_only(tmp_path: Path) -> None:
    # Root ignores permission bits, so the folder is made read-only the way a CD or a
    # read-only network share is: a read-only bind mount, in a private mount namespace.
    data = tmp_path / "data"
    with Workspace(data) as workspace:
        note_on(workspace, "Victor Serge", body="kept")
    before = (data / "library.sqlite3").read_bytes()
    script = tmp_path / "check.py"
    script.write_text(_READ_ONLY_CHECK)
    mount = f"mount --bind {data} {data} && mount -o remount,bind,ro {data} {data}"
    command = f"{mount} && {sys.executable} {script} {data}"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    result = subprocess.run(
        ["unshare", "-m", "sh", "-c", command], capture_output=True, text=True, env=env
    )
    if "mount" in result.stderr and result.returncode != 0 and "refused" not in result.stdout:
        pytest.skip(f"cannot mount here: {result.stderr.strip()}")
    assert result.stdout.splitlines() == ["refused read_only", "read ['kept']"], result.stderr
    assert (data / "library.sqlite3").read_bytes() == before
