"""Headings, quotations and emphasis are typeset, and notes still anchor to the right words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from serge_desktop.core.article import ParagraphKind
from serge_desktop.ui.features.note_editing import NoteEditing
from serge_desktop.ui.reader.document import ArticleDocument
from serge_desktop.ui.reader.title_block import issue_number
from serge_desktop.ui.shell.main_window import MainWindow
from tests.ui.note_helpers import feature_of
from tests.ui.reader.reader_helpers import STRUCTURED, drag_select, open_markdown


def char_at(doc: ArticleDocument, offset: int) -> QTextCursor:
    """A cursor just after the character at body ``offset`` (its format is that character's)."""
    cursor = QTextCursor(doc.document)
    cursor.setPosition(doc.to_document(offset) + 1)
    return cursor


def test_headings_quotations_and_emphasis_are_typeset(window: MainWindow) -> None:
    article = open_markdown(window, STRUCTURED)
    doc = window.reader._article_document
    assert doc is not None
    body_size = doc.document.defaultFont().pointSizeF()
    kinds = {p.kind for p in article.paragraphs}
    assert kinds == {ParagraphKind.PARAGRAPH, ParagraphKind.HEADING, ParagraphKind.BLOCK_QUOTE}
    sizes = {}
    for paragraph in article.paragraphs:
        block = doc.paragraph_block(paragraph.index)
        font = char_at(doc, paragraph.start).charFormat().font()
        if paragraph.kind is ParagraphKind.HEADING:
            assert block.blockFormat().headingLevel() == paragraph.level
            assert font.weight() == QFont.Weight.Bold
            assert block.blockFormat().topMargin() > block.blockFormat().bottomMargin()
            sizes[paragraph.level] = font.pointSizeF()
        elif paragraph.kind is ParagraphKind.BLOCK_QUOTE:
            assert block.blockFormat().leftMargin() > 0
        else:
            assert font.pointSizeF() == body_size
            assert block.blockFormat().leftMargin() == 0
    assert sizes[2] > sizes[3] > body_size  # a section above a subsection above the text
    body = article.body
    for word, italic, bold in (
        ("unguarded", True, False),
        ("quicker", False, True),
        ("l’anarchie", True, False),
        ("quick", False, False),
    ):
        start = body.index(word)
        for offset in (start, start + len(word) - 1):
            font = char_at(doc, offset).charFormat().font()
            assert (font.italic(), font.weight() == QFont.Weight.Bold) == (italic, bold), word
    after = body.index("unguarded") + len("unguarded")
    assert not char_at(doc, after).charFormat().font().italic()  # the comma after is upright


def test_a_note_on_an_italic_word_anchors_to_its_body_offsets(
    window: MainWindow, qtbot: QtBot
) -> None:
    article = open_markdown(window, STRUCTURED)
    start = article.body.index("unguarded")
    drag_select(qtbot, window.reader, start, start + len("unguarded"))
    assert window.reader.selected_span() == (start, start + len("unguarded"))
    feature_of(window, NoteEditing).add_note()
    [note] = window.notes.model.notes()
    assert (note.start, note.end, note.quote) == (start, start + len("unguarded"), "unguarded")


def test_headings_do_not_shift_anchors(window: MainWindow, qtbot: QtBot) -> None:
    article = open_markdown(window, STRUCTURED)
    doc = window.reader._article_document
    assert doc is not None
    # Every word after each heading maps to itself both ways, and a drag selects its words.
    for paragraph in article.paragraphs:
        for offset in range(paragraph.start, paragraph.end + 1):
            assert doc.to_body(doc.to_document(offset)) == offset
        words = paragraph.text.split()[-2:]
        last = " ".join(words)
        start = paragraph.start + paragraph.text.rindex(last)
        selected = doc.cursor_for(start, start + len(last)).selectedText()
        assert selected == last
    start = article.body.index("November 1947")
    window.reader.show_span(start, start)
    drag_select(qtbot, window.reader, start, start + len("November 1947"))
    assert window.reader.selected_span() == (start, start + len("November 1947"))


def test_the_header_names_the_series_and_its_part(window: MainWindow) -> None:
    article = window.current_article()
    assert article is not None
    assert (article.series, article.part) == ("The socialists who opposed Stalin", 2)
    doc = window.reader._article_document
    assert doc is not None
    title_block = doc.document.toPlainText()[: doc.first_body_position()]
    assert "The socialists who opposed Stalin, part 2" in title_block
    assert "Issue 1929" in title_block  # the paper's "No." said once, by the label


def test_the_markdown_subtitle_is_the_standfirst(window: MainWindow) -> None:
    article = open_markdown(window, STRUCTURED)
    assert article.standfirst == "How Victor Serge's correspondence outlived the censor"
    doc = window.reader._article_document
    assert doc is not None
    block = doc.document.findBlockByNumber(1)  # under the headline
    assert block.text() == article.standfirst
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
    assert cursor.charFormat().fontItalic()
    assert article.body.startswith("Orenburg")


def test_a_drag_over_a_heading_and_its_text_keeps_both(window: MainWindow, qtbot: QtBot) -> None:
    article = open_markdown(window, STRUCTURED)
    start = article.body.index("The last letters")
    end = article.body.index(" in Mexico")
    window.reader.show_span(start, end)
    drag_select(qtbot, window.reader, start, end)
    span = window.reader.selected_span()
    assert span == (start, end)
    assert article.body[start:end] == "The last letters\n\nHe died"
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "The last letters\n\nHe died"


def test_an_issue_number_is_said_once_in_any_language() -> None:
    assert issue_number("No. 1929") == "1929"
    assert issue_number("nº 12") == "12"
    assert issue_number("#7") == "7"
    assert issue_number("Spring 1936") == "Spring 1936"
    assert issue_number("No.") == "No."
