"""The Library room in the window, as JSON: the Library page opening and filtering as you type
at 1,000 articles, and the first screen of All notes at 100,000 notes.

Each figure is measured to the frame painted (``processEvents`` after the change), on a copy of
the big library dressed with series, authors and dates as ``library.py`` dresses it.
"""

from __future__ import annotations

import json
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_common import desktop_screen, machine, ms_summary
from big_library import copy_library
from library import dress_library
from PySide6.QtWidgets import QApplication

from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.features.library.across import ALL_NOTES_PAGE
from serge_desktop.ui.features.library.feature import LibraryFeature
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.startup.app import prepare_application
from serge_desktop.ui.window.context import PageId

ARTICLES = 1000
REPEATS = 7
CPU: dict[str, list[float]] = {}  # each figure's CPU seconds, by its name in the report
CURRENT = ["library_page_open"]  # the figure being measured
TYPED = ("S", "Se", "Ser", "Seri", "Serie", "Series", "Series 1", "Series 12", "")


def painted(app: QApplication, change: Callable[[], object]) -> float:
    """Seconds from the change to its frame painted; its CPU time is added to ``CPU``."""
    started, started_cpu = time.perf_counter(), time.process_time()
    change()
    app.processEvents()
    CPU.setdefault(CURRENT[0], []).append(time.process_time() - started_cpu)
    return time.perf_counter() - started


def summary(name: str, seconds: list[float]) -> dict[str, float]:
    """Wall-clock figures, with the CPU time's median and p95 (load does not inflate it)."""
    cpu = ms_summary(CPU[name])
    return ms_summary(seconds) | {"cpu_p50_ms": cpu["p50_ms"], "cpu_p95_ms": cpu["p95_ms"]}


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="serge-library-ui-") as folder:
        desktop_screen(Path(folder))  # else the window is 796×796, not 1440×900
        app = QApplication(sys.argv[:1])
        prepare_application(app)
        data = copy_library(ARTICLES, Path(folder))
        with Workspace(data) as workspace:
            dress_library(workspace, random.Random(1929))
            notes = workspace.all_notes.count()
            window = MainWindow(workspace)
            window.resize(1440, 900)
            window.open_initial_article()
            window.show()
            app.processEvents()
            feature = next(f for f in window.features if isinstance(f, LibraryFeature))
            opens, grouped_keys, flat_keys, notes_first = [], [], [], []
            for _ in range(REPEATS):
                window.show_page(PageId.STUDY)
                app.processEvents()
                feature._stale = True  # as after a change made elsewhere: read it all again
                opens.append(painted(app, feature.show_library))
            page = feature.page
            for keys, grouped in ((grouped_keys, True), (flat_keys, False)):
                CURRENT[0] = "filter_keystroke_grouped" if grouped else "filter_keystroke_flat"
                page.grouped.setChecked(grouped)
                app.processEvents()
                for _ in range(REPEATS // 2 + 1):
                    for text in TYPED:
                        keys.append(painted(app, lambda text=text: page.filter.setText(text)))
            across = feature.across
            CURRENT[0] = "all_notes_first_screen"
            for _ in range(REPEATS):
                window.show_page(PageId.STUDY)
                app.processEvents()
                across._stale[ALL_NOTES_PAGE] = True
                notes_first.append(painted(app, lambda: across.show(ALL_NOTES_PAGE)))
            rows = across.notes_page.model.rowCount()
            window_size = [window.width(), window.height()]
            window.close()
    figures = {
        "benchmark": "library_in_the_window",
        "articles": ARTICLES,
        "notes": notes,
        "window": window_size,
        "library_page_open": summary("library_page_open", opens),
        "filter_keystroke_grouped": summary("filter_keystroke_grouped", grouped_keys),
        "filter_keystroke_flat": summary("filter_keystroke_flat", flat_keys),
        "all_notes_first_screen": summary("all_notes_first_screen", notes_first) | {"rows": rows},
        "goals": {"keystroke_ms": 50, "all_notes_first_screen_ms": 100},
        "machine": machine(),
    }
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
