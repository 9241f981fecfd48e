"""Schema 4: each note and timeline event records how its passage was placed in the current text."""

from __future__ import annotations

import peewee as pw

VERSION = 4

# Literal SQL, frozen like every step. ADD COLUMN keeps every row (no table rebuild); the
# DEFAULT fills the rows already there, and the CHECK keeps the column to the four words the
# re-anchoring produces. Rows that schema 3 and before left on an older revision were not found
# in the current text, so they are the unplaced ones; rows on the current revision were found
# word for word (exact or moved: which one was not recorded, so they keep the default).
STATEMENTS: tuple[str, ...] = (
    (
        'ALTER TABLE "note" ADD COLUMN "placement" TEXT NOT NULL DEFAULT \'exact\' '
        "CHECK (\"placement\" IN ('exact', 'moved', 'approximate', 'unplaced'))"
    ),
    (
        'ALTER TABLE "timeline_event" ADD COLUMN "placement" TEXT NOT NULL DEFAULT \'exact\' '
        "CHECK (\"placement\" IN ('exact', 'moved', 'approximate', 'unplaced'))"
    ),
    (
        'UPDATE "note" SET "placement" = \'unplaced\' WHERE "revision_id" NOT IN ('
        'SELECT "id" FROM "revision" AS "r" WHERE "r"."number" = '
        '(SELECT MAX("number") FROM "revision" WHERE "article_id" = "r"."article_id"))'
    ),
    (
        'UPDATE "timeline_event" SET "placement" = \'unplaced\' WHERE "revision_id" NOT IN ('
        'SELECT "id" FROM "revision" AS "r" WHERE "r"."number" = '
        '(SELECT MAX("number") FROM "revision" WHERE "article_id" = "r"."article_id"))'
    ),
)


def apply(db: pw.SqliteDatabase) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)  # type: ignore[no-untyped-call]  # peewee-stubs leave it bare
