"""On a short screen (1024×700) the notes list shows several notes above a usable editor.

The notes pane shared its height with the timeline and stacked three rows of filters above the
list, so at 1024×700 one note showed at a time.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from pytestqt.qtbot import QtBot

from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.shell.main_window import MainWindow

SENTENCES = (
    "In 1908 he went to Paris",
    "In January 1919 he reached Petrograd",
    "In May that year he joined the Communist Party",
    "He spent four years in Germany and Austria",
    "Serge became an active member of Trotsky’s Left Opposition",
    "Serge was allowed to leave Russia",
)
SCREEN = QSize(1024, 640)  # 1024×700 less a title bar and a panel


def add_six_notes(window: MainWindow, workspace: Workspace) -> None:
    article = window.current_article()
    assert article is not None
    for number, sentence in enumerate(SENTENCES, 1):
        start = article.body.index(sentence)
        workspace.notes.create_note(
            article_id=article.id,
            revision_id=article.revision_id,
            start=start,
            end=start + len(sentence),
            body=f"Note {number}: **why** it matters.",
            tags=["serge"],
        )
    window.notes.reload()


def test_four_notes_show_above_the_editor_at_1024_by_700(
    window: MainWindow, workspace: Workspace, qtbot: QtBot
) -> None:
    add_six_notes(window, workspace)
    window.resize(SCREEN)
    qtbot.waitUntil(lambda: window.size() == SCREEN)
    notes = window.notes
    notes.list.setCurrentIndex(notes.proxy.index(0, 0))
    box = window._panes["notes"]
    box_rect = QRect(box.mapTo(window, box.rect().topLeft()), box.size())
    viewport = notes.list.viewport()
    shown = QRect(viewport.mapTo(window, viewport.rect().topLeft()), viewport.size())
    shown = shown.intersected(box_rect)  # what the pane's own scrolling leaves on screen
    whole_rows = sum(
        1
        for row in range(notes.proxy.rowCount())
        if shown.contains(
            QRect(
                viewport.mapTo(window, notes.list.visualRect(notes.proxy.index(row, 0)).topLeft()),
                notes.list.visualRect(notes.proxy.index(row, 0)).size(),
            )
        )
    )
    assert whole_rows >= 4, (whole_rows, shown, notes.splitter.sizes())
    # The editor below is usable: on screen, at least three lines tall, and so are its buttons.
    editor = notes.editor
    editor_rect = QRect(editor.mapTo(window, editor.rect().topLeft()), editor.size())
    assert box_rect.contains(editor_rect), (editor_rect, box_rect)
    assert editor.viewport().height() >= 3 * editor.fontMetrics().lineSpacing()
    button = notes.delete_button
    assert box_rect.contains(QRect(button.mapTo(window, button.rect().topLeft()), button.size()))


def test_every_seed_event_keeps_its_label_beside_the_notes_at_1440_by_900(
    window: MainWindow, workspace: Workspace, qtbot: QtBot
) -> None:
    # The notes took a third of the width, and the timeline's title a row of its own: the
    # chart beside them folded three of the 23 labels into markers.
    add_six_notes(window, workspace)
    wide = QSize(1440, 836)  # 1440×900 less a title bar and a desktop's top bar
    window.resize(wide)
    qtbot.waitUntil(lambda: window.size() == wide)
    view = window.timeline.view
    view.grab()
    assert len(view.events()) == 23
    assert len(view.event_rects()) == 23
    assert window.notes.list.viewport().height() > 4 * window.notes.list.sizeHintForRow(0)
