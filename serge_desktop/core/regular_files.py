"""Opening a file only if it is a regular file: a FIFO, socket or device is refused at once.

Opening a FIFO for reading blocks until a writer comes (forever, for a file named by mistake or
malice), and a device can be endless. The file is opened without blocking, then checked with
fstat on the very descriptor that will be read, so a swap between a check and the open cannot
slip anything else in.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path
from typing import BinaryIO

from serge_desktop.core.errors import SergeError

_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)


class NotARegularFileError(SergeError):
    """The path names a FIFO, socket, device or folder, not a file; it was not opened."""

    def __init__(self, path: Path, what: str) -> None:
        self.path = path
        self.what = what  # "a named pipe (FIFO)", "a socket", "a device", "a folder", …
        super().__init__(f"is {what}, not a regular file")


def kind_of(mode: int) -> str:
    """What a file of this mode is, in words, for the refusal."""
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


def require_regular(path: Path) -> os.stat_result:
    """The file's status if it is a regular file (links followed); NotARegularFileError if not.

    FileNotFoundError and other OSErrors pass through. For checking a path before another
    library (SQLite, zipfile) opens it; reading it ourselves goes through ``open_regular``.
    """
    status = os.stat(path)
    if not stat.S_ISREG(status.st_mode):
        raise NotARegularFileError(path, kind_of(status.st_mode))
    return status


def open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading in binary mode, if it is a regular file.

    Raises NotARegularFileError for anything else, without blocking; OSError as ``open`` would.
    """
    require_regular(path)  # a socket cannot even be opened: say what it is, not ENXIO
    fd = os.open(path, _FLAGS)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotARegularFileError(path, kind_of(mode))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        with contextlib.suppress(OSError):
            os.close(fd)
        raise


def read_regular(path: Path, limit: int) -> bytes:
    """Up to ``limit`` + 1 bytes of a regular file (one more, so a caller can tell it is over)."""
    with open_regular(path) as file:
        return file.read(limit + 1)
