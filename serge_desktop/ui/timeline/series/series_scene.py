"""The series chart's bands measured in the widget's fonts, and laid out once per zoom.

With two hundred articles only the bands on screen are measured and laid out: a band's events
are sorted at once (their order and period rows need no fonts), measured the first time the
band is seen, and laid out once per zoom and width.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import replace
from functools import cached_property

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from serge_desktop.ui.timeline.chart_look import ChartLook
from serge_desktop.ui.timeline.chart_texts import TITLE
from serge_desktop.ui.timeline.crowd_painting import CONFLICT, PLAIN, SHARED, Look
from serge_desktop.ui.timeline.geometry.bands import (
    BandLayout,
    BandShape,
    Stack,
    allot_lanes,
    band_shape,
    band_tracks,
    layout_band,
    natural_lanes,
    spread_for,
    stack,
)
from serge_desktop.ui.timeline.geometry.event_index import EventIndex, ItemSpec
from serge_desktop.ui.timeline.geometry.layout import Metrics, Placement
from serge_desktop.ui.timeline.geometry.scale import Window, event_span, whole_window
from serge_desktop.ui.timeline.painting import DrawnEvent
from serge_desktop.ui.timeline.scene import legend_entries
from serge_desktop.ui.timeline.series.chart_data import ChartData, SeriesItem
from serge_desktop.ui.timeline.series.series_painting import claim_spans, conflict_extents
from serge_desktop.ui.timeline.series.series_words import item_caption

NATURAL_BANDS = 24  # up to this many bands, each is measured to know the lanes it needs
CACHED_BANDS = 400  # band layouts kept: a screenful at a few zooms, scrolled back and forth
EMPTY = ChartData((), {}, {}, ())


def shape_of(item: SeriesItem) -> int:
    return CONFLICT if item.conflict else SHARED if item.is_shared else PLAIN


class BandFrame:
    """One band at one zoom, ready to paint: its labelled events drawn, any other when asked."""

    def __init__(self, layout: BandLayout, labelled: tuple[DrawnEvent, ...], band: BandState):
        self.layout = layout
        self.labelled = labelled
        self._band = band
        self._events = {d.event.id: d for d in labelled}

    def event(self, key: int) -> DrawnEvent | None:
        drawn = self._events.get(key)
        if drawn is None:
            place = self.layout.placement(key)
            if place is not None:
                drawn = self._band.drawn(place, self.layout.captions)
                self._events[key] = drawn
        return drawn

    @cached_property
    def labelled_positions(self) -> frozenset[int]:
        position = self.layout.strip.index.position
        return frozenset(position[d.event.id] for d in self.labelled)

    def keys_in_view(self) -> list[int]:
        specs = self.layout.strip.index.specs
        return [specs[p].key for p in self.layout.strip.positions()]

    @cached_property
    def conflict_extents(self) -> list[QRectF]:
        """The conflicts' extents in view, worked out once per zoom (scrolling repaints them)."""
        spans = self._band.conflict_spans
        in_view = (spans.get(key) for key in self.keys_in_view())
        return conflict_extents(self.layout.strip, (s for s in in_view if s is not None))


class BandState:
    """One band's events: sorted at once, measured when first shown."""

    def __init__(self, key: int, items: Sequence[SeriesItem], look: ChartLook) -> None:
        self.key = key
        self.items = {item.key: item for item in items}
        self._look = look
        spans = []
        for item in items:
            start, end = event_span(item.event.earliest, item.event.latest)
            spans.append(ItemSpec(item.key, start, end, item.event.is_period, False, 0.0, 0.0))
        self.order_index = EventIndex(spans)  # time order and period rows; no fonts needed
        self.order = [spec.key for spec in self.order_index.specs]
        self._measured: EventIndex | None = None
        self.captions: dict[int, str] = {}
        self.looks: list[Look] = []

    @cached_property
    def conflict_spans(self) -> dict[int, tuple[tuple[float, float], ...]]:
        """Each conflict's tellings in fractional years: worked out once, drawn at every zoom."""
        return {key: claim_spans(item) for key, item in self.items.items() if item.conflict}

    def measured(self) -> EventIndex:
        """The band's events measured in the chart's fonts (the first time it is shown)."""
        if self._measured is None:
            look = self._look
            self.captions = {key: item_caption(item) for key, item in self.items.items()}
            specs = []
            for key, item in self.items.items():
                spec = look.measure(item.event, self.captions[key])
                if item.conflict:  # its tellings' extents are drawn, not one spanning them
                    spec = replace(spec, is_fuzzy=False)
                specs.append(spec)
            self._measured = EventIndex(specs)
            self.looks = [self.look_of(self.items[s.key]) for s in self._measured.specs]
        return self._measured

    def look_of(self, item: SeriesItem) -> Look:
        base = self._look.look(item.event)
        shape = shape_of(item)
        return base if shape == PLAIN else Look(base.colour, base.context, shape)

    def drawn(self, place: Placement, captions: bool) -> DrawnEvent:
        item = self.items[place.key]
        drawn = self._look.drawn(item.event, place, self.captions[place.key], captions)
        shape = shape_of(item)
        return drawn if shape == PLAIN else replace(drawn, shape=shape)


class SeriesScene:
    """The chart's bands: their heights, their layouts per zoom, and the legend."""

    def __init__(self, widget: QWidget) -> None:
        self.look = ChartLook(widget)
        self.data = EMPTY
        self.bands: list[BandState] = []
        self.legend: list[tuple[str, QColor | None]] = []
        self._categories: list[tuple[str, str]] | None = None
        self._metrics: Metrics | None = None
        self._whole = Window(0.0, 1.0)
        self._shapes: dict[tuple[int, int], tuple[list[BandShape], Stack]] = {}
        self._frames: OrderedDict[tuple[int, Window, int, int], BandFrame] = OrderedDict()

    def set_data(self, data: ChartData) -> None:
        self.data = data
        self.invalidate()

    def set_categories(self, categories: Sequence[tuple[str, str]] | None) -> None:
        self._categories = list(categories) if categories is not None else None
        self.invalidate()

    def categories(self) -> list[tuple[str, str]] | None:
        """The library's categories, (name, colour) in the legend's order, as last given."""
        return list(self._categories) if self._categories is not None else None

    def invalidate(self) -> None:
        """Forget what was measured: the data, the fonts, the palette or the language changed."""
        self._metrics = None
        self.bands = []
        self._shapes.clear()
        self._frames.clear()

    def drop_frames(self) -> None:
        self._frames.clear()

    def metrics(self) -> Metrics:
        if self._metrics is None:
            look = self.look
            look.refresh()
            events = [item.event for item in self.data.items.values()]
            self.legend = legend_entries(events, self._categories, look)
            self.legend += [
                (QCoreApplication.translate("SeriesTimeline", "Told by several articles"), None),
                (QCoreApplication.translate("SeriesTimeline", "Dates disagree"), None),
            ]
            self._metrics = look.metrics(self.legend)
            self.bands = [BandState(band.key, band.items, look) for band in self.data.bands]
            specs = [spec for band in self.bands for spec in band.order_index.specs]
            self._whole = (
                whole_window(min(s.start for s in specs), max(s.end for s in specs))
                if specs
                else Window(0.0, 1.0)
            )
        return self._metrics

    def title_height(self) -> float:
        self.metrics()
        return math.ceil(self.look.texts.heights[TITLE]) + 8.0

    def whole(self) -> Window:
        self.metrics()
        return self._whole

    def has_events(self) -> bool:
        return not self.data.is_empty

    # Heights --------------------------------------------------------------------------------

    def shapes(self, width: int, room: int) -> tuple[list[BandShape], Stack]:
        """Each band's shape at this width, with lanes to fill `room` pixels when they can."""
        key = (width, room)
        found = self._shapes.get(key)
        if found is None:
            m = self.metrics()
            whole, title = self._whole, self.title_height()
            tracks = [band_tracks(b.order_index, width, m, whole) for b in self.bands]
            counts = [len(b.items) for b in self.bands]
            wanted = None
            if len(self.bands) <= NATURAL_BANDS:  # few bands: measured, to give none too many
                wanted = [natural_lanes(b.measured(), width, m, whole) for b in self.bands]
            lanes = allot_lanes(counts, tracks, room, title, m, wanted)
            shapes = [band_shape(n, t, title, m) for n, t in zip(lanes, tracks, strict=True)]
            spread = spread_for(lanes, sum(shape.height for shape in shapes), room, m)
            if spread:
                shapes = [
                    band_shape(n, t, title, m, spread) for n, t in zip(lanes, tracks, strict=True)
                ]
            if len(self._shapes) > 16:
                self._shapes.clear()
            found = self._shapes[key] = (shapes, stack([s.height for s in shapes]))
        return found

    # Layouts --------------------------------------------------------------------------------

    def band_frame(self, band: int, window: Window, width: int, shape: BandShape) -> BandFrame:
        key = (band, window, width, shape.lanes)
        frame = self._frames.get(key)
        if frame is None:
            state = self.bands[band]
            layout = layout_band(
                state.measured(), window, width, self.metrics(), shape, self._whole
            )
            labelled = tuple(state.drawn(place, layout.captions) for place in layout.items)
            frame = BandFrame(layout, labelled, state)
            self._frames[key] = frame
            while len(self._frames) > CACHED_BANDS:
                self._frames.popitem(last=False)
        self._frames.move_to_end(key)
        return frame

    # Events ---------------------------------------------------------------------------------

    def band_of(self, key: int) -> int | None:
        """The index of the band an item is drawn in."""
        band_key = self.data.band_of.get(key)
        for i, band in enumerate(self.data.bands):
            if band.key == band_key:
                return i
        return None

    def item(self, key: int) -> SeriesItem | None:
        return self.data.items.get(key)

    def extent(self, key: int) -> tuple[float, float] | None:
        item = self.data.items.get(key)
        return event_span(item.event.earliest, item.event.latest) if item else None

    def anchor(self, key: int) -> float | None:
        extent = self.extent(key)
        item = self.data.items.get(key)
        if extent is None or item is None:
            return None
        return extent[0] if item.event.is_period and not item.conflict else sum(extent) / 2
