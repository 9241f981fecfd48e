"""The timeline with 10,000 events in its pane, as JSON: the first frame after a zoom, repaints.

The pane is the window's own (controls, the chart fitted to its height, the time bar), shown at
the size it has in the window. A zoom's first frame is timed from the call to its frame painted,
layout included, once; a repaint paints the same frame again, as hovering and highlighting do.
Zoom steps (as + or Ctrl+wheel) are timed from the whole span inwards, each its own first frame.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import statistics
import sys
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from serge_desktop.services.views import TimelineEventView
from serge_desktop.ui.startup.app import prepare_application
from serge_desktop.ui.timeline.geometry.scale import Window
from serge_desktop.ui.timeline.pane import TimelinePane
from serge_desktop.ui.timeline.view import TimelineView

EVENTS = 10_000
WIDTH, HEIGHT = 1400, 340  # the pane at the window's first size
FRAMES = 25
ZOOM_STEPS = 12  # from the whole span (two centuries) to about a decade
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


def frame_ms(app: QApplication, change: Callable[[], object]) -> float:
    """From a change to its frame painted: the pane is shown, so processing events paints it."""
    started = time.perf_counter()
    change()
    app.processEvents()
    return (time.perf_counter() - started) * 1000


def repaint_ms(view: TimelineView) -> float:
    started = time.perf_counter()
    view.repaint()
    return (time.perf_counter() - started) * 1000


def main() -> int:
    app = QApplication(sys.argv[:1])
    prepare_application(app)
    pane = TimelinePane()
    pane.resize(WIDTH, HEIGHT)
    pane.show()
    app.processEvents()
    view = pane.view
    events = synthetic_events(EVENTS)
    figures: dict[str, object] = {
        "benchmark": "timeline_paint",
        "events": EVENTS,
        "pane": f"{WIDTH}x{HEIGHT}",
        "chart": f"{view.width()}x{view.height()}",
        "set_events_to_first_frame_ms": round(frame_ms(app, lambda: view.set_events(events)), 1),
    }
    worst_repaint = 0.0
    for name, window in ZOOMS.items():
        first = frame_ms(app, lambda w=window: view.set_visible_window(w))
        repaints = [repaint_ms(view) for _ in range(FRAMES)]
        worst_repaint = max(worst_repaint, statistics.median(repaints))
        figures[name] = {
            "events_in_view": len(view.marker_rects()),
            "labels_shown": len(view.event_rects()),
            "first_frame_ms": round(first, 1),
            "repaint_median_ms": round(statistics.median(repaints), 1),
            "repaint_max_ms": round(max(repaints), 1),
        }
    view.fit_all()  # the zooms below were around 1905; these steps go to the middle, unseen
    app.processEvents()
    steps = [frame_ms(app, view.zoom_in) for _ in range(ZOOM_STEPS)]
    figures["zoom_steps_from_whole_span"] = {
        "first_step_ms": round(steps[0], 1),
        "steps_median_ms": round(statistics.median(steps), 1),
        "steps_max_ms": round(max(steps), 1),
        "span_after_years": round(view.visible_window().span, 1),
    }
    figures["repaint_worst_median_ms"] = round(worst_repaint, 1)
    figures["goals_ms"] = {"repaint": 8, "first_frame_after_zoom_step": 16}
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
