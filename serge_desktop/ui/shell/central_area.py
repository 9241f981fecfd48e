"""The window's central area: banners above, then pages (the study panes first) to switch between.

With one page and no banner it is just the study panes, as the window has always looked; a
second page (a feature's Library table, say) brings a tab bar to choose between them. A page may
be given as a function that builds it: its tab is there from the start, the page itself is built
when it is first shown, so a start pays only for the page it shows.

Signals:
    page_changed(str): the page of this id is now the one shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QTabBar, QVBoxLayout, QWidget

from serge_desktop.ui.window.context import PageSource


class CentralArea(QWidget):
    """Banners, a tab bar shown once there are two pages, and the pages themselves."""

    page_changed = Signal(str)

    def __init__(self, study: QWidget, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("centralArea")
        self._banners = QVBoxLayout()
        self._banners.setContentsMargins(0, 0, 0, 0)
        self._banners.setSpacing(0)
        self._tabs = QTabBar(self)
        self._tabs.setDocumentMode(True)
        self._tabs.setExpanding(False)
        self._tabs.setAccessibleName(self.tr("Pages"))
        self._tabs.hide()
        self._pages = QStackedWidget(self)
        self._ids: list[str] = []
        self._builders: dict[str, Callable[[], QWidget]] = {}  # pages not built yet, by id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(self._banners)
        layout.addWidget(self._tabs)
        layout.addWidget(self._pages, 1)
        self._tabs.currentChanged.connect(self._on_tab_changed)
        self.add_page("study", study, title)

    def add_banner(self, banner: QWidget) -> None:
        self._banners.addWidget(banner)

    def banners(self) -> list[QWidget]:
        """The bars above the pages, top to bottom."""
        items = (self._banners.itemAt(i) for i in range(self._banners.count()))
        return [w for item in items if item is not None and (w := item.widget()) is not None]

    def tab_bar(self) -> QWidget:
        return self._tabs

    def add_page(self, page_id: str, page: PageSource, title: str) -> None:
        """A page, or a function that builds it the first time it is shown."""
        if page_id in self._ids:
            raise ValueError(f"a page is already named {page_id!r}")
        self._ids.append(page_id)
        if isinstance(page, QWidget):
            self._pages.addWidget(page)
        else:
            self._builders[page_id] = page
            self._pages.addWidget(QWidget(self._pages))  # holds its place until it is built
        self._tabs.addTab(title)
        self._tabs.setVisible(len(self._ids) > 1)

    def is_built(self, page_id: str) -> bool:
        return page_id in self._ids and page_id not in self._builders

    def _build(self, index: int) -> None:
        builder = self._builders.pop(self._ids[index], None)
        if builder is None:
            return
        placeholder = self._pages.widget(index)
        self._pages.insertWidget(index, builder())
        if placeholder is not None:
            self._pages.removeWidget(placeholder)
            placeholder.deleteLater()

    def has_page(self, page_id: str) -> bool:
        return page_id in self._ids

    def show_page(self, page_id: str) -> None:
        self._tabs.setCurrentIndex(self._ids.index(page_id))

    def current_page(self) -> str:
        return self._ids[self._pages.currentIndex()]

    def _on_tab_changed(self, index: int) -> None:
        if 0 <= index < len(self._ids):
            self._build(index)
        self._pages.setCurrentIndex(index)
        if 0 <= index < len(self._ids):
            self.page_changed.emit(self._ids[index])
