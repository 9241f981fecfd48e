"""The newspaper shape: masthead, headline, standfirst, issue line, then a paragraph a line."""

from __future__ import annotations

import re

from serge_desktop.core.article import ParsedArticle, SourceFormat
from serge_desktop.core.article_builder import DraftParagraph, build_article
from serge_desktop.core.text_blocks import collapse

# "Issue No. 1929", "Issue no 1929", "Issue 1929"; the part after "Issue" is kept as printed.
ISSUE_LINE = re.compile(r"^Issue\s+((?:No\.?\s*)?\d+)", re.IGNORECASE)
# Masthead, headline, standfirst, issue line.
_HEADER_BLOCKS = 4


def looks_like_newspaper(blocks: list[list[str]]) -> bool:
    """Return whether the fourth block is an issue line, the mark of this shape."""
    return len(blocks) >= _HEADER_BLOCKS and _issue(blocks[_HEADER_BLOCKS - 1]) is not None


def parse_newspaper(blocks: list[list[str]]) -> ParsedArticle:
    """Parse blocks already known to be in the newspaper shape (see ``looks_like_newspaper``)."""
    masthead, headline, standfirst, issue_block = blocks[:_HEADER_BLOCKS]
    # One paragraph a line: a missing blank line between two paragraphs must not merge them.
    drafts = [DraftParagraph(line) for block in blocks[_HEADER_BLOCKS:] for line in block]
    return build_article(
        SourceFormat.NEWSPAPER,
        collapse(" ".join(headline)),
        drafts,
        standfirst=collapse(" ".join(standfirst)),
        publication=collapse(" ".join(masthead)),
        issue=_issue(issue_block),
    )


def _issue(block: list[str]) -> str | None:
    match = ISSUE_LINE.match(collapse(" ".join(block)))
    return match.group(1) if match else None
