"""The notes pane's part for other authors' layers: listing, showing read-only, copying."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QLabel, QListView, QPlainTextEdit, QTabWidget, QToolButton

from serge_desktop.core.errors import SergeError
from serge_desktop.services.layers import LayersService
from serge_desktop.services.views import NoteView
from serge_desktop.ui.common.error_messages import describe_error

if TYPE_CHECKING:
    from serge_desktop.ui.notes.filter_bar import NotesFilterBar
    from serge_desktop.ui.notes.layer_section import LayerNotesSection
    from serge_desktop.ui.notes.preview import NotePreview
    from serge_desktop.ui.notes.tags_field import TagsField


class LayerNotesMixin:
    """What NotesPane adds for layers; the pane builds the widgets these methods use."""

    # Set up by NotesPane.__init__, declared for the type checker.
    _layers: LayersService | None
    _article_id: int | None
    _editing_id: int | None
    _loading: bool
    layer_section: LayerNotesSection
    filter_bar: NotesFilterBar
    list: QListView
    editor: QPlainTextEdit
    tags_field: TagsField
    delete_button: QToolButton
    attach_button: QToolButton
    copy_button: QToolButton
    save_state: QLabel
    tabs: QTabWidget
    preview: NotePreview
    copy_requested: SignalInstance

    if TYPE_CHECKING:
        # Provided by NotesPane, which this mixin is part of; declared for the type checker.
        def flush(self) -> bool: ...

        def current_note_id(self) -> int | None: ...

    def set_layers_service(self, layers: LayersService) -> None:
        """Show other authors' notes (class packs) in a section of their own."""
        self._layers = layers
        self._reload_layers()

    def _reload_layers(self) -> None:
        if self._layers is None:
            return
        shown: dict[str, bool] = {}
        for layer in self._layers.list_layers():
            shown[layer.author] = shown.get(layer.author, False) or layer.is_visible
        self.filter_bar.set_layers(sorted(shown.items(), key=lambda item: item[0].casefold()))
        self.layer_section.set_hidden_authors(self.filter_bar.hidden_authors())
        article = self._article_id
        notes = self._layers.layer_notes(article, visible_only=False) if article else []
        self.layer_section.set_notes(notes)
        layer_note = self.current_layer_note()
        if self.current_note_id() is None and layer_note is not None:
            self._on_layer_note_selected(layer_note)  # still current: show it again

    def _on_layer_toggled(self, author: str, visible: bool) -> None:
        if self._layers is not None:
            try:
                self._layers.set_author_visible(author, visible)  # remembered in the library
            except SergeError as error:
                self.save_state.setText(describe_error(error))
        self.layer_section.set_hidden_authors(self.filter_bar.hidden_authors())

    def current_layer_note(self) -> NoteView | None:
        return self.layer_section.current_note()

    def _on_layer_note_selected(self, note: NoteView | None) -> None:
        if note is None:
            self.copy_button.hide()
            return
        if not self.flush():
            return
        self.list.selectionModel().clear()  # one current note at a time, in either list
        self._loading = True
        self._editing_id = None  # nothing to save: the editor is read-only for this note
        self.editor.setPlainText(note.body)
        self.editor.setReadOnly(True)
        self.editor.setEnabled(True)
        self.tags_field.show_tags(note.tags)
        self.tags_field.setEnabled(False)
        self.delete_button.setEnabled(False)
        self.attach_button.hide()
        self.copy_button.show()
        self.save_state.setText(
            QCoreApplication.translate("NotesPane", "%1's note: read-only").replace(
                "%1", note.author or ""
            )
        )
        if self.tabs.currentWidget() is self.preview:
            self.preview.show_markdown(note.body)
        self._loading = False

    def _request_copy(self) -> None:
        note = self.current_layer_note()
        if note is not None:
            self.copy_requested.emit(note.id)
