"""After Ctrl+O, a search hit or an import the keyboard is in the text: Page Down reads on."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from serge_desktop.services.search_views import ArticleHit, NoteHit
from serge_desktop.ui.shell.main_window import MainWindow
from tests.ui.note_helpers import importing, note_on, search_feature

SEED_TITLE = "He found the seeds of hope in Russia"


def import_other(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    other = tmp_path / "other.md"
    paragraphs = "\n\n".join(f"Paragraph {n} of a long second article." for n in range(200))
    other.write_text(f"# Another Article\n\n{paragraphs}\n", encoding="utf-8")
    with qtbot.waitSignal(importing(window).import_finished, timeout=10000):
        importing(window).import_paths([other])


def focus_elsewhere(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    window.notes.filter_bar.field.setFocus()
    qtbot.waitUntil(window.notes.filter_bar.field.hasFocus)


def page_down_scrolls_the_text(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.waitUntil(window.reader.hasFocus)
    slug = window.current_article().slug  # type: ignore[union-attr]
    bar = window.reader.verticalScrollBar()
    before = bar.value()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
    assert bar.value() > before
    assert window.current_article().slug == slug  # type: ignore[union-attr]


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen popup
def test_an_article_chosen_with_ctrl_o_takes_the_keyboard(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    import_other(window, qtbot, tmp_path)
    focus_elsewhere(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    popup = window.switcher.view()
    qtbot.waitUntil(popup.isVisible)
    row = window.switcher.findText(SEED_TITLE)
    popup.setCurrentIndex(window.switcher.model().index(row, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    article = window.current_article()
    assert article is not None and article.headline == SEED_TITLE
    window.reader.verticalScrollBar().setValue(0)
    page_down_scrolls_the_text(window, qtbot)


def test_an_imported_article_takes_the_keyboard(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    focus_elsewhere(window, qtbot)
    import_other(window, qtbot, tmp_path)
    article = window.current_article()
    assert article is not None and article.headline == "Another Article"
    page_down_scrolls_the_text(window, qtbot)


def test_a_search_hit_opened_takes_the_keyboard(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    note_on(window, "he reached Petrograd", body="Civil war and famine")
    import_other(window, qtbot, tmp_path)  # the hits are in another article than the one shown
    focus_elsewhere(window, qtbot)
    feature = search_feature(window)
    feature.open()
    assert feature.dialog is not None
    feature.dialog.field.setText("famine")
    feature.dialog.run_search()
    hits = [feature.dialog.model.hit_at(r) for r in range(feature.dialog.model.rowCount())]
    [note_hit] = [hit for hit in hits if isinstance(hit, NoteHit)]
    feature.go_to(note_hit)
    assert window.current_article().headline == SEED_TITLE  # type: ignore[union-attr]
    page_down_scrolls_the_text(window, qtbot)

    focus_elsewhere(window, qtbot)
    feature.open()
    feature.dialog.field.setText("second article")
    feature.dialog.run_search()
    hits = [feature.dialog.model.hit_at(r) for r in range(feature.dialog.model.rowCount())]
    article_hit = next(hit for hit in hits if isinstance(hit, ArticleHit))
    feature.go_to(article_hit)
    assert window.current_article().headline == "Another Article"  # type: ignore[union-attr]
    page_down_scrolls_the_text(window, qtbot)


def test_the_window_starts_with_the_keyboard_in_the_text(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.reader.hasFocus)
