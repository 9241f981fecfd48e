"""A note's Markdown as an HTML fragment that refers to nothing outside the document.

Links to other exported notes become in-document links; links to the web keep their words with
the address after them as text, and images their description: an exported file must open the
same with no network, and must not call out to anyone when opened. markdown-it-py renders the
CommonMark; raw HTML in a note is shown as text, never passed through.
"""

from __future__ import annotations

import threading
from collections.abc import Collection

from markdown_it import MarkdownIt
from markdown_it.token import Token

from serge_desktop.services.exports.note_links import rewrite_note_links

_local = threading.local()


def note_html(markdown: str, exported: Collection[int]) -> str:
    """The note as HTML; ``exported`` are the ids of the notes that have an anchor."""
    text = rewrite_note_links(markdown.strip(), exported)
    parser = _parser()
    tokens = parser.parse(text)
    for token in tokens:
        if token.children:
            token.children = _offline(token.children)
    rendered: str = parser.renderer.render(tokens, parser.options, {})
    return rendered


def _parser() -> MarkdownIt:
    # Making a parser sets up all its rules (about a millisecond): one per thread (exports run
    # on a worker) serves every note, instead of one per note.
    parser: MarkdownIt | None = getattr(_local, "parser", None)
    if parser is None:
        parser = _local.parser = MarkdownIt("commonmark", {"html": False})
    return parser


def _offline(children: list[Token]) -> list[Token]:
    kept: list[Token] = []
    closing: list[str | None] = []  # for each open link: the address to add after its words
    for child in children:
        if child.type == "link_open":
            href = str(child.attrs.get("href", ""))
            if href.startswith("#"):
                kept.append(child)
                closing.append(None)
            else:
                closing.append(href)
        elif child.type == "link_close":
            address = closing.pop() if closing else None
            if address is None:
                kept.append(child)
            else:
                kept.append(Token("text", "", 0, content=f" ({address})"))
        elif child.type == "image":
            words = child.content or str(child.attrs.get("alt", ""))
            kept.append(Token("text", "", 0, content=f"[{words or 'image'}]"))
        else:
            kept.append(child)
    return kept
