"""A Word document (.docx): its paragraphs, their styles, and italic and bold runs.

Read straight from the WordprocessingML in the zip, through the guarded zip and XML readers
(python-docx would open the zip itself, past their limits). A paragraph's style gives its role
(``office_document``); a run is italic or bold by its own properties or its character style.
Deleted tracked changes, field codes, text boxes and drawings are not the text and are skipped.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from serge_desktop.core.article import InlineStyle, ParsedArticle, SourceFormat
from serge_desktop.core.article_builder import DraftParagraph
from serge_desktop.core.document_zip import member_events, open_document_zip
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

DOCUMENT = "word/document.xml"
STYLES = "word/styles.xml"
CORE = "docProps/core.xml"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SKIPPED = frozenset(
    {
        "del", "moveFrom", "instrText", "delInstrText", "txbxContent", "drawing", "pict",
        "object", "Fallback", "footnoteReference", "endnoteReference", "commentReference",
    }
)  # fmt: skip
_OFF = frozenset({"0", "false", "off", "none"})


@dataclass
class _Style:
    name: str = ""
    based_on: str = ""
    outline: int | None = None
    styles: set[InlineStyle] = field(default_factory=set)  # italic, bold set by the style


def is_docx(archive: SafeZip) -> bool:
    return archive.has("[Content_Types].xml") and archive.has(DOCUMENT)


def parse_docx(raw: bytes) -> ParsedArticle:
    with open_document_zip(raw) as archive:
        if not archive.has(DOCUMENT):
            raise DocumentRejectedError(DocumentProblem.DAMAGED, f"no {DOCUMENT}")
        styles = _read_styles(member_events(archive, STYLES)) if archive.has(STYLES) else {}
        body = member_events(archive, DOCUMENT)
        metadata = _metadata(member_events(archive, CORE)) if archive.has(CORE) else None
    return finish_office_document(
        SourceFormat.DOCX, _paragraphs(body, styles), metadata or OfficeMetadata()
    )


def _read_styles(events: list[XmlEvent]) -> dict[str, _Style]:
    styles: dict[str, _Style] = {}
    current: _Style | None = None
    for event in events:
        if not isinstance(event, Start):
            continue
        name = local_name(event.tag)
        value = event.attrs.get(f"{_W}val", "")
        if name == "style":
            current = styles.setdefault(event.attrs.get(f"{_W}styleId", ""), _Style())
        elif current is None:
            continue
        elif name == "name":
            current.name = value
        elif name == "basedOn":
            current.based_on = value
        elif name == "outlineLvl" and value.isdigit():
            current.outline = int(value)
        elif name in ("i", "b") and value not in _OFF:
            current.styles.add(InlineStyle.ITALIC if name == "i" else InlineStyle.BOLD)
    return styles


def _role(style_id: str, outline: int | None, styles: dict[str, _Style]) -> StyleRole:
    if outline is not None and outline < 9:
        return StyleRole(Role.HEADING, min(6, outline + 1))

    def own(key: str) -> StyleRole | None:
        style = styles.get(key)
        if style is None:
            return role_of_name(key)
        found = role_of_name(style.name)
        if found is None and style.outline is not None and style.outline < 9:
            return StyleRole(Role.HEADING, min(6, style.outline + 1))
        return found

    return resolve_role(style_id, own, lambda key: styles.get(key, _Style()).based_on)


def _paragraphs(
    events: list[XmlEvent], styles: dict[str, _Style]
) -> list[tuple[Role, DraftParagraph]]:
    out: list[tuple[Role, DraftParagraph]] = []
    builder = MarkedTextBuilder()
    style_id, outline = "", None
    run_styles: set[InlineStyle] = set()
    skipping = 0
    in_paragraph_properties = in_text = False
    for event in events:
        if isinstance(event, Start):
            name = local_name(event.tag)
            value = event.attrs.get(f"{_W}val", "")
            if skipping or name in _SKIPPED:
                skipping += 1
            elif name == "p":
                builder, style_id, outline = MarkedTextBuilder(), "", None
            elif name == "pPr":
                in_paragraph_properties = True
            elif name == "pStyle":
                style_id = value
            elif name == "outlineLvl" and in_paragraph_properties and value.isdigit():
                outline = int(value)
            elif name == "r":
                run_styles = set()
            elif in_paragraph_properties:
                continue  # the paragraph mark's own run properties style no text
            elif name == "rStyle":
                run_styles |= styles.get(value, _Style()).styles
            elif name in ("i", "b"):
                style = InlineStyle.ITALIC if name == "i" else InlineStyle.BOLD
                (run_styles.discard if value in _OFF else run_styles.add)(style)
            elif name == "t":
                in_text = True
            elif name in ("tab", "br", "cr", "noBreakHyphen"):
                builder.append("-" if name == "noBreakHyphen" else " ", run_styles)
        elif isinstance(event, End):
            name = local_name(event.tag)
            if skipping:
                skipping -= 1
            elif name == "pPr":
                in_paragraph_properties = False
            elif name == "t":
                in_text = False
            elif name == "p" and not builder.is_empty:
                role = _role(style_id, outline, styles)
                out.append((role.role, draft_for(role, DraftParagraph.of(builder.build()))))
        elif isinstance(event, Text) and in_text and not skipping:
            builder.append(event.text, run_styles)
    return out


def _metadata(events: list[XmlEvent]) -> OfficeMetadata:
    values = element_texts(events)
    created = collapse(values.get("created", ""))
    return OfficeMetadata(
        title=collapse(values.get("title", "")) or None,
        author=collapse(values.get("creator", "")) or None,
        date=created[:10] or None,
        language=collapse(values.get("language", "")) or None,
    )
