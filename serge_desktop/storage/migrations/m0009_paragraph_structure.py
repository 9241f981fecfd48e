"""Schema 9 of the plan (8 on this branch): paragraph kinds, heading levels and inline marks."""

from __future__ import annotations

import peewee as pw

# Numbered 8 while the plan's migration 8 (issue 12) has not landed: the runner wants no gaps.
# The integrator renumbers it to 9 when both are on one branch.
VERSION = 9

# Literal SQL, frozen like every step; the text is what peewee 4 generates for the models of
# this schema, so a table built from the models and one built here read the same.
#
# A paragraph says what it is: a heading (with its level, 1 to 6), a block quote set off by
# its source, or a plain paragraph. Its italic and bold spans are rows of "inline_mark", with
# offsets within the paragraph's text. The stored body and every anchor stay plain text, so
# notes and events anchor exactly as before. Existing rows become plain paragraphs with no
# marks (their sources are kept, but parsers change; re-reading them here would make this step
# depend on code that is not frozen with it).
STATEMENTS: tuple[str, ...] = (
    (
        'ALTER TABLE "paragraph" ADD COLUMN "kind" TEXT NOT NULL DEFAULT \'paragraph\' '
        "CHECK (\"kind\" IN ('paragraph', 'heading', 'block_quote'))"
    ),
    (
        'ALTER TABLE "paragraph" ADD COLUMN "level" INTEGER NOT NULL DEFAULT 0 '
        'CHECK ("level" BETWEEN 0 AND 6)'
    ),
    (
        'CREATE TABLE "inline_mark" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"paragraph_id" INTEGER NOT NULL, "start" INTEGER NOT NULL, "end" INTEGER NOT NULL, '
        "\"style\" TEXT NOT NULL CHECK (\"style\" IN ('italic', 'bold')), "
        'FOREIGN KEY ("paragraph_id") REFERENCES "paragraph" ("id") ON DELETE CASCADE)'
    ),
    'CREATE INDEX "inline_mark_paragraph_id" ON "inline_mark" ("paragraph_id")',
)


def apply(db: pw.SqliteDatabase) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)  # type: ignore[no-untyped-call]  # peewee-stubs leave it bare
