"""How the notes pane is laid out: the list above the editor, a splitter between them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from serge_desktop.ui.notes.pane import NotesPane


def lay_out(pane: NotesPane) -> QSplitter:
    """Place the pane's widgets; returns the splitter between the list and the editor."""
    top = QWidget(pane)
    top_layout = QVBoxLayout(top)
    top_layout.setContentsMargins(0, 0, 0, 0)
    # The list itself, not pane.list: laying out needs no notes read.
    for widget, stretch in ((pane.list_view(), 1), (pane.empty_hint, 0), (pane.layer_section, 1)):
        top_layout.addWidget(widget, stretch)
    bottom = QWidget(pane)
    bottom_layout = QVBoxLayout(bottom)
    bottom_layout.setContentsMargins(0, 0, 0, 0)
    bottom_layout.addWidget(pane.writing, 1)
    # Tags and the note's buttons share a row: on a short screen the list keeps the height.
    row = QHBoxLayout()
    row.addWidget(pane.tags_field, 1)
    for control in (pane.save_state, pane.attach_button, pane.copy_button, pane.delete_button):
        row.addWidget(control)
    bottom_layout.addLayout(row)
    # Between the list and the editor: the window remembers where it was left.
    splitter = QSplitter(Qt.Orientation.Vertical, pane)
    splitter.setObjectName("notesSplitter")
    for side, half in enumerate((top, bottom)):
        splitter.addWidget(half)
        splitter.setStretchFactor(side, 1)
    splitter.setChildrenCollapsible(False)
    header = QHBoxLayout()
    header.addWidget(pane.title)
    header.addWidget(pane.filter_bar, 1)
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(10, 8, 10, 8)
    layout.addLayout(header)
    layout.addWidget(pane.filter_bar.more)  # unfolded below the title, the pane's width
    layout.addWidget(splitter, 1)
    return splitter
