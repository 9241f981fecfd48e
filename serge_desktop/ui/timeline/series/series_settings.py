"""What the series timeline remembers between runs: the bands hidden, by series (window state).

Kept in the data folder's window-state file, like the rest of the window's state, so that each
library remembers its own; a series' bands are remembered by its id, the library's apart.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from serge_desktop.services.scope import Scope, ScopeKind

_HIDDEN = "series_timeline/hidden"
_SPLITTER = "series_timeline/splitter"


def scope_key(scope: Scope) -> str:
    """The name a scope's hidden bands are kept under: "series-3", "library"."""
    if scope.kind is ScopeKind.SERIES:
        return f"series-{scope.id}"
    if scope.kind is ScopeKind.ARTICLE:
        return f"article-{scope.id}"
    return "library"


class SeriesSettings:
    """The bands hidden in each series' timeline, and how the page's panes were divided."""

    def __init__(self, path: Path | None) -> None:
        # Without a file (a window made for a test, say) nothing outlives the window.
        self._settings = QSettings(str(path), QSettings.Format.IniFormat) if path else None
        self._memory: dict[str, frozenset[int]] = {}

    def hidden(self, scope: Scope) -> frozenset[int]:
        key = scope_key(scope)
        if self._settings is None:
            return self._memory.get(key, frozenset())
        value = self._settings.value(f"{_HIDDEN}/{key}", [])
        if isinstance(value, str):  # QSettings hands back a one-item list as a plain string
            value = [value] if value else []
        found = set()
        for item in value if isinstance(value, list) else []:
            try:
                found.add(int(item))
            except (TypeError, ValueError):
                continue  # a value edited by hand: left out, never a crash
        return frozenset(found)

    def set_hidden(self, scope: Scope, hidden: frozenset[int]) -> None:
        key = scope_key(scope)
        if self._settings is None:
            self._memory[key] = hidden
            return
        if hidden:
            self._settings.setValue(f"{_HIDDEN}/{key}", [str(i) for i in sorted(hidden)])
        else:
            self._settings.remove(f"{_HIDDEN}/{key}")
        self._settings.sync()

    def splitter(self) -> QByteArray | None:
        if self._settings is None:
            return None
        value = self._settings.value(_SPLITTER)
        return value if isinstance(value, QByteArray) else None

    def set_splitter(self, state: QByteArray) -> None:
        if self._settings is not None:
            self._settings.setValue(_SPLITTER, state)
            self._settings.sync()
