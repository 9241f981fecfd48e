"""Schema 6: a note may be about a timeline event (and, with no passage, about the article)."""

from __future__ import annotations

import peewee as pw

VERSION = 6

STATEMENTS: tuple[str, ...] = (
    # SQLite adds a column with a REFERENCES clause as long as its default is NULL. When the
    # event is deleted the note stays, about the article as a whole.
    'ALTER TABLE "note" ADD COLUMN "event_id" INTEGER '
    'REFERENCES "timeline_event" ("id") ON DELETE SET NULL',
    'CREATE INDEX "note_event_id" ON "note" ("event_id")',
)


def apply(db: pw.SqliteDatabase) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)  # type: ignore[no-untyped-call]  # peewee-stubs leave it bare
