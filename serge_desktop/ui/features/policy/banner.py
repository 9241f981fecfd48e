"""The bar above the study window's panes: the administrator's banner and the guest warning.

It cannot be closed: in a guest session the reader must always see that the notes are erased
when the app closes, and how to take them along.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout

from serge_desktop.services.policy import Policy
from serge_desktop.ui.window.context import WindowContext

# The other features' "export everything" actions, found by name: a build or a window without
# them still shows the button, which then says what is not there.
EXPORT_ALL = "export.all"
PACK_EXPORT = "packs.export"


class PolicyBanner(QFrame):
    """The library's banner text and, in a guest session, the warning and "Take my notes…"."""

    def __init__(self, ctx: WindowContext, policy: Policy) -> None:
        super().__init__(ctx.window())
        self._ctx = ctx
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
        self._trigger(EXPORT_ALL)

    def open_pack(self) -> None:
        self._trigger(PACK_EXPORT)

    def _trigger(self, action_id: str) -> None:
        action = self._ctx.actions.find(action_id)
        if action is None:
            self._ctx.show_status(self.tr("Exporting is not available in this version."), 8000)
            return
        action.trigger()
