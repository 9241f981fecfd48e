"""The tags of the note being edited, typed comma-separated with completion of existing tags.

Signals:
    tags_edited(list): the user finished editing and the tags differ from the note's.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget
from typing_extensions import override


def split_tags(text: str) -> list[str]:
    """Names from comma-separated text, trimmed, without empties or repeats (ignoring case)."""
    names: list[str] = []
    for part in text.split(","):
        name = " ".join(part.split())
        if name and name.casefold() not in (n.casefold() for n in names):
            names.append(name)
    return names


class _LastTagCompleter(QCompleter):
    """Completes the tag after the last comma, keeping the ones before it."""

    @override
    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip()]

    @override
    def pathFromIndex(self, index: object) -> str:
        chosen = str(super().pathFromIndex(index))  # type: ignore[arg-type]
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        before = text.rsplit(",", 1)[0] + ", " if "," in text else ""
        return f"{before}{chosen}, "


class TagsField(QLineEdit):
    tags_edited = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.setAccessibleName(self.tr("Tags of this note"))
        self._known = QStringListModel(self)
        completer = _LastTagCompleter(self._known, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self._shown: list[str] = []
        self.editingFinished.connect(self._on_editing_finished)

    def set_known_tags(self, names: Sequence[str]) -> None:
        self._known.setStringList(list(names))

    def show_tags(self, names: Sequence[str]) -> None:
        """Show a note's tags (replacing what was typed)."""
        self._shown = list(names)
        self.setText(", ".join(names))

    def _on_editing_finished(self) -> None:
        names = split_tags(self.text())
        if names != self._shown:
            self._shown = names
            self.tags_edited.emit(names)
