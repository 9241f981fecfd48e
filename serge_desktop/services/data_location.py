"""Where the study data lives: --data-dir, the environment, the policy, portable, else per-user.

Never the program's own folder (unless an administrator marked it portable and it is writable),
and never a shared temporary folder: with no per-user place known, the app refuses to guess.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from serge_desktop.core.errors import SergeError
from serge_desktop.services.policy import DEFAULT_POLICY, Policy

# Making files and folders private to their user, re-exported (``as``) for the window's lock file
# and data folder: it imports nothing from storage.
from serge_desktop.storage.permissions import make_private as make_private
from serge_desktop.storage.permissions import make_private_dir as make_private_dir

DATA_DIR_ENV = "SERGE_DESKTOP_DATA_DIR"
DATABASE_FILENAME = "library.sqlite3"
WINDOW_STATE_FILENAME = "window-state.ini"
PORTABLE_MARKER = "portable.txt"  # beside the executable: keep the data in <folder>/data


class NoDataLocationError(SergeError):
    """The system offers no per-user folder and none was given."""


def resolve_data_dir(
    cli_value: str | os.PathLike[str] | None,
    env: Mapping[str, str],
    policy: Policy = DEFAULT_POLICY,
    *,
    program_dir: Path | None = None,
) -> Path:
    """Pick the data folder by precedence; the application's names must already be set on Qt.

    ``program_dir`` is the folder of a frozen app's executable (found from ``sys`` when not
    given); an unfrozen app has none, so it is never portable.
    """
    if cli_value:
        return Path(cli_value).expanduser().absolute()
    from_env = env.get(DATA_DIR_ENV, "").strip()
    if from_env:
        return Path(from_env).expanduser().absolute()
    if policy.data_dir:
        from_policy = expand_policy_dir(policy.data_dir, env)
        if from_policy is not None:
            return from_policy
    portable = portable_data_dir(program_dir or frozen_program_dir())
    if portable is not None:
        return portable
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    # An empty answer means Qt knows no per-user folder on this system (no HOME): refuse to guess,
    # because falling back to the working directory would write next to the program.
    if not location:
        raise NoDataLocationError("no per-user data folder is known; pass --data-dir")
    return Path(location)


def expand_policy_dir(template: str, env: Mapping[str, str]) -> Path | None:
    """The policy's ``data_dir`` with {user} and {home} filled in; None when they are unknown.

    A folder that cannot be made per-user is skipped rather than shared among patrons.
    """
    user = current_user(env)
    home = env.get("HOME") or env.get("USERPROFILE") or ""
    if ("{user}" in template and not user) or ("{home}" in template and not home):
        return None
    try:
        expanded = template.format(user=user, home=home)
    except (KeyError, IndexError, ValueError):  # other fields: the policy file refuses them
        return None
    path = Path(expanded).expanduser()
    return path if path.is_absolute() else None


def current_user(env: Mapping[str, str]) -> str:
    """The login name, or "" when it is unknown or could climb out of a folder."""
    name = env.get("USER") or env.get("LOGNAME") or env.get("USERNAME") or ""
    if not name:
        try:
            name = getpass.getuser()
        except (OSError, KeyError, ImportError):
            return ""
    if "/" in name or "\\" in name or name in {".", ".."}:
        return ""
    return name


def frozen_program_dir() -> Path | None:
    """The folder of a frozen app's executable; None when run from Python."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(sys.executable).resolve().parent


def portable_data_dir(program_dir: Path | None) -> Path | None:
    """``<program>/data`` when a portable.txt marker sits there and the folder is writable."""
    if program_dir is None or not (program_dir / PORTABLE_MARKER).is_file():
        return None
    # A marker in a read-only install (Program Files, /opt) is ignored: the data goes per-user.
    if not os.access(program_dir, os.W_OK):
        return None
    return program_dir / "data"
