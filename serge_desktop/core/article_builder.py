"""Turn a shape parser's paragraphs into a ParsedArticle: drop cap, boilerplate, offsets."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from serge_desktop.core.article import (
    InlineMark,
    Paragraph,
    ParagraphKind,
    ParsedArticle,
    SourceFormat,
)
from serge_desktop.core.boilerplate import split_trailing_boilerplate
from serge_desktop.core.drop_cap import repair_drop_cap
from serge_desktop.core.errors import ArticleRejectedError, RejectReason
from serge_desktop.core.marked_text import MarkedText, shift_marks, tidy
from serge_desktop.core.quotations import find_quotations, is_quotation_paragraph
from serge_desktop.core.text_blocks import collapse

PARAGRAPH_SEPARATOR = "\n\n"
_FALLBACK_HEADLINE_WORDS = 12


@dataclass(frozen=True, slots=True)
class DraftParagraph:
    """A paragraph as a shape parser found it, before whitespace and offsets are settled."""

    text: str
    is_quotation: bool = False  # set by shapes that mark quotations explicitly (Markdown ">")
    kind: ParagraphKind = ParagraphKind.PARAGRAPH
    level: int = 0  # a heading's level, 1 to 6
    marks: tuple[InlineMark, ...] = ()  # offsets into ``text`` as given, before tidying

    @classmethod
    def of(
        cls, marked: MarkedText, kind: ParagraphKind = ParagraphKind.PARAGRAPH, level: int = 0
    ) -> DraftParagraph:
        """A draft from text a parser built run by run; a block quote is a quotation too."""
        quoted = kind is ParagraphKind.BLOCK_QUOTE
        level = level if kind is ParagraphKind.HEADING else 0
        return cls(marked.text, quoted, kind, level, marked.marks)


def build_article(
    source_format: SourceFormat,
    headline: str,
    drafts: Sequence[DraftParagraph],
    *,
    standfirst: str | None = None,
    publication: str | None = None,
    issue: str | None = None,
    author: str | None = None,
    published: str | None = None,
    source: str | None = None,
    series: str | None = None,
    series_part: int | None = None,
    language: str | None = None,
) -> ParsedArticle:
    """Finish an article the same way whatever its shape; NO_PARAGRAPHS if no body is left."""
    cleaned = [_tidied(draft) for draft in drafts]
    cleaned = [draft for draft in cleaned if draft.text]
    kept_texts, removed = split_trailing_boilerplate([draft.text for draft in cleaned])
    if not kept_texts:
        raise ArticleRejectedError(RejectReason.NO_PARAGRAPHS)
    kept = cleaned[: len(kept_texts)]
    # A title that was all markup (e.g. "# ![](x.png)") leaves nothing; name it by its opening.
    headline = collapse(tidy(headline).text) or " ".join(
        kept_texts[0].split()[:_FALLBACK_HEADLINE_WORDS]
    )
    standfirst = (tidy(standfirst).text or None) if standfirst is not None else None

    # The drop cap is judged against everything but the first paragraph itself.
    context = "\n".join([headline, standfirst or "", *kept_texts[1:]])
    kept[0] = _with_drop_cap_repaired(kept[0], context)

    paragraphs: list[Paragraph] = []
    offset = 0
    for index, draft in enumerate(kept):
        end = offset + len(draft.text)
        quoted = draft.is_quotation or is_quotation_paragraph(draft.text)
        paragraphs.append(
            Paragraph(index, draft.text, offset, end, quoted, draft.kind, draft.level, draft.marks)
        )
        offset = end + len(PARAGRAPH_SEPARATOR)
    body = PARAGRAPH_SEPARATOR.join(draft.text for draft in kept)

    return ParsedArticle(
        format=source_format,
        headline=headline,
        body=body,
        paragraphs=tuple(paragraphs),
        quotations=find_quotations(body),
        standfirst=standfirst,
        publication=publication,
        issue=issue,
        author=author,
        published=published,
        source=source,
        removed=tuple(removed),
        series=series,
        series_part=series_part,
        language=collapse(language or "") or None,
    )


def _tidied(draft: DraftParagraph) -> DraftParagraph:
    """Whitespace collapsed and NFC, with the marks moved to the same words."""
    marked = tidy(draft.text, draft.marks)
    return DraftParagraph(marked.text, draft.is_quotation, draft.kind, draft.level, marked.marks)


def _with_drop_cap_repaired(draft: DraftParagraph, context: str) -> DraftParagraph:
    repaired = repair_drop_cap(draft.text, context)
    if repaired == draft.text:
        return draft
    # "V ictor" became "Victor": one space gone after the first letter.
    marks = shift_marks(draft.marks, at=1, by=len(repaired) - len(draft.text))
    return DraftParagraph(repaired, draft.is_quotation, draft.kind, draft.level, marks)
