"""The first start's hint above the panes: where the guide and the list of keys are.

Shown until the reader closes it (or opens either), then never again in this data folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

SEEN_KEY = "help/first_start_hint_seen"


class FirstStartHint(QFrame):
    guide_requested = Signal()
    shortcuts_requested = Signal()

    def __init__(self, state_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = QSettings(str(state_file), QSettings.Format.IniFormat)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Getting started"))
        self.label = QLabel(
            self.tr(
                "New to Serge Desktop? Help ▸ User Guide (F1) shows how to read, note and study; "
                "Help ▸ Keyboard Shortcuts (Ctrl+/) lists every key."
            ),
            self,
        )
        self.label.setWordWrap(True)
        self.guide_button = QPushButton(self.tr("Open the &Guide"), self)
        self.guide_button.clicked.connect(self._open_guide)
        self.keys_button = QPushButton(self.tr("Show the &Keys"), self)
        self.keys_button.clicked.connect(self._open_keys)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAccessibleName(self.tr("Close this hint"))
        self.close_button.setToolTip(self.tr("Close this hint; Help keeps both"))
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.guide_button)
        layout.addWidget(self.keys_button)
        layout.addWidget(self.close_button)
        self.setVisible(not self.seen())

    def seen(self) -> bool:
        return self._settings.value(SEEN_KEY, False, bool) is True

    def dismiss(self) -> None:
        """Hide the hint for good in this data folder."""
        self.hide()
        self._settings.setValue(SEEN_KEY, True)
        self._settings.sync()

    def _open_guide(self) -> None:
        self.dismiss()
        self.guide_requested.emit()

    def _open_keys(self) -> None:
        self.dismiss()
        self.shortcuts_requested.emit()
