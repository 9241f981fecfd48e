"""The timeline in the real window (under Xvfb): the whole life, and 1919–1926 zoomed in.

Usage: timeline_screenshots.py OUTPUT_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QSplitter
from screenshot_kit import save, show_window, start_app, temporary_workspace

from serge_desktop.ui.timeline.geometry.scale import Window

ZOOMED = Window(1918.9, 1927.1)  # 1919 to 1926, with a little air either side
SELECTED_WORD = "Petrograd"


def main(output_dir: Path) -> int:
    output_dir.mkdir(parents=True, exist_ok=True)
    app = start_app()
    with temporary_workspace("serge-timeline-shots-") as (_, workspace):
        window = show_window(workspace)
        splitter = window.findChild(QSplitter, "readerTimelineSplitter")
        if splitter is not None:
            splitter.setSizes([430, 420])  # room for the timeline's lanes

        def whole_life() -> None:
            window.timeline.view.fit_all()
            window.timeline.view.setFocus()

        def zoomed() -> None:
            save(window, output_dir / "timeline-whole-life.png")
            for event in window.timeline.view.events():
                if SELECTED_WORD in event.label:
                    window.timeline.view.select_event(event.id)
            window.timeline.view.set_visible_window(ZOOMED)

        def finish() -> None:
            save(window, output_dir / "timeline-1919-1926.png")
            window.close()
            QApplication.quit()

        QTimer.singleShot(600, whole_life)
        QTimer.singleShot(1800, zoomed)
        QTimer.singleShot(3000, finish)
        return app.exec()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
