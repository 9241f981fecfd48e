"""`make bench`: opening a large library with and without the integrity check at start (JSON).

A clean close leaves a marker (storage.clean_close); the next start then skips PRAGMA quick_check,
which reads the whole file. The library is grown to the size asked (default 120 MB) with
paragraph rows, which no search index copies, so building it stays quick.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sqlite3
import tempfile
import time
from pathlib import Path

from serge_desktop.services.workspace import Workspace
from serge_desktop.storage.clean_close import marker_path

ROW_BYTES = 4000


def grow(path: Path, megabytes: int) -> None:
    """Add paragraph rows to the library's first revision until the file is that large."""
    rows = megabytes * 1_000_000 // ROW_BYTES
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as raw:
        raw.execute(
            'INSERT INTO paragraph (revision_id, position, start, "end", text, is_quotation) '
            "WITH RECURSIVE n(v) AS (SELECT 100000 UNION ALL SELECT v + 1 FROM n "
            f"WHERE v < {100_000 + rows}) "
            f"SELECT (SELECT min(id) FROM revision), v, 0, 0, hex(randomblob({ROW_BYTES // 2})), 0 "
            "FROM n"
        )


def timed_open(data: Path) -> tuple[float, bool]:
    started = time.perf_counter()
    workspace = Workspace(data)
    seconds = time.perf_counter() - started
    skipped = workspace.startup_check_skipped
    workspace.close()
    return seconds, skipped


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--megabytes", type=int, default=120)
    options.add_argument("--folder", type=Path, help="build the library here (default: a temp)")
    args = options.parse_args()
    with tempfile.TemporaryDirectory(prefix="serge-bench-", dir=args.folder) as folder:
        data = Path(folder)
        Workspace(data).close()
        path = data / "library.sqlite3"
        grow(path, args.megabytes)
        Workspace(data).close()  # a clean close of the grown library
        size = path.stat().st_size
        after_clean_close, skipped = timed_open(data)
        marker_path(path).unlink()  # as after a crash
        with_check, checked_skipped = timed_open(data)
    print(
        json.dumps(
            {
                "benchmark": "opening a large library",
                "file_megabytes": round(size / 1_000_000),
                "open_seconds_after_clean_close": round(after_clean_close, 3),
                "check_skipped_after_clean_close": skipped,
                "open_seconds_with_check_at_start": round(with_check, 3),
                "check_skipped_then": checked_skipped,
            },
            indent=2,
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
