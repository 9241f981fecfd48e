"""Migration 10: series become rows, articles gain metadata and a trash, notes stay intact."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

import peewee as pw
import pytest

from serge_desktop.storage import models as m
from serge_desktop.storage.database import close_database, open_database
from serge_desktop.storage.migrations import MIGRATIONS, m0010_library
from serge_desktop.storage.migrations.runner import LATEST_VERSION, run_migrations
from tests.storage.test_search_index import assert_index_matches_library

SAMPLES = Path(__file__).resolve().parents[2] / "db" / "samples"
NOTE_COLUMNS = 'id, article_id, quote, prefix, suffix, start, "end", body, color, deleted_at'


def read_rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return [tuple(row) for row in connection.execute(sql)]


@pytest.mark.parametrize(
    "sample",
    [
        "v1-seed-with-note.sqlite",
        "v4-seed-with-tags.sqlite",
        "v7-seed-with-layer-and-history.sqlite",
    ],
)
def test_samples_upgrade_with_their_notes_and_the_seed_in_its_series(
    sample: str, tmp_path: Path
) -> None:
    copy = tmp_path / sample
    shutil.copyfile(SAMPLES / sample, copy)
    notes_before = read_rows(copy, f"SELECT {NOTE_COLUMNS} FROM note ORDER BY id")
    tags_before = read_rows(copy, "SELECT note_id, tag_id FROM note_tag ORDER BY 1, 2")
    assert notes_before, "every sample holds notes"
    db = open_database(copy)
    try:
        assert db.pragma("user_version") == LATEST_VERSION
        seed = m.Article.get(m.Article.slug == "he-found-the-seeds-of-hope-in-russia")
        assert seed.series.name == "The socialists who opposed Stalin"
        assert (seed.part, seed.deleted_at, seed.language, seed.last_read_at) == (
            2,
            None,
            None,
            None,
        )
        assert [s.name for s in m.Series.select()] == ["The socialists who opposed Stalin"]
        words = m.Revision.get(m.Revision.article == seed).words
        assert 700 < words < 760  # the body has 727 words ("V ictor" counts two)
        assert_index_matches_library(db)
    finally:
        close_database(db)
    assert read_rows(copy, f"SELECT {NOTE_COLUMNS} FROM note ORDER BY id") == notes_before
    assert read_rows(copy, "SELECT note_id, tag_id FROM note_tag ORDER BY 1, 2") == tags_before
    columns = [row[1] for row in read_rows(copy, 'PRAGMA table_info("article")')]
    assert "series" not in columns and "series_id" in columns


def test_the_v7_sample_keeps_its_layer_and_versions(tmp_path: Path) -> None:
    copy = tmp_path / "v7.sqlite"
    shutil.copyfile(SAMPLES / "v7-seed-with-layer-and-history.sqlite", copy)
    versions_before = read_rows(copy, "SELECT id, note_id, body FROM note_version ORDER BY id")
    db = open_database(copy)
    try:
        assert m.Layer.get().author == "Ms Rivera"
        assert [n.body for n in m.Note.select().where(m.Note.layer.is_null(False))] == [
            "Why Petrograd and not Moscow?"
        ]
        second = m.Article.get(m.Article.slug == "kibalchich-in-paris")
        assert (second.series_id, second.part) == (None, None)
    finally:
        close_database(db)
    assert versions_before
    assert (
        read_rows(copy, "SELECT id, note_id, body FROM note_version ORDER BY id") == versions_before
    )


def schema_7_with_series(tmp_path: Path, *series: str | None) -> pw.SqliteDatabase:
    """A schema-7 file with one article per series text given."""
    db = pw.SqliteDatabase(str(tmp_path / "seven.sqlite"))
    run_migrations(db, MIGRATIONS[:7])
    for number, text in enumerate(series, start=1):
        db.execute_sql(
            "INSERT INTO article (slug, headline, series, created_at) VALUES (?, ?, ?, ?)",
            (f"a{number}", f"Article {number}", text, "2024-01-01 00:00:00+00:00"),
        )
        db.execute_sql(
            "INSERT INTO revision (article_id, number, content_hash, source_name, source_format, "
            "encoding, raw_source, body, imported_at) VALUES (?, 1, ?, 'a.txt', 'text', 'utf-8', "
            "x'', ?, '2024-01-01 00:00:00+00:00')",
            (number, f"hash{number}", "Gun-runner and l’anarchie: five words here."),
        )
    return db


def test_series_texts_become_one_row_per_name_in_first_seen_order(tmp_path: Path) -> None:
    db = schema_7_with_series(
        tmp_path,
        "Socialists against Stalin, part 3",
        None,
        "  Portraits  ",
        "socialists AGAINST Stalin, Part 1",
        "",
    )
    try:
        run_migrations(db)
        series = db.execute_sql(
            "SELECT id, name, position FROM series ORDER BY position"
        ).fetchall()
        assert [(name, position) for _, name, position in series] == [
            ("Socialists against Stalin", 1),
            ("Portraits", 2),
        ]
        articles = db.execute_sql(
            "SELECT a.slug, s.name, a.part FROM article AS a LEFT JOIN series AS s "
            "ON s.id = a.series_id ORDER BY a.id"
        ).fetchall()
        assert articles == [
            ("a1", "Socialists against Stalin", 3),
            ("a2", None, None),
            ("a3", "Portraits", None),
            ("a4", "Socialists against Stalin", 1),  # the same series, whatever its case
            ("a5", None, None),
        ]
        words = {row[0] for row in db.execute_sql("SELECT words FROM revision")}
        assert words == {6}  # "Gun-runner" and "l’anarchie" count as one word each
    finally:
        db.close()


def test_the_step_is_registered_in_its_place() -> None:
    assert MIGRATIONS[m0010_library.VERSION - 1] is m0010_library


STATS_EXPECTED = (
    "SELECT a.id, (SELECT count(*) FROM revision AS r WHERE r.article_id = a.id), "
    "coalesce((SELECT r.words FROM revision AS r WHERE r.article_id = a.id "
    "ORDER BY r.number DESC LIMIT 1), 0), "
    "(SELECT count(*) FROM note AS n WHERE n.article_id = a.id AND n.deleted_at IS NULL "
    "AND n.layer_id IS NULL), "
    "(SELECT count(*) FROM timeline_event AS e WHERE e.article_id = a.id), "
    "(SELECT count(*) FROM note AS n WHERE n.article_id = a.id AND n.layer_id IS NOT NULL) "
    "FROM article AS a ORDER BY 1"
)


def assert_stats_match(db: pw.SqliteDatabase) -> None:
    """article_stats holds what counting the rows themselves gives."""
    kept = db.execute_sql(
        "SELECT article_id, revisions, words, notes, events, layer_notes "
        "FROM article_stats ORDER BY 1"
    ).fetchall()
    assert kept == db.execute_sql(STATS_EXPECTED).fetchall()


@pytest.mark.parametrize(
    "sample", ["v1-seed-with-note.sqlite", "v7-seed-with-layer-and-history.sqlite"]
)
def test_the_counts_start_right_after_an_upgrade(sample: str, tmp_path: Path) -> None:
    copy = tmp_path / sample
    shutil.copyfile(SAMPLES / sample, copy)
    db = open_database(copy)
    try:
        assert_stats_match(db)
    finally:
        close_database(db)
