"""The Alt+letter mnemonics a menu or a window offers, and the letters offered twice."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)

_MARK = re.compile(r"&(.)")


def mnemonic(text: str) -> str | None:
    """The letter after the single "&" of a text ("&&" is an ampersand), lower case."""
    for match in _MARK.finditer(text.replace("&&", "")):
        if not match.group(1).isspace():
            return match.group(1).casefold()
    return None


def _repeats(owners: dict[str, list[str]], where: str) -> list[str]:
    return [
        f"{where}: Alt+{letter.upper()} is {' and '.join(repr(t) for t in texts)}"
        for letter, texts in sorted(owners.items())
        if len(texts) > 1
    ]


def menu_clashes(menu: QMenu, where: str) -> list[str]:
    """Letters two entries of one menu share, in that menu and every submenu."""
    owners: dict[str, list[str]] = defaultdict(list)
    found: list[str] = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        letter = mnemonic(action.text())
        if letter:
            owners[letter].append(action.text())
        if action.menu() is not None:
            found += menu_clashes(action.menu(), f"{where} ▸ {action.text().replace('&', '')}")
    return _repeats(owners, where) + found


def window_texts(window: QWidget) -> list[str]:
    """The texts with mnemonics a window shows at once: buttons, labels, groups, tabs, menus."""
    texts: list[str] = []
    if isinstance(window, QMainWindow):
        texts += [a.text() for a in window.menuBar().actions() if a.isVisible()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        # A label's mnemonic counts only when it has a buddy to give focus to.
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
    return texts


def window_clashes(window: QWidget, where: str) -> list[str]:
    """Letters two controls of one window share."""
    owners: dict[str, list[str]] = defaultdict(list)
    for text in window_texts(window):
        letter = mnemonic(text)
        if letter:
            owners[letter].append(text)
    return _repeats(owners, where)
