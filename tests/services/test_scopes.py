"""Search and exports scoped to an article, a series or the library."""

from __future__ import annotations

from pathlib import Path

from serge_desktop.services.exports.content import gather_content
from serge_desktop.services.exports.options import ExportOptions
from serge_desktop.services.scope import Scope
from serge_desktop.services.workspace import Workspace
from tests.services.library_helpers import SEED_SLUG, SERIES, add_article


def test_search_in_an_article_a_series_and_the_library(workspace: Workspace) -> None:
    same_series = add_article(
        workspace, "Trotsky", "Trotsky reached Petrograd too.", series=SERIES, part=1
    )
    elsewhere = add_article(workspace, "Elsewhere", "Nobody reached Petrograd here.")
    seed = workspace.library.get_summary(SEED_SLUG).id

    def found(scope: Scope) -> set[int]:
        return {
            hit.article_id for hit in workspace.search.search("Petrograd", scope=scope).articles
        }

    assert found(Scope.library()) == {seed, same_series, elsewhere}
    assert found(Scope.series(workspace.series.get(SERIES).id)) == {seed, same_series}
    assert found(Scope.article(elsewhere)) == {elsewhere}
    events = workspace.search.search("Petrograd", scope=Scope.article(elsewhere)).events
    assert events == ()  # the seed's event "Reaches Petrograd" is outside the scope


def test_export_of_a_series_in_part_order(workspace: Workspace, tmp_path: Path) -> None:
    add_article(workspace, "Trotsky", "Trotsky reached Petrograd too.", series=SERIES, part=1)
    add_article(workspace, "Elsewhere", "Not in the series.")
    options = ExportOptions(
        format="markdown",
        scope=Scope.series(workspace.series.get(SERIES).id),
        include_article=True,
        include_notes=False,
    )
    content = gather_content(workspace, options)
    assert [section.article.slug for section in content.sections] == ["trotsky", SEED_SLUG]
