"""When a note cannot be saved, its text goes to an emergency file and the user is told where.

The notes pane owns an ``EmergencySave``; a window feature (``features.emergency_save``) tells it
which folder is failing (the data folder, never used for the copy), which article is open, and
shows its notices in the window's status bar.

Signals:
    notice_changed(str): the status-bar message about the emergency copy ("" once it is saved).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from serge_desktop.core.errors import SergeError
from serge_desktop.services.emergency_notes import EmergencyWriteError, write_emergency_copy
from serge_desktop.services.errors import StorageError
from serge_desktop.ui.common.error_messages import describe_error


class EmergencySave(QObject):
    """Keeps the text of a note that failed to save in a plain-text file elsewhere."""

    notice_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.avoid_dir: Path | None = None  # the data folder: the copy never goes there
        self.article_title = ""
        self.file: Path | None = None  # this run of failures' file; None while saves work

    def keep(self, error: SergeError, *, text: str, quote: str) -> str:
        """Copy ``text`` to the emergency file if the library refused it; the line to show."""
        failure = self.tr("Not saved: %1").replace("%1", describe_error(error))
        if not isinstance(error, StorageError):
            return failure  # the note itself needs changing (too long): nothing is at risk
        try:
            self.file = write_emergency_copy(
                self._content(error, text, quote), avoid=self.avoid_dir, existing=self.file
            )
        except EmergencyWriteError as second:
            self.notice_changed.emit(
                self.tr("Your note could not be saved anywhere (%1). Copy its text elsewhere.")
                .replace("%1", str(second))
            )  # fmt: skip
            return failure
        notice = self.tr("A copy of your note is in %1").replace("%1", str(self.file))
        self.notice_changed.emit(notice)
        return f"{failure} {notice}"

    def saved(self) -> None:
        """The library took the note again: the next failure starts a new file."""
        if self.file is not None:
            self.file = None
            self.notice_changed.emit("")

    def _content(self, error: SergeError, text: str, quote: str) -> str:
        lines = [
            self.tr("Serge Desktop could not save this note in its library: %1").replace(
                "%1", describe_error(error)
            ),
            self.tr("Copy the text below back into the note once the problem is solved."),
            "",
            self.tr("Article: %1").replace("%1", self.article_title or "—"),
        ]
        if quote:
            lines.append(self.tr("Passage: “%1”").replace("%1", " ".join(quote.split())))
        written = datetime.now().astimezone().strftime("%Y-%m-%d %H:%M:%S %z")
        lines += [self.tr("Written: %1").replace("%1", written), "", "-" * 40, "", text, ""]
        return "\n".join(lines)
