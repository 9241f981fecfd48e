"""The note editor's saving: on a pause in typing, on every switch and at quit, never lost.

A text the library refuses stays in the editor, goes to an emergency file elsewhere (the line
under the editor says where), and is tried again shortly.

Signals:
    note_saved(int): a note's text was written to the database.
    text_saved(int, str, str): the same, with the text before and after (for the undo stack).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from serge_desktop.core.errors import SergeError
from serge_desktop.services.notes import NotesService
from serge_desktop.ui.notes.emergency_save import EmergencySave
from serge_desktop.ui.notes.model import NotesListModel

AUTOSAVE_DELAY_MS = 700  # within a second of a pause in typing
RETRY_DELAY_MS = 3000  # after a failed save (database locked by another program, disk full)


class NoteSaving(QObject):
    """Writes the editor's text for the note being edited; the pane says which note that is.

    Its words are the notes pane's (translated in that context), as the reader sees them there.
    """

    note_saved = Signal(int)
    text_saved = Signal(int, str, str)  # note id, text before, text after: for undo

    def __init__(
        self,
        notes: NotesService,
        model: NotesListModel,
        editor: QPlainTextEdit,
        state: QLabel,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._notes = notes
        self._model = model
        self._editor = editor
        self._state = state
        self.editing_id: int | None = None
        self.dirty = False  # the editor holds text the database does not have yet
        self._loading = False
        self.last_save_error: SergeError | None = None
        self.emergency = EmergencySave(parent)  # where unsaved text goes when the library refuses
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.timeout.connect(self.flush)
        editor.textChanged.connect(self._on_text_changed)

    @contextlib.contextmanager
    def loading(self, editing_id: int | None) -> Iterator[None]:
        """Fill the editor for ``editing_id`` in the block: a text put there is not an edit."""
        self._loading = True
        self.editing_id = editing_id
        try:
            yield
        finally:
            self._loading = False

    def flush(self) -> bool:
        """Write the editor's text now if it has unsaved changes (on pauses, switches and quit).

        Returns False when the text could not be saved; it then stays in the editor, the reason
        is shown, and saving is tried again shortly.
        """
        self.autosave.stop()
        if self.editing_id is None or not self.dirty:
            return True
        row = self._model.row_of(self.editing_id)
        before = self._model.note_at(row).body if row is not None else ""
        text = self._editor.toPlainText()
        try:
            saved = self._notes.update_body(note_id=self.editing_id, body=text)
        except SergeError as error:
            self.last_save_error = error
            # The library refused it: a copy goes to a plain-text file elsewhere, and the line
            # says where, so the typing survives a crash or a forced quit.
            quote = self._model.note_at(row).quote if row is not None else ""
            self._state.setText(self.emergency.keep(error, text=text, quote=quote))
            self.autosave.start(RETRY_DELAY_MS)
            return False
        self.dirty = False
        self.last_save_error = None
        self.emergency.saved()
        self._model.replace_note(saved)
        self._state.setText(QCoreApplication.translate("NotesPane", "Saved"))
        self.note_saved.emit(saved.id)
        if saved.body != before:
            self.text_saved.emit(saved.id, before, saved.body)
        return True

    def _on_text_changed(self) -> None:
        if not self._loading and self.editing_id is not None:
            self.dirty = True
            self._state.setText(QCoreApplication.translate("NotesPane", "Editing…"))
            self.autosave.start(AUTOSAVE_DELAY_MS)
