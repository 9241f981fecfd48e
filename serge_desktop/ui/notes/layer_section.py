"""The notes pane's section for other authors' notes: read-only layers from class packs.

Kept apart from the reader's own list, so the two are never mixed: a header says whose notes
follow, and each row carries a lock and "From: <author>".

Signals:
    note_selected(object): a layer note became current (a NoteView), or none did (None).
    note_activated(object): the reader clicked or pressed Enter on a layer note (a NoteView).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from serge_desktop.services.views import NoteView
from serge_desktop.ui.notes.delegate import notes_list_view
from serge_desktop.ui.notes.filter_proxy import NotesFilterProxy
from serge_desktop.ui.notes.model import NotesListModel


class LayerNotesSection(QWidget):
    note_selected = Signal(object)
    note_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Other authors' notes"))
        self.header = QLabel(self)
        self.header.setObjectName("layerHeader")
        font = self.header.font()
        font.setItalic(True)
        self.header.setFont(font)
        self.model = NotesListModel(self)
        self.proxy = NotesFilterProxy(self.model, self)
        self.list = notes_list_view(
            self.proxy, self.tr("Notes from other authors (read-only)"), self
        )
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.list.clicked.connect(self._on_clicked)
        self.list.activated.connect(self._on_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.list, 1)
        self.hide()

    def set_notes(self, notes: Sequence[NoteView]) -> None:
        keep = self.current_note()
        self.model.set_notes(notes)
        if keep is not None:
            self.select_note(keep.id)
        self._update()

    def set_hidden_authors(self, authors: frozenset[str]) -> None:
        self.proxy.set_hidden_authors(authors)
        self._update()

    def current_note(self) -> NoteView | None:
        index = self.list.selectionModel().currentIndex()
        return self.proxy.note_at(index) if index.isValid() else None

    def select_note(self, note_id: int) -> None:
        index = self.proxy.index_of(note_id)
        if index.isValid():
            self.list.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def clear_selection(self) -> None:
        self.list.selectionModel().clear()

    def visible_notes(self) -> list[NoteView]:
        return [
            self.proxy.note_at(self.proxy.index(row, 0)) for row in range(self.proxy.rowCount())
        ]

    def _update(self) -> None:
        shown = self.proxy.rowCount()
        authors = sorted({n.author or "" for n in self.visible_notes()}, key=str.casefold)
        self.header.setText(
            self.tr("From other authors, read-only (%1): %2")
            .replace("%1", str(shown))
            .replace("%2", ", ".join(authors))
        )
        self.setVisible(shown > 0)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.note_selected.emit(self.proxy.note_at(current) if current.isValid() else None)

    def _on_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.note_activated.emit(self.proxy.note_at(index))
