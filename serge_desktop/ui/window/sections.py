"""Tabs one feature adds to a page another feature owns, both named by id (the Library's Names).

Features may not import each other, so the page's owner offers its tab widget here under the
page's id (``host``) and any feature adds a tab to it by that id (``add``), before or after the
owner has offered it: a tab added early waits and is placed, in the order added, when it does.
A tab may be given as a function that builds it, called when the page takes its sections (a page
built when first shown builds its tabs then too).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabWidget, QWidget

from serge_desktop.ui.window.context import PageSource


@dataclass(slots=True)
class _Section:
    section_id: str
    source: PageSource  # the tab, or the function that builds it
    title: str

    def widget(self) -> QWidget:
        if not isinstance(self.source, QWidget):
            self.source = self.source()
        return self.source


class PageSections(QObject):
    """The window's registry of tabs added to other features' pages."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hosts: dict[str, QTabWidget] = {}
        self._sections: dict[str, list[_Section]] = {}

    def host(self, page_id: str, tabs: QTabWidget) -> None:
        """The owner of page ``page_id`` takes sections in ``tabs``, after its own tabs."""
        if page_id in self._hosts:
            raise ValueError(f"the page {page_id!r} already takes sections")
        self._hosts[page_id] = tabs
        for section in self._sections.get(page_id, []):
            tabs.addTab(section.widget(), section.title)

    def add(self, page_id: str, section_id: str, widget: PageSource, title: str) -> None:
        """A tab ``title`` showing ``widget`` on page ``page_id``; ids are unique per page."""
        sections = self._sections.setdefault(page_id, [])
        if any(s.section_id == section_id for s in sections):
            raise ValueError(f"the page {page_id!r} already has a section {section_id!r}")
        section = _Section(section_id, widget, title)
        sections.append(section)
        tabs = self._hosts.get(page_id)
        if tabs is not None:
            tabs.addTab(section.widget(), title)
        elif isinstance(widget, QWidget) and isinstance(window := self.parent(), QWidget):
            # Waiting for a page built when first shown (perhaps never): the window's meanwhile,
            # so it goes with the window, hidden.
            widget.setParent(window)
            widget.hide()

    def show(self, page_id: str, section_id: str) -> bool:
        """Bring the section forward in its page (the caller shows the page); False if absent."""
        tabs = self._hosts.get(page_id)
        widget = self._widget(page_id, section_id) if tabs is not None else None
        if tabs is None or widget is None or tabs.indexOf(widget) < 0:
            return False
        tabs.setCurrentWidget(widget)
        return True

    def current(self, page_id: str) -> str | None:
        """The id of the section shown on the page; None when one of the owner's own tabs is."""
        tabs = self._hosts.get(page_id)
        if tabs is None:
            return None
        shown = tabs.currentWidget()
        found = (s.section_id for s in self._sections.get(page_id, []) if s.source is shown)
        return next(found, None)

    def _widget(self, page_id: str, section_id: str) -> QWidget | None:
        found = (s for s in self._sections.get(page_id, []) if s.section_id == section_id)
        section = next(found, None)
        return section.widget() if section is not None else None
