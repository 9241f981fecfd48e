"""Paints one note in the trash: its passage as a quote, the start of its text, when it went."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from serge_desktop.ui.note_marks import highlight_colour
from serge_desktop.ui.trash_model import BODY_ROLE, COLOR_ROLE, DELETED_ROLE, QUOTE_ROLE

PADDING = 8
BAR_WIDTH = 4


class TrashItemDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = QColor(text_colour)
        muted.setAlphaF(0.7)
        rect = option.rect.adjusted(PADDING, PADDING // 2, -PADDING, -PADDING // 2)
        bar = highlight_colour(index.data(COLOR_ROLE), active=True).darker(115)
        bar.setAlpha(255)
        painter.fillRect(QRect(rect.left(), rect.top(), BAR_WIDTH, rect.height()), bar)
        text = rect.adjusted(BAR_WIDTH + 8, 0, 0, 0)
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
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(240, QFontMetrics(option.font).lineSpacing() * 3 + PADDING)
