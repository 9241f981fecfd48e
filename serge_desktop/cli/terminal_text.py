"""Text from the library made safe to print on a terminal: control characters escaped.

Names come from imported articles and from other people's class packs; an escape sequence in
one must show as text, never move the cursor, recolour or retitle the reader's terminal.
"""

from __future__ import annotations


def printable(text: str) -> str:
    """``text`` with every non-printable character (controls, tabs, newlines) as an escape."""
    if text.isprintable():
        return text
    return "".join(
        char if char.isprintable() else char.encode("unicode_escape").decode("ascii")
        for char in text
    )
