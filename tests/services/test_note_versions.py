"""A note's earlier texts: every saved state kept, older ones thinned, restorable, capped."""

from __future__ import annotations

import datetime as dt

import pytest

from serge_desktop.services.errors import NotFoundError
from serge_desktop.services.note_versions import MAX_VERSIONS, RECENT, VERSION_INTERVAL
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage import models as m
from serge_desktop.storage.database import write_transaction
from tests.services.seed_notes import note_on, seed_id, table_count


def age_versions(by: dt.timedelta = VERSION_INTERVAL) -> None:
    """Move every version back in time, as if the reader had paused for ``by``."""
    with write_transaction(m.database_proxy.obj):
        for version in m.NoteVersion.select():
            version.saved_at -= by
            version.save()


def bodies(workspace: Workspace, note_id: int) -> list[str]:
    return [version.body for version in workspace.notes.history(note_id)]


def test_every_saved_state_is_kept(workspace: Workspace) -> None:
    note = note_on(workspace, "he reached Petrograd", body="Winter")
    for text in ("Winter of", "Winter of 19", "Winter of 1919"):  # autosaves a second apart
        workspace.notes.update_body(note_id=note.id, body=text)
    assert bodies(workspace, note.id) == ["Winter of 19", "Winter of", "Winter"]
    assert workspace.notes.get_note(note.id).body == "Winter of 1919"


def test_older_history_is_thinned_to_one_state_per_interval(workspace: Workspace) -> None:
    note = note_on(workspace, "he reached Petrograd", body="one")
    for text in ("two", "three", "four"):  # a second apart
        workspace.notes.update_body(note_id=note.id, body=text)
    age_versions(by=RECENT + VERSION_INTERVAL)  # that stretch of typing is now long past
    workspace.notes.update_body(note_id=note.id, body="five")
    # Of the old stretch only its newest state is left; the recent one is kept whole.
    assert bodies(workspace, note.id) == ["four", "three"]
    saved = [version.saved_at for version in workspace.notes.history(note.id)]
    assert saved[0] > saved[1]


def test_saving_the_same_text_keeps_nothing(workspace: Workspace) -> None:
    note = note_on(workspace, "he reached Petrograd", body="same")
    workspace.notes.update_body(note_id=note.id, body="same")
    assert workspace.notes.history(note.id) == []


def test_a_clock_set_back_does_not_stop_versions(workspace: Workspace) -> None:
    note = note_on(workspace, "he reached Petrograd", body="one")
    workspace.notes.update_body(note_id=note.id, body="two")
    age_versions(by=-dt.timedelta(hours=1))  # the newest version now lies in the future
    workspace.notes.update_body(note_id=note.id, body="three")
    assert bodies(workspace, note.id) == ["two", "one"]


def test_restoring_keeps_the_current_text_so_it_can_be_undone(workspace: Workspace) -> None:
    note = note_on(workspace, "he reached Petrograd", body="first draft")
    workspace.notes.update_body(note_id=note.id, body="second draft")
    [first] = workspace.notes.history(note.id)

    restored = workspace.notes.restore_version(note_id=note.id, version_id=first.id)
    assert restored.body == "first draft"
    # Within the interval, yet the replaced text is kept: the restore is itself undoable.
    latest, older = workspace.notes.history(note.id)
    assert (latest.body, older.body) == ("second draft", "first draft")

    back = workspace.notes.restore_version(note_id=note.id, version_id=latest.id)
    assert back.body == "second draft"
    assert bodies(workspace, note.id) == ["first draft", "second draft", "first draft"]
    same = workspace.notes.restore_version(note_id=note.id, version_id=latest.id)
    assert same.body == "second draft" and len(workspace.notes.history(note.id)) == 3


def test_only_the_newest_versions_are_kept(workspace: Workspace) -> None:
    note = note_on(workspace, "he reached Petrograd", body="text 0")
    for number in range(1, MAX_VERSIONS + 6):
        workspace.notes.update_body(note_id=note.id, body=f"text {number}")
        age_versions()
    history = bodies(workspace, note.id)
    assert len(history) == MAX_VERSIONS
    assert history[0] == f"text {MAX_VERSIONS + 4}"
    assert history[-1] == "text 5"


def test_versions_belong_to_their_note(workspace: Workspace) -> None:
    one = note_on(workspace, "he reached Petrograd", body="a")
    two = note_on(workspace, "he joined the Communist Party", body="b")
    workspace.notes.update_body(note_id=one.id, body="a2")
    [version] = workspace.notes.history(one.id)
    with pytest.raises(NotFoundError):
        workspace.notes.restore_version(note_id=two.id, version_id=version.id)
    with pytest.raises(NotFoundError):
        workspace.notes.history(9999)
    assert workspace.notes.get_note(two.id).body == "b"


def test_a_trashed_note_keeps_its_history_until_the_trash_is_emptied(
    workspace: Workspace,
) -> None:
    note = note_on(workspace, "he reached Petrograd", body="a")
    workspace.notes.update_body(note_id=note.id, body="b")
    workspace.notes.delete_note(note_id=note.id)
    assert bodies(workspace, note.id) == ["a"]
    workspace.notes.empty_trash(seed_id(workspace))
    assert table_count("note_version") == 0
