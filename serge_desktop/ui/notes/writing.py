"""Where a note is written: Write and Preview tabs, or the text with a live preview beside it.

An empty note always opens on Write (a Preview of nothing is a dead end), and Side by Side
shows the rendered note next to the text as it is typed, as Obsidian's and Typora's editors do.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QPlainTextEdit, QSplitter, QTabWidget, QToolButton, QWidget

from serge_desktop.ui.notes.preview import NotePreview

LIVE_DELAY_MS = 150  # the live preview follows typing after this pause, not on every key


class NoteWriting(QSplitter):
    """The editor and its previews; the notes pane fills and saves the editor's text."""

    def __init__(self, editor: QPlainTextEdit, preview: NotePreview, parent: QWidget) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("noteWritingSplitter")
        self.setChildrenCollapsible(False)
        self.editor = editor
        self.preview = preview
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Note"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(editor, self.tr("Write"))
        self.tabs.addTab(preview, self.tr("Preview"))
        self.live = NotePreview(self)
        self.live.setAccessibleName(self.tr("Note, rendered as you type"))
        self.live.hide()
        self.side_by_side = QToolButton(self.tabs)
        self.side_by_side.setText(self.tr("Side by Side"))
        self.side_by_side.setCheckable(True)
        self.side_by_side.setAutoRaise(True)
        self.side_by_side.setAccessibleName(self.tr("Preview side by side"))
        self.side_by_side.setToolTip(self.tr("Show the rendered note beside the text as you type"))
        self.side_by_side.toggled.connect(self.set_side_by_side)
        self.tabs.setCornerWidget(self.side_by_side, Qt.Corner.TopRightCorner)
        self.addWidget(self.tabs)
        self.addWidget(self.live)
        self._live_timer = QTimer(self)
        self._live_timer.setSingleShot(True)
        self._live_timer.setInterval(LIVE_DELAY_MS)
        self._live_timer.timeout.connect(self._render_live)
        editor.textChanged.connect(self._on_text_changed)

    def is_side_by_side(self) -> bool:
        return self.side_by_side.isChecked()

    def set_side_by_side(self, on: bool) -> None:
        """The live preview beside the text (the Preview tab is then not needed), or tabs."""
        self.side_by_side.setChecked(on)
        if on:
            self.tabs.setCurrentWidget(self.editor)
            self._render_live()
        self.tabs.setTabVisible(self.tabs.indexOf(self.preview), not on)
        self.live.setVisible(on)
        if on and self.sizes()[1] == 0:
            half = max(self.width() // 2, 1)
            self.setSizes([half, half])

    def show_note(self, body: str, *, editable: bool) -> None:
        """A note was put in the editor: render it where a preview is shown."""
        if self.tabs.currentWidget() is self.preview:
            if editable and not body.strip():
                self.tabs.setCurrentWidget(self.editor)  # nothing to preview: write it
            else:
                self.preview.show_markdown(body)
        if not self.live.isHidden():
            self._live_timer.stop()
            self.live.show_markdown(body)

    def _on_text_changed(self) -> None:
        if not self.live.isHidden():
            self._live_timer.start()

    def _render_live(self) -> None:
        # Scrolled where it was, so the line being typed stays in view as the preview grows.
        bar = self.live.verticalScrollBar()
        kept = bar.value()
        self.live.show_markdown(self.editor.toPlainText())
        bar.setValue(kept)
