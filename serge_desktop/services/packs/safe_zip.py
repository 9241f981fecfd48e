"""A class pack's zip read into memory through the core's guarded reader, its refusals worded.

The rules themselves (plain relative names, regular files, no repeats, no encryption, a counted
decompression budget) live in ``core.safe_zip``, which e-books and office files share; this module
sets a pack's limits and turns each refusal into the pack error the window and CLI describe.
"""

from __future__ import annotations

import os
from pathlib import Path

from serge_desktop.core.regular_files import NotARegularFileError, open_regular
from serge_desktop.core.safe_zip import SafeZip, ZipLimits, ZipProblem, ZipRefusedError
from serge_desktop.services.packs.errors import (
    BrokenPackError,
    DuplicateMemberError,
    NotAPackError,
    PackBombError,
    PackError,
    PackTooLargeError,
    TooManyMembersError,
    UnsafeMemberError,
)

MAX_PACK_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 10_000
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 100  # decompressed bytes per byte of the pack file (text compresses 3 to 10 times)
PACK_LIMITS = ZipLimits(MAX_PACK_BYTES, MAX_MEMBERS, MAX_UNPACKED_BYTES, MAX_RATIO)


def read_members(path: Path) -> dict[str, bytes]:
    """Every file member of the zip at ``path`` by name; PackError if any rule is broken."""
    try:
        with open_regular(path) as stream:  # a named pipe would block the read forever
            size = os.fstat(stream.fileno()).st_size
            with SafeZip(stream, size, PACK_LIMITS) as archive:
                return archive.read_all()
    except NotARegularFileError as exc:
        raise NotAPackError(f"This file is {exc.what}, not a class pack.", exc.what) from exc
    except OSError as exc:
        raise NotAPackError(f"The pack cannot be read ({exc.strerror or exc}).") from exc
    except ZipRefusedError as exc:
        raise _pack_error(exc) from exc


def _pack_error(refusal: ZipRefusedError) -> PackError:
    name = refusal.member
    match refusal.problem:
        case ZipProblem.NOT_ZIP:
            return NotAPackError("This file is not a class pack (it is not a zip archive).")
        case ZipProblem.TOO_LARGE:
            limit = MAX_PACK_BYTES // (1024 * 1024)
            return PackTooLargeError(f"The pack is larger than {limit} MB.", refusal.detail)
        case ZipProblem.TOO_MANY_MEMBERS:
            return TooManyMembersError(
                f"The pack holds more than {MAX_MEMBERS:,} files.", refusal.detail
            )
        case ZipProblem.UNSAFE_NAME:
            return UnsafeMemberError(
                f"The pack holds a file with an unsafe name ({name[:80]!r}).", name
            )
        case ZipProblem.SPECIAL_FILE:
            return UnsafeMemberError(f"The pack holds a link or a special file ({name!r}).", name)
        case ZipProblem.DUPLICATE:
            return DuplicateMemberError(f"The pack holds two files named {name!r}.", name)
        case ZipProblem.ENCRYPTED:
            return BrokenPackError(f"The pack holds an encrypted file ({name!r}).", name)
        case ZipProblem.BOMB:
            return PackBombError(
                "The pack unpacks to far more data than a class pack holds "
                "(a damaged or hostile file).",
                name,
            )
        case ZipProblem.DAMAGED | ZipProblem.MISSING:
            return BrokenPackError(
                f"The pack is damaged: {name!r} cannot be unpacked.", refusal.detail
            )
