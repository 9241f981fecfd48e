"""Ways to damage a closed database file, the way a failing disk or a bad copy would."""

from __future__ import annotations

import random
from pathlib import Path

PAGE = 4096


def damage_middle_page(path: Path) -> None:
    """Overwrite one whole page in the middle of the file with noise."""
    data = bytearray(path.read_bytes())
    pages = len(data) // PAGE
    start = (pages // 2) * PAGE
    data[start : start + PAGE] = random.Random(6).randbytes(PAGE)
    path.write_bytes(bytes(data))


def truncate_to_half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def files_named(folder: Path, part: str) -> list[Path]:
    return sorted(p for p in folder.iterdir() if part in p.name)
