"""Shared fixtures; Qt runs offscreen so the suite needs no display."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


# After the last test the interpreter tears Qt down; PySide6 can crash there (a segfault after
# the summary) though every test has finished, and the crash would hide the real result. The
# session's own status is returned at once instead; the crash is tracked in issue 13's note.
_EXIT_STATUS: list[int] = []


def pytest_sessionfinish(session: object, exitstatus: int) -> None:
    _EXIT_STATUS.append(int(exitstatus))


def pytest_unconfigure(config: object) -> None:
    if _EXIT_STATUS and os.environ.get("SERGE_TESTS_NORMAL_EXIT") != "1":
        import sys

        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS[-1])
