"""Notes in the window, as JSON: opening an article with 2,000 highlights, filtering, memory."""

from __future__ import annotations

import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from serge_desktop.services.workspace import Workspace
from serge_desktop.storage import models as m
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.startup.app import prepare_application

NOTES = 2000
COLOURS = ("yellow", "green", "blue", "pink", "purple")


def fill(workspace: Workspace) -> None:
    """2,000 highlights on random passages, written in one transaction (like a long study)."""
    [summary] = workspace.library.list_articles()
    view = workspace.library.article_view(summary.slug)
    words = [(p.start, p.end) for p in view.paragraphs]
    rng = random.Random(1929)
    rows = []
    for _ in range(NOTES):
        start, end = rng.choice(words)
        a = rng.randrange(start, max(start + 1, end - 20))
        b = min(end, a + rng.randrange(5, 60))
        body = view.body
        rows.append(
            {
                "article": view.id, "revision": view.revision_id, "quote": body[a:b],
                "prefix": body[max(0, a - 32) : a], "suffix": body[b : b + 32], "start": a,
                "end": b, "body": f"Note {rng.random():.6f} on {body[a:b]}",
                "color": rng.choice(COLOURS),
            }
        )  # fmt: skip
    with m.database_proxy.atomic():
        for chunk in range(0, len(rows), 500):
            m.Note.insert_many(rows[chunk : chunk + 500]).execute()


def main() -> int:
    app = QApplication(sys.argv[:1])
    prepare_application(app)
    with tempfile.TemporaryDirectory(prefix="serge-notes-bench-") as folder:
        with Workspace(Path(folder)) as workspace:
            fill(workspace)
        with Workspace(Path(folder)) as workspace:
            started = time.perf_counter()
            window = MainWindow(workspace)
            window.resize(1440, 900)
            window.open_initial_article()
            window.show()
            window.grab()  # the first frame, painted
            open_ms = (time.perf_counter() - started) * 1000
            field = window.notes.filter_bar.field
            keystrokes = []
            for text in ("P", "Pe", "Pet", "Petr", "Petro", "Petrog", "", "re", "rev", ""):
                started = time.perf_counter()
                field.setText(text)
                app.processEvents()
                keystrokes.append((time.perf_counter() - started) * 1000)
            rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            figures = {
                "benchmark": "notes_in_the_window",
                "highlights": NOTES,
                "open_article_to_first_paint_ms": round(open_ms, 1),
                "filter_keystroke_median_ms": round(statistics.median(keystrokes), 1),
                "filter_keystroke_max_ms": round(max(keystrokes), 1),
                "peak_memory_mb": round(rss_mb, 1),
                "goals": {"open_ms": 150, "keystroke_ms": 30, "memory_mb": 250},
            }
            window.close()
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
