"""Search finds articles, notes and events as the reader writes them, and never raises."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from serge_desktop.services.importer import bundled_article_paths
from serge_desktop.services.search import FIRST_PAGE, RANK_WINDOW
from serge_desktop.services.search_views import MATCH_END, MATCH_START, Snippet
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage import models as m
from serge_desktop.storage.database import write_transaction

SEED_SLUG = "he-found-the-seeds-of-hope-in-russia"


def note_on(workspace: Workspace, words: str, body: str = "") -> int:
    view = workspace.library.article_view(SEED_SLUG)
    start = view.body.index(words)
    return workspace.notes.create_note(
        article_id=view.id,
        revision_id=view.revision_id,
        start=start,
        end=start + len(words),
        body=body,
    ).id


def note_ids(workspace: Workspace, query: str) -> list[int]:
    return [hit.note_id for hit in workspace.search.search(query).notes]


def test_results_are_grouped_by_kind_with_places_to_open(workspace: Workspace) -> None:
    note = note_on(workspace, "he reached Petrograd", body="Petrograd under siege")
    results = workspace.search.search("petrograd")

    [article] = results.articles
    assert (article.slug, article.headline) == (SEED_SLUG, "He found the seeds of hope in Russia")
    body = workspace.library.article_view(SEED_SLUG).body
    assert article.body_offset is not None
    assert body[article.body_offset :].lower().startswith("petrograd")
    assert [hit.note_id for hit in results.notes] == [note]
    assert results.events and all(hit.slug == SEED_SLUG for hit in results.events)
    assert all("petrograd" in (hit.label + hit.snippet.text).lower() for hit in results.events)
    assert [hit.name for hit in results.entities] == ["Petrograd"]  # the curated place
    assert results.total == 1 + 1 + len(results.events) + 1
    ranks = [hit.rank for hit in results.events]
    assert ranks == sorted(ranks)


def test_snippets_mark_the_matches(workspace: Workspace) -> None:
    [article] = workspace.search.search("Trotsky").articles
    snippet = article.snippet
    assert f"{MATCH_START}Trotsky{MATCH_END}" in snippet.marked
    assert MATCH_START not in snippet.text and MATCH_END not in snippet.text
    assert snippet.matches
    assert all(snippet.text[start:end] == "Trotsky" for start, end in snippet.matches)
    assert "«Trotsky»" in snippet.with_brackets()


def test_snippet_spans_and_one_line() -> None:
    snippet = Snippet.from_marked(f"a\n\n{MATCH_START}bc{MATCH_END} d {MATCH_START}e{MATCH_END}")
    assert snippet.text == "a bc d e"
    assert snippet.matches == ((2, 4), (7, 8))
    assert snippet.with_brackets("[", "]") == "a [bc] d [e]"


def test_diacritics_are_folded_both_ways(workspace: Workspace) -> None:
    folded = note_on(workspace, "he reached Petrograd", body="Born Kibaltchiché in Brussels")
    plain = note_on(workspace, "Trotsky", body="Serge wrote as Kibaltchiche")
    assert set(note_ids(workspace, "Kibaltchiche")) == {folded, plain}
    assert set(note_ids(workspace, "KIBALTCHICHÉ")) == {folded, plain}


def test_the_last_word_matches_as_a_prefix(workspace: Workspace) -> None:
    note = note_on(workspace, "Trotsky", body="Kibaltchiché family")
    for typed in ("ki", "kib", "kibaltch", "family kibal"):
        assert note_ids(workspace, typed) == [note], typed
    assert note_ids(workspace, "kibal family") == []  # only the last word is a prefix
    assert note_ids(workspace, "k") == []  # one letter is a word, not a prefix


def test_every_word_must_occur(workspace: Workspace) -> None:
    note = note_on(workspace, "Trotsky", body="exile in Mexico")
    assert note_ids(workspace, "mexico exile") == [note]
    assert note_ids(workspace, "mexico paris") == []


def test_note_edits_trash_and_restore_follow_at_once(workspace: Workspace) -> None:
    note = note_on(workspace, "Trotsky", body="first thought")
    assert note_ids(workspace, "thought") == [note]

    workspace.notes.update_body(note_id=note, body="second idea")
    assert note_ids(workspace, "thought") == []
    assert note_ids(workspace, "idea") == [note]

    workspace.notes.delete_note(note_id=note)
    assert note_ids(workspace, "idea") == []
    workspace.notes.update_body(note_id=note, body="edited in the trash")
    assert note_ids(workspace, "trash") == []

    workspace.notes.restore_note(note_id=note)
    assert note_ids(workspace, "trash") == [note]


def test_a_new_revision_replaces_the_indexed_body(workspace: Workspace, tmp_path: Path) -> None:
    [seed] = [path for path in bundled_article_paths() if path.suffix == ".txt"]
    changed = tmp_path / "serge-revised.txt"
    changed.write_text(
        seed.read_text(encoding="utf-8").replace("Petrograd", "Zinovievgrad"), encoding="utf-8"
    )
    workspace.importer.import_file(changed)

    [article] = workspace.search.search("Zinovievgrad").articles
    body = workspace.library.article_view(SEED_SLUG).body
    assert article.body_offset is not None
    assert body[article.body_offset :].startswith("Zinovievgrad")
    assert workspace.search.search("Petrograd").articles == ()


def test_an_imported_article_is_searchable(workspace: Workspace) -> None:
    workspace.importer.import_bytes(
        "# Zeppelin Diaries\n\nWritten in Mexico by Kibaltchiché.\n".encode(),
        source_name="memoirs.md",
    )
    [article] = workspace.search.search("zeppelin").articles
    assert article.slug == "zeppelin-diaries"
    assert article.body_offset is None  # the match is in the headline only
    assert [a.slug for a in workspace.search.search("kibaltchiche").articles] == [article.slug]


def test_limit_applies_to_each_kind(workspace: Workspace) -> None:
    for _ in range(3):
        note_on(workspace, "Trotsky", body="Trotsky again")
    results = workspace.search.search("trotsky", limit=2)
    assert len(results.notes) == 2
    assert len(results.articles) == 1
    assert len(results.events) <= 2


def test_empty_and_punctuation_only_queries_find_nothing(workspace: Workspace) -> None:
    for typed in ("", "   ", "\n", "()", '"', "*", "- : ^"):
        results = workspace.search.search(typed)
        assert results.total == 0, typed
        assert results.query == typed


def test_operators_are_searched_as_plain_words(workspace: Workspace) -> None:
    note = note_on(workspace, "Trotsky", body="this AND that OR NOT")
    assert note_ids(workspace, "and that or not") == [note]
    assert note_ids(workspace, 'NOT "this') == [note]


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=st.text())
def test_any_text_returns_results_or_nothing(workspace: Workspace, typed: str) -> None:
    # The workspace is shared by the examples: searching writes nothing.
    results = workspace.search.search(typed)
    assert results.total >= 0


def add_plain_notes(workspace: Workspace, bodies: list[str]) -> None:
    """Notes written straight into the tables (the triggers index them), for bulk tests."""
    view = workspace.library.article_view(SEED_SLUG)
    rows = [
        {
            "article": view.id,
            "revision": view.revision_id,
            "quote": "q",
            "prefix": "",
            "suffix": "",
            "start": 0,
            "end": 1,
            "body": body,
        }
        for body in bodies
    ]
    with write_transaction(m.database_proxy.obj):
        for offset in range(0, len(rows), 500):
            m.Note.insert_many(rows[offset : offset + 500]).execute()


def test_a_very_broad_query_lists_the_newest_matches_unranked(workspace: Workspace) -> None:
    best = note_on(workspace, "Trotsky", body="common " * 20)  # the oldest, and the best match
    add_plain_notes(workspace, ["common word"] * RANK_WINDOW)
    hits = workspace.search.search("common", limit=10).notes
    ids = [hit.note_id for hit in hits]
    assert ids == sorted(ids, reverse=True) and best not in ids
    assert all(hit.rank is None for hit in hits)
    m.Note.delete().where(m.Note.id > best + 1).execute()  # now fewer than RANK_WINDOW match
    hits = workspace.search.search("common", limit=10).notes
    assert hits[0].note_id == best
    assert all(hit.rank is not None for hit in hits)


@pytest.mark.parametrize("many", [40, RANK_WINDOW + 20], ids=["ranked", "newest first"])
def test_pages_follow_on_from_each_other(workspace: Workspace, many: int) -> None:
    add_plain_notes(workspace, [f"paging {'paging ' * (n % 7)}tail{n}" for n in range(many)])
    whole = workspace.search.search("paging", limit=30).notes
    first = workspace.search.search("paging", limit=FIRST_PAGE).notes
    rest = workspace.search.search("paging", limit=30 - FIRST_PAGE, offset=FIRST_PAGE).notes
    assert len(whole) == 30
    assert first + rest == whole
    assert workspace.search.search("paging", offset=many).notes == ()


def test_a_limit_or_offset_below_nothing_finds_nothing(workspace: Workspace) -> None:
    assert workspace.search.search("trotsky", limit=0).total == 0
    assert workspace.search.search("trotsky", offset=-1).total == 0


def test_the_body_offset_is_where_the_snippet_matched(workspace: Workspace) -> None:
    body = workspace.library.article_view(SEED_SLUG).body
    for query in ("Stalin", "revolution", "Brussels", "stali"):
        [article] = workspace.search.search(query).articles
        assert article.body_offset is not None, query
        start, end = article.snippet.matches[0]
        word = article.snippet.text[start:end]
        assert body[article.body_offset :].startswith(word), query
        assert query.lower() in word.lower()
