"""The main window in each theme, in the system's language, photographed under Xvfb.

Usage: theme_screenshots.py OUTPUT_DIR   (writes theme-light.png, theme-sepia.png, theme-dark.png,
                                          theme-high-contrast.png)

``make screenshots`` runs it twice: in English into docs/screenshots, and with LANG=fr_FR.UTF-8
into docs/screenshots/fr. The window shows the seed article with a note written and an event
chosen, as in main-window.png; each theme is applied as View ▸ Theme applies it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from make_screenshots import stage
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from screenshot_kit import save, show_window, start_app, temporary_workspace

from serge_desktop.services.policy import THEMES
from serge_desktop.ui.common.theme_choice import apply_theme
from serge_desktop.ui.shell.main_window import MainWindow

SHOWN = [theme for theme in THEMES if theme != "system"]  # the desktop's is one of these
STAGED = 2200  # ms: the window shown, its note written and its event chosen
EACH = 2500  # ms for a theme to be applied, painted and photographed


def shoot(app: QApplication, window: MainWindow, theme: str, target: Path) -> None:
    window.repaint()  # the theme's colours on the screen before the grab
    app.processEvents()
    save(window, target / f"theme-{theme.replace('_', '-')}.png")


def main(output_dir: Path) -> int:
    output_dir.mkdir(parents=True, exist_ok=True)
    app = start_app()
    with temporary_workspace("serge-theme-shots-") as (_folder, workspace):
        apply_theme(app, "light")
        window = show_window(workspace)
        QTimer.singleShot(600, lambda: stage(window))
        for i, theme in enumerate(SHOWN):
            at = STAGED + i * EACH
            QTimer.singleShot(at, lambda theme=theme: apply_theme(app, theme))
            QTimer.singleShot(
                at + EACH // 2, lambda theme=theme: shoot(app, window, theme, output_dir)
            )
        QTimer.singleShot(STAGED + len(SHOWN) * EACH, QApplication.quit)
        return app.exec()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
