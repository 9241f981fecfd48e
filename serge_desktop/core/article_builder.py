"""Turn a shape parser's paragraphs into a ParsedArticle: drop cap, boilerplate, offsets."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from serge_desktop.core.article import Paragraph, ParsedArticle, SourceFormat
from serge_desktop.core.boilerplate import split_trailing_boilerplate
from serge_desktop.core.drop_cap import repair_drop_cap
from serge_desktop.core.errors import ArticleRejectedError, RejectReason
from serge_desktop.core.quotations import find_quotations, is_quotation_paragraph
from serge_desktop.core.text_blocks import collapse

PARAGRAPH_SEPARATOR = "\n\n"
_FALLBACK_HEADLINE_WORDS = 12


@dataclass(frozen=True, slots=True)
class DraftParagraph:
    """A paragraph as a shape parser found it, before whitespace and offsets are settled."""

    text: str
    is_quotation: bool = False  # set by shapes that mark quotations explicitly (Markdown ">")


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
) -> ParsedArticle:
    """Finish an article the same way whatever its shape; NO_PARAGRAPHS if no body is left."""
    collapsed = ((collapse(draft.text), draft.is_quotation) for draft in drafts)
    cleaned = [DraftParagraph(text, quoted) for text, quoted in collapsed if text]
    kept_texts, removed = split_trailing_boilerplate([draft.text for draft in cleaned])
    if not kept_texts:
        raise ArticleRejectedError(RejectReason.NO_PARAGRAPHS)
    kept = cleaned[: len(kept_texts)]
    # A title that was all markup (e.g. "# ![](x.png)") leaves nothing; name it by its opening.
    headline = collapse(headline) or " ".join(kept_texts[0].split()[:_FALLBACK_HEADLINE_WORDS])

    # The drop cap is judged against everything but the first paragraph itself.
    context = "\n".join([headline, standfirst or "", *kept_texts[1:]])
    first = DraftParagraph(repair_drop_cap(kept[0].text, context), kept[0].is_quotation)
    kept[0] = first

    paragraphs: list[Paragraph] = []
    offset = 0
    for index, draft in enumerate(kept):
        end = offset + len(draft.text)
        quoted = draft.is_quotation or is_quotation_paragraph(draft.text)
        paragraphs.append(Paragraph(index, draft.text, offset, end, quoted))
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
    )
