"""Shared fixtures; Qt runs offscreen so the suite needs no display."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_sessionfinish(session: object, exitstatus: int) -> None:
    # The offscreen platform keeps the clipboard's contents in a C++ static that is destroyed
    # after Python has finalised. Contents a Python override made (the reader's copy gives the
    # article's own words) then call back into the dead interpreter and the process segfaults
    # after the summary. Empty the clipboard while Python is still alive. (Under X11 the
    # clipboard goes with the application, before Python: the app itself is not affected.)
    if "PySide6.QtGui" not in sys.modules:
        return
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        app.clipboard().clear()
