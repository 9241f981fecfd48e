"""The reader's context menu: the window's actions (Add note, Add to timeline) before Qt's own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import QTextEdit

from serge_desktop.ui.reader.document import ArticleDocument

# Called with the body offset clicked (None: off the text) before the menu shows, so an action
# can say what it would do there ("Open the Page of Trotsky") or be disabled.
Preparation = Callable[[int | None], None]


class ReaderMenu:
    """The actions offered first, and the body offset where the menu was last opened."""

    def __init__(self) -> None:
        self.actions: list[QAction] = []
        # Actions such as "Add to timeline" ask where the click was.
        self.offset: int | None = None
        self.preparations: list[Preparation] = []

    def open(self, view: QTextEdit, event: QContextMenuEvent, doc: ArticleDocument | None) -> None:
        position = view.cursorForPosition(event.pos()).position()
        self.offset = doc.to_body(position) if doc is not None else None
        for prepare in self.preparations:
            prepare(self.offset)
        menu = view.createStandardContextMenu(event.pos())
        standard = menu.actions()
        if self.actions and standard:
            menu.insertActions(standard[0], self.actions)
            menu.insertSeparator(standard[0])
        elif self.actions:
            menu.addActions(self.actions)
        menu.exec(event.globalPos())
        menu.deleteLater()
