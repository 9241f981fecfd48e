"""A note or event link in an article's text is never followed, however its id is written."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl

from serge_desktop.ui.shell.main_window import MainWindow


@pytest.mark.parametrize(
    "link", ["note:2147483660", "event:4294967302", "note:²", "event:1", "note:-3", "file:///etc"]
)
def test_a_link_to_a_note_or_an_event_in_the_text_is_refused(window: MainWindow, link: str) -> None:
    # The reader only ever opens web and e-mail links, after asking; links within the library
    # belong to notes (the notes pane parses their ids strictly), never to an article's text.
    before = window.current_article()
    window.reader.anchorClicked.emit(QUrl(link))
    assert window.current_article() == before
    assert "This link is not opened" in window.statusBar().currentMessage()
