"""Helpers the format tests share: the sample files, and the rules every parsed article keeps."""

from __future__ import annotations

from pathlib import Path

from serge_desktop.core.article import ParagraphKind, ParsedArticle
from serge_desktop.core.article_parser import parse_source

DOCUMENTS = Path(__file__).parent / "documents"  # made for the tests: hostile, scanned, pages
# The good samples ship with the app: the self-test imports them from the bundle.
SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "samples"
ODT = "letters-from-exile.odt"  # these three: LibreOffice from one source text
DOCX = "letters-from-exile.docx"
PDF = "letters-from-exile.pdf"
EPUB = "voices-from-the-margins.epub"  # pandoc: the same text as a book of three chapters
PAGE = "news-article.html"  # a saved news page, with its site around the article


def sample(name: str) -> Path:
    """A sample file by name, from the app's own samples or the tests' documents."""
    shipped = SHIPPED / name
    return shipped if shipped.exists() else DOCUMENTS / name


def parse_sample(name: str) -> ParsedArticle:
    path = sample(name)
    _, article = parse_source(path.read_bytes(), path.name)
    assert_well_formed(article)
    return article


def assert_well_formed(article: ParsedArticle) -> None:
    """Offsets, kinds and marks as the reader and the anchoring rely on them."""
    assert article.headline
    assert article.body == "\n\n".join(p.text for p in article.paragraphs)
    for index, paragraph in enumerate(article.paragraphs):
        assert paragraph.index == index
        assert paragraph.text and paragraph.text == paragraph.text.strip()
        assert "\n" not in paragraph.text
        assert article.body[paragraph.start : paragraph.end] == paragraph.text
        assert (paragraph.level > 0) == (paragraph.kind is ParagraphKind.HEADING)
        assert 0 <= paragraph.level <= 6
        for mark in paragraph.marks:
            assert 0 <= mark.start < mark.end <= len(paragraph.text)
            marked = paragraph.text[mark.start : mark.end]
            assert marked == marked.strip()


def described(article: ParsedArticle) -> list[tuple[str, int, str, list[tuple[str, str]]]]:
    """Each paragraph as (kind, level, text, [(emphasised words, style)])."""
    return [
        (
            p.kind.value,
            p.level,
            p.text,
            [(p.text[m.start : m.end], m.style.value) for m in p.marks],
        )
        for p in article.paragraphs
    ]
