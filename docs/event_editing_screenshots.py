"""Screenshots of timeline editing: the event editor reading a phrase, and the table twin.

Usage (under Xvfb): event_editing_screenshots.py OUTPUT_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QSplitter, QWidget
from screenshot_kit import show_window, start_app, temporary_workspace, write

from serge_desktop.services.changes import Changes
from serge_desktop.ui.features.timeline_editing.editing import TimelineEditing
from serge_desktop.ui.shell.main_window import MainWindow

SENTENCE = "In the early 1920s he realised that, unless the revolution spread across Europe"
NOTE_ON = "Deported to Orenburg"


def editing_of(window: MainWindow) -> TimelineEditing:
    return next(f for f in window.features if isinstance(f, TimelineEditing))


def stage_editor(window: MainWindow) -> None:
    """Add to Timeline on a sentence, then the date typed as a phrase and read live."""
    article = window.current_article()
    assert article is not None
    start = article.body.index(SENTENCE)
    end = article.body.index(".", start) + 1
    window.reader.show_span(start, end)
    window.reader.select_span(start, end)
    editing = editing_of(window)
    editing.add_to_timeline.trigger()
    editor = editing.editor
    assert editor is not None
    editor.date_field.setText("")
    editor.date_field.setFocus()
    editor.date_field.insert("in the early 1920s")
    editor.label_field.setText("Realises the revolution must spread or be crushed")
    editor.category.setCurrentIndex(editor.category.findData("politics"))
    geometry = window.frameGeometry()
    editor.move(geometry.center() - editor.rect().center())


def stage_table(window: MainWindow) -> None:
    editing = editing_of(window)
    if editing.editor is not None:
        editing.editor.reject()
    article = window.current_article()
    assert article is not None
    events = window.events()
    chosen = next(e for e in events if e.label == NOTE_ON)
    for body in ("Orenburg: see the Memoirs, ch. 8.", "Compare Trotsky's exile."):
        window.workspace.notes.create_note_about(
            article_id=article.id, event_id=chosen.id, body=body
        )
    cursor = window.reader.textCursor()
    cursor.clearSelection()
    window.reader.setTextCursor(cursor)
    splitter = window.findChild(QSplitter, "readerTimelineSplitter")
    if splitter is not None:  # more of the table in the picture
        splitter.setSizes([420, 480])
    window.bus.announce(Changes(notes=True))  # the notes were added behind the window's back
    editing.twin.show_table.setChecked(True)
    window.timeline.select_event(chosen.id)
    editing.twin.table.setFocus()


def save(window: MainWindow, target: Path, dialog: QWidget | None = None) -> None:
    """The screen where the window is, so that a dialog over it is in the picture too.

    Xvfb has no window manager to frame a dialog: a shadow and an outline mark it instead.
    """
    geometry = window.frameGeometry()
    picture = window.screen().grabWindow(
        0, geometry.x(), geometry.y(), geometry.width(), geometry.height()
    )
    if dialog is not None and dialog.isVisible():
        box = dialog.frameGeometry().translated(-geometry.x(), -geometry.y())
        framed = QPixmap(picture.size())
        painter = QPainter(framed)
        painter.drawPixmap(0, 0, picture)
        for step in range(8, 0, -1):  # a soft shadow, darker near the dialog
            painter.fillRect(box.adjusted(-step, -step, step + 3, step + 4), QColor(0, 0, 0, 9))
        painter.drawPixmap(box.topLeft(), dialog.grab())
        painter.setPen(QColor(120, 120, 120))
        painter.drawRect(box.adjusted(0, 0, -1, -1))
        painter.end()
        picture = framed
    write(picture, target)


def main(output_dir: Path) -> int:
    output_dir.mkdir(parents=True, exist_ok=True)
    app = start_app()
    with temporary_workspace("serge-shots-") as (_, workspace):
        window = show_window(workspace)

        def finish() -> None:
            save(window, output_dir / "timeline-table.png")
            window.close()
            QApplication.quit()

        QTimer.singleShot(800, lambda: stage_editor(window))
        QTimer.singleShot(
            1800,
            lambda: save(window, output_dir / "event-editor.png", editing_of(window).editor),
        )
        QTimer.singleShot(2200, lambda: stage_table(window))
        QTimer.singleShot(3200, finish)
        return app.exec()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
