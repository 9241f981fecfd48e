"""Recolouring a note, and the trash: listed, restored, emptied for good."""

from __future__ import annotations

from pathlib import Path

import pytest

from serge_desktop.services.errors import NotFoundError, UnknownColorError
from serge_desktop.services.notes import NOTE_COLORS
from serge_desktop.services.workspace import Workspace
from tests.services.seed_notes import note_on, seed_id, table_count


def second_article(workspace: Workspace, tmp_path: Path) -> int:
    essay = tmp_path / "essay.txt"
    essay.write_text("On Memory\n\nFirst paragraph of the essay.\n", encoding="utf-8")
    return workspace.importer.import_file(essay).article.id


def test_set_color_returns_before_and_after_and_undoes(workspace: Workspace) -> None:
    note = note_on(workspace, "he reached Petrograd", color="yellow")
    change = workspace.notes.set_color(note_id=note.id, color="blue")
    assert (change.note_id, change.before, change.after) == (note.id, "yellow", "blue")
    assert change.note.color == "blue"
    assert change.note.updated_at > note.updated_at
    cleared = workspace.notes.set_color(note_id=note.id, color=None)
    assert (cleared.before, cleared.after) == ("blue", None)
    undone = workspace.notes.set_color(note_id=note.id, color=cleared.before)
    assert workspace.notes.get_note(note.id).color == undone.after == "blue"


@pytest.mark.parametrize("color", NOTE_COLORS)
def test_every_colour_of_the_shortcuts_is_accepted(workspace: Workspace, color: str) -> None:
    note = note_on(workspace, "he reached Petrograd")
    assert workspace.notes.set_color(note_id=note.id, color=color).note.color == color


def test_an_unknown_colour_changes_nothing(workspace: Workspace) -> None:
    note = note_on(workspace, "he reached Petrograd", color="green")
    with pytest.raises(UnknownColorError) as raised:
        workspace.notes.set_color(note_id=note.id, color="red")
    assert raised.value.known == NOTE_COLORS
    assert workspace.notes.get_note(note.id) == note
    with pytest.raises(NotFoundError):
        workspace.notes.set_color(note_id=9999, color="green")


def test_the_trash_lists_the_latest_deletion_first(workspace: Workspace) -> None:
    first = note_on(workspace, "he reached Petrograd", tags=["exile"])
    second = note_on(workspace, "he joined the Communist Party")
    kept = note_on(workspace, "gun-runner, translator and archivist")
    assert workspace.notes.list_trash() == []
    workspace.notes.delete_note(note_id=first.id)
    workspace.notes.delete_note(note_id=second.id)

    trash = workspace.notes.list_trash(seed_id(workspace))
    assert [note.id for note in trash] == [second.id, first.id]
    assert trash[1].tags == ("exile",)  # a trashed note keeps its tags
    assert all(note.deleted_at is not None for note in trash)
    assert [note.id for note in workspace.notes.list_notes(seed_id(workspace))] == [kept.id]
    assert kept.deleted_at is None

    restored = workspace.notes.restore_note(note_id=first.id)
    assert restored.deleted_at is None and restored.tags == ("exile",)
    assert [note.id for note in workspace.notes.list_trash()] == [second.id]


def test_emptying_the_trash_deletes_for_good(workspace: Workspace) -> None:
    gone = note_on(workspace, "he reached Petrograd", tags=["exile"])
    kept = note_on(workspace, "he joined the Communist Party", tags=["exile"])
    workspace.notes.delete_note(note_id=gone.id)

    assert workspace.notes.empty_trash() == 1
    assert workspace.notes.list_trash() == []
    with pytest.raises(NotFoundError):
        workspace.notes.restore_note(note_id=gone.id)
    assert [note.id for note in workspace.notes.list_notes(seed_id(workspace))] == [kept.id]
    assert table_count("note_tag") == 1
    assert workspace.tags.list_tags()[0].notes == 1
    assert workspace.notes.empty_trash() == 0


def test_emptying_one_articles_trash_leaves_the_others(
    workspace: Workspace, tmp_path: Path
) -> None:
    other = second_article(workspace, tmp_path)
    essay = workspace.library.article_view(workspace.library.list_articles()[1].slug)
    on_seed = note_on(workspace, "he reached Petrograd")
    on_essay = workspace.notes.create_note(
        article_id=other, revision_id=essay.revision_id, start=0, end=5
    )
    workspace.notes.delete_note(note_id=on_seed.id)
    workspace.notes.delete_note(note_id=on_essay.id)

    assert [note.id for note in workspace.notes.list_trash(other)] == [on_essay.id]
    assert workspace.notes.empty_trash(other) == 1
    assert [note.id for note in workspace.notes.list_trash()] == [on_seed.id]
