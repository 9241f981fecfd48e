"""A full disk is reported as a full disk; the library stays where it is, whole (item 2).

Two ways to fill it: a real 3 MB tmpfs where the machine allows a mount (root), and a file-size
limit (RLIMIT_FSIZE) in a child process, which runs everywhere.
"""

from __future__ import annotations

import contextlib
import os
import resource
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from serge_desktop.main import main
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage.backups import list_backups
from serge_desktop.storage.errors import StorageError
from tests.faults.cli_runs import ROOT, integrity, note_bodies
from tests.services.seed_notes import note_on, seed_id

FILLER = Path(__file__).with_name("fill_disk.py")


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 3 MB file system, mounted for the test; skipped where mounting is not allowed."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill(workspace: Workspace) -> tuple[list[str], StorageError]:
    saved: list[str] = []
    for number in range(10_000):
        body = f"note {number} " + "x" * 3000
        try:
            note_on(workspace, "Victor Serge", body=body)
        except StorageError as error:
            return saved, error
        saved.append(body)
    raise AssertionError("the disk never filled")


def test_a_full_tmpfs_keeps_the_library_in_place_and_writes_resume(
    small_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = small_disk / "data"
    with Workspace(data) as workspace:
        note_on(workspace, "Petrograd", body="before")
    workspace = Workspace(data)  # its backups folder now holds the day's copy
    saved, error = fill(workspace)
    assert error.kind == "full" and saved
    with contextlib.suppress(StorageError):
        workspace.close()  # the last checkpoint may fail too: the -wal keeps the pages
    library = data / "library.sqlite3"
    # The next start, the disk still full: the library opens as it is, all of it.
    with Workspace(data) as again:
        bodies = {n.body for n in again.notes.list_notes(seed_id(again))}
        assert bodies == {"before", *saved}
    assert not [p for p in data.iterdir() if "damaged" in p.name]
    # The command line says what happened in the reader's words, and changes nothing.
    code = main(["--data-dir", str(data), "notes", "add", "--article",
                 "he-found-the-seeds-of-hope-in-russia", "--quote", "Paris", "--note",
                 "x" * 50_000])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1
    assert "the disk is full: free some space; your notes are safe" in err
    # Space comes back: writing works again, and nothing was lost on the way.
    for backup in list_backups(library):
        backup.path.unlink()
    with Workspace(data) as workspace:
        note_on(workspace, "Victor Serge", body="after")
    assert integrity(library) == "ok"
    assert set(note_bodies(library)) == {"before", "after", *saved}


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="needs RLIMIT_FSIZE")
def test_a_file_size_limit_keeps_every_saved_note_and_writes_resume(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with Workspace(data) as workspace:
        note_on(workspace, "Petrograd", body="before")
    library = data / "library.sqlite3"
    # Room for the -wal to take a few notes, but not for the checkpoint to copy them all back:
    # the file is left shorter than its header says, its missing pages still in the -wal.
    limit = library.stat().st_size + 40_000
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.run(
        [sys.executable, str(FILLER), str(data), str(limit)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    lines = child.stdout.splitlines()
    assert child.returncode == 0, child.stderr
    saved = {int(line.split()[1]) for line in lines if line.startswith("saved ")}
    [refused] = [line for line in lines if line.startswith("refused ")]
    assert saved and refused.split()[1] in ("full", "io")
    # Opened again while the limit still holds: the library as it was, every note in it.
    assert f"reopened {len(saved) + 1}" in lines, child.stdout
    assert any(line.startswith("after ") for line in lines)  # writes resumed
    with Workspace(data) as workspace:
        ids = {n.id for n in workspace.notes.list_notes(seed_id(workspace))}
    assert saved <= ids
    assert integrity(library) == "ok"
    assert not [p for p in data.iterdir() if "damaged" in p.name]
