"""A note's Markdown as safe HTML: one renderer for the Preview, the exports and the Anki cards.

Notes may come from anyone (a class pack, a pasted page), so the HTML refers to nothing outside
the app and runs nothing: HTML typed in a note is shown as the characters typed; an image is
shown only when it is one of the app's own (``qrc:``), any other as its description in brackets;
``note:12`` and ``event:6`` stay links for the app to follow (or, in an export, become links
within the document); web and e-mail links stay links that the app opens only after asking, or,
in an export, become their words with the address after them; any other link (``file:``,
``javascript:``, ``data:``) keeps only its words.

The dialect is CommonMark with GitHub's tables and strike-through; ``_x_`` and ``*x*`` are
emphasis (italic) everywhere.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # markdown-it (60 modules) loads with the first note read, not with the window's start.
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

IN_APP_SCHEMES = frozenset({"note", "event"})
EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})
APP_RESOURCE_SCHEMES = frozenset({"qrc"})
_IN_APP = re.compile(r"^(?P<scheme>note|event):(?P<id>\d+)$", re.IGNORECASE)
_SCHEME = re.compile(r"^(?P<scheme>[a-z][a-z0-9+.-]*):", re.IGNORECASE)
# Prose that CommonMark leaves as plain paragraphs: no character that can open inline markup,
# an entity or a table anywhere, and no line that could start a block (a heading, a quote, a list,
# a rule, a fence or indented code) or end in a hard break. Most notes are such prose, and
# rendering them directly skips the parser: a third of the Python time of exporting 2,000 notes.
_PROSE_LINE = (
    r"[^\x00-\x20\x7f\s\\`*_\[\]!<>&~|#+=\-\d]"  # no block can start with it
    r"[^\x00-\x1f\x7f\\`*_\[\]!<>&~|]*"  # no inline markup, entity or table cell
    r"(?<=\S)"  # and no hard break at its end
)
_PLAIN_PROSE = re.compile(rf"{_PROSE_LINE}(?:\n\n?{_PROSE_LINE})*")


class WebLinks(enum.Enum):
    """What becomes of a web or e-mail link."""

    LINKED = "linked"  # a link, which the app opens only after the user agrees
    AS_TEXT = "as_text"  # its words, then the address in brackets: an export calls no one


# Given ("note" or "event", id), the address a link to it gets, or None for its words only.
InAppLinks = Callable[[str, int], str | None]


def keep_in_app_links(scheme: str, target: int) -> str:
    """The app's own choice: ``note:12`` stays ``note:12`` for the app to follow."""
    return f"{scheme}:{target}"


@cache
def markdown_parser() -> MarkdownIt:
    """The one parser every rendering of a note uses (built once: building it costs more)."""
    from markdown_it import MarkdownIt

    class NoteParser(MarkdownIt):
        """CommonMark that makes every link a token, whatever its address.

        The rules of this module then decide what each link turns into; markdown-it's own check
        would leave a refused link as its raw "[words](javascript:…)" text.
        """

        def validateLink(self, url: str) -> bool:
            return True

    return NoteParser("commonmark", {"html": False}).enable(["table", "strikethrough"])


def link_scheme(href: str) -> str:
    """The scheme of a link's address, lower case; "" for a relative address."""
    match = _SCHEME.match(href.strip())
    return match["scheme"].lower() if match else ""


def in_app_target(href: str) -> tuple[str, int] | None:
    """("note", 12) for ``note:12``; None for anything else (``note:abc`` included)."""
    match = _IN_APP.match(href.strip())
    return (match["scheme"].lower(), int(match["id"])) if match else None


def note_html(
    markdown: str,
    *,
    web_links: WebLinks = WebLinks.LINKED,
    in_app_links: InAppLinks = keep_in_app_links,
) -> str:
    """The note as an HTML fragment, safe to show and to put in a file (see the module's doc)."""
    markdown = markdown.strip()
    if is_plain_prose(markdown):
        return _plain_paragraphs(markdown)
    return parsed_html(markdown, web_links=web_links, in_app_links=in_app_links)


def is_plain_prose(markdown: str) -> bool:
    """Whether the (stripped) note is paragraphs of words the parser would leave as they are."""
    return _PLAIN_PROSE.fullmatch(markdown) is not None


def parsed_html(
    markdown: str,
    *,
    web_links: WebLinks = WebLinks.LINKED,
    in_app_links: InAppLinks = keep_in_app_links,
) -> str:
    """``note_html`` by way of the parser, whatever the text (plain prose too)."""
    parser = markdown_parser()
    tokens = parser.parse(markdown.strip())
    for token in tokens:
        if token.children:
            token.children = _safe_inline(token.children, web_links, in_app_links)
    rendered: str = parser.renderer.render(tokens, parser.options, {})
    return rendered


def _plain_paragraphs(prose: str) -> str:
    """What the parser makes of plain prose: a paragraph per blank-line-separated block."""
    return "".join("<p>" + block.replace('"', "&quot;") + "</p>\n" for block in prose.split("\n\n"))


def _safe_inline(
    children: list[Token], web_links: WebLinks, in_app_links: InAppLinks
) -> list[Token]:
    kept: list[Token] = []
    # For each open link: None when it stays a link, else the text to add after its words.
    closing: list[str | None] = []
    for child in children:
        if child.type == "link_open":
            href = str(child.attrs.get("href", ""))
            target = _link_target(href, web_links, in_app_links)
            if target is not None:
                child.attrs = {"href": target}
                kept.append(child)
                closing.append(None)
            elif web_links is WebLinks.AS_TEXT and link_scheme(href) in EXTERNAL_SCHEMES:
                closing.append("" if child.markup == "autolink" else f" ({href})")
            else:
                closing.append("")
        elif child.type == "link_close":
            after = closing.pop() if closing else None
            if after is None:
                kept.append(child)
            elif after:
                kept.append(_text(after))
        elif child.type == "image":
            kept.append(_image(child))
        else:
            kept.append(child)
    return kept


def _link_target(href: str, web_links: WebLinks, in_app_links: InAppLinks) -> str | None:
    """The address a kept link points at; None when only its words stay."""
    in_app = in_app_target(href)
    if in_app is not None:
        return in_app_links(*in_app)
    if web_links is WebLinks.LINKED and link_scheme(href) in EXTERNAL_SCHEMES:
        return href.strip()
    return None


def _image(token: Token) -> Token:
    source = str(token.attrs.get("src", ""))
    if link_scheme(source) in APP_RESOURCE_SCHEMES:
        return token
    # Never loaded: a file could be on a network share, and the web is never called.
    words = token.content or str(token.attrs.get("alt", "")) or source
    return _text(f"[{words}]")


def _text(content: str) -> Token:
    from markdown_it.token import Token

    return Token("text", "", 0, content=content)
