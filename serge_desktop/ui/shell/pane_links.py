"""How the three panes follow one another: an event or a note shows its passage, and back.

Clicking an event scrolls the article to its evidence; scrolling the article lights up the events
told there; clicking a highlighted passage selects its note; choosing a note shows its passage or
its event; links between notes and events are followed. Part of the window, written against the
same small API as its features.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from serge_desktop.core.errors import SergeError
from serge_desktop.ui.common.error_messages import describe_error
from serge_desktop.ui.window.context import WindowContext


class PaneLinks(QObject):
    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.window())
        self._ctx = ctx

    def connect_panes(self) -> None:
        ctx = self._ctx
        ctx.timeline.event_activated.connect(self.show_event_passage)
        ctx.reader.visible_span_changed.connect(self._on_reader_scrolled)
        ctx.reader.passage_clicked.connect(self._on_passage_clicked)
        ctx.notes.note_activated.connect(self.show_note_passage)
        ctx.notes.note_link_activated.connect(self._follow_note_link)
        ctx.notes.event_link_activated.connect(self._follow_event_link)
        ctx.notes.notes_reloaded.connect(self.update_highlights)
        ctx.notes.highlights_read.connect(self.update_highlights)
        ctx.notes.note_saved.connect(self.update_highlights)
        ctx.notes.current_note_changed.connect(self.update_highlights)

    def update_highlights(self) -> None:
        """The reader shows the notes' highlights, the current note's stronger."""
        notes = self._ctx.notes
        self._ctx.reader.set_notes(notes.highlights(), notes.current_note_id())

    def show_event_passage(self, event_id: int) -> None:
        for event in self._ctx.timeline.events():
            if event.id == event_id and event.is_placed:
                self._ctx.reader.show_span(event.start, event.end, flash=True)
            elif event.id == event_id:
                self._say_passage_missing()

    def show_note_passage(self, note_id: int) -> None:
        note = self._ctx.notes.note(note_id)
        # A note about the whole article has no place to go to.
        if note is not None and note.about == "event" and note.event_id is not None:
            self._ctx.timeline.activate_event(note.event_id)
        elif note is not None and note.about != "article" and note.is_placed:
            self._ctx.reader.show_span(note.start, note.end)
        elif note is not None and note.about != "article":
            self._say_passage_missing()
        self.update_highlights()

    def _on_reader_scrolled(self, top: int, bottom: int) -> None:
        self._ctx.timeline.highlight_events(
            [
                e.id
                for e in self._ctx.timeline.events()
                if e.is_placed and e.start < bottom and e.end > top
            ]
        )

    def _on_passage_clicked(self, offset: int) -> None:
        note = self._ctx.reader.note_at(offset)
        if note is not None:
            self._ctx.notes.select_note(note.id)
            self.update_highlights()

    def _follow_note_link(self, note_id: int) -> None:
        ctx = self._ctx
        try:
            note = ctx.workspace.notes.get_note(note_id)
        except SergeError as error:
            ctx.show_status(describe_error(error), 6000)
            return
        article = next(
            (a for a in ctx.workspace.library.list_articles() if a.id == note.article_id), None
        )
        if article is not None:
            ctx.open_article(article.slug)
            ctx.notes.activate_note(note_id)

    def _follow_event_link(self, event_id: int) -> None:
        if any(event.id == event_id for event in self._ctx.timeline.events()):
            self._ctx.timeline.activate_event(event_id)
        else:
            self._ctx.show_status(self.tr("That event is not in this article."), 6000)

    def _say_passage_missing(self) -> None:
        self._ctx.show_status(
            self.tr("This passage is not in the current version of the article."), 8000
        )
