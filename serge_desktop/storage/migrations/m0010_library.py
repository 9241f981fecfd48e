"""Schema 10: series, article metadata, articles in a trash, word counts."""

from __future__ import annotations

import re

import peewee as pw

VERSION = 10

# Literal SQL, frozen like every step; the text is what peewee 4 generates for the models of
# this schema, so a table built from the models and one built here read the same.
#
# A series is a row of its own, not a text on each article: renaming or reordering one is then
# one write, two spellings of one name cannot drift apart (NOCASE), and the library can list
# the series in the reader's order ("position") with each article's part number.
#
# An article in the trash keeps everything (revisions, notes, events) with "deleted_at" set;
# only emptying the trash deletes the row, and ON DELETE CASCADE takes the rest with it.
#
# The library list's counts are kept by triggers in "article_stats", one row per article, so the
# list reads 1,000 rows and never the 100,000 notes (nor the revisions, whose "words" lies
# behind the raw source and the body in each row). The partial index on notes serves the
# filters of All notes, which read the reader's own notes not in the trash.
#
# Every write path keeps the counts: the services, the importer, the re-anchoring, a class
# pack, emptying the trash (an article's row goes with it, ON DELETE CASCADE). An UPDATE of a
# note or an event takes its old row's count off and adds its new row's, so a save that
# rewrites every column leaves the count as it was.
_REVISION_UPDATE = 'UPDATE OF "article_id", "number", "words"'


def _note_counts(row: str, sign: str) -> str:
    """The UPDATE that adds (or takes off) one note row to its article's two counts."""
    own = f'({row}."deleted_at" IS NULL AND {row}."layer_id" IS NULL)'
    layer = f'({row}."layer_id" IS NOT NULL)'
    return (
        f'UPDATE "article_stats" SET "notes" = "notes" {sign} {own}, '
        f'"layer_notes" = "layer_notes" {sign} {layer} WHERE "article_id" = {row}."article_id"'
    )


STATEMENTS: tuple[str, ...] = (
    (
        'CREATE TABLE "series" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"name" TEXT NOT NULL COLLATE NOCASE, "position" INTEGER NOT NULL, '
        '"created_at" DATETIME NOT NULL)'
    ),
    'CREATE UNIQUE INDEX "series_name" ON "series" ("name")',
    'ALTER TABLE "article" ADD COLUMN "series_id" INTEGER '
    'REFERENCES "series" ("id") ON DELETE SET NULL',
    'ALTER TABLE "article" ADD COLUMN "part" INTEGER',
    'ALTER TABLE "article" ADD COLUMN "language" TEXT',
    'ALTER TABLE "article" ADD COLUMN "last_read_at" DATETIME',
    'ALTER TABLE "article" ADD COLUMN "deleted_at" DATETIME',
    # The title is the reader's to change; the headline the file gave is kept to match the
    # next version of the file against.
    'ALTER TABLE "article" ADD COLUMN "source_headline" TEXT',
    'UPDATE "article" SET "source_headline" = "headline"',
    'CREATE INDEX "article_series_id" ON "article" ("series_id")',
    'CREATE INDEX "article_deleted_at" ON "article" ("deleted_at")',
    'ALTER TABLE "revision" ADD COLUMN "words" INTEGER NOT NULL DEFAULT 0',
    (
        'CREATE INDEX "note_own_live_article" ON "note" ("article_id") '
        'WHERE (("deleted_at" IS NULL) AND ("layer_id" IS NULL))'
    ),
    (
        'CREATE TABLE "article_stats" ("article_id" INTEGER NOT NULL PRIMARY KEY, '
        '"revisions" INTEGER NOT NULL DEFAULT 0, "words" INTEGER NOT NULL DEFAULT 0, '
        '"notes" INTEGER NOT NULL DEFAULT 0, "events" INTEGER NOT NULL DEFAULT 0, '
        '"layer_notes" INTEGER NOT NULL DEFAULT 0, '
        'FOREIGN KEY ("article_id") REFERENCES "article" ("id") ON DELETE CASCADE)'
    ),
    (
        'CREATE TRIGGER "article_stats_article_ai" AFTER INSERT ON "article" BEGIN '
        'INSERT OR IGNORE INTO "article_stats" ("article_id") VALUES (new."id"); END'
    ),
    # Revisions: how many, and the words of the newest.
    *(
        f'CREATE TRIGGER "article_stats_revision_{name}" AFTER {event} ON "revision" BEGIN '
        f'UPDATE "article_stats" SET "revisions" = (SELECT count(*) FROM "revision" AS r '
        f'WHERE r."article_id" = "article_stats"."article_id"), "words" = coalesce((SELECT '
        f'r."words" FROM "revision" AS r WHERE r."article_id" = "article_stats"."article_id" '
        f'ORDER BY r."number" DESC LIMIT 1), 0) WHERE "article_id" IN ({rows}); END'
        for name, event, rows in (
            ("ai", "INSERT", 'new."article_id"'),
            ("au", _REVISION_UPDATE, 'old."article_id", new."article_id"'),
            ("ad", "DELETE", 'old."article_id"'),
        )
    ),
    # The reader's own notes not in the trash, and the notes of class packs' layers (counted
    # apart: an article whose only notes are a teacher's is not without notes).
    *(
        f'CREATE TRIGGER "article_stats_note_{name}" AFTER {event} ON "note" BEGIN '
        f"{_note_counts(row, sign)}; END"
        for name, event, row, sign in (("ai", "INSERT", "new", "+"), ("ad", "DELETE", "old", "-"))
    ),
    (
        'CREATE TRIGGER "article_stats_note_au" AFTER UPDATE OF "article_id", "deleted_at", '
        f'"layer_id" ON "note" BEGIN {_note_counts("old", "-")}; {_note_counts("new", "+")}; END'
    ),
    # Timeline events.
    *(
        f'CREATE TRIGGER "article_stats_event_{name}" AFTER {event} ON "timeline_event" BEGIN '
        f'UPDATE "article_stats" SET "events" = "events" {sign} 1 '
        f'WHERE "article_id" = {row}."article_id"; END'
        for name, event, row, sign in (("ai", "INSERT", "new", "+"), ("ad", "DELETE", "old", "-"))
    ),
    (
        'CREATE TRIGGER "article_stats_event_au" AFTER UPDATE OF "article_id" ON "timeline_event" '
        "BEGIN "
        'UPDATE "article_stats" SET "events" = "events" - 1 WHERE "article_id" = old."article_id"; '
        'UPDATE "article_stats" SET "events" = "events" + 1 WHERE "article_id" = new."article_id"; '
        "END"
    ),
)

# The counts of the articles already in the library, as the triggers would have kept them;
# run after the words are counted.
_FILL_STATS = (
    'INSERT INTO "article_stats" '
    '("article_id", "revisions", "words", "notes", "events", "layer_notes") '
    'SELECT a."id", '
    '(SELECT count(*) FROM "revision" AS r WHERE r."article_id" = a."id"), '
    'coalesce((SELECT r."words" FROM "revision" AS r WHERE r."article_id" = a."id" '
    'ORDER BY r."number" DESC LIMIT 1), 0), '
    '(SELECT count(*) FROM "note" AS n WHERE n."article_id" = a."id" '
    'AND n."deleted_at" IS NULL AND n."layer_id" IS NULL), '
    '(SELECT count(*) FROM "timeline_event" AS e WHERE e."article_id" = a."id"), '
    '(SELECT count(*) FROM "note" AS n WHERE n."article_id" = a."id" '
    'AND n."layer_id" IS NOT NULL) '
    'FROM "article" AS a'
)

# "The socialists who opposed Stalin, part 2": how schema 1 to 7 stored a sidecar's series.
_SERIES_TEXT = re.compile(r"^(?P<name>.*?),\s*part\s+(?P<part>[0-9]+)\s*$", re.IGNORECASE)
# A word as the library counts them: letters or digits, joined by an apostrophe or a hyphen
# ("l'anarchie", "gun-runner" are one word each). Frozen here with the step; the importer counts
# with the same rule (core.word_count).
_WORD = re.compile(r"\w+(?:[’'\-]\w+)*")


def apply(db: pw.SqliteDatabase) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)  # type: ignore[no-untyped-call]  # peewee-stubs leave it bare
    _move_series_text(db)
    _count_words(db)
    db.execute_sql(_FILL_STATS)  # type: ignore[no-untyped-call]
    db.execute_sql('ALTER TABLE "article" DROP COLUMN "series"')  # type: ignore[no-untyped-call]


def _move_series_text(db: pw.SqliteDatabase) -> None:
    """Each article's series text becomes a row of "series" and a part number."""
    rows = db.execute_sql(  # type: ignore[no-untyped-call]
        'SELECT "id", "series" FROM "article" WHERE trim(coalesce("series", \'\')) != \'\' '
        'ORDER BY "id"'
    ).fetchall()
    for article_id, text in rows:
        match = _SERIES_TEXT.match(text)
        name, part = (match["name"], int(match["part"])) if match else (text, None)
        name = " ".join(name.split())
        found = db.execute_sql(  # type: ignore[no-untyped-call]
            'SELECT "id" FROM "series" WHERE "name" = ?', (name,)
        ).fetchone()
        if found is None:
            cursor = db.execute_sql(  # type: ignore[no-untyped-call]
                'INSERT INTO "series" ("name", "position", "created_at") VALUES '
                '(?, (SELECT coalesce(max("position"), 0) + 1 FROM "series"), '
                "strftime('%Y-%m-%d %H:%M:%f+00:00', 'now'))",
                (name,),
            )
            series_id = cursor.lastrowid
        else:
            series_id = found[0]
        db.execute_sql(  # type: ignore[no-untyped-call]
            'UPDATE "article" SET "series_id" = ?, "part" = ? WHERE "id" = ?',
            (series_id, part if part and part > 0 else None, article_id),
        )


def _count_words(db: pw.SqliteDatabase) -> None:
    rows = db.execute_sql('SELECT "id", "body" FROM "revision"').fetchall()  # type: ignore[no-untyped-call]
    for revision_id, body in rows:
        db.execute_sql(  # type: ignore[no-untyped-call]
            'UPDATE "revision" SET "words" = ? WHERE "id" = ?',
            (len(_WORD.findall(body)), revision_id),
        )
