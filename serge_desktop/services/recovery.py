"""The three ways back when the library cannot be opened as it is, for the window and the CLI.

What was found is a LibraryTrouble (storage.library_state, re-exported here); the reader chooses
one of these, and each leaves the old files moved aside, unchanged, never deleted.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

from serge_desktop.storage.database import close_database, open_database

# What was found, re-exported (``as``) for the window and the command line, which import nothing
# from storage.
from serge_desktop.storage.library_state import LibraryTrouble as LibraryTrouble
from serge_desktop.storage.library_state import Trouble as Trouble
from serge_desktop.storage.recovery import move_aside
from serge_desktop.storage.recovery import restore_over as restore_over
from serge_desktop.storage.salvage import SalvageReport, salvage_in_place


class RecoveryChoice(enum.Enum):
    RESTORE_BACKUP = "restore_backup"  # the newest verified backup, named with its time and notes
    RECOVER_FILES = "recover_files"  # what the file and its -wal still hold (salvage)
    START_EMPTY = "start_empty"  # a new library; the old files moved aside unchanged


@dataclass(frozen=True, slots=True)
class RecoveryOutcome:
    """What a recovery did: where the old files went, and what came back."""

    choice: RecoveryChoice
    set_aside: Path | None  # the old database's new name (its -wal and -shm beside it)
    restored_from: Path | None = None  # the backup put back
    salvage: SalvageReport | None = None


def offered_choices(trouble: LibraryTrouble) -> tuple[RecoveryChoice, ...]:
    """The choices that can do something here, best first."""
    choices = []
    if trouble.newest_good is not None:
        choices.append(RecoveryChoice.RESTORE_BACKUP)
    if trouble.files_hold_something:
        choices.append(RecoveryChoice.RECOVER_FILES)
    choices.append(RecoveryChoice.START_EMPTY)
    return tuple(choices)


def recover(
    trouble: LibraryTrouble, choice: RecoveryChoice, *, backup: Path | None = None
) -> RecoveryOutcome:
    """Carry out ``choice``; ``backup`` overrides the newest verified one when restoring."""
    database = trouble.path
    if choice is RecoveryChoice.RESTORE_BACKUP:
        chosen = backup or (trouble.newest_good.backup.path if trouble.newest_good else None)
        if chosen is None:
            raise ValueError("no backup to restore")
        aside = restore_over(database, chosen)
        return RecoveryOutcome(choice, aside, restored_from=chosen)
    if choice is RecoveryChoice.RECOVER_FILES:
        report = salvage_in_place(database)
        return RecoveryOutcome(choice, report.damaged_path, salvage=report)
    return RecoveryOutcome(choice, start_empty(database))


def start_empty(database: Path) -> Path | None:
    """Move the old files aside, unchanged, and create a new, empty library in their place.

    Returns where the old database went (None if there was none). The new library is made
    now, so the backups left beside it are not taken for evidence of a lost one next time.
    """
    aside = move_aside(database)
    close_database(open_database(database, over_evidence=True))
    return aside
