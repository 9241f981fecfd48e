"""Alt+letter never means two things: in each menu, in the window, and in every dialog the app has.

Every dialog class of the window's code is found by importing its modules; a dialog without a
way to build it here fails the test, so a new dialog is checked from the day it is written.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

import serge_desktop.ui
from serge_desktop.services.batch_import import BatchSummary
from serge_desktop.services.maintenance import HealthReport
from serge_desktop.services.recovery import LibraryTrouble, Trouble
from serge_desktop.ui.common.link_opening import ExternalLinkDialog
from serge_desktop.ui.common.scope_chooser import ScopeChooser
from serge_desktop.ui.features.backups.dialog import BackupsDialog
from serge_desktop.ui.features.export.dialog import ExportDialog
from serge_desktop.ui.features.help.guide_dialog import GuideDialog
from serge_desktop.ui.features.help.shortcut_list import shortcuts
from serge_desktop.ui.features.help.shortcuts_dialog import ShortcutsDialog
from serge_desktop.ui.features.importing.summary_dialog import ImportSummaryDialog
from serge_desktop.ui.features.packs.export_dialog import PackExportDialog
from serge_desktop.ui.features.packs.import_dialog import PackImportDialog
from serge_desktop.ui.features.policy.preferences_dialog import PreferencesDialog
from serge_desktop.ui.features.study.browser_dialog import CardBrowserDialog
from serge_desktop.ui.features.study.options_dialog import StudyOptionsDialog
from serge_desktop.ui.features.study.statistics_dialog import StatisticsDialog
from serge_desktop.ui.features.timeline_editing.categories import CategoriesDialog
from serge_desktop.ui.notes.dialogs.history_dialog import HistoryDialog
from serge_desktop.ui.notes.dialogs.tags_dialog import TagsDialog
from serge_desktop.ui.notes.dialogs.trash_dialog import TrashDialog
from serge_desktop.ui.reader.settings import ReaderSettings
from serge_desktop.ui.search.dialog import SearchDialog
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.startup.background_check import RepairPrompt
from serge_desktop.ui.startup.idle_reset import IdleWarning
from serge_desktop.ui.startup.recovery_dialogs import RecoveryChoiceDialog
from serge_desktop.ui.startup.storage_trouble import StorageTroubleDialog
from serge_desktop.ui.timeline.editing.drafts import blank_draft, editing_start
from serge_desktop.ui.timeline.editing.editor import EventEditor
from serge_desktop.ui.timeline.editing.suggestions_dialog import (
    SuggestionActions,
    SuggestionsDialog,
)
from tests.ui.mnemonics import menu_clashes, window_clashes
from tests.ui.note_helpers import note_on

Build = Callable[[MainWindow, Path], list[QWidget]]


def _export(window: MainWindow, _tmp: Path) -> list[QWidget]:
    ws, article = window.workspace, window.current_article()
    return [
        ExportDialog(ws, article, window),
        ExportDialog(ws, article, window, printing=True),
    ]


def _pack_import(window: MainWindow, tmp: Path) -> list[QWidget]:
    note_on(window, "Victor Serge", body="Who was he?")
    article = window.current_article()
    assert article is not None
    packs, pack = window.workspace.packs, tmp / "t.sergepack"
    packs.export(pack, article_slugs=[article.slug], author="Ms Rivera")
    return [PackImportDialog(packs.preview(packs.read(pack)), window)]


def _history(window: MainWindow, _tmp: Path) -> list[QWidget]:
    note = note_on(window, "Victor Serge", body="First words.")
    ws = window.workspace
    return [HistoryDialog(ws.notes, window.undo_stack, window.bus, note_id=note.id, parent=window)]


def _event_editors(window: MainWindow, _tmp: Path) -> list[QWidget]:
    article = window.current_article()
    assert article is not None
    categories = [(c.name, c.color) for c in window.workspace.categories.list_categories()]
    event = window.timeline.events()[0]
    return [
        EventEditor(blank_draft().start, window, categories=categories),
        EventEditor(editing_start(article, event), window, categories=categories),
    ]


def _suggestions(window: MainWindow, _tmp: Path) -> list[QWidget]:
    def nothing(*_args: object) -> None:
        return None

    actions = SuggestionActions(load=list, accept=nothing, edit=nothing, dismiss=nothing)
    return [SuggestionsDialog(actions, window)]


def _damaged(tmp: Path) -> LibraryTrouble:
    return LibraryTrouble(
        path=tmp / "library.sqlite3",
        trouble=Trouble.DAMAGED,
        problems=("database disk image is malformed",),
        wal_size=4096,
        wal_frames=1,
        wal_is_ours=True,
        backups=2,
        newest_good=None,
        file_size=8192,
    )


DIALOGS: dict[type[QWidget], Build] = {
    ExportDialog: _export,
    PackExportDialog: lambda w, _t: [
        PackExportDialog(
            w.workspace.library.list_articles(), current_slug=None, author="Ms Rivera", parent=w
        )
    ],
    PackImportDialog: _pack_import,
    BackupsDialog: lambda w, _t: [BackupsDialog(w.workspace.backups, w, tasks=w.tasks)],
    PreferencesDialog: lambda w, _t: [
        PreferencesDialog(ReaderSettings.for_workspace(w.workspace), 1.0, w)
    ],
    TagsDialog: lambda w, _t: [TagsDialog(w.workspace.tags, w.undo_stack, w.bus, w)],
    TrashDialog: lambda w, _t: [
        TrashDialog(w.workspace.notes, w.undo_stack, w.bus, article_id=None, parent=w)
    ],
    HistoryDialog: _history,
    SearchDialog: lambda w, _t: [
        SearchDialog(w.workspace.search, ScopeChooser(w.workspace.window_state_path, "search"), w)
    ],
    ImportSummaryDialog: lambda w, t: [
        ImportSummaryDialog(BatchSummary((), (t / "a.html", t / "b.pdf")), w)
    ],
    RecoveryChoiceDialog: lambda w, t: [RecoveryChoiceDialog(_damaged(t), w)],
    RepairPrompt: lambda w, t: [RepairPrompt(HealthReport(t / "library.sqlite3", ()), w)],
    SuggestionsDialog: _suggestions,
    EventEditor: _event_editors,
    IdleWarning: lambda w, _t: [IdleWarning(w)],
    StorageTroubleDialog: lambda w, t: [
        StorageTroubleDialog(t, OSError(28, "No space left on device"), can_read_only=True)
    ],
    ExternalLinkDialog: lambda w, _t: [ExternalLinkDialog(QUrl("https://example.org/"), w)],
    CardBrowserDialog: lambda w, _t: [CardBrowserDialog(w, w)],
    StatisticsDialog: lambda w, _t: [StatisticsDialog(w.workspace, w.bus, w)],
    StudyOptionsDialog: lambda w, _t: [StudyOptionsDialog(w.workspace.study, w)],
    CategoriesDialog: lambda w, _t: [
        CategoriesDialog(w.workspace.categories, w.bus, w.undo_stack, w.show_error, w)
    ],
    GuideDialog: lambda w, _t: [GuideDialog(w)],
    ShortcutsDialog: lambda w, _t: [ShortcutsDialog(shortcuts(w), w)],
}


def dialog_classes() -> set[type[QWidget]]:
    """Every dialog class written in the window's code (its modules imported first)."""
    package = serge_desktop.ui
    for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
        importlib.import_module(info.name)
    found: set[type[QWidget]] = set()
    waiting: list[type[QWidget]] = [QDialog]
    while waiting:
        for kind in waiting.pop().__subclasses__():
            waiting.append(kind)
            if kind.__module__.startswith("serge_desktop.") and kind.__subclasses__() == []:
                found.add(kind)
    return found


def test_every_dialog_of_the_app_is_checked() -> None:
    missing = {kind.__qualname__ for kind in dialog_classes() - set(DIALOGS)}
    assert not missing, f"add these dialogs to DIALOGS: {sorted(missing)}"
    assert QMessageBox not in DIALOGS


def test_no_menu_offers_a_letter_twice(window: MainWindow) -> None:
    clashes: list[str] = []
    for menu in window.actions.menus().values():
        clashes += menu_clashes(menu, menu.title().replace("&", ""))
    assert not clashes, "\n".join(clashes)


def test_the_window_offers_each_letter_once(window: MainWindow) -> None:
    clashes = window_clashes(window, "main window")
    assert not clashes, "\n".join(clashes)


@pytest.mark.parametrize("kind", list(DIALOGS), ids=lambda kind: kind.__name__)
def test_no_dialog_offers_a_letter_twice(
    kind: type[QWidget], window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    clashes: list[str] = []
    for dialog in DIALOGS[kind](window, tmp_path):
        qtbot.addWidget(dialog)
        dialog.show()
        clashes += window_clashes(dialog, f"{kind.__name__} {dialog.windowTitle()!r}")
        dialog.close()
    assert not clashes, "\n".join(clashes)
