"""Every file format written, then read back by a reader of that format."""

from __future__ import annotations

import csv
import html.parser
import sqlite3
import zipfile
from pathlib import Path

import docx
from markdown_it import MarkdownIt

from serge_desktop.services.exports.anki_export import cloze_text, write_anki
from serge_desktop.services.exports.csv_export import COLUMNS
from serge_desktop.services.exports.writers import write_file
from serge_desktop.services.workspace import Workspace
from tests.services.export_helpers import BORN, ELITIST, PARIS, content_for, three_notes


def test_markdown_has_block_quotes_paragraphs_tags_and_note_links(
    workspace: Workspace, tmp_path: Path
) -> None:
    first, _, third = three_notes(workspace)
    path = tmp_path / "notes.md"
    write_file(content_for(workspace, "markdown"), path)
    text = path.read_text(encoding="utf-8")
    tokens = MarkdownIt("commonmark").parse(text)
    quoted = [
        tokens[i + 2].content
        for i, token in enumerate(tokens)
        if token.type == "blockquote_open" and tokens[i + 2].type == "inline"
    ]
    assert quoted == [BORN, PARIS, ELITIST]
    inline = [child for token in tokens if token.children for child in token.children]
    hrefs = [child.attrs["href"] for child in inline if child.type == "link_open"]
    assert hrefs[0] == f"#note-{first.id}"
    anchors = [child.content for child in inline if child.type == "html_inline"]
    assert f'<a id="note-{first.id}">' in anchors
    assert "¶ 1 · Highlight: yellow · Tags: life" in text
    assert "¶ 1 · Highlight: blue · Tags: Exile, press" in text
    assert f"note:{third.id}" not in text and f"note:{first.id}" not in text


def test_markdown_escapes_quoted_words(workspace: Workspace, tmp_path: Path) -> None:
    from serge_desktop.services.exports.markdown_export import escape

    rendered = MarkdownIt("commonmark").render(escape("# not a *heading* <b>\n1. nor a list"))
    assert "<h1>" not in rendered and "<em>" not in rendered and "<ol>" not in rendered
    assert "&lt;b&gt;" in rendered


class _Resources(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.references: list[tuple[str, str, str]] = []
        self.ids: set[str] = set()
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("src", "href", "srcset", "poster", "data") and value is not None:
                self.references.append((tag, name, value))
            if name == "id" and value:
                self.ids.add(value)
        if tag in ("link", "script", "iframe", "object", "embed"):
            self.references.append((tag, "", ""))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_is_self_contained_and_links_only_inside_itself(
    workspace: Workspace, tmp_path: Path
) -> None:
    first, *_ = three_notes(workspace)
    path = tmp_path / "notes.html"
    write_file(content_for(workspace, "html", include_timeline=True, include_article=True), path)
    parser = _Resources()
    parser.feed(path.read_text(encoding="utf-8"))
    # No resource at all; the only links are to notes in the same file.
    assert all(name == "href" and value.startswith("#") for _, name, value in parser.references)
    assert [value for _, _, value in parser.references] == [f"#note-{first.id}"]
    assert f"note-{first.id}" in parser.ids
    text = "".join(parser.text)
    for quote in (BORN, PARIS, ELITIST):
        assert quote in text
    assert "http://example.org/x" in text  # the web address is kept, as words
    assert "Born in Brussels" in text  # the timeline, as a table
    assert "<style>" in path.read_text(encoding="utf-8")


def test_csv_round_trips_through_the_csv_module(workspace: Workspace, tmp_path: Path) -> None:
    three_notes(workspace)
    path = tmp_path / "notes.csv"
    write_file(content_for(workspace, "csv"), path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert tuple(rows[0]) == COLUMNS
    assert [row["quote"] for row in rows] == [BORN, PARIS, ELITIST]
    assert [row["paragraph"] for row in rows] == ["1", "1", "2"]
    assert rows[1]["tags"] == "Exile; press"
    assert rows[0]["colour"] == "yellow" and rows[0]["note"] == "Where it *starts*."
    assert rows[0]["article"] == "He found the seeds of hope in Russia"
    assert rows[0]["author"] == ""
    assert len(rows[0]["created"]) == len("2024-05-01 09:30:00")


def test_csv_defuses_cells_that_look_like_formulas(workspace: Workspace, tmp_path: Path) -> None:
    from serge_desktop.services.exports.csv_export import safe_cell

    assert safe_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert safe_cell("-2+3") == "'-2+3"
    assert safe_cell("- a list item") == "- a list item"
    assert safe_cell("plain") == "plain"


def test_docx_reads_back_with_python_docx(workspace: Workspace, tmp_path: Path) -> None:
    three_notes(workspace)
    path = tmp_path / "notes.docx"
    content = content_for(workspace, "docx", include_timeline=True, page_size="Letter")
    write_file(content, path)
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    for quote in (BORN, PARIS, ELITIST):
        assert quote in texts
    born = document.tables[0].rows[0].cells
    assert [p.text for p in born[1].paragraphs] == [
        "Born in Brussels",
        "Born Victor Lvovich Kibalchich on 30 December 1890, to Russian exiles.",
    ]
    assert born[2].text == "■ life"  # the category, after a square in its colour
    assert str(born[2].paragraphs[0].runs[0].font.color.rgb) == "0072B2"
    width = document.sections[0].page_width
    assert width is not None and round(width.inches, 1) == 8.5
    footer = document.sections[0].footer.paragraphs[0]._p.xml
    assert 'w:instr="PAGE"' in footer


def _anki_notes(path: Path, tmp_path: Path) -> list[tuple[str, str]]:
    with zipfile.ZipFile(path) as package:
        package.extract("collection.anki2", tmp_path / "unpacked")
    connection = sqlite3.connect(tmp_path / "unpacked" / "collection.anki2")
    try:
        return sorted(connection.execute("SELECT guid, flds FROM notes").fetchall())
    finally:
        connection.close()


def test_anki_deck_has_cloze_and_when_cards_with_stable_ids(
    workspace: Workspace, tmp_path: Path
) -> None:
    three_notes(workspace)
    content = content_for(workspace, "anki", include_timeline=True)
    first, second = tmp_path / "one.apkg", tmp_path / "two.apkg"
    assert write_anki(content, first) == 3 + len(content.events)
    write_anki(content_for(workspace, "anki", include_timeline=True), second)
    notes = _anki_notes(first, tmp_path)
    assert len(notes) == 3 + len(content.events) == 3 + 23
    assert [guid for guid, _ in notes] == [guid for guid, _ in _anki_notes(second, tmp_path)]
    fields = "\n".join(flds for _, flds in notes)
    assert "{{c1::he edited an anarchist paper}}" in fields
    assert "When: Born in Brussels?" in fields


def test_cloze_hides_the_passage_in_its_sentence() -> None:
    text = "He was born. In 1908 he went to Paris, where he edited a paper. Then more."
    paris = text.index("Paris")
    assert cloze_text(text, paris, paris + 5) == (
        "In 1908 he went to {{c1::Paris}}, where he edited a paper."
    )
    # A whole sentence hidden gets the sentence before it as its cue.
    start, end = text.index("In 1908"), text.index("Then") - 1
    assert cloze_text(text, start, end).startswith("He was born. {{c1::In 1908")


def test_docx_notes_are_rendered_not_marked_up(workspace: Workspace, tmp_path: Path) -> None:
    # Word has no Markdown: the note goes in as the app renders it, emphasis as italic.
    three_notes(workspace)
    path = tmp_path / "notes.docx"
    write_file(content_for(workspace, "docx"), path)
    paragraphs = docx.Document(str(path)).paragraphs
    [starts] = [p for p in paragraphs if p.text == "Where it starts."]
    assert [(run.text, bool(run.italic)) for run in starts.runs] == [
        ("Where it ", False), ("starts", True), (".", False),
    ]  # fmt: skip
    [third] = [p for p in paragraphs if p.text.startswith("Compare")]
    assert (
        third.text == "Compare his birth; see a site (http://example.org/x) and a picture. =SUM(A1)"
    )
    assert not [p.text for p in paragraphs if "](" in p.text or "*" in p.text]
