"""The reader's preferences, kept in the data folder, with the administrator's locks on top.

A locked setting (the policy's ``locked_settings``) always reads as the administrator's value,
and setting it does nothing; the Preferences dialog shows it disabled. The text size is the
reader's zoom, which the window already remembers; only its lock is kept here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from serge_desktop.services.policy import (
    REOPEN_LAST_ARTICLE,
    TEXT_SIZE,
    TEXT_SIZE_RANGE,
    Policy,
)
from serge_desktop.services.workspace import Workspace

PREFERENCES_FILENAME = "preferences.ini"
DEFAULTS: dict[str, bool] = {REOPEN_LAST_ARTICLE: True}


class ReaderSettings:
    """Typed preferences over an INI file in the data folder (so each library keeps its own)."""

    def __init__(self, path: Path, policy: Policy) -> None:
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)
        self.policy = policy

    @classmethod
    def for_workspace(cls, workspace: Workspace) -> ReaderSettings:
        return cls(workspace.data_dir / PREFERENCES_FILENAME, workspace.policy)

    def is_locked(self, name: str) -> bool:
        return self.policy.is_locked(name)

    def value(self, name: str) -> bool:
        default = DEFAULTS[name]
        if self.policy.is_locked(name):
            return bool(self.policy.locked_value(name, default))
        stored = self._settings.value(f"preferences/{name}", default)
        # INI files hand booleans back as the strings "true" and "false".
        return stored if isinstance(stored, bool) else str(stored).lower() == "true"

    def set_value(self, name: str, value: bool) -> None:
        if self.policy.is_locked(name):
            return
        self._settings.setValue(f"preferences/{name}", value)
        self._settings.sync()

    def locked_text_size(self) -> int | None:
        """The administrator's text size in percent, or None when the reader may choose."""
        if not self.policy.is_locked(TEXT_SIZE):
            return None
        value = self.policy.locked_value(TEXT_SIZE, 100)
        low, high = TEXT_SIZE_RANGE
        return min(max(value, low), high) if isinstance(value, int) else None

    @property
    def reopen_last_article(self) -> bool:
        return self.value(REOPEN_LAST_ARTICLE)
