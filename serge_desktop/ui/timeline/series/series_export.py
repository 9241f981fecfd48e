"""A series timeline drawn to a PNG or an SVG file: every band shown, whole, at any width."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize

from serge_desktop.services.timelinejs import OutputExistsError
from serge_desktop.ui.timeline.geometry.scale import Window
from serge_desktop.ui.timeline.image_export import (
    ExportFailedError,
    check_width,
    ensure_application,
    export_palette,
    write_png,
    write_svg,
)
from serge_desktop.ui.timeline.series.chart_data import ChartData
from serge_desktop.ui.timeline.series.series_chart import SeriesChart

TALL = 100_000  # the chart's height while its bands are counted: room for every lane they want
MAX_HEIGHT = 16_000  # a taller picture is refused: hide some articles' bands first


def _laid_out_chart(
    data: ChartData,
    categories: Sequence[tuple[str, str]] | None,
    width: int,
    window: Window | None,
) -> SeriesChart:
    check_width(width)
    chart = SeriesChart()
    chart.cache_layers = False  # lines and text, not pictures of them, in an SVG
    chart.setPalette(export_palette(chart))
    chart.set_categories(categories)
    chart.set_data(data)
    chart.set_visible_window(window)
    chart.resize(width, TALL)
    height = round(chart.content_height() + chart.footer_height()) + 1
    if height > MAX_HEIGHT:
        chart.deleteLater()
        raise ExportFailedError(
            f"the picture would be {height} pixels tall; hide some articles' bands first"
        )
    chart.resize(width, height)
    return chart


def export_series(
    data: ChartData,
    path: Path,
    *,
    title: str,
    categories: Sequence[tuple[str, str]] | None = None,
    width: int = 1600,
    window: Window | None = None,
    force: bool = False,
) -> QSize:
    """Write the bands shown as PNG or SVG (by the file's suffix); returns the picture's size.

    ``window`` is the stretch of time to draw; None: the whole span.
    """
    if path.exists() and not force:
        raise OutputExistsError(path)
    ensure_application()
    chart = _laid_out_chart(data, categories, width, window)
    try:
        if path.suffix.lower() == ".svg":
            description = ", ".join(band.title for band in data.bands if band.slug)
            return write_svg(chart, path, title=title, description=description, force=force)
        return write_png(chart, path, force=force)
    finally:
        chart.deleteLater()
