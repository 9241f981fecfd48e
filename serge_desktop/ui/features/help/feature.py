"""Help ▸ User Guide (F1), Help ▸ Keyboard Shortcuts (Ctrl+/) and the first start's hint."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from serge_desktop.ui.features.help.first_start import FirstStartHint
from serge_desktop.ui.features.help.guide_dialog import GuideDialog
from serge_desktop.ui.features.help.shortcut_list import shortcuts
from serge_desktop.ui.features.help.shortcuts_dialog import ShortcutsDialog
from serge_desktop.ui.window.actions import MenuId
from serge_desktop.ui.window.context import WindowContext


class HelpFeature(QObject):
    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.window())
        self._ctx = ctx
        window = ctx.window()
        # fmt: off
        #~ menu help
        self.guide_action = QAction(self.tr("&User Guide"), window)
        # fmt: on
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide_action.setStatusTip(self.tr("How to read, note, search and study (F1)"))
        self.guide_action.triggered.connect(self.show_guide)
        # fmt: off
        #~ menu help
        self.shortcuts_action = QAction(self.tr("&Keyboard Shortcuts"), window)
        # fmt: on
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.shortcuts_action.setStatusTip(self.tr("Every key of the window, searchable (Ctrl+/)"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        ctx.actions.add("help.guide", self.guide_action)
        ctx.actions.add("help.shortcuts", self.shortcuts_action)
        ctx.actions.add_to_menu(MenuId.HELP, [self.guide_action, self.shortcuts_action])
        self.guide: GuideDialog | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.hint = FirstStartHint(ctx.workspace.window_state_path, window)
        self.hint.guide_requested.connect(self.show_guide)
        self.hint.shortcuts_requested.connect(self.show_shortcuts)
        ctx.add_banner(self.hint)

    def show_guide(self) -> None:
        if self.guide is None:
            self.guide = GuideDialog(self._ctx.window())
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()

    def show_shortcuts(self) -> None:
        """The list, read afresh from the window's actions each time (features add theirs)."""
        window = self._ctx.window()
        assert isinstance(window, QMainWindow)
        if self.shortcuts_dialog is not None:
            self.shortcuts_dialog.deleteLater()
        self.shortcuts_dialog = ShortcutsDialog(shortcuts(window), window)
        self.shortcuts_dialog.open()
        self.shortcuts_dialog.field.setFocus()


def install(ctx: WindowContext) -> QObject:
    return HelpFeature(ctx)
