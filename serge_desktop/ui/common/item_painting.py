"""What the custom list delegates share: painting on the item's panel, in its text colours."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem
from typing_extensions import override

from serge_desktop.ui.common.palette import highlight_colour

BAR_WIDTH = 4


@dataclass(frozen=True, slots=True)
class ItemColours:
    text: QColor  # for the item's main text, selected or not
    muted: QColor  # for its secondary text


@dataclass(frozen=True, slots=True)
class PaintedItem:
    """The row a delegate draws: Qt's style option, its index, and the colours to write in."""

    option: QStyleOptionViewItem
    index: QModelIndex | QPersistentModelIndex
    colours: ItemColours


class ItemDelegate(QStyledItemDelegate):
    """A delegate that draws its rows itself, on the style's item panel (hover, selection).

    ``paint`` saves the painter, draws the panel, hands ``draw_item`` the colours to write in,
    and restores the painter however ``draw_item`` ends; a subclass draws only its row.
    """

    @override
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        try:
            if self.has_panel(index):
                colours = paint_item_background(painter, option)
            else:
                colours = item_colours(option)
            self.draw_item(painter, PaintedItem(option, index, colours))
        finally:
            painter.restore()

    def has_panel(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        """Whether this row sits on the item panel (a heading row, say, does not)."""
        return True

    def draw_item(self, painter: QPainter, item: PaintedItem) -> None:
        """Draw the row's content; by default, as the style draws any item."""
        QStyledItemDelegate.paint(self, painter, item.option, item.index)


def paint_item_background(painter: QPainter, option: QStyleOptionViewItem) -> ItemColours:
    """Draw the style's item panel (hover, selection) and give the colours to write on it."""
    style = option.widget.style() if option.widget else None
    if style is not None:
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter)
    return item_colours(option)


def item_colours(option: QStyleOptionViewItem) -> ItemColours:
    """The colours to write an item's text in, selected or not."""
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
