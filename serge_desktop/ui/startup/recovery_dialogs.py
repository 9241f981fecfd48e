"""At start-up: a library that cannot be opened as it is stops the start with the ways back.

The storage layer never creates a library over evidence of an old one, nor restores anything
unasked (storage.library_state); here the reader chooses: the newest verified backup (named, with
its time and how many notes it holds), what the files themselves still hold, or an empty library.
Whatever the choice, the old files are moved aside unchanged, and the reader is told where.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QPushButton, QWidget

from serge_desktop.services.errors import RecoveryNeededError
from serge_desktop.services.recovery import (
    LibraryTrouble,
    RecoveryChoice,
    RecoveryOutcome,
    Trouble,
    offered_choices,
    recover,
)
from serge_desktop.services.workspace import Workspace


class RecoveryCounts(QObject):
    """The recovery's counted phrases: lupdate gives plural forms only to a class's tr()."""

    def backups(self, count: int) -> str:
        return self.tr("%n backup(s) of it are in its backups folder.", "", count)

    def restore_label(self, notes: int) -> str:
        return self.tr("Restore the Backup of %1 (%n note(s))", "", notes)

    def recovered(self, notes: int) -> str:
        return self.tr("%n note(s) were recovered into a new library.", "", notes)


def open_with_recovery(open_workspace: Callable[[], Workspace]) -> Workspace:
    """Open the workspace; if its library needs recovery, ask how, recover, and open again.

    Raises the RecoveryNeededError when the reader chooses to quit (the caller says so and
    quits), and what a recovery raises if it fails (a full disk): nothing is lost either way.
    """
    while True:
        try:
            return open_workspace()
        except RecoveryNeededError as needed:
            choice = RecoveryChoiceDialog.ask(needed.trouble)
            if choice is None:
                raise
            outcome = recover(needed.trouble, choice)
            RecoveryChoiceDialog.tell(outcome)


class RecoveryChoiceDialog(QMessageBox):
    """Says what was found at the library's place and offers the ways back, best first.

    ``ask`` and ``tell`` are class methods that tests replace with fixed answers.
    """

    def __init__(self, trouble: LibraryTrouble, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trouble = trouble
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(
            QCoreApplication.translate("RecoveryDialogs", "Your Library Needs Attention")
        )
        self.setAccessibleName(QCoreApplication.translate("RecoveryDialogs", "Library recovery"))
        self.setText(found_text(trouble))
        self.setInformativeText(beside_text(trouble))
        self.setDetailedText(details_text(trouble))
        self.choice_buttons: dict[QAbstractButton, RecoveryChoice] = {}
        for choice in offered_choices(trouble):
            label, accessible = choice_words(trouble, choice)
            button = self.addButton(label, QMessageBox.ButtonRole.AcceptRole)
            button.setAccessibleName(accessible)
            self.choice_buttons[button] = choice
        self.quit_button = self.addButton(
            QCoreApplication.translate("RecoveryDialogs", "Quit"), QMessageBox.ButtonRole.RejectRole
        )
        self.quit_button.setAccessibleName(
            QCoreApplication.translate("RecoveryDialogs", "Quit without changing anything")
        )
        first = next(iter(self.choice_buttons))
        if isinstance(first, QPushButton):
            self.setDefaultButton(first)
        self.setEscapeButton(self.quit_button)

    def choice(self) -> RecoveryChoice | None:
        """What the reader chose; None for Quit (or closing the dialog)."""
        clicked = self.clickedButton()
        return self.choice_buttons.get(clicked) if clicked is not None else None

    @classmethod
    def ask(cls, trouble: LibraryTrouble) -> RecoveryChoice | None:
        dialog = cls(trouble)
        dialog.exec()
        return dialog.choice()

    @classmethod
    def tell(cls, outcome: RecoveryOutcome) -> None:
        outcome_box(outcome).exec()


def found_text(trouble: LibraryTrouble) -> str:
    """What is wrong, in one sentence."""
    return {
        Trouble.DAMAGED: QCoreApplication.translate("RecoveryDialogs", "Your library is damaged."),
        Trouble.EMPTY: QCoreApplication.translate(
            "RecoveryDialogs", "Your library's file is empty."
        ),
        Trouble.MISSING: QCoreApplication.translate(
            "RecoveryDialogs", "Your library's file is missing."
        ),
        Trouble.NOT_A_DATABASE: QCoreApplication.translate(
            "RecoveryDialogs", "Your library's file is no longer a database: its beginning is gone."
        ),
        Trouble.FOREIGN_WAL: QCoreApplication.translate(
            "RecoveryDialogs",
            "Beside your library is a journal file (-wal) that another library wrote.",
        ),
    }[trouble.trouble]


def beside_text(trouble: LibraryTrouble) -> str:
    """What is beside it, and the promise: nothing changed, nothing will be deleted."""
    parts = []
    if trouble.wal_size and trouble.trouble is not Trouble.FOREIGN_WAL:
        parts.append(
            QCoreApplication.translate(
                "RecoveryDialogs", "Its journal file (-wal, %1) holds changes not yet in the file."
            ).replace("%1", QLocale().formattedDataSize(trouble.wal_size))
        )
    if trouble.backups:
        parts.append(RecoveryCounts().backups(trouble.backups))
    parts.append(
        QCoreApplication.translate(
            "RecoveryDialogs",
            "Nothing has been changed. Choose how to bring your library back; whatever you "
            "choose, the old files are kept, moved aside under a new name.",
        )
    )
    return " ".join(parts)


def details_text(trouble: LibraryTrouble) -> str:
    lines = [str(trouble.path), *trouble.problems]
    if trouble.newest_good is not None:
        lines.append(str(trouble.newest_good.backup.path))
    return "\n".join(lines)


def choice_words(trouble: LibraryTrouble, choice: RecoveryChoice) -> tuple[str, str]:
    """The button's label and its accessible name."""
    if choice is RecoveryChoice.RESTORE_BACKUP:
        good = trouble.newest_good
        assert good is not None  # offered only then
        made = moment_text(good.backup.created.timestamp())
        if good.notes is None:
            label = QCoreApplication.translate(
                "RecoveryDialogs", "Restore the Backup of %1"
            ).replace("%1", made)
        else:
            label = RecoveryCounts().restore_label(good.notes).replace("%1", made)
        return label, QCoreApplication.translate(
            "RecoveryDialogs", "Restore the newest good backup"
        )
    if choice is RecoveryChoice.RECOVER_FILES:
        return (
            QCoreApplication.translate("RecoveryDialogs", "Recover What the Files Hold"),
            QCoreApplication.translate(
                "RecoveryDialogs",
                "Copy everything the damaged file and its journal still hold into a new library",
            ),
        )
    return QCoreApplication.translate(
        "RecoveryDialogs", "Start With an Empty Library"
    ), QCoreApplication.translate("RecoveryDialogs", "Start a new, empty library")


def moment_text(timestamp: float) -> str:
    # As File ▸ Backups shows it: the month in words, so that 3/12 cannot be read either way
    # round (the short format gave "3 12 2026" or "12/3/26").
    moment = QDateTime.fromSecsSinceEpoch(int(timestamp))
    return QLocale().toString(
        moment, QCoreApplication.translate("RecoveryDialogs", "d MMM yyyy, HH:mm")
    )


def outcome_box(outcome: RecoveryOutcome, parent: QWidget | None = None) -> QMessageBox:
    """What the recovery did, and where the old files went."""
    if outcome.choice is RecoveryChoice.RESTORE_BACKUP:
        text = QCoreApplication.translate("RecoveryDialogs", "The backup has been restored.")
    elif outcome.choice is RecoveryChoice.RECOVER_FILES and outcome.salvage is not None:
        notes = dict(outcome.salvage.rows).get("note", 0)
        text = RecoveryCounts().recovered(notes)
        if outcome.salvage.unreadable or outcome.salvage.dropped:
            text += " " + QCoreApplication.translate(
                "RecoveryDialogs", "Some parts could not be read and are missing."
            )
        if outcome.salvage.wal_refused:
            text += " " + QCoreApplication.translate(
                "RecoveryDialogs", "The journal file written by another library was left out."
            )
    else:
        text = QCoreApplication.translate(
            "RecoveryDialogs", "A new, empty library has been started."
        )
    if outcome.set_aside is not None:
        text += " " + QCoreApplication.translate(
            "RecoveryDialogs", "The old files are kept at %1."
        ).replace("%1", str(outcome.set_aside))
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("RecoveryDialogs", "Library Recovered"),
        text,
        parent=parent,
    )
    box.setAccessibleName(QCoreApplication.translate("RecoveryDialogs", "Library recovered"))
    return box
