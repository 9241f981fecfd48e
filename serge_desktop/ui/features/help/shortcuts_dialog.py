"""Help ▸ Keyboard Shortcuts: every shortcut of the window in a list filtered as you type."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from serge_desktop.ui.features.help.shortcut_list import Shortcut


class ShortcutsDialog(QDialog):
    def __init__(self, shortcuts: Sequence[Shortcut], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self._shortcuts = list(shortcuts)
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("A command, a menu or a key: “note”, “Ctrl+Shift”"))
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(self.tr("Filter shortcuts"))
        label = QLabel(self.tr("&Filter:"), self)
        label.setBuddy(self.field)
        self.list = QTreeWidget(self)
        self.list.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.list.setColumnCount(3)
        self.list.setHeaderLabels([self.tr("Keys"), self.tr("Command"), self.tr("Where")])
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for shortcut in self._shortcuts:
            item = QTreeWidgetItem([", ".join(shortcut.keys), shortcut.command, shortcut.where])
            item.setData(0, Qt.ItemDataRole.UserRole, shortcut)
            self.list.addTopLevelItem(item)
        self.count = QLabel(self)
        self.count.setObjectName("hint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.field.textChanged.connect(self.filter)
        self.field.returnPressed.connect(self.list.setFocus)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.field, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self.resize(640, 560)
        self.filter("")

    def filter(self, words: str) -> None:
        """Show only the shortcuts whose command, place or keys hold every word typed."""
        shown = 0
        for item in self._items():
            shortcut: Shortcut = item.data(0, Qt.ItemDataRole.UserRole)
            hidden = not shortcut.matches(words)
            item.setHidden(hidden)
            shown += not hidden
        self.count.setText(self.tr("%n shortcut(s)", "", shown))

    def shown(self) -> list[Shortcut]:
        """The shortcuts the filter leaves in the list, in order."""
        return [i.data(0, Qt.ItemDataRole.UserRole) for i in self._items() if not i.isHidden()]

    def _items(self) -> list[QTreeWidgetItem]:
        rows = (self.list.topLevelItem(row) for row in range(self.list.topLevelItemCount()))
        return [item for item in rows if item is not None]
