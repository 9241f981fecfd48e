"""Child process for the kill test: saves notes in a loop, printing each id once committed.

Run as ``python note_writer.py DATABASE ARTICLE_ID REVISION_ID START END``. It goes through the
storage layer and NotesService only (no Workspace, no Qt), so it starts quickly.
"""

from __future__ import annotations

import sys
from itertools import count
from pathlib import Path

from serge_desktop.services.notes import NotesService
from serge_desktop.storage.database import open_database


def main(argv: list[str]) -> None:
    path, article, revision, start, end = argv
    notes = NotesService(open_database(Path(path)))
    for number in count():
        note = notes.create_note(
            article_id=int(article),
            revision_id=int(revision),
            start=int(start),
            end=int(end),
            body=f"note {number} " + "words " * (number % 50),
            tags=("kill-test", f"batch-{number % 7}"),
        )
        # Printed only after create_note returned, that is after COMMIT: a promise to keep.
        sys.stdout.write(f"{note.id}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1:])
