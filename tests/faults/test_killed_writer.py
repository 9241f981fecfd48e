"""A child saving notes is killed (SIGKILL) 100 times: the file stays sound, no saved note is lost.

Takes about 11 s here (each round starts a fresh Python that imports only storage and notes).
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from serge_desktop.services.workspace import Workspace
from tests.services.seed_notes import seed_id

ROUNDS = 100
WRITER = Path(__file__).with_name("note_writer.py")
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")


def prepared_library(data: Path) -> list[str]:
    """The seed library, and the writer's arguments for a note on its first words."""
    with Workspace(data) as workspace:
        article = seed_id(workspace)
        span = workspace.notes.find_quote(article_id=article, quote="Victor Serge")
        args = [str(workspace.database_path), str(article), str(span.revision_id)]
        return [*args, str(span.start), str(span.end)]


def run_and_kill(args: list[str], rng: random.Random) -> list[int]:
    """Start the writer, kill it at a random moment once it saves; return the ids it reported."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with subprocess.Popen(
        [sys.executable, str(WRITER), *args], stdout=subprocess.PIPE, env=env, text=True
    ) as child:
        assert child.stdout is not None
        first = child.stdout.readline()  # blocks until the first note is committed
        assert first, "the writer stopped before saving anything"
        time.sleep(rng.uniform(0, 0.05))
        child.send_signal(signal.SIGKILL)
        rest = child.stdout.read()  # everything it printed before dying
    assert child.returncode == -signal.SIGKILL
    return [int(line) for line in (first + rest).split()]


def check(database: Path) -> tuple[str, set[int]]:
    """integrity_check and the note ids, read with plain sqlite3 (not the code under test)."""
    with contextlib.closing(sqlite3.connect(database)) as connection:
        verdict = connection.execute("PRAGMA integrity_check").fetchone()[0]
        ids = {row[0] for row in connection.execute("SELECT id FROM note")}
    return verdict, ids


def test_killing_the_writer_never_loses_a_saved_note(tmp_path: Path) -> None:
    args = prepared_library(tmp_path)
    database = Path(args[0])
    rng = random.Random(20261124)
    promised: set[int] = set()
    for round_number in range(ROUNDS):
        promised.update(run_and_kill(args, rng))
        verdict, ids = check(database)
        assert verdict == "ok", f"round {round_number}: {verdict}"
        missing = promised - ids
        assert not missing, f"round {round_number}: reported saved but missing: {sorted(missing)}"
    assert len(promised) >= ROUNDS
