"""Listing the index and opening a page read the database in as few statements as they can."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from serge_desktop.services.workspace import Workspace


@contextmanager
def statements(workspace: Workspace) -> Iterator[list[str]]:
    """The SQL statements run meanwhile on the workspace's connection."""
    seen: list[str] = []
    connection = workspace._db.connection()  # watched, not used
    connection.set_trace_callback(seen.append)
    try:
        yield seen
    finally:
        connection.set_trace_callback(None)


def test_the_index_is_listed_by_one_query_with_every_name(indexed: Workspace) -> None:
    with statements(indexed) as seen:
        listed = indexed.entities.entities()
    assert len([s for s in seen if s.lstrip().upper().startswith("SELECT")]) == 1
    serge = next(e for e in listed if e.name == "Victor Serge")
    assert serge.aliases[0] == "Victor Serge"  # the shown name first
    assert "Victor Lvovich Kibalchich" in serge.aliases
    keys = [e.name.casefold() for e in listed]
    assert keys == sorted(keys)
    # Filtering by any of an entity's names still finds it.
    assert [e.name for e in indexed.entities.entities(text="kibalchich")] == ["Victor Serge"]
