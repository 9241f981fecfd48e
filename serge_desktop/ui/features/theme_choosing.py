"""View ▸ Theme: follow the system, light, sepia, dark or high contrast, switched live and kept.

The choice is kept in the data folder's preferences (``common.theme_choice``) and applies to the
whole application at once; every view draws from the palette and follows. Preferences offers the
same choice and triggers these actions by id (``view.theme.<name>``). While the administrator
locks the theme, the actions show it, disabled, and say who set it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu
from typing_extensions import override

from serge_desktop.services.policy import THEME, THEMES
from serge_desktop.ui.common.theme_choice import apply_theme, chosen_theme, set_chosen_theme
from serge_desktop.ui.common.themed_icons import refresh_themed_icons
from serge_desktop.ui.window.actions import MenuId
from serge_desktop.ui.window.context import WindowContext


def theme_action_id(theme: str) -> str:
    return f"view.theme.{theme}"


class ThemeChooser(QObject):
    """The Theme submenu's actions, and the icons redrawn whenever the window's palette changes."""

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.window())
        self._ctx = ctx
        # fmt: off
        names = {
            #~ menu theme
            "system": self.tr("Follow the &System"),
            #~ menu theme
            "light": self.tr("&Light"),
            #~ menu theme
            "sepia": self.tr("S&epia"),
            #~ menu theme
            "dark": self.tr("&Dark"),
            #~ menu theme
            "high_contrast": self.tr("&High Contrast"),
        }
        #~ menu view
        self.menu = QMenu(self.tr("T&heme"), ctx.window())
        # fmt: on
        self.menu.menuAction().setStatusTip(self.tr("The window's colours"))
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        locked = ctx.workspace.policy.is_locked(THEME)
        current = chosen_theme(ctx.workspace.data_dir, ctx.workspace.policy)
        for theme in THEMES:
            action = QAction(names[theme], self.group)
            action.setCheckable(True)
            action.setChecked(theme == current)
            action.setData(theme)
            if locked:
                action.setEnabled(False)
                action.setToolTip(self.tr("Set by your administrator"))
                action.setStatusTip(self.tr("Set by your administrator"))
            action.triggered.connect(lambda _checked=False, name=theme: self.choose(name))
            ctx.actions.add(theme_action_id(theme), action)
            self.menu.addAction(action)
            self.actions[theme] = action
        ctx.actions.add_to_menu(MenuId.VIEW, [self.menu.menuAction()])
        ctx.window().installEventFilter(self)

    def choose(self, theme: str) -> None:
        """Keep ``theme`` for this data folder and put it on the window now."""
        workspace = self._ctx.workspace
        set_chosen_theme(workspace.data_dir, workspace.policy, theme)
        theme = chosen_theme(workspace.data_dir, workspace.policy)  # a lock wins
        self.actions[theme].setChecked(True)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A new theme, or the desktop's colours changing under "system": the icons follow.
        if event.type() == QEvent.Type.PaletteChange and watched is self._ctx.window():
            window = self._ctx.window()
            refresh_themed_icons(window.findChildren(QAction), window.palette())
        return False


def install(ctx: WindowContext) -> QObject:
    return ThemeChooser(ctx)
