"""File ▸ Backups… with a few days of backups, photographed under Xvfb for the docs.

Usage: backups_screenshots.py OUTPUT_DIR   (writes backups-dialog.png)
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from screenshot_kit import save, show_window, start_app, temporary_workspace

from serge_desktop.ui.features.backups.feature import BackupsFeature


def main(output_dir: Path) -> int:
    output_dir.mkdir(parents=True, exist_ok=True)
    app = start_app()
    with temporary_workspace("serge-backup-shots-") as (_, workspace):
        # Rotation keeps one backup a day, so earlier days are staged by dating copies back.
        for days_ago, reason in ((9, "daily"), (2, "before-import"), (1, "daily")):
            made = workspace.backups.back_up_now(reason=reason).path
            when = dt.datetime.now(dt.UTC) - dt.timedelta(days=days_ago, hours=3)
            made.rename(made.with_name(f"library-{when:%Y%m%d-%H%M%S}-{reason}.sqlite3"))
        workspace.backups.back_up_now()
        window = show_window(workspace)
        [feature] = [f for f in window.features if isinstance(f, BackupsFeature)]

        def shoot() -> None:
            dialog = feature.open_dialog()
            dialog.move(window.geometry().center() - dialog.rect().center())
            QTimer.singleShot(600, lambda: finish(dialog))

        def finish(dialog: QWidget) -> None:
            save(dialog, output_dir / "backups-dialog.png")
            dialog.close()
            window.close()
            QApplication.quit()

        QTimer.singleShot(1200, shoot)
        return app.exec()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
