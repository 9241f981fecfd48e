from __future__ import annotations

from pytestqt.qtbot import QtBot

from serge_desktop.ui.notes.dialogs.history_dialog import HistoryDialog
from serge_desktop.ui.notes.dialogs.tags_dialog import TagsDialog
from serge_desktop.ui.notes.dialogs.trash_dialog import TrashDialog
from serge_desktop.ui.shell.main_window import MainWindow
from tests.ui.note_helpers import note_editing


def test_trash_tags_and_history_open_from_the_edit_menu(window: MainWindow, qtbot: QtBot) -> None:
    assert not window.commands.note_history.isEnabled()
    article = window.current_article()
    assert article is not None
    start = article.body.index("he reached Petrograd")
    window.reader.select_span(start, start + len("he reached Petrograd"))
    note_editing(window).add_note()
    assert window.commands.note_history.isEnabled()
    for action, kind in (
        (window.commands.note_history, HistoryDialog),
        (window.commands.manage_tags, TagsDialog),
        (window.commands.trash, TrashDialog),
    ):
        action.trigger()
        [dialog] = [d for d in window.findChildren(kind) if d.isVisible()]
        dialog.close()
        qtbot.waitUntil(
            lambda kind=kind: not [d for d in window.findChildren(kind) if d.isVisible()]
        )
