"""What the custom list delegates share: the item's background and its text colours."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from serge_desktop.ui.reader.note_marks import highlight_colour

BAR_WIDTH = 4


@dataclass(frozen=True, slots=True)
class ItemColours:
    text: QColor  # for the item's main text, selected or not
    muted: QColor  # for its secondary text


def paint_item_background(painter: QPainter, option: QStyleOptionViewItem) -> ItemColours:
    """Draw the style's item panel (hover, selection) and give the colours to write on it."""
    style = option.widget.style() if option.widget else None
    if style is not None:
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter)
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    palette: QPalette = option.palette
    text = palette.color(
        QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    )
    muted = QColor(text)
    muted.setAlphaF(0.7)
    return ItemColours(text, muted)


def paint_colour_bar(painter: QPainter, rect: QRect, colour_name: str | None) -> QRect:
    """The note's highlight colour as a bar down the left edge; returns the room to its right."""
    bar = highlight_colour(colour_name, active=True).darker(115)
    bar.setAlpha(255)
    painter.fillRect(QRect(rect.left(), rect.top(), BAR_WIDTH, rect.height()), bar)
    return rect.adjusted(BAR_WIDTH + 8, 0, 0, 0)
