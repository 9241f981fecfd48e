"""The timeline with 10,000 events in its pane, as JSON: the first frame after a zoom, repaints.

The pane is the window's own (controls, the chart fitted to its height, the time bar), shown at
the size it has in the window. A zoom's first frame is timed from the call to its frame painted,
layout included, once; a repaint paints the same frame again, as hovering and highlighting do.
Zoom steps (as + or Ctrl+wheel) are timed from the whole span inwards, each its own first frame.
Each figure is given on the clock and on this process's CPU: the machine is shared, and the CPU
time says what a frame costs whatever else runs (the load is reported beside them).
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

from bench_common import machine

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from serge_desktop.services.views import TimelineEventView
from serge_desktop.ui.startup.app import prepare_application
from serge_desktop.ui.timeline.geometry.scale import Window
from serge_desktop.ui.timeline.pane import TimelinePane

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


def frame_ms(app: QApplication, change: Callable[[], object]) -> tuple[float, float]:
    """From a change to its frame painted (clock, CPU): the pane is shown, so processing events
    paints it."""
    started, started_cpu = time.perf_counter(), time.process_time()
    change()
    app.processEvents()
    return (time.perf_counter() - started) * 1000, (time.process_time() - started_cpu) * 1000


def repaint_ms(view: QWidget) -> tuple[float, float]:
    started, started_cpu = time.perf_counter(), time.process_time()
    view.repaint()
    return (time.perf_counter() - started) * 1000, (time.process_time() - started_cpu) * 1000


def summary(samples: list[tuple[float, float]]) -> dict[str, float]:
    """Median and worst on the clock, median on the CPU, in milliseconds."""
    wall = [w for w, _ in samples]
    return {
        "median_ms": round(statistics.median(wall), 1),
        "max_ms": round(max(wall), 1),
        "cpu_median_ms": round(statistics.median(c for _, c in samples), 1),
    }


def article_figures(app: QApplication) -> dict[str, object]:
    pane = TimelinePane()
    pane.resize(WIDTH, HEIGHT)
    pane.show()
    app.processEvents()
    view = pane.view
    events = synthetic_events(EVENTS)
    figures: dict[str, object] = {
        "events": EVENTS,
        "pane": f"{WIDTH}x{HEIGHT}",
        "chart": f"{view.width()}x{view.height()}",
        "set_events_to_first_frame_ms": round(frame_ms(app, lambda: view.set_events(events))[0], 1),
    }
    worst_repaint = 0.0
    for name, window in ZOOMS.items():
        view.scene.drop_frames()  # each zoom's first frame laid out afresh, the whole span too
        first = frame_ms(app, lambda w=window: (view.set_visible_window(w), view.update()))
        repaints = summary([repaint_ms(view) for _ in range(FRAMES)])
        worst_repaint = max(worst_repaint, repaints["median_ms"])
        figures[name] = {
            "events_in_view": len(view.marker_rects()),
            "labels_shown": len(view.event_rects()),
            "first_frame_ms": round(first[0], 1),
            "first_frame_cpu_ms": round(first[1], 1),
            "repaint": repaints,
        }
    steps = []
    for _ in range(3):  # three runs of the steps in, each frame new (none cached)
        view.fit_all()
        app.processEvents()
        view.scene.drop_frames()
        view.repaint()
        steps += [frame_ms(app, view.zoom_in) for _ in range(ZOOM_STEPS)]
    figures["zoom_steps_from_whole_span"] = {
        "steps": len(steps),
        "first_step_ms": round(steps[0][0], 1),
        **summary(steps),
        "span_after_years": round(view.visible_window().span, 1),
    }
    figures["repaint_worst_median_ms"] = round(worst_repaint, 1)
    pane.close()
    return figures


def main() -> int:
    app = QApplication(sys.argv[:1])
    prepare_application(app)
    figures: dict[str, object] = {
        "benchmark": "timeline_paint",
        "machine": machine(),
        "article_timeline": article_figures(app),
        "goals_ms": {"repaint": 8, "first_frame_after_zoom_step": 16},
    }
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
