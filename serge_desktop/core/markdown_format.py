"""The Markdown shape: optional front matter, a title heading, and lightly de-marked paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from serge_desktop.core.article import ParsedArticle, SourceFormat
from serge_desktop.core.article_builder import DraftParagraph, build_article
from serge_desktop.core.raw_html import drop_code_elements, strip_tags
from serge_desktop.core.text_blocks import collapse, split_blocks, title_and_rest

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
}
_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:\s*\1){2,}\s*$")
_QUOTE_MARKER = re.compile(r"^ {0,3}>")
# Inline markup is only peeled off, never interpreted: the words stay, the punctuation goes.
_INLINE = (
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # image: keep its alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # link: keep its words
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"), r"\1"),
)


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
    drafts = [draft for block in blocks for draft in _block_drafts(block)]
    title = front.fields.get("title", "")
    heading_at = next((i for i, (_, level) in enumerate(drafts) if level == 1), None)
    if heading_at is not None and (
        not title or collapse(drafts[heading_at][0].text).casefold() == title.casefold()
    ):
        # The title heading names the article; it is not one of its paragraphs.
        title = title or drafts[heading_at][0].text
        del drafts[heading_at]
    if not title:
        # Neither front-matter title nor "# " heading: fall back to the plain rule.
        first_line, rest = title_and_rest(blocks)
        title = _strip_inline(_line_words(first_line))
        drafts = [draft for block in rest for draft in _block_drafts(block)]
    return build_article(
        SourceFormat.MARKDOWN,
        collapse(title),
        [draft for draft, _ in drafts],
        author=front.fields.get("author"),
        published=front.fields.get("published"),
        source=front.fields.get("source"),
    )


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


def _block_drafts(block: list[str]) -> list[tuple[DraftParagraph, int]]:
    """Split one block into paragraphs with their heading level (0 for a non-heading)."""
    out: list[tuple[DraftParagraph, int]] = []
    lines: list[str] = []
    quoted = False

    def flush() -> None:
        text = _strip_inline(" ".join(lines))
        if text:
            out.append((DraftParagraph(text, quoted), 0))
        lines.clear()

    for line in block:
        heading = _HEADING.match(line)
        if heading or _RULE.match(line):
            flush()  # a heading or rule is a paragraph break of its own
            quoted = False
            if heading and heading.group(2):
                out.append((DraftParagraph(_strip_inline(heading.group(2))), len(heading[1])))
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


def _strip_inline(text: str) -> str:
    text = strip_tags(text)  # <b>, <img src=…>, <a onclick=…>: the words stay, the tags go
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return collapse(text)
