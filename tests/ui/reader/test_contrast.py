"""Every colour the reader draws text in, or under, or beside it, reads at WCAG's contrast.

Text at 4.5:1 against what lies behind it (the page, a highlight, a find match, the flash of a
passage, the selection); marks at 3:1 against the page (the bars in the margin, a quotation's
rule, the focus ring). Measured on the colours the reader really used, in a light and a dark
palette.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette, QTextCursor
from pytestqt.qtbot import QtBot

from serge_desktop.core.contrast import MARK_CONTRAST, TEXT_CONTRAST, contrast_ratio
from serge_desktop.services.views import NoteView
from serge_desktop.ui.common.focus_ring import focus_ring_colour
from serge_desktop.ui.common.palette import HIGHLIGHT_COLOURS
from serge_desktop.ui.reader.highlight_layer import MARK_WIDTH, RULE_WIDTH
from serge_desktop.ui.reader.view import ReaderView
from serge_desktop.ui.shell.main_window import MainWindow
from tests.ui.reader.reader_helpers import STRUCTURED, open_markdown


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#e8e6e3"),
        (QPalette.ColorRole.WindowText, "#e8e6e3"),
        (QPalette.ColorRole.Highlight, "#3d7ab8"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def text_colours(reader: ReaderView) -> set[str]:
    """The colour of every fragment of text in the reader's document."""
    doc = reader._article_document
    assert doc is not None
    default = reader.palette().color(QPalette.ColorRole.Text).name()
    colours = set()
    block = doc.document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            brush = fragments.fragment().charFormat().foreground()
            colours.add(brush.color().name() if brush.style() else default)
            fragments += 1
        block = block.next()
    return colours


def drawn_colours(reader: ReaderView) -> tuple[set[str], set[str]]:
    """The fills drawn under text, and the marks drawn beside it, in every drawing worked out."""
    fills: set[str] = set()
    marks: set[str] = set()
    for drawing in reader._highlights._drawings.values():
        for colour, rects in drawing.shapes:
            narrow = all(r.width() in (MARK_WIDTH, RULE_WIDTH) for r in rects)
            (marks if narrow else fills).add(colour.name())
    return fills, marks


def every_kind_of_highlight(window: MainWindow) -> None:
    """A note of each colour, each on a paragraph of its own; two overlapping; one being edited."""
    article = window.current_article()
    assert article is not None
    colours = [*HIGHLIGHT_COLOURS, "yellow", "green"]
    notes = [
        view_of(number, paragraph.start, paragraph.start + 12, colour)
        for number, (paragraph, colour) in enumerate(zip(article.paragraphs, colours, strict=False))
    ]
    first = article.paragraphs[1]
    notes.append(view_of(50, first.start + 2, first.start + 6, "blue"))  # within note 1
    window.reader.set_notes(notes, active=2)


def view_of(note_id: int, start: int, end: int, colour: str) -> NoteView:
    import datetime as dt

    now = dt.datetime.now(dt.UTC)
    return NoteView(note_id, 1, True, "q", start, end, "", colour, now, now)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_text_and_mark_in_the_reader_reads(
    window: MainWindow, qtbot: QtBot, theme: str
) -> None:
    reader = window.reader
    if theme == "dark":
        reader.setPalette(dark_palette())
    open_markdown(window, STRUCTURED)
    window.resize(1400, 1400)
    every_kind_of_highlight(window)
    base = reader.palette().color(QPalette.ColorRole.Base).name()
    texts = text_colours(reader)
    assert len(texts) >= 2  # the body's and the quotation's at least
    for colour in texts:
        assert contrast_ratio(colour, base) >= TEXT_CONTRAST, colour
    reader.viewport().repaint()
    qtbot.waitUntil(lambda: not reader._ahead.isActive())  # the screens around worked out too
    fills, marks = drawn_colours(reader)
    assert len(fills) >= len(HIGHLIGHT_COLOURS) + 2  # each colour, one nested, one active
    assert len(marks) >= len(HIGHLIGHT_COLOURS) + 1  # each colour's bar, the quotation's rule
    for fill in fills:
        for colour in texts:
            assert contrast_ratio(colour, fill) >= TEXT_CONTRAST, (colour, fill)
    for mark in marks:
        assert contrast_ratio(mark, base) >= MARK_CONTRAST, mark
    window.commands.find.trigger()
    qtbot.keyClicks(window.find_bar.field, "the")
    article = window.current_article()
    assert article is not None
    quote = article.body.index("I write so as")
    reader.show_span(quote, quote + 10, flash=True)  # its glow at its strongest
    tints = {s.format.background().color().name() for s in reader.extraSelections()}
    assert len(tints) == 3  # a match, the current match, the flash
    for tint in tints:
        for colour in texts:
            assert contrast_ratio(colour, tint) >= TEXT_CONTRAST, (colour, tint)
    assert contrast_ratio(focus_ring_colour(reader.palette()).name(), base) >= MARK_CONTRAST
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        selected = reader.palette().color(group, QPalette.ColorRole.HighlightedText).name()
        selection = reader.palette().color(group, QPalette.ColorRole.Highlight).name()
        assert contrast_ratio(selected, selection) >= TEXT_CONTRAST


def test_a_new_palette_recolours_the_text_shown(window: MainWindow) -> None:
    reader = window.reader
    before = text_colours(reader)
    reader.setPalette(dark_palette())
    after = text_colours(reader)
    assert before != after
    cursor = QTextCursor(reader.document())
    cursor.movePosition(QTextCursor.MoveOperation.End)
    assert contrast_ratio(cursor.charFormat().foreground().color().name(), "#1e1e1e") >= 4.5
