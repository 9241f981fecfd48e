"""Running the real command line in a child process, each run a separate run of the program."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


def serge(
    data: Path,
    *argv: str,
    env: dict[str, str] | None = None,
    preexec: Callable[[], None] | None = None,
) -> Run:
    """``serge-desktop --data-dir DATA ARGV…`` as its own process (``preexec`` runs in it)."""
    environment = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        **(env or {}),
    }
    result = subprocess.run(
        [sys.executable, "-m", "serge_desktop.main", "--data-dir", str(data), *argv],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        preexec_fn=preexec,  # only for resource limits, in a test
    )
    return Run(result.returncode, result.stdout, result.stderr)


def integrity(path: Path) -> str:
    """PRAGMA integrity_check's verdict, read with plain sqlite3 (not the code under test)."""
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])


def note_bodies(path: Path) -> list[str]:
    """The bodies of the notes in a library file, read with plain sqlite3."""
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return sorted(row[0] for row in connection.execute("SELECT body FROM note"))
