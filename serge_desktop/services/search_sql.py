"""The SQL of search: for each kind, which rows match, their order, and their snippets.

Raw SQL rather than playhouse's FTS5Model: the index is built by a literal migration, the queries
join plain tables, and playhouse has no types, so a model would spread Any around. The reader's
text reaches MATCH only as a bound parameter, made by core.search_query.fts_query.

A few statements per kind, because FTS5's costs are lopsided (measured on 100,000 notes):

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
- ``newest_quoted``: ``newest`` with the snippets of the page's rows made in the same pass, for
  notes and events. The last word is searched as a prefix, and FTS5 (3.40) gathers every row of
  every word with that prefix into one list before it hands over the first: 20 ms for a word in a
  third of a million notes, whatever the LIMIT. A query with more matches than the window thus
  pays for one such pass instead of two.
- ``details``: what a hit shows besides its snippet (slugs, headlines, labels), by id.

Weights favour the short, telling columns: a word in a headline or a tag says more than one in
a long body. Columns in index order: article (body, headline, standfirst), note (body, quote,
tags), event (label, date_text, quote, description). Where two columns match as well, snippet()
quotes the first, so a note's snippet shows its text rather than repeat its quote.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class KindQueries:
    """The statements of one kind of hit (see the module's docstring)."""

    newest: str
    ranked: str
    quoted: str  # snippets (and, for articles, the body) of the rows in :page
    details: str  # what a hit shows besides its snippet, of the rows in :page
    # The newest matches with the snippets of one page of them, in the same pass (kinds whose
    # texts are short, so a snippet made for nothing costs little); None for articles.
    newest_quoted: str | None = None


# A function of the search service's, called once per row in rowid order, true for the rows of
# the page asked for: snippet() then runs for those rows only, in the pass that finds them.
PAGE_GATE = "serge_search_page_row"


def _queries(
    table: str,
    weights: str,
    details: str,
    quoted: str,
    only: str = "",
    gated: bool = True,
) -> KindQueries:
    match = f"{table} MATCH :query{only}"
    newest = f"SELECT rowid FROM {table} WHERE {match} ORDER BY rowid DESC LIMIT :window"
    return KindQueries(
        newest=newest,
        ranked=(
            f"SELECT rowid, rank FROM {table} WHERE {match} AND rank MATCH 'bm25({weights})' "
            "ORDER BY rank LIMIT :limit OFFSET :offset"
        ),
        quoted=(
            f"SELECT rowid, {quoted} FROM {table} WHERE {match} "
            "AND rowid BETWEEN :low AND :high "
            # The unary plus keeps SQLite from handing the list to FTS5 one rowid at a time.
            "AND +rowid IN (SELECT value FROM json_each(:page))"
        ),
        details=details,
        newest_quoted=(
            f"SELECT rowid, CASE WHEN {PAGE_GATE}() THEN {quoted} END FROM {table} "
            f"WHERE {match} ORDER BY rowid DESC LIMIT :window"
            if gated
            else None
        ),
    )


def _snippet(table: str, column: int = -1) -> str:
    return f"snippet({table}, {column}, :start, :end, :ellipsis, :tokens)"


_BY_ID = "IN (SELECT value FROM json_each(:page))"

# An article's snippet is from its body when the body matches, so that opening the hit shows
# the passage quoted; the standfirst's or headline's otherwise (both short, so their snippets
# cost little). The body comes along so the service can tell where the snippet lies in it: a
# string search in Python, far cheaper than asking FTS5 to cut the body up a second time.
ARTICLES = _queries(
    "search_article",
    "1.0, 10.0, 4.0",
    f"SELECT a.id, a.slug, a.headline FROM article AS a WHERE a.id {_BY_ID}",
    ", ".join([*(_snippet("search_article", column) for column in (0, 2, 1)), "body"]),
    gated=False,
)

# Notes from class packs (other authors' layers) are in the index, as the triggers index every
# note, but are left out here: a search finds the reader's own work, never mixed with others'.
# A note's text is Markdown: when the words matched in it, the service makes the snippet from
# the rendered words instead, so the snippet comes with a flag ("1" or "0" before it) saying
# whether the text matched (highlight() of a note's short text costs little).
NOTES = _queries(
    "search_note",
    "2.0, 1.0, 4.0",
    "SELECT n.id, n.article_id, a.slug, a.headline, n.body FROM note AS n "
    f"JOIN article AS a ON a.id = n.article_id WHERE n.id {_BY_ID}",
    "(instr(highlight(search_note, 0, :start, :end), :start) > 0) || " + _snippet("search_note"),
    only=" AND +rowid NOT IN (SELECT id FROM note WHERE layer_id IS NOT NULL)",
)

EVENTS = _queries(
    "search_event",
    "4.0, 2.0, 1.0",
    "SELECT e.id, e.article_id, a.slug, a.headline, e.date_text, e.label "
    f"FROM timeline_event AS e JOIN article AS a ON a.id = e.article_id WHERE e.id {_BY_ID}",
    _snippet("search_event"),
)
