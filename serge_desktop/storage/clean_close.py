"""A marker left beside the database when it was closed cleanly, so the next start can trust it.

``PRAGMA quick_check`` reads the whole file: 1.8 s at 1.2 GB, on every start. It is only needed
at start when something may have happened to the file since the app last let go of it: the app
did not close cleanly (killed, crashed, power cut), or the file was changed behind its back
(copied over, restored by hand, synced from another machine). So a clean close writes a marker
naming the file exactly as it was left (size, modification time, inode), and opening for
writing removes it before anything is written. A start that finds the marker matching the file,
and no -wal beside it, skips the check at start (the window checks in the background instead);
any doubt means the full check at start, as before.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from serge_desktop.core.regular_files import read_regular
from serge_desktop.storage.permissions import create_private_file, sidecar_files

MARKER_SUFFIX = "-closed"
_MAX_MARKER_BYTES = 4096


@dataclass(frozen=True, slots=True)
class FileStamp:
    """What identifies the file's exact state without reading it."""

    size: int
    mtime_ns: int
    inode: int
    device: int

    @classmethod
    def of(cls, path: Path) -> FileStamp:
        status = path.stat()
        return cls(status.st_size, status.st_mtime_ns, status.st_ino, status.st_dev)


def marker_path(database: Path) -> Path:
    return Path(f"{database}{MARKER_SUFFIX}")


def closed_cleanly(database: Path) -> bool:
    """Whether the file is exactly as a clean close left it, with no -wal holding more."""
    wal, _shm = sidecar_files(database)
    try:
        if wal.exists() and wal.stat().st_size > 0:
            return False
        raw = read_regular(marker_path(database), _MAX_MARKER_BYTES)
        stamp = FileStamp(**json.loads(raw.decode("utf-8")))
        return stamp == FileStamp.of(database)
    except (OSError, ValueError, TypeError):
        return False  # missing, unreadable or not ours: no trust


def forget_clean_close(database: Path) -> None:
    """Remove the marker: from here on a crash must be noticed by the next start.

    A marker that cannot be removed (a read-only folder, where nothing will be written either)
    is harmless: it no longer matches once the file changes, and a -wal voids it.
    """
    with contextlib.suppress(OSError):
        marker_path(database).unlink()


def record_clean_close(database: Path) -> bool:
    """Write the marker once every connection is closed and the -wal is gone; True if written.

    A -wal still there means another program (or thread) holds the library, or the final
    checkpoint failed (a full disk): then nothing is written and the next start checks.
    """
    wal, _shm = sidecar_files(database)
    marker = marker_path(database)
    temporary = marker.with_name(f".{marker.name}.partial")
    try:
        if wal.exists() or not database.is_file():
            return False
        stamp = FileStamp.of(database)
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        create_private_file(temporary)
        temporary.write_text(json.dumps(_as_dict(stamp)))
        os.replace(temporary, marker)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()
        return False  # a read-only or full folder: the next start simply checks
    return True


def _as_dict(stamp: FileStamp) -> dict[str, int]:
    return {
        "size": stamp.size,
        "mtime_ns": stamp.mtime_ns,
        "inode": stamp.inode,
        "device": stamp.device,
    }
