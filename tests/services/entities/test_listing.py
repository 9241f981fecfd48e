"""Listing the index and opening a page read the database in as few statements as they can."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from serge_desktop.services.entities.page import KwicLines
from serge_desktop.services.workspace import Workspace
from tests.services.library_helpers import add_article


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


def test_a_page_makes_its_mention_lines_only_as_they_are_read(indexed: Workspace) -> None:
    words = " ".join(f"word{n}" for n in range(40))
    body = " ".join(f"{words} Trotsky {words}." for _ in range(300))
    add_article(indexed, "Three hundred mentions", body)
    indexed.entities.refresh()
    trotsky = indexed.entities.find("Trotsky")
    page = indexed.entities.page(trotsky.id)
    mentions = page.mentions
    assert isinstance(mentions, KwicLines)
    assert len(mentions) == trotsky.mentions >= 300
    assert mentions.made() == 0
    line = mentions[-2]
    assert mentions.made() == 1
    # Cut to whole words on both sides, spaces tidied, the name as written.
    assert line.keyword == "Trotsky"
    assert line.before == "…word32 word33 word34 word35 word36 word37 word38 word39 "
    assert line.after == " word0 word1 word2 word3 word4 word5 word6 word7 word8…"
    assert [m.keyword for m in mentions[:3]] == ["Trotsky"] * 3
