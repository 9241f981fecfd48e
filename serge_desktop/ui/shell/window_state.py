"""Remembers the window between runs: geometry, splitters, panes, zoom and the open article."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QMainWindow, QSplitter

_GEOMETRY = "window/geometry"
_STATE = "window/state"
_SPLITTERS = "window/splitters"
_ARTICLE = "reader/article"
_ZOOM = "reader/zoom"
_HIDDEN_PANES = "window/hidden_panes"
_SIDE_BY_SIDE = "notes/side_by_side"


class WindowState:
    """Window state lives in an INI file in the data folder, so each data folder keeps its own."""

    def __init__(self, path: Path) -> None:
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    def restore(self, window: QMainWindow, splitters: dict[str, QSplitter]) -> bool:
        """Restore what was saved; False when nothing was (the window then sizes itself)."""
        geometry = self._settings.value(_GEOMETRY)
        if isinstance(geometry, QByteArray):
            window.restoreGeometry(geometry)
        state = self._settings.value(_STATE)
        if isinstance(state, QByteArray):
            window.restoreState(state)
        for name, splitter in splitters.items():
            saved = self._settings.value(f"{_SPLITTERS}/{name}")
            if isinstance(saved, QByteArray):
                splitter.restoreState(saved)
        return isinstance(geometry, QByteArray)

    def restore_or_fit(self, window: QMainWindow, splitters: dict[str, QSplitter]) -> None:
        """Restore what was saved; the first time, 1440 by 900, or the whole of a small screen."""
        if self.restore(window, splitters):
            return
        window.resize(1440, 900)
        available = window.screen().availableGeometry()
        if available.width() < 1480 or available.height() < 960:  # with the window's frame
            window.setWindowState(Qt.WindowState.WindowMaximized)

    def save(self, window: QMainWindow, splitters: dict[str, QSplitter]) -> None:
        self._settings.setValue(_GEOMETRY, window.saveGeometry())
        self._settings.setValue(_STATE, window.saveState())
        for name, splitter in splitters.items():
            self._settings.setValue(f"{_SPLITTERS}/{name}", splitter.saveState())
        self._settings.sync()

    def article_slug(self) -> str | None:
        value = self._settings.value(_ARTICLE)
        return value if isinstance(value, str) and value else None

    def set_article_slug(self, slug: str) -> None:
        self._settings.setValue(_ARTICLE, slug)

    def zoom(self) -> float:
        value = self._settings.value(_ZOOM, 1.0)
        try:
            return float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return 1.0

    def set_zoom(self, factor: float) -> None:
        self._settings.setValue(_ZOOM, factor)

    def hidden_panes(self) -> list[str]:
        value = self._settings.value(_HIDDEN_PANES, [])
        if isinstance(value, str):  # QSettings hands back a one-item list as a plain string
            return [value] if value else []
        return [str(v) for v in value] if isinstance(value, list) else []

    def set_hidden_panes(self, names: list[str]) -> None:
        self._settings.setValue(_HIDDEN_PANES, names)

    def side_by_side(self) -> bool:
        """Whether notes were written with the live preview beside them last time."""
        return str(self._settings.value(_SIDE_BY_SIDE, "false")).lower() == "true"

    def set_side_by_side(self, on: bool) -> None:
        self._settings.setValue(_SIDE_BY_SIDE, "true" if on else "false")
