"""The bar above the study window's panes: the administrator's banner and the guest warning.

It cannot be closed: in a guest session the reader must always see that the notes are erased
when the app closes, and how to take them along.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from serge_desktop.services.policy import Policy

if TYPE_CHECKING:
    from serge_desktop.ui.shell.main_window import MainWindow

# Where the other features' "export everything" entry points live; loaded when first used, and
# absent in a build without them (the button then offers what there is).
EXPORT_DIALOG = ("serge_desktop.ui.features.export.feature", "open_export_dialog")
PACK_EXPORT = ("serge_desktop.ui.features.packs.feature", "open_pack_export")


def find_entry_point(module_name: str, function_name: str) -> Callable[..., object] | None:
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return None
    function = getattr(module, function_name, None)
    return function if callable(function) else None


class PolicyBanner(QFrame):
    """The library's banner text and, in a guest session, the warning and "Take my notes…"."""

    def __init__(self, window: MainWindow, policy: Policy) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("policyBanner")
        self.setAccessibleName(self.tr("Notice from the library"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#policyBanner { background: #fff4c2; border-bottom: 1px solid #d9c46a; }"
            "#policyBanner QLabel { color: #3b3000; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.banner_label: QLabel | None = None
        self.guest_label: QLabel | None = None
        self.take_notes: QPushButton | None = None
        if policy.banner:
            self.banner_label = QLabel(policy.banner, self)
            self.banner_label.setTextFormat(Qt.TextFormat.PlainText)
            self.banner_label.setObjectName("bannerText")
            font = self.banner_label.font()
            font.setBold(True)
            self.banner_label.setFont(font)
            texts.addWidget(self.banner_label)
        if policy.guest_mode:
            self.guest_label = QLabel(
                self.tr("Guest session: your notes are erased when you close Serge Desktop."), self
            )
            self.guest_label.setObjectName("guestText")
            self.guest_label.setWordWrap(True)
            texts.addWidget(self.guest_label)
        layout.addLayout(texts, 1)
        if policy.guest_mode:
            self.take_notes = self._take_notes_button(policy)
            layout.addWidget(self.take_notes)

    def _take_notes_button(self, policy: Policy) -> QPushButton:
        button = QPushButton(self.tr("Take my notes…"), self)
        button.setAccessibleName(self.tr("Take my notes"))
        button.setToolTip(self.tr("Save your notes to a folder or a USB stick before you leave"))
        self.take_notes_menu = QMenu(button)
        self.export_action = self.take_notes_menu.addAction(self.tr("As a &Document…"))
        self.export_action.triggered.connect(self.open_export)
        self.export_action.setEnabled(policy.any_export_allowed)
        self.pack_action = self.take_notes_menu.addAction(self.tr("As a &Class Pack…"))
        self.pack_action.triggered.connect(self.open_pack)
        self.pack_action.setEnabled(policy.export_allowed("pack"))
        button.setMenu(self.take_notes_menu)
        if not policy.any_export_allowed:
            button.setEnabled(False)
            button.setToolTip(self.tr("Set by your administrator"))
        return button

    def open_export(self) -> None:
        """The Export dialog, preset to every article (the exports feature provides it)."""
        open_dialog = find_entry_point(*EXPORT_DIALOG)
        if open_dialog is None:
            self._say_unavailable()
            return
        open_dialog(self.window_, all_articles=True)

    def open_pack(self) -> None:
        open_pack = find_entry_point(*PACK_EXPORT)
        if open_pack is None:
            self._say_unavailable()
            return
        open_pack(self.window_)

    def _say_unavailable(self) -> None:
        self.window_.statusBar().showMessage(
            self.tr("Exporting is not available in this version."), 8000
        )


def install_banner(window: MainWindow, banner: QWidget) -> None:
    """Put ``banner`` above the window's panes, where no splitter or toolbar can hide it."""
    panes = window.takeCentralWidget()
    assert panes is not None, "the window builds its panes before features are installed"
    holder = QWidget(window)
    holder.setObjectName("bannerHolder")
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    layout.addWidget(panes, 1)
    window.setCentralWidget(holder)
