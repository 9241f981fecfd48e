"""The one list of the window's features, each installed with ``install(ctx) -> QObject``.

A feature builds its actions, adds them to the window's menus by id (``ui.window.actions``) and
keeps its state in the QObject it returns (parented to the window). It sees the window only as a
``WindowContext`` and imports no other feature; the window imports features only here.

Features come in two groups. Those the first frame shows (a menu's title, a toolbar button, a
page's tab, a banner, a dock) or that must be in force before the reader can act (the policy)
are installed before the window is shown; the others right after its first paint, or at the
reader's first key or click if that comes sooner (``shell.later_features``). Each keeps its place
in ``ORDER``, so menus read the same whichever group a feature is in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from serge_desktop.ui.window.context import WindowContext

if TYPE_CHECKING:
    from serge_desktop.ui.shell.main_window import MainWindow

Installer = Callable[[WindowContext], QObject]

# The order their menu entries appear in, whichever group installs them.
ORDER = (
    "note_editing",
    "note_dialogs",
    "search_everything",
    "importing",
    "library",
    "emergency_save",
    "export",
    "policy",
    "timeline_viewing",
    "theme_choosing",
    "timeline_editing",
    "series_timeline",
    "packs",
    "backups",
    "study",
    "names",
    "help",
)


def first_frame_installers() -> dict[str, Installer]:
    """The features the first frame shows, or that must act before the reader can."""
    # Imported here, not at the top: the main window imports this module, and each feature
    # module loads with the window only. The timeline's editing is here, small as it is, for
    # its place in the reader's context menu, above the Names feature's entry.
    from serge_desktop.ui.features import emergency_save, series_timeline
    from serge_desktop.ui.features.help import feature as help_feature
    from serge_desktop.ui.features.library import feature as library
    from serge_desktop.ui.features.names import feature as names
    from serge_desktop.ui.features.policy import feature as policy
    from serge_desktop.ui.features.study import feature as study
    from serge_desktop.ui.features.timeline_editing import editing as timeline_editing

    return {
        "library": library.install,
        "emergency_save": emergency_save.install,  # where an unsaved note's text goes, at once
        "policy": policy.install,
        "timeline_editing": timeline_editing.install,
        "series_timeline": series_timeline.install,
        "study": study.install,
        "names": names.install,
        "help": help_feature.install,
    }


def later_installers() -> dict[str, Installer]:
    """The features with nothing in the first frame: entries inside menus, dialogs, shortcuts."""
    from serge_desktop.ui.features import (
        note_dialogs,
        note_editing,
        search_everything,
        theme_choosing,
        timeline_viewing,
    )
    from serge_desktop.ui.features.backups import feature as backups
    from serge_desktop.ui.features.export import feature as export
    from serge_desktop.ui.features.importing import feature as importing
    from serge_desktop.ui.features.packs import feature as packs

    return {
        "note_editing": note_editing.install,
        "note_dialogs": note_dialogs.install,
        "search_everything": search_everything.install,
        "importing": importing.install,
        "export": export.install,
        "timeline_viewing": timeline_viewing.install,
        "theme_choosing": theme_choosing.install,
        "packs": packs.install,
        "backups": backups.install,
    }


def install_features(window: MainWindow, installers: dict[str, Installer]) -> list[QObject]:
    """Install these features in ``ORDER``; here mypy checks that the window is a ``WindowContext``.

    The registry is told each one's place, so its menu entries go where the whole list puts them.
    """
    context: WindowContext = window
    installed = []
    for name in ORDER:
        install = installers.get(name)
        if install is not None:
            with window.actions.placed(ORDER.index(name)):
                installed.append(install(context))
    return installed
