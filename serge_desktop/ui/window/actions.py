"""Named actions and menus addressed by id, so a feature never holds another feature's objects.

Spyder's ``mainmenu/api.py`` is the model: menus have ids ("file", "edit"…), a feature adds its
actions to a menu by id, and finds another feature's action by name
(``ctx.actions.find("export.all")``) rather than importing it. New top-level menus (Library,
Study, Index) are added by id too, in the order the menu bar should show them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

_WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


class MenuId:
    """The ids of the menus the window is built with; features may add others."""

    FILE = "file"
    EDIT = "edit"
    VIEW = "view"
    TIMELINE = "timeline"
    HELP = "help"


class ActionRegistry:
    """Every named action of one window, its menus by id, and its main toolbar.

    Calling the registry gives the window's actions, as ``QWidget.actions()`` does, so that the
    window can offer the registry under that name.
    """

    def __init__(self, window: QMainWindow) -> None:
        self._window = window
        self._actions: dict[str, QAction] = {}
        self._menus: dict[str, QMenu] = {}
        self._tails: dict[str, QAction] = {}  # a menu's last group (File's Quit) stays last
        # Each menu's groups as (place, first action): a feature installed later than one after
        # it in the installers' order still puts its group above that one's.
        self._groups: dict[str, list[tuple[int, QAction]]] = {}
        self._place = -1  # the window's own groups come first
        self._toolbar: QToolBar | None = None

    def __call__(self) -> list[QAction]:
        return QWidget.actions(self._window)

    # Actions ------------------------------------------------------------------------------------

    def add(self, action_id: str, action: QAction) -> QAction:
        """Name an action; its shortcut works anywhere in the window from now on.

        An action whose shortcut belongs to one widget (``WidgetWithChildrenShortcut``: Delete
        on the timeline) is left to the widgets it was added to.
        """
        if action_id in self._actions:
            raise ValueError(f"an action is already named {action_id!r}")
        self._actions[action_id] = action
        if action.shortcutContext() in _WINDOW_WIDE:
            self._window.addAction(action)
        return action

    def find(self, action_id: str) -> QAction | None:
        """The action of that name, or None when no installed feature provides it."""
        return self._actions.get(action_id)

    def get(self, action_id: str) -> QAction:
        """An action the window always has (its own, listed in ``shell.main_actions``)."""
        return self._resolve(action_id)

    def ids(self) -> list[str]:
        return sorted(self._actions)

    # Menus --------------------------------------------------------------------------------------

    def add_menu(self, menu_id: str, title: str, *, before: str | None = None) -> QMenu:
        """A new top-level menu, at the end of the menu bar or before the menu ``before``."""
        if menu_id in self._menus:
            raise ValueError(f"a menu is already named {menu_id!r}")
        bar = self._window.menuBar()
        menu = QMenu(title, bar)
        anchor = self._menus[before].menuAction() if before in self._menus else None
        if anchor is None:
            bar.addMenu(menu)
        else:
            bar.insertMenu(anchor, menu)
        self._menus[menu_id] = menu
        return menu

    def menu(self, menu_id: str) -> QMenu:
        return self._menus[menu_id]

    def menus(self) -> dict[str, QMenu]:
        return dict(self._menus)

    @contextmanager
    def placed(self, place: int) -> Iterator[None]:
        """Menu groups added meanwhile go above those added from any later ``place``."""
        before, self._place = self._place, place
        try:
            yield
        finally:
            self._place = before

    def add_to_menu(self, menu_id: str, actions: Sequence[QAction | str]) -> None:
        """Add a group of actions (or action ids) to a menu, set off from what is there.

        In a menu with a last group (see ``keep_last``) the group goes above it, and above any
        group added from a later place (see ``placed``).
        """
        menu = self._menus[menu_id]
        found = [self._resolve(item) for item in actions]
        groups = self._groups.setdefault(menu_id, [])
        later = [i for i, (place, _first) in enumerate(groups) if place > self._place]
        anchor = groups[later[0]][1] if later else self._tails.get(menu_id)
        if anchor is None:  # at the end, set off from what is above
            if not menu.isEmpty():
                menu.addSeparator()
            menu.addActions(found)
            start = menu.actions()[-len(found) - 1] if len(menu.actions()) > len(found) else None
        elif menu_id in self._tails or menu.actions().index(anchor) == 0:
            # In a menu with a last group each group is set off from what follows it, as is a
            # group put above the very first one (which then starts at that separator).
            menu.insertActions(anchor, found)
            separator = menu.insertSeparator(anchor)
            if later and menu_id not in self._tails:
                groups[later[0]] = (groups[later[0]][0], separator)
            start = None
        else:  # above a later group, set off from what is above
            menu.insertActions(anchor, found)
            start = menu.insertSeparator(found[0]) if found else None
        if found:
            groups.append((self._place, start or found[0]))
            groups.sort(key=lambda group: group[0])

    def keep_last(self, menu_id: str, actions: Sequence[QAction | str]) -> None:
        """A menu's closing group (File's Quit): later groups are added above it."""
        menu = self._menus[menu_id]
        self._tails[menu_id] = menu.addSeparator()
        menu.addActions([self._resolve(item) for item in actions])

    # Toolbar ------------------------------------------------------------------------------------

    def set_toolbar(self, toolbar: QToolBar) -> None:
        self._toolbar = toolbar

    def add_to_toolbar(self, actions: Sequence[QAction | str]) -> None:
        """Add actions at the end of the main toolbar, set off by a separator."""
        if self._toolbar is None:
            raise RuntimeError("the window has no main toolbar yet")
        self._toolbar.addSeparator()
        self._toolbar.addActions([self._resolve(item) for item in actions])

    def _resolve(self, item: QAction | str) -> QAction:
        if isinstance(item, QAction):
            return item
        action = self._actions.get(item)
        if action is None:
            raise KeyError(f"no action is named {item!r}")
        return action
