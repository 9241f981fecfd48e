"""Opens the workspace a subcommand works on and turns known errors into one-line messages.

The administrator's policy applies here as in the window: its data folder, its import lock, and
guest mode (a command then works on a private temporary library, erased when it ends, unless
--data-dir names a folder: an administrator's maintenance command). Every exit code follows
cli.exit_codes; everything printed goes through cli.output.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from serge_desktop.cli.exit_codes import FAILED, REFUSED, exit_code_for
from serge_desktop.cli.messages import describe, describe_trouble
from serge_desktop.cli.output import safe_output, silence_closed_stdout
from serge_desktop.core.errors import SergeError
from serge_desktop.services.data_location import DATABASE_FILENAME, resolve_data_dir
from serge_desktop.services.errors import RecoveryNeededError, StorageError
from serge_desktop.services.guest_session import GuestSession
from serge_desktop.services.policy import ImportNotAllowedError, Policy
from serge_desktop.services.policy_file import load_policy
from serge_desktop.services.workspace import Workspace

# Subcommands that add articles to the library; `allow_import: false` refuses them.
IMPORTING_COMMANDS = frozenset({"import"})


def run_command(args: argparse.Namespace) -> int:
    """Run the subcommand in ``args``; its exit code (0 done, 1 failed, 2 refused)."""
    try:
        with safe_output():
            code = _run(args)
            sys.stdout.flush()  # here, where a closed pipe can still be answered quietly
            return code
    except BrokenPipeError:
        silence_closed_stdout()
        return FAILED


def _run(args: argparse.Namespace) -> int:
    policy = load_policy(os.environ, sys.platform).policy
    if args.command in IMPORTING_COMMANDS and not policy.allow_import:
        where = f" ({policy.source})" if policy.source else ""
        print(f"serge-desktop: {describe(ImportNotAllowedError())}{where}", file=sys.stderr)
        return REFUSED
    cli_data_dir = getattr(args, "data_dir", None)
    if policy.guest_mode and not cli_data_dir:
        session = GuestSession.start(os.environ)
        try:
            return _run_in(args, session.data_dir, policy, secure_delete=True)
        finally:
            session.erase()
    try:
        data_dir = resolve_data_dir(cli_data_dir, os.environ, policy)
    except SergeError as error:
        print(f"serge-desktop: {describe(error)}", file=sys.stderr)
        return REFUSED
    return _run_in(args, data_dir, policy)


def _run_in(
    args: argparse.Namespace, data_dir: Path, policy: Policy, *, secure_delete: bool = False
) -> int:
    file_handler = getattr(args, "file_handler", None)
    database = data_dir / DATABASE_FILENAME
    if file_handler is not None:  # check, restore: work on the file as it is, not opened
        status: int = file_handler(args, database)
        return status
    try:
        workspace = _open(args, data_dir, policy, secure_delete=secure_delete)
    except RecoveryNeededError as needed:
        print(f"serge-desktop: {database}: {describe_trouble(needed.trouble)}", file=sys.stderr)
        return REFUSED
    except SergeError as error:
        print(f"serge-desktop: {database}: {describe(error)}", file=sys.stderr)
        return exit_code_for(error)
    with workspace:
        _announce_upgrade_backup(workspace)
        code: int = args.handler(args, workspace)
        return code


def _open(
    args: argparse.Namespace, data_dir: Path, policy: Policy, *, secure_delete: bool
) -> Workspace:
    """The workspace; a command that only reads opens a library it cannot write read-only.

    The command line never restores or creates over a damaged library on its own: it says what
    was found and how to recover (RecoveryNeededError), and leaves every file as it is.
    """
    try:
        return Workspace(data_dir, policy=policy, secure_delete=secure_delete)
    except StorageError as error:
        if not getattr(args, "reads_only", False) or error.kind not in ("read_only", "locked"):
            raise
        workspace = Workspace(data_dir, policy=policy, read_only=True)
    print(
        "serge-desktop: note: the library cannot be written here, so it was opened read-only",
        file=sys.stderr,
    )
    return workspace


def _announce_upgrade_backup(workspace: Workspace) -> None:
    for path in workspace.backups_made():
        if "before-migration" in path.name:
            print(
                f"serge-desktop: the library was upgraded; a copy of it as it was is in {path}",
                file=sys.stderr,
            )
