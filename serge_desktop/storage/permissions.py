"""Private files and folders on POSIX: another account on the machine cannot read a library."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
_POSIX = os.name == "posix"


def make_private_dir(path: Path) -> None:
    """Create ``path`` (and missing parents) 0700; a folder that already exists is left as is.

    The mode is set with chmod after mkdir, because mkdir's mode is filtered by the umask.
    """
    missing = [p for p in (path, *path.parents) if not p.exists()]
    path.mkdir(parents=True, exist_ok=True)
    if _POSIX:
        for created in missing:
            # Only the folders we created: a parent the user chose keeps its own mode.
            with contextlib.suppress(FileNotFoundError):
                created.chmod(PRIVATE_DIR_MODE)


def create_private_file(path: Path) -> bool:
    """Create an empty ``path`` readable only by its owner; False if it already existed."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    except FileExistsError:
        return False
    try:
        if _POSIX:
            os.fchmod(fd, PRIVATE_FILE_MODE)  # os.open's mode is filtered by the umask too
    finally:
        os.close(fd)
    return True


def make_private(*paths: Path) -> None:
    """Make each of ``paths`` that exists 0600 (a -wal or -shm SQLite created, a copy)."""
    if not _POSIX:
        return
    for path in paths:
        # A missing file or one another account owns (a shared library folder) is not ours to
        # change; the database still works.
        with contextlib.suppress(FileNotFoundError, PermissionError):
            if path.stat().st_mode & 0o777 != PRIVATE_FILE_MODE:
                path.chmod(PRIVATE_FILE_MODE)


def sidecar_files(database: Path) -> tuple[Path, Path]:
    """The -wal and -shm files SQLite keeps beside ``database`` in WAL mode."""
    return Path(f"{database}-wal"), Path(f"{database}-shm")
