"""A PDF with a text layer: paragraphs rebuilt from its lines, headings found by their size.

A PDF knows lines, not paragraphs. Lines join into a paragraph until the space between two
baselines opens up, the type size changes, or a line stops short at the end of a sentence; a
word hyphenated at a line's end is joined again. Lines set larger than the body text are
headings (the largest the highest level), lines indented on both sides are a block quote, and
runs set in a bold or italic font keep their emphasis.
"""

from __future__ import annotations

import io
import logging
import re
import statistics
from collections import Counter
from dataclasses import replace
from itertools import pairwise

from pypdf import PdfReader

from serge_desktop.core.article import ParagraphKind, ParsedArticle, SourceFormat
from serge_desktop.core.article_builder import DraftParagraph, build_article
from serge_desktop.core.errors import DocumentProblem, DocumentRejectedError
from serge_desktop.core.marked_text import MarkedTextBuilder
from serge_desktop.core.pdf_lines import Line, page_lines, without_page_furniture
from serge_desktop.core.text_blocks import collapse

MAX_PAGES = 3000
MIN_TEXT_CHARACTERS = 20  # fewer on every page together, and the "text layer" is a stray mark
# pypdf reports every quirk of a sloppy PDF on its logger; the import's outcome says enough.
logging.getLogger("pypdf").setLevel(logging.ERROR)

_PARAGRAPH_GAP = 1.3  # a gap this many times the usual line spacing ends a paragraph
_HEADING_SIZE = 1.12  # type this much larger than the body's is a heading
_QUOTE_INDENT = 12.0  # points in from the body's left edge, on every line: a block quote
_SENTENCE_END = re.compile(r"[.!?:;…\"”’)]$")
_HYPHENATED = re.compile(r"(\w)[-\u00ad]$")


def parse_pdf(raw: bytes) -> ParsedArticle:
    reader, pages = _read(raw)
    pages = without_page_furniture(pages)
    lines = [line for page in pages for line in page]
    if sum(len(line.text) for line in lines) < MIN_TEXT_CHARACTERS:
        raise DocumentRejectedError(DocumentProblem.NO_TEXT_LAYER)
    body_size = _body_size(lines)
    drafts = _drafts(lines, body_size, _body_left(lines, body_size), _line_gap(lines))
    title = _info(reader, "/Title")
    standfirst = None
    if drafts and drafts[0].kind is ParagraphKind.HEADING:
        # The first heading on the first page is the title as printed; the metadata's own
        # title (often a file name) gives way to it when they differ.
        title = drafts.pop(0).text
        if drafts and drafts[0].kind is ParagraphKind.HEADING and drafts[0].level > 1:
            standfirst = drafts.pop(0).text
        drafts = _renumbered(drafts)
    return build_article(
        SourceFormat.PDF,
        title or "",
        drafts,
        standfirst=standfirst,
        author=_info(reader, "/Author"),
        published=_date(_info(reader, "/CreationDate")),
    )


def _renumbered(drafts: list[DraftParagraph]) -> list[DraftParagraph]:
    """Heading levels made 1, 2, 3… from the largest size left once the title is taken."""
    used = sorted({d.level for d in drafts if d.kind is ParagraphKind.HEADING})
    level_of = {level: rank + 1 for rank, level in enumerate(used)}
    return [
        replace(d, level=level_of[d.level]) if d.kind is ParagraphKind.HEADING else d
        for d in drafts
    ]


def _read(raw: bytes) -> tuple[PdfReader, list[list[Line]]]:
    try:
        reader = PdfReader(io.BytesIO(raw), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentRejectedError(DocumentProblem.ENCRYPTED)
        if len(reader.pages) > MAX_PAGES:
            raise DocumentRejectedError(DocumentProblem.DAMAGED, f"{len(reader.pages)} pages")
        return reader, [page_lines(page, n) for n, page in enumerate(reader.pages)]
    except DocumentRejectedError:
        raise
    except Exception as exc:
        # pypdf reading a damaged or hostile file can fail in any of its layers (streams,
        # fonts, cross-references) with any exception; each is the same refusal to the user.
        problem = DocumentProblem.ENCRYPTED if "crypt" in str(exc).lower() else None
        raise DocumentRejectedError(problem or DocumentProblem.DAMAGED, repr(exc)[:200]) from exc


def _info(reader: PdfReader, key: str) -> str | None:
    try:
        metadata = reader.metadata
        value = metadata.get(key) if metadata is not None else None
    except Exception:  # a damaged information dictionary is no reason to refuse the text
        return None
    text = collapse(str(value)) if value else ""
    return text or None


def _date(value: str | None) -> str | None:
    """PDF's "D:20240314093000+01'00'" as "2024-03-14"."""
    match = re.match(r"^D:(\d{4})(\d{2})(\d{2})", value or "")
    return "-".join(match.groups()) if match else None


def _body_size(lines: list[Line]) -> float:
    sizes = Counter[float]()
    for line in lines:
        sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0]


def _body_left(lines: list[Line], body_size: float) -> float:
    lefts = Counter(round(line.x) for line in lines if abs(line.size - body_size) < 0.5)
    return float(lefts.most_common(1)[0][0]) if lefts else 0.0


def _line_gap(lines: list[Line]) -> float:
    gaps = [
        a.y - b.y
        for a, b in pairwise(lines)
        if a.page == b.page and a.size == b.size and 0 < a.y - b.y < 3 * a.size
    ]
    return statistics.median(gaps) if gaps else 0.0


def _drafts(lines: list[Line], body_size: float, left: float, gap: float) -> list[DraftParagraph]:
    heading_sizes = sorted({line.size for line in lines if line.size > body_size * _HEADING_SIZE})
    levels = {size: min(6, len(heading_sizes) - rank) for rank, size in enumerate(heading_sizes)}
    drafts: list[DraftParagraph] = []
    group: list[Line] = []
    for line in lines:
        if group and _starts_paragraph(group[-1], line, gap):
            drafts.append(_draft(group, levels, left))
            group = []
        group.append(line)
    if group:
        drafts.append(_draft(group, levels, left))
    return drafts


def _starts_paragraph(previous: Line, line: Line, gap: float) -> bool:
    if abs(previous.size - line.size) >= 0.5:
        return True
    if previous.page == line.page and gap and previous.y - line.y > gap * _PARAGRAPH_GAP:
        return True
    if line.x > previous.x + line.size:  # a first-line indent
        return True
    # A line that ends a sentence well short of the column's right edge ends its paragraph.
    return bool(_SENTENCE_END.search(previous.text)) and len(previous.text) < 0.7 * len(line.text)


def _draft(group: list[Line], levels: dict[float, int], left: float) -> DraftParagraph:
    if group[0].size in levels:
        text = collapse(" ".join(line.text for line in group))
        return DraftParagraph(text, kind=ParagraphKind.HEADING, level=levels[group[0].size])
    builder = MarkedTextBuilder()
    for index, line in enumerate(group):
        following = group[index + 1].text if index + 1 < len(group) else ""
        # "ar-" then "rests": the hyphen was the line's, not the word's.
        joined = bool(_HYPHENATED.search(line.text)) and following[:1].islower()
        runs = [run for run in line.runs if run.text]
        for number, run in enumerate(runs):
            text = run.text
            if number == len(runs) - 1:
                text = text.rstrip()
                if joined:
                    text = text[:-1]
            builder.append(text, run.styles)
        if not joined:
            builder.append(" ")
    quoted = all(line.x > left + _QUOTE_INDENT for line in group)
    kind = ParagraphKind.BLOCK_QUOTE if quoted else ParagraphKind.PARAGRAPH
    return DraftParagraph.of(builder.build(), kind)
