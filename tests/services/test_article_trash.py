"""Articles in the trash: everything kept, restorable, gone only when emptied after a backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from serge_desktop.services.library_errors import ArticleInTrashError, ArticleNotInTrashError
from serge_desktop.services.views import ImportStatus
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage.backups import list_backups
from tests.services.library_helpers import SEED_SLUG, add_article, add_event
from tests.services.pack_helpers import note_on


def counts(path: Path) -> tuple[int, ...]:
    with sqlite3.connect(path) as connection:
        return tuple(
            connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("article", "revision", "note", "timeline_event", "note_tag")
        )


def test_delete_keeps_everything_and_restore_brings_it_back(workspace: Workspace) -> None:
    note_on(workspace, "he reached Petrograd", "arrival", tags=["russia"])
    workspace.entities.refresh()  # the names it holds, Petrograd among them, are its own
    seed = workspace.library.get_summary(SEED_SLUG)
    kept = counts(workspace.database_path)
    trashed = workspace.article_trash.delete_article(article_id=seed.id)
    assert trashed.summary.notes == 1 and trashed.summary.events == seed.events
    assert counts(workspace.database_path) == kept
    assert workspace.library.list_articles() == []
    with pytest.raises(ArticleInTrashError):
        workspace.library.get_summary(SEED_SLUG)
    assert workspace.search.search("Petrograd").total == 0  # out of every search
    assert [t.summary.slug for t in workspace.article_trash.list_trash()] == [SEED_SLUG]
    restored = workspace.article_trash.restore_article(article_id=seed.id)
    assert restored == seed
    assert workspace.search.search("Petrograd").notes
    assert [hit.name for hit in workspace.search.search("Petrograd").entities] == ["Petrograd"]


def test_deleting_twice_or_restoring_a_live_article_is_refused(workspace: Workspace) -> None:
    seed = workspace.library.get_summary(SEED_SLUG)
    with pytest.raises(ArticleNotInTrashError):
        workspace.article_trash.restore_article(article_id=seed.id)
    workspace.article_trash.delete_article(article_id=seed.id)
    with pytest.raises(ArticleInTrashError):
        workspace.article_trash.delete_article(article_id=seed.id)


def test_empty_trash_backs_up_first_then_deletes_articles_and_notes(workspace: Workspace) -> None:
    other = add_article(workspace, "Second", "Words in it.", series="Alone")
    add_event(workspace, other, "1920", "Something", "Words in it.")
    loose = note_on(workspace, "he reached Petrograd", "binned")
    workspace.notes.delete_note(note_id=loose)
    workspace.article_trash.delete_article(article_id=other)
    emptied = workspace.article_trash.empty_trash()
    assert (emptied.articles, emptied.notes) == (1, 1)
    assert emptied.backup is not None and emptied.backup.exists()
    assert emptied.backup in [b.path for b in list_backups(workspace.database_path)]
    with sqlite3.connect(emptied.backup) as copy:  # the backup still holds what went
        assert copy.execute("SELECT count(*) FROM article").fetchone()[0] == 2
    assert counts(workspace.database_path)[:4] == (1, 1, 0, 23)
    assert [s.name for s in workspace.series.list_series()] == ["The socialists who opposed Stalin"]
    assert workspace.article_trash.empty_trash().backup is None  # nothing left: no backup


def test_a_failed_backup_deletes_nothing(workspace: Workspace, tmp_path: Path) -> None:
    seed = workspace.library.get_summary(SEED_SLUG)
    workspace.article_trash.delete_article(article_id=seed.id)
    backups = workspace.database_path.parent / "backups"
    backups.mkdir(exist_ok=True)
    backups.rmdir()
    backups.write_text("a file where the backups folder should be")
    with pytest.raises(Exception, match="backed up"):
        workspace.article_trash.empty_trash()
    assert [t.summary.slug for t in workspace.article_trash.list_trash()] == [SEED_SLUG]


def test_importing_a_trashed_article_again_restores_it(workspace: Workspace) -> None:
    other = add_article(workspace, "Second", "Words in it.")
    workspace.article_trash.delete_article(article_id=other)
    again = workspace.importer.import_bytes(b"# Second\n\nWords in it.\n", source_name="x.md")
    assert again.status is ImportStatus.RESTORED and again.article.id == other
    assert [a.slug for a in workspace.library.list_articles()] == [SEED_SLUG, "second"]
