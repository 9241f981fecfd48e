"""Opens the workspace a subcommand works on and turns known errors into one-line messages.

The administrator's policy applies here as in the window: its data folder, its import lock, and
guest mode (a command then works on a private temporary library, erased when it ends, unless
--data-dir names a folder: an administrator's maintenance command).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from serge_desktop.cli.messages import describe, describe_recovery
from serge_desktop.core.errors import SergeError
from serge_desktop.services.data_location import DATABASE_FILENAME, resolve_data_dir
from serge_desktop.services.guest_session import GuestSession
from serge_desktop.services.policy import ImportNotAllowedError, Policy
from serge_desktop.services.policy_file import load_policy
from serge_desktop.services.workspace import Workspace

# Subcommands that add articles to the library; `allow_import: false` refuses them.
IMPORTING_COMMANDS = frozenset({"import"})


def run_command(args: argparse.Namespace) -> int:
    policy = load_policy(os.environ, sys.platform).policy
    if args.command in IMPORTING_COMMANDS and not policy.allow_import:
        where = f" ({policy.source})" if policy.source else ""
        print(f"serge-desktop: {describe(ImportNotAllowedError())}{where}", file=sys.stderr)
        return 2
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
        return 2
    return _run_in(args, data_dir, policy)


def _run_in(
    args: argparse.Namespace, data_dir: Path, policy: Policy, *, secure_delete: bool = False
) -> int:
    file_handler = getattr(args, "file_handler", None)
    if file_handler is not None:  # check, restore: work on the file as it is, not opened
        status: int = file_handler(args, data_dir / DATABASE_FILENAME)
        return status
    try:
        workspace = Workspace(data_dir, policy=policy, secure_delete=secure_delete)
    except SergeError as error:
        print(f"serge-desktop: {data_dir / DATABASE_FILENAME}: {describe(error)}", file=sys.stderr)
        return 2
    if workspace.recovery is not None:
        print(f"serge-desktop: {describe_recovery(workspace.recovery)}", file=sys.stderr)
    with workspace:
        code: int = args.handler(args, workspace)
        return code
