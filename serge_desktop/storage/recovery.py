"""Recovering the library's place: old files moved aside (never deleted), a backup put back.

Nothing is moved before what replaces it is ready: a backup is copied beside the library first, so
a full disk stops the recovery with every file where it was, instead of leaving no library at all.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

from serge_desktop.core.regular_files import open_regular
from serge_desktop.storage.backups import verify_backup
from serge_desktop.storage.clean_close import forget_clean_close
from serge_desktop.storage.permissions import create_private_file, make_private, sidecar_files
from serge_desktop.storage.sqlite_errors import translate_os_error

ASIDE_WORD = "damaged"


def restore_over(database: Path, backup: Path) -> Path | None:
    """Put a verified copy of ``backup`` at ``database``, whatever is there now; it goes aside.

    Returns where the old file went (None if there was none). The copy is staged first, so a
    full disk leaves everything as it was.
    """
    verify_backup(backup)
    staged = stage_copy(backup, database)
    try:
        aside = move_aside(database)
    except BaseException:
        discard(staged)
        raise
    put_in_place(staged, database)
    return aside


def move_aside(database: Path) -> Path | None:
    """Rename ``database`` and its -wal and -shm, unchanged, to ``library.damaged-<UTC>.sqlite3``.

    Whichever of the three exist are moved; None when none did.
    """
    present = [p for p in (database, *sidecar_files(database)) if p.exists()]
    if not present:
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    sequence = 1
    while True:
        extra = "" if sequence == 1 else f"-{sequence}"
        name = f"{database.stem}.{ASIDE_WORD}-{stamp}{extra}{database.suffix}"
        aside = database.with_name(name)
        if not any(p.exists() for p in (aside, *sidecar_files(aside))):
            break
        sequence += 1
    try:
        # The -wal and -shm keep their pairing with the database under the new name: SQLite
        # finds "<name>-wal" beside "<name>", so the set can still be examined whole.
        for old, new in zip(sidecar_files(database), sidecar_files(aside), strict=True):
            if old.exists():
                os.replace(old, new)
        if database.exists():
            os.replace(database, aside)
    except OSError as exc:
        raise translate_os_error(exc, "could not be moved aside") from exc
    forget_clean_close(database)
    return aside


def restore_file(source: Path, database: Path) -> None:
    """Put a copy of ``source`` at ``database`` atomically (temp file in the folder, rename).

    Every connection to ``database`` must be closed first (see put_in_place).
    """
    put_in_place(stage_copy(source, database), database)


def stage_copy(source: Path, database: Path) -> Path:
    """Copy ``source`` to a private temporary file beside ``database``, synced to disk."""
    staged = database.with_name(f".{database.name}.restoring")
    try:
        with contextlib.suppress(FileNotFoundError):
            staged.unlink()  # left by a restore that was interrupted
        create_private_file(staged)
        with open_regular(source) as reader, staged.open("r+b") as writer:
            shutil.copyfileobj(reader, writer)
            writer.flush()
            os.fsync(writer.fileno())
    except OSError as exc:
        discard(staged)
        raise translate_os_error(exc, "could not be restored") from exc
    except BaseException:
        discard(staged)
        raise
    return staged


def put_in_place(staged: Path, database: Path) -> None:
    """Rename ``staged`` over ``database``, whose connections must all be closed.

    Its -wal and -shm go first: a -wal left from the old file would be replayed onto the new
    one. (Closing the last connection checkpoints the -wal into the file and removes it.)
    """
    try:
        for stale in sidecar_files(database):
            with contextlib.suppress(FileNotFoundError):
                stale.unlink()
        forget_clean_close(database)
        os.replace(staged, database)
        make_private(database)
    except OSError as exc:
        discard(staged)
        raise translate_os_error(exc, "could not be restored") from exc


def discard(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
