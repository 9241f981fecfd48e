"""Series: rename, merge and unmerge, reorder, part numbers; each change undoable."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from serge_desktop.services.library_errors import InvalidMetadataError, SeriesNameTakenError
from serge_desktop.services.library_listing import LibrarySort
from serge_desktop.services.series import SeriesService
from serge_desktop.services.series_rows import series_named
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage.database import close_database, open_database
from tests.services.library_helpers import SERIES, add_article


def names(workspace: Workspace) -> list[tuple[str, int, int]]:
    return [(s.name, s.position, s.articles) for s in workspace.series.list_series()]


def test_rename_and_undo(workspace: Workspace) -> None:
    series = workspace.series.get("the SOCIALISTS who opposed stalin")
    change = workspace.series.rename(series_id=series.id, name="  Against   Stalin ")
    assert (change.before, change.after) == (SERIES, "Against Stalin")
    assert workspace.library.list_articles()[0].series == "Against Stalin"
    workspace.series.rename(series_id=series.id, name=change.before)
    assert names(workspace) == [(SERIES, 1, 1)]


def test_rename_to_a_taken_name_is_refused(workspace: Workspace) -> None:
    add_article(workspace, "Kronstadt", series="Anarchists")
    anarchists = workspace.series.get("Anarchists")
    with pytest.raises(SeriesNameTakenError):
        workspace.series.rename(series_id=anarchists.id, name="the socialists who opposed stalin")
    with pytest.raises(InvalidMetadataError):
        workspace.series.rename(series_id=anarchists.id, name="  ")


def test_merge_keeps_parts_and_unmerge_restores_everything(workspace: Workspace) -> None:
    add_article(workspace, "Kronstadt", series="Anarchists", part=1)
    add_article(workspace, "Makhno", series="Anarchists", part=2)
    add_article(workspace, "Portraits", series="Portraits")
    before = names(workspace)
    source, into = workspace.series.get("Anarchists"), workspace.series.get(SERIES)
    merge = workspace.series.merge(source_id=source.id, into_id=into.id)
    assert names(workspace) == [(SERIES, 1, 3), ("Portraits", 2, 1)]
    rows = workspace.library.list_articles(series_id=into.id, sort=LibrarySort.SERIES)
    assert [(r.title, r.part) for r in rows] == [
        ("Kronstadt", 1), ("He found the seeds of hope in Russia", 2), ("Makhno", 2),
    ]  # fmt: skip
    workspace.series.unmerge(merge)
    assert names(workspace) == before
    assert workspace.series.get("Anarchists").id == source.id


def test_move_reorders_and_undo_moves_back(workspace: Workspace) -> None:
    for name in ("B", "C", "D"):
        add_article(workspace, f"In {name}", series=name)
    d = workspace.series.get("D")
    move = workspace.series.move(series_id=d.id, position=1)
    assert [n for n, _, _ in names(workspace)] == ["D", SERIES, "B", "C"]
    assert [p for _, p, _ in names(workspace)] == [1, 2, 3, 4]
    workspace.series.move(series_id=d.id, position=move.before)
    assert [n for n, _, _ in names(workspace)] == [SERIES, "B", "C", "D"]
    workspace.series.move(series_id=d.id, position=99)  # clamped to the end
    assert [n for n, _, _ in names(workspace)][-1] == "D"


def test_set_part_needs_a_series(workspace: Workspace) -> None:
    seed = workspace.library.list_articles()[0]
    change = workspace.series.set_part(article_id=seed.id, part=5)
    assert (change.before, change.after) == (2, 5)
    loner = add_article(workspace, "Alone")
    with pytest.raises(InvalidMetadataError):
        workspace.series.set_part(article_id=loner, part=1)


@settings(max_examples=8, deadline=None)
@given(moves=st.lists(st.tuples(st.integers(0, 4), st.integers(-2, 8)), max_size=12))
def test_moves_keep_the_order_a_permutation_and_undo_restores_it(
    moves: list[tuple[int, int]],
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "library.sqlite3")
        try:
            service = SeriesService(db)
            ids = [series_named(name).id for name in ("A", "B", "C", "D", "E")]
            undo = []
            for which, position in moves:
                undo.append(service.move(series_id=ids[which], position=position))
                order = service.list_series()
                assert [s.position for s in order] == [1, 2, 3, 4, 5]
                moved = next(s for s in order if s.id == ids[which])
                assert moved.position == min(max(position, 1), 5)
            for change in reversed(undo):
                service.move(series_id=change.series_id, position=change.before)
            assert [s.name for s in service.list_series()] == ["A", "B", "C", "D", "E"]
        finally:
            close_database(db)
