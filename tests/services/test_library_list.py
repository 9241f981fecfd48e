"""The library list: metadata, counts from one query, filtering and ordering."""

from __future__ import annotations

from serge_desktop.services.library_listing import LibrarySort
from serge_desktop.services.workspace import Workspace
from tests.services.library_helpers import SEED_SLUG, SERIES, add_article, by_slug
from tests.services.pack_helpers import note_on


def test_the_seed_is_listed_with_its_series_words_and_counts(workspace: Workspace) -> None:
    note_on(workspace, "he reached Petrograd", "arrival")
    trashed = note_on(workspace, "born in Brussels", "gone")
    workspace.notes.delete_note(note_id=trashed)
    [row] = workspace.library.list_articles()
    assert (row.slug, row.series, row.part, row.series_position) == (SEED_SLUG, SERIES, 2, 1)
    assert row.publication == "Socialist Worker"
    assert row.notes == 1  # the one in the trash is not counted
    assert row.events == 23 and row.revisions == 1
    assert 700 < row.words < 760
    assert row.last_read_at is None


def test_reading_an_article_sets_its_last_read_time(workspace: Workspace) -> None:
    article = workspace.library.get_summary(SEED_SLUG)
    written = workspace.library.set_reading_position(article_id=article.id, offset=10)
    first = workspace.library.get_summary(SEED_SLUG).last_read_at
    assert first is not None and first.tzinfo is not None
    assert first == written  # the time written, for a list on screen to show as it is stored
    opened = workspace.library.mark_opened(article_id=article.id)
    later = workspace.library.get_summary(SEED_SLUG).last_read_at
    assert later is not None and later >= first
    assert later == opened


def test_filter_matches_every_word_in_any_field_ignoring_accents(workspace: Workspace) -> None:
    add_article(workspace, "Émigrés in Paris", author="Jane Doe", publication="Review")
    add_article(workspace, "Kronstadt", author="Ida Mett", series="Anarchists")
    assert [r.slug for r in workspace.library.list_articles(query="emigres")] == [
        "emigres-in-paris"
    ]
    assert [r.slug for r in workspace.library.list_articles(query="mett anarch")] == ["kronstadt"]
    assert [r.slug for r in workspace.library.list_articles(query="STALIN worker")] == [SEED_SLUG]
    assert workspace.library.list_articles(query="mett review") == []
    assert len(workspace.library.list_articles(query="   ")) == 3


def test_orders_by_series_then_part_with_articles_in_no_series_last(
    workspace: Workspace,
) -> None:
    add_article(workspace, "Zinoviev", series=SERIES, part=3)
    add_article(workspace, "Alone")
    add_article(workspace, "Trotsky", series=SERIES, part=1)
    add_article(workspace, "Makhno", series="Anarchists", part=1)
    rows = workspace.library.list_articles(sort=LibrarySort.SERIES)
    assert [r.title for r in rows] == [
        "Trotsky",
        "He found the seeds of hope in Russia",
        "Zinoviev",
        "Makhno",
        "Alone",
    ]
    titles = [r.title for r in workspace.library.list_articles(sort=LibrarySort.TITLE)]
    assert titles == [
        "Alone",
        "He found the seeds of hope in Russia",
        "Makhno",
        "Trotsky",
        "Zinoviev",
    ]
    newest_first = workspace.library.list_articles(sort=LibrarySort.ADDED, descending=True)
    assert newest_first[0].title == "Makhno"


def test_orders_dates_in_time_whatever_their_wording(workspace: Workspace) -> None:
    add_article(workspace, "Later", published="20 November 2004")
    add_article(workspace, "Earlier", published="2004-03-01")
    add_article(workspace, "Vague", published="some spring")
    rows = workspace.library.list_articles(sort=LibrarySort.DATE)
    assert [r.title for r in rows] == [
        "Earlier", "Later", "Vague", "He found the seeds of hope in Russia",
    ]  # fmt: skip


def test_counts_by_article_in_one_list(workspace: Workspace) -> None:
    other = add_article(workspace, "Second", "One paragraph.", "Another paragraph.")
    rows = by_slug(workspace.library.list_articles())
    assert rows["second"].events == 0 and rows["second"].notes == 0
    assert rows["second"].words == 4 and rows["second"].id == other
    assert workspace.library.summary_by_id(other) == rows["second"]


def test_the_switcher_offers_the_listed_articles_in_order_without_the_trash(
    workspace: Workspace,
) -> None:
    add_article(workspace, "Notes from Brussels", publication="Le Libertaire")
    binned = add_article(workspace, "Binned")
    add_article(workspace, "Letters from Lyon")
    workspace.article_trash.delete_article(article_id=binned)
    choices = workspace.library.article_choices()
    assert [c.slug for c in choices] == [a.slug for a in workspace.library.list_articles()]
    assert [(c.headline, c.publication) for c in choices[:2]] == [
        ("He found the seeds of hope in Russia", "Socialist Worker"),
        ("Notes from Brussels", "Le Libertaire"),
    ]
    assert len(choices) == 3
