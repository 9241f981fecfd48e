"""Rows read straight from a database file's pages, as SQLite's file format lays them out.

When a table's b-tree is broken (a damaged interior page, a garbled schema entry, a zeroed header)
SQL cannot reach rows that are still intact on their leaf pages. This reads every table leaf
page, decodes its cells (following overflow chains) into records, and leaves the rest to the
caller: which table a record belongs to is decided by its shape (storage.salvage_shapes).
Pages on the free list are skipped, so rows deleted long ago do not come back.
"""

from __future__ import annotations

import mmap
import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from serge_desktop.core.regular_files import open_regular

TABLE_LEAF = 0x0D
_MAX_OVERFLOW_PAGES = 100_000  # a chain longer than the file is a loop in damaged data


@dataclass(frozen=True, slots=True)
class PageRecord:
    """One row found on a table leaf page: its rowid and its values, in column order."""

    page: int
    rowid: int
    values: tuple[object, ...]


class _MalformedError(Exception):
    """A cell or page that does not decode; it is skipped."""


def page_records(path: Path) -> Iterator[PageRecord]:
    """Every record on every table leaf page of the file at ``path`` (a rollback-journal file)."""
    with open_regular(path) as file:
        if os.fstat(file.fileno()).st_size < 100:
            return
        # Mapped, not read: a salvage of a large library must not need its size in memory.
        with mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as data:
            yield from _records(data)


def _records(data: mmap.mmap) -> Iterator[PageRecord]:
    page_size = int.from_bytes(data[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return
    usable = page_size - data[20]
    pages = len(data) // page_size
    free = _free_pages(data, page_size, pages)
    for number in range(1, pages + 1):
        if number in free:
            continue
        start = (number - 1) * page_size
        page = data[start : start + page_size]
        header = 100 if number == 1 else 0
        if page[header] != TABLE_LEAF:
            continue
        try:
            yield from _cells(data, page, number, header, page_size, usable)
        except _MalformedError:
            continue


def _cells(
    data: mmap.mmap, page: bytes, number: int, header: int, page_size: int, usable: int
) -> Iterator[PageRecord]:
    count = int.from_bytes(page[header + 3 : header + 5], "big")
    pointers = header + 8
    if pointers + 2 * count > page_size:
        raise _MalformedError
    for index in range(count):
        offset = int.from_bytes(page[pointers + 2 * index : pointers + 2 * index + 2], "big")
        if not pointers + 2 * count <= offset < page_size:
            continue
        try:
            rowid, payload = _cell(data, page, offset, page_size, usable)
            values = _record(payload)
        except (_MalformedError, IndexError, struct.error, ValueError):
            continue
        yield PageRecord(number, rowid, values)


def _cell(
    data: mmap.mmap, page: bytes, offset: int, page_size: int, usable: int
) -> tuple[int, bytes]:
    size, offset = _varint(page, offset)
    rowid, offset = _varint(page, offset)
    if rowid >= 2**63:
        rowid -= 2**64
    local = _local_size(size, usable)
    if offset + local > page_size:
        raise _MalformedError
    payload = bytearray(page[offset : offset + local])
    if local < size:
        next_page = int.from_bytes(page[offset + local : offset + local + 4], "big")
        hops = 0
        while len(payload) < size:
            hops += 1
            if next_page == 0 or hops > _MAX_OVERFLOW_PAGES:
                raise _MalformedError
            start = (next_page - 1) * page_size
            overflow = data[start : start + usable]
            if len(overflow) < usable:
                raise _MalformedError
            next_page = int.from_bytes(overflow[:4], "big")
            payload += overflow[4 : 4 + min(usable - 4, size - len(payload))]
    return rowid, bytes(payload)


def _local_size(size: int, usable: int) -> int:
    """How much of a payload of ``size`` bytes a table leaf cell keeps on its own page."""
    most = usable - 35
    if size <= most:
        return size
    least = ((usable - 12) * 32 // 255) - 23
    local = least + (size - least) % (usable - 4)
    return local if local <= most else least


def _record(payload: bytes) -> tuple[object, ...]:
    header_size, offset = _varint(payload, 0)
    if header_size > len(payload):
        raise _MalformedError
    types: list[int] = []
    while offset < header_size:
        serial, offset = _varint(payload, offset)
        types.append(serial)
    values: list[object] = []
    position = header_size
    for serial in types:
        value, position = _value(payload, position, serial)
        values.append(value)
    if position != len(payload):
        raise _MalformedError  # the values do not fill the payload exactly: not a record
    return tuple(values)


_INT_SIZES = {1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8}


def _value(payload: bytes, position: int, serial: int) -> tuple[object, int]:
    if serial == 0:
        return None, position
    if serial in _INT_SIZES:
        width = _INT_SIZES[serial]
        end = position + width
        if end > len(payload):
            raise _MalformedError
        return int.from_bytes(payload[position:end], "big", signed=True), end
    if serial == 7:
        end = position + 8
        if end > len(payload):
            raise _MalformedError
        return struct.unpack(">d", payload[position:end])[0], end
    if serial in (8, 9):
        return serial - 8, position
    if serial in (10, 11):
        raise _MalformedError  # reserved: never in a valid record
    length = (serial - 12) // 2
    end = position + length
    if end > len(payload):
        raise _MalformedError
    chunk = payload[position:end]
    if serial % 2 == 0:
        return bytes(chunk), end
    return chunk.decode("utf-8", errors="replace"), end


def _varint(data: bytes, offset: int) -> tuple[int, int]:
    value = 0
    for index in range(9):
        byte = data[offset + index]
        if index == 8:
            return (value << 8) | byte, offset + 9
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, offset + index + 1
    raise _MalformedError


def _free_pages(data: mmap.mmap, page_size: int, pages: int) -> set[int]:
    """The pages on the free list, as the header's trunk pointer leads to them."""
    free: set[int] = set()
    trunk = int.from_bytes(data[32:36], "big")
    while 0 < trunk <= pages and trunk not in free:
        free.add(trunk)
        start = (trunk - 1) * page_size
        following = int.from_bytes(data[start : start + 4], "big")
        leaves = int.from_bytes(data[start + 4 : start + 8], "big")
        leaves = min(leaves, (page_size - 8) // 4)
        for index in range(leaves):
            at = start + 8 + 4 * index
            free.add(int.from_bytes(data[at : at + 4], "big"))
        trunk = following
    return free
