"""Reading a zip from someone else with every limit checked: nothing is written to disk.

Class packs, e-books, Word and OpenDocument files are all zips that come from elsewhere, so
each member is judged before anything is read: its name must be a plain relative path (no "..",
no absolute path, drive letter or backslash), it must be a regular file (not a link or device),
names must not repeat (case-insensitively) and no member may be encrypted. The bytes that come
out of decompression are counted as they come, against one budget for the whole archive, never
taken from the headers (which a zip bomb lies in).
"""

from __future__ import annotations

import enum
import io
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass
from typing import BinaryIO

from serge_desktop.core.errors import SergeError

CHUNK_BYTES = 64 * 1024
_DRIVE = re.compile(r"^[A-Za-z]:")
_ALLOWED_TYPES = (0, stat.S_IFREG)  # 0: no Unix mode recorded (a zip made on Windows)


class ZipProblem(enum.Enum):
    NOT_ZIP = "not_zip"
    TOO_LARGE = "too_large"
    TOO_MANY_MEMBERS = "too_many_members"
    UNSAFE_NAME = "unsafe_name"
    SPECIAL_FILE = "special_file"  # a link, device or pipe
    DUPLICATE = "duplicate"
    ENCRYPTED = "encrypted"
    BOMB = "bomb"  # more bytes come out than the budget allows
    DAMAGED = "damaged"  # a member cannot be unpacked
    MISSING = "missing"  # a member the caller asked for is not there


class ZipRefusedError(SergeError):
    """The archive broke one of the rules; ``member`` names the member at fault, if any."""

    def __init__(self, problem: ZipProblem, member: str = "", detail: str = "") -> None:
        self.problem = problem
        self.member = member
        self.detail = detail
        super().__init__(f"{problem.value}: {member or detail}")


@dataclass(frozen=True, slots=True)
class ZipLimits:
    """How much an archive may hold; the budget is the smaller of the cap and the ratio."""

    max_archive_bytes: int
    max_members: int
    max_unpacked_bytes: int
    max_ratio: int  # decompressed bytes allowed per byte of the archive
    min_budget_bytes: int = 0  # small archives of very repetitive XML compress past the ratio

    def budget(self, archive_bytes: int) -> int:
        by_ratio = max(self.max_ratio * archive_bytes, self.min_budget_bytes)
        return min(self.max_unpacked_bytes, by_ratio)


class SafeZip:
    """An archive whose member list has been checked; members are read on demand, counted."""

    def __init__(self, source: bytes | BinaryIO, size: int, limits: ZipLimits) -> None:
        if size > limits.max_archive_bytes:
            raise ZipRefusedError(ZipProblem.TOO_LARGE, detail=str(size))
        stream = io.BytesIO(source) if isinstance(source, bytes) else source
        try:
            self._archive = zipfile.ZipFile(stream)
            infos = self._archive.infolist()
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            raise ZipRefusedError(ZipProblem.NOT_ZIP, detail=str(exc)) from exc
        if len(infos) > limits.max_members:
            raise ZipRefusedError(ZipProblem.TOO_MANY_MEMBERS, detail=str(len(infos)))
        self._files = {info.filename: info for info in infos if _check_member(info)}
        _check_duplicates([info.filename for info in infos])
        self._budget = limits.budget(size)

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self._archive.close()

    @property
    def names(self) -> tuple[str, ...]:
        """The file members (folders left out), in the archive's order."""
        return tuple(self._files)

    def has(self, name: str) -> bool:
        return name in self._files

    def read(self, name: str) -> bytes:
        """The member's bytes; MISSING if there is none of that name, BOMB past the budget."""
        info = self._files.get(name)
        if info is None:
            raise ZipRefusedError(ZipProblem.MISSING, name)
        data = _read_counted(self._archive, info, self._budget)
        self._budget -= len(data)
        return data

    def read_all(self) -> dict[str, bytes]:
        return {name: self.read(name) for name in self._files}


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
        raise ZipRefusedError(ZipProblem.UNSAFE_NAME, name[:200])
    mode = info.external_attr >> 16
    if info.is_dir():
        if stat.S_IFMT(mode) not in (0, stat.S_IFDIR):
            raise ZipRefusedError(ZipProblem.SPECIAL_FILE, name)
        return False
    if stat.S_IFMT(mode) not in _ALLOWED_TYPES:
        raise ZipRefusedError(ZipProblem.SPECIAL_FILE, name)
    if info.flag_bits & 0x1:
        raise ZipRefusedError(ZipProblem.ENCRYPTED, name)
    return True


def _check_duplicates(names: list[str]) -> None:
    # Names equal but for case would be one file on Windows and macOS: refused too.
    seen: set[str] = set()
    for name in names:
        key = name.casefold()
        if key in seen:
            raise ZipRefusedError(ZipProblem.DUPLICATE, name)
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
                    raise ZipRefusedError(ZipProblem.BOMB, info.filename)
                chunks.append(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
        raise ZipRefusedError(ZipProblem.DAMAGED, info.filename, str(exc)) from exc
    return b"".join(chunks)
