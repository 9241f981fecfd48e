"""Leaving a library as a crash leaves it: killed while open, its last changes in the -wal."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from tests.faults.cli_runs import ROOT

CRASHER = Path(__file__).with_name("crashing_library.py")


def crash_while_open(data: Path, notes: int, *, checkpoint: bool = False) -> None:
    """Open the library in a child, save ``notes`` notes, kill it with SIGKILL."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    argv = [sys.executable, str(CRASHER), str(data), str(notes)]
    if checkpoint:
        argv.append("checkpoint")
    with subprocess.Popen(argv, stdout=subprocess.PIPE, text=True, env=env) as child:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        child.send_signal(signal.SIGKILL)
        child.wait()
