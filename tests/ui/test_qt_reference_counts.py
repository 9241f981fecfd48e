"""The PySide6 in use keeps Python's reference count of None balanced.

PySide6 6.12.0 on Python 3.11 releases a reference to None on every call of a method returning
nothing, and the interpreter aborts once the count reaches zero; pyproject.toml keeps that
release away from 3.11. This test fails if such a build is installed again.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QTextCursor
from PySide6.QtWidgets import QApplication, QTextEdit, QWidget


def test_void_qt_calls_keep_none_alive(qapp: QApplication) -> None:
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    widget = QWidget()
    text = QTextEdit()
    selection = QTextEdit.ExtraSelection()
    selection.cursor = QTextCursor(text.document())
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for _ in range(500):
            painter.setPen(QColor(10, 20, 30))
            painter.drawRect(QRectF(1, 1, 10, 10))
            painter.drawEllipse(QPointF(5, 5), 2, 2)
            widget.update()
            text.setExtraSelections([selection])
        after = sys.getrefcount(None)
    finally:
        painter.end()
    assert abs(after - before) < 100, f"None lost {before - after} references in 2500 calls"
