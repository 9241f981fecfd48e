"""Reading and decoding article bytes, and refusing what is not text."""

from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

import pytest

from serge_desktop.core.errors import ArticleRejectedError, RejectReason
from serge_desktop.core.source_text import MAX_SOURCE_BYTES, decode_source, read_source
from tests.core.seed import SEED_PATH


def _reason(raw: bytes) -> RejectReason:
    with pytest.raises(ArticleRejectedError) as caught:
        decode_source(raw)
    return caught.value.reason


def test_seed_is_utf8_and_hashed_on_raw_bytes() -> None:
    raw = read_source(SEED_PATH)
    decoded = decode_source(raw)
    assert decoded.encoding == "utf-8"
    assert not decoded.used_fallback
    assert decoded.sha256 == hashlib.sha256(raw).hexdigest()
    assert "V ictor Serge" in decoded.text


def test_crlf_and_lone_cr_become_newlines() -> None:
    decoded = decode_source(b"Title\r\n\r\nOne.\rTwo.\r\n")
    assert decoded.text == "Title\n\nOne.\nTwo.\n"


def test_utf8_bom_is_stripped_but_hashed() -> None:
    raw = codecs.BOM_UTF8 + "Caf\u00e9\n\nBody.".encode()
    decoded = decode_source(raw)
    assert decoded.text == "Caf\u00e9\n\nBody."
    assert decoded.encoding == "utf-8"
    assert decoded.sha256 == hashlib.sha256(raw).hexdigest()


def test_cp1252_falls_back() -> None:
    raw = b"caf\xe9\r\n\r\nHe said \x93hello\x94 \x96 twice."
    decoded = decode_source(raw)
    assert decoded.used_fallback
    assert decoded.encoding == "cp1252"
    assert decoded.text == "caf\u00e9\n\nHe said \u201chello\u201d \u2013 twice."


@pytest.mark.parametrize("raw", [b"", b"   \n\t\r\n  ", codecs.BOM_UTF8, "\u00a0\u3000".encode()])
def test_empty_or_whitespace_is_empty(raw: bytes) -> None:
    assert _reason(raw) is RejectReason.EMPTY


def test_png_header_is_binary() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06"
    assert _reason(png) is RejectReason.BINARY


def test_many_control_characters_are_binary() -> None:
    assert _reason(b"abc" + bytes(range(1, 9)) * 4) is RejectReason.BINARY


def test_tabs_and_form_feeds_are_text() -> None:
    assert decode_source(b"Title\n\n\tIndented.\f\n").text == "Title\n\n\tIndented.\f\n"


def test_undecodable_bytes_are_not_text() -> None:
    assert _reason(b"Some words \x81\x8d\x8f and more") is RejectReason.NOT_TEXT


def test_utf16_is_not_text() -> None:
    assert _reason("Title\n\nBody".encode("utf-16")) is RejectReason.NOT_TEXT


def test_over_the_limit_in_memory_is_too_large() -> None:
    assert _reason(b"a" * (MAX_SOURCE_BYTES + 1)) is RejectReason.TOO_LARGE


def test_exactly_the_limit_is_accepted() -> None:
    raw = b"Title\n\n" + b"a" * (MAX_SOURCE_BYTES - 7)
    assert len(decode_source(raw).text) == MAX_SOURCE_BYTES


def test_read_source_refuses_a_sparse_oversized_file(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_SOURCE_BYTES + 1)
    with pytest.raises(ArticleRejectedError) as caught:
        read_source(path)
    assert caught.value.reason is RejectReason.TOO_LARGE


def test_read_source_missing_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(ArticleRejectedError) as caught:
        read_source(tmp_path / "missing.txt")
    assert caught.value.reason is RejectReason.UNREADABLE


def test_read_source_directory_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(ArticleRejectedError) as caught:
        read_source(tmp_path)
    assert caught.value.reason is RejectReason.UNREADABLE


def test_read_source_returns_bytes(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"Title\n\nBody.")
    assert read_source(path) == b"Title\n\nBody."
