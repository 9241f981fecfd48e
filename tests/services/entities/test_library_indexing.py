"""Indexing the library: held-out articles, progress and cancel, one transaction per article."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from serge_desktop.services.data_location import DATABASE_FILENAME
from serge_desktop.services.workspace import Workspace
from tests.services.entities.conftest import HELD_OUT


@pytest.fixture
def with_held_out(indexed: Workspace) -> Workspace:
    for path in sorted(HELD_OUT.iterdir()):
        indexed.importer.import_file(path)
    return indexed


def test_held_out_articles_index_with_their_suggestions(with_held_out: Workspace) -> None:
    assert with_held_out.entities.stale_count() == 3
    run = with_held_out.entities.refresh()
    assert (run.articles, run.cancelled) == (3, False)
    slugs = {a.slug: a.id for a in with_held_out.library.list_articles()}
    french = next(i for s, i in slugs.items() if s.startswith("rirette"))
    names = {s.name for s in with_held_out.entities.suggestions(article_id=french)}
    assert {"Rirette Maîtrejean", "Genève", "Corrèze"} <= names
    # Names the seed's curator confirmed are found in the French article too, as confirmed.
    here = {e.name for e in with_held_out.entities.entities(article_id=french)}
    assert {"Paris", "Brussels", "Russia", "Victor Serge"} <= here
    crowded = next(i for s, i in slugs.items() if s.startswith("exiles"))
    assert len(with_held_out.entities.suggestions(article_id=crowded)) >= 50
    empty = next(i for s, i in slugs.items() if s.startswith("on-reading"))
    assert with_held_out.entities.suggestions(article_id=empty) == []
    assert with_held_out.entities.entities(article_id=empty) == []
    assert with_held_out.entities.stale_count() == 0


def test_progress_is_reported_and_cancel_stops_between_articles(with_held_out: Workspace) -> None:
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 2

    run = with_held_out.entities.refresh(progress)
    assert run.cancelled and run.articles == 2
    assert seen == [(1, 3), (2, 3)]
    assert with_held_out.entities.stale_count() == 1  # the rest waits for the next run
    assert with_held_out.entities.refresh().articles == 1


def test_reindexing_everything_gives_the_same_index(with_held_out: Workspace) -> None:
    with_held_out.entities.refresh()
    before = (with_held_out.entities.entities(), with_held_out.entities.suggestions())
    with_held_out.entities.reindex_all()
    assert (with_held_out.entities.entities(), with_held_out.entities.suggestions()) == before


def test_a_removed_article_takes_its_mentions_with_it(indexed: Workspace) -> None:
    from serge_desktop.storage import models as m

    m.Article.delete().execute()
    assert all(e.mentions == 0 for e in indexed.entities.entities())
    assert indexed.entities.suggestions() == []
    assert indexed.entities.refresh().articles == 0


def test_a_library_from_before_the_index_gets_the_seeds_curated_names(tmp_path: Path) -> None:
    samples = Path(__file__).resolve().parents[3] / "db" / "samples"
    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(samples / "v4-seed-with-tags.sqlite", data / DATABASE_FILENAME)
    with Workspace(data) as workspace:
        assert workspace.entities.entities() == []
        workspace.entities.refresh()
        serge = workspace.entities.find("Victor Lvovich Kibalchich")
        assert (serge.name, serge.origin) == ("Victor Serge", "curated")
        assert serge.mentions >= 5
        paris = workspace.entities.page(workspace.entities.find("Paris").id)
        assert paris.country_code == "FR"
        # Read once: an entity the reader then deletes is not brought back by the next run.
        workspace.entities.delete(entity_id=serge.id)
        workspace.entities.refresh()
        assert "Victor Serge" not in {e.name for e in workspace.entities.entities()}
