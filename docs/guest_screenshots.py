"""Guest mode and locked preferences, photographed under Xvfb for the admin guide.

Usage: guest_screenshots.py OUTPUT_DIR   (writes guest-session.png and preferences-locked.png)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from screenshot_kit import feature, place, save, start_app

from serge_desktop.services.policy_file import parse_policy
from serge_desktop.ui.features.note_editing import NoteEditing
from serge_desktop.ui.features.policy.feature import PolicyFeature
from serge_desktop.ui.features.policy.preferences_dialog import PreferencesDialog
from serge_desktop.ui.startup.guest_app import GuestSessions

POLICY = {
    "guest_mode": True,
    "banner": "Townsville Public Library: public study machine",
    "idle_reset_minutes": 10,
    "locked_settings": {"text_size": 120, "reopen_last_article": False},
}
NOTE_SENTENCE = "In 1908 he went to Paris, where he edited an anarchist paper."


def main(output_dir: Path) -> int:
    output_dir.mkdir(parents=True, exist_ok=True)
    app = start_app()
    policy = parse_policy(POLICY).policy
    with tempfile.TemporaryDirectory(prefix="serge-guest-shots-") as runtime:
        os.chmod(runtime, 0o700)
        sessions = GuestSessions(app, policy, {"XDG_RUNTIME_DIR": runtime})
        window = sessions.begin()
        place(window)

        def stage() -> None:
            article = window.current_article()
            assert article is not None
            start = article.body.index(NOTE_SENTENCE)
            window.reader.select_span(start, start + len(NOTE_SENTENCE))
            feature(window, NoteEditing).add_note()
            window.notes.editor.setPlainText("Paris, 1908: l'anarchie. Take this home!")
            window.notes.flush()
            window.reader.verticalScrollBar().setValue(0)

        def shoot_window() -> None:
            save(window, output_dir / "guest-session.png")
            [feature] = [f for f in window.features if isinstance(f, PolicyFeature)]
            dialog = PreferencesDialog(feature.settings, window.reader.zoom_factor(), window)
            dialog.show()
            QTimer.singleShot(600, lambda: shoot_dialog(dialog))

        def shoot_dialog(dialog: PreferencesDialog) -> None:
            save(dialog, output_dir / "preferences-locked.png")
            dialog.reject()
            sessions.end()
            QApplication.quit()

        QTimer.singleShot(600, stage)
        QTimer.singleShot(2200, shoot_window)
        return app.exec()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
