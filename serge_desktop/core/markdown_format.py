"""The Markdown shape: optional front matter, a title heading and subtitle, and paragraphs.

Blocks (headings, block quotes, paragraphs) are found line by line here; the text inside each is
read by markdown-it-py's CommonMark inline parser, which keeps ``*emphasis*`` and ``**strong**``
as marks and peels off the rest of the markup (links keep their words, images their alt text).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from serge_desktop.core.article import InlineStyle, ParagraphKind, ParsedArticle, SourceFormat
from serge_desktop.core.article_builder import DraftParagraph, build_article
from serge_desktop.core.marked_text import MarkedText, MarkedTextBuilder
from serge_desktop.core.raw_html import drop_code_elements, strip_tags
from serge_desktop.core.text_blocks import collapse, split_blocks, title_and_rest

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

_FENCE = "---"
_FENCE_ENDS = ("---", "...")
_KEY_VALUE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$")
# Front-matter keys we understand, mapped to the ParsedArticle field they fill.
_KEYS = {
    "title": "title",
    "author": "author",
    "date": "published",
    "published": "published",
    "source": "source",
    "url": "source",
    "subtitle": "standfirst",
    "standfirst": "standfirst",
}
_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:\s*\1){2,}\s*$")
_QUOTE_MARKER = re.compile(r"^ {0,3}>")
_EMPHASIS = {"em_open": InlineStyle.ITALIC, "strong_open": InlineStyle.BOLD}
_CLOSES = {"em_close": InlineStyle.ITALIC, "strong_close": InlineStyle.BOLD}
_SUBTITLE_MAX_WORDS = 40


@dataclass
class _FrontMatter:
    fields: dict[str, str] = field(default_factory=dict)
    body: str = ""  # the text after the closing fence


def looks_like_markdown(text: str) -> bool:
    """Return whether ``text`` has front matter or opens with a level-one ``# `` heading."""
    if _front_matter(text) is not None:
        return True
    first = next((line for line in text.split("\n") if line.strip()), "")
    return first.startswith("# ")


def has_front_matter(text: str) -> bool:
    """Return whether ``text`` opens with a ``---`` fenced block of ``key: value`` lines."""
    return _front_matter(text) is not None


def parse_markdown(text: str) -> ParsedArticle:
    """Parse Markdown text (newlines already normalised) into an article."""
    # Raw HTML is not the article's words: scripts and styles go before paragraphs are found.
    text = drop_code_elements(text)
    front = _front_matter(text) or _FrontMatter(body=text)
    blocks = split_blocks(front.body)
    drafts = [
        draft for number, block in enumerate(blocks) for draft in _block_drafts(block, number)
    ]
    title = front.fields.get("title", "")
    standfirst = front.fields.get("standfirst")
    heading_at = next((i for i, d in enumerate(drafts) if d.draft.level == 1), None)
    if heading_at is not None and (
        not title or collapse(drafts[heading_at].draft.text).casefold() == title.casefold()
    ):
        # The title heading names the article; it is not one of its paragraphs.
        title = title or drafts[heading_at].draft.text
        heading = drafts.pop(heading_at)
        if standfirst is None and heading_at < len(drafts):
            standfirst = _subtitle(heading, drafts[heading_at])
            if standfirst is not None:
                del drafts[heading_at]
    if not title:
        # Neither front-matter title nor "# " heading: fall back to the plain rule.
        first_line, rest = title_and_rest(blocks)
        title = _strip_inline(_line_words(first_line))
        drafts = [draft for block in rest for draft in _block_drafts(block, 0)]
    return build_article(
        SourceFormat.MARKDOWN,
        collapse(title),
        [found.draft for found in drafts],
        standfirst=standfirst,
        author=front.fields.get("author"),
        published=front.fields.get("published"),
        source=front.fields.get("source"),
    )


@dataclass(frozen=True, slots=True)
class _Found:
    """A paragraph and the blank-line block it was found in (a subtitle shares the title's)."""

    draft: DraftParagraph
    block: int


def _subtitle(title: _Found, after: _Found) -> str | None:
    """The words under the title that are its subtitle, not the article's first paragraph.

    A heading on the title's next line ("# Title" then "## Subtitle") is one; so is a short
    paragraph right after the title that is emphasised from end to end ("*A subtitle*").
    """
    draft = after.draft
    if draft.kind is ParagraphKind.HEADING:
        return draft.text if after.block == title.block else None
    whole = any(m.start == 0 and m.end == len(draft.text) for m in draft.marks)
    if whole and not draft.is_quotation and len(draft.text.split()) <= _SUBTITLE_MAX_WORDS:
        return draft.text
    return None


def _front_matter(text: str) -> _FrontMatter | None:
    lines = text.lstrip("\n").split("\n")
    if lines[0].rstrip() != _FENCE:
        return None
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in _FENCE_ENDS), None)
    if end is None:
        return None  # never closed: an opening rule, not front matter
    fields: dict[str, str] = {}
    for line in lines[1:end]:
        match = _KEY_VALUE.match(line.strip())
        if match and match.group(1).lower() in _KEYS:
            value = collapse(strip_tags(_unquote(match.group(2).strip())))
            if value:
                fields[_KEYS[match.group(1).lower()]] = value
    return _FrontMatter(fields, "\n".join(lines[end + 1 :]))


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        inner = value[1:-1]
        # YAML doubles a single quote inside single quotes; undo just that much.
        return inner.replace("''", "'") if value[0] == "'" else inner
    return value


def _block_drafts(block: list[str], number: int) -> list[_Found]:
    """Split one block into its paragraphs and headings."""
    out: list[_Found] = []
    lines: list[str] = []
    quoted = False

    def flush() -> None:
        marked = _inline(" ".join(lines))
        if marked.text:
            kind = ParagraphKind.BLOCK_QUOTE if quoted else ParagraphKind.PARAGRAPH
            out.append(_Found(DraftParagraph.of(marked, kind), number))
        lines.clear()

    for line in block:
        heading = _HEADING.match(line)
        if heading or _RULE.match(line):
            flush()  # a heading or rule is a paragraph break of its own
            quoted = False
            if heading and heading.group(2):
                words = _strip_inline(heading.group(2))
                level = len(heading[1])
                draft = DraftParagraph(words, kind=ParagraphKind.HEADING, level=level)
                out.append(_Found(draft, number))
        elif _QUOTE_MARKER.match(line):
            if not quoted:
                flush()
                quoted = True
            inner = line.lstrip(" >")
            if inner.strip():
                lines.append(inner)
            else:
                flush()  # a bare ">" separates paragraphs inside a block quote
        else:
            # A plain line after quoted ones continues the quote (Markdown's lazy continuation).
            lines.append(line)
    flush()
    return out


def _line_words(line: str) -> str:
    """Return a line's text without a heading's hashes or a block quote's marker."""
    heading = _HEADING.match(line)
    if heading:
        return heading.group(2) or ""
    return line.lstrip(" >") if _QUOTE_MARKER.match(line) else line


@functools.cache
def _inline_parser() -> MarkdownIt:
    """CommonMark's inline rules, loaded on first use (markdown-it takes a while to import).

    Raw HTML was already stripped to its words, so HTML stays off here.
    """
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False})


def _strip_inline(text: str) -> str:
    return _inline(text).text


def _inline(text: str) -> MarkedText:
    """One paragraph's words with its emphasis as marks; every other piece of markup peeled."""
    text = strip_tags(text)  # <b>, <img src=…>, <a onclick=…>: the words stay, the tags go
    builder = MarkedTextBuilder()
    if not text.strip():
        return builder.build()
    open_styles: list[InlineStyle] = []
    for token in _inline_parser().parseInline(text)[0].children or ():
        if token.type in _EMPHASIS:
            open_styles.append(_EMPHASIS[token.type])
        elif token.type in _CLOSES and _CLOSES[token.type] in open_styles:
            open_styles.remove(_CLOSES[token.type])
        elif token.type in ("text", "text_special", "code_inline", "image"):
            builder.append(token.content, open_styles)
        elif token.type in ("softbreak", "hardbreak"):
            builder.append(" ", open_styles)
    return builder.build()
