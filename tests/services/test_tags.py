"""Tags: put on, taken off, renamed, merged and deleted, each undone by its inverse."""

from __future__ import annotations

import pytest

from serge_desktop.services.errors import EmptyTagError, NotFoundError, TagTooLongError
from serge_desktop.services.tag_rows import MAX_TAG_CHARS
from serge_desktop.services.tag_views import TagView
from serge_desktop.services.workspace import Workspace
from tests.services.seed_notes import note_on, seed_id, table_count


def tags_of(workspace: Workspace, note_id: int) -> tuple[str, ...]:
    return workspace.notes.get_note(note_id).tags


def counts(workspace: Workspace) -> dict[str, int]:
    return {tag.name: tag.notes for tag in workspace.tags.list_tags()}


def test_add_cleans_names_and_ignores_case(workspace: Workspace) -> None:
    note = note_on(workspace, "he reached Petrograd")
    change = workspace.tags.add_tags(
        note_id=note.id, names=["  civil   war ", "Exile", "exile", "Émigrés"]
    )
    assert change.before == ()
    assert change.after == ("civil war", "Émigrés", "Exile")  # sorted ignoring case
    assert change.created == ("civil war", "Émigrés", "Exile")
    assert change.note.tags == change.after
    again = workspace.tags.add_tags(note_id=note.id, names=["EXILE", "émigrés", "prison"])
    assert again.after == ("civil war", "Émigrés", "Exile", "prison")
    assert again.created == ("prison",)  # "EXILE" and "émigrés" are the tags already there
    assert table_count("tag") == 4


def test_undoing_an_add_removes_the_tags_it_created(workspace: Workspace) -> None:
    first = note_on(workspace, "he reached Petrograd", tags=["exile"])
    second = note_on(workspace, "he joined the Communist Party")
    change = workspace.tags.add_tags(note_id=second.id, names=["exile", "party"])
    assert change.created == ("party",)

    undone = workspace.tags.set_note_tags(
        note_id=second.id, names=change.before, drop_unused=change.created
    )
    assert undone.after == ()
    assert counts(workspace) == {"exile": 1}  # "party" went; "exile" is still on the first note
    assert tags_of(workspace, first.id) == ("exile",)
    redone = workspace.tags.add_tags(note_id=second.id, names=["exile", "party"])
    assert redone.after == change.after


def test_remove_and_its_undo(workspace: Workspace) -> None:
    note = note_on(workspace, "he reached Petrograd", tags=["exile", "party", "prison"])
    change = workspace.tags.remove_tags(note_id=note.id, names=["PARTY", "not there"])
    assert (change.before, change.after) == (("exile", "party", "prison"), ("exile", "prison"))
    assert counts(workspace)["party"] == 0  # the tag stays, offered for completion
    assert "not there" not in counts(workspace)
    workspace.tags.set_note_tags(note_id=note.id, names=change.before)
    assert tags_of(workspace, note.id) == ("exile", "party", "prison")


def test_an_edit_counts_as_a_change_to_the_note(workspace: Workspace) -> None:
    note = note_on(workspace, "he reached Petrograd")
    change = workspace.tags.add_tags(note_id=note.id, names=["exile"])
    assert change.note.updated_at > note.updated_at
    same = workspace.tags.add_tags(note_id=note.id, names=["Exile"])
    assert same.note.updated_at == change.note.updated_at  # nothing changed


def test_list_tags_counts_notes_outside_the_trash(workspace: Workspace) -> None:
    note_on(workspace, "he reached Petrograd", tags=["exile", "Petrograd"])
    trashed = note_on(workspace, "he joined the Communist Party", tags=["exile"])
    workspace.notes.delete_note(note_id=trashed.id)
    assert workspace.tags.list_tags() == [TagView("exile", 1), TagView("Petrograd", 1)]


def test_a_tag_only_in_the_trash_or_on_no_note_counts_none(workspace: Workspace) -> None:
    trashed = note_on(workspace, "he reached Petrograd", tags=["prison", "exile", "Émigrés"])
    note_on(workspace, "he joined the Communist Party", tags=["exile"])
    workspace.notes.delete_note(note_id=trashed.id)
    workspace.tags.remove_tags(note_id=trashed.id, names=["Émigrés"])  # on no note now
    assert counts(workspace) == {"Émigrés": 0, "exile": 1, "prison": 0}
    assert workspace.tags.tag_names() == ["Émigrés", "exile", "prison"]  # ignoring case


def test_rename_reaches_every_note_and_reverts(workspace: Workspace) -> None:
    one = note_on(workspace, "he reached Petrograd", tags=["exile"])
    two = note_on(workspace, "he joined the Communist Party", tags=["exile"])
    workspace.notes.delete_note(note_id=two.id)

    change = workspace.tags.rename_tag(name="EXILE", new_name=" banishment ")
    assert (change.old_name, change.new_name) == ("exile", "banishment")
    assert change.note_ids == (one.id, two.id)  # the trashed note too
    assert not change.merged
    assert tags_of(workspace, one.id) == ("banishment",)
    assert workspace.notes.restore_note(note_id=two.id).tags == ("banishment",)

    back = workspace.tags.revert_rename(change)
    assert (back.old_name, back.new_name) == ("banishment", "exile")
    assert counts(workspace) == {"exile": 2}


def test_a_change_of_case_is_a_rename_not_a_merge(workspace: Workspace) -> None:
    note = note_on(workspace, "he reached Petrograd", tags=["exile"])
    change = workspace.tags.rename_tag(name="exile", new_name="Exile")
    assert (change.old_name, change.new_name, change.merged) == ("exile", "Exile", False)
    assert tags_of(workspace, note.id) == ("Exile",)
    assert table_count("tag") == 1


def test_renaming_onto_a_taken_name_merges_and_reverts(workspace: Workspace) -> None:
    both = note_on(workspace, "he reached Petrograd", tags=["exile", "banishment"])
    old_only = note_on(workspace, "he joined the Communist Party", tags=["exile"])
    new_only = note_on(workspace, "gun-runner, translator and archivist", tags=["Banishment"])

    change = workspace.tags.rename_tag(name="exile", new_name="BANISHMENT")
    assert change.merged
    assert (change.old_name, change.new_name) == ("exile", "banishment")
    assert change.note_ids == (both.id, old_only.id)
    assert change.already_tagged == (both.id,)
    assert counts(workspace) == {"banishment": 3}

    workspace.tags.revert_rename(change)
    assert tags_of(workspace, both.id) == ("banishment", "exile")
    assert tags_of(workspace, old_only.id) == ("exile",)  # not left with "banishment"
    assert tags_of(workspace, new_only.id) == ("banishment",)


def test_explicit_merge_needs_both_tags(workspace: Workspace) -> None:
    note = note_on(workspace, "he reached Petrograd", tags=["exile", "prison"])
    with pytest.raises(NotFoundError):
        workspace.tags.merge_tag(name="exile", into="nowhere")
    change = workspace.tags.merge_tag(name="prison", into="exile")
    assert change.merged and change.already_tagged == (note.id,)
    assert tags_of(workspace, note.id) == ("exile",)
    same = workspace.tags.merge_tag(name="exile", into="EXILE")
    assert not same.merged and counts(workspace) == {"exile": 1}


def test_delete_and_restore_on_exactly_those_notes(workspace: Workspace) -> None:
    one = note_on(workspace, "he reached Petrograd", tags=["exile", "prison"])
    two = note_on(workspace, "he joined the Communist Party", tags=["exile"])
    other = note_on(workspace, "gun-runner, translator and archivist")

    deleted = workspace.tags.delete_tag(name="Exile")
    assert (deleted.name, deleted.note_ids) == ("exile", (one.id, two.id))
    assert tags_of(workspace, one.id) == ("prison",)
    assert "exile" not in counts(workspace)

    restored = workspace.tags.restore_tag(name=deleted.name, note_ids=deleted.note_ids)
    assert restored == TagView("exile", 2)
    assert tags_of(workspace, one.id) == ("exile", "prison")
    assert tags_of(workspace, two.id) == ("exile",)
    assert tags_of(workspace, other.id) == ()


def test_restoring_skips_notes_that_are_gone(workspace: Workspace) -> None:
    one = note_on(workspace, "he reached Petrograd", tags=["exile"])
    two = note_on(workspace, "he joined the Communist Party", tags=["exile"])
    deleted = workspace.tags.delete_tag(name="exile")
    workspace.notes.delete_note(note_id=two.id)
    assert workspace.notes.empty_trash(seed_id(workspace)) == 1
    assert workspace.tags.restore_tag(name="exile", note_ids=deleted.note_ids).notes == 1
    assert tags_of(workspace, one.id) == ("exile",)


@pytest.mark.parametrize(
    ("name", "error"),
    [
        ("", EmptyTagError),
        ("   \t\n ", EmptyTagError),
        ("x" * (MAX_TAG_CHARS + 1), TagTooLongError),
    ],
)
def test_bad_names_are_refused_and_nothing_is_written(
    workspace: Workspace, name: str, error: type[Exception]
) -> None:
    note = note_on(workspace, "he reached Petrograd", tags=["exile"])
    with pytest.raises(error):
        workspace.tags.add_tags(note_id=note.id, names=["fine", name])
    with pytest.raises(error):
        workspace.tags.set_note_tags(note_id=note.id, names=[name])
    with pytest.raises(error):
        workspace.tags.rename_tag(name="exile", new_name=name)
    with pytest.raises(error):
        note_on(workspace, "he joined the Communist Party", tags=["fine", name])
    assert counts(workspace) == {"exile": 1}
    assert tags_of(workspace, note.id) == ("exile",)
    assert table_count("note") == 1


def test_a_tag_of_the_longest_length_is_kept(workspace: Workspace) -> None:
    name = "x" * MAX_TAG_CHARS
    note = note_on(workspace, "he reached Petrograd", tags=[f"  {name}  "])
    assert note.tags == (name,)


def test_unknown_notes_and_tags_are_named(workspace: Workspace) -> None:
    with pytest.raises(NotFoundError, match="note"):
        workspace.tags.add_tags(note_id=9999, names=["exile"])
    with pytest.raises(NotFoundError, match="tag"):
        workspace.tags.rename_tag(name="nothing", new_name="something")
    with pytest.raises(NotFoundError, match="tag"):
        workspace.tags.delete_tag(name="nothing")
    assert table_count("tag") == 0


def test_tag_names_are_the_list_without_its_counts(workspace: Workspace) -> None:
    note = note_on(workspace, "he reached Petrograd")
    workspace.tags.add_tags(note_id=note.id, names=["prison", "Émigrés", "exile"])
    assert workspace.tags.tag_names() == ["Émigrés", "exile", "prison"]
    assert workspace.tags.tag_names() == [tag.name for tag in workspace.tags.list_tags()]
