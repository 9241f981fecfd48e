"""What the Word builder and the handout's HTML hold, read back by the tools that read them."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.text import WD_COLOR_INDEX
from docx.shared import Pt

from serge_desktop.services.exports.html_export import Picture, html_document
from serge_desktop.services.exports.writers import write_file
from serge_desktop.services.workspace import Workspace
from tests.services.export_helpers import BORN, ELITIST, PARIS, content_for, three_notes
from tests.services.seed_notes import note_on


def test_word_formatting_reads_back_as_python_docx_writes_it(
    workspace: Workspace, tmp_path: Path
) -> None:
    three_notes(workspace)
    note_on(workspace, "Victor Serge", body="First line\n- a list item\n- and\ttabbed")
    note_on(workspace, "Victor Serge", body="Not ~~struck~~ but `code`")
    path = tmp_path / "notes.docx"
    write_file(content_for(workspace, "docx", include_article=True), path)
    document = docx.Document(str(path))
    paragraphs = document.paragraphs
    assert paragraphs[0].style is not None and paragraphs[0].style.name == "Title"
    by_text = {p.text: p for p in paragraphs}
    byline = next(p for p in paragraphs if "Socialist Worker" in p.text)
    assert byline.runs[0].italic is True
    quotes = {p.text: p for p in paragraphs if p.style is not None and p.style.name == "Quote"}
    assert quotes[BORN].runs[0].font.highlight_color == WD_COLOR_INDEX.YELLOW
    assert quotes[PARIS].runs[0].font.highlight_color == WD_COLOR_INDEX.TURQUOISE
    assert quotes[ELITIST].runs[0].font.highlight_color == WD_COLOR_INDEX.PINK
    facts = next(p for p in paragraphs if p.text.startswith("¶ 1 · Tags: life"))
    assert facts.runs[0].font.size == Pt(8)
    # The note goes in as the app renders it (core/note_text): a paragraph, then list items;
    # the tab inside an item reads back as python-docx writes one.
    assert "First line" in by_text
    items = [p.text for p in paragraphs if p.style is not None and p.style.name == "List Bullet"]
    assert items == ["a list item", "and\ttabbed"]
    struck, code = by_text["Not struck but code"].runs[1::2]
    assert (struck.text, struck.font.strike, struck.font.name) == ("struck", True, None)
    assert (code.text, code.font.strike, code.font.name) == ("code", None, "Courier New")
    headings = [p.text for p in paragraphs if p.style is not None and p.style.name == "Heading 1"]
    assert headings == ["The article", "Notes"]
    numbered = next(p for p in paragraphs if p.text.startswith("¶ 1  "))
    assert numbered.runs[0].font.size == Pt(8) and numbered.runs[1].font.size is None
    assert document.element.body[-1].tag.endswith("sectPr")  # the section stays last


def test_the_handout_names_only_the_notes_other_notes_link_to(workspace: Workspace) -> None:
    first, second, third = three_notes(workspace)  # the third links to the first
    content = content_for(workspace, "pdf")
    handout = html_document(content, pictures={"x": Picture("x.png", 10, 10)})
    assert f'id="note-{first.id}"' in handout and f'name="note-{first.id}"' in handout
    assert f"#note-{first.id}" in handout
    for unlinked in (second, third):
        assert f"note-{unlinked.id}" not in handout
    page = html_document(content)  # the HTML file: every note can be linked to
    assert all(f'id="note-{note.id}"' in page for note in (first, second, third))
