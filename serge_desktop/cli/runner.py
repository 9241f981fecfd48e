"""Opens the workspace a subcommand works on and turns known errors into one-line messages."""

from __future__ import annotations

import argparse
import os
import sys

from serge_desktop.cli.messages import describe
from serge_desktop.core.errors import SergeError
from serge_desktop.services.data_location import DATABASE_FILENAME, resolve_data_dir
from serge_desktop.services.workspace import Workspace


def run_command(args: argparse.Namespace) -> int:
    try:
        data_dir = resolve_data_dir(getattr(args, "data_dir", None), os.environ)
    except SergeError as error:
        print(f"serge-desktop: {describe(error)}", file=sys.stderr)
        return 2
    try:
        workspace = Workspace(data_dir)
    except SergeError as error:
        print(f"serge-desktop: {data_dir / DATABASE_FILENAME}: {describe(error)}", file=sys.stderr)
        return 2
    with workspace:
        code: int = args.handler(args, workspace)
        return code
