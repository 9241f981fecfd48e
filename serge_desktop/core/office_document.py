"""What Word and OpenDocument files share: paragraph roles from style names, and the finish.

Both formats say what a paragraph is through its style: "Heading 2", "Title", "Subtitle",
"Quote" or LibreOffice's "Quotations". A style may be based on another, so a custom "Chapter"
style based on "Heading 1" is a heading too. The document's properties give the title, author
and date; the Title paragraph gives way to them, and the Subtitle becomes the standfirst.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from dataclasses import dataclass

from serge_desktop.core.article import ParagraphKind, ParsedArticle, SourceFormat
from serge_desktop.core.article_builder import DraftParagraph, build_article
from serge_desktop.core.text_blocks import collapse
from serge_desktop.core.xml_events import End, Start, Text, XmlEvent, local_name

_HEADING_NAME = re.compile(r"^heading\s*(\d)$")
_QUOTE_NAMES = frozenset({"quote", "quotations", "quotation", "intense quote", "block text"})
_MAX_STYLE_CHAIN = 32  # "based on" chains this long are loops or hostile


class Role(enum.Enum):
    """What a paragraph style makes a paragraph."""

    BODY = "body"
    HEADING = "heading"
    QUOTE = "quote"
    TITLE = "title"
    SUBTITLE = "subtitle"


@dataclass(frozen=True, slots=True)
class StyleRole:
    role: Role
    level: int = 0  # for headings, 1 to 6


def role_of_name(name: str) -> StyleRole | None:
    """The role a style's own name gives it ("Heading 2", "Title"…), or None."""
    key = " ".join(name.replace("_20_", " ").casefold().split())
    heading = _HEADING_NAME.match(key)
    if heading and 1 <= int(heading.group(1)) <= 9:
        return StyleRole(Role.HEADING, min(6, int(heading.group(1))))
    if key in _QUOTE_NAMES:
        return StyleRole(Role.QUOTE)
    if key == "title":
        return StyleRole(Role.TITLE)
    if key == "subtitle":
        return StyleRole(Role.SUBTITLE)
    return None


def resolve_role(
    style: str | None, own_role: Callable[[str], StyleRole | None], parent: Callable[[str], str]
) -> StyleRole:
    """The role of ``style`` or of the nearest style it is based on; BODY if none has one."""
    seen = 0
    while style and seen < _MAX_STYLE_CHAIN:
        found = own_role(style)
        if found is not None:
            return found
        style = parent(style)
        seen += 1
    return StyleRole(Role.BODY)


@dataclass(frozen=True, slots=True)
class OfficeMetadata:
    title: str | None = None
    author: str | None = None
    date: str | None = None  # the first ten characters of an ISO date-time
    language: str | None = None  # dc:language, a BCP 47 tag as the document gives it


def finish_office_document(
    source_format: SourceFormat,
    paragraphs: list[tuple[Role, DraftParagraph]],
    metadata: OfficeMetadata,
) -> ParsedArticle:
    """The article: Title and Subtitle paragraphs become its headline and standfirst."""
    title = metadata.title
    standfirst = None
    drafts: list[DraftParagraph] = []
    for role, draft in paragraphs:
        opening = not drafts  # a Title further down is a heading the author styled oddly
        if role is Role.TITLE and opening and (title is None or _same(title, draft.text)):
            title = draft.text
        elif role is Role.SUBTITLE and opening and standfirst is None:
            standfirst = draft.text
        else:
            drafts.append(draft)
    if title is None:
        title = next((d.text for d in drafts if d.kind is ParagraphKind.HEADING), "")
        if drafts and _same(title, drafts[0].text):
            drafts = drafts[1:]
    return build_article(
        source_format,
        title,
        drafts,
        standfirst=standfirst,
        author=metadata.author,
        published=metadata.date,
        language=metadata.language,
    )


def draft_for(role: StyleRole, marked_text: DraftParagraph) -> DraftParagraph:
    """A paragraph built with body styling, given the kind its style's role says."""
    if role.role is Role.HEADING:
        return DraftParagraph(marked_text.text, kind=ParagraphKind.HEADING, level=role.level)
    if role.role is Role.QUOTE:
        return DraftParagraph(
            marked_text.text, True, ParagraphKind.BLOCK_QUOTE, 0, marked_text.marks
        )
    return marked_text


def element_texts(events: list[XmlEvent]) -> dict[str, str]:
    """The text of each leaf element of a small metadata file, by local name (the first wins)."""
    values: dict[str, str] = {}
    finished: set[str] = set()
    current = ""
    for event in events:
        if isinstance(event, Start):
            current = local_name(event.tag)
        elif isinstance(event, Text) and current and current not in finished:
            values[current] = values.get(current, "") + event.text
        elif isinstance(event, End):
            if current in values:
                finished.add(current)
            current = ""
    return values


def _same(a: str, b: str) -> bool:
    return collapse(a).casefold() == collapse(b).casefold()
