"""A note's Markdown as text: blocks of styled runs (for Word), or plain words (search, lists).

It reads the note with the same parser as the HTML rendering (core/note_markdown.py), so the
words are the same everywhere: no ``**``, ``_`` or ``[words](address)`` left in them, emphasis
kept as a style where the target has styles. Links keep their words; a web link's address
follows them in brackets only where asked (a printed page cannot be clicked).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from serge_desktop.core.note_markdown import (
    EXTERNAL_SCHEMES,
    in_app_target,
    is_plain_prose,
    link_scheme,
    markdown_parser,
)

if TYPE_CHECKING:
    from markdown_it.token import Token

_STYLES = {"em": "italic", "strong": "bold", "s": "strike"}
_BLOCK_KINDS = {"h": "heading", "blockquote": "quote", "li": "item"}


@dataclass(frozen=True, slots=True)
class Run:
    """Words in one style."""

    text: str
    italic: bool = False
    bold: bool = False
    strike: bool = False
    code: bool = False


@dataclass(frozen=True, slots=True)
class TextBlock:
    """A paragraph, heading, list item, quoted paragraph or code block, as runs of words."""

    kind: str  # "paragraph", "heading", "item", "quote" or "code"
    runs: tuple[Run, ...]
    level: int = 0  # a heading's level (1 to 6), a list item's depth (1 for the outermost)

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


def note_blocks(markdown: str, *, web_addresses: bool = False) -> tuple[TextBlock, ...]:
    """The note's blocks in order; ``web_addresses`` adds " (address)" after a web link."""
    markdown = markdown.strip()
    if is_plain_prose(markdown):
        # What the parser makes of it, without building the parser: the notes list's first
        # rows at start-up are mostly such prose (a line break within a paragraph is a space).
        return tuple(
            TextBlock("paragraph", (Run(paragraph.replace("\n", " ")),))
            for paragraph in markdown.split("\n\n")
        )
    return parsed_blocks(markdown, web_addresses=web_addresses)


def parsed_blocks(markdown: str, *, web_addresses: bool = False) -> tuple[TextBlock, ...]:
    """``note_blocks`` by way of the parser, whatever the text (plain prose too)."""
    blocks: list[TextBlock] = []
    open_blocks: list[str] = []  # the tags of the containers around the current block
    heading = 0
    for token in markdown_parser().parse(markdown.strip()):
        if token.nesting == 1 and token.type != "paragraph_open":
            open_blocks.append(token.tag)
            heading = int(token.tag[1]) if token.type == "heading_open" else heading
        elif token.nesting == -1 and token.type != "paragraph_close":
            if open_blocks:
                open_blocks.pop()
            heading = 0 if token.type == "heading_close" else heading
        elif token.type in ("fence", "code_block"):
            blocks.append(TextBlock("code", (Run(token.content.rstrip("\n"), code=True),)))
        elif token.type == "inline" and token.children is not None:
            runs = _runs(token.children, web_addresses=web_addresses)
            kind, level = _kind(open_blocks, heading)
            if runs:
                blocks.append(TextBlock(kind, runs, level))
    return tuple(blocks)


def note_plain_text(markdown: str) -> str:
    """The note's words without Markdown marks, one block a line."""
    return "\n".join(block.text for block in note_blocks(markdown))


def _kind(open_blocks: list[str], heading: int) -> tuple[str, int]:
    if heading:
        return "heading", heading
    if "li" in open_blocks:
        return "item", open_blocks.count("li")
    if "blockquote" in open_blocks:
        return "quote", 0
    return "paragraph", 0


def _runs(children: list[Token], *, web_addresses: bool) -> tuple[Run, ...]:
    runs: list[Run] = []
    style = {"italic": 0, "bold": 0, "strike": 0}
    after_link: list[str] = []  # for each open link, what follows its words

    def add(text: str, *, code: bool = False) -> None:
        if not text:
            return
        flags = {name: depth > 0 for name, depth in style.items()}
        run = Run(text, code=code, **flags)
        last = runs[-1] if runs else None
        if last is not None and (last.italic, last.bold, last.strike, last.code) == (
            run.italic, run.bold, run.strike, run.code,
        ):  # fmt: skip
            runs[-1] = Run(last.text + text, last.italic, last.bold, last.strike, last.code)
        else:
            runs.append(run)

    for child in children:
        name = _STYLES.get(child.tag)
        if name is not None and child.nesting != 0:
            style[name] += child.nesting
        elif child.type == "text":
            add(child.content)
        elif child.type == "code_inline":
            add(child.content, code=True)
        elif child.type == "softbreak":
            add(" ")
        elif child.type == "hardbreak":
            add("\n")
        elif child.type == "image":
            add(child.content or str(child.attrs.get("alt", "")))
        elif child.type == "link_open":
            after_link.append(_after_link(child, web_addresses=web_addresses))
        elif child.type == "link_close":
            add(after_link.pop() if after_link else "")
    return tuple(runs)


def _after_link(token: Token, *, web_addresses: bool) -> str:
    href = str(token.attrs.get("href", ""))
    if not web_addresses or token.markup == "autolink" or in_app_target(href) is not None:
        return ""
    return f" ({href})" if link_scheme(href) in EXTERNAL_SCHEMES else ""
