"""Other authors' notes in the notes pane (class packs): listed apart, shown read-only, copied.

A part the notes pane is composed of, not a mixin: it owns the layers' section and answers the
filter bar's Layers menu and the Copy to My Notes button; the pane shows a layer note
read-only when this part asks it to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from serge_desktop.core.errors import SergeError
from serge_desktop.services.layers import LayersService
from serge_desktop.services.views import NoteView
from serge_desktop.ui.common.error_messages import describe_error
from serge_desktop.ui.notes.layer_section import LayerNotesSection

if TYPE_CHECKING:
    from serge_desktop.ui.notes.pane import NotesPane


class LayerNotes(QObject):
    def __init__(self, pane: NotesPane, layers: LayersService) -> None:
        super().__init__(pane)
        self._pane = pane
        self._layers = layers
        self.section = LayerNotesSection(pane)
        self.section.note_selected.connect(self._on_selected)
        self.section.note_activated.connect(pane.layer_note_activated)
        pane.filter_bar.layer_toggled.connect(self._on_toggled)

    def reload(self, article_id: int | None) -> None:
        """Read the authors and the article's layer notes again, keeping the current one shown."""
        shown: dict[str, bool] = {}
        for layer in self._layers.list_layers():
            shown[layer.author] = shown.get(layer.author, False) or layer.is_visible
        bar = self._pane.filter_bar
        bar.set_layers(sorted(shown.items(), key=lambda item: item[0].casefold()))
        self.section.set_hidden_authors(bar.hidden_authors())
        notes = self._layers.layer_notes(article_id, visible_only=False) if article_id else []
        self.section.set_notes(notes)
        current = self.current_note()
        if self._pane.current_note_id() is None and current is not None:
            self._pane.show_read_only(current)  # still current: show it again

    def current_note(self) -> NoteView | None:
        return self.section.current_note()

    def _on_toggled(self, author: str, visible: bool) -> None:
        try:
            self._layers.set_author_visible(author, visible)  # remembered in the library
        except SergeError as error:
            self._pane.save_state.setText(describe_error(error))
        self.section.set_hidden_authors(self._pane.filter_bar.hidden_authors())

    def _on_selected(self, note: NoteView | None) -> None:
        if note is None:
            self._pane.copy_button.hide()
        else:
            self._pane.show_read_only(note)

    def request_copy(self) -> None:
        """Copy to My Notes: ask for the current layer note to be copied into the reader's own."""
        note = self.current_note()
        if note is not None:
            self._pane.copy_requested.emit(note.id)
