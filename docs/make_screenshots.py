"""`make screenshots`: the real app in an X window (under Xvfb), photographed for the docs.

Usage: make_screenshots.py OUTPUT_DIR
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from serge_desktop.main import _name_application
from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.app import create_application, prepare_application
from serge_desktop.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).parent))
from screenshot_notes import show_unplaced, stage_highlights, stage_unplaced

NOTE_SENTENCE = "In 1908 he went to Paris, where he edited an anarchist paper."
NOTE_TEXT = (
    "The paper was l'anarchie. Serge was 18; compare the Memoirs, chapter 1, on the "
    "individualist anarchists and what he later made of them."
)
EVENT_LABEL_WORD = "Paris"


def stage(window: MainWindow) -> None:
    """Put the window in the state the screenshot shows: a note written, an event chosen."""
    article = window.current_article()
    assert article is not None
    start = article.body.index(NOTE_SENTENCE)
    window.reader.select_span(start, start + len(NOTE_SENTENCE))
    window.add_note()
    window.notes_pane.editor.setPlainText(NOTE_TEXT)
    window.notes_pane.flush()
    window.reader.setFocus()
    for event in window.workspace.timeline.list_events(article.id):
        if EVENT_LABEL_WORD in event.label:
            window.timeline.select_event(event.id)
    window.reader.show_span(start, start + len(NOTE_SENTENCE))
    window.reader.verticalScrollBar().setValue(0)


def main(output_dir: Path) -> int:
    output_dir.mkdir(parents=True, exist_ok=True)
    _name_application()
    app = create_application(sys.argv[:1])
    prepare_application(app)
    with (
        tempfile.TemporaryDirectory(prefix="serge-shots-") as folder,
        Workspace(Path(folder)) as workspace,
    ):
        window = MainWindow(workspace)
        window.open_initial_article()
        window.resize(1440, 900)
        window.move(0, 0)
        window.show()
        QTimer.singleShot(600, lambda: stage(window))

        def shoot() -> None:
            save(window, output_dir / "main-window.png")

        def shoot_notes() -> None:
            save(window, output_dir / "highlights-and-notes.png")
            stage_unplaced(window, Path(folder))

        def shoot_unplaced() -> None:
            show_unplaced(window)
            QTimer.singleShot(500, finish)

        def finish() -> None:
            save(window, output_dir / "unplaced-notes.png")
            window.close()
            QApplication.quit()

        QTimer.singleShot(2200, shoot)
        QTimer.singleShot(2600, lambda: stage_highlights(window))
        QTimer.singleShot(3400, shoot_notes)
        QTimer.singleShot(5000, shoot_unplaced)
        return app.exec()


def save(window: MainWindow, target: Path) -> None:
    picture = window.screen().grabWindow(window.winId())
    picture.save(str(target))
    print(f"wrote {target} ({picture.width()}x{picture.height()})")


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
