"""Schema 1: the tables and indexes of the first release, frozen as the SQL that created them."""

from __future__ import annotations

import peewee as pw

VERSION = 1

# Literal SQL, not ``create_tables(models)``: the models will change in later versions, and this
# step must keep building exactly the schema 1 that existing files have. The text is what
# peewee 4.5 generated for the models at schema 1, so the stored ``sqlite_master.sql`` is the
# same whether a table came from here or from peewee. Tables come before their own indexes.
STATEMENTS: tuple[str, ...] = (
    (
        'CREATE TABLE "article" ("id" INTEGER NOT NULL PRIMARY KEY, "slug" TEXT NOT NULL, '
        '"headline" TEXT NOT NULL, "standfirst" TEXT, "publication" TEXT, "issue" TEXT, '
        '"series" TEXT, "subject" TEXT, "author" TEXT, "published" TEXT, "source" TEXT, '
        '"created_at" DATETIME NOT NULL)'
    ),
    'CREATE UNIQUE INDEX "article_slug" ON "article" ("slug")',
    (
        'CREATE TABLE "revision" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"article_id" INTEGER NOT NULL, "number" INTEGER NOT NULL, '
        '"content_hash" TEXT NOT NULL, "source_name" TEXT NOT NULL, '
        '"source_format" TEXT NOT NULL, "encoding" TEXT NOT NULL, "raw_source" BLOB NOT NULL, '
        '"body" TEXT NOT NULL, "imported_at" DATETIME NOT NULL, '
        'FOREIGN KEY ("article_id") REFERENCES "article" ("id") ON DELETE CASCADE)'
    ),
    'CREATE INDEX "revision_article_id" ON "revision" ("article_id")',
    'CREATE INDEX "revision_content_hash" ON "revision" ("content_hash")',
    'CREATE UNIQUE INDEX "revision_article_id_number" ON "revision" ("article_id", "number")',
    (
        'CREATE TABLE "paragraph" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"revision_id" INTEGER NOT NULL, "position" INTEGER NOT NULL, '
        '"start" INTEGER NOT NULL, "end" INTEGER NOT NULL, "text" TEXT NOT NULL, '
        '"is_quotation" INTEGER NOT NULL, '
        'FOREIGN KEY ("revision_id") REFERENCES "revision" ("id") ON DELETE CASCADE)'
    ),
    'CREATE INDEX "paragraph_revision_id" ON "paragraph" ("revision_id")',
    (
        'CREATE UNIQUE INDEX "paragraph_revision_id_position" ON "paragraph" ("revision_id", '
        '"position")'
    ),
    (
        'CREATE TABLE "quotation" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"revision_id" INTEGER NOT NULL, "start" INTEGER NOT NULL, "end" INTEGER NOT NULL, '
        '"text" TEXT NOT NULL, '
        'FOREIGN KEY ("revision_id") REFERENCES "revision" ("id") ON DELETE CASCADE)'
    ),
    'CREATE INDEX "quotation_revision_id" ON "quotation" ("revision_id")',
    (
        'CREATE TABLE "timeline_event" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"article_id" INTEGER NOT NULL, "revision_id" INTEGER NOT NULL, "edtf" TEXT NOT NULL, '
        '"date_text" TEXT NOT NULL, "label" TEXT NOT NULL, "category" TEXT NOT NULL, '
        '"is_context" INTEGER NOT NULL, "quote" TEXT NOT NULL, "prefix" TEXT NOT NULL, '
        '"suffix" TEXT NOT NULL, "start" INTEGER NOT NULL, "end" INTEGER NOT NULL, '
        '"position" INTEGER NOT NULL, "created_at" DATETIME NOT NULL, '
        'FOREIGN KEY ("article_id") REFERENCES "article" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("revision_id") REFERENCES "revision" ("id") ON DELETE CASCADE)'
    ),
    'CREATE INDEX "timeline_event_article_id" ON "timeline_event" ("article_id")',
    'CREATE INDEX "timeline_event_revision_id" ON "timeline_event" ("revision_id")',
    (
        'CREATE TABLE "note" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"article_id" INTEGER NOT NULL, "revision_id" INTEGER NOT NULL, "quote" TEXT NOT NULL, '
        '"prefix" TEXT NOT NULL, "suffix" TEXT NOT NULL, "start" INTEGER NOT NULL, '
        '"end" INTEGER NOT NULL, "body" TEXT NOT NULL, "color" TEXT, '
        '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, '
        '"deleted_at" DATETIME, '
        'FOREIGN KEY ("article_id") REFERENCES "article" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("revision_id") REFERENCES "revision" ("id") ON DELETE CASCADE)'
    ),
    'CREATE INDEX "note_article_id" ON "note" ("article_id")',
    'CREATE INDEX "note_revision_id" ON "note" ("revision_id")',
    'CREATE INDEX "note_deleted_at" ON "note" ("deleted_at")',
    'CREATE TABLE "tag" ("id" INTEGER NOT NULL PRIMARY KEY, "name" TEXT NOT NULL COLLATE NOCASE)',
    'CREATE UNIQUE INDEX "tag_name" ON "tag" ("name")',
    (
        'CREATE TABLE "note_tag" ("note_id" INTEGER NOT NULL, "tag_id" INTEGER NOT NULL, '
        'PRIMARY KEY ("note_id", "tag_id"), '
        'FOREIGN KEY ("note_id") REFERENCES "note" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("tag_id") REFERENCES "tag" ("id") ON DELETE CASCADE)'
    ),
    'CREATE INDEX "note_tag_note_id" ON "note_tag" ("note_id")',
    'CREATE INDEX "note_tag_tag_id" ON "note_tag" ("tag_id")',
)


def apply(db: pw.SqliteDatabase) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)  # type: ignore[no-untyped-call]  # peewee-stubs leave it bare
