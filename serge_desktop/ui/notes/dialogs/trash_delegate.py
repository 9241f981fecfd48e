"""Paints one note in the trash: its passage as a quote, the start of its text, when it went."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem
from typing_extensions import override

from serge_desktop.ui.common.item_painting import ItemDelegate, PaintedItem, paint_colour_bar
from serge_desktop.ui.notes.dialogs.trash_model import (
    BODY_ROLE,
    COLOR_ROLE,
    DELETED_ROLE,
    QUOTE_ROLE,
)

PADDING = 8


class TrashItemDelegate(ItemDelegate):
    @override
    def draw_item(self, painter: QPainter, item: PaintedItem) -> None:
        option, index, colours = item.option, item.index, item.colours
        text_colour, muted = colours.text, colours.muted
        rect = option.rect.adjusted(PADDING, PADDING // 2, -PADDING, -PADDING // 2)
        text = paint_colour_bar(painter, rect, index.data(COLOR_ROLE))
        line_height = QFontMetrics(option.font).lineSpacing()

        def line(font: QFont, colour: QColor, words: str, row: int) -> None:
            painter.setFont(font)
            painter.setPen(colour)
            shown = QFontMetrics(font).elidedText(
                " ".join(words.split()), Qt.TextElideMode.ElideRight, text.width()
            )
            box = QRect(text.left(), text.top() + row * line_height, text.width(), line_height)
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)

        italic = QFont(option.font)
        italic.setItalic(True)
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.88)
        line(italic, muted, f"“{index.data(QUOTE_ROLE)}”", 0)
        body = str(index.data(BODY_ROLE) or "")
        if body.strip():
            line(option.font, text_colour, body, 1)
        else:
            line(italic, muted, self.tr("No note text"), 1)
        line(small, muted, str(index.data(DELETED_ROLE)), 2)

    @override
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(240, QFontMetrics(option.font).lineSpacing() * 3 + PADDING)
