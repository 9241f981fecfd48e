"""Schema 2: a key-value table for what the app must remember in the library itself."""

from __future__ import annotations

import peewee as pw

VERSION = 2

STATEMENTS: tuple[str, ...] = (
    'CREATE TABLE "setting" ("key" TEXT NOT NULL PRIMARY KEY, "value" TEXT NOT NULL)',
    # A library made by schema 1 that holds articles had its bundled article imported already:
    # record that, so removing the article later does not bring it back on the next start.
    (
        'INSERT INTO "setting" ("key", "value") '
        "SELECT 'bundled_articles_imported', '1' WHERE EXISTS (SELECT 1 FROM \"article\")"
    ),
)


def apply(db: pw.SqliteDatabase) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)  # type: ignore[no-untyped-call]  # peewee-stubs leave it bare
