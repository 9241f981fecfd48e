"""On POSIX the library is private: folder 0700, database, -wal, -shm and backups 0600."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from serge_desktop.services.workspace import Workspace
from serge_desktop.storage.database import close_database, open_database

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def permissive_umask() -> Iterator[None]:
    # The modes must not depend on the user's umask: use the most permissive one.
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def test_a_new_library_is_private_whatever_the_umask(tmp_path: Path) -> None:
    data = tmp_path / "new" / "data"
    with Workspace(data) as workspace:
        workspace.backups.back_up_now()
        files = [workspace.database_path, *workspace.database_path.parent.glob("*-wal")]
        files += list(workspace.database_path.parent.glob("*-shm"))
        assert len(files) == 3  # the database with its -wal and -shm, while open
        assert {p.name: mode(p) for p in files} == {p.name: 0o600 for p in files}
        [backup] = workspace.backups.list_backups()
        assert mode(backup.path) == 0o600
        assert mode(backup.path.parent) == 0o700
    assert mode(data) == 0o700
    assert mode(data.parent) == 0o700  # created by us too


def test_a_folder_the_user_made_keeps_its_mode_but_the_files_are_private(tmp_path: Path) -> None:
    tmp_path.chmod(0o755)
    path = tmp_path / "serge.sqlite"
    db = open_database(path)
    try:
        assert mode(path) == 0o600
        assert mode(Path(f"{path}-wal")) == 0o600
        assert mode(Path(f"{path}-shm")) == 0o600
    finally:
        close_database(db)
    assert mode(tmp_path) == 0o755


def test_an_existing_library_with_loose_modes_is_tightened(tmp_path: Path) -> None:
    path = tmp_path / "serge.sqlite"
    close_database(open_database(path))
    path.chmod(0o644)
    db = open_database(path)
    try:
        assert mode(path) == 0o600
        assert mode(Path(f"{path}-wal")) == 0o600
    finally:
        close_database(db)
