"""Articles in the trash: the index of names leaves them out until they are restored."""

from __future__ import annotations

import pytest

from serge_desktop.services.scope import Scope
from serge_desktop.services.workspace import Workspace
from tests.services.entities.conftest import HELD_OUT, SEED_SLUG


@pytest.fixture
def french(indexed: Workspace) -> int:
    """The held-out French article, imported and indexed; its id."""
    indexed.importer.import_file(HELD_OUT / "french-rirette-maitrejean.md")
    indexed.entities.refresh()
    return next(a.id for a in indexed.library.list_articles() if a.slug.startswith("rirette"))


def _serge(workspace: Workspace) -> tuple[int, int, set[int]]:
    serge = workspace.entities.find("Victor Serge")
    page = workspace.entities.page(serge.id)
    return serge.mentions, serge.articles, {line.passage.article_id for line in page.mentions}


def test_an_article_in_the_trash_names_nobody_until_restored(
    indexed: Workspace, french: int
) -> None:
    before = _serge(indexed)
    assert french in before[2]
    suggested = {s.name for s in indexed.entities.suggestions()}
    assert {"Rirette Maîtrejean", "Corrèze"} <= suggested
    graph_articles = {p.article_id for e in indexed.entities.graph().edges for p in e.passages}

    indexed.article_trash.delete_article(article_id=french)
    mentions, articles, on_page = _serge(indexed)
    assert (articles, french in on_page) == (before[1] - 1, False)
    assert mentions < before[0]
    assert indexed.entities.entities(article_id=french) == []
    assert not {"Rirette Maîtrejean", "Corrèze"} & {s.name for s in indexed.entities.suggestions()}
    assert french not in {p.article_id for e in indexed.entities.graph().edges for p in e.passages}
    # Not indexed while there; its mentions wait with it, unread.
    assert indexed.entities.reindex_all().articles == 1  # the seed alone
    indexed.entities.confirm(names=["Rirette Maîtrejean"], kind="person")
    assert indexed.entities.find("Rirette Maîtrejean").mentions == 0
    # Named only there: out of the index and of searches, like the article.
    assert "Rirette Maîtrejean" not in {e.name for e in indexed.entities.entities()}
    assert indexed.search.search("Rirette").entities == ()

    indexed.article_trash.restore_article(article_id=french)
    assert indexed.entities.stale_count() == 0
    assert _serge(indexed) == before
    assert indexed.entities.find("Rirette Maîtrejean").mentions > 0
    assert "Rirette Maîtrejean" in {e.name for e in indexed.entities.entities()}
    assert [h.name for h in indexed.search.search("Rirette").entities] == ["Rirette Maîtrejean"]
    assert graph_articles == {
        p.article_id for e in indexed.entities.graph().edges for p in e.passages
    }


def test_search_in_a_scope_finds_the_entities_its_articles_name(
    indexed: Workspace, french: int
) -> None:
    indexed.entities.confirm(names=["Rirette Maîtrejean"], kind="person")
    indexed.entities.refresh()
    seed = indexed.library.get_summary(SEED_SLUG).id

    def found(scope: Scope) -> set[str]:
        return {hit.name for hit in indexed.search.search("Rirette", scope=scope).entities}

    assert found(Scope.library()) == {"Rirette Maîtrejean"}
    assert found(Scope.article(french)) == {"Rirette Maîtrejean"}
    assert found(Scope.article(seed)) == set()
    assert {h.name for h in indexed.search.search("Serge", scope=Scope.article(seed)).entities} >= {
        "Victor Serge"
    }
