"""Quitting right after typing saves the text, and nothing runs against the closed library.

The app runs in a child process (quitting ends its event loop for good), so any traceback it
prints is seen.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from serge_desktop.services.workspace import Workspace
from tests.services.seed_notes import seed_id

CHILD = Path(__file__).with_name("typing_then_quit.py")
ROOT = Path(__file__).resolve().parents[3]


def test_typing_then_quitting_saves_and_leaves_no_window_on_a_closed_library(
    tmp_path: Path,
) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(CHILD), str(tmp_path)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert result.stdout.strip() == "exit 0 windows 0", result.stderr
    assert "Traceback" not in result.stderr and "Proxy" not in result.stderr
    with Workspace(tmp_path) as workspace:
        bodies = [n.body for n in workspace.notes.list_notes(seed_id(workspace))]
    assert bodies == ["typed a moment before quitting"]
