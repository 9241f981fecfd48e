"""Where the study data lives: --data-dir, else the environment, else Qt's AppDataLocation."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from serge_desktop.core.errors import SergeError

DATA_DIR_ENV = "SERGE_DESKTOP_DATA_DIR"
DATABASE_FILENAME = "library.sqlite3"
WINDOW_STATE_FILENAME = "window-state.ini"


class NoDataLocationError(SergeError):
    """The system offers no per-user folder and none was given."""


def resolve_data_dir(cli_value: str | os.PathLike[str] | None, env: Mapping[str, str]) -> Path:
    """Pick the data folder by precedence; the application's names must already be set on Qt."""
    if cli_value:
        return Path(cli_value).expanduser().absolute()
    from_env = env.get(DATA_DIR_ENV, "").strip()
    if from_env:
        return Path(from_env).expanduser().absolute()
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    # An empty answer means Qt knows no per-user folder on this system (no HOME): refuse to guess,
    # because falling back to the working directory would write next to the program.
    if not location:
        raise NoDataLocationError("no per-user data folder is known; pass --data-dir")
    return Path(location)
