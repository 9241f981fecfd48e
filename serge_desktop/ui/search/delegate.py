"""Paints a search result: its place in small type, then the snippet with the matches in bold."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextLayout
from PySide6.QtWidgets import QStyleOptionViewItem
from typing_extensions import override

from serge_desktop.ui.common.item_painting import ItemDelegate, PaintedItem
from serge_desktop.ui.search.model import HEADING_ROLE, HIT_ROLE, TITLE_ROLE

PADDING = 8


class SearchResultDelegate(ItemDelegate):
    @override
    def has_panel(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        return not index.data(HEADING_ROLE)  # a heading is a label between the hits

    @override
    def draw_item(self, painter: QPainter, item: PaintedItem) -> None:
        option, index, colours = item.option, item.index, item.colours
        rect = option.rect.adjusted(PADDING, 2, -PADDING, -2)
        if index.data(HEADING_ROLE):
            palette: QPalette = option.palette
            heading = QFont(option.font)
            heading.setBold(True)
            painter.setFont(heading)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
            painter.drawText(rect, flags, str(index.data()))
            return
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.88)
        small_metrics = QFontMetrics(small)
        muted = colours.muted
        painter.setFont(small)
        painter.setPen(muted)
        title = small_metrics.elidedText(
            str(index.data(TITLE_ROLE)), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), small_metrics.height()),
                         Qt.AlignmentFlag.AlignLeft, title)  # fmt: skip
        snippet = index.data(HIT_ROLE).snippet
        layout = QTextLayout(snippet.text, option.font)
        bold = QTextLayout.FormatRange()
        ranges = []
        for start, end in snippet.matches:
            bold = QTextLayout.FormatRange()
            bold.start, bold.length = start, end - start
            bold.format.setFontWeight(QFont.Weight.Bold)
            ranges.append(bold)
        layout.setFormats(ranges)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(rect.width())
        layout.endLayout()
        painter.setPen(colours.text)
        painter.setClipRect(rect)
        layout.draw(painter, rect.topLeft() + QRect(0, small_metrics.height() + 2, 0, 0).topLeft())

    @override
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)
        if index.data(HEADING_ROLE):
            return QSize(200, metrics.height() + 12)
        return QSize(200, round(metrics.height() * 0.9) + metrics.height() + 14)
