"""HTML's blocks as draft paragraphs: headings, paragraphs, block quotes, italic and bold runs.

Both a web page's extracted main text and an e-book's chapters come here. The standard
library's tolerant parser reads them as a stream of tags (no tree, so nesting costs no
recursion); scripts, styles and other code are dropped with their contents, every other tag is
read for its structure and then left behind, and only the words are kept.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from serge_desktop.core.article import InlineStyle, ParagraphKind
from serge_desktop.core.article_builder import DraftParagraph
from serge_desktop.core.marked_text import MarkedTextBuilder

# Elements whose contents are never the text's words.
SKIPPED = frozenset(
    {"script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math",
     "head", "title", "button", "select", "textarea", "canvas", "audio", "video", "map"}
)  # fmt: skip
# Elements that end one paragraph and start the next.
BLOCKS = frozenset(
    {"p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "address",
     "blockquote", "pre", "li", "ul", "ol", "dl", "dt", "dd", "figure", "figcaption", "table",
     "tr", "caption", "hr", "body", "html", "form", "fieldset", "details", "summary", "center"}
)  # fmt: skip
HEADINGS = {f"h{level}": level for level in range(1, 7)}
ITALIC = frozenset({"em", "i", "cite", "var", "dfn"})
BOLD = frozenset({"strong", "b"})
VOID = frozenset(
    {"br", "img", "hr", "meta", "link", "input", "area", "base", "col", "source", "track",
     "wbr", "param", "embed"}
)  # fmt: skip
_ITALIC_STYLE = re.compile(r"font-style\s*:\s*(?:italic|oblique)", re.IGNORECASE)
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)", re.IGNORECASE)


class _Effect:
    """What an open element does to the text inside it, undone when it closes."""

    __slots__ = ("bold", "heading", "italic", "quote", "skip", "tag")

    def __init__(self, tag: str, attrs: dict[str, str]) -> None:
        style = attrs.get("style", "")
        self.tag = tag
        self.skip = tag in SKIPPED or "hidden" in attrs
        self.italic = tag in ITALIC or bool(_ITALIC_STYLE.search(style))
        self.bold = tag in BOLD or bool(_BOLD_STYLE.search(style))
        self.quote = tag == "blockquote"
        self.heading = HEADINGS.get(tag, 0)


class _BlockReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.drafts: list[DraftParagraph] = []
        self._open: list[_Effect] = []
        self._skip = self._italic = self._bold = self._quote = 0
        self._heading = 0
        self._text = MarkedTextBuilder()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCKS or tag in HEADINGS:
            self._flush()
        if tag == "br":
            self._add(" ")
        if tag in VOID:
            return
        effect = _Effect(tag, {key: value or "" for key, value in attrs})
        self._open.append(effect)
        self._apply(effect, 1)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <div/> and the like in XHTML open and close at once.
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if not any(effect.tag == tag for effect in self._open):
            return  # a stray closing tag: nothing to undo
        if tag in BLOCKS or tag in HEADINGS:
            self._flush()
        while self._open:
            effect = self._open.pop()
            self._apply(effect, -1)
            if effect.tag == tag:
                break

    def handle_data(self, data: str) -> None:
        self._add(data)

    def close(self) -> None:
        super().close()
        self._flush()

    def _add(self, text: str) -> None:
        if self._skip:
            return
        styles = []
        if self._italic:
            styles.append(InlineStyle.ITALIC)
        if self._bold:
            styles.append(InlineStyle.BOLD)
        self._text.append(text, styles)

    def _apply(self, effect: _Effect, sign: int) -> None:
        self._skip += sign * effect.skip
        self._italic += sign * effect.italic
        self._bold += sign * effect.bold
        self._quote += sign * effect.quote
        if effect.heading:
            self._heading = effect.heading if sign > 0 else 0

    def _flush(self) -> None:
        if self._text.is_empty:
            self._text = MarkedTextBuilder()
            return
        marked = self._text.build()
        self._text = MarkedTextBuilder()
        if self._heading:
            # A heading's own emphasis is its type style, not the author's stress.
            heading = DraftParagraph(marked.text, kind=ParagraphKind.HEADING, level=self._heading)
            self.drafts.append(heading)
        elif self._quote:
            self.drafts.append(DraftParagraph.of(marked, ParagraphKind.BLOCK_QUOTE))
        else:
            self.drafts.append(DraftParagraph.of(marked))


def html_drafts(html: str) -> list[DraftParagraph]:
    """The paragraphs of an HTML document or fragment, in reading order."""
    reader = _BlockReader()
    reader.feed(html)
    reader.close()
    return reader.drafts
