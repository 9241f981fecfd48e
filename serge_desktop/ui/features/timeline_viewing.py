"""The Timeline menu's viewing commands: zoom, fit, zoom to selection, and export as an image."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from serge_desktop.core.errors import SergeError
from serge_desktop.ui.timeline.geometry.scale import Window
from serge_desktop.ui.timeline.image_choice import allowed_image_formats, ask_image_path, refusal
from serge_desktop.ui.timeline.image_export import export_png, export_svg
from serge_desktop.ui.window.actions import MenuId
from serge_desktop.ui.window.context import WindowContext

MIN_EXPORT_WIDTH, DEFAULT_EXPORT_WIDTH = 800, 1600


class TimelineViewing(QObject):
    """Puts the timeline pane's zoom actions in the Timeline menu and exports images."""

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.window())
        self._ctx = ctx
        self.export_image = QAction(self.tr("E&xport Timeline Image…"), self)
        self.export_image.setToolTip(self.tr("Save the timeline as a PNG image or an SVG drawing"))
        self.export_image.setStatusTip(self.export_image.toolTip())
        self.export_image.triggered.connect(self.ask_and_export)
        self._formats = allowed_image_formats(ctx.workspace.policy)
        if not self._formats:
            self.export_image.setEnabled(False)
            self.export_image.setToolTip(self.tr("Set by your administrator"))
        ctx.actions.add("timeline.export_image", self.export_image)
        ctx.actions.add_to_menu(MenuId.TIMELINE, ctx.timeline.menu_actions())
        ctx.actions.add_to_menu(MenuId.TIMELINE, [self.export_image])

    def ask_and_export(self) -> None:
        """Ask what to draw (if zoomed in) and where, then write the file."""
        view = self._ctx.timeline.view
        window: Window | None = None
        if not view.is_fit():
            box = QMessageBox(self._ctx.window())
            box.setWindowTitle(self.tr("Export Timeline Image"))
            box.setText(self.tr("Export the dates in view, or the whole timeline?"))
            visible = box.addButton(self.tr("&Visible Range"), QMessageBox.ButtonRole.AcceptRole)
            whole = box.addButton(self.tr("&Whole Timeline"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(visible)
            box.exec()
            if box.clickedButton() not in (visible, whole):
                return
            window = view.visible_window() if box.clickedButton() is visible else None
        article = self._ctx.current_article()
        suggested = Path.home() / f"{article.slug if article else 'timeline'}-timeline"
        title = self.tr("Export Timeline Image")
        path = ask_image_path(self._ctx.window(), title, suggested, self._formats)
        if path is not None:
            self.export_to(path, window)

    def export_to(self, path: Path, window: Window | None) -> bool:
        """Write `path` (PNG or SVG by its suffix) of `window` (None: all); says why if it fails."""
        refused = refusal(path, self._ctx.workspace.policy)
        if refused is not None:
            QMessageBox.warning(self._ctx.window(), self.tr("Export Timeline Image"), refused)
            return False
        view = self._ctx.timeline.view
        width = max(MIN_EXPORT_WIDTH, view.width()) if window else DEFAULT_EXPORT_WIDTH
        article = self._ctx.current_article()
        title = article.headline if article else self.tr("Timeline")
        try:
            if path.suffix.lower() == ".svg":
                export_svg(view.events(), path, title=title, width=width, force=True, window=window)
            else:
                export_png(view.events(), path, width=width, force=True, window=window)
        except (SergeError, OSError) as error:
            QMessageBox.warning(
                self._ctx.window(),
                self.tr("Export Timeline Image"),
                self.tr("The timeline could not be saved to %1.").replace("%1", str(path))
                + "\n\n"
                + str(error),
            )
            return False
        self._ctx.show_status(self.tr("Timeline saved to %1").replace("%1", str(path)), 6000)
        return True


def install(ctx: WindowContext) -> QObject:
    return TimelineViewing(ctx)
