"""Text safe to print on a terminal: control characters, bad bytes and bidi tricks as escapes.

Headlines, notes, tags, pack authors and file names come from anyone. Printed raw, ``ESC]0;…BEL``
retitles the reader's terminal and ``ESC[2J`` clears it; a lone surrogate (a file name that is
not UTF-8) stops Python's printing with a UnicodeEncodeError. Each such character is shown as a
Python-style escape instead, which is readable and says exactly what is there.
"""

from __future__ import annotations

import re

# C0 controls, DEL and C1 controls (U+009B is a one-character CSI on some terminals); the
# Unicode bidirectional overrides and isolates, which can make text read in another order than
# it is stored; the line and paragraph separators, which some terminals break lines at; and lone
# surrogates. Other format characters (soft hyphen, zero-width joiner in emoji) stay as written.
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069\ud800-\udfff]"
)
_LAYOUT = frozenset("\t\n")


def _escape(char: str) -> str:
    # \xNN below 0x80, \uXXXX above: the latter is also JSON's own escape, so JSON that passes
    # through a terminal-safe stream stays valid JSON (JSON escapes C0 controls itself).
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x80 else f"\\u{code:04x}"


def _escape_name_byte(char: str) -> str:
    return f"\\x{ord(char) - 0xDC00:02x}"  # a byte that was not UTF-8 (surrogateescape)


def terminal_safe(text: str, *, keep_layout: bool = False) -> str:
    """``text`` with every unsafe character escaped; ``keep_layout`` leaves tabs and newlines.

    A field of a tab-separated line escapes its own tabs and newlines (``keep_layout`` False), so
    one field stays one field; a whole message may keep them.
    """
    if keep_layout:
        return _UNSAFE.sub(lambda m: m[0] if m[0] in _LAYOUT else _escape(m[0]), text)
    return _UNSAFE.sub(lambda m: _escape(m[0]), text)


def shown_file_name(name: str) -> str:
    r"""A file name in a lossless, displayable form: bytes that were not UTF-8 as ``\xNN``.

    Python reads such names with surrogateescape; they cannot be stored or printed as they are.
    Only undecodable bytes change, so a UTF-8 name is returned unchanged.
    """
    return re.sub("[\udc80-\udcff]", lambda m: _escape_name_byte(m[0]), name)
