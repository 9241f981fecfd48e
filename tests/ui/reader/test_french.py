"""A French article is set in French typography, and every anchor stays on the stored words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from serge_desktop.core.french_typography import NARROW_NO_BREAK_SPACE
from serge_desktop.services.views import ArticleView
from serge_desktop.ui.features.note_editing import NoteEditing
from serge_desktop.ui.reader.document import ArticleDocument
from serge_desktop.ui.shell.main_window import MainWindow
from tests.ui.note_helpers import feature_of
from tests.ui.reader.reader_helpers import drag_select, open_markdown

FRENCH_ARTICLE = Path(__file__).resolve().parents[2] / "fixtures" / "victor-serge-fr.md"

# Written the way many French texts reach us: no space at all before the high marks.
UNSPACED = """\
# Une lettre d’Orenbourg

Où est Victor Serge? On le cherche depuis des mois: personne ne répond! Sa famille attend.

Le congrès demande sa libération; la presse se tait.
"""


def open_french(window: MainWindow) -> ArticleView:
    outcome = window.workspace.importer.import_file(FRENCH_ARTICLE)
    window.open_article(outcome.article.slug)
    article = window.current_article()
    assert article is not None
    return article


def document(window: MainWindow) -> ArticleDocument:
    doc = window.reader._article_document
    assert doc is not None
    return doc


def shown(doc: ArticleDocument, start: int, end: int) -> str:
    return doc.cursor_for(start, end).selectedText()


def test_narrow_no_break_spaces_replace_spaces_one_for_one(window: MainWindow) -> None:
    article = open_french(window)
    doc = document(window)
    assert doc.french
    body = article.body
    for words in ("faim et froid ; il traduit", "« Le Rétif »", "où est Victor Serge ?"):
        start = body.index(words)
        expected = words.replace(" ;", f"{NARROW_NO_BREAK_SPACE};")
        expected = expected.replace(" ?", f"{NARROW_NO_BREAK_SPACE}?")
        expected = expected.replace("« ", f"«{NARROW_NO_BREAK_SPACE}")
        expected = expected.replace(" »", f"{NARROW_NO_BREAK_SPACE}»")
        assert shown(doc, start, start + len(words)) == expected
    for paragraph in article.paragraphs:  # as many characters as stored, every offset in place
        block = doc.paragraph_block(paragraph.index)
        assert block.length() - 1 == len(paragraph.text)
        for offset in range(paragraph.start, paragraph.end + 1):
            assert doc.to_body(doc.to_document(offset)) == offset


def test_where_the_text_has_no_space_a_narrow_gap_is_drawn(window: MainWindow) -> None:
    article = open_markdown(window, UNSPACED, name="lettre.md")
    doc = document(window)
    assert doc.french
    body = article.body
    for before_mark in ("Serge?", "mois:", "répond!", "libération;"):
        gap = body.index(before_mark) + len(before_mark) - 2  # the letter before the mark
        cursor = QTextCursor(doc.document)
        cursor.setPosition(doc.to_document(gap) + 1)
        char = cursor.charFormat()
        assert char.fontLetterSpacingType() == QFont.SpacingType.AbsoluteSpacing
        assert 1 < char.fontLetterSpacing() < 6, before_mark  # a narrow space's width, in pixels
        cursor.setPosition(doc.to_document(gap))  # the letter before it has no gap
        assert cursor.charFormat().fontLetterSpacing() in (0, 100)
    assert shown(doc, 0, len(body.split("\n")[0])) == body.split("\n")[0]  # same characters
    start = body.index("Serge?")
    assert doc.cursor_for(start, start + 6).selectedText() == "Serge?"


def test_a_note_and_a_copy_take_the_stored_words(window: MainWindow, qtbot: QtBot) -> None:
    article = open_french(window)
    words = "faim et froid ; il traduit"
    start = article.body.index(words)
    window.reader.show_span(start, start)
    drag_select(qtbot, window.reader, start + 1, start + len(words) - 1)  # snapped to words
    assert window.reader.selected_span() == (start, start + len(words))
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == words
    feature_of(window, NoteEditing).add_note()
    [note] = window.notes.model.notes()
    assert (note.start, note.end, note.quote) == (start, start + len(words), words)
    assert NARROW_NO_BREAK_SPACE not in note.quote


def test_find_matches_the_words_as_typed(window: MainWindow, qtbot: QtBot) -> None:
    open_french(window)
    window.commands.find.trigger()
    qtbot.keyClicks(window.find_bar.field, "froid ; il")
    assert window.reader.match_count() == 1
    window.find_bar.field.clear()
    qtbot.keyClicks(window.find_bar.field, "Victor Serge ?")
    assert window.reader.match_count() == 1


def test_an_english_article_keeps_its_spaces(window: MainWindow) -> None:
    article = window.current_article()
    assert article is not None
    doc = document(window)
    assert not doc.french
    for paragraph in article.paragraphs:
        assert doc.paragraph_block(paragraph.index).text() == paragraph.text
