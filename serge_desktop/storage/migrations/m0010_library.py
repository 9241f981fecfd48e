"""Schema 10 of the team's plan: series, article metadata, articles in a trash, word counts."""

from __future__ import annotations

import re

import peewee as pw

# Number 10 in the team's plan (8 and 9 belong to branches not merged here yet); on this branch
# it is the step after 7, since the runner wants versions 1, 2, 3 … without a gap. Whoever
# merges the branches gives it the next free number; nothing else here depends on it.
VERSION = 8

# Literal SQL, frozen like every step; the text is what peewee 4 generates for the models of
# this schema, so a table built from models.py and one built here read the same.
#
# A series is a row of its own, not a text on each article: renaming or reordering one is then
# one write, two spellings of one name cannot drift apart (NOCASE), and the library can list
# the series in the reader's order ("position") with each article's part number.
#
# An article in the trash keeps everything (revisions, notes, events) with "deleted_at" set;
# only emptying the trash deletes the row, and ON DELETE CASCADE takes the rest with it.
#
# Counting the reader's notes per article for the library list reads this partial index and
# never the notes themselves: it holds exactly the notes the list counts.
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
    'CREATE INDEX "article_series_id" ON "article" ("series_id")',
    'CREATE INDEX "article_deleted_at" ON "article" ("deleted_at")',
    'ALTER TABLE "revision" ADD COLUMN "words" INTEGER NOT NULL DEFAULT 0',
    (
        'CREATE INDEX "note_own_live_article" ON "note" ("article_id") '
        'WHERE (("deleted_at" IS NULL) AND ("layer_id" IS NULL))'
    ),
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
