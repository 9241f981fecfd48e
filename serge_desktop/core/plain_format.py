"""The plain-text shape: a title line, then blank-line separated paragraphs."""

from __future__ import annotations

from serge_desktop.core.article import ParsedArticle, SourceFormat
from serge_desktop.core.article_builder import DraftParagraph, build_article
from serge_desktop.core.text_blocks import title_and_rest


def parse_plain(blocks: list[list[str]]) -> ParsedArticle:
    """Parse the fallback shape: the first line is the title, each later block a paragraph."""
    headline, rest = title_and_rest(blocks)
    # Hard-wrapped lines within a block are one paragraph; build_article joins them.
    drafts = [DraftParagraph(" ".join(block)) for block in rest]
    return build_article(SourceFormat.PLAIN, headline, drafts)
