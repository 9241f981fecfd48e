"""A guest session's data folder: private, temporary, and erased when the session ends.

The folder is made with ``mkdtemp`` (mode 0700) under the user's runtime folder when there is
one (a RAM disk on most Linux desktops, so the notes need never reach a disk), else under the
per-user temporary folder. A lock file inside marks the session as alive; a folder whose lock was
left by a session that crashed is erased when the next guest session starts.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QLockFile

FOLDER_PREFIX = "serge-guest-"
LOCK_NAME = "session.lock"


class GuestSession:
    """One patron's private data folder; ``erase()`` removes it and everything in it."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._lock = QLockFile(str(data_dir / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # only a dead process's lock is stale, never an old one
        self._lock.tryLock(0)

    @classmethod
    def start(cls, env: Mapping[str, str]) -> GuestSession:
        root = private_temp_root(env)
        erase_abandoned_sessions(root)
        folder = Path(tempfile.mkdtemp(prefix=FOLDER_PREFIX, dir=root))
        folder.chmod(0o700)  # mkdtemp's mode already; said again because it is the point
        return cls(folder)

    def erase(self) -> bool:
        """Remove the folder tree; True when nothing of it remains."""
        self._lock.unlock()
        return remove_tree(self.data_dir)


def private_temp_root(env: Mapping[str, str]) -> Path:
    """$XDG_RUNTIME_DIR when it is ours and private, else the system's temporary folder."""
    runtime = env.get("XDG_RUNTIME_DIR", "")
    if runtime and hasattr(os, "getuid"):
        try:
            info = os.stat(runtime)
        except OSError:
            info = None
        if (
            info is not None
            and stat.S_ISDIR(info.st_mode)
            and info.st_uid == os.getuid()
            and stat.S_IMODE(info.st_mode) & 0o077 == 0
            and os.access(runtime, os.W_OK)
        ):
            return Path(runtime)
    return Path(tempfile.gettempdir())


def erase_abandoned_sessions(root: Path) -> list[Path]:
    """Erase guest folders of ours whose session is no longer running (after a crash)."""
    erased = []
    try:
        candidates = [p for p in root.glob(f"{FOLDER_PREFIX}*") if _is_ours(p)]
    except OSError:
        return []
    for folder in candidates:
        lock = QLockFile(str(folder / LOCK_NAME))
        lock.setStaleLockTime(0)
        # tryLock succeeds on a missing lock and takes over one whose process has died; a live
        # session's lock refuses, and its folder is left alone.
        if lock.tryLock(0):
            lock.unlock()
            if remove_tree(folder):
                erased.append(folder)
    return erased


def _is_ours(folder: Path) -> bool:
    info = folder.lstat()
    owner_matches = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    return stat.S_ISDIR(info.st_mode) and owner_matches


def remove_tree(folder: Path) -> bool:
    """Remove a folder tree, making read-only entries writable first; True when it is gone."""

    def retry_writable(function: Callable[..., object], path: str, _error: object) -> None:
        # A failure here is reported below: the folder is still there.
        with contextlib.suppress(OSError):
            os.chmod(os.path.dirname(path) or ".", 0o700)
            if os.path.isfile(path):
                os.chmod(path, 0o600)
            function(path)

    if folder.exists():
        if sys.version_info >= (3, 12):
            shutil.rmtree(folder, onexc=retry_writable)
        else:
            shutil.rmtree(folder, onerror=retry_writable)
    return not folder.exists()
