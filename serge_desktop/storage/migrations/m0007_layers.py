"""Schema 7: layers of other authors' notes, imported from class packs, beside the reader's own."""

from __future__ import annotations

import peewee as pw

VERSION = 7

# Literal SQL, frozen like every step; the text is what peewee 4 generates for the models of
# schema 7, so a table built from the models and one built here read the same in sqlite_master.
#
# A layer is one author's notes from one pack: keyed by the pack's id and the author, so that
# importing the same pack again replaces its notes instead of adding a second copy, while two
# students' packs (or the same teacher's next pack) make layers of their own.
#
# Layer notes are rows of "note" with "layer_id" set; the reader's own notes keep it NULL, so
# every existing row is untouched and needs no rebuild (ADD COLUMN with a NULL default). Being
# notes, they are re-anchored with the reader's when a new revision of the article comes in,
# and they keep the search triggers of schema 3 working unchanged (the search service leaves
# them out by joining on "layer_id IS NULL"). ON DELETE CASCADE: removing a layer removes its
# notes, and nothing else.
#
# Their tags get a table of their own, not rows of "tag": a teacher's tags must not appear in
# the reader's tag list or completion, nor be renamed or deleted by the reader's tag edits.
STATEMENTS: tuple[str, ...] = (
    (
        'CREATE TABLE "layer" ("id" INTEGER NOT NULL PRIMARY KEY, "pack_id" TEXT NOT NULL, '
        '"author" TEXT NOT NULL, "source_name" TEXT NOT NULL, "imported_at" DATETIME NOT NULL, '
        '"is_visible" INTEGER NOT NULL)'
    ),
    'CREATE UNIQUE INDEX "layer_pack_id_author" ON "layer" ("pack_id", "author")',
    'ALTER TABLE "note" ADD COLUMN "layer_id" INTEGER REFERENCES "layer" ("id") ON DELETE CASCADE',
    'CREATE INDEX "note_layer_id" ON "note" ("layer_id")',
    (
        'CREATE TABLE "layer_tag" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"note_id" INTEGER NOT NULL, "name" TEXT NOT NULL, '
        'FOREIGN KEY ("note_id") REFERENCES "note" ("id") ON DELETE CASCADE)'
    ),
    'CREATE INDEX "layer_tag_note_id" ON "layer_tag" ("note_id")',
)


def apply(db: pw.SqliteDatabase) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)  # type: ignore[no-untyped-call]  # peewee-stubs leave it bare
