"""Mentions of confirmed names in the article shown, as a subtle underline the index turns on."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QTextEdit

from serge_desktop.ui.reader.document import ArticleDocument

UNDERLINE = QColor(120, 120, 120)  # grey: a hint, not a highlight


class MentionMarks(QObject):
    """The spans ``(start, end, entity_id)`` to underline, in body offsets, while shown.

    Signals:
        changed(): the spans or their visibility changed; the reader draws them again.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.spans: tuple[tuple[int, int, int], ...] = ()
        self.shown = False
        self._cache: tuple[int, list[QTextEdit.ExtraSelection]] | None = None

    def set_spans(self, spans: Sequence[tuple[int, int, int]]) -> None:
        self.spans, self._cache = tuple(sorted(spans)), None
        self.changed.emit()

    def set_shown(self, shown: bool) -> None:
        if shown != self.shown:
            self.shown = shown
            self.changed.emit()

    def at(self, offset: int | None) -> int | None:
        """The entity named at this body offset, if a mention is there (shown or not)."""
        if offset is None:
            return None
        for start, end, entity_id in self.spans:
            if start <= offset < end:
                return entity_id
        return None

    def selections(self, doc: ArticleDocument | None) -> list[QTextEdit.ExtraSelection]:
        """The underlines for ``doc``, worked out once per document and set of spans."""
        if not self.shown or doc is None:
            return []
        if self._cache is None or self._cache[0] != id(doc):
            body = len(doc.article.body)
            char_format = QTextCharFormat()
            char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            char_format.setUnderlineColor(UNDERLINE)
            made = []
            for start, end, _ in self.spans:
                if 0 <= start < end <= body:
                    selection = QTextEdit.ExtraSelection()
                    selection.cursor = doc.cursor_for(start, end)
                    selection.format = char_format
                    made.append(selection)
            self._cache = (id(doc), made)
        return list(self._cache[1])
