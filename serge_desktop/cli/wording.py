"""Counted words for the command line's English lines: "1 note", "2 notes", never "1 notes".

The services hand over numbers only; wording them is the caller's job (the window words its own
through Qt's %n plural forms).
"""

from __future__ import annotations


def counted(count: int, one: str, many: str | None = None) -> str:
    """``count`` and the noun that agrees with it; ``many`` defaults to ``one`` + "s"."""
    noun = one if count == 1 else (many if many is not None else f"{one}s")
    return f"{count:,} {noun}"
