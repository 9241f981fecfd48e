"""The `check`, `backup` and `restore` subcommands: looking after the library file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from serge_desktop.cli.messages import describe, describe_recovery
from serge_desktop.cli.wording import counted
from serge_desktop.core.errors import SergeError
from serge_desktop.services.errors import NoGoodBackupError
from serge_desktop.services.maintenance import check_library, replace_damaged, salvage_library
from serge_desktop.services.workspace import Workspace


def add_maintenance_subcommands(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    parents: list[argparse.ArgumentParser],
) -> None:
    check = subparsers.add_parser(
        "check", parents=parents, help="check the library for damage (exit 1 on a problem)"
    )
    check.add_argument(
        "--salvage",
        action="store_true",
        help="if damaged: move it aside and copy what can still be read into a new library",
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
    backup.set_defaults(handler=run_backup)
    restore = subparsers.add_parser(
        "restore", parents=parents, help="replace the library by a backup (after backing it up)"
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.set_defaults(handler=None, file_handler=run_restore)


def run_check(args: argparse.Namespace, database: Path) -> int:
    out = sys.stdout
    try:
        report = check_library(database)
    except SergeError as error:
        print(f"serge-desktop: {database}: {describe(error)}", file=sys.stderr)
        return 1
    if report.ok:
        print(f"{database}: ok", file=out)
        return 0
    for problem in report.problems:
        print(f"{database}: {problem}", file=out)
    if not args.salvage:
        print(
            "serge-desktop: the library is damaged; opening it restores the newest good backup, "
            "or run `serge-desktop check --salvage` to copy what can still be read",
            file=sys.stderr,
        )
        return 1
    try:
        salvaged = salvage_library(database)
    except SergeError as error:
        print(f"serge-desktop: {database}: salvage failed: {describe(error)}", file=sys.stderr)
        return 1
    skipped = counted(salvaged.unreadable, "unreadable place")
    dropped = counted(salvaged.dropped, "row")
    print(
        f"{database}: salvaged {counted(salvaged.total_rows, 'row')} into a new library "
        f"({skipped} skipped, {dropped} dropped whose parent was lost); "
        f"the damaged file is kept at {salvaged.damaged_path}",
        file=out,
    )
    return 1  # something was wrong, even if salvage got most of it back


def run_backup(args: argparse.Namespace, workspace: Workspace) -> int:
    try:
        if args.output is None:
            path = workspace.backups.back_up_now().path
        else:
            path = workspace.backups.back_up_to(args.output, overwrite=args.force)
    except FileExistsError:
        print(
            f"serge-desktop: {args.output}: already exists; use --force to replace it",
            file=sys.stderr,
        )
        return 1
    except SergeError as error:
        print(
            f"serge-desktop: {args.output or workspace.database_path}: {describe(error)}",
            file=sys.stderr,
        )
        return 1
    print(f"backed up to {path}", file=sys.stdout)
    return 0


def run_restore(args: argparse.Namespace, database: Path) -> int:
    file: Path = args.file
    if not file.is_file():
        print(f"serge-desktop: {file}: no such file", file=sys.stderr)
        return 1
    try:
        workspace = Workspace(database.parent)
    except NoGoodBackupError:
        return _restore_over_damage(database, file)
    except SergeError as error:
        print(f"serge-desktop: {database}: {describe(error)}", file=sys.stderr)
        return 2
    with workspace:
        _report_recovery(workspace)
        try:
            outcome = workspace.backups.restore(file)
        except SergeError as error:
            print(f"serge-desktop: {file}: {describe(error)}; nothing was changed", file=sys.stderr)
            return 1
    print(f"restored {file}; the library as it was is backed up in {outcome.previous_state.path}")
    return 0


def _restore_over_damage(database: Path, file: Path) -> int:
    try:
        aside = replace_damaged(database, file)
    except SergeError as error:
        print(f"serge-desktop: {file}: {describe(error)}; nothing was changed", file=sys.stderr)
        return 1
    print(f"restored {file}; the damaged library is kept at {aside}")
    return 0


def _report_recovery(workspace: Workspace) -> None:
    if workspace.recovery is not None:
        print(f"serge-desktop: {describe_recovery(workspace.recovery)}", file=sys.stderr)
