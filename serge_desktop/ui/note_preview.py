"""A note's Markdown, shown rendered; links to other notes and to events are followed in the app.

Signals:
    note_link_activated(int): a link such as ``[see](note:12)`` was clicked.
    event_link_activated(int): a link such as ``[Petrograd](event:6)`` was clicked.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

NOTE_SCHEME = "note"
EVENT_SCHEME = "event"


class NotePreview(QTextBrowser):
    note_link_activated = Signal(int)
    event_link_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Note, rendered"))
        # Links never open by themselves: a note may only point inside the app, and anything
        # else is not followed (the app makes no network connection).
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor_clicked)

    def show_markdown(self, text: str) -> None:
        if text.strip():
            self.setMarkdown(text)
        else:
            self.setHtml(f"<p><i>{self.tr('Nothing written yet.')}</i></p>")

    def _on_anchor_clicked(self, url: QUrl) -> None:
        target = url.path() or url.toString().partition(":")[2]
        if not target.isdigit():
            return
        if url.scheme() == NOTE_SCHEME:
            self.note_link_activated.emit(int(target))
        elif url.scheme() == EVENT_SCHEME:
            self.event_link_activated.emit(int(target))
