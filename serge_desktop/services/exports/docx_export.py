"""An export as a Word document (.docx, via the optional python-docx): the handout's content.

Notes are Markdown; Word has no Markdown, so a note's text goes in as its paragraphs, marks and
all (readable as they are), with links to other notes reduced to their words.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

from serge_desktop.services.exports.content import ArticleSection, ExportContent
from serge_desktop.services.exports.index_of_names import index_lines
from serge_desktop.services.exports.note_links import rewrite_note_links
from serge_desktop.services.exports.records import ExportedNote
from serge_desktop.services.timelinejs import display_date, write_atomically

if TYPE_CHECKING:
    from docx.document import Document

# Word's own highlight colours closest to ours.
_HIGHLIGHTS = {"yellow": "YELLOW", "green": "BRIGHT_GREEN", "blue": "TURQUOISE", "pink": "PINK"}
_PAGE_MM = {"A4": (210, 297), "Letter": (215.9, 279.4)}


def docx_available() -> bool:
    return importlib.util.find_spec("docx") is not None


def write_docx(content: ExportContent, path: Path, *, force: bool = False) -> None:
    """Write the document whole or not at all."""
    import docx

    document = docx.Document()
    _set_page(document, content.options.page_size)
    document.add_heading(content.title, level=0)
    several = len(content.sections) > 1 or any(
        section.article.headline != content.title for section in content.sections
    )
    for section in content.sections:
        _section(document, section, content, several=several)
    if content.index:
        document.add_heading("Index of names", level=1)
        for line in index_lines(content.index, several=several):
            entry = document.add_paragraph()
            entry.add_run(line.name).bold = True
            entry.add_run(line.rest)

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
    document: Document, section: ArticleSection, content: ExportContent, *, several: bool
) -> None:
    article = section.article
    level = 2 if several else 1
    if several:
        document.add_heading(article.headline, level=1)
    byline = [
        v for v in (article.publication, article.issue, article.author, article.published) if v
    ]
    if byline:
        document.add_paragraph(" · ".join(byline)).runs[0].italic = True
    if section.source:
        document.add_paragraph(f"Source: {section.source}")
    if section.events:
        document.add_heading("Timeline", level=level)
        table = document.add_table(rows=0, cols=2)
        for event in section.events:
            cells = table.add_row().cells
            cells[0].text = display_date(event)
            cells[1].text = event.label
    if content.options.include_article:
        document.add_heading("The article", level=level)
        if article.standfirst:
            document.add_paragraph().add_run(article.standfirst).bold = True
        for paragraph in article.paragraphs:
            style = "Quote" if paragraph.is_quotation else None
            added = document.add_paragraph(style=style)
            added.add_run(f"¶ {paragraph.index + 1}  ").font.size = _points(8)
            added.add_run(paragraph.text)
    if section.notes:
        document.add_heading("Notes", level=level)
        exported = {note.note_id for note in content.notes}
        for note in section.notes:
            _note(document, note, exported)


def _note(document: Document, note: ExportedNote, exported: set[int]) -> None:
    from docx.enum.text import WD_COLOR_INDEX

    if note.quote:
        quote = document.add_paragraph(style="Quote").add_run(note.quote)
        highlight = _HIGHLIGHTS.get(note.color or "")
        if highlight is not None:
            quote.font.highlight_color = getattr(WD_COLOR_INDEX, highlight)
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
        document.add_paragraph(" · ".join(facts)).runs[0].font.size = _points(8)
    text = rewrite_note_links(note.body.strip(), exported, lambda words, _anchor: words)
    for block in (b.strip() for b in text.split("\n\n")):
        if block:
            document.add_paragraph(block)


def _points(size: float) -> int:
    from docx.shared import Pt

    return Pt(size)
