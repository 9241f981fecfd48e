"""Articles to the trash and back from the Library, and the trash emptied after a backup."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from serge_desktop.services.article_trash import EmptiedTrash, TrashedArticle
from serge_desktop.ui.features.library.article_actions import ArticleActions
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.window.context import PageId
from tests.ui.features.library.conftest import library

SEED = "he-found-the-seeds-of-hope-in-russia"


def test_delete_key_moves_the_open_article_to_the_trash_and_undo_brings_it_back(
    library_window: MainWindow, qtbot: QtBot
) -> None:
    feature = library(library_window)
    library_window.open_article(SEED)
    feature.show_library()
    page = feature.page
    seed = library_window.workspace.library.get_summary(SEED)
    page.select_article(seed.id)
    notes_before = seed.notes
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    slugs = [a.slug for a in library_window.workspace.library.list_articles()]
    assert SEED not in slugs
    # The reader moved on to another article; the trash lists it with what it holds.
    current = library_window.current_article()
    assert current is not None and current.slug != SEED
    [trashed] = library_window.workspace.article_trash.list_trash()
    assert trashed.summary.notes == notes_before and trashed.summary.events > 0
    assert page.sections.item(1).text() == "Trash (1)"
    library_window.undo()
    assert SEED in [a.slug for a in library_window.workspace.library.list_articles()]
    assert library_window.workspace.article_trash.list_trash() == []


def test_restore_from_the_trash_and_empty_it_after_a_backup(
    library_window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtmodeltester: object
) -> None:
    feature = library(library_window)
    workspace = library_window.workspace
    brussels = workspace.library.get_summary("notes-from-brussels")
    feature.show_library()
    feature.page.select_article(brussels.id)
    feature.articles.delete_action.trigger()
    feature.articles.trash_action.trigger()
    page = feature.page
    assert page.showing_trash()
    assert page.trash.current() is not None
    qtmodeltester.check(page.trash.model)  # type: ignore[attr-defined]
    page.trash.restore_button.click()
    assert "notes-from-brussels" in [a.slug for a in workspace.library.list_articles()]
    page.select_article(brussels.id)
    feature.articles.delete_action.trigger()
    asked: list[list[TrashedArticle]] = []
    reports: list[EmptiedTrash] = []
    monkeypatch.setattr(
        ArticleActions,
        "confirm_empty",
        classmethod(lambda cls, parent, articles, notes, backed_up: asked.append(articles) or True),
    )
    monkeypatch.setattr(
        ArticleActions, "report_emptied", classmethod(lambda cls, parent, e: reports.append(e))
    )
    page.trash.empty_button.click()
    [[listed]] = asked
    assert listed.summary.headline == "Notes from Brussels"
    [report] = reports
    assert report.articles == 1
    assert report.backup is not None and Path(report.backup).is_file()
    assert workspace.article_trash.list_trash() == []
    assert not library_window.undo_group.canUndo()  # nothing left to bring back


def test_deleting_the_last_article_leaves_the_reader_empty(
    library_window: MainWindow,
) -> None:
    feature = library(library_window)
    for summary in library_window.workspace.library.list_articles():
        feature.show_library()
        feature.page.select_article(summary.id)
        feature.articles.delete_action.trigger()
    assert library_window.current_article() is None
    assert library_window.reader.article() is None
    assert library_window.current_page() == PageId.LIBRARY


def test_empty_trash_cancelled_deletes_nothing_and_backs_nothing_up(
    library_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    feature = library(library_window)
    workspace = library_window.workspace
    brussels = workspace.library.get_summary("notes-from-brussels")
    feature.show_library()
    feature.page.select_article(brussels.id)
    feature.articles.delete_action.trigger()
    data = workspace.database_path.parent
    files_before = sorted(p for p in data.rglob("*") if p.is_file() and "backup" in str(p))
    asked: list[bool] = []
    monkeypatch.setattr(
        ArticleActions,
        "confirm_empty",
        classmethod(lambda cls, parent, articles, notes, backed_up: asked.append(backed_up)),
    )  # the reader answers Cancel (None is no)
    reports: list[EmptiedTrash] = []
    monkeypatch.setattr(
        ArticleActions, "report_emptied", classmethod(lambda cls, parent, e: reports.append(e))
    )
    feature.articles.trash_action.trigger()
    feature.page.trash.empty_button.click()
    assert asked == [True]  # asked, and told a backup would come first
    assert reports == []
    [kept] = workspace.article_trash.list_trash()
    assert kept.summary.headline == "Notes from Brussels"
    after = sorted(p for p in data.rglob("*") if p.is_file() and "backup" in str(p))
    assert after == files_before
    assert library_window.undo_group.canUndo()  # the delete can still be undone
