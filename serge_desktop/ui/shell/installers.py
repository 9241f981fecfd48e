"""The one list of the window's features, each installed with ``install(ctx) -> QObject``.

A feature builds its actions, adds them to the window's menus by id (``ui.window.actions``) and
keeps its state in the QObject it returns (parented to the window). It sees the window only as a
``WindowContext`` and imports no other feature; the window imports features only here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from serge_desktop.ui.window.context import WindowContext

if TYPE_CHECKING:
    from serge_desktop.ui.shell.main_window import MainWindow

Installer = Callable[[WindowContext], QObject]


def feature_installers() -> list[Installer]:
    """The installers, in the order their menu entries appear."""
    # Imported here, not at the top: the main window imports this module, and each feature
    # module loads with the window only.
    from serge_desktop.ui.features import (
        emergency_save,
        note_dialogs,
        note_editing,
        search_everything,
        series_timeline,
        theme_choosing,
        timeline_viewing,
    )
    from serge_desktop.ui.features.backups import feature as backups
    from serge_desktop.ui.features.export import feature as export
    from serge_desktop.ui.features.help import feature as help_feature
    from serge_desktop.ui.features.importing import feature as importing
    from serge_desktop.ui.features.library import feature as library
    from serge_desktop.ui.features.names import feature as names
    from serge_desktop.ui.features.packs import feature as packs
    from serge_desktop.ui.features.policy import feature as policy
    from serge_desktop.ui.features.study import feature as study
    from serge_desktop.ui.features.timeline_editing import editing as timeline_editing

    return [
        note_editing.install,
        note_dialogs.install,
        search_everything.install,
        importing.install,
        library.install,
        emergency_save.install,
        export.install,
        policy.install,
        timeline_viewing.install,
        theme_choosing.install,
        timeline_editing.install,
        series_timeline.install,
        packs.install,
        backups.install,
        study.install,
        names.install,
        help_feature.install,
    ]


def install_features(window: MainWindow) -> list[QObject]:
    """Install every feature; here mypy checks that the window is a ``WindowContext``."""
    context: WindowContext = window
    return [install(context) for install in feature_installers()]
