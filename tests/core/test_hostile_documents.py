"""Damaged and hostile documents of every format: a clear refusal, never a traceback or a hang."""

from __future__ import annotations

import io
import zipfile

import pytest

from serge_desktop.core.article_parser import parse_source
from serge_desktop.core.errors import (
    ArticleRejectedError,
    DocumentProblem,
    DocumentRejectedError,
    RejectReason,
)
from serge_desktop.core.source_text import MAX_SOURCE_BYTES
from tests.core.document_checks import DOCX, EPUB, ODT, PDF, sample

SAMPLES = [
    ODT,
    DOCX,
    PDF,
    EPUB,
]


def refusal(raw: bytes, name: str) -> DocumentRejectedError:
    with pytest.raises(DocumentRejectedError) as refused:
        parse_source(raw, name)
    return refused.value


def zip_of(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def members_of(name: str) -> dict[str, bytes]:
    with zipfile.ZipFile(sample(name)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


@pytest.mark.parametrize("name", SAMPLES)
def test_a_truncated_file_is_refused_as_damaged(name: str) -> None:
    raw = (sample(name)).read_bytes()
    assert refusal(raw[: len(raw) // 2], name).problem is DocumentProblem.DAMAGED


TEXT_MEMBERS = [
    (ODT, "content.xml"),
    (DOCX, "word/document.xml"),
    (EPUB, "EPUB/text/ch001.xhtml"),
]


@pytest.mark.parametrize(("name", "member"), TEXT_MEMBERS)
def test_a_corrupt_member_is_refused_as_damaged(name: str, member: str) -> None:
    raw = bytearray((sample(name)).read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(raw))) as archive:
        info = archive.getinfo(member)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for offset in range(start + 10, start + min(info.compress_size, 400), 7):
        raw[offset] ^= 0x5A  # scramble the compressed bytes (the CRC no longer matches)
    assert refusal(bytes(raw), name).problem is DocumentProblem.DAMAGED


def test_a_damaged_pdf_body_is_refused() -> None:
    raw = (sample(PDF)).read_bytes()
    scrambled = raw[:200] + bytes(b ^ 0xFF for b in raw[200:-200]) + raw[-200:]
    assert refusal(scrambled, PDF).problem is DocumentProblem.DAMAGED


@pytest.mark.parametrize("name", ["a.pdf", "a.docx", "a.odt", "a.epub"])
def test_text_named_as_a_document_is_refused_as_damaged(name: str) -> None:
    refused = refusal(b"Just a few words of text, not a document at all.", name)
    assert refused.problem is DocumentProblem.DAMAGED


def test_a_huge_file_is_refused_before_it_is_read() -> None:
    raw = b"%PDF-1.7\n" + bytes(MAX_SOURCE_BYTES)
    with pytest.raises(ArticleRejectedError) as refused:
        parse_source(raw, "huge.pdf")
    assert refused.value.reason is RejectReason.TOO_LARGE


@pytest.mark.parametrize(("name", "member"), TEXT_MEMBERS)
def test_a_zip_bomb_is_refused_as_unsafe(name: str, member: str) -> None:
    members = members_of(name)
    members[member] = b"<a>" + bytes(65 * 1024 * 1024) + b"</a>"  # 65 MB of zeros
    raw = zip_of(members)
    assert len(raw) < 1024 * 1024
    refused = refusal(raw, name)
    assert refused.problem is DocumentProblem.UNSAFE
    assert "bomb" in refused.detail


_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10)
        for n in range(1, 10)
    )
    + b"]><w:document><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
)
_EXTERNAL = (
    b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    b"<office:document-content><office:body><office:text><text:p>&x;</text:p>"
    b"</office:text></office:body></office:document-content>"
)


@pytest.mark.parametrize(
    ("name", "member", "xml"),
    [
        (DOCX, "word/document.xml", _LAUGHS),
        (ODT, "content.xml", _EXTERNAL),
        (EPUB, "EPUB/content.opf", _EXTERNAL),
    ],
)
def test_entity_declarations_are_refused_as_unsafe(name: str, member: str, xml: bytes) -> None:
    members = members_of(name)
    members[member] = xml
    assert refusal(zip_of(members), name).problem is DocumentProblem.UNSAFE


def test_xml_nested_past_any_real_document_is_refused() -> None:
    members = members_of(DOCX)
    members["word/document.xml"] = b"<document>" + b"<p>" * 10_000 + b"</document>"
    assert refusal(zip_of(members), "deep.docx").problem is DocumentProblem.UNSAFE


@pytest.mark.parametrize("member", ["../escape.xhtml", "/etc/passwd", "EPUB/a\\b.xhtml"])
def test_unsafe_member_names_are_refused(member: str) -> None:
    members = members_of(EPUB)
    members[member] = b"<html/>"
    assert refusal(zip_of(members), "names.epub").problem is DocumentProblem.UNSAFE


def test_a_zip_that_is_no_document_is_refused_as_unsupported() -> None:
    refused = refusal(zip_of({"notes.txt": b"hello"}), "archive.zip")
    assert refused.problem is DocumentProblem.UNSUPPORTED


@pytest.mark.parametrize(
    "raw", [b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), b"{\\rtf1\\ansi Hello}"]
)
def test_legacy_formats_are_refused_with_what_to_do(raw: bytes) -> None:
    refused = refusal(raw, "old.doc")
    assert refused.problem is DocumentProblem.UNSUPPORTED
    assert "save it as .docx or .odt" in refused.detail


def test_a_password_protected_pdf_is_refused() -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(sample(PDF)))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    assert refusal(out.getvalue(), "locked.pdf").problem is DocumentProblem.ENCRYPTED
