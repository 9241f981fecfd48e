"""Schema 3's triggers keep the search index equal to the library, whatever writes to it."""

from __future__ import annotations

import shutil
from pathlib import Path

import peewee as pw

from serge_desktop.services.search import SearchService
from serge_desktop.storage import models as m
from serge_desktop.storage.database import close_database, open_database

SAMPLE = Path(__file__).resolve().parents[2] / "db" / "samples" / "v1-seed-with-note.sqlite"

# What each index table should hold, computed from the tables themselves.
EXPECTED = {
    "search_article": (
        "SELECT a.id, (SELECT r.body FROM revision AS r WHERE r.article_id = a.id "
        "ORDER BY r.number DESC LIMIT 1), a.headline, a.standfirst FROM article AS a ORDER BY 1"
    ),
    "search_note": (
        "SELECT n.id, n.body, n.quote, (SELECT group_concat(t.name, ' ') FROM note_tag AS nt "
        "JOIN tag AS t ON t.id = nt.tag_id WHERE nt.note_id = n.id) "
        "FROM note AS n WHERE n.deleted_at IS NULL ORDER BY 1"
    ),
    "search_event": (
        "SELECT id, label, date_text, quote, description FROM timeline_event ORDER BY 1"
    ),
}


def rows(db: pw.SqliteDatabase, sql: str) -> list[tuple[object, ...]]:
    return [tuple(row) for row in db.execute_sql(sql).fetchall()]


def assert_index_matches_library(db: pw.SqliteDatabase) -> None:
    for table, expected in EXPECTED.items():
        db.execute_sql(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
        assert rows(db, f"SELECT rowid, * FROM {table} ORDER BY rowid") == rows(db, expected), table


def make_article(slug: str, body: str) -> tuple[m.Article, m.Revision]:
    article = m.Article.create(slug=slug, headline=f"About {slug}")
    return article, add_revision(article, body)


def add_revision(article: m.Article, body: str) -> m.Revision:
    number = m.Revision.select().where(m.Revision.article == article).count() + 1
    return m.Revision.create(
        article=article,
        number=number,
        content_hash=f"{article.slug}-{number}",
        source_name="x.txt",
        source_format="text",
        encoding="utf-8",
        raw_source=b"",
        body=body,
    )


def make_note(revision: m.Revision, body: str) -> m.Note:
    return m.Note.create(
        article=revision.article,
        revision=revision,
        quote=revision.body[:5],
        prefix="",
        suffix="",
        start=0,
        end=5,
        body=body,
    )


def test_the_v1_sample_upgrades_with_everything_indexed(tmp_path: Path) -> None:
    copy = tmp_path / SAMPLE.name
    shutil.copyfile(SAMPLE, copy)
    db = open_database(copy)
    try:
        assert_index_matches_library(db)
        results = SearchService(db).search("besieged")  # the sample note's own text
        assert [hit.note_id for hit in results.notes] == [1]
        assert SearchService(db).search("Brussels").events
        assert SearchService(db).search("Petrograd").articles
    finally:
        close_database(db)


def test_only_the_newest_revision_is_indexed(db: pw.SqliteDatabase) -> None:
    article, first = make_article("a", "old words")
    second = add_revision(article, "new words")
    assert_index_matches_library(db)
    second.delete_instance()  # the older text is current again
    assert_index_matches_library(db)
    first.body = "edited words"
    first.save()
    article.headline = "Renamed"
    article.save()
    assert_index_matches_library(db)
    assert rows(db, "SELECT body FROM search_article") == [("edited words",)]


def test_tags_are_indexed_with_their_notes(db: pw.SqliteDatabase) -> None:
    _, revision = make_article("a", "some text here")
    note = make_note(revision, "body")
    other = make_note(revision, "other")
    tag = m.Tag.create(name="exile")
    m.NoteTag.create(note=note, tag=tag)
    m.NoteTag.create(note=other, tag=m.Tag.create(name="prison"))
    assert_index_matches_library(db)
    tag.name = "banishment"
    tag.save()
    assert_index_matches_library(db)
    assert [hit.note_id for hit in SearchService(db).search("banish").notes] == [note.id]
    m.NoteTag.update(note=other).where(m.NoteTag.note == note).execute()
    assert_index_matches_library(db)
    tag.delete_instance()  # cascades to note_tag
    assert_index_matches_library(db)
    assert SearchService(db).search("banishment").notes == ()


def test_deletes_cascade_out_of_the_index(db: pw.SqliteDatabase) -> None:
    article, revision = make_article("a", "some text here")
    note = make_note(revision, "body")
    m.NoteTag.create(note=note, tag=m.Tag.create(name="t"))
    m.TimelineEvent.create(
        article=article,
        revision=revision,
        edtf="1919",
        date_text="1919",
        label="Arrives",
        category="life",
        quote="some",
        prefix="",
        suffix="",
        start=0,
        end=4,
    )
    make_article("b", "other text")
    note.delete_instance()
    assert_index_matches_library(db)
    article.delete_instance()
    assert_index_matches_library(db)
    assert rows(db, "SELECT rowid FROM search_article") != []


def test_insert_or_replace_leaves_no_duplicate(db: pw.SqliteDatabase) -> None:
    _, revision = make_article("a", "some text here")
    note = make_note(revision, "first")
    m.Note.insert(
        id=note.id,
        article=revision.article,
        revision=revision,
        quote="q",
        prefix="",
        suffix="",
        start=0,
        end=1,
        body="second",
    ).on_conflict_replace().execute()
    assert_index_matches_library(db)
