"""An article's timeline drawn to a PNG or an SVG file: its whole span or a stretch of time."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QColor, QImage, QImageWriter, QPainter, QPalette
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication

from serge_desktop.core.errors import SergeError
from serge_desktop.services.timelinejs import OutputExistsError, write_atomically
from serge_desktop.services.views import TimelineEventView
from serge_desktop.ui.timeline.geometry.scale import Window
from serge_desktop.ui.timeline.view import TimelineView

__all__ = [
    "DEFAULT_WIDTH",
    "ExportFailedError",
    "OutputExistsError",
    "Window",
    "ensure_application",
    "export_png",
    "export_svg",
]

DEFAULT_WIDTH = 1600
MIN_WIDTH, MAX_WIDTH = 240, 20000
PIXEL_RATIO = 2.0  # twice the pixels, so the image stays crisp when zoomed or printed


class ExportFailedError(SergeError):
    """The image could not be drawn or written (a width out of range, a full disk...)."""


def ensure_application() -> QApplication:
    """The running QApplication, or a new one (offscreen when there is no display to use)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    no_display = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if not os.environ.get("QT_QPA_PLATFORM") and no_display:  # empty is the same as unset
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QApplication([sys.argv[0] if sys.argv else "serge-desktop"])
    from serge_desktop.ui.common.resources import register_resources

    register_resources()  # the bundled fonts
    return app


def _export_palette(view: TimelineView) -> QPalette:
    """Dark text on white whatever the desktop's theme: exports end up on paper and pages."""
    palette = QPalette(view.palette())
    for role, colour in (
        (QPalette.ColorRole.Base, "#ffffff"),
        (QPalette.ColorRole.Window, "#ffffff"),
        (QPalette.ColorRole.Text, "#1a1a1a"),
        (QPalette.ColorRole.WindowText, "#1a1a1a"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def _laid_out_view(
    events: Sequence[TimelineEventView], width: int, window: Window | None
) -> TimelineView:
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        raise ExportFailedError(f"the width must be {MIN_WIDTH} to {MAX_WIDTH} pixels, not {width}")
    view = TimelineView()
    view.cache_layers = False  # lines and text, not pictures of them, in an SVG
    view.setPalette(_export_palette(view))
    view.set_events(events)
    view.set_visible_window(window)
    view.resize(width, view.heightForWidth(width))
    return view


def _paint(view: TimelineView, painter: QPainter) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    view.render(painter, QPoint(0, 0))


def export_png(
    events: Sequence[TimelineEventView],
    path: Path,
    *,
    width: int = DEFAULT_WIDTH,
    force: bool = False,
    window: Window | None = None,
) -> QSize:
    """Write the timeline ``width`` logical pixels wide; returns the image's size in pixels.

    ``window`` is the stretch of time to draw (as the view's visible_window()); None: all.
    """
    if path.exists() and not force:
        raise OutputExistsError(path)
    ensure_application()
    view = _laid_out_view(events, width, window)
    size = view.size() * PIXEL_RATIO
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(PIXEL_RATIO)
    image.setDotsPerMeterX(round(3780 * PIXEL_RATIO))  # 192 dpi: the same size on paper
    image.setDotsPerMeterY(round(3780 * PIXEL_RATIO))
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    _paint(view, painter)
    painter.end()
    view.deleteLater()

    def write(target: Path) -> None:
        writer = QImageWriter(str(target), b"png")  # the temporary name says nothing of PNG
        if not writer.write(image):
            raise ExportFailedError(
                f"could not write the PNG image to {path}: {writer.errorString()}"
            )

    write_atomically(path, write, force=force)
    return image.size()


def export_svg(
    events: Sequence[TimelineEventView],
    path: Path,
    *,
    title: str,
    description: str = "",
    width: int = DEFAULT_WIDTH,
    force: bool = False,
    window: Window | None = None,
) -> QSize:
    """Write the timeline as SVG, its labels as text; returns the drawing's size.

    ``window`` is the stretch of time to draw; None: the whole span.
    """
    if path.exists() and not force:
        raise OutputExistsError(path)
    ensure_application()
    view = _laid_out_view(events, width, window)
    size = view.size()

    def write(target: Path) -> None:
        generator = QSvgGenerator()
        generator.setFileName(str(target))
        generator.setSize(size)
        generator.setViewBox(QRect(0, 0, size.width(), size.height()))
        generator.setTitle(title)
        generator.setDescription(description)
        painter = QPainter()
        if not painter.begin(generator):
            raise ExportFailedError(f"could not write the SVG drawing to {path}")
        _paint(view, painter)
        painter.end()

    try:
        write_atomically(path, write, force=force)
    finally:
        view.deleteLater()
    return size
