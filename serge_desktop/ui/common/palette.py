"""Colour arithmetic shared by the custom-drawn parts of the window."""

from __future__ import annotations

from PySide6.QtGui import QColor


def blend(a: QColor, b: QColor, t: float) -> QColor:
    """`t` of colour a over 1 - t of colour b, opaque: faint tints that still hide what is below.

    Blending the text colour into the background gives secondary text that works in light and
    dark themes alike.
    """
    return QColor.fromRgbF(
        a.redF() * t + b.redF() * (1 - t),
        a.greenF() * t + b.greenF() * (1 - t),
        a.blueF() * t + b.blueF() * (1 - t),
    )
