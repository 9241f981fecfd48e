"""Child process for the exit test: the real app started, painted once, quit, and Python's exit.

Run as ``python start_then_quit.py DATA_DIR``. Prints whether the tabs' style was on the app
while it ran (ui.common.app_style), the tab labels, and the exit code run_app returned; the
process's own exit code then says whether Python's exit went cleanly.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QTabBar  # after the platform is chosen

from serge_desktop.ui.common.app_style import AppStyle
from serge_desktop.ui.startup.app import create_application, run_app


def report(app: QApplication) -> None:
    print("app style", app.findChild(AppStyle) is not None)
    labels = [
        bar.tabText(i)
        for widget in app.topLevelWidgets()
        for bar in widget.findChildren(QTabBar)
        for i in range(bar.count())
    ]
    print("tabs", "|".join(labels))


def main(data_dir: str) -> int:
    app = create_application(["serge-desktop"])
    app.aboutToQuit.connect(lambda: report(app))
    code = run_app(data_dir=data_dir, article_slug=None, exit_after_start=True, argv=[])
    print("exit", code, flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
