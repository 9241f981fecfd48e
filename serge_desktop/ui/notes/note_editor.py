"""The note's text field: Tab moves on as in any form; Ctrl+] and Ctrl+[ indent Markdown lines."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

INDENT = "    "  # four spaces: nests a list item under "- " and "1. " alike in Markdown


class NoteEditor(QPlainTextEdit):
    """A plain-text editor for Markdown whose Tab never types a tab.

    A typed tab turned a note's paragraph into a code block; and Tab is how a keyboard leaves a
    field. Indenting, for nested lists, has its own keys, as in most code editors.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.indent_action = self._action(self.tr("Indent Lines"), "Ctrl+]", self.indent)
        self.outdent_action = self._action(self.tr("Outdent Lines"), "Ctrl+[", self.outdent)

    def _action(self, text: str, keys: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        # Only while typing a note: elsewhere the keys mean nothing.
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def indent(self) -> None:
        """Put four spaces before each line of the selection (or the caret's line)."""
        self._each_line(lambda line: INDENT)

    def outdent(self) -> None:
        """Take up to four spaces (or a tab) from the start of each line of the selection."""

        def leading(line: str) -> str:
            if line.startswith("\t"):
                return "\t"
            return line[: len(line) - len(line.lstrip(" "))][: len(INDENT)]

        self._each_line(leading, remove=True)

    def _each_line(self, change: Callable[[str], str], *, remove: bool = False) -> None:
        if self.isReadOnly():
            return
        cursor = self.textCursor()
        document = self.document()
        first = document.findBlock(cursor.selectionStart()).blockNumber()
        end_block = document.findBlock(cursor.selectionEnd())
        last = end_block.blockNumber()
        if cursor.hasSelection() and cursor.selectionEnd() == end_block.position() and last > first:
            last -= 1  # a selection ending at a line's start does not take that line
        edit = QTextCursor(document)
        edit.beginEditBlock()  # one step for Ctrl+Z
        for number in range(first, last + 1):
            block = document.findBlockByNumber(number)
            text = change(block.text())
            edit.setPosition(block.position())
            if remove:
                edit.setPosition(block.position() + len(text), QTextCursor.MoveMode.KeepAnchor)
                edit.removeSelectedText()
            else:
                edit.insertText(text)
        edit.endEditBlock()
