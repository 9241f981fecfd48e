"""An article with headings, a quotation and emphasis, opened in the test window; mouse drags."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from serge_desktop.services.views import ArticleView
from serge_desktop.ui.reader.view import ReaderView
from serge_desktop.ui.shell.main_window import MainWindow

STRUCTURED = """\
# Letters from exile

*How Victor Serge's correspondence outlived the censor*

## Orenburg

In 1908 he went to Paris, where he edited an anarchist paper called *l’anarchie*.

Here he is *unguarded*, quick to anger and **quicker** to laugh.

> I write so as not to forget, and I forget so as to go on living.

### The last letters

He died in Mexico City in November 1947, and the letters read today as *Memoirs*.
"""


def open_markdown(window: MainWindow, text: str, name: str = "letters.md") -> ArticleView:
    """Import ``text`` as a Markdown file and show it in the window."""
    outcome = window.workspace.importer.import_bytes(text.encode(), source_name=name)
    window.open_article(outcome.article.slug)
    window.notes.fill_now()  # not after the test has set the reader's notes (see set_article)
    article = window.current_article()
    assert article is not None
    return article


def point_of(reader: ReaderView, offset: int) -> QPoint:
    """The viewport point just inside the character at body ``offset``, on its line."""
    doc = reader._article_document
    assert doc is not None
    cursor = QTextCursor(doc.document)
    cursor.setPosition(doc.to_document(offset))
    rect = reader.cursorRect(cursor)
    return QPoint(rect.left() + 1, rect.center().y())


def drag_select(
    qtbot: QtBot,
    reader: ReaderView,
    start: int,
    end: int,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Press at body offset ``start``, drag to ``end`` and release, as a hand on the mouse."""
    viewport = reader.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, modifiers, point_of(reader, start))
    qtbot.mouseMove(viewport, point_of(reader, (start + end) // 2))
    qtbot.mouseMove(viewport, point_of(reader, end))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifiers, point_of(reader, end))
