"""The parsed article value: metadata, body paragraphs with offsets, and its quotations."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class SourceFormat(enum.Enum):
    """The shape an article file was recognised as."""

    NEWSPAPER = "newspaper"  # masthead, headline, standfirst, issue line, one paragraph a line
    MARKDOWN = "markdown"
    PLAIN = "plain"
    HTML = "html"  # a saved web page: its main text, without navigation, adverts or comments
    EPUB = "epub"
    PDF = "pdf"  # with a text layer
    DOCX = "docx"
    ODT = "odt"


class ParagraphKind(enum.Enum):
    """The role a paragraph plays in the text, kept so the reader can set it out."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"  # with a level, 1 (a chapter) to 6
    BLOCK_QUOTE = "block_quote"  # set off as a quotation by the source itself


class InlineStyle(enum.Enum):
    ITALIC = "italic"
    BOLD = "bold"


@dataclass(frozen=True, slots=True)
class InlineMark:
    """Emphasis over ``text[start:end]`` of one paragraph (offsets within the paragraph)."""

    start: int
    end: int
    style: InlineStyle


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One body paragraph; ``start``/``end`` are offsets into ``ParsedArticle.body``."""

    index: int
    text: str
    start: int
    end: int
    is_quotation: bool = False  # the whole paragraph is (part of) a quotation, to be set off
    kind: ParagraphKind = ParagraphKind.PARAGRAPH
    level: int = 0  # a heading's level, 1 to 6; 0 for other kinds
    marks: tuple[InlineMark, ...] = ()  # ordered by start, then style; never empty spans


@dataclass(frozen=True, slots=True)
class Quotation:
    """Quoted words in the body; offsets into ``ParsedArticle.body`` exclude the quote marks."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class DecodedText:
    """A file's bytes decoded to text, with what it took to decode them."""

    text: str
    encoding: str  # "utf-8" or "cp1252"
    used_fallback: bool  # True when the bytes were not UTF-8 and cp1252 was used instead
    sha256: str  # of the raw bytes


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """Everything the importer derives from one article file."""

    format: SourceFormat
    headline: str
    body: str  # the paragraphs' text joined by blank lines ("\n\n")
    paragraphs: tuple[Paragraph, ...]
    quotations: tuple[Quotation, ...]
    standfirst: str | None = None
    publication: str | None = None
    issue: str | None = None  # as printed, e.g. "No. 1929"
    author: str | None = None
    published: str | None = None  # the date as given by the source, not interpreted
    source: str | None = None  # where the text came from (a URL or a citation), if stated
    removed: tuple[str, ...] = ()  # publisher's boilerplate taken out of the body
    series: str | None = None  # the series the source says it belongs to (a book's metadata)
    series_part: int | None = None  # its number in that series
    language: str | None = None  # the language the file declares (HTML lang, dc:language), as given
