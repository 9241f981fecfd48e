"""An export as a Word document (.docx, via the optional python-docx): the handout's content.

Notes are Markdown; Word has no Markdown, so a note's text goes in as its paragraphs, marks and
all (readable as they are), with links to other notes reduced to their words.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

from serge_desktop.services.exports.content import ArticleSection, ExportContent
from serge_desktop.services.exports.note_links import rewrite_note_links
from serge_desktop.services.exports.records import ExportedNote
from serge_desktop.services.timelinejs import display_date, write_atomically

if TYPE_CHECKING:
    from docx.document import Document

    from serge_desktop.services.exports.docx_body import DocxBody

_PAGE_MM = {"A4": (210, 297), "Letter": (215.9, 279.4)}


def docx_available() -> bool:
    return importlib.util.find_spec("docx") is not None


def write_docx(content: ExportContent, path: Path, *, force: bool = False) -> None:
    """Write the document whole or not at all."""
    import docx

    from serge_desktop.services.exports.docx_body import DocxBody

    document = docx.Document()
    _set_page(document, content.options.page_size)
    body = DocxBody(document)
    body.heading(content.title, level=0)
    several = len(content.sections) > 1 or any(
        section.article.headline != content.title for section in content.sections
    )
    exported = {note.note_id for note in content.notes}
    for section in content.sections:
        _section(document, body, section, content, exported, several=several)

    def write(target: Path) -> None:
        document.save(str(target))

    write_atomically(path, write, force=force)


def _set_page(document: Document, page_size: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm

    width, height = _PAGE_MM.get(page_size, _PAGE_MM["A4"])
    page = document.sections[0]
    page.page_width, page.page_height = Mm(width), Mm(height)
    # The page number in the footer: a PAGE field, which Word and LibreOffice fill in.
    footer = page.footer.paragraphs[0]
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    footer._p.append(field)


def _section(
    document: Document,
    body: DocxBody,
    section: ArticleSection,
    content: ExportContent,
    exported: set[int],
    *,
    several: bool,
) -> None:
    article = section.article
    level = 2 if several else 1
    if several:
        body.heading(article.headline, level=1)
    byline = [
        v for v in (article.publication, article.issue, article.author, article.published) if v
    ]
    if byline:
        body.line(" · ".join(byline), italic=True)
    if section.source:
        body.line(f"Source: {section.source}")
    if section.events:
        body.heading("Timeline", level=level)
        # One table per article: python-docx's own call is fine at this rate.
        table = document.add_table(rows=0, cols=2)
        for event in section.events:
            cells = table.add_row().cells
            cells[0].text = display_date(event)
            cells[1].text = event.label
    if content.options.include_article:
        body.heading("The article", level=level)
        if article.standfirst:
            body.line(article.standfirst, bold=True)
        for paragraph in article.paragraphs:
            added = body.paragraph("Quote" if paragraph.is_quotation else None)
            body.text(added, f"¶ {paragraph.index + 1}  ", half_points=16)
            body.text(added, paragraph.text)
    if section.notes:
        body.heading("Notes", level=level)
        for note in section.notes:
            _note(body, note, exported)


def _note(body: DocxBody, note: ExportedNote, exported: set[int]) -> None:
    if note.quote:
        body.line(note.quote, "Quote", highlight=note.color)
    facts = [f"¶ {note.paragraph}"] if note.paragraph is not None else []
    if note.event_label:
        facts.append(f"About: {note.event_label}")
    elif not note.quote:
        facts.append("About the whole article")
    if note.tags:
        facts.append("Tags: " + ", ".join(note.tags))
    if note.author:
        facts.append(f"From: {note.author}")
    if facts:
        body.line(" · ".join(facts), half_points=16)
    text = rewrite_note_links(note.body.strip(), exported, lambda words, _anchor: words)
    for block in (b.strip() for b in text.split("\n\n")):
        if block:
            body.line(block)
