"""Library ▸ Rename, Merge and Move a series (also by dragging its heading); all undoable."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from serge_desktop.core.errors import SergeError
from serge_desktop.services.series import SeriesView
from serge_desktop.ui.common.error_messages import describe_error
from serge_desktop.ui.common.fallible_command import FallibleCommand
from serge_desktop.ui.features.library.series_commands import (
    merge_series,
    move_series,
    rename_series,
)
from serge_desktop.ui.window.context import WindowContext

if TYPE_CHECKING:
    from serge_desktop.ui.features.library.page import LibraryPage
    from serge_desktop.ui.features.library.table_model import SeriesGroup

# The timeline room fills this in (a chart of the series' events); offered when it is there.
SERIES_TIMELINE_ACTION = "timeline.series"


class SeriesActions(QObject):
    def __init__(
        self,
        ctx: WindowContext,
        page: Callable[[], LibraryPage],
        stack: QUndoStack,
        parent: QObject,
    ) -> None:
        """``page`` gives the Library page, building it if need be (see ``attach``)."""
        super().__init__(parent)
        self._ctx = ctx
        self._page_of = page
        self._stack = stack
        self.rename_action = QAction(self.tr("Re&name Series…"), self)
        self.rename_action.setShortcut(QKeySequence("F2"))
        self.rename_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.merge_action = QAction(self.tr("Mer&ge Series Into…"), self)
        self.up_action = QAction(self.tr("Move Series &Up"), self)
        self.up_action.setShortcut(QKeySequence("Ctrl+Shift+Up"))
        self.down_action = QAction(self.tr("Move Series &Down"), self)
        self.down_action.setShortcut(QKeySequence("Ctrl+Shift+Down"))
        for action in (self.up_action, self.down_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.rename_action.triggered.connect(self.rename)
        self.merge_action.triggered.connect(self.merge)
        self.up_action.triggered.connect(lambda: self.move_by(-1))
        self.down_action.triggered.connect(lambda: self.move_by(1))
        ctx.actions.add("library.rename_series", self.rename_action)
        ctx.actions.add("library.merge_series", self.merge_action)
        ctx.actions.add("library.move_series_up", self.up_action)
        ctx.actions.add("library.move_series_down", self.down_action)
        for action in self.menu_actions():
            action.setEnabled(False)  # until a series or an article in one is chosen

    @property
    def _page(self) -> LibraryPage:
        return self._page_of()

    def attach(self, page: LibraryPage) -> None:
        """Take the page's keys, drops and context menu, once it is built."""
        page.table.addActions([self.rename_action, self.up_action, self.down_action])
        page.model.series_dropped.connect(self.move_to)
        page.current_series_changed.connect(self._update_enabled)
        page.current_article_changed.connect(lambda _a: self._update_enabled(page.current_series()))
        page.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        page.table.customContextMenuRequested.connect(self._context_menu)

    def menu_actions(self) -> list[QAction]:
        return [self.rename_action, self.merge_action, self.up_action, self.down_action]

    def _series(self) -> SeriesView | None:
        """The series chosen: its heading, or the series of the article selected."""
        group = self._page.current_series()
        series_id = group.series_id if group is not None else None
        if series_id is None and (article := self._page.current_article()) is not None:
            series_id = article.series_id
        if series_id is None:
            return None
        try:
            return next(
                (s for s in self._ctx.workspace.series.list_series() if s.id == series_id), None
            )
        except SergeError:
            return None

    def _update_enabled(self, _group: SeriesGroup | None) -> None:
        chosen = self._page.current_series() or self._page.current_article()
        has_series = chosen is not None and chosen.series_id is not None
        for action in self.menu_actions():
            action.setEnabled(has_series)

    # Writes -------------------------------------------------------------------------------------

    def rename(self) -> None:
        series = self._series()
        if series is None:
            return
        name = self.ask_name(self._ctx.window(), series.name)
        if name is None or name.strip() == series.name:
            return
        command = rename_series(
            self._ctx.workspace.series, self._ctx.bus, series_id=series.id, name=name
        )
        self._push(command, series.id)

    def merge(self) -> None:
        series = self._series()
        if series is None:
            return
        others = [s for s in self._ctx.workspace.series.list_series() if s.id != series.id]
        if not others:
            self._ctx.show_status(self.tr("There is no other series to merge it into."), 5000)
            return
        into = self.ask_target(self._ctx.window(), series, others)
        if into is None:
            return
        command = merge_series(
            self._ctx.workspace.series, self._ctx.bus, source_id=series.id, into_id=into.id
        )
        self._push(command, into.id)

    def move_by(self, step: int) -> None:
        series = self._series()
        if series is not None:
            self.move_to(series.id, series.position + step)

    def move_to(self, series_id: int, position: int) -> None:
        if position < 1:
            return
        command = move_series(
            self._ctx.workspace.series, self._ctx.bus, series_id=series_id, position=position
        )
        self._push(command, series_id)

    def _push(self, command: FallibleCommand, select_series: int) -> None:
        self._stack.push(command)
        if command.error is not None:
            self._ctx.show_error(
                self.tr("The series was not changed"), describe_error(command.error)
            )
            return
        self._page.select_series(select_series)

    # Asking -------------------------------------------------------------------------------------

    @classmethod
    def ask_name(cls, parent: QWidget, current: str) -> str | None:
        """The series' new name, or None if cancelled (tests replace this)."""
        name, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("SeriesActions", "Rename Series"),
            QCoreApplication.translate("SeriesActions", "New &name:"),
            text=current,
        )
        return name if ok else None

    @classmethod
    def ask_target(
        cls, parent: QWidget, series: SeriesView, others: list[SeriesView]
    ) -> SeriesView | None:
        """The series to merge into, or None if cancelled (tests replace this)."""
        names = [s.name for s in others]
        label = QCoreApplication.translate(
            "SeriesActions", "Move every article of “%1” into:"
        ).replace("%1", series.name)
        title = QCoreApplication.translate("SeriesActions", "Merge Series")
        name, ok = QInputDialog.getItem(parent, title, label, names, 0, False)
        return next((s for s in others if s.name == name), None) if ok else None

    def _context_menu(self, point: QPoint) -> None:
        menu = QMenu(self._page.table)
        delete = self._ctx.actions.find("library.delete_article")
        if self._page.current_article() is not None and delete is not None:
            menu.addAction(delete)
            menu.addSeparator()
        menu.addActions(self.menu_actions())
        timeline = self._ctx.actions.find(SERIES_TIMELINE_ACTION)
        if timeline is not None:
            menu.addSeparator()
            menu.addAction(timeline)
        menu.exec(self._page.table.viewport().mapToGlobal(point))
