"""Every keyboard shortcut of the window, read from its real actions (so the list never goes stale).

The menus are walked first, each shortcut named by its menu path ("Edit ▸ Highlight ▸ Yellow");
then the actions that belong to a pane or page rather than a menu (the note editor's Ctrl+], the
Library's Delete), named by the widget they act in.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

SEPARATOR = " ▸ "


@dataclass(frozen=True, slots=True)
class Shortcut:
    where: str  # the menu path, or the pane or page the keys act in
    command: str  # the action's name, without its mnemonic's "&"
    keys: tuple[str, ...]  # each key sequence as the reader's system writes it ("Ctrl+Shift+N")
    portable: tuple[str, ...]  # the same in Qt's portable spelling, the same on every system

    def matches(self, words: str) -> bool:
        """Whether every word typed is in the place, the command or the keys (any case)."""
        text = " ".join((self.where, self.command, *self.keys, *self.portable)).casefold()
        return all(word in text for word in words.casefold().split())


def plain(text: str) -> str:
    """A menu text as read: no mnemonic marks ("&&" is a real ampersand), no trailing "…"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcuts(window: QMainWindow) -> list[Shortcut]:
    """The window's shortcuts: the menus' in menu order, then the panes' and pages' by place."""
    found: list[Shortcut] = []
    seen: set[int] = set()
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if isinstance(menu, QMenu):
            _walk(menu, plain(menu.title()), found, seen)
    listed = {(s.command, s.keys) for s in found}
    others = [
        shortcut
        for action in window.findChildren(QAction)
        if id(action) not in seen
        and (shortcut := _of(action, _place(action))) is not None
        and (shortcut.command, shortcut.keys) not in listed  # a pane's button for a menu's command
    ]
    return found + sorted(others, key=lambda s: (s.where.casefold(), s.command.casefold()))


def _walk(menu: QMenu, path: str, found: list[Shortcut], seen: set[int]) -> None:
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            _walk(submenu, path + SEPARATOR + plain(submenu.title()), found, seen)
            continue
        if id(action) in seen:
            continue  # in two menus: listed under the first
        seen.add(id(action))
        shortcut = _of(action, path)
        if shortcut is not None:
            found.append(shortcut)


def _of(action: QAction, where: str) -> Shortcut | None:
    sequences = [s for s in action.shortcuts() if not s.isEmpty()]
    if not sequences or action.isSeparator() or not plain(action.text()):
        return None
    native = QKeySequence.SequenceFormat.NativeText
    portable = QKeySequence.SequenceFormat.PortableText
    return Shortcut(
        where,
        plain(action.text()),
        tuple(s.toString(native) for s in sequences),
        tuple(s.toString(portable) for s in sequences),
    )


def _place(action: QAction) -> str:
    """Where an action outside the menus acts: the nearest named widget that holds it."""
    widget = action.parent()
    while isinstance(widget, QWidget):
        if widget.accessibleName():
            return widget.accessibleName()
        widget = widget.parentWidget()
    return QCoreApplication.translate("Shortcuts", "Window")
