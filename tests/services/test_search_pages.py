"""More matches than the window: each scope's pages hold the newest hits, each with its own snippet.

Past RANK_WINDOW matches a kind's page is found and quoted in one pass (search_sql's
``newest_quoted``): these tests check that the rows quoted are the page's, in every scope, with
the trash and the other scopes' rows left out.
"""

from __future__ import annotations

import pytest

from serge_desktop.services.scope import Scope
from serge_desktop.services.search import FIRST_PAGE, RANK_WINDOW
from serge_desktop.services.search_views import NoteHit, Snippet
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage import models as m
from serge_desktop.storage.database import write_transaction
from tests.services.library_helpers import SEED_SLUG, SERIES, add_article

# More than the window in one article, so even an article's scope is past it.
PER_ARTICLE = RANK_WINDOW + 12


def crowd(workspace: Workspace, article_id: int, name: str) -> None:
    """PER_ARTICLE notes and events on the article, each with its own word: "crowd NAME_n"."""
    article = m.Article.get_by_id(article_id)
    revision = m.Revision.get((m.Revision.article == article) & (m.Revision.number == 1))
    place = {"revision": revision, "quote": "q", "prefix": "", "suffix": "", "start": 0, "end": 1}
    notes = [
        {"article": article, "body": f"a note of the crowd {name}n{n} here", **place}
        for n in range(PER_ARTICLE)
    ]
    events = [
        {"article": article, "edtf": "1920", "date_text": "1920", "category": "life", **place}
        | {"label": f"crowd {name}e{n}"}
        for n in range(PER_ARTICLE)
    ]
    with write_transaction(m.database_proxy.obj):
        for start in range(0, PER_ARTICLE, 200):
            m.Note.insert_many(notes[start : start + 200]).execute()
            m.TimelineEvent.insert_many(events[start : start + 200]).execute()


@pytest.fixture
def crowded(workspace: Workspace) -> dict[str, int]:
    seed = workspace.library.get_summary(SEED_SLUG).id
    ids = {
        "seed": seed,
        "same_series": add_article(workspace, "Trotsky", "Trotsky.", series=SERIES, part=1),
        "elsewhere": add_article(workspace, "Elsewhere", "Nobody here."),
        "trashed": add_article(workspace, "Binned", "Gone."),
    }
    for name, article_id in ids.items():
        crowd(workspace, article_id, name)
    workspace.article_trash.delete_article(article_id=ids["trashed"])
    return ids


def word_of(snippet: Snippet) -> str:
    """The note's or event's own word, which follows "crowd" in its text."""
    words = snippet.text.split()
    return words[words.index("crowd") + 1]


def check_page(hits: tuple[object, ...], rows: list[tuple[int, str]], kind: str) -> None:
    """The hits are these (id, own word) rows in order, each quoting its own text."""
    assert [getattr(hit, f"{kind}_id") for hit in hits] == [rowid for rowid, _ in rows]
    for hit, (_, word) in zip(hits, rows, strict=True):
        snippet: Snippet = hit.snippet  # type: ignore[attr-defined]
        assert word_of(snippet) == word
        start, end = snippet.matches[0]
        assert snippet.text[start:end].lower() == "crowd"


@pytest.mark.parametrize("scope_name", ["library", "series", "article"])
def test_pages_past_the_window_are_the_newest_with_their_own_snippets(
    workspace: Workspace, crowded: dict[str, int], scope_name: str
) -> None:
    scopes = {
        "library": (Scope.library(), ["seed", "same_series", "elsewhere"]),
        "series": (Scope.series(workspace.series.get(SERIES).id), ["seed", "same_series"]),
        "article": (Scope.article(crowded["same_series"]), ["same_series"]),
    }
    scope, names = scopes[scope_name]
    inside = [crowded[name] for name in names]
    notes = [
        (note.id, note.body.split()[5])
        for note in m.Note.select().where(m.Note.article_id.in_(inside)).order_by(m.Note.id.desc())
    ]
    events = [
        (event.id, event.label.split()[1])
        for event in m.TimelineEvent.select()
        .where(m.TimelineEvent.article_id.in_(inside) & m.TimelineEvent.label.startswith("crowd"))
        .order_by(m.TimelineEvent.id.desc())
    ]
    for offset, limit in ((0, FIRST_PAGE), (FIRST_PAGE, FIRST_PAGE), (FIRST_PAGE, 50)):
        found = workspace.search.search("crowd", limit=limit, offset=offset, scope=scope)
        check_page(found.notes, notes[offset : offset + limit], "note")
        check_page(found.events, events[offset : offset + limit], "event")
        assert all(isinstance(hit, NoteHit) and hit.rank is None for hit in found.notes)
    # A prefix being typed (the last word) finds and quotes the same page.
    typed = workspace.search.search("crow", limit=FIRST_PAGE, scope=scope)
    check_page(typed.notes, notes[:FIRST_PAGE], "note")
    check_page(typed.events, events[:FIRST_PAGE], "event")


def test_the_note_body_matched_or_not_past_the_window(
    workspace: Workspace, crowded: dict[str, int]
) -> None:
    """A note found by its text shows its rendered words; one found by its quote, the quote."""
    newest = m.Note.select(m.Note.id).where(m.Note.article_id == crowded["elsewhere"])
    by_quote, by_text = [note.id for note in newest.order_by(m.Note.id.desc()).limit(2)]
    m.Note.update(quote="crowd quoted", body="**bold**").where(m.Note.id == by_quote).execute()
    m.Note.update(body="the **crowd** rendered").where(m.Note.id == by_text).execute()
    first, second = workspace.search.search("crowd", limit=2).notes
    assert (first.note_id, first.snippet.text) == (by_quote, "crowd quoted")
    assert (second.note_id, second.snippet.text) == (by_text, "the crowd rendered")
    assert second.snippet.matches == ((4, 9),)


def test_the_trash_and_layers_are_left_out_without_reading_every_note(
    workspace: Workspace,
) -> None:
    """Each kind's filters are read through indexes, never by scanning a whole table.

    A scan of the note table cost 30 ms a statement at 100,000 notes, whatever the query. The
    plan is the proof here; the speed is measured in benchmarks/.
    """
    from serge_desktop.services import search_sql

    db = m.database_proxy.obj
    params = {"query": "crowd", "start": "", "end": "", "ellipsis": "", "tokens": 8}
    params |= {"limit": 8, "offset": 0, "window": RANK_WINDOW, "articles": "[1]", "page": "[1]"}
    params |= {"low": 1, "high": 1}
    workspace.search.search("crowd")  # the service registers its function on the connection
    for kind in (search_sql.NOTES, search_sql.EVENTS, search_sql.NOTES_IN_SCOPE):
        for sql in (kind.newest, kind.ranked, kind.quoted, kind.newest_quoted, kind.details):
            assert sql is not None
            plan = [row[3] for row in db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params)]
            scans = [step for step in plan if step.startswith("SCAN") and "VIRTUAL" not in step]
            assert not scans, (sql, plan)


def test_a_note_written_between_the_pages_is_not_listed_twice(
    workspace: Workspace, crowded: dict[str, int]
) -> None:
    first = workspace.search.search("crowd", limit=FIRST_PAGE)
    # The notes pane saves a note while the window waits to ask for the rest: the newest
    # matches move down by one, and the first page's last hit opens the next page.
    article = m.Article.get_by_id(crowded["elsewhere"])
    revision = m.Revision.get((m.Revision.article == article) & (m.Revision.number == 1))
    with write_transaction(m.database_proxy.obj):
        m.Note.create(
            article=article, revision=revision, body="a late note of the crowd", quote="q",
            prefix="", suffix="", start=0, end=1,
        )  # fmt: skip
    rest = workspace.search.search("crowd", limit=50, offset=FIRST_PAGE)
    assert rest.notes[0].note_id in {hit.note_id for hit in first.notes}
    joined = first.followed_by(rest)
    for kind in ("notes", "events"):
        ids = [getattr(hit, f"{kind[:-1]}_id") for hit in getattr(joined, kind)]
        assert len(ids) == len(set(ids))
        assert ids[:FIRST_PAGE] == [getattr(hit, f"{kind[:-1]}_id") for hit in getattr(first, kind)]
    assert joined.query == "crowd"


def test_a_word_that_fills_the_window_is_listed_before_the_longer_words_it_starts(
    workspace: Workspace, crowded: dict[str, int]
) -> None:
    # Newer than every "crowd" note: newest first by prefix, they would take the whole page.
    article = m.Article.get_by_id(crowded["elsewhere"])
    revision = m.Revision.get((m.Revision.article == article) & (m.Revision.number == 1))
    place = {"revision": revision, "quote": "q", "prefix": "", "suffix": "", "start": 0, "end": 1}
    with write_transaction(m.database_proxy.obj):
        longer = [
            m.Note.create(article=article, body=f"a crowded hall {n}", **place).id
            for n in range(FIRST_PAGE)
        ]
    found = workspace.search.search("crowd", limit=FIRST_PAGE)
    assert len(found.notes) == FIRST_PAGE
    assert all(word_of(hit.snippet).startswith("elsewheren") for hit in found.notes)
    # The longer word is found as soon as it is what the last word could still become.
    typed = workspace.search.search("crowde", limit=FIRST_PAGE)
    assert sorted(hit.note_id for hit in typed.notes) == longer
