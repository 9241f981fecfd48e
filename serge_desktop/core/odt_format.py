"""An OpenDocument text (.odt): headings, styled paragraphs, and italic and bold spans.

``content.xml`` holds the text and the automatic styles LibreOffice makes for direct
formatting; ``styles.xml`` the named styles ("Heading 1", "Quotations", "Emphasis") they are
based on; ``meta.xml`` the title, author and date. Notes, comments, tracked deletions, tables of
contents and drawings are not the running text and are skipped.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from serge_desktop.core.article import InlineStyle, ParagraphKind, ParsedArticle, SourceFormat
from serge_desktop.core.article_builder import DraftParagraph
from serge_desktop.core.document_zip import member_events, open_document_zip, read_member
from serge_desktop.core.errors import DocumentProblem, DocumentRejectedError
from serge_desktop.core.marked_text import MarkedTextBuilder
from serge_desktop.core.office_document import (
    OfficeMetadata,
    Role,
    StyleRole,
    draft_for,
    element_texts,
    finish_office_document,
    resolve_role,
    role_of_name,
)
from serge_desktop.core.safe_zip import SafeZip
from serge_desktop.core.text_blocks import collapse
from serge_desktop.core.xml_events import End, Start, Text, XmlEvent, local_name

MIMETYPE = b"application/vnd.oasis.opendocument.text"
CONTENT = "content.xml"
STYLES = "styles.xml"
META = "meta.xml"
_STYLE_NS = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_TEXT_NS = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_OFFICE_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}text"
_FO_NS = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
_SKIPPED = frozenset(
    {
        "note", "annotation", "tracked-changes", "frame", "table-of-content",
        "alphabetical-index", "illustration-index", "bibliography", "user-index",
        "object-index", "table-index", "sequence-decls", "forms", "deletion",
    }
)  # fmt: skip
_MAX_SPACES = 1000  # text:s c="…" beyond this is not spacing anyone needs


@dataclass
class _Style:
    display_name: str = ""
    parent: str = ""
    outline: int | None = None
    styles: set[InlineStyle] = field(default_factory=set)


def is_odt(archive: SafeZip) -> bool:
    return archive.has("mimetype") and read_member(archive, "mimetype").strip() == MIMETYPE


def parse_odt(raw: bytes) -> ParsedArticle:
    with open_document_zip(raw) as archive:
        if not archive.has(CONTENT):
            raise DocumentRejectedError(DocumentProblem.DAMAGED, f"no {CONTENT}")
        styles = _read_styles(member_events(archive, STYLES)) if archive.has(STYLES) else {}
        content = member_events(archive, CONTENT)
        styles.update(_read_styles(content))  # automatic styles, in the content itself
        metadata = _metadata(member_events(archive, META)) if archive.has(META) else None
    return finish_office_document(
        SourceFormat.ODT, _paragraphs(content, styles), metadata or OfficeMetadata()
    )


def _read_styles(events: list[XmlEvent]) -> dict[str, _Style]:
    styles: dict[str, _Style] = {}
    current: _Style | None = None
    for event in events:
        if isinstance(event, End) and local_name(event.tag) == "style":
            current = None
        if not isinstance(event, Start):
            continue
        name = local_name(event.tag)
        attrs = event.attrs
        if name == "style":
            level = attrs.get(f"{_STYLE_NS}default-outline-level", "")
            current = styles.setdefault(attrs.get(f"{_STYLE_NS}name", ""), _Style())
            current.display_name = attrs.get(f"{_STYLE_NS}display-name", "")
            current.parent = attrs.get(f"{_STYLE_NS}parent-style-name", "")
            current.outline = int(level) if level.isdigit() else None
        elif name == "text-properties" and current is not None:
            if attrs.get(f"{_FO_NS}font-style", "") in ("italic", "oblique"):
                current.styles.add(InlineStyle.ITALIC)
            if attrs.get(f"{_FO_NS}font-weight", "") in ("bold", "600", "700", "800", "900"):
                current.styles.add(InlineStyle.BOLD)
    return styles


def _text_styles(name: str, styles: dict[str, _Style]) -> set[InlineStyle]:
    """A span style's italic and bold, its own or from the styles it is based on."""
    found: set[InlineStyle] = set()
    for _ in range(32):
        style = styles.get(name)
        if style is None:
            break
        found |= style.styles
        name = style.parent
    return found


def _role(name: str, styles: dict[str, _Style]) -> StyleRole:
    def own(key: str) -> StyleRole | None:
        style = styles.get(key, _Style())
        return role_of_name(style.display_name or key)

    return resolve_role(name, own, lambda key: styles.get(key, _Style()).parent)


def _paragraphs(
    events: list[XmlEvent], styles: dict[str, _Style]
) -> list[tuple[Role, DraftParagraph]]:
    out: list[tuple[Role, DraftParagraph]] = []
    builder = MarkedTextBuilder()
    in_body = False
    skipping = depth = 0
    paragraph: tuple[str, int] | None = None  # style name, heading level (0: a paragraph)
    span_styles: list[set[InlineStyle]] = []
    for event in events:
        if isinstance(event, Start):
            name = local_name(event.tag)
            in_body = in_body or event.tag == _OFFICE_TEXT
            if not in_body:
                continue
            if skipping or name in _SKIPPED:
                skipping += 1
            elif name in ("p", "h") and event.tag.startswith(_TEXT_NS) and paragraph is None:
                paragraph = _paragraph_start(name, event.attrs)
                builder, depth = MarkedTextBuilder(), 0
            elif name == "span" and paragraph is not None:
                span_style = event.attrs.get(f"{_TEXT_NS}style-name", "")
                span_styles.append(_text_styles(span_style, styles))
            elif name == "s" and paragraph is not None:
                count = event.attrs.get(f"{_TEXT_NS}c", "1")
                builder.append(" " * min(int(count) if count.isdigit() else 1, _MAX_SPACES))
            elif name in ("tab", "line-break") and paragraph is not None:
                builder.append(" ")
            if paragraph is not None and name in ("p", "h"):
                depth += 1
        elif isinstance(event, End) and in_body:
            name = local_name(event.tag)
            if skipping:
                skipping -= 1
            elif name == "span" and span_styles:
                span_styles.pop()
            elif name in ("p", "h") and paragraph is not None:
                depth -= 1
                if depth == 0:
                    _finish(out, builder, paragraph, styles)
                    paragraph = None
        elif isinstance(event, Text) and paragraph is not None and not skipping:
            builder.append(event.text, set().union(*span_styles) if span_styles else ())
    return out


def _paragraph_start(name: str, attrs: dict[str, str]) -> tuple[str, int]:
    """A paragraph's style name, and its level if it is a heading (``text:h``), else 0."""
    level = attrs.get(f"{_TEXT_NS}outline-level", "1")
    heading_level = (int(level) if level.isdigit() else 1) if name == "h" else 0
    return attrs.get(f"{_TEXT_NS}style-name", ""), heading_level


def _finish(
    out: list[tuple[Role, DraftParagraph]],
    builder: MarkedTextBuilder,
    paragraph: tuple[str, int],
    styles: dict[str, _Style],
) -> None:
    if builder.is_empty:
        return
    style, level = paragraph
    marked = DraftParagraph.of(builder.build())
    if level:
        heading = DraftParagraph(marked.text, kind=ParagraphKind.HEADING, level=min(6, level))
        out.append((Role.HEADING, heading))
        return
    role = _role(style, styles)
    out.append((role.role, draft_for(role, marked)))


def _metadata(events: list[XmlEvent]) -> OfficeMetadata:
    values = element_texts(events)
    date = collapse(values.get("creation-date", "") or values.get("date", ""))
    return OfficeMetadata(
        title=collapse(values.get("title", "")) or None,
        author=collapse(values.get("initial-creator", "") or values.get("creator", "")) or None,
        date=date[:10] or None,
        language=collapse(values.get("language", "")) or None,
    )
