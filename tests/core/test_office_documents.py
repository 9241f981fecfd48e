"""ODT, DOCX, PDF and EPUB files made by LibreOffice and pandoc from one text, read back whole."""

from __future__ import annotations

import io
import zipfile

import pytest

from serge_desktop.core.article import SourceFormat
from serge_desktop.core.article_parser import parse_source
from serge_desktop.core.errors import DocumentProblem, DocumentRejectedError
from tests.core.document_checks import DOCX, EPUB, ODT, PDF, described, parse_sample, sample
from tests.core.documents.sample_text import (
    AUTHOR,
    BLOCKS,
    BOOK_CHAPTERS,
    BOOK_PUBLISHER,
    BOOK_SERIES,
    BOOK_SERIES_PART,
    BOOK_TITLE,
    DATE,
    SUBTITLE,
    TITLE,
    plain,
)

_KINDS = {
    "h1": ("heading", 1),
    "h2": ("heading", 2),
    "p": ("paragraph", 0),
    "quote": ("block_quote", 0),
}


def expected(blocks: list[tuple[str, str]]) -> list[tuple[str, int, str, list[tuple[str, str]]]]:
    rows = []
    for kind, text in blocks:
        words, marks = plain(text)
        name, level = _KINDS[kind]
        rows.append((name, level, words, [] if name == "heading" else marks))
    return rows


@pytest.mark.parametrize(
    ("name", "source_format"),
    [(ODT, SourceFormat.ODT), (DOCX, SourceFormat.DOCX), (PDF, SourceFormat.PDF)],
)
def test_every_office_format_keeps_the_whole_structure(
    name: str, source_format: SourceFormat
) -> None:
    article = parse_sample(name)
    assert article.format is source_format
    assert article.headline == TITLE
    assert article.standfirst == SUBTITLE
    assert article.author == AUTHOR
    assert described(article) == expected(BLOCKS)


@pytest.mark.parametrize("name", [ODT, DOCX])
def test_office_files_date_from_their_properties(name: str) -> None:
    assert parse_sample(name).published == DATE


def test_pdf_leaves_out_its_running_head_and_page_numbers() -> None:
    article = parse_sample(PDF)
    assert f"{TITLE} · {AUTHOR}" not in article.body
    assert not any(p.text.isdigit() for p in article.paragraphs)


def test_pdf_joins_words_hyphenated_at_line_ends() -> None:
    # LibreOffice hyphenated these across lines on the A5 pages (see make_documents.py).
    body = parse_sample(PDF).body
    for word in ("arrests", "Martinet", "incomprehensibly", "Brussels", "envelope"):
        assert word in body
    assert "ar- rests" not in body and "ar-rests" not in body


def test_a_scanned_pdf_is_refused_for_having_no_text_layer() -> None:
    with pytest.raises(DocumentRejectedError) as refused:
        parse_sample("scanned.pdf")
    assert refused.value.problem is DocumentProblem.NO_TEXT_LAYER
    assert "this PDF has no text layer" in str(refused.value)


def test_an_epub_book_is_one_article_with_its_chapters_as_headings() -> None:
    article = parse_sample(EPUB)
    assert article.format is SourceFormat.EPUB
    assert (article.headline, article.author, article.published) == (BOOK_TITLE, AUTHOR, DATE)
    assert article.publication == BOOK_PUBLISHER
    assert (article.series, article.series_part) == (BOOK_SERIES, BOOK_SERIES_PART)
    chapters = [("h1", title) for title, _ in BOOK_CHAPTERS]
    pairs = zip(chapters, BOOK_CHAPTERS, strict=True)
    rows = [row for chapter, (_, blocks) in pairs for row in expected([chapter, *blocks])]
    # The title page (pandoc's titlepage section) is not part of the text.
    assert described(article) == rows


def test_a_drm_protected_epub_is_refused() -> None:
    with pytest.raises(DocumentRejectedError) as refused:
        parse_sample("drm.epub")
    assert refused.value.problem is DocumentProblem.DRM
    assert "DRM" in str(refused.value)


def rewritten_epub(changes: dict[str, bytes | None]) -> bytes:
    """book.epub with members replaced (or removed, for None)."""
    with zipfile.ZipFile(sample(EPUB)) as source:
        members = {info.filename: source.read(info) for info in source.infolist()}
    for name, data in changes.items():
        if data is None:
            members.pop(name, None)
        else:
            members[name] = data
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def test_encryption_of_its_fonts_alone_is_not_drm() -> None:
    encryption = (
        b'<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
        b'<EncryptedData xmlns="http://www.w3.org/2001/04/xmlenc#">'
        b'<EncryptionMethod Algorithm="http://www.idpf.org/2008/embedding"/>'
        b'<CipherData><CipherReference URI="EPUB/fonts/a.otf"/></CipherData></EncryptedData>'
        b"</encryption>"
    )
    _, article = parse_source(rewritten_epub({"META-INF/encryption.xml": encryption}), "b.epub")
    assert article.headline == BOOK_TITLE


def test_an_encryption_xml_naming_a_chapter_is_drm_even_without_rights() -> None:
    with zipfile.ZipFile(sample("drm.epub")) as source:
        encryption = source.read("META-INF/encryption.xml")
    raw = rewritten_epub({"META-INF/encryption.xml": encryption, "META-INF/rights.xml": None})
    with pytest.raises(DocumentRejectedError) as refused:
        parse_source(raw, "locked.epub")
    assert refused.value.problem is DocumentProblem.DRM


def test_the_format_is_read_from_the_bytes_not_the_name() -> None:
    raw = (sample(DOCX)).read_bytes()
    decoded, article = parse_source(raw, "misnamed.txt")
    assert article.format is SourceFormat.DOCX
    assert decoded.encoding == "binary" and not decoded.used_fallback
