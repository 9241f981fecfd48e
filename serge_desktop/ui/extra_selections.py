"""Sets a text view's extra selections, making up for a reference-counting bug in PySide6.

PySide6 6.12's ``QTextEdit.setExtraSelections`` releases one reference to ``None`` each call
without taking one. On Python 3.11, where ``None`` is an ordinary object, a few thousand calls
(every highlight change and animation frame) bring its count to zero and the interpreter aborts
("deallocating None"). We measure the leak once and give the reference back after each call, so
the workaround switches itself off in a PySide6 that has the bug fixed.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtWidgets import QTextEdit

_none_refs_lost_per_call: int | None = None


def set_extra_selections(view: QTextEdit, selections: list[QTextEdit.ExtraSelection]) -> None:
    global _none_refs_lost_per_call
    if _none_refs_lost_per_call is None:
        before = sys.getrefcount(None)
        view.setExtraSelections(selections)
        _none_refs_lost_per_call = max(0, before - sys.getrefcount(None))
    else:
        view.setExtraSelections(selections)
    for _ in range(_none_refs_lost_per_call):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))
