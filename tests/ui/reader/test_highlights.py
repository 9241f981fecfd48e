"""Highlights are drawn under their words and marked in the margin, for blocks on screen only."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QTextCursor
from pytestqt.qtbot import QtBot

from serge_desktop.ui.common.highlight_colours import PLAIN_SHARE, highlight_fill
from serge_desktop.ui.reader.highlight_layer import MARK_GAP, MARK_WIDTH
from serge_desktop.ui.reader.typesetting import ReaderColours
from serge_desktop.ui.reader.view import ReaderView
from serge_desktop.ui.shell.main_window import MainWindow
from tests.ui.note_helpers import note_on


def word_rect(reader: ReaderView, start: int, end: int) -> QRect:
    doc = reader._article_document
    assert doc is not None
    head, tail = QTextCursor(doc.document), QTextCursor(doc.document)
    head.setPosition(doc.to_document(start))
    tail.setPosition(doc.to_document(end))
    first, last = reader.cursorRect(head), reader.cursorRect(tail)
    return QRect(first.left() + 1, first.top() + 1, last.left() - first.left() - 2, 10)


def commonest_colour(image: QImage, rect: QRect) -> str:
    counts = Counter(
        image.pixelColor(x, y).name()
        for x in range(rect.left(), rect.right())
        for y in range(rect.top(), rect.bottom())
    )
    return counts.most_common(1)[0][0]


def drawn(reader: ReaderView) -> QImage:
    reader.viewport().repaint()
    return reader.viewport().grab().toImage()


def fill_of(reader: ReaderView, colour: str) -> str:
    colours = ReaderColours.from_palette(reader.palette())
    return highlight_fill(colour, PLAIN_SHARE, colours.foregrounds, colours.base).name()


def test_a_highlight_is_drawn_under_its_words_and_beside_them(window: MainWindow) -> None:
    reader = window.reader
    note = note_on(window, "In 1908 he went to Paris")
    window.workspace.notes.set_color(note_id=note.id, color="green")
    window.notes.reload()
    rect = word_rect(reader, note.start, note.end)
    image = drawn(reader)
    assert commonest_colour(image, rect) == fill_of(reader, "green")
    x = int(reader._text_left - MARK_GAP + MARK_WIDTH / 2)
    margin = image.pixelColor(x, rect.center().y())
    assert margin != reader.palette().base().color()
    assert margin.green() > margin.red()  # the note's hue, darkened to stand out
    plain = word_rect(reader, note.end + 2, note.end + 8)  # words after it: not highlighted
    assert commonest_colour(image, plain) == reader.palette().base().color().name()


def test_a_recolour_through_undo_redraws_the_highlight(window: MainWindow) -> None:
    reader = window.reader
    note = note_on(window, "In 1908 he went to Paris")
    window.notes.select_note(note.id)
    window.commands.highlights["pink"].trigger()  # recolours the current note, undoably
    rect = word_rect(reader, note.start, note.end)
    pink = commonest_colour(drawn(reader), rect)
    window.undo_stack.undo()
    yellow = commonest_colour(drawn(reader), rect)
    assert QColor(pink).red() > QColor(pink).green()
    assert yellow != pink
    assert QColor(yellow).red() > QColor(yellow).blue()


def test_only_the_paragraphs_on_screen_are_drawn_and_a_change_redraws_one(
    window: MainWindow, qtbot: QtBot
) -> None:
    reader = window.reader
    article = window.current_article()
    assert article is not None
    for paragraph in article.paragraphs:
        window.workspace.notes.create_note(
            article_id=article.id,
            revision_id=article.revision_id,
            start=paragraph.start,
            end=paragraph.start + 5,
        )
    window.notes.reload()
    drawn(reader)
    on_screen = reader._highlights.painted_blocks
    assert 0 < on_screen < len(article.paragraphs) // 2
    layer = reader._highlights
    # While idle the reader works out the screens above and below, then stops.
    qtbot.waitUntil(lambda: not reader._ahead.isActive())
    before = dict(layer._drawings)
    assert on_screen < len(before) < len(article.paragraphs)
    reader.verticalScrollBar().setValue(reader.verticalScrollBar().value() + 40)
    drawn(reader)
    assert all(layer._drawings[i] is before[i] for i in before)  # scrolling reuses them
    [first, *_] = window.notes.model.notes()
    window.workspace.notes.set_color(note_id=first.id, color="blue")
    window.notes.reload()
    drawn(reader)
    redrawn = [i for i in before if layer._drawings.get(i) is not before[i]]
    assert redrawn == [0]
