"""Reading a -wal file as SQLite's file format describes it: its header, salts and checksums.

Used when SQLite itself cannot: a -wal beside a database file that is empty, missing or whose
header is gone (SQLite deletes a -wal it finds beside an empty database). A frame counts only if
its salts match the header's and its checksum continues the chain from the frames before it,
exactly as SQLite decides; and only frames up to the last commit frame are a committed state.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from serge_desktop.core.regular_files import open_regular

WAL_HEADER_SIZE = 32
FRAME_HEADER_SIZE = 24
_MAGIC_LITTLE = 0x377F0682  # checksums computed on little-endian words
_MAGIC_BIG = 0x377F0683  # on big-endian words
_FORMAT_VERSION = 3007000
_MASK = 0xFFFFFFFF


@dataclass(frozen=True, slots=True)
class WalContents:
    """The committed state a -wal holds: where the newest committed copy of each page is."""

    page_size: int
    salts: tuple[int, int]
    committed_frames: int  # frames up to and including the last commit frame
    database_pages: int  # the database's size, in pages, after the last commit
    page_offsets: dict[int, int]  # page number → file offset of its newest committed copy

    @property
    def is_empty(self) -> bool:
        return self.committed_frames == 0


def read_wal(path: Path) -> WalContents | None:
    """What the -wal at ``path`` commits; None when its header is not a valid WAL header.

    A -wal with a bad header is one SQLite would ignore (and overwrite), so it holds nothing.
    """
    with open_regular(path) as file:
        header = file.read(WAL_HEADER_SIZE)
        if len(header) < WAL_HEADER_SIZE:
            return None
        magic, version, page_size, _seq, salt1, salt2, check1, check2 = struct.unpack(">8I", header)
        if magic not in (_MAGIC_LITTLE, _MAGIC_BIG) or version != _FORMAT_VERSION:
            return None
        if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
            return None
        big_endian = magic == _MAGIC_BIG
        sums = _checksum(header[:24], (0, 0), big_endian)
        if sums != (check1, check2):
            return None
        offsets: dict[int, int] = {}
        pending: dict[int, int] = {}
        committed = frames = database_pages = 0
        offset = WAL_HEADER_SIZE
        while True:
            frame = file.read(FRAME_HEADER_SIZE + page_size)
            if len(frame) < FRAME_HEADER_SIZE + page_size:
                break
            page, commit_size, f_salt1, f_salt2, f_check1, f_check2 = struct.unpack(
                ">6I", frame[:FRAME_HEADER_SIZE]
            )
            if (f_salt1, f_salt2) != (salt1, salt2) or page == 0:
                break  # a frame of an older generation of the log: the valid ones end here
            sums = _checksum(frame[:8], sums, big_endian)
            sums = _checksum(frame[FRAME_HEADER_SIZE:], sums, big_endian)
            if sums != (f_check1, f_check2):
                break  # torn or damaged: nothing from here on was committed
            frames += 1
            pending[page] = offset
            if commit_size:
                offsets.update(pending)
                pending.clear()
                committed, database_pages = frames, commit_size
            offset += FRAME_HEADER_SIZE + page_size
    return WalContents(page_size, (salt1, salt2), committed, database_pages, offsets)


def committed_pages(path: Path, contents: WalContents) -> Iterator[tuple[int, bytes]]:
    """(page number, page bytes) of the newest committed copy of every page, in page order."""
    with open_regular(path) as file:
        for page in sorted(contents.page_offsets):
            if page > contents.database_pages:
                continue  # the database was truncated after this page was written
            file.seek(contents.page_offsets[page] + FRAME_HEADER_SIZE)
            yield page, file.read(contents.page_size)


def _checksum(data: bytes, sums: tuple[int, int], big_endian: bool) -> tuple[int, int]:
    """SQLite's WAL checksum: two running 32-bit sums over pairs of words."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    s0, s1 = sums
    for index in range(0, len(words), 2):
        s0 = (s0 + words[index] + s1) & _MASK
        s1 = (s1 + words[index + 1] + s0) & _MASK
    return s0, s1
