"""An export as a Word document (.docx, via the optional python-docx): the handout's content.

Notes are Markdown; Word has none, so a note goes in as the app renders it (core/note_text.py):
its paragraphs, list items and quotes, with emphasis, bold and code as Word's own styles and no
Markdown marks left; links keep their words (a web link its address after them).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

from serge_desktop.core.note_text import TextBlock, note_blocks
from serge_desktop.services.exports.content import ArticleSection, ExportContent
from serge_desktop.services.exports.index_of_names import index_lines
from serge_desktop.services.exports.records import ExportedNote
from serge_desktop.services.timelinejs import display_date, write_atomically

if TYPE_CHECKING:
    from docx.document import Document
    from docx.text.paragraph import Paragraph

    from serge_desktop.services.exports.docx_body import DocxBody
    from serge_desktop.services.views import TimelineEventView

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
    for section in content.sections:
        _section(document, body, section, content, several=several)
    if content.index:
        body.heading("Index of names", level=1)
        for line in index_lines(content.index, several=several):
            entry = body.paragraph()
            body.text(entry, line.name, bold=True)
            body.text(entry, line.rest)

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
        # One table per article: python-docx's own calls are fine at this rate.
        table = document.add_table(rows=0, cols=3)
        for event in section.events:
            cells = table.add_row().cells
            cells[0].text = display_date(event)
            cells[1].text = event.label
            if event.description:
                cells[1].add_paragraph(event.description).runs[0].font.size = _points(8)
            _category_cell(cells[2].paragraphs[0], event)
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
            _note(body, note)


def _note(body: DocxBody, note: ExportedNote) -> None:
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
    for block in note_blocks(note.body, web_addresses=True):
        _block(body, block)


_BLOCK_STYLES = {"item": "List Bullet", "quote": "Quote"}


def _block(body: DocxBody, block: TextBlock) -> None:
    paragraph = body.paragraph(_BLOCK_STYLES.get(block.kind))
    for part in block.runs:
        body.text(
            paragraph,
            part.text,
            # A heading inside a note stays in the note: bold, not one of the document's
            # headings.
            bold=part.bold or block.kind == "heading",
            italic=part.italic,
            strike=part.strike,
            font="Courier New" if part.code or block.kind == "code" else None,
        )


def _category_cell(paragraph: Paragraph, event: TimelineEventView) -> None:
    """A square in the category's colour, then its name."""
    from docx.shared import RGBColor

    swatch = paragraph.add_run("■ ")
    swatch.font.color.rgb = RGBColor.from_string((event.category_color or "#808080")[1:].upper())
    paragraph.add_run(event.category)


def _points(size: float) -> int:
    from docx.shared import Pt

    return Pt(size)
