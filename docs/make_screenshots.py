"""`make screenshots`: the real app in an X window (under Xvfb), photographed for the docs.

Usage: make_screenshots.py OUTPUT_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from screenshot_kit import feature, save, show_window, start_app, temporary_workspace
from screenshot_notes import show_unplaced, stage_highlights, stage_unplaced

from serge_desktop.ui.features.help.feature import HelpFeature
from serge_desktop.ui.features.note_editing import NoteEditing
from serge_desktop.ui.shell.main_window import MainWindow

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
    feature(window, NoteEditing).add_note()
    window.notes.editor.setPlainText(NOTE_TEXT)
    window.notes.flush()
    window.reader.setFocus()
    for event in window.workspace.timeline.list_events(article.id):
        if EVENT_LABEL_WORD in event.label:
            window.timeline.view.select_event(event.id)
    window.reader.show_span(start, start + len(NOTE_SENTENCE))
    window.reader.verticalScrollBar().setValue(0)


def main(output_dir: Path) -> int:
    output_dir.mkdir(parents=True, exist_ok=True)
    app = start_app()
    with temporary_workspace("serge-shots-") as (folder, workspace):
        window = show_window(workspace)
        QTimer.singleShot(600, lambda: stage(window))

        def shoot() -> None:
            save(window, output_dir / "main-window.png")

        def shoot_notes() -> None:
            save(window, output_dir / "highlights-and-notes.png")
            stage_unplaced(window, folder)

        def shoot_unplaced() -> None:
            show_unplaced(window)
            QTimer.singleShot(500, finish)

        def finish() -> None:
            save(window, output_dir / "unplaced-notes.png")
            help_feature = feature(window, HelpFeature)
            help_feature.show_shortcuts()
            dialog = help_feature.shortcuts_dialog
            assert dialog is not None
            dialog.field.setText("note")
            QTimer.singleShot(500, lambda: shoot_help(help_feature))

        def shoot_help(help_feature: HelpFeature) -> None:
            dialog = help_feature.shortcuts_dialog
            assert dialog is not None
            save(dialog, output_dir / "keyboard-shortcuts.png")
            dialog.close()
            help_feature.show_guide()
            QTimer.singleShot(700, lambda: shoot_guide(help_feature))

        def shoot_guide(help_feature: HelpFeature) -> None:
            assert help_feature.guide is not None
            save(help_feature.guide, output_dir / "user-guide.png")
            help_feature.guide.close()
            window.close()
            QApplication.quit()

        QTimer.singleShot(2200, shoot)
        QTimer.singleShot(2600, lambda: stage_highlights(window))
        QTimer.singleShot(3400, shoot_notes)
        QTimer.singleShot(5000, shoot_unplaced)
        return app.exec()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
