"""A saved web page: its main text, without navigation, adverts or comments, and its metadata.

The article is found by readability-lxml (the Readability algorithm: score the page's blocks by
their prose and keep the best). Before it looks, the elements that say what they are (a ``nav``,
an ``aside``, ``role="navigation"``, a class naming an advert, comments or related links) are
taken out, so the words of an advert inside the story's own block cannot ride along with it.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html
from readability import Document

from serge_desktop.core.article import ParagraphKind, ParsedArticle, SourceFormat
from serge_desktop.core.article_builder import DraftParagraph, build_article
from serge_desktop.core.errors import DocumentProblem, DocumentRejectedError
from serge_desktop.core.html_blocks import html_drafts
from serge_desktop.core.html_metadata import PageMetadata, page_metadata
from serge_desktop.core.text_blocks import collapse

# Fewer words of prose than this and the page is a list of links, a form or a menu.
MIN_ARTICLE_WORDS = 25
_DROPPED_TAGS = ("nav", "aside", "footer", "form", "header", "menu", "dialog")
_DROPPED_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "dialog", "alert"}
)
# Whole words of a class or id that name something other than the article's text.
_BOILERPLATE_WORDS = frozenset(
    {"ad", "ads", "advert", "adverts", "advertisement", "sponsor", "sponsored", "promo",
     "comment", "comments", "respond", "related", "share", "sharing", "social", "newsletter",
     "cookie", "cookies", "consent", "subscribe", "subscription", "breadcrumb", "breadcrumbs",
     "infobox", "navbox", "toc", "reference", "references", "reflist", "editsection",
     "hatnote", "catlinks", "sidebar", "widget", "popular", "trending", "paywall", "banner",
     "masthead", "byline", "sitesub", "noprint", "jump"}
)  # fmt: skip
_WORDS = re.compile(r"[a-z]+")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_HTML_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)


def parse_html(text: str) -> ParsedArticle:
    """The article in a saved page; NO_ARTICLE_TEXT when it holds no prose to speak of."""
    tree = _parse_tree(text)
    metadata = page_metadata(tree)
    _drop_boilerplate(tree)
    try:
        summary = Document(tree).summary(html_partial=True)
    except ValueError as exc:  # readability's Unparseable: nothing it could score
        raise DocumentRejectedError(DocumentProblem.NO_ARTICLE_TEXT, str(exc)) from exc
    drafts = html_drafts(summary)
    title = metadata.title or _first_heading(drafts) or ""
    drafts = _without_title(drafts, title)
    prose = [d for d in drafts if d.kind is not ParagraphKind.HEADING]
    if sum(len(d.text.split()) for d in prose) < MIN_ARTICLE_WORDS:
        raise DocumentRejectedError(DocumentProblem.NO_ARTICLE_TEXT)
    return build_article(
        SourceFormat.HTML,
        title,
        drafts,
        standfirst=_standfirst(metadata, text, drafts),
        publication=metadata.publication,
        author=metadata.author,
        published=metadata.published,
        source=metadata.source,
        language=metadata.language,
    )


def _parse_tree(text: str) -> lxml_html.HtmlElement:
    # lxml refuses a str that still declares a byte encoding; the text is decoded already.
    text = _XML_DECLARATION.sub("", text, count=1)
    try:
        tree = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise DocumentRejectedError(DocumentProblem.NO_ARTICLE_TEXT, str(exc)) from exc
    return tree


def _drop_boilerplate(tree: lxml_html.HtmlElement) -> None:
    body_words = max(len(tree.text_content().split()), 1)
    doomed = [element for element in tree.iter() if _is_boilerplate(element, body_words)]
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()


def _is_boilerplate(element: lxml_html.HtmlElement, body_words: int) -> bool:
    tag = element.tag
    if not isinstance(tag, str) or tag in ("html", "body", "article", "main"):
        return False
    role = (element.get("role") or "").strip().lower()
    names = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    if not (
        tag in _DROPPED_TAGS
        or role in _DROPPED_ROLES
        or not _BOILERPLATE_WORDS.isdisjoint(_WORDS.findall(names))
    ):
        return False
    # A wrapper named "content-sidebar-wrap" that holds the story is not boilerplate: keep
    # anything that contains the article or most of the page's words.
    if element.find(".//article") is not None or element.find(".//main") is not None:
        return False
    return len(element.text_content().split()) * 2 < body_words


def _first_heading(drafts: list[DraftParagraph]) -> str | None:
    return next((d.text for d in drafts if d.kind is ParagraphKind.HEADING), None)


def _without_title(drafts: list[DraftParagraph], title: str) -> list[DraftParagraph]:
    """The page's own title heading, repeated at the top of its text, is not a paragraph."""
    key = collapse(title).casefold()
    for index, draft in enumerate(drafts[:3]):
        if draft.kind is ParagraphKind.HEADING and collapse(draft.text).casefold() == key:
            return drafts[:index] + drafts[index + 1 :]
    return drafts


def _standfirst(metadata: PageMetadata, page: str, drafts: list[DraftParagraph]) -> str | None:
    """The page's description, when the page itself shows it (a standfirst, not an SEO line)."""
    description = metadata.description
    if not description or description in (d.text for d in drafts):
        return None
    return description if f">{description}<" in collapse(page).replace("> ", ">") else None
