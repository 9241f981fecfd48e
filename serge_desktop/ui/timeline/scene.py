"""The timeline's events measured in the widget's fonts, and laid out once per zoom and size."""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Sequence
from functools import cached_property

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

from serge_desktop.services.views import TimelineEventView
from serge_desktop.ui.timeline.captions import date_caption
from serge_desktop.ui.timeline.chart_colours import ChartColours
from serge_desktop.ui.timeline.chart_look import PAD_END, PAD_POLE, ChartLook
from serge_desktop.ui.timeline.chart_texts import ChartTexts
from serge_desktop.ui.timeline.crowd_painting import Look, MarkerSprites
from serge_desktop.ui.timeline.date_wording import category_name, category_order
from serge_desktop.ui.timeline.geometry.layout import (
    EventIndex,
    ItemSpec,
    Metrics,
    Placement,
    TimelineLayout,
    compute_layout,
    footer,
    minimum_height,
)
from serge_desktop.ui.timeline.geometry.scale import Window
from serge_desktop.ui.timeline.painting import DrawnEvent

__all__ = ["PAD_END", "PAD_POLE", "Frame", "TimelineScene"]

CACHED_FRAMES = 12  # a few zooms at a few sizes: going back and forth costs nothing

FrameKey = tuple[Window | None, int, int]  # the stretch of time (None: all), width, height


class Frame:
    """One zoom at one size, ready to paint: the labelled events drawn; any other when asked."""

    def __init__(
        self, layout: TimelineLayout, labelled: tuple[DrawnEvent, ...], scene: TimelineScene
    ) -> None:
        self.layout = layout
        self.labelled = labelled  # those with a label, in time order
        self._scene = scene
        self._events = {d.event.id: d for d in labelled}

    def event(self, event_id: int) -> DrawnEvent | None:
        """An event in view, labelled or not; None for one out of view."""
        drawn = self._events.get(event_id)
        if drawn is None:
            place = self.layout.placement(event_id)
            if place is not None:
                drawn = self._scene.drawn(place, self.layout.captions)
                self._events[event_id] = drawn
        return drawn

    @cached_property
    def drawn(self) -> tuple[DrawnEvent, ...]:
        """Every event in view, in time order, built when asked (tests, lists of markers).

        Never by a paint: that draws the crowd from the layout's strip.
        """
        labelled = {d.event.id: d for d in self.labelled}
        captions = self.layout.captions
        return tuple(
            labelled.get(p.key) or self._scene.drawn(p, captions) for p in self.layout.placements()
        )

    @cached_property
    def labelled_positions(self) -> frozenset[int]:
        strip = self.layout.strip
        if strip is None:
            return frozenset()
        return frozenset(strip.index.position[d.event.id] for d in self.labelled)

    def keys_in_view(self) -> list[int]:
        strip = self.layout.strip
        if strip is None:
            return [d.event.id for d in self.labelled]
        specs = strip.index.specs
        return [specs[p].key for p in strip.positions()]


class TimelineScene:
    """What the view knows of its events once measured: specs, metrics, fonts and frames.

    Everything is dropped by `invalidate` when the events, fonts, palette or language change.
    When the events change, each keeps the lane it had in the frame shown, wherever it still
    fits, so that one change moves only the labels that must move.
    """

    def __init__(self, widget: QWidget) -> None:
        self.look = ChartLook(widget)
        self.events: list[TimelineEventView] = []
        self.by_id: dict[int, TimelineEventView] = {}
        self.order: list[int] = []  # every event's id, in time order
        self.legend: list[tuple[str, QColor | None]] = []
        # The library's categories in its order, with their colours; None: order by name.
        self._categories: list[tuple[str, str]] | None = None
        self._index: EventIndex | None = None
        self._metrics: Metrics | None = None
        self.looks: list[Look] = []  # each event's marker look, by its position in the index
        self._captions: dict[int, str] = {}
        self._frames: OrderedDict[FrameKey, Frame] = OrderedDict()
        self._heights: dict[tuple[Window | None, int], float] = {}
        self._shown: tuple[FrameKey, Frame] | None = None  # the frame last painted
        self._kept_lanes: tuple[FrameKey, dict[int, tuple[int, int]]] | None = None

    @property
    def fonts(self) -> tuple[QFont, QFont, QFont]:
        return self.look.fonts

    @property
    def texts(self) -> ChartTexts:
        return self.look.texts

    @property
    def colours(self) -> ChartColours:
        return self.look.colours

    @property
    def sprites(self) -> MarkerSprites:
        return self.look.sprites

    def set_events(self, events: Sequence[TimelineEventView]) -> None:
        if self._shown is not None:
            key, frame = self._shown
            self._kept_lanes = (key, {p.key: (p.lane, p.side) for p in frame.layout.items})
        self.events = list(events)
        self.by_id = {e.id: e for e in self.events}
        self.invalidate()

    def set_categories(self, categories: Sequence[tuple[str, str]] | None) -> None:
        """The library's categories, (name, colour) in the legend's order."""
        self._categories = list(categories) if categories is not None else None
        self.invalidate()

    def invalidate(self) -> None:
        """Forget everything measured: the events, fonts, palette or language changed."""
        self._index = None
        self._metrics = None
        self.drop_frames()

    def drop_frames(self) -> None:
        """Forget the zooms laid out (not the measurements): the next paint lays out afresh."""
        self._frames.clear()
        self._heights.clear()
        self._shown = None

    # Measuring -----------------------------------------------------------------------------------

    def colour(self, category_color: str | None) -> QColor:
        """A category's colour as drawn: the library's, made legible on this background."""
        return self.look.colour(category_color)

    def badge_width(self, count: int) -> float:
        return self.look.badge_width(count)

    def _legend_entries(self) -> list[tuple[str, QColor | None]]:
        """(text, swatch colour) for the legend; no colour marks the context entry.

        The categories of the events shown, in the library's order; the context entry last.
        """
        return legend_entries(self.events, self._categories, self.look)

    def specs(self) -> tuple[EventIndex, Metrics]:
        """The events measured in the widget's fonts and sorted in time, and the font metrics."""
        if self._index is not None and self._metrics is not None:
            return self._index, self._metrics
        look = self.look
        look.refresh()
        self.legend = self._legend_entries()
        self._captions = {e.id: date_caption(e) for e in self.events}
        index = EventIndex([look.measure(e, self._captions[e.id]) for e in self.events])
        self.order = [s.key for s in index.specs]
        self.looks = [look.look(self.by_id[key]) for key in self.order]
        self._metrics = look.metrics(self.legend)
        self._index = index
        return index, self._metrics

    def whole(self) -> Window:
        return self.specs()[0].whole

    def _spec(self, event_id: int) -> ItemSpec | None:
        index = self.specs()[0]
        position = index.position.get(event_id)
        return index.specs[position] if position is not None else None

    def extent(self, event_id: int) -> tuple[float, float] | None:
        spec = self._spec(event_id)
        return (spec.start, spec.end) if spec else None

    def anchor(self, event_id: int) -> float | None:
        spec = self._spec(event_id)
        return spec.anchor if spec else None

    # Laying out ----------------------------------------------------------------------------------

    def minimum_height(self, width: float | None = None) -> int:
        """Enough for the axis, the legend and one lane: the chart never hides them.

        Given the chart's width, the legend counts the rows it wraps onto there (a narrow
        chart at 200 % wraps it in two, and one row's room cut the second off).
        """
        metrics = self.specs()[1]
        rows = 1
        if width is not None and width > 0:
            rows = 1 + max((row for row, _ in footer(width, metrics).legend_flow), default=0)
        return math.ceil(minimum_height(metrics, rows))

    def natural_height(self, window: Window | None, width: int) -> int:
        """The height at which every label shows with its date (a picture for export)."""
        key = (window, width)
        if key not in self._heights:
            if len(self._heights) > 32:  # a splitter being dragged asks for many widths
                self._heights.clear()
            index, metrics = self.specs()
            layout = compute_layout(index, width, 0, metrics, window, fit_height=False)
            self._heights[key] = layout.required_height
        return math.ceil(self._heights[key])

    def frame(self, window: Window | None, width: int, height: int) -> Frame:
        """The events in `window` laid out to fit `width` by `height`; laid out once per key."""
        key = (window, width, height)
        frame = self._frames.get(key)
        if frame is None:
            index, metrics = self.specs()
            kept = self._kept_lanes
            previous = kept[1] if kept is not None and kept[0] == key else None
            layout = compute_layout(index, width, height, metrics, window, previous=previous)
            labelled = tuple(self.drawn(place, layout.captions) for place in layout.items)
            frame = Frame(layout, labelled, self)
            self._frames[key] = frame
            while len(self._frames) > CACHED_FRAMES:
                self._frames.popitem(last=False)
        self._frames.move_to_end(key)
        self._shown = (key, frame)
        if self._kept_lanes is not None and self._kept_lanes[0] != key:
            self._kept_lanes = None  # zoomed or resized since the change: lay out afresh
        return frame

    def drawn(self, place: Placement, captions: bool) -> DrawnEvent:
        """One event's geometry and text as drawn; the text is elided to its label's width."""
        return self.look.drawn(self.by_id[place.key], place, self._captions[place.key], captions)

    def callout(self, drawn: DrawnEvent, layout: TimelineLayout) -> DrawnEvent | None:
        """A hidden label drawn where it shows on hover or focus: with its date, over the rest."""
        spec = self._spec(drawn.event.id)
        if drawn.label is not None or spec is None:
            return None
        box = layout.callout(drawn.anchor_x, spec.label_width)
        return self.look.callout(drawn, box, self._captions.get(drawn.event.id, ""))


def legend_entries(
    events: Sequence[TimelineEventView],
    categories: Sequence[tuple[str, str]] | None,
    look: ChartLook,
) -> list[tuple[str, QColor | None]]:
    """(text, swatch colour) for a chart's legend; no colour marks the context entry.

    The categories of the events shown, in the library's order; the context entry last.
    """
    used: dict[str, str | None] = {}
    for e in events:
        used.setdefault(e.category, e.category_color)
    library = [name for name, _ in categories or []]
    rest = category_order(name for name in used if name not in library)
    entries: list[tuple[str, QColor | None]] = [
        (category_name(name), look.colour(used[name])) for name in [*library, *rest] if name in used
    ]
    context = QCoreApplication.translate("TimelineView", "Context (date from outside the article)")
    entries.append((context, None))
    return entries
