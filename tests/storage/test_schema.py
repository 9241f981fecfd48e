"""db/schema.sql, the migrations and the peewee models all describe the same schema."""

from __future__ import annotations

from pathlib import Path

import peewee as pw
import pytest

from serge_desktop.storage import models as m
from serge_desktop.storage.schema_dump import REGENERATE, dump_schema

SCHEMA_SQL = Path(__file__).resolve().parents[2] / "db" / "schema.sql"


def test_schema_sql_is_up_to_date(db: pw.SqliteDatabase) -> None:
    expected = dump_schema(db)
    committed = SCHEMA_SQL.read_text(encoding="utf-8") if SCHEMA_SQL.exists() else ""
    assert committed == expected, f"db/schema.sql is out of date; regenerate it with: {REGENERATE}"


@pytest.mark.parametrize("model", m.ALL_MODELS, ids=lambda model: model.__name__)
def test_model_columns_match_the_table(db: pw.SqliteDatabase, model: type[m.BaseModel]) -> None:
    table = model._meta.table_name
    columns = sorted(row[1] for row in db.execute_sql(f'PRAGMA table_info("{table}")'))
    fields = sorted(field.column_name for field in model._meta.sorted_fields)
    assert columns == fields, f"{model.__name__} and table {table!r} disagree: add a migration"


def structure(db: pw.SqliteDatabase, table: str) -> dict[str, object]:
    """Columns, indexes and foreign keys of ``table``, in a form that ignores their order."""

    def rows(sql: str) -> list[tuple[object, ...]]:
        return [tuple(row) for row in db.execute_sql(sql).fetchall()]

    columns = {row[1]: row[2:] for row in rows(f'PRAGMA table_info("{table}")')}
    indexes = {}
    for _seq, name, unique, origin, _partial in rows(f'PRAGMA index_list("{table}")'):
        key = name if origin == "c" else f"automatic {origin}"  # sqlite_autoindex_* names vary
        indexes[key] = (unique, [row[2] for row in rows(f'PRAGMA index_info("{name}")')])
    foreign_keys = sorted(row[2:] for row in rows(f'PRAGMA foreign_key_list("{table}")'))
    return {"columns": columns, "indexes": indexes, "foreign_keys": foreign_keys}


def model_tables(db: pw.SqliteDatabase) -> list[str]:
    """The tables models stand for: not the search index (FTS5 tables and their shadow tables)."""
    virtual = [
        name
        for (name,) in db.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'"
        )
    ]
    return [
        table
        for table in db.get_tables()
        if not any(table == name or table.startswith(f"{name}_") for name in virtual)
    ]


def test_models_and_migrations_build_the_same_tables(db: pw.SqliteDatabase) -> None:
    # What peewee would create from the models today must equal what the migrations built:
    # types, NOT NULL, keys, indexes (with names) and ON DELETE rules, not only column names.
    fresh = pw.SqliteDatabase(":memory:")
    try:
        with fresh.bind_ctx(m.ALL_MODELS):
            fresh.create_tables(m.ALL_MODELS)
        assert sorted(fresh.get_tables()) == sorted(model_tables(db))
        for model in m.ALL_MODELS:
            table = model._meta.table_name
            assert structure(db, table) == structure(fresh, table), table
    finally:
        fresh.close()


def make_revision() -> m.Revision:
    article = m.Article.create(slug="orwell", headline="Politics and the English Language")
    return m.Revision.create(
        article=article,
        number=1,
        content_hash="0" * 64,
        source_name="orwell.txt",
        source_format="text",
        encoding="utf-8",
        raw_source=b"raw",
        body="body",
    )


def make_note(revision: m.Revision, article: object) -> m.Note:
    return m.Note.create(
        article=article, revision=revision, quote="q", prefix="", suffix="", start=0, end=1
    )


def test_foreign_keys_are_enforced(db: pw.SqliteDatabase) -> None:
    revision = make_revision()
    with pytest.raises(pw.IntegrityError):
        make_note(revision, article=9999)


def test_deleting_an_article_cascades(db: pw.SqliteDatabase) -> None:
    revision = make_revision()
    note = make_note(revision, revision.article)
    tag = m.Tag.create(name="style")
    m.NoteTag.create(note=note, tag=tag)

    revision.article.delete_instance()

    assert m.Revision.select().count() == 0
    assert m.Note.select().count() == 0
    assert m.NoteTag.select().count() == 0
    assert m.Tag.select().count() == 1  # tags outlive their notes


def test_tag_names_are_unique_ignoring_case(db: pw.SqliteDatabase) -> None:
    m.Tag.create(name="Style")
    with pytest.raises(pw.IntegrityError):
        m.Tag.create(name="style")
