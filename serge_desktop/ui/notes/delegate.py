"""Paints one note in the notes list: its passage as a quote above the first lines of the note."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyleOptionViewItem,
    QWidget,
)
from typing_extensions import override

from serge_desktop.ui.common.item_painting import ItemDelegate, PaintedItem, paint_colour_bar
from serge_desktop.ui.notes.model import (
    AUTHOR_ROLE,
    COLOR_ROLE,
    PLACED_ROLE,
    PLACEMENT_ROLE,
    PREVIEW_ROLE,
    SUBJECT_ROLE,
    TAGS_ROLE,
    from_author,
)

PADDING = 10
BODY_LINES = 2


class NoteItemDelegate(ItemDelegate):
    @override
    def draw_item(self, painter: QPainter, item: PaintedItem) -> None:
        option, index, colours = item.option, item.index, item.colours
        muted = colours.muted
        rect = option.rect.adjusted(PADDING, PADDING // 2 + 2, -PADDING, -PADDING // 2 - 2)
        author = index.data(AUTHOR_ROLE)
        if author is not None and not option.state & QStyle.StateFlag.State_Selected:
            # A faint neutral wash: someone else's page, not the reader's own.
            wash = QColor(muted)
            wash.setAlphaF(0.06)
            painter.fillRect(option.rect, wash)
        if author is None:
            text_rect = paint_colour_bar(painter, rect, index.data(COLOR_ROLE))
        else:
            text_rect = paint_layer_rule(painter, rect, muted)

        quote_font = QFont(option.font)
        quote_font.setItalic(True)
        quote_metrics = QFontMetrics(quote_font)
        quote_text = str(index.data(SUBJECT_ROLE))
        # After a changed text was imported, say how the note found its passage again.
        placement = index.data(PLACEMENT_ROLE)
        if not index.data(PLACED_ROLE):
            quote_text = self.tr("Not in the current text: %1").replace("%1", quote_text)
        elif placement == "approximate":
            quote_text = self.tr("Reworded passage: %1").replace("%1", quote_text)
        elif placement == "moved":
            quote_text = self.tr("Moved: %1").replace("%1", quote_text)
        if author is not None:
            # Someone else's note: a lock and whose it is come before anything else.
            paint_lock(painter, QRect(text_rect.left(), text_rect.top(), 10, 12), muted)
            text_rect = text_rect.adjusted(14, 0, 0, 0)
            quote_text = f"{from_author(str(author))} · {quote_text}"
        quote = quote_metrics.elidedText(quote_text, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.setFont(quote_font)
        painter.setPen(muted)
        quote_rect = QRect(
            text_rect.left(), text_rect.top(), text_rect.width(), quote_metrics.height()
        )
        painter.drawText(quote_rect, Qt.AlignmentFlag.AlignLeft, quote)

        body = str(index.data(PREVIEW_ROLE) or "").strip()
        body_font = QFont(option.font)
        metrics = QFontMetrics(body_font)
        painter.setFont(body_font)
        if body:
            painter.setPen(colours.text)
        else:
            body = self.tr("No note yet: select to write one")
            body_font.setItalic(True)
            painter.setFont(body_font)
            painter.setPen(muted)
        top = quote_rect.bottom() + 4
        for line in wrapped_lines(
            body, QFontMetrics(painter.font()), text_rect.width(), BODY_LINES
        ):
            painter.drawText(
                QRect(text_rect.left(), top, text_rect.width(), metrics.lineSpacing()),
                Qt.AlignmentFlag.AlignLeft,
                line,
            )
            top += metrics.lineSpacing()
        tags = index.data(TAGS_ROLE) or ()
        if tags:
            small = QFont(option.font)
            small.setPointSizeF(option.font.pointSizeF() * 0.88)
            painter.setFont(small)
            painter.setPen(muted)
            line = QFontMetrics(small).elidedText(
                "  ".join(f"#{tag}" for tag in tags), Qt.TextElideMode.ElideRight, text_rect.width()
            )
            row = QRect(text_rect.left(), top + 2, text_rect.width(), metrics.lineSpacing())
            painter.drawText(row, Qt.AlignmentFlag.AlignLeft, line)

    @override
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)
        # Room for the quote, two lines of the note and a line of tags: every row the same height.
        height = metrics.height() + 4 + metrics.lineSpacing() * (BODY_LINES + 1) + PADDING + 6
        return QSize(120, height)  # as wide as the list: the quote and the note are elided


def paint_layer_rule(painter: QPainter, rect: QRect, colour: QColor) -> QRect:
    """A thin neutral rule down the left of another author's note (no highlight colour)."""
    rule = QColor(colour)
    rule.setAlphaF(0.45)
    painter.fillRect(QRect(rect.left(), rect.top(), 2, rect.height()), rule)
    return rect.adjusted(2 + 10, 0, 0, 0)


def paint_lock(painter: QPainter, box: QRect, colour: QColor) -> None:
    """A small padlock: the note can be read and copied, not changed."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = painter.pen()
    pen.setColor(colour)
    pen.setWidthF(1.4)
    painter.setPen(pen)
    body = QRect(box.left(), box.top() + box.height() // 2, box.width(), box.height() // 2)
    painter.fillRect(body, colour)
    shackle = QRect(box.left() + 2, box.top() + 1, box.width() - 4, box.height() - 2)
    painter.drawArc(shackle, 0, 180 * 16)
    painter.drawLine(shackle.left(), shackle.center().y(), shackle.left(), body.top())
    painter.drawLine(shackle.right() + 1, shackle.center().y(), shackle.right() + 1, body.top())
    painter.restore()


def wrapped_lines(text: str, metrics: QFontMetrics, width: int, most: int) -> list[str]:
    """The text wrapped at word boundaries into at most ``most`` lines, the last one elided."""
    words = " ".join(text.split()).split(" ")
    lines: list[str] = []
    current = ""
    for index, word in enumerate(words):
        candidate = f"{current} {word}" if current else word
        if metrics.horizontalAdvance(candidate) <= width or not current:
            current = candidate
            continue
        lines.append(current)
        if len(lines) == most - 1:
            rest = " ".join(words[index:])
            lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            return lines
        current = word
    if current:
        lines.append(metrics.elidedText(current, Qt.TextElideMode.ElideRight, width))
    return lines[:most]


def notes_list_view(model: QAbstractItemModel, accessible_name: str, parent: QWidget) -> QListView:
    """A list of notes drawn by NoteItemDelegate: one chosen at a time, scrolled smoothly."""
    view = QListView(parent)
    view.setAccessibleName(accessible_name)
    view.setModel(model)
    view.setItemDelegate(NoteItemDelegate(view))
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setUniformItemSizes(True)
    # Rows fit the list's width (their text is elided): no sideways scrolling in a narrow pane.
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return view
