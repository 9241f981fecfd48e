"""Schema 3: full-text search over articles, notes and timeline events, kept in sync by triggers."""

from __future__ import annotations

import peewee as pw

VERSION = 3

# Literal SQL, frozen like every step: a later change to the index is a new migration.
#
# One FTS5 table per kind, each row keyed by the id of what it indexes (rowid = article.id,
# note.id, timeline_event.id). Every trigger then touches the index by primary key, the results
# come grouped by kind for free, and bm25 weighs each kind's columns on its own statistics.
#
# Plain FTS5 tables (they keep their own copy of the text), not the other two kinds:
# - external content reads the text back by rowid for snippet() and highlight(), but an article's
#   row joins two tables (its headline, the body of its newest revision): a view over that join
#   has no rowid index to read it by, and removing a row from such an index needs the exact
#   old values (a mismatch corrupts the index silently);
# - contentless tables cannot produce snippets at all, and before SQLite 3.43 cannot delete a
#   row without its old values either.
# The copy costs about the size of the text (a few MB for a thousand articles); in exchange a
# row is replaced by "delete rowid, insert", which cannot drift from the source.
#
# Triggers rather than service code: every write path (services, the importer, the re-anchoring,
# a later migration) keeps the index right within the statement's own transaction. Inserts
# delete first, so an INSERT OR REPLACE (which skips delete triggers) cannot leave a duplicate.
# Only each article's newest revision is indexed: older bodies are history, not what the reader
# sees. Trashed notes are left out of the index rather than filtered at query time, so a search
# never scans them. A migration that rebuilds one of these tables must recreate its triggers.
#
# Where two columns match as well, snippet() quotes the first: the body of an article or a note
# comes first, so its snippet shows the text rather than repeat a headline or a quote.
# unicode61 with remove_diacritics 2 folds "é" to "e" (also in decomposed text); the 2- and
# 3-character prefix indexes keep the as-you-type prefix queries ("ki*", "kib*") fast.
STATEMENTS: tuple[str, ...] = (
    (
        'CREATE VIRTUAL TABLE "search_article" USING fts5(body, headline, standfirst, '
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    ),
    (
        'CREATE VIRTUAL TABLE "search_note" USING fts5(body, quote, tags, '
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    ),
    (
        'CREATE VIRTUAL TABLE "search_event" USING fts5(label, date_text, quote, '
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    ),
    # Articles: headline and standfirst from "article", the body of the newest revision.
    (
        'CREATE TRIGGER "search_article_ai" AFTER INSERT ON "article" BEGIN '
        'DELETE FROM "search_article" WHERE "rowid" = new."id"; '
        'INSERT INTO "search_article" ("rowid", "body", "headline", "standfirst") '
        'VALUES (new."id", (SELECT "r"."body" FROM "revision" AS "r" '
        'WHERE "r"."article_id" = new."id" ORDER BY "r"."number" DESC LIMIT 1), '
        'new."headline", new."standfirst"); END'
    ),
    (
        'CREATE TRIGGER "search_article_au" AFTER UPDATE OF "id", "headline", "standfirst" '
        'ON "article" BEGIN '
        'DELETE FROM "search_article" WHERE "rowid" IN (old."id", new."id"); '
        'INSERT INTO "search_article" ("rowid", "body", "headline", "standfirst") '
        'VALUES (new."id", (SELECT "r"."body" FROM "revision" AS "r" '
        'WHERE "r"."article_id" = new."id" ORDER BY "r"."number" DESC LIMIT 1), '
        'new."headline", new."standfirst"); END'
    ),
    (
        'CREATE TRIGGER "search_article_ad" AFTER DELETE ON "article" BEGIN '
        'DELETE FROM "search_article" WHERE "rowid" = old."id"; END'
    ),
    # A revision added, changed or removed changes which body is the newest: index it again.
    # The SELECT finds nothing while a deleted article cascades to its revisions.
    (
        'CREATE TRIGGER "search_revision_ai" AFTER INSERT ON "revision" BEGIN '
        'DELETE FROM "search_article" WHERE "rowid" = new."article_id"; '
        'INSERT INTO "search_article" ("rowid", "body", "headline", "standfirst") '
        'SELECT "a"."id", (SELECT "r"."body" FROM "revision" AS "r" '
        'WHERE "r"."article_id" = "a"."id" ORDER BY "r"."number" DESC LIMIT 1), '
        '"a"."headline", "a"."standfirst" '
        'FROM "article" AS "a" WHERE "a"."id" = new."article_id"; END'
    ),
    (
        'CREATE TRIGGER "search_revision_au" AFTER UPDATE OF "article_id", "number", "body" '
        'ON "revision" BEGIN '
        'DELETE FROM "search_article" WHERE "rowid" IN (old."article_id", new."article_id"); '
        'INSERT INTO "search_article" ("rowid", "body", "headline", "standfirst") '
        'SELECT "a"."id", (SELECT "r"."body" FROM "revision" AS "r" '
        'WHERE "r"."article_id" = "a"."id" ORDER BY "r"."number" DESC LIMIT 1), '
        '"a"."headline", "a"."standfirst" '
        'FROM "article" AS "a" WHERE "a"."id" IN (old."article_id", new."article_id"); END'
    ),
    (
        'CREATE TRIGGER "search_revision_ad" AFTER DELETE ON "revision" BEGIN '
        'DELETE FROM "search_article" WHERE "rowid" = old."article_id"; '
        'INSERT INTO "search_article" ("rowid", "body", "headline", "standfirst") '
        'SELECT "a"."id", (SELECT "r"."body" FROM "revision" AS "r" '
        'WHERE "r"."article_id" = "a"."id" ORDER BY "r"."number" DESC LIMIT 1), '
        '"a"."headline", "a"."standfirst" '
        'FROM "article" AS "a" WHERE "a"."id" = old."article_id"; END'
    ),
    # Notes: quote, text and tag names; a note in the trash has no row.
    (
        'CREATE TRIGGER "search_note_ai" AFTER INSERT ON "note" BEGIN '
        'DELETE FROM "search_note" WHERE "rowid" = new."id"; '
        'INSERT INTO "search_note" ("rowid", "body", "quote", "tags") '
        'SELECT "n"."id", "n"."body", "n"."quote", (SELECT group_concat("t"."name", \' \') '
        'FROM "note_tag" AS "nt" JOIN "tag" AS "t" ON "t"."id" = "nt"."tag_id" '
        'WHERE "nt"."note_id" = "n"."id") '
        'FROM "note" AS "n" WHERE "n"."id" = new."id" AND "n"."deleted_at" IS NULL; END'
    ),
    (
        'CREATE TRIGGER "search_note_au" AFTER UPDATE OF "id", "quote", "body", "deleted_at" '
        'ON "note" BEGIN '
        'DELETE FROM "search_note" WHERE "rowid" IN (old."id", new."id"); '
        'INSERT INTO "search_note" ("rowid", "body", "quote", "tags") '
        'SELECT "n"."id", "n"."body", "n"."quote", (SELECT group_concat("t"."name", \' \') '
        'FROM "note_tag" AS "nt" JOIN "tag" AS "t" ON "t"."id" = "nt"."tag_id" '
        'WHERE "nt"."note_id" = "n"."id") '
        'FROM "note" AS "n" WHERE "n"."id" = new."id" AND "n"."deleted_at" IS NULL; END'
    ),
    (
        'CREATE TRIGGER "search_note_ad" AFTER DELETE ON "note" BEGIN '
        'DELETE FROM "search_note" WHERE "rowid" = old."id"; END'
    ),
    # A tag put on, taken off or renamed changes the tags column of its notes. A deleted tag
    # cascades to "note_tag", whose trigger then no longer sees the tag.
    (
        'CREATE TRIGGER "search_note_tag_ai" AFTER INSERT ON "note_tag" BEGIN '
        'DELETE FROM "search_note" WHERE "rowid" = new."note_id"; '
        'INSERT INTO "search_note" ("rowid", "body", "quote", "tags") '
        'SELECT "n"."id", "n"."body", "n"."quote", (SELECT group_concat("t"."name", \' \') '
        'FROM "note_tag" AS "nt" JOIN "tag" AS "t" ON "t"."id" = "nt"."tag_id" '
        'WHERE "nt"."note_id" = "n"."id") '
        'FROM "note" AS "n" WHERE "n"."id" = new."note_id" AND "n"."deleted_at" IS NULL; END'
    ),
    (
        'CREATE TRIGGER "search_note_tag_au" AFTER UPDATE ON "note_tag" BEGIN '
        'DELETE FROM "search_note" WHERE "rowid" IN (old."note_id", new."note_id"); '
        'INSERT INTO "search_note" ("rowid", "body", "quote", "tags") '
        'SELECT "n"."id", "n"."body", "n"."quote", (SELECT group_concat("t"."name", \' \') '
        'FROM "note_tag" AS "nt" JOIN "tag" AS "t" ON "t"."id" = "nt"."tag_id" '
        'WHERE "nt"."note_id" = "n"."id") '
        'FROM "note" AS "n" WHERE "n"."id" IN (old."note_id", new."note_id") '
        'AND "n"."deleted_at" IS NULL; END'
    ),
    (
        'CREATE TRIGGER "search_note_tag_ad" AFTER DELETE ON "note_tag" BEGIN '
        'DELETE FROM "search_note" WHERE "rowid" = old."note_id"; '
        'INSERT INTO "search_note" ("rowid", "body", "quote", "tags") '
        'SELECT "n"."id", "n"."body", "n"."quote", (SELECT group_concat("t"."name", \' \') '
        'FROM "note_tag" AS "nt" JOIN "tag" AS "t" ON "t"."id" = "nt"."tag_id" '
        'WHERE "nt"."note_id" = "n"."id") '
        'FROM "note" AS "n" WHERE "n"."id" = old."note_id" AND "n"."deleted_at" IS NULL; END'
    ),
    (
        'CREATE TRIGGER "search_tag_au" AFTER UPDATE OF "name" ON "tag" BEGIN '
        'DELETE FROM "search_note" WHERE "rowid" IN '
        '(SELECT "note_id" FROM "note_tag" WHERE "tag_id" = new."id"); '
        'INSERT INTO "search_note" ("rowid", "body", "quote", "tags") '
        'SELECT "n"."id", "n"."body", "n"."quote", (SELECT group_concat("t"."name", \' \') '
        'FROM "note_tag" AS "nt" JOIN "tag" AS "t" ON "t"."id" = "nt"."tag_id" '
        'WHERE "nt"."note_id" = "n"."id") '
        'FROM "note" AS "n" WHERE "n"."id" IN '
        '(SELECT "note_id" FROM "note_tag" WHERE "tag_id" = new."id") '
        'AND "n"."deleted_at" IS NULL; END'
    ),
    # Timeline events: what the timeline shows of each.
    (
        'CREATE TRIGGER "search_event_ai" AFTER INSERT ON "timeline_event" BEGIN '
        'DELETE FROM "search_event" WHERE "rowid" = new."id"; '
        'INSERT INTO "search_event" ("rowid", "label", "date_text", "quote") '
        'VALUES (new."id", new."label", new."date_text", new."quote"); END'
    ),
    (
        'CREATE TRIGGER "search_event_au" AFTER UPDATE OF "id", "label", "date_text", "quote" '
        'ON "timeline_event" BEGIN '
        'DELETE FROM "search_event" WHERE "rowid" IN (old."id", new."id"); '
        'INSERT INTO "search_event" ("rowid", "label", "date_text", "quote") '
        'VALUES (new."id", new."label", new."date_text", new."quote"); END'
    ),
    (
        'CREATE TRIGGER "search_event_ad" AFTER DELETE ON "timeline_event" BEGIN '
        'DELETE FROM "search_event" WHERE "rowid" = old."id"; END'
    ),
    # The rows already in the library, indexed the way the triggers index new ones.
    (
        'INSERT INTO "search_article" ("rowid", "body", "headline", "standfirst") '
        'SELECT "a"."id", (SELECT "r"."body" FROM "revision" AS "r" '
        'WHERE "r"."article_id" = "a"."id" ORDER BY "r"."number" DESC LIMIT 1), '
        '"a"."headline", "a"."standfirst" FROM "article" AS "a"'
    ),
    (
        'INSERT INTO "search_note" ("rowid", "body", "quote", "tags") '
        'SELECT "n"."id", "n"."body", "n"."quote", (SELECT group_concat("t"."name", \' \') '
        'FROM "note_tag" AS "nt" JOIN "tag" AS "t" ON "t"."id" = "nt"."tag_id" '
        'WHERE "nt"."note_id" = "n"."id") '
        'FROM "note" AS "n" WHERE "n"."deleted_at" IS NULL'
    ),
    (
        'INSERT INTO "search_event" ("rowid", "label", "date_text", "quote") '
        'SELECT "id", "label", "date_text", "quote" FROM "timeline_event"'
    ),
)


def apply(db: pw.SqliteDatabase) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)  # type: ignore[no-untyped-call]  # peewee-stubs leave it bare
