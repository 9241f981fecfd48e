"""`make bench`: the size of the bundle `make package` built (dist/serge-desktop), as JSON.

The figure is what `du -sh dist/serge-desktop` counts (blocks on disk), with the largest files,
so a new dependency's weight shows; nothing is reported when the bundle has not been built.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

BUNDLE = Path(__file__).resolve().parent.parent / "dist" / "serge-desktop"
GOAL_MB = 80
LARGEST = 15


def disk_bytes(path: Path) -> int:
    # st_blocks counts 512-byte blocks whatever the file system's block size, as du does.
    return path.lstat().st_blocks * 512


def main() -> int:
    if not BUNDLE.is_dir():
        print(json.dumps({"benchmark": "bundle_size", "built": False}, indent=2))
        return 0
    files = [path for path in BUNDLE.rglob("*") if path.is_file() and not path.is_symlink()]
    total = sum(disk_bytes(path) for path in files) + sum(
        disk_bytes(path) for path in BUNDLE.rglob("*") if path.is_dir()
    )
    largest = sorted(files, key=disk_bytes, reverse=True)[:LARGEST]
    report = {
        "benchmark": "bundle_size",
        "built": True,
        "mb": round(total / 2**20, 1),
        "files": len(files),
        "goal_mb": GOAL_MB,
        "largest_mb": {
            str(path.relative_to(BUNDLE)): round(disk_bytes(path) / 2**20, 2) for path in largest
        },
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
