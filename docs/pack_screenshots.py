"""A teacher's layer beside the student's own notes, photographed for the docs (under Xvfb).

Usage: pack_screenshots.py OUTPUT_DIR
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication
from screenshot_kit import save, show_window, start_app

from serge_desktop.services.packs.service import PackService
from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.features.packs.feature import PackFeature

SLUG = "he-found-the-seeds-of-hope-in-russia"
TEACHER_NOTES = {
    "Victor Serge": "Who was he before he took this name? Look up Kibalchich.",
    "Petrograd": "Find Petrograd on the 1919 map handed out in class.",
    "Stalin": "Why does the article date the break with Stalin here? Two sentences.",
}
STUDENT_NOTES = {
    "Trotsky": "Serge sided with the Left Opposition: check the date.",
    "Mexico": "He died in Mexico in 1947, in exile.",
}


def write_notes(workspace: Workspace, notes: dict[str, str]) -> None:
    view = workspace.library.article_view(SLUG)
    for words, body in notes.items():
        start = view.body.index(words)
        workspace.notes.create_note(
            article_id=view.id, revision_id=view.revision_id, start=start,
            end=start + len(words), body=body, color="yellow",
        )  # fmt: skip


def teacher_pack(folder: Path) -> Path:
    pack = folder / "week-3.sergepack"
    with Workspace(folder / "teacher") as teacher:
        write_notes(teacher, TEACHER_NOTES)
        PackService(teacher).export(pack, article_slugs=[SLUG], author="Ms Rivera")
    return pack


def main(output_dir: Path) -> int:
    output_dir.mkdir(parents=True, exist_ok=True)
    app = start_app()
    with tempfile.TemporaryDirectory(prefix="serge-pack-shots-") as folder:
        pack = teacher_pack(Path(folder))
        with Workspace(Path(folder) / "student") as workspace:
            write_notes(workspace, STUDENT_NOTES)
            window = show_window(workspace, SLUG)
            feature = next(c for c in window.findChildren(QObject) if isinstance(c, PackFeature))

            def stage() -> None:
                feature.import_contents(feature.packs.read(pack))
                # The timeline folded away, so the notes pane shows both lists whole.
                window.commands.show_timeline.setChecked(False)
                section = window.notes.layer_section
                section.select_note(section.visible_notes()[0].id)

            def shoot() -> None:
                save(window, output_dir / "teacher-layer.png")
                window.close()
                QApplication.quit()

            QTimer.singleShot(600, stage)
            QTimer.singleShot(2000, shoot)
            return app.exec()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
