"""What the Export dialog was last set to, kept per library with the window's state.

The next export starts from the last one: its format, its scope, what it held, its page size
and the folder it went to. Kept in the data folder's window-state file, so each library keeps
its own, and read defensively: a value that is missing or odd falls back to the default.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from pathlib import Path

from PySide6.QtCore import QSettings

_GROUP = "export"


@dataclass(frozen=True, slots=True)
class ExportChoices:
    """The dialog's settings that outlast it (filters such as the tag are chosen afresh)."""

    format: str = "pdf"
    all_articles: bool = False
    notes: bool = True
    timeline: bool = False
    article: bool = False
    layers: bool = False
    names_index: bool = False  # the index of names (issue 17)
    page_size: str = "A4"
    folder: str = ""  # where the last export was saved; empty for the home folder

    def with_folder(self, path: Path) -> ExportChoices:
        return replace(self, folder=str(path.parent))


class ExportMemory:
    """Reads and writes ``ExportChoices`` in a library's window-state file."""

    def __init__(self, path: Path) -> None:
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    def load(self) -> ExportChoices:
        d = ExportChoices()
        return ExportChoices(
            format=self._word("format", d.format),
            all_articles=self._flag("all_articles", d.all_articles),
            notes=self._flag("notes", d.notes),
            timeline=self._flag("timeline", d.timeline),
            article=self._flag("article", d.article),
            layers=self._flag("layers", d.layers),
            names_index=self._flag("names_index", d.names_index),
            page_size=self._word("page_size", d.page_size),
            folder=self._word("folder", d.folder),
        )

    def save(self, choices: ExportChoices) -> None:
        for field in fields(choices):
            self._settings.setValue(f"{_GROUP}/{field.name}", getattr(choices, field.name))
        self._settings.sync()

    def _flag(self, name: str, default: bool) -> bool:
        stored = self._settings.value(f"{_GROUP}/{name}", default)
        # INI files hand booleans back as the strings "true" and "false".
        return stored if isinstance(stored, bool) else str(stored).lower() == "true"

    def _word(self, name: str, default: str) -> str:
        stored = self._settings.value(f"{_GROUP}/{name}", default)
        return stored if isinstance(stored, str) else default
