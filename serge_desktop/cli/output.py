"""What the command line prints: safe for the terminal, valid JSON, and quiet when cut off.

Anything a library holds may carry terminal escape codes (a headline with ``ESC]0;…BEL``
retitles the terminal) or bytes that are not UTF-8 (a file name). Every stream a command writes
to is wrapped so such characters come out as visible escapes; fields of tab-separated lines
escape their own tabs and newlines too, and JSON escapes them the JSON way, so it stays valid.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
from collections.abc import Iterator
from typing import TextIO

from serge_desktop.core.terminal_text import terminal_safe

# What terminal_safe escapes, minus what JSON itself escapes (C0 controls, quote, backslash).
_JSON_UNSAFE = re.compile(
    "[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069\ud800-\udfff]"
)


class TerminalSafeStream:
    """A text stream that writes everything through ``terminal_safe`` (tabs, newlines kept)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(terminal_safe(text, keep_layout=True))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


def unfiltered(stream: TextIO) -> TextIO:
    """The stream beneath the filter, for the command line's own control codes (a progress line)."""
    inner = stream._stream if isinstance(stream, TerminalSafeStream) else stream
    return inner


def field(text: object) -> str:
    """One field of a tab-separated line: its own tabs and newlines escaped too."""
    return terminal_safe(str(text))


def dump_json(data: object, out: TextIO) -> None:
    """``data`` as indented JSON (non-ASCII kept readable) with a final newline."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    out.write(_JSON_UNSAFE.sub(lambda m: f"\\u{ord(m[0]):04x}", text) + "\n")


@contextlib.contextmanager
def safe_output() -> Iterator[None]:
    """While inside, sys.stdout and sys.stderr print nothing a terminal would act on."""
    saved = sys.stdout, sys.stderr
    sys.stdout = TerminalSafeStream(saved[0])
    sys.stderr = TerminalSafeStream(saved[1])
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def silence_closed_stdout() -> None:
    """The reader of our output went away (``| head -1``): stop writing without a traceback.

    Python's own advice for SIGPIPE: point stdout at /dev/null, so the flush at exit does not
    fail again.
    """
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
