"""The index of names on a small series, photographed under Xvfb.

Usage: names_screenshots.py OUTPUT_DIR   (writes names-index.png, names-library.png,
                                          names-entity.png, names-map.png, names-graph.png)

The library is the Library screenshots' series (the seed and three articles); the window
indexes it when the Index pane is first shown, and two of the names found are confirmed as a
reader would, so the pane shows both the index and what is left to review.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from library_screenshots import prepare
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from screenshot_kit import feature, save, show_window, start_app

from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.features.names.feature import NamesFeature
from serge_desktop.ui.shell.main_window import MainWindow

SEED = "he-found-the-seeds-of-hope-in-russia"
# A reader's decisions: two people with the surname the texts mostly use, one organisation.
CONFIRMED = (
    (("Boris Souvarine", "Souvarine"), "person"),
    (("Alfred Rosmer", "Rosmer"), "person"),
    (("Andreu Nin", "Nin"), "person"),
    (("POUM",), "organisation"),
    (("International",), "organisation"),
)


def main(output_dir: Path) -> int:
    output_dir.mkdir(parents=True, exist_ok=True)
    app = start_app()
    with tempfile.TemporaryDirectory(prefix="serge-names-shots-") as folder:
        data = Path(folder) / "data"
        prepare(data)
        with Workspace(data) as workspace:
            workspace.entities.refresh()
            for names, kind in CONFIRMED:
                workspace.entities.confirm(names=list(names), kind=kind, display=names[0])
            window = show_window(workspace, SEED)
            names = feature(window, NamesFeature)
            steps = [
                ("names-index.png", lambda: index(window, names)),
                ("names-library.png", names.open_in_library),
                ("names-entity.png", lambda: entity(names, workspace)),
                ("names-map.png", names.open_map),
                ("names-graph.png", names.open_graph),
            ]

            def next_step() -> None:
                if not steps:
                    window.close()
                    QApplication.quit()
                    return
                target, act = steps.pop(0)
                act()
                QTimer.singleShot(1500, lambda: (save(window, output_dir / target), next_step()))

            QTimer.singleShot(1200, next_step)
            return app.exec()


def index(window: MainWindow, names: NamesFeature) -> None:
    """The pane shown, Victor Serge's page beside it, his mentions underlined in the reader."""
    window.actions.get("view.index").trigger()
    window.actions.get("names.underline").setChecked(True)
    # A docked pane takes the width the window gives it: asked of the window, not the dock.
    window.resizeDocks([names.dock], [430], Qt.Orientation.Horizontal)


def entity(names: NamesFeature, workspace: Workspace) -> None:
    """Trotsky's page, with a note of the reader's."""
    trotsky = workspace.entities.find("Trotsky").id
    workspace.entities.set_note(entity_id=trotsky, text="Compare Serge's *Memoirs*, chapter 7.")
    names.open_entity(trotsky)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
