"""Schema 8: an event's description, searchable; timeline categories kept per library."""

from __future__ import annotations

import peewee as pw

VERSION = 8

# The categories every library starts with, in legend order, with the colours the timeline has
# always drawn them in (Okabe and Ito's palette for colour-blind readers; each reaches 3:1
# against the chart's white, as marks must). Frozen here: a later change is a new migration.
SEED_CATEGORIES: tuple[tuple[str, str], ...] = (
    ("life", "#0072b2"),
    ("politics", "#d55e00"),
    ("writing", "#009e73"),
    ("exile", "#cc79a7"),
)
# A category found on events but not among the four (none could be, before this schema: the
# service refused others) is kept, drawn in the grey the timeline gave unknown categories.
OTHER_COLOUR = "#808080"

# Literal SQL, frozen like every step; the text is what peewee 4 generates for the models.
#
# An event's description is what a curator or the reader says of it beyond its label: the
# sidecar's note on each date ("Born Victor Lvovich Kibalchich on 30 December 1890…"), or where
# a date from outside the article comes from. NOT NULL with '' for none, so that no reader of
# the row has two kinds of nothing; ADD COLUMN with a DEFAULT leaves every row as it was.
#
# Categories are rows of their own, with a name and a colour the reader may change; events keep
# the category's name (not its id), which is what exports and packs carry, what the window has
# always read, and what other code reading "timeline_event" still reads. Renaming a category
# renames it on its events in the same transaction (services/categories.py). The name is
# unique ignoring case, like a tag's.
#
# The search index of events gains the description: an FTS5 table has no ADD COLUMN, so it is
# made again with its triggers, and filled from the rows already there.
STATEMENTS: tuple[str, ...] = (
    'ALTER TABLE "timeline_event" ADD COLUMN "description" TEXT NOT NULL DEFAULT \'\'',
    (
        'CREATE TABLE "event_category" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"name" TEXT NOT NULL COLLATE NOCASE, "color" TEXT NOT NULL, "position" INTEGER NOT NULL)'
    ),
    'CREATE UNIQUE INDEX "event_category_name" ON "event_category" ("name")',
    *(
        f'INSERT INTO "event_category" ("name", "color", "position") '
        f"VALUES ('{name}', '{colour}', {position})"
        for position, (name, colour) in enumerate(SEED_CATEGORIES, start=1)
    ),
    (
        'INSERT INTO "event_category" ("name", "color", "position") '
        f'SELECT "e"."category", \'{OTHER_COLOUR}\', '
        f'{len(SEED_CATEGORIES)} + row_number() OVER (ORDER BY min("e"."id")) '
        'FROM "timeline_event" AS "e" WHERE "e"."category" COLLATE NOCASE NOT IN '
        '(SELECT "name" FROM "event_category") GROUP BY "e"."category" COLLATE NOCASE'
    ),
    'DROP TRIGGER "search_event_ai"',
    'DROP TRIGGER "search_event_au"',
    'DROP TRIGGER "search_event_ad"',
    'DROP TABLE "search_event"',
    (
        'CREATE VIRTUAL TABLE "search_event" USING fts5(label, date_text, quote, description, '
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    ),
    (
        'CREATE TRIGGER "search_event_ai" AFTER INSERT ON "timeline_event" BEGIN '
        'DELETE FROM "search_event" WHERE "rowid" = new."id"; '
        'INSERT INTO "search_event" ("rowid", "label", "date_text", "quote", "description") '
        'VALUES (new."id", new."label", new."date_text", new."quote", new."description"); END'
    ),
    (
        'CREATE TRIGGER "search_event_au" AFTER UPDATE OF "id", "label", "date_text", "quote", '
        '"description" ON "timeline_event" BEGIN '
        'DELETE FROM "search_event" WHERE "rowid" IN (old."id", new."id"); '
        'INSERT INTO "search_event" ("rowid", "label", "date_text", "quote", "description") '
        'VALUES (new."id", new."label", new."date_text", new."quote", new."description"); END'
    ),
    (
        'CREATE TRIGGER "search_event_ad" AFTER DELETE ON "timeline_event" BEGIN '
        'DELETE FROM "search_event" WHERE "rowid" = old."id"; END'
    ),
    (
        'INSERT INTO "search_event" ("rowid", "label", "date_text", "quote", "description") '
        'SELECT "id", "label", "date_text", "quote", "description" FROM "timeline_event"'
    ),
)


def apply(db: pw.SqliteDatabase) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)  # type: ignore[no-untyped-call]  # peewee-stubs leave it bare
