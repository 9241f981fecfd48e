"""Child process for the quit test: the real app, a note typed, quit before the autosave.

Run as ``python typing_then_quit.py DATA_DIR``. Prints the exit code and how many main windows
are left once run_app has returned (it must have disposed of its own, the library still open).
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # after the platform is chosen
from PySide6.QtWidgets import QApplication

from serge_desktop.services.changes import Changes
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.startup.app import create_application, run_app


def type_then_quit(app: QApplication) -> None:
    [window] = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
    article = window.current_article()
    assert article is not None
    start = article.body.index("Victor Serge")
    note = window.workspace.notes.create_note(
        article_id=article.id,
        revision_id=article.revision_id,
        start=start,
        end=start + len("Victor Serge"),
    )
    window.bus.changed.emit(Changes(notes=True, note_id=note.id))
    window.notes.activate_note(note.id)
    window.notes.editor.insertPlainText("typed a moment before quitting")
    QTimer.singleShot(0, app.quit)  # before the autosave's pause is over


def main(data_dir: str) -> None:
    app = create_application(["serge-desktop"])
    QTimer.singleShot(0, lambda: type_then_quit(app))
    code = run_app(data_dir=data_dir, article_slug=None, exit_after_start=False, argv=["x"])
    left = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
    print(f"exit {code} windows {len(left)}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
