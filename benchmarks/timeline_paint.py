"""The timeline with 10,000 events, as JSON: one frame's paint time at several zooms.

Each zoom is laid out once (the first frame, `first_frame_ms`, includes that); the frames after
it reuse the layout, as scrolling past, hovering and highlighting do: `paint_*_ms`.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from serge_desktop.services.views import TimelineEventView
from serge_desktop.ui.startup.app import prepare_application
from serge_desktop.ui.timeline.geometry.scale import Window
from serge_desktop.ui.timeline.view import TimelineView

EVENTS = 10_000
WIDTH, HEIGHT = 1400, 340
FRAMES = 25
WORDS = [
    "revolution",
    "exile",
    "party",
    "congress",
    "letter",
    "novel",
    "arrest",
    "journey",
    "strike",
    "poem",
    "trial",
]
CATEGORIES = ("life", "politics", "writing", "exile", "travel")
ZOOMS = {  # name: the stretch of time shown, in fractional years
    "whole_span": None,
    "decade": Window(1900.0, 1910.0),
    "year": Window(1905.0, 1906.0),
    "month": Window(1905.25, 1905.25 + 31 / 365),
}


def synthetic_events(count: int) -> list[TimelineEventView]:
    """Points (day, month and year precision), periods and uncertain dates over two centuries."""
    rng = random.Random(1890)
    events = []
    for i in range(count):
        first = dt.date(1800, 1, 1) + dt.timedelta(days=rng.randrange(200 * 365))
        kind = rng.random()
        if kind < 0.25:
            last, edtf, period = first + dt.timedelta(days=rng.randrange(30, 15 * 365)), "a/b", True
        elif kind < 0.4:
            first = dt.date(first.year - 1, 1, 1)
            last, edtf, period = dt.date(first.year + 2, 12, 31), f"{first.year + 1}~", False
        elif kind < 0.7:
            last, edtf, period = first, first.isoformat(), False
        else:
            first = dt.date(first.year, 1, 1)
            last, edtf, period = dt.date(first.year, 12, 31), str(first.year), False
        label = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(1, 5))).capitalize()
        events.append(
            TimelineEventView(
                id=i + 1, edtf=edtf, date_text=edtf, label=label,
                category=rng.choice(CATEGORIES), is_context=rng.random() < 0.1,
                earliest=first, latest=last, is_period=period, quote="", start=0, end=0,
                note_count=rng.choice((0, 0, 0, 1, 3)),
            )
        )  # fmt: skip
    return events


def paint_ms(view: TimelineView, image: QImage) -> float:
    started = time.perf_counter()
    view.render(image)
    return (time.perf_counter() - started) * 1000


def main() -> int:
    app = QApplication(sys.argv[:1])
    prepare_application(app)
    view = TimelineView()
    started = time.perf_counter()
    view.set_events(synthetic_events(EVENTS))
    view.resize(WIDTH, HEIGHT)
    view.scene.specs()
    measure_ms = (time.perf_counter() - started) * 1000
    figures: dict[str, object] = {
        "benchmark": "timeline_paint",
        "events": EVENTS,
        "widget": f"{WIDTH}x{HEIGHT}",
        "measure_events_ms": round(measure_ms, 1),
    }
    worst = 0.0
    for name, window in ZOOMS.items():
        view.set_visible_window(window)
        started = time.perf_counter()
        height = max(HEIGHT, view.heightForWidth(WIDTH))  # as tall as its lanes, like in the pane
        view.resize(WIDTH, height)
        image = QImage(WIDTH, height, QImage.Format.Format_ARGB32_Premultiplied)
        first = paint_ms(view, image) + (time.perf_counter() - started) * 1000
        frames = [paint_ms(view, image) for _ in range(FRAMES)]
        worst = max(worst, max(frames))
        figures[name] = {
            "height": height,
            "events_in_view": len(view.marker_rects()),
            "labels_shown": len(view.event_rects()),
            "first_frame_ms": round(first, 1),
            "paint_median_ms": round(statistics.median(frames), 1),
            "paint_max_ms": round(max(frames), 1),
        }
    figures["paint_worst_ms"] = round(worst, 1)
    figures["goal_ms"] = 16
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
