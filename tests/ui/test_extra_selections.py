from __future__ import annotations

import sys

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QTextEdit

from serge_desktop.ui.extra_selections import set_extra_selections


def test_setting_extra_selections_keeps_none_alive(qapp: QApplication) -> None:
    view = QTextEdit()
    view.setPlainText("Victor Serge reached Petrograd")
    selection = QTextEdit.ExtraSelection()
    selection.cursor = QTextCursor(view.document())  # type: ignore[misc]
    set_extra_selections(view, [selection])  # the first call measures the leak
    before = sys.getrefcount(None)
    for _ in range(500):
        set_extra_selections(view, [selection])
        set_extra_selections(view, [])
    assert abs(sys.getrefcount(None) - before) < 50
