r"""Text from the library made safe to print on a terminal: control characters shown escaped.

A note or a pack can hold anything, including the escape sequences that move a terminal's
cursor, retitle its window or hide what follows. Listings print them as ``\\x1b``, ``\\n``.
"""

from __future__ import annotations

import unicodedata


def terminal_safe(text: str) -> str:
    """``text`` on one line, every control or format character written as an escape."""
    return "".join(_escaped(c) if _is_control(c) else c for c in text)


def _is_control(character: str) -> bool:
    # Cc: C0 and C1 controls (ESC, CSI, newline, tab…); Cf: bidirectional overrides and the
    # like, which reorder what a terminal shows; line and paragraph separators break lines;
    # a lone surrogate cannot be written out at all.
    return unicodedata.category(character) in ("Cc", "Cf", "Cs", "Zl", "Zp")


def _escaped(character: str) -> str:
    code = ord(character)
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
    if character in named:
        return named[character]
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"
