"""The reader with 2,000 highlights, as JSON: opening, switching and scrolling, on two libraries.

Issue 18's figures for the reader, each on the seed library (the seed article given 2,000
highlights) and on the big library (big_library.py; its article with 2,000 highlights, opened
among 1,000 articles):

- ``window``: opening that article in a new window to its first painted frame, and switching
  to it in an open window (the median of five): everything the window does, the notes pane
  and the timeline included. A switch is timed to three moments: its first frame painted
  (``switch_painted_*``: the window's paint after ``open_article``, the article, its
  highlights and the timeline shown), the notes list filled (``switch_listed_*``: the pane
  reads its notes on the next turn of the event loop, after that frame) and everything done,
  the list painted too (``switch_to_it_ms``, ``switch_cpu_ms``).
- ``reader``: the reader's own share of the same, with the article and its notes already read
  from the library (``library_read_ms`` is that reading): typesetting, indexing the notes and
  the first paint.
- ``scroll``: a frame of scrolling the reader by one wheel step (three lines), through the whole
  article and back, as the window draws it (the viewport moves its pixels and paints the strip
  uncovered); once with the keyboard focus elsewhere, once in the reader (its focus ring shown);
  and a full repaint of the screen at each step, the worst case.

Wall-clock times and this process's CPU times are both given: the machine is shared, and the
CPU time is what an idle machine would show. Goals: open and switch under 50 ms, a scroll frame
under 8 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_common import machine, ms_summary, seed_library, sizes_from, timed_both
from big_library import HIGHLIGHTS, SEED_SLUG, copy_library, facts
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from serge_desktop.core.anchoring import make_anchor
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage import models as m
from serge_desktop.storage.database import write_transaction
from serge_desktop.ui.reader.view import ReaderView
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.startup.app import prepare_application

COLOURS = ("yellow", "green", "blue", "pink", "purple")
GOALS = {"open_ms": 50, "switch_ms": 50, "scroll_frame_ms": 8}
WHEEL_LINES = 3
READER_SIZE = (960, 760)  # the reader's share of a 1440×900 window


def highlight_seed(data: Path) -> str:
    """2,000 highlights on random passages of the seed, and a short article to switch to."""
    with Workspace(data) as workspace:
        view = workspace.library.article_view(SEED_SLUG)
        rng = random.Random(1929)
        rows = []
        for _ in range(HIGHLIGHTS):
            paragraph = rng.choice(view.paragraphs)
            a = rng.randrange(paragraph.start, max(paragraph.start + 1, paragraph.end - 20))
            b = min(paragraph.end, a + rng.randrange(5, 60))
            anchor = make_anchor(view.body, a, b)
            rows.append(
                {
                    "article": view.id, "revision": view.revision_id, "quote": anchor.quote,
                    "prefix": anchor.prefix, "suffix": anchor.suffix, "start": a, "end": b,
                    "body": f"Note on {anchor.quote}", "color": rng.choice(COLOURS),
                }
            )  # fmt: skip
        with write_transaction(m.database_proxy.obj):
            for chunk in range(0, len(rows), 500):
                m.Note.insert_many(rows[chunk : chunk + 500]).execute()
        other = workspace.importer.import_bytes(
            b"# Another article\n\nA short text to switch to.\n", source_name="other.md"
        )
    return other.article.slug


def measure_window(app: QApplication, data: Path, slug: str, other: str) -> dict[str, Any]:
    with Workspace(data) as workspace:
        workspace.keeps_backups = False

        def open_window() -> MainWindow:
            window = MainWindow(workspace)
            window.resize(1440, 900)
            window.open_article(slug)
            window.show()
            app.processEvents()
            return window

        windows: list[MainWindow] = []
        wall, cpu = timed_both(lambda: windows.append(open_window()))
        window = windows[0]
        switches = []
        for _ in range(5):
            window.open_article(other)
            app.processEvents()
            switches.append(timed_switch(app, window, slug))
        window.close()

    def median_ms(moment: str, clock: int) -> float:
        return round(statistics.median(s[moment][clock] for s in switches) * 1000, 1)

    return {
        "open_to_first_paint_ms": round(wall * 1000, 1),
        "open_cpu_ms": round(cpu * 1000, 1),
        "switch_painted_ms": median_ms("painted", 0),
        "switch_painted_cpu_ms": median_ms("painted", 1),
        "switch_listed_ms": median_ms("listed", 0),
        "switch_listed_cpu_ms": median_ms("listed", 1),
        "switch_to_it_ms": median_ms("done", 0),
        "switch_cpu_ms": median_ms("done", 1),
        "switch_painted_cpu_each_ms": [round(s["painted"][1] * 1000, 1) for s in switches],
    }


def timed_switch(
    app: QApplication, window: MainWindow, slug: str
) -> dict[str, tuple[float, float]]:
    """Seconds (clock, CPU) from ``open_article`` to the first frame, the list filled, the end."""
    started = time.perf_counter(), time.process_time()
    moments: dict[str, tuple[float, float]] = {}

    def mark(moment: str) -> None:
        if moment not in moments:
            now = time.perf_counter(), time.process_time()
            moments[moment] = (now[0] - started[0], now[1] - started[1])

    original = type(window).event

    def event(happening: QEvent) -> bool:
        handled = original(window, happening)
        if happening.type() == QEvent.Type.UpdateRequest:  # the window painted and shown
            mark("painted")
        return handled

    listed = window.notes.notes_reloaded.connect(lambda: mark("listed"))
    window.event = event  # type: ignore[method-assign]
    try:
        window.open_article(slug)
        app.processEvents()
        mark("done")
    finally:
        del window.event
        window.notes.notes_reloaded.disconnect(listed)
    mark("painted")  # a platform that painted without an UpdateRequest: its end, at worst
    mark("listed")
    return moments


def measure_reader(app: QApplication, data: Path, slug: str, other: str) -> dict[str, Any]:
    with Workspace(data) as workspace:
        reads: list[Any] = []

        def read(which: str) -> None:
            article = workspace.library.article_view(which)
            notes = [n for n in workspace.notes.list_notes(article.id) if n.marks_text]
            reads.append((article, notes))

        read_wall, _ = timed_both(lambda: read(slug))
        read(other)
        (article, notes), (other_article, other_notes) = reads
    host = QWidget()
    layout = QVBoxLayout(host)
    elsewhere = QLineEdit(host)  # where the focus is when the reader does not have it
    reader = ReaderView(host)
    layout.addWidget(elsewhere)
    layout.addWidget(reader)
    host.resize(*READER_SIZE)
    host.show()
    app.processEvents()
    opens = []
    for _ in range(5):
        reader.show_article(other_article)
        reader.set_notes(other_notes, None)
        app.processEvents()

        def show() -> None:
            reader.show_article(article)
            reader.set_notes(notes, None)
            reader.repaint()

        opens.append(timed_both(show))
    figures = {
        "highlights": len(notes),
        "paragraphs": len(article.paragraphs),
        "characters": len(article.body),
        "library_read_ms": round(read_wall * 1000, 1),
        "open_to_first_paint_ms": round(statistics.median(o[0] for o in opens) * 1000, 1),
        "open_cpu_ms": round(statistics.median(o[1] for o in opens) * 1000, 1),
        "scroll": scroll_frames(app, reader, elsewhere),
    }
    host.close()
    return figures


def scroll_frames(app: QApplication, reader: ReaderView, elsewhere: QLineEdit) -> dict[str, Any]:
    bar = reader.verticalScrollBar()
    step = WHEEL_LINES * reader.fontMetrics().lineSpacing() * 16 // 10  # three lines of text
    positions = list(range(bar.minimum(), bar.maximum() + 1, max(step, 1)))
    positions += positions[::-1]
    results: dict[str, Any] = {"steps": len(positions), "step_px": step}
    for name, focused, full in (
        ("focus_elsewhere", False, False),
        ("focus_in_reader", True, False),
        ("full_repaint", False, True),
    ):
        (reader if focused else elsewhere).setFocus()
        bar.setValue(bar.minimum())
        app.processEvents()
        walls, cpus = [], []
        for value in positions:

            def frame(to: int = value, full: bool = full) -> None:
                bar.setValue(to)
                if full:
                    reader.viewport().repaint()
                app.processEvents()

            wall, cpu = timed_both(frame)
            walls.append(wall)
            cpus.append(cpu)
        results[name] = {**ms_summary(walls), "cpu": ms_summary(cpus)}
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", help="big library sizes in articles, e.g. 1000")
    options = parser.parse_args()
    app = QApplication(sys.argv[:1])
    prepare_application(app)
    libraries: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="serge-reader-bench-") as root:
        folder = Path(root)
        seed = seed_library(folder)
        other = highlight_seed(seed)
        libraries["seed"] = {
            "window": measure_window(app, seed, SEED_SLUG, other),
            "reader": measure_reader(app, seed, SEED_SLUG, other),
        }
        for size in sizes_from(options.sizes or "1000"):
            data = copy_library(size, folder / f"copy-{size}")
            highlighted = facts(data)["highlighted_slug"]
            libraries[f"{size} articles"] = {
                "window": measure_window(app, data, highlighted, SEED_SLUG),
                "reader": measure_reader(app, data, highlighted, SEED_SLUG),
            }
    report = {
        "benchmark": "reader",
        "machine": machine(),
        "highlights_wanted": HIGHLIGHTS,
        "libraries": libraries,
        "goals": GOALS,
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
