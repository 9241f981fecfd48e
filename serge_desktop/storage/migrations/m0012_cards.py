"""Schema 12: review cards, their FSRS memory and the log of every grade."""

from __future__ import annotations

import peewee as pw

VERSION = 12

# Literal SQL, frozen like every step; the text is what peewee 4 generates for the models of
# this schema, so a table built from the models and one built here read the same.
#
# A card points at its source (a note, or one or two events) and reads what it shows from it
# each time, so editing or re-anchoring the source needs nothing here. A note deleted for good
# takes its cards (and their log) with it; a deleted event only sets its column to NULL, so the
# undo that puts the event back can give the cards back their history.
#
# The cards of notes and events that exist already are not made by this step: the rules for what
# makes a card live in Python (a "Q:"/"A:" note, pairs of events whose dates cannot overlap), so
# the cards service makes them once, the first time cards are asked for (see services/cards).
# A library with no article yet has nothing to make them from: it is marked done at once.
#
# Scheduling times are integers (UNIX seconds; the log's, milliseconds): the next card is a range
# read on a partial index of the cards a review can draw, which TEXT times would make fragile.
STATEMENTS: tuple[str, ...] = (
    'ALTER TABLE "note" ADD COLUMN "makes_card" INTEGER NOT NULL DEFAULT 0',
    (
        'CREATE TABLE "card" ("id" INTEGER NOT NULL PRIMARY KEY, "guid" TEXT NOT NULL, '
        '"kind" TEXT NOT NULL CHECK ("kind" IN '
        "('cloze', 'question', 'recall', 'when', 'order')), "
        '"article_id" INTEGER NOT NULL, "note_id" INTEGER, "event_id" INTEGER, '
        '"other_event_id" INTEGER, "source_state" TEXT NOT NULL DEFAULT \'ok\' CHECK '
        "(\"source_state\" IN ('ok', 'trashed', 'gone', 'retired')), "
        '"is_suspended" INTEGER NOT NULL, "deleted_at" DATETIME, "created_at" DATETIME NOT NULL, '
        '"phase" INTEGER NOT NULL, "step" INTEGER, "stability" REAL, "difficulty" REAL, '
        '"due_at" INTEGER NOT NULL, "last_review_at" INTEGER, "reps" INTEGER NOT NULL, '
        '"lapses" INTEGER NOT NULL, '
        'FOREIGN KEY ("article_id") REFERENCES "article" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("note_id") REFERENCES "note" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("event_id") REFERENCES "timeline_event" ("id") ON DELETE SET NULL, '
        'FOREIGN KEY ("other_event_id") REFERENCES "timeline_event" ("id") ON DELETE SET NULL)'
    ),
    'CREATE UNIQUE INDEX "card_guid" ON "card" ("guid")',
    'CREATE INDEX "card_article_id" ON "card" ("article_id")',
    'CREATE UNIQUE INDEX "card_note_id" ON "card" ("note_id")',
    'CREATE INDEX "card_event_id" ON "card" ("event_id")',
    'CREATE INDEX "card_other_event_id" ON "card" ("other_event_id")',
    (
        'CREATE INDEX "card_live_due" ON "card" ("phase", "due_at", "article_id") WHERE '
        '((("deleted_at" IS NULL) AND ("is_suspended" = 0)) AND ("source_state" = \'ok\'))'
    ),
    (
        'CREATE INDEX "card_live_article" ON "card" ("article_id", "phase", "due_at") WHERE '
        '((("deleted_at" IS NULL) AND ("is_suspended" = 0)) AND ("source_state" = \'ok\'))'
    ),
    'CREATE UNIQUE INDEX "card_when_event" ON "card" ("event_id") WHERE ("kind" = \'when\')',
    (
        'CREATE UNIQUE INDEX "card_order_events" ON "card" ("event_id", "other_event_id") '
        "WHERE (\"kind\" = 'order')"
    ),
    (
        'CREATE TABLE "card_review" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"card_id" INTEGER NOT NULL, "reviewed_at" INTEGER NOT NULL, '
        '"grade" INTEGER NOT NULL CHECK ("grade" BETWEEN 1 AND 4), "duration_ms" INTEGER, '
        '"phase_before" INTEGER NOT NULL, "step_before" INTEGER, "stability_before" REAL, '
        '"difficulty_before" REAL, "due_at_before" INTEGER NOT NULL, '
        '"last_review_at_before" INTEGER, '
        'FOREIGN KEY ("card_id") REFERENCES "card" ("id") ON DELETE CASCADE)'
    ),
    'CREATE INDEX "card_review_card_id" ON "card_review" ("card_id")',
    (
        'CREATE INDEX "card_review_reviewed_at" ON "card_review" '
        '("reviewed_at", "phase_before", "grade")'
    ),
    (
        'INSERT INTO "setting" ("key", "value") '
        "SELECT 'cards_made_for_library', '1' WHERE NOT EXISTS (SELECT 1 FROM \"article\")"
    ),
)


def apply(db: pw.SqliteDatabase) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)  # type: ignore[no-untyped-call]  # peewee-stubs leave it bare
