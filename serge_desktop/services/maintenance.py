"""Looking after a library file without opening it: check it, salvage it, restore over damage."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from serge_desktop.storage.backups import verify_backup
from serge_desktop.storage.database import check_ownership
from serge_desktop.storage.health import check_problems
from serge_desktop.storage.recovery import move_aside, restore_file
from serge_desktop.storage.salvage import SalvageReport, salvage_in_place

__all__ = ["HealthReport", "SalvageReport", "check_library", "replace_damaged", "salvage_library"]


@dataclass(frozen=True, slots=True)
class HealthReport:
    """The result of checking a library file: what is wrong, if anything."""

    path: Path
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def check_library(database: Path) -> HealthReport:
    """Run every check (size, integrity_check, foreign_key_check) without changing the file.

    A file that is not ours or too new raises as opening it would (it is not damaged).
    """
    check_ownership(database)
    return HealthReport(database, tuple(check_problems(database, thorough=True)))


def salvage_library(database: Path) -> SalvageReport:
    """Move the damaged library aside (it is kept) and copy what can be read into a new one."""
    check_ownership(database)
    return salvage_in_place(database)


def replace_damaged(database: Path, backup: Path) -> Path:
    """Verify ``backup``, move the damaged ``database`` aside, put a copy of the backup there.

    Returns where the damaged file went. For a library too damaged to open (and so to back
    up first); a library that opens is restored through BackupService.restore instead.
    """
    verify_backup(backup)
    aside = move_aside(database)
    restore_file(backup, database)
    return aside
