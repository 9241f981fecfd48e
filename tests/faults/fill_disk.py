"""Child process for the file-size-limit test: saves notes under RLIMIT_FSIZE until refused.

Run as ``python fill_disk.py DATA_DIR LIMIT_BYTES``. Prints ``saved <id>`` for each committed
note and ``refused <kind> <message>`` when a write fails; closes the library and opens it again
under the same limit (``reopened <notes>``, or ``reopen failed <error>``); then lifts the limit
(space returns), prints ``after <id>`` for one more note, and closes the library.
"""

from __future__ import annotations

import contextlib
import resource
import signal
import sys
from pathlib import Path

from serge_desktop.services.workspace import Workspace
from serge_desktop.storage.errors import StorageError
from tests.services.seed_notes import note_on, seed_id


def main(data: Path, limit: int) -> None:
    # Past the limit the kernel sends SIGXFSZ, which would kill the process; ignored, the
    # write fails with EFBIG instead, as it fails with ENOSPC on a full disk.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    workspace = Workspace(data)
    _soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    for number in range(100_000):
        try:
            note = note_on(workspace, "Victor Serge", body=f"note {number} " + "x" * 3000)
        except StorageError as error:
            print(f"refused {error.kind} {error}", flush=True)
            break
        print(f"saved {note.id}", flush=True)
    with contextlib.suppress(StorageError):
        workspace.close()  # its last checkpoint may fail as well
    try:
        workspace = Workspace(data)
    except StorageError as error:
        print(f"reopen failed {type(error).__name__} {error}", flush=True)
        return
    print(f"reopened {len(workspace.notes.list_notes(seed_id(workspace)))}", flush=True)
    resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))
    note = note_on(workspace, "Victor Serge", body="after space came back")
    print(f"after {note.id}", flush=True)
    workspace.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
