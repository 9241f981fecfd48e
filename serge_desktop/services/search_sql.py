"""The SQL of search: for each kind, which rows match, their order, and their snippets.

Raw SQL rather than playhouse's FTS5Model: the index is built by a literal migration, the queries
join plain tables, and playhouse has no types, so a model would spread Any around. The reader's
text reaches MATCH only as a bound parameter, made by core.search_query.fts_query.

Three statements per kind, because FTS5's costs are lopsided (measured on 100,000 notes):

- ``newest``: the newest matches, newest first, at most ``:window`` of them. FTS5 hands rows
  over in rowid order for nothing, so this costs one pass over the word's list of rows.
- ``ranked``: bm25 order, for a query with fewer matches than the window. bm25 needs a second
  pass to count the rows holding each word, then reads every matching row's column sizes, a
  few microseconds each: for a word in a third of the notes that is a tenth of a second, so a
  query with more matches than the window (a word still being typed, or one the whole library
  uses) keeps the newest-first order instead, and ranks nothing.
- ``quoted``: snippets of one page's rows. snippet() reads and cuts up the row's whole text (a
  quarter of a millisecond for a long article), so it runs for shown rows only. The FTS table
  stays the outer loop, confined to the page's rowid range: asking it for each rowid in turn
  would start the match again for every hit.

Weights favour the short, telling columns: a word in a headline or a tag says more than one in
a long body. Columns in index order: article (body, headline, standfirst), note (body, quote,
tags), event (label, date_text, quote, description; a column without a weight weighs 1.0).
Where two columns match as well, snippet() quotes the first, so a note's snippet shows its text
rather than repeat its quote.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class KindQueries:
    """The three statements of one kind of hit (see the module's docstring)."""

    newest: str
    ranked: str
    quoted: str


def _queries(
    table: str, weights: str, select: str, joins: str, only: str = "", columns: str = "-1"
) -> KindQueries:
    match = f"{table} MATCH :query{only}"
    snippets = ", ".join(
        f"snippet({table}, {column}, :start, :end, :ellipsis, :tokens)"
        for column in columns.split()
    )
    return KindQueries(
        newest=f"SELECT rowid FROM {table} WHERE {match} ORDER BY rowid DESC LIMIT :window",
        ranked=(
            f"SELECT rowid, rank FROM {table} WHERE {match} AND rank MATCH 'bm25({weights})' "
            "ORDER BY rank LIMIT :limit OFFSET :offset"
        ),
        quoted=(
            f"SELECT {table}.rowid, {select}, {snippets} FROM {table} {joins} WHERE {match} "
            f"AND {table}.rowid BETWEEN :low AND :high "
            # The unary plus keeps SQLite from handing the list to FTS5 one rowid at a time.
            f"AND +{table}.rowid IN (SELECT value FROM json_each(:page))"
        ),
    )


# An article's snippet is from its body when the body matches, so that opening the hit shows
# the passage quoted; the standfirst's or headline's otherwise (both short, so their snippets
# cost little). The body comes along so the service can tell where the snippet lies in it: a
# string search in Python, far cheaper than asking FTS5 to cut the body up a second time.
# Articles in the trash are in the index (their rows wait there to come back) but never found.
_TRASHED = "(SELECT id FROM article WHERE deleted_at IS NOT NULL)"

ARTICLES = _queries(
    "search_article",
    "1.0, 10.0, 4.0",
    "a.slug, a.headline, search_article.body",
    "JOIN article AS a ON a.id = search_article.rowid",
    only=f" AND +search_article.rowid NOT IN {_TRASHED}",
    columns="0 2 1",
)

# A note's text is Markdown: when its text is where the words matched, the service makes the
# snippet from the rendered words instead (no "**" or link targets in a results list), so the
# row says whether the text matched (highlight() of the one column, for the page's rows only)
# and brings the text along.
_NOTE_COLUMNS = (
    "n.article_id, a.slug, a.headline, "
    "instr(highlight(search_note, 0, :start, :end), :start) > 0, n.body"
)

# Notes from class packs (other authors' layers) are in the index, as the triggers index every
# note, but are left out here: a search finds the reader's own work, never mixed with others'.
NOTES = _queries(
    "search_note",
    "2.0, 1.0, 4.0",
    _NOTE_COLUMNS,
    "JOIN note AS n ON n.id = search_note.rowid JOIN article AS a ON a.id = n.article_id",
    only=" AND +search_note.rowid NOT IN (SELECT id FROM note WHERE layer_id IS NOT NULL "
    f"OR article_id IN {_TRASHED})",
)

EVENTS = _queries(
    "search_event",
    "4.0, 2.0, 1.0",
    "e.article_id, a.slug, a.headline, e.date_text, e.label",
    "JOIN timeline_event AS e ON e.id = search_event.rowid "
    "JOIN article AS a ON a.id = e.article_id",
    only=f" AND +search_event.rowid NOT IN (SELECT id FROM timeline_event WHERE article_id IN "
    f"{_TRASHED})",
)

# The same, narrowed to a scope's articles (an article or a series, never one in the trash),
# bound as a JSON list in :articles: the rows outside it are left out before any ranking.
_SCOPE = "(SELECT value FROM json_each(:articles))"
ARTICLES_IN_SCOPE = _queries(
    "search_article",
    "1.0, 10.0, 4.0",
    "a.slug, a.headline, search_article.body",
    "JOIN article AS a ON a.id = search_article.rowid",
    only=f" AND +search_article.rowid IN {_SCOPE}",
    columns="0 2 1",
)
NOTES_IN_SCOPE = _queries(
    "search_note",
    "2.0, 1.0, 4.0",
    _NOTE_COLUMNS,
    "JOIN note AS n ON n.id = search_note.rowid JOIN article AS a ON a.id = n.article_id",
    only=" AND +search_note.rowid IN (SELECT id FROM note WHERE layer_id IS NULL "
    f"AND article_id IN {_SCOPE})",
)
EVENTS_IN_SCOPE = _queries(
    "search_event",
    "4.0, 2.0, 1.0",
    "e.article_id, a.slug, a.headline, e.date_text, e.label",
    "JOIN timeline_event AS e ON e.id = search_event.rowid "
    "JOIN article AS a ON a.id = e.article_id",
    only=" AND +search_event.rowid IN "
    f"(SELECT id FROM timeline_event WHERE article_id IN {_SCOPE})",
)
