"""Emergency copies of note text the library could not take, written to another writable folder.

When saving a note fails (disk full, folder read-only, database locked) the text is still on
screen, but a crash or a forced quit would lose it. A plain-text copy goes to the user's
Documents folder, else their home folder, else the temporary folder: never the data folder that
is failing. One file per run of failures: each retry rewrites the same file with the latest text.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from serge_desktop.core.errors import SergeError

FILE_STEM = "Serge Desktop unsaved note"
_PRIVATE = 0o600  # the note is the reader's own: other accounts must not read it


class EmergencyWriteError(SergeError):
    """No folder could take the emergency copy either."""


def emergency_folders(avoid: Path | None) -> list[Path]:
    """Where an emergency copy may go, best first, leaving out ``avoid`` and folders inside it."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    candidates = [documents, os.environ.get("HOME", ""), str(Path.home()), tempfile.gettempdir()]
    return _distinct(Path(c) for c in candidates if c and _outside(Path(c), avoid))


def write_emergency_copy(
    content: str, *, avoid: Path | None, existing: Path | None = None, now: datetime | None = None
) -> Path:
    """Write ``content`` to ``existing`` (the same run of failures) or a new file; its path.

    Raises EmergencyWriteError when no folder takes it.
    """
    if existing is not None:
        with contextlib.suppress(OSError):
            _replace(existing, content)
            return existing
    stamp = (now or datetime.now()).strftime("%Y-%m-%d %H.%M.%S")
    reasons: list[str] = []
    for folder in emergency_folders(avoid):
        try:
            return _write_new(folder, f"{FILE_STEM} {stamp}", content)
        except OSError as error:
            reasons.append(f"{folder}: {error.strerror or error}")
    raise EmergencyWriteError("; ".join(reasons) or "no folder is known")


def _write_new(folder: Path, stem: str, content: str) -> Path:
    for number in range(1, 100):
        path = folder / (f"{stem}.txt" if number == 1 else f"{stem} ({number}).txt")
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, _PRIVATE)
        except FileExistsError:
            continue
        try:
            with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as file:
                file.write(content)
                file.flush()
                os.fsync(file.fileno())
        except OSError:
            with contextlib.suppress(OSError):
                path.unlink()  # half a copy would mislead: the next folder gets a whole one
            raise
        return path
    raise FileExistsError(folder)


def _replace(path: Path, content: str) -> None:
    # Written beside it and renamed over it, so the file always holds one whole version.
    descriptor, temporary = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as file:
            file.write(content)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, _PRIVATE)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _outside(folder: Path, avoid: Path | None) -> bool:
    if avoid is None:
        return True
    folder, avoid = folder.resolve(), avoid.resolve()  # a link to the data folder is it too
    return folder != avoid and avoid not in folder.parents


def _distinct(paths: Iterable[Path]) -> list[Path]:
    seen: list[Path] = []
    for path in paths:
        if path not in seen:
            seen.append(path)
    return seen
