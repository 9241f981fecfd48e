from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from serge_desktop.core.note_markdown import note_html
from serge_desktop.ui.shell.main_window import MainWindow


def add_note(window: MainWindow, quote: str, body: str) -> int:
    article = window.current_article()
    assert article is not None
    start = article.body.index(quote)
    note = window.workspace.notes.create_note(
        article_id=article.id, revision_id=article.revision_id, start=start,
        end=start + len(quote), body=body,
    )  # fmt: skip
    window.notes.reload()
    return note.id


def test_markdown_is_written_as_text_and_shown_rendered(window: MainWindow) -> None:
    note_id = add_note(
        window, "he reached Petrograd", "**Petrograd** in *1919*:\n\n- hunger\n- war"
    )
    pane = window.notes
    pane.select_note(note_id)
    pane.tabs.setCurrentWidget(pane.preview)
    html = pane.preview.toHtml()
    assert "font-weight:700" in html or "font-weight:600" in html
    assert pane.preview.toPlainText().startswith("Petrograd in 1919")
    assert "**" not in pane.preview.toPlainText()
    pane.tabs.setCurrentWidget(pane.editor)
    assert pane.editor.toPlainText().startswith("**Petrograd**")


def test_links_lead_to_other_notes_and_to_events(window: MainWindow, qtbot: QtBot) -> None:
    article = window.current_article()
    assert article is not None
    target = add_note(window, "In 1947, exhausted", "The end.")
    event = window.workspace.timeline.list_events(article.id)[0]
    source = add_note(
        window,
        "he reached Petrograd",
        f"See [the end](note:{target}) and [birth](event:{event.id})",
    )
    pane = window.notes
    pane.select_note(source)
    pane.preview.anchorClicked.emit(QUrl(f"note:{target}"))
    assert pane.current_note_id() == target
    pane.preview.anchorClicked.emit(QUrl(f"event:{event.id}"))
    assert window.timeline.view.selected_event_id() == event.id
    # Web links open only after the user agrees: see tests/ui/test_links.py.


def test_copied_links_lead_back_to_the_note_and_the_event(window: MainWindow) -> None:
    target = add_note(window, "In 1947, exhausted", "The end.")
    window.notes.select_note(target)
    window.commands.copy_note_link.trigger()
    note_link = QApplication.clipboard().text()
    assert note_link == f"[In 1947, exhausted](note:{target})"
    article = window.current_article()
    assert article is not None
    event = window.workspace.timeline.list_events(article.id)[0]
    window.timeline.view.select_event(event.id)
    window.timeline.view.event_selected.emit(event.id)
    window.commands.copy_event_link.trigger()
    event_link = QApplication.clipboard().text()
    assert event_link == f"[{event.label}](event:{event.id})"
    source = add_note(window, "he reached Petrograd", f"See {note_link} and {event_link}.")
    pane = window.notes
    pane.select_note(source)
    pane.tabs.setCurrentWidget(pane.preview)
    assert f"note:{target}" in pane.preview.toHtml()


def char_format_at(document: QTextDocument, words: str, text: str) -> QTextCharFormat:
    cursor = QTextCursor(document)
    cursor.setPosition(text.index(words) + 1)
    return cursor.charFormat()


def test_underscores_are_italic_as_in_the_exports(window: MainWindow) -> None:
    # Qt's own Markdown reader underlined _x_ while the exports (markdown-it) made it italic:
    # the Preview renders with the exports' renderer, so a note looks the same everywhere.
    body = "Serge _in exile_ and *in Paris*, with a | table\n\n| a | b |\n|---|---|\n| 1 | 2 |"
    note_id = add_note(window, "he reached Petrograd", body)
    pane = window.notes
    pane.select_note(note_id)
    pane.tabs.setCurrentWidget(pane.preview)
    document = pane.preview.document()
    text = document.toPlainText()
    assert "_" not in text and "*" not in text
    for words in ("in exile", "in Paris"):
        char_format = char_format_at(document, words, text)
        assert char_format.fontItalic(), words
        assert not char_format.fontUnderline(), words
    assert note_html(body).count("<em>") == 2  # what the exports write
    assert "<td>" in note_html(body)  # the table is a table in both
    assert document.toHtml().count("<td") >= 4
    # The notes list shows the same words, without the marks.
    row = window.notes.model.row_of(note_id)
    assert row is not None
    shown = window.notes.model.index(row, 0).data()
    assert "Serge in exile and in Paris" in shown and "_" not in shown
