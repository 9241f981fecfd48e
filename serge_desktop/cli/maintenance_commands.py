"""The `check`, `backup` and `restore` subcommands: looking after the library file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from serge_desktop.cli.exit_codes import DONE, FAILED, REFUSED, exit_code_for
from serge_desktop.cli.messages import describe, describe_trouble
from serge_desktop.cli.wording import counted
from serge_desktop.core.errors import SergeError
from serge_desktop.core.regular_files import NotARegularFileError, require_regular
from serge_desktop.services.errors import NotOurDatabaseError, RecoveryNeededError
from serge_desktop.services.maintenance import (
    HealthReport,
    check_library,
    repair_library,
    salvage_library,
)
from serge_desktop.services.recovery import restore_over, start_empty
from serge_desktop.services.workspace import Workspace


def add_maintenance_subcommands(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    parents: list[argparse.ArgumentParser],
) -> None:
    check = subparsers.add_parser(
        "check",
        parents=parents,
        help="check the library for damage (exit 1 on a problem)",
        description=(
            "Runs SQLite's integrity_check and foreign_key_check, checks the search indexes "
            "and that all text is valid UTF-8, and whether a -wal beside the library is its "
            "own. Nothing is changed unless --salvage or --set-aside is given."
        ),
    )
    actions = check.add_mutually_exclusive_group()
    actions.add_argument(
        "--salvage",
        action="store_true",
        help="repair what can be repaired in place (indexes, text) after a backup; if the "
        "library is damaged, move it aside and copy what it still holds into a new one",
    )
    actions.add_argument(
        "--set-aside",
        action="store_true",
        help="move the library's files aside, unchanged, and start a new, empty library",
    )
    # Checked as it is on disk: opening it would already replace a damaged file by a backup.
    check.set_defaults(handler=None, file_handler=run_check)
    backup = subparsers.add_parser(
        "backup", parents=parents, help="make a verified copy of the library"
    )
    backup.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="write the copy here (else: backups/)"
    )
    backup.add_argument("--force", action="store_true", help="replace FILE if it exists")
    backup.set_defaults(handler=run_backup, reads_only=True)
    restore = subparsers.add_parser(
        "restore",
        parents=parents,
        help="replace the library by a backup (the library as it is now is kept)",
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.set_defaults(handler=None, file_handler=run_restore)


def run_check(args: argparse.Namespace, database: Path) -> int:
    out = sys.stdout
    try:
        report = check_library(database)
    except SergeError as error:
        print(f"serge-desktop: {database}: {describe(error)}", file=sys.stderr)
        return exit_code_for(error)
    if report.trouble is not None:
        print(f"{database}: {describe_trouble(report.trouble)}", file=out)
        if args.salvage and report.trouble.files_hold_something:
            return _salvage(database)
        if args.set_aside or args.salvage:
            return _set_aside(database)
        return FAILED
    if report.ok:
        print(f"{database}: ok", file=out)
        print(f"{database}: {_shutdown(report)}", file=out)
        return DONE
    for problem in report.problems:
        print(f"{database}: {problem}", file=out)
    if args.set_aside:
        return _set_aside(database)
    if not args.salvage:
        print(f"serge-desktop: {_advice(report)}", file=sys.stderr)
        return FAILED
    if report.repairable_in_place:
        return _repair(report)
    return _salvage(database)


def _shutdown(report: HealthReport) -> str:
    if report.closed_cleanly:
        return "closed cleanly after its last use: the next start opens it without checking"
    return "not closed cleanly after its last use, or in use now: the next start checks it"


def _advice(report: HealthReport) -> str:
    if report.repairable_in_place:
        return (
            "only indexes or text encodings are wrong; nothing is lost. Run "
            "`serge-desktop check --salvage` to repair them (after a backup)"
        )
    return (
        "the library is damaged; run `serge-desktop check --salvage` to copy what it still "
        "holds into a new library (the damaged file is kept), or restore a backup with "
        "`serge-desktop restore FILE`"
    )


def _repair(report: HealthReport) -> int:
    try:
        repaired = repair_library(report)
    except SergeError as error:
        print(f"serge-desktop: {report.path}: repair failed: {describe(error)}", file=sys.stderr)
        return FAILED
    done = []
    if repaired.indexes:
        done.append(f"rebuilt {counted(len(repaired.indexes), 'index', 'indexes')}")
    if repaired.search_indexes:
        searches = counted(len(repaired.search_indexes), "search index", "search indexes")
        done.append(f"rebuilt {searches}")
    if repaired.mended_text:
        mended = counted(repaired.mended_text, "text value")
        done.append(f"mended {mended} that were not valid UTF-8")
    print(
        f"{report.path}: {', '.join(done) or 'nothing to do'}; backed up first to "
        f"{repaired.backup} (it keeps the original bytes)",
        file=sys.stdout,
    )
    for problem in repaired.remaining:
        print(f"{report.path}: still: {problem}", file=sys.stdout)
    return FAILED  # something was wrong, even though it is repaired now


def _salvage(database: Path) -> int:
    try:
        salvaged = salvage_library(database)
    except SergeError as error:
        print(f"serge-desktop: {database}: salvage failed: {describe(error)}", file=sys.stderr)
        return FAILED
    wal = ""
    if salvaged.wal_used:
        wal = "; what its -wal held is included"
    elif salvaged.wal_refused:
        wal = "; its -wal was written by another library and was left out"
    notes = counted(dict(salvaged.rows).get("note", 0), "note")
    skipped = counted(salvaged.unreadable, "unreadable place")
    from_pages = counted(salvaged.from_pages, "row")
    dropped = counted(salvaged.dropped, "row")
    print(
        f"{database}: salvaged {counted(salvaged.total_rows, 'row')} ({notes}) into a new "
        f"library ({skipped} skipped, {from_pages} read straight from their pages, {dropped} "
        f"dropped whose parent was lost){wal}; the damaged files are kept at "
        f"{salvaged.damaged_path}",
        file=sys.stdout,
    )
    return FAILED  # something was wrong, even if salvage got most of it back


def _set_aside(database: Path) -> int:
    try:
        aside = start_empty(database)
    except SergeError as error:
        print(f"serge-desktop: {database}: {describe(error)}", file=sys.stderr)
        return FAILED
    where = f"moved aside, unchanged, to {aside}" if aside else "nothing to move aside"
    print(f"{database}: {where}; a new, empty library is in its place", file=sys.stdout)
    return FAILED


def run_backup(args: argparse.Namespace, workspace: Workspace) -> int:
    try:
        if args.output is None:
            path = workspace.backups.back_up_now().path
        else:
            path = workspace.backups.back_up_to(args.output, overwrite=args.force)
    except FileExistsError:
        print(
            f"serge-desktop: {args.output} already exists; nothing was written "
            "(use --force to replace it)",
            file=sys.stderr,
        )
        return REFUSED
    except SergeError as error:
        print(
            f"serge-desktop: {args.output or workspace.database_path}: {describe(error)}",
            file=sys.stderr,
        )
        return exit_code_for(error)
    print(f"backed up to {path}", file=sys.stdout)
    return DONE


def run_restore(args: argparse.Namespace, database: Path) -> int:
    file: Path = args.file
    try:
        require_regular(file)
    except FileNotFoundError:
        print(f"serge-desktop: {file}: no such file", file=sys.stderr)
        return REFUSED
    except (NotARegularFileError, OSError) as error:
        print(f"serge-desktop: {file}: {_why(error)}", file=sys.stderr)
        return REFUSED
    try:
        workspace = Workspace(database.parent)
    except (RecoveryNeededError, NotOurDatabaseError):
        return _restore_over_damage(database, file)
    except SergeError as error:
        print(f"serge-desktop: {database}: {describe(error)}", file=sys.stderr)
        return exit_code_for(error)
    with workspace:
        try:
            outcome = workspace.backups.restore(file)
        except SergeError as error:
            print(f"serge-desktop: {file}: {describe(error)}; nothing was changed", file=sys.stderr)
            return exit_code_for(error)
    print(f"restored {file}; the library as it was is backed up in {outcome.previous_state.path}")
    return DONE


def _why(error: NotARegularFileError | OSError) -> str:
    if isinstance(error, NotARegularFileError):
        return describe(error)
    return error.strerror or str(error)


def _restore_over_damage(database: Path, file: Path) -> int:
    """The library cannot be opened (so not backed up first): its files are moved aside."""
    try:
        aside = restore_over(database, file)
    except SergeError as error:
        print(f"serge-desktop: {file}: {describe(error)}; nothing was changed", file=sys.stderr)
        return exit_code_for(error)
    kept = f"; the library's old files are kept at {aside}" if aside else ""
    print(f"restored {file}{kept}")
    return DONE
