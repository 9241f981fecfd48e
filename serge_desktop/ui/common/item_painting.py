"""What the custom list delegates share: painting on the item's panel, in its text colours."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem
from typing_extensions import override

from serge_desktop.core.contrast import text_contrast_goal
from serge_desktop.ui.common.highlight_colours import readable_selection
from serge_desktop.ui.common.palette import blend, highlight_colour, towards

BAR_WIDTH = 4
MUTED_SHARE = 0.7  # of the text's colour in secondary text, the rest the row's


@dataclass(frozen=True, slots=True)
class ItemColours:
    text: QColor  # for the item's main text, selected or not
    muted: QColor  # for its secondary text
    panel: QColor | None = None  # the selected row's panel under them (None: the list's own)


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
        option = QStyleOptionViewItem(option)
        # The desktop's selection (Qt's own blue) may not keep white text at 4.5:1: deepened.
        option.palette = readable_selection(option.palette)
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
    """The colours to write an item's text in, selected or not, each at 4.5:1 on the row."""
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    palette: QPalette = option.palette
    if selected:
        palette = readable_selection(palette)  # as ItemDelegate.paint draws the panel
    role = QPalette.ColorRole
    text = palette.color(role.HighlightedText if selected else role.Text)
    rows = [role.Highlight] if selected else [role.Base, role.AlternateBase]
    # Secondary text is the text faded towards the row, but never so far that it stops being
    # read (a selected note's quote was 2.6:1 in white at 70 % on the desktop's blue).
    goal = theme_goal(palette)
    muted = blend(text, palette.color(rows[0]), MUTED_SHARE)
    for row in rows:
        muted = towards(muted, text, palette.color(row), goal)
    return ItemColours(text, muted, palette.color(role.Highlight) if selected else None)


def theme_goal(palette: QPalette) -> float:
    """The contrast derived text keeps in this palette: 4.5:1, or 7:1 in high contrast."""
    role = QPalette.ColorRole
    return text_contrast_goal(
        palette.color(role.Text).name(),
        palette.color(role.Base).name(),
        palette.color(role.WindowText).name(),
        palette.color(role.Window).name(),
    )


def paint_colour_bar(painter: QPainter, rect: QRect, colour_name: str | None) -> QRect:
    """The note's highlight colour as a bar down the left edge; returns the room to its right."""
    bar = highlight_colour(colour_name, active=True).darker(115)
    bar.setAlpha(255)
    painter.fillRect(QRect(rect.left(), rect.top(), BAR_WIDTH, rect.height()), bar)
    return rect.adjusted(BAR_WIDTH + 8, 0, 0, 0)
