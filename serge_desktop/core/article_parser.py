"""Recognise an article file's shape and parse it: the importer's single entry point."""

from __future__ import annotations

from serge_desktop.core.article import DecodedText, ParsedArticle, SourceFormat
from serge_desktop.core.errors import ArticleRejectedError, RejectReason
from serge_desktop.core.markdown_format import has_front_matter, looks_like_markdown, parse_markdown
from serge_desktop.core.newspaper_format import looks_like_newspaper, parse_newspaper
from serge_desktop.core.plain_format import parse_plain
from serge_desktop.core.source_text import decode_source
from serge_desktop.core.text_blocks import normalise_newlines, split_blocks


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


def parse_source(raw: bytes) -> tuple[DecodedText, ParsedArticle]:
    """Decode and parse a file's bytes; raises ArticleRejectedError for anything unusable."""
    decoded = decode_source(raw)
    return decoded, parse_article(decoded.text)
