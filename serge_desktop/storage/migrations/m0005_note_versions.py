"""Schema 5: earlier texts of each note (its versions), and each article's reading position."""

from __future__ import annotations

import peewee as pw

VERSION = 5

# Literal SQL, frozen like every step; the text is what peewee 4.5 generates for the models of
# schema 5, so a table built from the models and one built here read the same in sqlite_master.
#
# Versions get a table of their own rather than columns on "note": a note has many, they are
# read only when its history is opened, and ON DELETE CASCADE takes them with a note when the
# trash is emptied. None of the search triggers of schema 3 look at this table (old texts are
# not searched), so no trigger needs recreating.
#
# The reading position is a column of "article", not a "setting" row keyed by the article id:
# it is removed with its article, and SQLite hands a deleted article's id to the next article
# imported (rowids are reused without AUTOINCREMENT), which would inherit a stale position.
# ADD COLUMN keeps every row and needs no table rebuild; NULL means "never opened". The
# search_article_au trigger fires only for the columns it names, so saving a position leaves
# the index alone.
STATEMENTS: tuple[str, ...] = (
    (
        'CREATE TABLE "note_version" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"note_id" INTEGER NOT NULL, "body" TEXT NOT NULL, "saved_at" DATETIME NOT NULL, '
        'FOREIGN KEY ("note_id") REFERENCES "note" ("id") ON DELETE CASCADE)'
    ),
    'CREATE INDEX "note_version_note_id" ON "note_version" ("note_id")',
    'ALTER TABLE "article" ADD COLUMN "reading_position" INTEGER',
)


def apply(db: pw.SqliteDatabase) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)  # type: ignore[no-untyped-call]  # peewee-stubs leave it bare
