"""Reading a pack's zip into memory with every limit checked: nothing is written to disk.

A pack comes from someone else, so each member is judged before it is read and counted while
it is: its name must be a plain relative path (no "..", no absolute path, drive letter or
backslash), it must be a regular file (not a link or device), names must not repeat, and the
bytes that come out of decompression are counted as they come, never taken from the headers.
"""

from __future__ import annotations

import os
import re
import stat
import zipfile
import zlib
from pathlib import Path
from typing import BinaryIO

from serge_desktop.core.regular_files import NotARegularFileError, open_regular
from serge_desktop.services.packs.errors import (
    BrokenPackError,
    DuplicateMemberError,
    NotAPackError,
    PackBombError,
    PackTooLargeError,
    TooManyMembersError,
    UnsafeMemberError,
)

MAX_PACK_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 10_000
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 100  # decompressed bytes per byte of the pack file (text compresses 3 to 10 times)
CHUNK_BYTES = 64 * 1024

_DRIVE = re.compile(r"^[A-Za-z]:")
_ALLOWED_TYPES = (0, stat.S_IFREG)  # 0: no Unix mode recorded (a zip made on Windows)


def read_members(path: Path) -> dict[str, bytes]:
    """Every file member of the zip at ``path`` by name; PackError if any rule is broken."""
    try:
        file = open_regular(path)  # a named pipe would block zipfile forever
    except NotARegularFileError as exc:
        raise NotAPackError(f"This file is {exc.what}, not a class pack.", exc.what) from exc
    except OSError as exc:
        raise NotAPackError(f"The pack cannot be read ({exc.strerror or exc}).") from exc
    with file:
        return _read_members(file, os.fstat(file.fileno()).st_size)


def _read_members(file: BinaryIO, size: int) -> dict[str, bytes]:
    if size > MAX_PACK_BYTES:
        raise PackTooLargeError(
            f"The pack is larger than {MAX_PACK_BYTES // (1024 * 1024)} MB.", str(size)
        )
    try:
        archive = zipfile.ZipFile(file)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise NotAPackError("This file is not a class pack (it is not a zip archive).") from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise TooManyMembersError(
                f"The pack holds more than {MAX_MEMBERS:,} files.", str(len(infos))
            )
        files = [info for info in infos if _check_member(info)]
        _check_duplicates([info.filename for info in infos])
        budget = min(MAX_UNPACKED_BYTES, MAX_RATIO * size)
        members: dict[str, bytes] = {}
        for info in files:
            data = _read_counted(archive, info, budget)
            budget -= len(data)
            members[info.filename] = data
        return members


def _check_member(info: zipfile.ZipInfo) -> bool:
    """Refuse an unsafe member; True for a file to read, False for a folder entry."""
    name = info.filename
    if (
        not name
        or "\\" in name
        or "\x00" in name
        or name.startswith("/")
        or _DRIVE.match(name)
        or any(part == ".." for part in name.split("/"))
    ):
        raise UnsafeMemberError(
            f"The pack holds a file with an unsafe name ({name[:80]!r}).", name[:200]
        )
    mode = info.external_attr >> 16
    if info.is_dir():
        if stat.S_IFMT(mode) not in (0, stat.S_IFDIR):
            raise UnsafeMemberError(f"The pack holds a link or a special file ({name!r}).", name)
        return False
    if stat.S_IFMT(mode) not in _ALLOWED_TYPES:
        raise UnsafeMemberError(f"The pack holds a link or a special file ({name!r}).", name)
    if info.flag_bits & 0x1:
        raise BrokenPackError(f"The pack holds an encrypted file ({name!r}).", name)
    return True


def _check_duplicates(names: list[str]) -> None:
    # Names equal but for case would be one file on Windows and macOS: refused too.
    seen: set[str] = set()
    for name in names:
        key = name.casefold()
        if key in seen:
            raise DuplicateMemberError(f"The pack holds two files named {name!r}.", name)
        seen.add(key)


def _read_counted(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int) -> bytes:
    """The member's bytes, refusing as soon as more come out than ``budget`` allows."""
    chunks: list[bytes] = []
    total = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(CHUNK_BYTES):
                total += len(chunk)
                if total > budget:
                    raise PackBombError(
                        "The pack unpacks to far more data than a class pack holds "
                        "(a damaged or hostile file).",
                        info.filename,
                    )
                chunks.append(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
        raise BrokenPackError(
            f"The pack is damaged: {info.filename!r} cannot be unpacked.", str(exc)
        ) from exc
    return b"".join(chunks)
