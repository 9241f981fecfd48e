"""Child process that dies holding the library open: its changes are left in the -wal.

Run as ``python crashing_library.py DATA_DIR COUNT [CHECKPOINT]``: opens (or creates) the library,
saves COUNT notes, prints ``ready`` and waits to be killed with SIGKILL, so nothing is closed
or checkpointed. With CHECKPOINT, the -wal is first folded into the file (as SQLite does once
it holds a thousand pages), so only the notes live in the -wal.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from serge_desktop.services.workspace import Workspace
from serge_desktop.storage import models as m
from tests.services.seed_notes import note_on


def main(data: Path, count: int, checkpoint: bool) -> None:
    workspace = Workspace(data)
    if checkpoint:
        m.database_proxy.obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    for number in range(count):
        note_on(workspace, "Victor Serge", body=f"crash note {number}")
    print("ready", flush=True)
    time.sleep(600)


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]), len(sys.argv) > 3)
