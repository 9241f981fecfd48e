from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from serge_desktop.ui.notes.filter_proxy import NoteOrder
from serge_desktop.ui.shell.main_window import MainWindow

QUOTES = ("he reached Petrograd", "joined the Communist Party", "died of a heart attack")


def add_notes(window: MainWindow) -> list[int]:
    article = window.current_article()
    assert article is not None
    ids = []
    for quote, colour, tags in zip(
        QUOTES, ("blue", "green", "blue"), (("russia",), ("party", "russia"), ()), strict=True
    ):
        start = article.body.index(quote)
        note = window.workspace.notes.create_note(
            article_id=article.id,
            revision_id=article.revision_id,
            start=start,
            end=start + len(quote),
            body=f"About {quote}",
            color=colour,
            tags=tags,
        )
        ids.append(note.id)
    window.notes.reload()
    return ids


def shown(window: MainWindow) -> list[str]:
    proxy = window.notes.proxy
    return [proxy.note_at(proxy.index(row, 0)).quote for row in range(proxy.rowCount())]


def test_filter_by_words_tag_and_colour_with_a_count(
    window: MainWindow, qtmodeltester: ModelTester
) -> None:
    add_notes(window)
    bar = window.notes.filter_bar
    qtmodeltester.check(window.notes.proxy)
    bar.field.setText("PARTY")
    assert shown(window) == ["joined the Communist Party"]
    assert window.notes.title.text() == "Notes (1 of 3)"
    bar.field.clear()
    bar.tags.setCurrentIndex(bar.tags.findData("russia"))
    assert shown(window) == ["he reached Petrograd", "joined the Communist Party"]
    bar.colours.setCurrentIndex(bar.colours.findData("blue"))
    assert shown(window) == ["he reached Petrograd"]
    bar.clear()
    assert len(shown(window)) == 3
    assert window.notes.title.text() == "Notes (3)"


def test_order_by_last_change(window: MainWindow) -> None:
    ids = add_notes(window)
    window.workspace.notes.update_body(note_id=ids[0], body="Changed last")
    window.notes.reload()
    bar = window.notes.filter_bar
    bar.order_box.setCurrentIndex(bar.order_box.findData(NoteOrder.CHANGED))
    assert shown(window)[0] == "he reached Petrograd"
    bar.order_box.setCurrentIndex(bar.order_box.findData(NoteOrder.TEXT))
    assert shown(window) == list(QUOTES)


def test_selecting_a_filtered_out_note_clears_the_filter(window: MainWindow) -> None:
    ids = add_notes(window)
    window.notes.filter_bar.field.setText("Petrograd")
    window.notes.select_note(ids[2])
    assert window.notes.current_note_id() == ids[2]
    assert window.notes.filter_bar.text() == ""


def test_tag_colour_and_order_fold_behind_one_button_that_counts_them(
    window: MainWindow,
) -> None:
    add_notes(window)
    bar = window.notes.filter_bar
    # One row above the list: the words and the Filters button; the rest shows when asked.
    assert bar.field.isVisible() and bar.more_button.isVisible()
    assert not bar.tags.isVisible() and not bar.order_box.isVisible()
    bar.more_button.click()
    assert bar.tags.isVisible() and bar.colours.isVisible() and bar.unplaced.isVisible()
    bar.colours.setCurrentIndex(bar.colours.findData("blue"))
    bar.tags.setCurrentIndex(bar.tags.findData("russia"))
    bar.more_button.click()
    assert not bar.colours.isVisible()
    # Folded away, the choices at work still show on the button (and in the count).
    assert bar.more_button.text() == "Filters (2)"
    assert bar.more_button.accessibleDescription() == "2 filters in use"
    assert shown(window) == ["he reached Petrograd"]
    bar.clear()
    assert bar.more_button.text() == "Filters"
    assert bar.more_button.accessibleDescription() == ""
    # A teacher's layer hidden (its button is behind the fold too) is a filter at work.
    bar.set_layers([("Ms Lee", False), ("Sam", True)])
    assert bar.more_button.text() == "Filters (1)"
    assert bar.more_button.accessibleDescription() == "1 filter in use"
    bar.layers_menu.actions()[0].setChecked(True)
    assert bar.more_button.text() == "Filters"


def test_the_unfolded_filters_fit_the_notes_column(window: MainWindow, qtbot: QtBot) -> None:
    # Side by side, the tag, colour and order boxes once made the pane wider than its column
    # (430 pixels at 1440x900, 300 at 1024x700): the order box went past the window's edge.
    small = QSize(1024, 640)
    window.resize(small)
    qtbot.waitUntil(lambda: window.size() == small)
    bar = window.notes.filter_bar
    column = window._panes["notes"]
    width = column.width()
    bar.more_button.click()
    qtbot.wait(200)  # the layouts settle

    def inside(control: QWidget) -> bool:
        return column.rect().contains(QRect(control.mapTo(column, QPoint(0, 0)), control.size()))

    assert column.width() == width  # the column keeps its width, and the boxes fit it
    assert all(inside(c) for c in (bar.tags, bar.colours, bar.order_box))
