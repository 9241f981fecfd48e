"""Migration 8: events gain a searchable description; categories become the library's own."""

from __future__ import annotations

import shutil
from pathlib import Path

import peewee as pw
import pytest

from serge_desktop.storage import models as m
from serge_desktop.storage.database import close_database, open_database
from serge_desktop.storage.migrations import MIGRATIONS
from serge_desktop.storage.migrations.runner import run_migrations
from tests.storage.test_search_index import assert_index_matches_library

SAMPLES = Path(__file__).resolve().parents[2] / "db" / "samples"
SEED_FOUR = [
    ("life", "#0072b2"),
    ("politics", "#d55e00"),
    ("writing", "#009e73"),
    ("exile", "#cc79a7"),
]


@pytest.mark.parametrize("sample", ["v1-seed-with-note.sqlite", "v4-seed-with-tags.sqlite"])
def test_old_samples_gain_the_four_categories(sample: str, tmp_path: Path) -> None:
    copy = tmp_path / sample
    shutil.copyfile(SAMPLES / sample, copy)
    db = open_database(copy)
    try:
        found = m.EventCategory.select().order_by(m.EventCategory.position)
        assert [(c.name, c.color) for c in found] == SEED_FOUR
        assert {e.description for e in m.TimelineEvent.select()} == {""}
        assert_index_matches_library(db)
    finally:
        close_database(db)


def test_a_category_found_on_events_is_kept(tmp_path: Path) -> None:
    db = pw.SqliteDatabase(str(tmp_path / "v7.sqlite"), pragmas={"foreign_keys": 1})
    try:
        run_migrations(db, MIGRATIONS[:7])
        db.execute_sql(
            "INSERT INTO article (id, slug, headline, created_at) VALUES (1, 'a', 'A', '2024')"
        )
        db.execute_sql(
            "INSERT INTO revision (id, article_id, number, content_hash, source_name, "
            "source_format, encoding, raw_source, body, imported_at) "
            "VALUES (1, 1, 1, 'h', 'a.txt', 'text', 'utf-8', x'', 'body', '2024')"
        )
        for number, category in enumerate(["Science", "life", "science", "Life"], start=1):
            db.execute_sql(
                "INSERT INTO timeline_event (article_id, revision_id, edtf, date_text, label, "
                "category, is_context, quote, prefix, suffix, start, end, position, created_at) "
                "VALUES (1, 1, '1900', '1900', ?, ?, 0, '', '', '', 0, 0, ?, '2024')",
                (f"e{number}", category, number),
            )
        assert run_migrations(db, MIGRATIONS[:8]) == [8]
        rows = db.execute_sql(
            "SELECT name, color, position FROM event_category ORDER BY position"
        ).fetchall()
        assert [tuple(row) for row in rows] == [
            *[(name, colour, n) for n, (name, colour) in enumerate(SEED_FOUR, start=1)],
            ("Science", "#808080", 5),
        ]
    finally:
        db.close()
