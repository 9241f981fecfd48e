"""A library holding a series of three articles about Victor Serge, two of which disagree.

The bundled article (part 2) says "In 1908 he went to Paris" and "In January 1919 he reached
Petrograd"; the sample part 1 says 1909 and February 1919. Both parts tell his birth in 1890.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from serge_desktop.services.scope import Scope
from serge_desktop.services.series_timeline import SeriesTimeline
from serge_desktop.services.workspace import Workspace

SAMPLES = Path(__file__).resolve().parents[4] / "docs" / "samples" / "serge-series"
PART_1 = "a-young-anarchist-between-brussels-and-paris"
PART_2 = "he-found-the-seeds-of-hope-in-russia"
PART_3 = "exile-marseille-and-mexico"


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    with Workspace(tmp_path / "data") as opened:
        for name in ("young-anarchist.md", "exile-and-mexico.md"):
            opened.importer.import_file(SAMPLES / name)
        yield opened


def series_scope(workspace: Workspace) -> Scope:
    return Scope.series(workspace.series.get("The socialists who opposed Stalin").id)


def series_timeline(workspace: Workspace) -> SeriesTimeline:
    return workspace.series_timeline.timeline(series_scope(workspace))


def article_id(workspace: Workspace, slug: str) -> int:
    return workspace.library.article_view(slug).id
