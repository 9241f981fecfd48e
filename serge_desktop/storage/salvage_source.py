"""A damaged library made readable in a scratch folder: its -wal judged, header and schema mended.

Everything here works on copies; the damaged files themselves are only ever read.

- A -wal is used only when it is this library's (storage.library_identity); one written by another
  library is refused, not replayed. Beside a file that SQLite cannot read as a database (empty,
  headless), its committed pages are laid into the copy directly (storage.wal_file).
- A header that is gone (zeroed, overwritten) is written again from what the pages show.
- Schema entries whose text was garbled are put back as the migrations wrote them.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from serge_desktop.core.regular_files import open_regular
from serge_desktop.storage.file_header import APPLICATION_ID, HEADER_SIZE, SQLITE_MAGIC
from serge_desktop.storage.library_identity import identity_of
from serge_desktop.storage.migrations.runner import LATEST_VERSION
from serge_desktop.storage.permissions import sidecar_files
from serge_desktop.storage.read_only import tolerant_text
from serge_desktop.storage.reference_schema import closest_version, reference_schema
from serge_desktop.storage.wal_file import committed_pages, read_wal

_PAGE_SIZES = (4096, 1024, 2048, 8192, 16384, 32768, 65536, 512)
_BTREE_PAGE_TYPES = frozenset({2, 5, 10, 13})
_MOST = 0.5  # of the pages sampled: overflow and free pages start otherwise


@dataclass(frozen=True, slots=True)
class SalvageSource:
    """The readable copy, and what it took to make it so."""

    path: Path
    wal_used: bool  # the -wal's committed pages are in the copy
    wal_refused: bool  # there was a -wal, but another library's: not used
    header_rebuilt: bool
    schema_repaired: bool

    @property
    def mended(self) -> bool:
        """Whether SQL alone may miss rows that the pages still hold."""
        return self.header_rebuilt or self.schema_repaired


def prepare_source(damaged: Path, scratch: Path) -> SalvageSource:
    """Copy ``damaged`` (and its -wal, when it is this library's) into ``scratch``, readable."""
    copy = scratch / "damaged.sqlite3"
    wal_copy, _shm = sidecar_files(copy)
    original_wal, _original_shm = sidecar_files(damaged)
    if damaged.exists():
        with open_regular(damaged) as reader, copy.open("wb") as writer:
            shutil.copyfileobj(reader, writer)
    else:
        copy.touch()
    wal_used = wal_refused = False
    if original_wal.exists() and original_wal.stat().st_size > 0:
        with open_regular(original_wal) as reader, wal_copy.open("wb") as writer:
            shutil.copyfileobj(reader, writer)
        if _readable_header(copy):
            wal_refused = _wal_is_foreign(copy)
            if wal_refused:
                wal_copy.unlink()
            else:
                wal_used = _fold_wal(copy)
        else:
            wal_used = _lay_wal_pages(copy, wal_copy)
            wal_copy.unlink()
    header_rebuilt = False
    if not _readable_header(copy) and copy.stat().st_size >= HEADER_SIZE:
        header_rebuilt = _rebuild_header(copy)
    schema_repaired = repair_schema(copy, rebuilt=header_rebuilt)
    return SalvageSource(copy, wal_used, wal_refused, header_rebuilt, schema_repaired)


def _readable_header(path: Path) -> bool:
    with path.open("rb") as file:
        header = file.read(HEADER_SIZE)
    return len(header) == HEADER_SIZE and header.startswith(SQLITE_MAGIC)


def _wal_is_foreign(copy: Path) -> bool:
    alone = identity_of(copy, with_wal=False)
    together = identity_of(copy, with_wal=True)
    return alone is not None and together is not None and alone != together


def _fold_wal(copy: Path) -> bool:
    """Let SQLite replay the -wal into the copy, leaving one plain file; True if it held pages."""
    wal, _shm = sidecar_files(copy)
    contents = read_wal(wal)
    with contextlib.suppress(sqlite3.Error), contextlib.closing(sqlite3.connect(copy)) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.execute("PRAGMA journal_mode = DELETE")
    if wal.exists() and contents is not None and contents.committed_frames:
        # SQLite could not fold it (the file is too damaged to open): lay the pages ourselves.
        _lay_wal_pages(copy, wal)
        wal.unlink()
    return contents is not None and contents.committed_frames > 0


def _lay_wal_pages(copy: Path, wal: Path) -> bool:
    """Write the -wal's newest committed pages into the copy at their places; True if any."""
    contents = read_wal(wal)
    if contents is None or contents.is_empty:
        return False
    with copy.open("r+b") as file:
        file.truncate(contents.database_pages * contents.page_size)
        for page, data in committed_pages(wal, contents):
            file.seek((page - 1) * contents.page_size)
            file.write(data)
        if contents.page_offsets.get(1) is not None:
            # Page 1 came from the log: make the copy a plain rollback-journal file, so SQLite
            # does not look for a -wal beside it (bytes 18 and 19: write and read versions).
            file.seek(18)
            file.write(b"\x01\x01")
    return True


def _rebuild_header(copy: Path) -> bool:
    """Write a new 100-byte header over one that is gone; False if the pages say nothing."""
    size = copy.stat().st_size
    with copy.open("r+b") as file:
        first = file.read(HEADER_SIZE + 1)
        if len(first) <= HEADER_SIZE or first[HEADER_SIZE] not in (5, 13):
            return False  # page 1 does not hold the schema's b-tree: nothing to read it by
        page_size = _guess_page_size(file, size)
        pages = size // page_size
        header = bytearray(HEADER_SIZE)
        header[0:16] = SQLITE_MAGIC
        header[16:18] = (1 if page_size == 65536 else page_size).to_bytes(2, "big")
        header[18:20] = b"\x01\x01"  # rollback journal: the copy has no -wal
        header[21:24] = bytes((64, 32, 32))  # the payload fractions SQLite requires
        header[24:28] = (1).to_bytes(4, "big")  # change counter
        header[28:32] = pages.to_bytes(4, "big")
        header[40:44] = (1).to_bytes(4, "big")  # schema cookie
        header[44:48] = (4).to_bytes(4, "big")  # schema format
        header[56:60] = (1).to_bytes(4, "big")  # UTF-8
        header[68:72] = APPLICATION_ID.to_bytes(4, "big")
        header[92:96] = (1).to_bytes(4, "big")  # valid for change counter 1
        major, minor, patch = sqlite3.sqlite_version_info
        header[96:100] = (major * 1_000_000 + minor * 1_000 + patch).to_bytes(4, "big")
        file.seek(0)
        file.write(header)
    return True


def _guess_page_size(file: BinaryIO, size: int) -> int:
    """The smallest page size under which most pages start like b-tree pages.

    A multiple of the true size also lands on page starts (it skips pages in between), so the
    smallest that fits is the one; a smaller one lands mid-page, where b-tree headers are rare.
    """

    def score(page_size: int) -> float:
        pages = size // page_size
        if pages < 2 or size % page_size:
            return -1.0
        hits = 0
        sample = range(2, min(pages, 64) + 1)
        for number in sample:
            file.seek((number - 1) * page_size)
            if file.read(1)[0] in _BTREE_PAGE_TYPES:
                hits += 1
        return hits / len(sample)

    fitting = [size for size in sorted(_PAGE_SIZES) if score(size) >= _MOST]
    return fitting[0] if fitting else max(_PAGE_SIZES, key=score)


def repair_schema(copy: Path, *, rebuilt: bool) -> bool:
    """Put garbled schema entries back as the migrations wrote them; True if any changed.

    With ``rebuilt`` (a new header, whose user_version is 0) the version is told from the
    names of the objects the schema holds, and written into the header.
    """
    with contextlib.closing(sqlite3.connect(copy, isolation_level=None)) as db:
        db.text_factory = tolerant_text
        try:
            db.execute("PRAGMA writable_schema = ON")
            rows = db.execute(
                "SELECT rowid, type, name, tbl_name, sql FROM sqlite_master"
            ).fetchall()
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
        except sqlite3.DatabaseError:
            return False  # page 1 itself is unreadable: the pages are all there is
        if rebuilt or not 0 < version <= LATEST_VERSION:
            version = closest_version({str(row[2]) for row in rows})
            db.execute(f"PRAGMA user_version = {version}")
        reference = reference_schema(version)
        changed = False
        for rowid, kind, name, table, sql in rows:
            wanted = reference.get(name)
            if wanted is None and str(name).startswith("sqlite_"):
                continue  # SQLite's own tables (sqlite_sequence, sqlite_stat1): left as they are
            if wanted is None:
                db.execute("DELETE FROM sqlite_master WHERE rowid = ?", (rowid,))
                changed = True
            elif (kind, table, sql) != (wanted.type, wanted.tbl_name, wanted.sql):
                db.execute(
                    "UPDATE sqlite_master SET type = ?, tbl_name = ?, sql = ? WHERE rowid = ?",
                    (wanted.type, wanted.tbl_name, wanted.sql, rowid),
                )
                changed = True
        db.execute("PRAGMA writable_schema = OFF")
    return changed
