"""The reader keeps its place as words, not pixels: resized, the same passage stays on top.

The place was the scroll bar's value in pixels. When the window was restored and then sized by
the desktop, or a pane beside the article was shown or hidden, the text wrapped anew and the
same pixels held other words; near the end, a taller view could not scroll that far, and the
place it fell back to was what the next start restored (about 300 characters earlier).
"""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics, QTextCursor
from pytestqt.qtbot import QtBot

from serge_desktop.ui.reader.view import ReaderView
from serge_desktop.ui.shell.main_window import MainWindow


def line_top(reader: ReaderView, offset: int) -> int:
    """How far below the top of the view the line holding body ``offset`` starts."""
    doc = reader._article_document
    assert doc is not None
    cursor = QTextCursor(doc.document)
    cursor.setPosition(doc.to_document(offset))
    return reader.cursorRect(cursor).top()


def on_top(reader: ReaderView, offset: int) -> bool:
    """Whether the line holding ``offset`` is the view's first (perhaps scrolled part way)."""
    return abs(line_top(reader, offset)) < QFontMetrics(reader.reading_font()).lineSpacing()


def test_the_passage_on_top_stays_there_when_the_text_wraps_anew(
    window: MainWindow, qtbot: QtBot
) -> None:
    reader = window.reader
    article = window.current_article()
    assert article is not None
    place = article.body.index("In May that year he joined the Communist Party")
    reader.scroll_to_offset(place)
    assert on_top(reader, place)
    wide = reader.viewport().width()
    window.resize(760, window.height())  # the column narrows: every line wraps anew
    qtbot.waitUntil(lambda: reader.viewport().width() < wide - 200)
    assert reader.top_offset() == place
    assert on_top(reader, place), line_top(reader, place)
    window.resize(1400, window.height())
    qtbot.waitUntil(lambda: reader.viewport().width() == wide)
    assert on_top(reader, place), line_top(reader, place)


def test_a_place_near_the_end_is_kept_while_a_taller_view_cannot_scroll_to_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    reader = window.reader
    bar = reader.verticalScrollBar()
    bar.setValue(bar.maximum())
    place = reader.top_offset()  # the first line of the last screen
    assert place is not None
    reader.scroll_to_offset(place)
    assert on_top(reader, place)
    short = reader.viewport().height()
    window.commands.show_timeline.trigger()  # the timeline hidden: the article takes its room
    qtbot.waitUntil(lambda: reader.viewport().height() > short + 100)
    assert bar.value() == bar.maximum()  # the text ends: the passage shows lower down
    assert line_top(reader, place) > 0
    assert reader.top_offset() == place  # still the place kept (and saved on closing)
    window.commands.show_timeline.trigger()  # the timeline back: the view is short again
    qtbot.waitUntil(lambda: reader.viewport().height() == short)
    assert on_top(reader, place), line_top(reader, place)


def test_scrolling_by_hand_moves_the_place(window: MainWindow) -> None:
    reader = window.reader
    bar = reader.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    kept = reader.top_offset()
    assert kept is not None and kept > 0
    assert on_top(reader, kept)
