"""Migration 5: a versions table for notes and a reading position per article, nothing lost."""

from __future__ import annotations

import shutil
from pathlib import Path

import peewee as pw
import pytest

from serge_desktop.services.search import SearchService
from serge_desktop.storage import models as m
from serge_desktop.storage.database import close_database, open_database
from serge_desktop.storage.migrations.runner import LATEST_VERSION, current_version
from tests.storage.test_search_index import assert_index_matches_library, make_article, make_note

SAMPLE_4 = Path(__file__).resolve().parents[2] / "db" / "samples" / "v4-seed-with-tags.sqlite"


def test_the_schema_4_sample_keeps_its_tags_trash_and_index(tmp_path: Path) -> None:
    copy = tmp_path / SAMPLE_4.name
    shutil.copyfile(SAMPLE_4, copy)
    db = open_database(copy)
    try:
        assert current_version(db) == LATEST_VERSION
        tags = {
            (link.note_id, link.tag.name) for link in m.NoteTag.select(m.NoteTag, m.Tag).join(m.Tag)
        }
        assert tags == {(1, "Exile"), (2, "Exile"), (3, "Exile"), (3, "party")}
        assert [note.id for note in m.Note.select().where(m.Note.deleted_at.is_null(False))] == [2]
        assert m.NoteVersion.select().count() == 0
        assert {article.reading_position for article in m.Article.select()} == {None}
        assert_index_matches_library(db)
        assert [hit.note_id for hit in SearchService(db).search("party").notes] == [3]
    finally:
        close_database(db)


def test_versions_go_with_their_note(db: pw.SqliteDatabase) -> None:
    _, revision = make_article("a", "some text here")
    note = make_note(revision, "now")
    other = make_note(revision, "other")
    m.NoteVersion.create(note=note, body="before")
    m.NoteVersion.create(note=other, body="kept")
    note.delete_instance()
    assert [version.body for version in m.NoteVersion.select()] == ["kept"]
    with pytest.raises(pw.IntegrityError):
        m.NoteVersion.create(note=9999, body="orphan")


def test_a_reading_position_leaves_the_search_index_alone(db: pw.SqliteDatabase) -> None:
    article, _ = make_article("a", "some text here")
    connection = db.connection()
    before = connection.total_changes  # counts the rows that triggers write too
    m.Article.update(reading_position=7).where(m.Article.id == article.id).execute()
    assert connection.total_changes == before + 1  # the article row, no re-indexing
    assert_index_matches_library(db)
