from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

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
