"""Find in the article: the find bar under the reader, its matches and its next and previous."""

from __future__ import annotations

from PySide6.QtCore import QObject

from serge_desktop.ui.reader.find_bar import FindBar
from serge_desktop.ui.reader.view import ReaderView


class FindInArticle(QObject):
    """Keeps the find bar's count and the reader's highlighted matches in step."""

    def __init__(self, reader: ReaderView, bar: FindBar) -> None:
        super().__init__(bar)
        self._reader = reader
        self._bar = bar
        bar.search_changed.connect(self._search)
        bar.next_requested.connect(self.next)
        bar.previous_requested.connect(self.previous)
        bar.closed.connect(self._on_closed)

    def open(self) -> None:
        self._bar.open()

    def next(self) -> None:
        self._step(+1)

    def previous(self) -> None:
        self._step(-1)

    def search_again(self) -> None:
        """Find the same words in the text now shown (another article, or a new revision)."""
        if self._bar.isVisible():
            self._search(self._bar.field.text())

    def _search(self, text: str) -> None:
        total = self._reader.find_all(text)
        self._bar.show_count(self._reader.current_match(), total)

    def _step(self, step: int) -> None:
        if not self._bar.isVisible():
            self._bar.open()
            return
        current = self._reader.go_to_match(self._reader.current_match() + step)
        self._bar.show_count(current, self._reader.match_count())

    def _on_closed(self) -> None:
        self._reader.find_all("")
        self._reader.setFocus()
