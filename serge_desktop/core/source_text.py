"""Read an article file's bytes and decode them to text, refusing what is not text."""

from __future__ import annotations

import codecs
import contextlib
import hashlib
from pathlib import Path

from serge_desktop.core.article import DecodedText
from serge_desktop.core.errors import ArticleRejectedError, RejectReason
from serge_desktop.core.regular_files import NotARegularFileError, read_regular
from serge_desktop.core.text_form import nfc

MAX_SOURCE_BYTES = 20 * 1024 * 1024

# Control bytes a text file may legitimately contain: tab, newline, carriage return, form feed.
_ALLOWED_CONTROLS = frozenset(b"\t\n\r\f")
_CONTROL_BYTES = frozenset(range(0x20)) - _ALLOWED_CONTROLS | {0x7F}
# Judging the start of the file is enough to tell text from binary, and keeps 20 MB cheap.
_SNIFF_BYTES = 64 * 1024
# Above this share of control bytes the file is an image, archive or similar, not prose.
_MAX_CONTROL_SHARE = 0.10
# A UTF-16 file starts with one of these; named so the user learns why it was refused.
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def read_source(path: Path) -> bytes:
    """Return the bytes of the file at ``path``, refusing unreadable or oversized files."""
    try:
        # stat first so a huge file is refused without reading it into memory.
        size = path.stat().st_size
        if size > MAX_SOURCE_BYTES:
            raise ArticleRejectedError(RejectReason.TOO_LARGE, f"{size} bytes")
        # Read one byte past the limit in case the file grew since the stat. Anything but a
        # regular file (a FIFO would block the read forever) is refused at once.
        raw = read_regular(path, MAX_SOURCE_BYTES)
    except NotARegularFileError as exc:
        raise ArticleRejectedError(
            RejectReason.UNREADABLE, f"it is {exc.what}, not a regular file"
        ) from exc
    except OSError as exc:
        raise ArticleRejectedError(RejectReason.UNREADABLE, exc.strerror or str(exc)) from exc
    if len(raw) > MAX_SOURCE_BYTES:
        raise ArticleRejectedError(RejectReason.TOO_LARGE, f"more than {MAX_SOURCE_BYTES} bytes")
    return raw


def decode_source(raw: bytes, *, declared: str | None = None) -> DecodedText:
    r"""Decode ``raw`` as UTF-8 (or cp1252 as a fallback), line endings normalised to ``\n``.

    ``declared`` is the encoding the file names for itself (a web page's ``<meta charset>``);
    it is tried first when Python knows it, and UTF-8 with the cp1252 fallback otherwise.
    """
    if len(raw) > MAX_SOURCE_BYTES:
        raise ArticleRejectedError(RejectReason.TOO_LARGE, f"{len(raw)} bytes")
    digest = hashlib.sha256(raw).hexdigest()
    body = raw.removeprefix(codecs.BOM_UTF8)
    if not body.strip():
        raise ArticleRejectedError(RejectReason.EMPTY)
    if body.startswith(_UTF16_BOMS):
        # UTF-16 is full of NUL bytes; saying "binary" would mislead the user about the fix.
        raise ArticleRejectedError(RejectReason.NOT_TEXT, "UTF-16 text; save it as UTF-8")
    if _looks_binary(body):
        raise ArticleRejectedError(RejectReason.BINARY)
    text, encoding = _decode(body, declared)
    # Text enters the library here: in the one form every service stores (core.text_form).
    text = nfc(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        # Only Unicode whitespace (no-break spaces and the like): nothing to read.
        raise ArticleRejectedError(RejectReason.EMPTY)
    return DecodedText(
        text=text,
        encoding=encoding,
        # The cp1252 guess for undeclared bytes is worth a notice; a declared encoding is not.
        used_fallback=encoding not in ("utf-8", _codec(declared)),
        sha256=digest,
    )


def _looks_binary(raw: bytes) -> bool:
    if b"\x00" in raw:
        return True
    sample = raw[:_SNIFF_BYTES]
    controls = sum(1 for byte in sample if byte in _CONTROL_BYTES)
    return controls > _MAX_CONTROL_SHARE * len(sample)


def _decode(raw: bytes, declared: str | None) -> tuple[str, str]:
    codec = _codec(declared)
    if codec is not None:
        with contextlib.suppress(UnicodeDecodeError):
            return raw.decode(codec), codec
    with contextlib.suppress(UnicodeDecodeError):
        return raw.decode("utf-8"), "utf-8"
    # Older Windows editors save cp1252; it is the one legacy encoding worth guessing.
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        raise ArticleRejectedError(
            RejectReason.NOT_TEXT, "neither UTF-8 nor Windows-1252 text"
        ) from exc


def _codec(label: str | None) -> str | None:
    """Python's name for a declared encoding; browsers read Latin-1 and ASCII as cp1252."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip()).name
    except (LookupError, ValueError):
        return None
    if name in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    # UTF-16 declared inside a file that decoded as ASCII-like bytes is a mislabel.
    return None if name.startswith(("utf-16", "utf-32")) else name
