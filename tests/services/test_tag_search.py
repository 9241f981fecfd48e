"""Tag edits reach the search index in their own transaction, and a failed one changes nothing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from serge_desktop.core.errors import SergeError
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage import models as m
from tests.services.seed_notes import note_on, seed_id


def found(workspace: Workspace, query: str) -> set[int]:
    return {hit.note_id for hit in workspace.search.search(query).notes}


def index_tags(note_id: int) -> str | None:
    row = m.database_proxy.obj.execute_sql(
        "SELECT tags FROM search_note WHERE rowid = ?", (note_id,)
    ).fetchone()
    return None if row is None else row[0]


def test_search_follows_add_rename_merge_and_delete(workspace: Workspace) -> None:
    one = note_on(workspace, "he reached Petrograd", tags=["exile"]).id
    two = note_on(workspace, "he joined the Communist Party", tags=["prison"]).id
    assert found(workspace, "exile") == {one}

    workspace.tags.add_tags(note_id=two, names=["Cheka"])
    assert found(workspace, "cheka") == {two}

    renamed = workspace.tags.rename_tag(name="exile", new_name="banishment")
    assert found(workspace, "banish") == {one}
    assert found(workspace, "exile") == set()

    merged = workspace.tags.merge_tag(name="prison", into="banishment")
    assert found(workspace, "banishment") == {one, two}
    assert found(workspace, "prison") == set()

    workspace.tags.revert_rename(merged)
    assert found(workspace, "prison") == {two}
    assert found(workspace, "banishment") == {one}
    workspace.tags.revert_rename(renamed)
    assert found(workspace, "exile") == {one}

    deleted = workspace.tags.delete_tag(name="exile")
    assert found(workspace, "exile") == set()
    workspace.tags.restore_tag(name=deleted.name, note_ids=deleted.note_ids)
    assert found(workspace, "exile") == {one}


def test_a_trashed_note_is_found_by_its_tags_once_restored(workspace: Workspace) -> None:
    note = note_on(workspace, "he reached Petrograd", tags=["exile"]).id
    workspace.notes.delete_note(note_id=note)
    workspace.tags.rename_tag(name="exile", new_name="banishment")
    assert found(workspace, "banishment") == set()  # the trash is not searched
    workspace.notes.restore_note(note_id=note)
    assert found(workspace, "banishment") == {note}


@pytest.fixture
def tag_deletion_fails(workspace: Workspace) -> Iterator[None]:
    """A fault in the last step of a merge: SQLite refuses to delete any tag (this connection)."""
    db = m.database_proxy.obj
    db.execute_sql(
        "CREATE TEMP TRIGGER refuse_tag_delete BEFORE DELETE ON tag "
        "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"
    )
    yield
    db.execute_sql("DROP TRIGGER temp.refuse_tag_delete")


@pytest.mark.usefixtures("tag_deletion_fails")
def test_a_merge_that_fails_at_its_last_step_leaves_nothing_half_done(
    workspace: Workspace,
) -> None:
    one = note_on(workspace, "he reached Petrograd", tags=["exile"]).id
    two = note_on(workspace, "he joined the Communist Party", tags=["banishment"]).id
    with pytest.raises(SergeError, match="refused for the test"):
        workspace.tags.merge_tag(name="exile", into="banishment")
    # The merge had already put "banishment" on note one; the rollback took it off again.
    assert workspace.notes.get_note(one).tags == ("exile",)
    assert workspace.notes.get_note(two).tags == ("banishment",)
    assert (index_tags(one), index_tags(two)) == ("exile", "banishment")
    assert {t.name for t in workspace.tags.list_tags()} == {"exile", "banishment"}


def test_listing_notes_reads_all_their_tags_in_one_query(workspace: Workspace) -> None:
    article = seed_id(workspace)

    def statements_to_list() -> list[str]:
        seen: list[str] = []
        connection = m.database_proxy.obj.connection()
        connection.set_trace_callback(seen.append)
        try:
            notes = workspace.notes.list_notes(article)
        finally:
            connection.set_trace_callback(None)
        assert all(note.tags == ("exile", "Petrograd") for note in notes)
        return seen

    note_on(workspace, "he reached Petrograd", tags=["Petrograd", "exile"])
    few = statements_to_list()
    for words in ("he joined the Communist Party", "gun-runner", "Trotsky", "Brussels"):
        note_on(workspace, words, tags=["exile", "Petrograd"])
    many = statements_to_list()
    assert len(many) == len(few) <= 4
    assert sum('"note_tag"' in statement for statement in many) == 1
