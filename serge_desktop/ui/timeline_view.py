"""A custom-painted horizontal timeline of an article's dated events, and its scrolling pane."""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from serge_desktop.services.views import TimelineEventView
from serge_desktop.ui.colours import blend
from serge_desktop.ui.timeline_captions import date_caption, event_tooltip, is_uncertain
from serge_desktop.ui.timeline_layout import (
    ItemSpec,
    Metrics,
    TimelineLayout,
    compute_layout,
    year_of,
)
from serge_desktop.ui.timeline_painting import (
    STRIPE,
    SWATCH,
    DrawnEvent,
    TimelinePainter,
    box_rect,
)

# Okabe–Ito colours stay distinct under the common colour-vision deficiencies.
CATEGORY_COLOURS = {
    "life": "#0072B2",
    "politics": "#D55E00",
    "writing": "#009E73",
    "exile": "#CC79A7",
}
OTHER_COLOUR = "#808080"
PAD_POLE, PAD_MID, PAD_END = STRIPE + 5.0, 6.0, 7.0  # label padding: pole side, inside, far end


class TimelineView(QWidget):
    """The events on a time axis, labels stacked in lanes above it so that every one is readable.

    Signals:
        event_activated(int): the user clicked an event or pressed Enter on it.
        event_selected(int): the user moved the selection (mouse or keyboard) to this event.
        reveal_requested(QRect): a surrounding scroll area should bring this rectangle into view.
    """

    event_activated = Signal(int)
    event_selected = Signal(int)
    reveal_requested = Signal(QRect)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Timeline"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)  # for the pointing-hand cursor over events
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # we fill every pixel
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._events: list[TimelineEventView] = []
        self._selected: int | None = None
        self._highlighted: frozenset[int] = frozenset()
        # Measured from the fonts; dropped when events, fonts, palette or language change.
        self._specs: list[ItemSpec] | None = None
        self._metrics: Metrics | None = None
        self._font_set = self._fonts()
        self._legend: list[tuple[str, QColor | None]] = []
        self._captions: dict[int, str] = {}
        self._heights: dict[int, float] = {}
        self._layout: TimelineLayout | None = None
        self._drawn: list[DrawnEvent] = []
        self._order: list[int] = []

    # Public API ----------------------------------------------------------------------------------

    def set_events(self, events: Sequence[TimelineEventView]) -> None:
        self._events = list(events)
        ids = {e.id for e in self._events}
        self._highlighted = self._highlighted & ids
        if self._selected not in ids:
            self._selected = None
        self._invalidate()
        self._describe_selection()

    def select_event(self, event_id: int | None) -> None:
        """Select an event for the program (e.g. the reader moved); emits no signal."""
        if event_id is not None and event_id not in self._order:
            event_id = None
        if event_id != self._selected:
            self._selected = event_id
            self._describe_selection()
            self._reveal(event_id)
            self.update()

    def highlight_events(self, ids: Collection[int]) -> None:
        highlighted = frozenset(ids)
        if highlighted != self._highlighted:
            self._highlighted = highlighted
            self.update()

    def selected_event_id(self) -> int | None:
        return self._selected

    def event_rects(self) -> dict[int, QRectF]:
        """Each event's label rectangle in widget coordinates, as last laid out."""
        self._ensure_layout()
        return {d.event.id: QRectF(d.label) for d in self._drawn}

    def marker_rects(self) -> dict[int, QRectF]:
        """Each event's marker (a point's circle, a period's bar) in widget coordinates."""
        self._ensure_layout()
        return {d.event.id: QRectF(d.marker) for d in self._drawn}

    # Layout --------------------------------------------------------------------------------------

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        """Label font (the application's), its italic for context events, and a smaller one."""
        label = QFont(self.font())
        italic = QFont(label)
        italic.setItalic(True)
        small = QFont(label)
        if label.pointSizeF() > 0:
            small.setPointSizeF(max(7.5, label.pointSizeF() * 0.88))
        else:
            small.setPixelSize(max(10, round(label.pixelSize() * 0.88)))
        return label, italic, small

    def _colour(self, category: str) -> QColor:
        colour = QColor(CATEGORY_COLOURS.get(category, OTHER_COLOUR))
        dark = self.palette().color(QPalette.ColorRole.Base).lightnessF() < 0.5
        return colour.lighter(135) if dark else colour  # the same hues, legible on dark

    def _legend_entries(self) -> list[tuple[str, QColor | None]]:
        """(text, swatch colour) for the legend; no colour marks the context entry."""
        names = {
            "life": self.tr("Life"),
            "politics": self.tr("Politics"),
            "writing": self.tr("Writing"),
            "exile": self.tr("Exile"),
        }
        extra = sorted({e.category for e in self._events} - names.keys())
        entries: list[tuple[str, QColor | None]] = [
            (names.get(c, c), self._colour(c)) for c in [*CATEGORY_COLOURS, *extra]
        ]
        entries.append((self.tr("Context (date from outside the article)"), None))
        return entries

    def _ensure_specs(self) -> tuple[list[ItemSpec], Metrics]:
        if self._specs is not None and self._metrics is not None:
            return self._specs, self._metrics
        self._font_set = self._fonts()
        self._legend = self._legend_entries()
        fm, fm_italic, fm_small = (QFontMetricsF(f) for f in self._font_set)
        self._captions = {e.id: date_caption(e) for e in self._events}
        specs = []
        for e in self._events:
            text_width = (fm_italic if e.is_context else fm).horizontalAdvance(e.label)
            caption_width = fm_small.horizontalAdvance(self._captions[e.id])
            width = PAD_POLE + caption_width + PAD_MID + text_width + PAD_END
            start, end = year_of(e.earliest), year_of(e.latest) + 1 / 365.25
            fuzzy = end - start > 1.01 or is_uncertain(e.edtf)
            specs.append(ItemSpec(e.id, start, end, e.is_period, fuzzy, math.ceil(width)))
        line = fm.height()
        self._metrics = Metrics(
            label_height=math.ceil(line) + 6,
            marker_radius=max(4.0, round(line * 0.28)),
            bar_height=max(6.0, round(line * 0.42)),
            tick_label_width=fm_small.horizontalAdvance("8888"),
            tick_label_height=fm_small.height(),
            legend_height=math.ceil(fm_small.height()) + 6,
            legend_widths=tuple(
                SWATCH + 6 + fm_small.horizontalAdvance(text) for text, _ in self._legend
            ),
        )
        self._specs = specs
        return specs, self._metrics

    def _required_height(self, width: int) -> int:
        if width not in self._heights:
            if len(self._heights) > 32:  # a splitter being dragged asks for many widths
                self._heights.clear()
            specs, metrics = self._ensure_specs()
            self._heights[width] = compute_layout(specs, width, 0, metrics).required_height
        return math.ceil(self._heights[width])

    def _invalidate(self) -> None:
        self._specs = self._metrics = self._layout = None
        self._heights.clear()
        self._relayout()
        self.updateGeometry()
        self.update()

    def _ensure_layout(self) -> None:
        layout = self._layout
        if (
            layout is None
            or layout.width != self.width()
            or layout.height != max(self.height(), layout.required_height)
        ):
            self._relayout()

    def _relayout(self) -> None:
        specs, metrics = self._ensure_specs()
        previous = self._layout.required_height if self._layout else None
        layout = compute_layout(specs, self.width(), self.height(), metrics)
        self._layout = layout
        fm, fm_italic, fm_small = (QFontMetricsF(f) for f in self._font_set)
        by_id = {e.id: e for e in self._events}
        self._drawn = []
        for place in layout.items:
            event = by_id[place.key]
            caption = self._captions[event.id]
            caption_width = fm_small.horizontalAdvance(caption)
            room = place.label.w - PAD_POLE - caption_width - PAD_MID
            metrics_for_text = fm_italic if event.is_context else fm
            text = metrics_for_text.elidedText(
                event.label, Qt.TextElideMode.ElideRight, room - PAD_END
            )
            self._drawn.append(
                DrawnEvent(
                    event=event,
                    label=box_rect(place.label),
                    marker=box_rect(place.marker),
                    extent=box_rect(place.extent) if place.extent else None,
                    anchor_x=place.anchor_x,
                    leftward=place.leftward,
                    caption=caption,
                    caption_x=PAD_END if place.leftward else PAD_POLE,
                    text_x=(PAD_END if place.leftward else PAD_POLE) + caption_width + PAD_MID,
                    text=text,
                    colour=self._colour(event.category),
                )
            )
        self._order = [d.event.id for d in self._drawn]
        if previous is not None and previous != layout.required_height:
            self.updateGeometry()  # lanes came or went: a scroll area around us must resize

    # Interaction ---------------------------------------------------------------------------------

    def _drawn_at(self, pos: QPointF) -> DrawnEvent | None:
        self._ensure_layout()
        for d in self._drawn:
            if d.label.contains(pos):
                return d
        for d in reversed(self._drawn):  # the last drawn marker is on top
            if d.marker.adjusted(-3, -3, 3, 3).contains(pos):
                return d
        return None

    def _select_by_user(self, event_id: int) -> None:
        if event_id != self._selected:
            self.select_event(event_id)
            self.event_selected.emit(event_id)

    def _describe_selection(self) -> None:
        event = next((d.event for d in self._drawn if d.event.id == self._selected), None)
        self.setAccessibleDescription(f"{event.date_text}: {event.label}" if event else "")

    def _reveal(self, event_id: int | None) -> None:
        self._ensure_layout()
        drawn = next((d for d in self._drawn if d.event.id == event_id), None)
        if drawn:
            self.reveal_requested.emit(drawn.label.united(drawn.marker).toAlignedRect())

    def mousePressEvent(self, e: QMouseEvent, /) -> None:
        drawn = self._drawn_at(e.position()) if e.button() == Qt.MouseButton.LeftButton else None
        if drawn is None:
            super().mousePressEvent(e)
            return
        self._select_by_user(drawn.event.id)
        self.event_activated.emit(drawn.event.id)
        e.accept()

    def mouseMoveEvent(self, e: QMouseEvent, /) -> None:
        if self._drawn_at(e.position()):
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()
        super().mouseMoveEvent(e)

    def keyPressEvent(self, e: QKeyEvent, /) -> None:
        key, order = e.key(), self._order
        index = order.index(self._selected) if self._selected in order else None
        if not order:
            super().keyPressEvent(e)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self._select_by_user(order[0 if index is None else min(index + 1, len(order) - 1)])
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self._select_by_user(order[-1 if index is None else max(index - 1, 0)])
        elif key == Qt.Key.Key_Home:
            self._select_by_user(order[0])
        elif key == Qt.Key.Key_End:
            self._select_by_user(order[-1])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected is not None:
            self.event_activated.emit(self._selected)
        else:
            super().keyPressEvent(e)

    def event(self, e: QEvent, /) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            drawn = self._drawn_at(QPointF(e.pos()))
            if drawn:
                rect = drawn.label.toAlignedRect()
                QToolTip.showText(e.globalPos(), event_tooltip(drawn.event), self, rect)
            else:
                QToolTip.hideText()
                e.ignore()
            return True
        return super().event(e)

    def changeEvent(self, e: QEvent, /) -> None:
        kinds = (QEvent.Type.FontChange, QEvent.Type.PaletteChange, QEvent.Type.LanguageChange)
        if e.type() in (*kinds, QEvent.Type.StyleChange):
            self._invalidate()
        super().changeEvent(e)

    def focusInEvent(self, e: QFocusEvent, /) -> None:
        self.update()  # the selection's ring shows focus
        super().focusInEvent(e)

    def focusOutEvent(self, e: QFocusEvent, /) -> None:
        self.update()
        super().focusOutEvent(e)

    # Geometry ------------------------------------------------------------------------------------

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int, /) -> int:
        return self._required_height(width)

    def sizeHint(self) -> QSize:
        return QSize(720, self._required_height(720))

    def minimumSizeHint(self) -> QSize:
        # Grows with the lanes the current width needs, so a scroll area around us can scroll.
        return QSize(240, self._required_height(max(self.width(), 240)))

    def resizeEvent(self, e: QResizeEvent, /) -> None:
        # Laid out when next painted or asked about: a window being built or a splitter being
        # dragged resizes many times between two paints.
        super().resizeEvent(e)
        self.update()

    # Painting ------------------------------------------------------------------------------------

    def paintEvent(self, e: QPaintEvent, /) -> None:
        self._ensure_layout()
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        muted = blend(text, base, 0.6)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), base)
        if self._drawn and self._layout is not None:
            scene = TimelinePainter(
                painter=painter,
                layout=self._layout,
                drawn=self._drawn,
                fonts=self._font_set,
                tick_label_width=self._metrics.tick_label_width if self._metrics else 32,
                legend=self._legend,
                selected=self._selected,
                highlighted=frozenset(self._highlighted),
                has_focus=self.hasFocus(),
                palette=palette,
            )
            scene.paint(muted, text)
        else:
            painter.setPen(muted)
            painter.drawText(
                QRectF(self.rect()).adjusted(12, 12, -12, -12),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("No dated events in this article"),
            )
        if self.hasFocus() and self._selected is None:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()
