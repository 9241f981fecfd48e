"""Recognise an article file's shape and parse it: the importer's single entry point."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from serge_desktop.core.article import DecodedText, ParsedArticle, SourceFormat
from serge_desktop.core.document_formats import format_for_name, sniff_document
from serge_desktop.core.docx_format import parse_docx
from serge_desktop.core.epub_format import parse_epub
from serge_desktop.core.errors import ArticleRejectedError, RejectReason
from serge_desktop.core.html_sniff import declared_charset, looks_like_html
from serge_desktop.core.markdown_format import has_front_matter, looks_like_markdown, parse_markdown
from serge_desktop.core.newspaper_format import looks_like_newspaper, parse_newspaper
from serge_desktop.core.odt_format import parse_odt
from serge_desktop.core.plain_format import parse_plain
from serge_desktop.core.source_text import MAX_SOURCE_BYTES, decode_source
from serge_desktop.core.text_blocks import normalise_newlines, split_blocks

# What a document's bytes are recorded as, in place of a text encoding.
BINARY_ENCODING = "binary"
_DOCUMENT_PARSERS: dict[SourceFormat, Callable[[bytes], ParsedArticle]] = {
    SourceFormat.EPUB: parse_epub,
    SourceFormat.PDF: lambda raw: _pdf_parser()(raw),
    SourceFormat.DOCX: parse_docx,
    SourceFormat.ODT: parse_odt,
}


# pypdf and readability-lxml take a tenth of a second each to load: only when a file needs them.
def _pdf_parser() -> Callable[[bytes], ParsedArticle]:
    from serge_desktop.core.pdf_format import parse_pdf

    return parse_pdf


def _parse_html(text: str) -> ParsedArticle:
    from serge_desktop.core.html_format import parse_html

    return parse_html(text)


def detect_format(text: str, blocks: list[list[str]] | None = None) -> SourceFormat:
    """Return the shape ``text`` is in; PLAIN when nothing more specific fits.

    ``blocks`` are ``split_blocks(text)`` when the caller has them already.
    """
    text = normalise_newlines(text)
    # Front matter is an explicit declaration, so it wins over the newspaper heuristic.
    if has_front_matter(text):
        return SourceFormat.MARKDOWN
    if looks_like_newspaper(blocks if blocks is not None else split_blocks(text)):
        return SourceFormat.NEWSPAPER
    if looks_like_markdown(text):
        return SourceFormat.MARKDOWN
    return SourceFormat.PLAIN


def parse_article(text: str) -> ParsedArticle:
    """Parse decoded article text; raises ArticleRejectedError (EMPTY, NO_PARAGRAPHS)."""
    text = normalise_newlines(text)
    if not text.strip():
        raise ArticleRejectedError(RejectReason.EMPTY)
    blocks = split_blocks(text)  # once: a 9 MB article has 100,000 of them
    source_format = detect_format(text, blocks)
    if source_format is SourceFormat.NEWSPAPER:
        return parse_newspaper(blocks)
    if source_format is SourceFormat.MARKDOWN:
        return parse_markdown(text)
    return parse_plain(blocks)


def parse_source(raw: bytes, name: str = "") -> tuple[DecodedText, ParsedArticle]:
    """Parse a file's bytes in whatever format they are (``name`` is the file's name, a hint).

    Raises ArticleRejectedError for text that is unusable, DocumentRejectedError for a
    document (web page, e-book, PDF, Word or OpenDocument file) that cannot be read.
    """
    if len(raw) > MAX_SOURCE_BYTES:
        raise ArticleRejectedError(RejectReason.TOO_LARGE, f"{len(raw)} bytes")
    document = sniff_document(raw, name)
    if document is not None:
        digest = hashlib.sha256(raw).hexdigest()
        decoded = DecodedText(text="", encoding=BINARY_ENCODING, used_fallback=False, sha256=digest)
        return decoded, _DOCUMENT_PARSERS[document](raw)
    html_named = format_for_name(name) is SourceFormat.HTML
    decoded = decode_source(raw, declared=declared_charset(raw))
    if html_named or looks_like_html(decoded.text):
        return decoded, _parse_html(decoded.text)
    return decoded, parse_article(decoded.text)
