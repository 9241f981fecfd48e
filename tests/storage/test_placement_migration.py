"""Migration 4: anchors left on an older revision become unplaced; the rest keep 'exact'."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import peewee as pw
import pytest

from serge_desktop.storage import models as m
from serge_desktop.storage.database import close_database, open_database
from serge_desktop.storage.migrations import MIGRATIONS, m0004_placement
from serge_desktop.storage.migrations.runner import run_migrations

SAMPLES = Path(__file__).resolve().parents[2] / "db" / "samples"

ANCHOR = "'q', '', '', 0, 1"


@pytest.fixture
def schema_2(tmp_path: Path) -> Iterator[pw.SqliteDatabase]:
    """A library at schema 2: an article with two revisions, anchors on each of them."""
    db = pw.SqliteDatabase(str(tmp_path / "old.sqlite"), pragmas={"foreign_keys": 1})
    db.connect()
    run_migrations(db, MIGRATIONS[:2])
    statements = [
        "INSERT INTO article (id, slug, headline, created_at) VALUES (1, 'a', 'A', '2024-01-01')",
        *(
            "INSERT INTO revision (id, article_id, number, content_hash, source_name, "
            "source_format, encoding, raw_source, body, imported_at) "
            f"VALUES ({n}, 1, {n}, '{n}', 'a.txt', 'plain', 'utf-8', x'00', 'q', '2024-01-01')"
            for n in (1, 2)
        ),
        *(
            "INSERT INTO note (id, article_id, revision_id, quote, prefix, suffix, start, "
            f"\"end\", body, created_at, updated_at) VALUES ({n}, 1, {n}, {ANCHOR}, '', "
            "'2024-01-01', '2024-01-01')"
            for n in (1, 2)
        ),
        *(
            "INSERT INTO timeline_event (id, article_id, revision_id, edtf, date_text, label, "
            f'category, is_context, quote, prefix, suffix, start, "end", position, created_at) '
            f"VALUES ({n}, 1, {n}, '1917', '1917', 'e', 'life', 0, {ANCHOR}, 0, '2024-01-01')"
            for n in (1, 2)
        ),
    ]
    for statement in statements:
        db.execute_sql(statement)
    try:
        yield db
    finally:
        db.close()


def placements(db: pw.SqliteDatabase, table: str) -> list[tuple[int, str]]:
    return db.execute_sql(f'SELECT id, placement FROM "{table}" ORDER BY id').fetchall()


def test_anchors_on_an_older_revision_become_unplaced(schema_2: pw.SqliteDatabase) -> None:
    assert m0004_placement.VERSION in run_migrations(schema_2)
    assert placements(schema_2, "note") == [(1, "unplaced"), (2, "exact")]
    assert placements(schema_2, "timeline_event") == [(1, "unplaced"), (2, "exact")]


def test_only_the_four_placements_can_be_stored(schema_2: pw.SqliteDatabase) -> None:
    run_migrations(schema_2)
    with pytest.raises(pw.IntegrityError):
        schema_2.execute_sql("UPDATE note SET placement = 'lost' WHERE id = 1")


def test_the_schema_1_sample_keeps_its_note_exact(tmp_path: Path) -> None:
    copy = tmp_path / "v1.sqlite"
    shutil.copyfile(SAMPLES / "v1-seed-with-note.sqlite", copy)
    db = open_database(copy)
    try:
        assert {note.placement for note in m.Note.select()} == {"exact"}
        assert {event.placement for event in m.TimelineEvent.select()} == {"exact"}
    finally:
        close_database(db)
