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
- ``newest_quoted``: ``newest`` with the page's snippets made in the same pass, for notes and
  events. The last word is searched as a prefix, and FTS5 (3.40) gathers every row of every
  word with that prefix into one list before it hands over the first: 20 ms for a word in a
  third of a million notes, whatever the LIMIT. A kind with more matches than the window (not
  ranked, so its page is a slice of the newest) thus pays for one such pass instead of two. A
  function of the service's (PAGE_GATE), called as SQLite hands the rows over newest first,
  tells the page's rows from the others, so snippet() runs for those only.
- ``details``: what such a page's hits show besides their snippets (slugs, headlines), by id.
- ``probe``: whether the last word, searched whole, fills the window on its own. FTS5 hands a
  whole word's rows over one by one, so this reads at most ``:window`` of them (a tenth of a
  millisecond for a word in half a million notes) where the prefix list costs 20 ms. When it
  does, the kind is searched with the whole word: its page is that word's newest matches, and
  longer words ("Sergei" for "serge") come after them, past the window (services/search.py).

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
    """The statements of one kind of hit (see the module's docstring).

    A ``quoted`` row is the rowid, the details' columns, then the index's (auxiliary functions:
    a flag for notes, then the snippets). A ``details`` row is the rowid and the details'
    columns. A ``newest_quoted`` row is the rowid and the index's columns in one text, None
    outside the page: the flag first when ``flagged`` ("0" or "1", one character), then the
    snippet. One column, so that SQLite calls the service's gate once a row.
    """

    newest: str
    probe: str
    ranked: str
    quoted: str
    details: str
    # None for articles: their snippets need the body from the index, and a page of long
    # articles quoted in every pass would cost more than the pass it saves.
    newest_quoted: str | None = None
    flagged: bool = False


# Called with the rowid of each row SQLite hands over: true for the rows of the page asked for
# (the same answer for every call with one rowid), so the page's snippets are made in the pass
# that finds them.
PAGE_GATE = "serge_search_page_row"
_PAGE = "(SELECT value FROM json_each(:page))"


@dataclass(frozen=True, slots=True)
class _Details:
    """A kind's columns besides the index's, and the tables they are read from.

    ``joins`` from the index's table, for ``quoted``; ``plain`` (the kind's own table, aliased
    ``alias``, and its joins), for ``details``.
    """

    columns: str
    joins: str
    plain: str
    alias: str


def _queries(
    table: str,
    weights: str,
    details: _Details,
    *,
    only: str = "",
    indexed: str = "",
    columns: str = "-1",
    gated: bool = True,
) -> KindQueries:
    match = f"{table} MATCH :query{only}"
    from_index = [indexed] if indexed else []
    from_index += [
        f"snippet({table}, {n}, :start, :end, :ellipsis, :tokens)" for n in columns.split()
    ]
    # The flag in brackets: || binds tighter than the comparison that makes it.
    joined = " || ".join(f"({column})" for column in from_index)
    return KindQueries(
        newest=f"SELECT rowid FROM {table} WHERE {match} ORDER BY rowid DESC LIMIT :window",
        probe=(
            f"SELECT rowid FROM {table} WHERE {match} ORDER BY rowid DESC "
            "LIMIT 1 OFFSET :window - 1"
        ),
        ranked=(
            f"SELECT rowid, rank FROM {table} WHERE {match} AND rank MATCH 'bm25({weights})' "
            "ORDER BY rank LIMIT :limit OFFSET :offset"
        ),
        quoted=(
            f"SELECT {table}.rowid, {details.columns}, {', '.join(from_index)} FROM {table} "
            f"{details.joins} WHERE {match} AND {table}.rowid BETWEEN :low AND :high "
            # The unary plus keeps SQLite from handing the list to FTS5 one rowid at a time.
            f"AND +{table}.rowid IN {_PAGE}"
        ),
        details=(
            f"SELECT {details.alias}.id, {details.columns} FROM {details.plain} "
            f"WHERE {details.alias}.id IN {_PAGE}"
        ),
        newest_quoted=(
            f"SELECT rowid, CASE WHEN {PAGE_GATE}(rowid) THEN {joined} END FROM {table} "
            f"WHERE {match} ORDER BY rowid DESC LIMIT :window"
            if gated
            else None
        ),
        flagged=bool(indexed) and gated,
    )


# An article's snippet is from its body when the body matches, so that opening the hit shows
# the passage quoted; the standfirst's or headline's otherwise (both short, so their snippets
# cost little). The body comes along so the service can tell where the snippet lies in it: a
# string search in Python, far cheaper than asking FTS5 to cut the body up a second time.
# Articles in the trash are in the index (their rows wait there to come back) but never found.
_TRASHED = "(SELECT id FROM article WHERE deleted_at IS NOT NULL)"
_ARTICLE = _Details(
    "a.slug, a.headline, search_article.body",
    "JOIN article AS a ON a.id = search_article.rowid",
    "article AS a",  # never read: articles are not gated
    "a",
)

ARTICLES = _queries(
    "search_article",
    "1.0, 10.0, 4.0",
    _ARTICLE,
    only=f" AND +search_article.rowid NOT IN {_TRASHED}",
    columns="0 2 1",
    gated=False,
)

# A note's text is Markdown: when its text is where the words matched, the service makes the
# snippet from the rendered words instead (no "**" or link targets in a results list), so the
# row brings the text along and says whether it matched (highlight() of the one column, for
# the page's rows only).
_NOTE = _Details(
    "n.article_id, a.slug, a.headline, n.body",
    "JOIN note AS n ON n.id = search_note.rowid JOIN article AS a ON a.id = n.article_id",
    "note AS n JOIN article AS a ON a.id = n.article_id",
    "n",
)
_NOTE_BODY_MATCHED = "instr(highlight(search_note, 0, :start, :end), :start) > 0"

# Notes from class packs (other authors' layers) are in the index, as the triggers index every
# note, but are left out here: a search finds the reader's own work, never mixed with others'.
# Two lists, each read through its own index (layer_id; article_id of the trashed articles):
# one list of both conditions read the whole note table, 30 ms a statement at 100,000 notes.
NOTES = _queries(
    "search_note",
    "2.0, 1.0, 4.0",
    _NOTE,
    only=" AND +search_note.rowid NOT IN (SELECT id FROM note WHERE layer_id IS NOT NULL) "
    f"AND +search_note.rowid NOT IN (SELECT id FROM note WHERE article_id IN {_TRASHED})",
    indexed=_NOTE_BODY_MATCHED,
)

_EVENT = _Details(
    "e.article_id, a.slug, a.headline, e.date_text, e.label",
    "JOIN timeline_event AS e ON e.id = search_event.rowid "
    "JOIN article AS a ON a.id = e.article_id",
    "timeline_event AS e JOIN article AS a ON a.id = e.article_id",
    "e",
)

EVENTS = _queries(
    "search_event",
    "4.0, 2.0, 1.0",
    _EVENT,
    only=f" AND +search_event.rowid NOT IN (SELECT id FROM timeline_event WHERE article_id IN "
    f"{_TRASHED})",
)

# The same, narrowed to a scope's articles (an article or a series, never one in the trash),
# bound as a JSON list in :articles: the rows outside it are left out before any ranking.
_SCOPE = "(SELECT value FROM json_each(:articles))"
ARTICLES_IN_SCOPE = _queries(
    "search_article",
    "1.0, 10.0, 4.0",
    _ARTICLE,
    only=f" AND +search_article.rowid IN {_SCOPE}",
    columns="0 2 1",
    gated=False,
)
NOTES_IN_SCOPE = _queries(
    "search_note",
    "2.0, 1.0, 4.0",
    _NOTE,
    only=" AND +search_note.rowid IN (SELECT id FROM note WHERE layer_id IS NULL "
    f"AND article_id IN {_SCOPE})",
    indexed=_NOTE_BODY_MATCHED,
)
EVENTS_IN_SCOPE = _queries(
    "search_event",
    "4.0, 2.0, 1.0",
    _EVENT,
    only=" AND +search_event.rowid IN "
    f"(SELECT id FROM timeline_event WHERE article_id IN {_SCOPE})",
)
