"""The Series Timeline page: opened from the Timeline menu (Ctrl+T) or by the Library view.

Another feature opens it through the named action ``timeline.series``: triggered as it is, it
shows the series of the article open in the study panes (the whole library when that article
is in none); given a ``services.scope.Scope`` as the action's data first
(``action.setData(Scope.series(id)); action.trigger()``), it shows that scope; given an
``EntityFilter``, the library's events that involve that name. A passage chosen
on the page opens in the study panes, its event selected on the article's timeline. The page
(and its chart's code) is built when first shown or asked for, not at the window's start.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from serge_desktop.core.errors import SergeError
from serge_desktop.services.changes import Changes
from serge_desktop.services.scope import Scope
from serge_desktop.ui.timeline.image_choice import allowed_image_formats, ask_image_path, refusal
from serge_desktop.ui.timeline.series.entity_filter import EntityFilter
from serge_desktop.ui.window.actions import MenuId
from serge_desktop.ui.window.context import WindowContext
from serge_desktop.ui.window.navigation import open_event_in_study

if TYPE_CHECKING:
    from serge_desktop.ui.timeline.geometry.scale import Window
    from serge_desktop.ui.timeline.series.series_page import SeriesPage

PAGE_ID = "series_timeline"
MIN_EXPORT_WIDTH, DEFAULT_EXPORT_WIDTH = 800, 1600


class SeriesTimelineFeature(QObject):
    """The page, its Timeline menu entries, and opening its passages in the study panes."""

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.window())
        self._ctx = ctx
        self._page: SeriesPage | None = None
        self.open_series = QAction(self.tr("Se&ries Timeline"), self)
        self.open_series.setShortcut(QKeySequence(self.tr("Ctrl+T")))
        self.open_series.setStatusTip(
            self.tr("The events of every article of the series on one chart, a band each")
        )
        self.open_series.setToolTip(self.open_series.statusTip())
        self.export_image = QAction(self.tr("Export Series Timeline I&mage…"), self)
        self.export_image.setStatusTip(
            self.tr("Save the series timeline as a PNG image or an SVG drawing")
        )
        self.export_image.setIconText(self.tr("Export…"))
        self.export_image.setToolTip(self.export_image.statusTip())
        self._formats = allowed_image_formats(ctx.workspace.policy)
        if not self._formats:
            self.export_image.setEnabled(False)
            self.export_image.setToolTip(self.tr("Set by your administrator"))
        ctx.actions.add("timeline.series", self.open_series)
        ctx.actions.add("timeline.series_export", self.export_image)
        ctx.actions.add_to_menu(MenuId.TIMELINE, [self.open_series, self.export_image])
        ctx.add_page(PAGE_ID, lambda: self.page, self.tr("Series Timeline"))
        self.open_series.triggered.connect(self._open)
        self.export_image.triggered.connect(self.ask_and_export)
        ctx.bus.changed.connect(self._on_changed)

    @property
    def page(self) -> SeriesPage:
        """The page, built the first time it is shown or asked for."""
        if self._page is None:
            from serge_desktop.ui.timeline.series.series_page import SeriesPage
            from serge_desktop.ui.timeline.series.series_settings import SeriesSettings

            workspace = self._ctx.workspace
            self._page = SeriesPage(
                workspace.series_timeline,
                workspace.series,
                workspace.categories,
                SeriesSettings(workspace.window_state_path),
            )
            # The window's until its tab shows it: it goes with the window, never after it.
            self._page.setParent(self._ctx.window())
            self._page.hide()
            self._page.export_button.setDefaultAction(self.export_image)
            self._page.passage_requested.connect(self.open_passage)
        return self._page

    def _on_changed(self, changes: Changes) -> None:
        if self._page is not None:  # a page built later reads the library as it then is
            self._page.on_changed(changes)

    def _open(self) -> None:
        requested = self.open_series.data()
        self.open_series.setData(None)  # asked for once: the menu opens on the article's series
        if isinstance(requested, EntityFilter):  # the index of names: one name's events
            self.page.show_only(requested)
            self._ctx.show_page(PAGE_ID)
            self.page.chart.setFocus()
            return
        scope = requested if isinstance(requested, Scope) else self.current_series()
        self.show(scope)

    def show(self, scope: Scope) -> None:
        self.page.show_scope(scope)
        self._ctx.show_page(PAGE_ID)
        self.page.chart.setFocus()

    def current_series(self) -> Scope:
        """The series of the article shown, or the whole library when it is in none."""
        article = self._ctx.current_article()
        if article is not None:
            with contextlib.suppress(SergeError):
                series_id = self._ctx.workspace.library.summary_by_id(article.id).series_id
                if series_id is not None:
                    return Scope.series(series_id)
        return Scope.library()

    def open_passage(self, slug: str, event_id: int) -> None:
        """The study panes, the article open, the event selected and its passage shown."""
        open_event_in_study(self._ctx, slug, event_id)

    # Export ---------------------------------------------------------------------------------

    def ask_and_export(self) -> None:
        """Ask what to draw (if zoomed in) and where, then write the file."""
        chart = self.page.chart
        if not chart.has_events():
            self._ctx.show_status(self.tr("The series timeline has no events to save."), 6000)
            return
        window: Window | None = None
        if not chart.is_fit():
            box = QMessageBox(self._ctx.window())
            box.setWindowTitle(self.tr("Export Series Timeline Image"))
            box.setText(self.tr("Export the dates in view, or the whole timeline?"))
            visible = box.addButton(self.tr("&Visible Range"), QMessageBox.ButtonRole.AcceptRole)
            whole = box.addButton(self.tr("&Whole Timeline"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(visible)
            box.exec()
            if box.clickedButton() not in (visible, whole):
                return
            window = chart.visible_window() if box.clickedButton() is visible else None
        suggested = Path.home() / "series-timeline"
        title = self.tr("Export Series Timeline Image")
        path = ask_image_path(self._ctx.window(), title, suggested, self._formats)
        if path is not None:
            self.export_to(path, window)

    def export_to(self, path: Path, window: Window | None) -> bool:
        """Write `path` (PNG or SVG by its suffix) of `window` (None: all); says why if it fails."""
        refused = refusal(path, self._ctx.workspace.policy)
        if refused is not None:
            dialog_title = self.tr("Export Series Timeline Image")
            QMessageBox.warning(self._ctx.window(), dialog_title, refused)
            return False
        from serge_desktop.ui.timeline.series.series_export import export_series

        chart = self.page.chart
        width = max(MIN_EXPORT_WIDTH, chart.width()) if window else DEFAULT_EXPORT_WIDTH
        title = self.page.scope_box.currentText() or self.tr("Series timeline")
        try:
            export_series(
                chart.data(),
                path,
                title=title,
                categories=chart.scene.categories(),
                width=width,
                window=window,
                force=True,
            )
        except (SergeError, OSError) as error:
            QMessageBox.warning(
                self._ctx.window(),
                self.tr("Export Series Timeline Image"),
                self.tr("The series timeline could not be saved to %1.").replace("%1", str(path))
                + "\n\n"
                + str(error),
            )
            return False
        self._ctx.show_status(self.tr("Series timeline saved to %1").replace("%1", str(path)))
        return True


def install(ctx: WindowContext) -> QObject:
    return SeriesTimelineFeature(ctx)
