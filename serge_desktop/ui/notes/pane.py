"""The notes pane: the open article's notes in text order above an editor that saves itself.

Signals:
    note_activated(int): the reader should show this note's passage.
    delete_requested(int): the user asked to delete this note (the window makes it undoable).
    note_saved(int): a note's text was written to the database.
    text_saved(int, str, str): the same, with the text before and after (for the undo stack).
    copy_requested(int): the reader asked to copy another author's note into their own.
    layer_note_activated(object): a layer note (a NoteView) was clicked: show its passage.
    note_link_activated(int), event_link_activated(int): a link in a note's preview was followed.
    notes_reloaded(): the notes were read again from the library.
    highlights_read(): a switch read the article's highlights; its notes come next (set_article).
    current_note_changed(): another note (or none) is now the current one.
"""

from __future__ import annotations

import builtins
import contextlib
from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QToolButton,
    QWidget,
)

from serge_desktop.core.errors import SergeError
from serge_desktop.services.changes import Changes
from serge_desktop.services.layers import LayersService
from serge_desktop.services.notes import NotesService
from serge_desktop.services.tags import TagsService
from serge_desktop.services.views import HighlightView, NoteView
from serge_desktop.ui.notes.delegate import notes_list_view
from serge_desktop.ui.notes.filter_bar import NotesFilterBar
from serge_desktop.ui.notes.filter_proxy import NotesFilterProxy
from serge_desktop.ui.notes.layer_section import LayerNotesSection
from serge_desktop.ui.notes.layers import LayerNotes
from serge_desktop.ui.notes.list_later import ListLater
from serge_desktop.ui.notes.model import NotesListModel
from serge_desktop.ui.notes.note_editor import NoteEditor
from serge_desktop.ui.notes.pane_layout import lay_out
from serge_desktop.ui.notes.preview import NotePreview
from serge_desktop.ui.notes.saving import NoteSaving
from serge_desktop.ui.notes.tags_field import TagsField
from serge_desktop.ui.notes.writing import NoteWriting


class NotesPane(QWidget):
    note_activated = Signal(int)
    delete_requested = Signal(int)
    note_saved = Signal(int)
    text_saved = Signal(int, str, str)  # note id, text before, text after: for undo
    tags_edited = Signal(int, list)
    attach_requested = Signal(int)
    copy_requested = Signal(int)
    layer_note_activated = Signal(object)
    note_link_activated = Signal(object)  # an id: object, as SQLite's may pass a C++ int's range
    event_link_activated = Signal(object)
    notes_reloaded = Signal()
    highlights_read = Signal()
    current_note_changed = Signal()

    def __init__(
        self,
        notes: NotesService,
        tags: TagsService,
        layers: LayersService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Notes"))
        self._notes = notes
        self._tags = tags
        self._library_read_only = False  # a library opened read-only: notes shown, not edited
        self._article_id: int | None = None
        self._later = ListLater(self, self.fill_now)  # a switch's list, filled after a frame

        self.title = QLabel(self)
        self.title.setObjectName("paneTitle")
        self._model = NotesListModel(self)
        self._proxy = NotesFilterProxy(self._model, self)
        self.filter_bar = NotesFilterBar(self)
        self.filter_bar.changed.connect(self._apply_filter)
        self._list = notes_list_view(self._proxy, self.tr("Notes of this article"), self)
        self._list.selectionModel().currentChanged.connect(self._on_current_changed)
        self._list.clicked.connect(self._on_clicked)
        self._list.activated.connect(self._on_clicked)
        self.empty_hint = QLabel(
            self.tr("Select a passage in the article and press Ctrl+Shift+N to add a note."), self
        )
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setObjectName("hint")

        self.editor = NoteEditor(self)
        self.editor.setAccessibleName(self.tr("Note text"))
        self.editor.setPlaceholderText(self.tr("Write your note…"))
        self.editor.setEnabled(False)
        self.preview = NotePreview(self)
        self.preview.note_link_activated.connect(self.note_link_activated)
        self.preview.event_link_activated.connect(self.event_link_activated)
        # Notes are Markdown: written as text, read rendered (in a tab, or beside the text).
        self.writing = NoteWriting(self.editor, self.preview, self)
        self.writing.live.note_link_activated.connect(self.note_link_activated)
        self.writing.live.event_link_activated.connect(self.event_link_activated)
        self.tabs = self.writing.tabs
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.tags_field = TagsField(self)
        self.tags_field.setEnabled(False)
        self.tags_field.tags_edited.connect(self._on_tags_edited)
        self.save_state = QLabel(self)
        self.save_state.setObjectName("hint")
        self.save_state.setAccessibleName(self.tr("Save state"))
        self.delete_button = QToolButton(self)
        self.delete_button.setText(self.tr("Delete note"))
        self.delete_button.setAccessibleName(self.tr("Delete note"))
        self.delete_button.setToolTip(self.tr("Move this note to the trash (Ctrl+Z undoes it)"))
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self._request_delete)
        self.attach_button = QToolButton(self)
        self.attach_button.setText(self.tr("Attach to Selection"))
        self.attach_button.setAccessibleName(self.tr("Attach note to the selected passage"))
        self.attach_button.setToolTip(
            self.tr("This note's passage is not in the current text: select where it belongs")
        )
        self.attach_button.hide()
        self.attach_button.clicked.connect(self._request_attach)
        self.layer_notes = LayerNotes(self, layers)
        self._layer_section = self.layer_notes.section
        self.copy_button = QToolButton(self)
        self.copy_button.setText(self.tr("Copy to My Notes"))
        self.copy_button.setAccessibleName(self.tr("Copy this note to my notes"))
        self.copy_button.setToolTip(
            self.tr("This note is another author's and cannot be changed: copy it to edit it")
        )
        self.copy_button.hide()
        self.copy_button.clicked.connect(self.layer_notes.request_copy)
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self._list)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self._request_delete)

        self.saving = NoteSaving(notes, self._model, self.editor, self.save_state, self)
        self.saving.note_saved.connect(self.note_saved)
        self.saving.text_saved.connect(self.text_saved)
        self.emergency = self.saving.emergency
        self.splitter = lay_out(self)

    # Public --------------------------------------------------------------------------------

    # The lists, their model and proxy, as other rooms see them: the lists filled first.
    @property
    def model(self) -> NotesListModel:
        self.fill_now()
        return self._model

    @property
    def proxy(self) -> NotesFilterProxy:
        self.fill_now()
        return self._proxy

    @property
    def list(self) -> QListView:
        self.fill_now()
        return self._list

    @property
    def layer_section(self) -> LayerNotesSection:
        self.fill_now()
        return self._layer_section

    def list_view(self) -> QListView:
        """The list as it is, filled or not (for laying it out and giving it the focus)."""
        return self._list

    def set_article(self, article_id: int | None, *, list_later: bool = False) -> None:
        """Show this article's notes; ``list_later``: its highlights now, the list after a frame.

        A switch of article in a shown window reads only the highlights at once (the reader draws
        them in its first frame, see ``highlights``) and fills the list on the next turn of the
        event loop, after that frame: reading 2,000 notes takes longer than drawing the window.
        Until then the list is empty, no note is current and the editor is empty; whatever asks
        the pane for a note, its notes or its list gets them read first, so nothing acts on the
        previous article's notes or on none.
        """
        self._article_id = article_id
        if not list_later or article_id is None:
            self.reload()
            self._refresh_known_tags()
            return
        keep = self.current_note_id()  # the same article read again keeps its current note
        self.flush()
        self._model.set_notes([])
        self._list.selectionModel().clear()
        self._show_in_editor(None)
        self.empty_hint.hide()  # "no notes yet" would be untrue for a moment
        self.title.setText(self.tr("Notes"))
        self._layer_section.set_notes([])
        self._later.wait(self._notes.list_highlights(article_id), keep)
        self.highlights_read.emit()

    def fill_now(self) -> None:
        """Fill the list now if a switch left it for the next turn of the event loop."""
        if self._later.highlights is not None:
            self.reload(self._later.keep)
            self._refresh_known_tags()

    def on_changed(self, changes: Changes) -> None:
        """Read the notes again after a change to notes, tags or layers; select the one named."""
        if changes.notes or changes.tags or changes.layers:
            self.reload(changes.note_id)
        if changes.tags:
            self._refresh_known_tags()

    def _refresh_known_tags(self) -> None:
        # Offered as completions in the tags field; a locked library offers the last ones read.
        with contextlib.suppress(SergeError):
            self.tags_field.set_known_tags(self._tags.tag_names())  # names: no counting

    def reload(self, select_id: int | None = None) -> None:
        """Read the notes again from the database, keeping or moving the selection."""
        self._later.done()
        self.flush()
        keep = select_id if select_id is not None else self.current_note_id()
        notes = self._notes.list_notes(self._article_id) if self._article_id is not None else []
        self._model.set_notes(notes)
        self.filter_bar.set_tags(
            sorted({tag for note in notes for tag in note.tags}, key=str.casefold)
        )
        self.empty_hint.setVisible(not notes)
        self._show_count()
        self.select_note(keep)
        self.layer_notes.reload(self._article_id)
        self.notes_reloaded.emit()

    def _show_count(self) -> None:
        total, shown = self._model.rowCount(), self._proxy.rowCount()
        if self._proxy.is_filtering():
            text = self.tr("Notes (%1 of %2)").replace("%1", str(shown)).replace("%2", str(total))
        else:
            text = self.tr("Notes (%1)").replace("%1", str(total))
        self.title.setText(text)

    def _apply_filter(self) -> None:
        self.fill_now()  # a filter typed before a switch's list was filled filters its notes
        bar = self.filter_bar
        bar.apply_to(self._proxy)
        self._proxy.set_order(bar.order())
        bar.apply_to(self._layer_section.proxy)
        self._layer_section.set_hidden_authors(bar.hidden_authors())
        self._show_count()

    def select_note(self, note_id: int | None) -> None:
        self.fill_now()
        in_model = note_id is not None and self._model.row_of(note_id) is not None
        index = self._proxy.index_of(note_id) if note_id is not None else QModelIndex()
        if in_model and not index.isValid():
            self.filter_bar.clear()  # the note is hidden by the filter: show everything
            index = self._proxy.index_of(note_id) if note_id is not None else QModelIndex()
        if not index.isValid():
            self._list.selectionModel().clear()
            self._show_in_editor(None)
            return
        self._list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self._list.scrollTo(index)

    def edit_note(self, note_id: int) -> None:
        """Select a note and put the cursor in its editor (after "Add note")."""
        self.select_note(note_id)
        self.tabs.setCurrentWidget(self.editor)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)

    def activate_note(self, note_id: int) -> None:
        """Select a note and show its passage (or its event), as a click on it does."""
        self.select_note(note_id)
        self.note_activated.emit(note_id)

    def current_note_id(self) -> int | None:
        index = self._list.selectionModel().currentIndex()
        return self._proxy.note_at(index).id if index.isValid() else None

    def note(self, note_id: int | None) -> NoteView | None:
        """One of the notes shown (filtered out or not), or None."""
        if note_id is not None:
            self.fill_now()
        row = self._model.row_of(note_id) if note_id is not None else None
        return self._model.note_at(row) if row is not None else None

    def current_note(self) -> NoteView | None:
        return self.note(self.current_note_id())

    def hidden_authors(self) -> frozenset[str]:
        """The other authors whose notes the reader has hidden (Layers menu)."""
        return self.filter_bar.hidden_authors()

    def highlights(self) -> Sequence[NoteView | HighlightView]:
        """What the reader highlights: the placed notes, or their highlights until they are read."""
        if self._later.highlights is not None:
            return self._later.highlights
        return self.placed_notes()

    def placed_notes(self) -> builtins.list[NoteView]:
        """The notes whose passage is in the text shown, in text order."""
        self.fill_now()
        return [n for n in self._model.notes() if n.marks_text]

    def note_spans(self) -> builtins.list[tuple[int, int, int]]:
        """(id, start, end) of the notes whose passage is in the text shown."""
        self.fill_now()
        return [(n.id, n.start, n.end) for n in self._model.notes() if n.marks_text]

    def flush(self) -> bool:
        """Write the editor's text now if it has unsaved changes; False if it could not be."""
        return self.saving.flush()

    @property
    def last_save_error(self) -> SergeError | None:
        return self.saving.last_save_error

    def has_unsaved_text(self) -> bool:
        return self.saving.dirty

    # Slots ---------------------------------------------------------------------------------

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.flush()
        if current.isValid():
            self._layer_section.clear_selection()
        self._show_in_editor(self._proxy.note_at(current).id if current.isValid() else None)
        self.current_note_changed.emit()

    def set_library_read_only(self, read_only: bool) -> None:
        """Show notes without offering to change them (the library could not be written)."""
        self._library_read_only = read_only
        self._show_in_editor(self.saving.editing_id)

    def show_read_only(self, note: NoteView) -> None:
        """Show another author's note in the editor, read-only, with Copy to My Notes."""
        if not self.flush():
            return
        self._list.selectionModel().clear()  # one current note at a time, in either list
        # Nothing to save: the editor is read-only for this note.
        state = self.tr("%1's note: read-only").replace("%1", note.author or "")
        self._fill_editor(None, note, read_only=True, state=state)
        self.attach_button.hide()
        self.copy_button.show()

    def _on_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.note_activated.emit(self._proxy.note_at(index).id)

    def _show_in_editor(self, note_id: int | None) -> None:
        if self.saving.dirty and not self.flush():
            return  # keep the unsaved text on screen rather than replace it
        note = self.note(note_id)
        self._fill_editor(note_id, note, read_only=self._library_read_only, state="")
        self.copy_button.hide()
        self.attach_button.setVisible(note is not None and not note.is_placed)

    def _fill_editor(
        self, editing_id: int | None, note: NoteView | None, *, read_only: bool, state: str
    ) -> None:
        with self.saving.loading(editing_id):
            body = note.body if note is not None else ""
            self.editor.setPlainText(body)
            self.editor.setReadOnly(read_only)
            self.editor.setEnabled(note is not None)
            self.tags_field.setEnabled(note is not None and not read_only)
            self.tags_field.show_tags(note.tags if note is not None else ())
            self.delete_button.setEnabled(note is not None and not read_only)
            self.save_state.setText(state)
            self.writing.show_note(body, editable=note is not None and not read_only)

    def _on_tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.preview:
            self.flush()
            self.preview.show_markdown(self.editor.toPlainText())

    def _on_tags_edited(self, names: builtins.list[str]) -> None:
        if self.saving.editing_id is not None:
            self.tags_edited.emit(self.saving.editing_id, names)

    def _request_attach(self) -> None:
        note_id = self.current_note_id()
        if note_id is not None:
            self.attach_requested.emit(note_id)

    def _request_delete(self) -> None:
        note_id = self.current_note_id()
        if note_id is not None:
            self.flush()
            self.delete_requested.emit(note_id)
