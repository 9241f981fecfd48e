"""The window with 2,000 highlights on one article, as JSON, on the seed and the big library.

On the seed library the seed article gets 2,000 highlights; in the big library (a private copy
of big_library.py's) the article with 2,000 highlights is opened among all the others, so what
an article switch costs per article in the library shows. Figures: opening that article in a
new window, to its first painted frame; switching to it in an open window; a scroll step of the
reader (scroll and paint); typing in the notes filter; peak memory.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_common import machine, ms_summary, seed_library, sizes_from
from big_library import HIGHLIGHTS, SEED_SLUG, copy_library, facts
from PySide6.QtWidgets import QApplication

from serge_desktop.services.workspace import Workspace
from serge_desktop.storage import models as m
from serge_desktop.storage.database import write_transaction
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.startup.app import prepare_application

COLOURS = ("yellow", "green", "blue", "pink", "purple")
SCROLL_STEPS = 40
TYPED = ("P", "Pe", "Pet", "Petr", "Petro", "Petrog", "", "re", "rev", "")
GOALS = {"open_ms": 50, "switch_ms": 50, "scroll_frame_ms": 8, "keystroke_ms": 30}


def highlight_seed(workspace: Workspace) -> None:
    """2,000 highlights on random passages of the seed, as a long study would leave."""
    view = workspace.library.article_view(SEED_SLUG)
    rng = random.Random(1929)
    rows = []
    for _ in range(HIGHLIGHTS):
        paragraph = rng.choice(view.paragraphs)
        a = rng.randrange(paragraph.start, max(paragraph.start + 1, paragraph.end - 20))
        b = min(paragraph.end, a + rng.randrange(5, 60))
        body = view.body
        rows.append(
            {
                "article": view.id, "revision": view.revision_id, "quote": body[a:b],
                "prefix": body[max(0, a - 32) : a], "suffix": body[b : b + 32], "start": a,
                "end": b, "body": f"Note {rng.random():.6f} on {body[a:b]}",
                "color": rng.choice(COLOURS),
            }
        )  # fmt: skip
    with write_transaction(m.database_proxy.obj):
        for chunk in range(0, len(rows), 500):
            m.Note.insert_many(rows[chunk : chunk + 500]).execute()


def measure(app: QApplication, data_dir: Path, slug: str, other: str) -> dict[str, Any]:
    with Workspace(data_dir) as workspace:
        workspace.keeps_backups = False  # the daily copy on closing is not what is measured
        started = time.perf_counter()
        window = MainWindow(workspace)
        window.resize(1440, 900)
        window.open_article(slug)
        window.show()
        app.processEvents()  # the first frame, painted
        open_ms = (time.perf_counter() - started) * 1000
        switches = []
        for _ in range(3):
            window.open_article(other)
            app.processEvents()
            started = time.perf_counter()
            window.open_article(slug)
            app.processEvents()
            switches.append((time.perf_counter() - started) * 1000)
        bar = window.reader.verticalScrollBar()
        step = max(1, (bar.maximum() - bar.minimum()) // SCROLL_STEPS)
        frames = []
        for index in range(SCROLL_STEPS):
            started = time.perf_counter()
            bar.setValue(bar.minimum() + index * step)
            app.processEvents()
            frames.append(time.perf_counter() - started)
        field = window.notes.filter_bar.field
        keystrokes = []
        for text in TYPED:
            started = time.perf_counter()
            field.setText(text)
            app.processEvents()
            keystrokes.append((time.perf_counter() - started) * 1000)
        shown = len(workspace.notes.list_notes(workspace.library.get_summary(slug).id))
        window.close()
    return {
        "highlights": shown,
        "open_to_first_paint_ms": round(open_ms, 1),
        "switch_to_it_ms": round(statistics.median(switches), 1),
        "scroll_frame": ms_summary(frames),
        "filter_keystroke_median_ms": round(statistics.median(keystrokes), 1),
        "filter_keystroke_max_ms": round(max(keystrokes), 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", help="big library sizes in articles, e.g. 1000")
    options = parser.parse_args()
    app = QApplication(sys.argv[:1])
    prepare_application(app)
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="serge-notes-bench-") as root:
        folder = Path(root)
        seed = seed_library(folder)
        with Workspace(seed) as workspace:
            highlight_seed(workspace)
            other = workspace.importer.import_bytes(
                b"# Another article\n\nA short text to switch to.\n", source_name="other.md"
            ).article.slug
        results["seed"] = measure(app, seed, SEED_SLUG, other)
        for size in sizes_from(options.sizes or "1000"):
            data = copy_library(size, folder / f"copy-{size}")
            highlighted = facts(data)["highlighted_slug"]
            results[f"{size} articles"] = measure(app, data, highlighted, SEED_SLUG)
    report = {
        "benchmark": "notes_in_the_window",
        "machine": machine(),
        "libraries": results,
        "peak_memory_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "goals": GOALS,
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
