"""Schema 11: the index of names — entities, their aliases, decisions, mentions, and search."""

from __future__ import annotations

import peewee as pw

VERSION = 11

# Literal SQL, frozen like every step; the tables are what peewee 4 generates for the models.
#
# An entity is what someone confirmed; its aliases are the names the texts are searched for,
# each name belonging to one entity (a unique key). A decision remembers what was said about a
# suggested name, confirmed or rejected, so it is never asked again, through re-imports and new
# revisions alike: decisions are keyed by the name, not by a place in a text. Mentions are
# derived data, rebuilt from an article's current text whenever it changes (entity_index_state
# says which revision they were found in); they name their entity only through the alias key,
# so confirming, rejecting or merging changes no mention row.
#
# search_entity indexes each entity's name and aliases for the search box, kept in step by
# triggers like the other indexes of schema 3 (one row per entity, rowid = entity.id).
_ENTITY_ROW = (
    'INSERT INTO "search_entity" ("rowid", "name", "aliases") '
    'SELECT "e"."id", "e"."name", (SELECT group_concat("a"."name", \' \') '
    'FROM "entity_alias" AS "a" WHERE "a"."entity_id" = "e"."id") '
    'FROM "entity" AS "e" WHERE "e"."id" = {id}'
)
STATEMENTS: tuple[str, ...] = (
    (
        'CREATE TABLE "entity" ("id" INTEGER NOT NULL PRIMARY KEY, "kind" TEXT NOT NULL CHECK '
        "(\"kind\" IN ('person', 'place', 'organisation', 'work')), \"name\" TEXT NOT NULL, "
        '"note" TEXT NOT NULL, "origin" TEXT NOT NULL, "latitude" REAL, "longitude" REAL, '
        '"country_code" TEXT, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL)'
    ),
    (
        'CREATE TABLE "entity_alias" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"entity_id" INTEGER NOT NULL, "name" TEXT NOT NULL, "key" TEXT NOT NULL, '
        'FOREIGN KEY ("entity_id") REFERENCES "entity" ("id") ON DELETE CASCADE)'
    ),
    'CREATE INDEX "entity_alias_entity_id" ON "entity_alias" ("entity_id")',
    'CREATE UNIQUE INDEX "entity_alias_key" ON "entity_alias" ("key")',
    (
        'CREATE TABLE "entity_decision" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"key" TEXT NOT NULL, "name" TEXT NOT NULL, "verdict" TEXT NOT NULL CHECK '
        "(\"verdict\" IN ('confirmed', 'rejected')), \"entity_id\" INTEGER, "
        '"origin" TEXT NOT NULL, "decided_at" DATETIME NOT NULL, '
        'FOREIGN KEY ("entity_id") REFERENCES "entity" ("id") ON DELETE SET NULL)'
    ),
    'CREATE UNIQUE INDEX "entity_decision_key" ON "entity_decision" ("key")',
    'CREATE INDEX "entity_decision_entity_id" ON "entity_decision" ("entity_id")',
    (
        'CREATE TABLE "entity_mention" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"article_id" INTEGER NOT NULL, "revision_id" INTEGER NOT NULL, '
        '"paragraph" INTEGER NOT NULL, "start" INTEGER NOT NULL, "end" INTEGER NOT NULL, '
        '"key" TEXT NOT NULL, "surface" TEXT NOT NULL, "kind_guess" TEXT, '
        '"source" TEXT NOT NULL, '
        'FOREIGN KEY ("article_id") REFERENCES "article" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("revision_id") REFERENCES "revision" ("id") ON DELETE CASCADE)'
    ),
    'CREATE INDEX "entity_mention_article_id" ON "entity_mention" ("article_id")',
    'CREATE INDEX "entity_mention_revision_id" ON "entity_mention" ("revision_id")',
    'CREATE INDEX "entity_mention_key" ON "entity_mention" ("key")',
    (
        'CREATE INDEX "entity_mention_revision_id_paragraph" '
        'ON "entity_mention" ("revision_id", "paragraph")'
    ),
    (
        'CREATE TABLE "entity_index_state" ("article_id" INTEGER NOT NULL PRIMARY KEY, '
        '"revision_id" INTEGER NOT NULL, "indexed_at" DATETIME NOT NULL, '
        'FOREIGN KEY ("article_id") REFERENCES "article" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("revision_id") REFERENCES "revision" ("id") ON DELETE CASCADE)'
    ),
    'CREATE INDEX "entity_index_state_revision_id" ON "entity_index_state" ("revision_id")',
    # The notes touching a passage, read from the index alone (an entity's page asks for the
    # notes on each of its mentions; reading whole note rows made that slow in a big library).
    'CREATE INDEX "note_revision_id_start_end" ON "note" ("revision_id", "start", "end")',
    (
        'CREATE VIRTUAL TABLE "search_entity" USING fts5(name, aliases, '
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    ),
    (
        'CREATE TRIGGER "search_entity_ai" AFTER INSERT ON "entity" BEGIN '
        'DELETE FROM "search_entity" WHERE "rowid" = new."id"; '
        + _ENTITY_ROW.format(id='new."id"')
        + "; END"
    ),
    (
        'CREATE TRIGGER "search_entity_au" AFTER UPDATE OF "id", "name" ON "entity" BEGIN '
        'DELETE FROM "search_entity" WHERE "rowid" IN (old."id", new."id"); '
        + _ENTITY_ROW.format(id='new."id"')
        + "; END"
    ),
    (
        'CREATE TRIGGER "search_entity_ad" AFTER DELETE ON "entity" BEGIN '
        'DELETE FROM "search_entity" WHERE "rowid" = old."id"; END'
    ),
    # An alias added, renamed, moved to another entity (a merge) or removed changes its
    # entity's row; while an entity is being deleted, its row is simply not rebuilt.
    (
        'CREATE TRIGGER "search_entity_alias_ai" AFTER INSERT ON "entity_alias" BEGIN '
        'DELETE FROM "search_entity" WHERE "rowid" = new."entity_id"; '
        + _ENTITY_ROW.format(id='new."entity_id"')
        + "; END"
    ),
    (
        'CREATE TRIGGER "search_entity_alias_au" AFTER UPDATE ON "entity_alias" BEGIN '
        'DELETE FROM "search_entity" WHERE "rowid" IN (old."entity_id", new."entity_id"); '
        + _ENTITY_ROW.format(id='old."entity_id"')
        + "; "
        + _ENTITY_ROW.format(id='new."entity_id" AND new."entity_id" != old."entity_id"')
        + "; END"
    ),
    (
        'CREATE TRIGGER "search_entity_alias_ad" AFTER DELETE ON "entity_alias" BEGIN '
        'DELETE FROM "search_entity" WHERE "rowid" = old."entity_id"; '
        + _ENTITY_ROW.format(id='old."entity_id"')
        + "; END"
    ),
)


def apply(db: pw.SqliteDatabase) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)  # type: ignore[no-untyped-call]  # peewee-stubs leave it bare
