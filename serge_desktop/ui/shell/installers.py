"""The features that plug themselves into the main window, each adding its own actions and menus.

A feature is a function ``install(window) -> QObject``: it builds its actions, puts them in the
window's menus through ``window.commands.add_to_menu`` and keeps its state in the QObject it
returns (parented to the window). The window stays small, and each feature stays in its module.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from serge_desktop.ui.shell.main_window import MainWindow

Installer = Callable[["MainWindow"], QObject]


def feature_installers() -> list[Installer]:
    """The installers, in the order their menu entries appear."""
    # Imported here, not at the top, so that a feature's module loads with the window only.
    from serge_desktop.ui.features import timeline_viewing
    from serge_desktop.ui.features.backups import feature as backups
    from serge_desktop.ui.features.export import feature as export
    from serge_desktop.ui.features.packs import feature as packs
    from serge_desktop.ui.features.policy import feature as policy
    from serge_desktop.ui.features.timeline_editing import editing as timeline_editing
    from serge_desktop.ui.notes import emergency_save

    return [
        emergency_save.install,
        export.install,
        policy.install,
        timeline_viewing.install,
        timeline_editing.install,
        packs.install,
        backups.install,
    ]


def install_features(window: MainWindow) -> list[QObject]:
    return [install(window) for install in feature_installers()]
