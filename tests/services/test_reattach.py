from __future__ import annotations

from pathlib import Path

import pytest

from serge_desktop.services.errors import InvalidSpanError
from serge_desktop.services.importer import bundled_article_paths
from serge_desktop.services.workspace import Workspace

SLUG = "he-found-the-seeds-of-hope-in-russia"
GONE = "gun-runner, translator and archivist"


def unplaced_note(workspace: Workspace, tmp_path: Path) -> int:
    view = workspace.library.article_view(SLUG)
    start = view.body.index(GONE)
    note = workspace.notes.create_note(
        article_id=view.id, revision_id=view.revision_id, start=start, end=start + len(GONE),
        body="Odd jobs",
    )  # fmt: skip
    [seed] = [p for p in bundled_article_paths() if p.suffix == ".txt"]
    changed = tmp_path / "revised.txt"
    changed.write_text(seed.read_text(encoding="utf-8").replace(GONE, "translator"), "utf-8")
    workspace.importer.import_file(changed)
    assert not workspace.notes.list_notes(view.id)[0].is_placed
    return note.id


def test_an_unplaced_note_attaches_to_a_chosen_passage_and_back(
    workspace: Workspace, tmp_path: Path
) -> None:
    note_id = unplaced_note(workspace, tmp_path)
    view = workspace.library.article_view(SLUG)
    start = view.body.index("journalist, teacher")
    change = workspace.reattach.attach(
        note_id=note_id, revision_id=view.revision_id, start=start, end=start + 19
    )
    [note] = workspace.notes.list_notes(view.id)
    assert note.is_placed and note.placement == "exact"
    assert view.body[note.start : note.end] == "journalist, teacher"
    assert note.body == "Odd jobs"  # the text stays
    workspace.reattach.restore(note_id=note_id, anchor=change.before)
    [back] = workspace.notes.list_notes(view.id)
    assert not back.is_placed and back.quote == GONE


def test_attaching_to_nothing_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    note_id = unplaced_note(workspace, tmp_path)
    view = workspace.library.article_view(SLUG)
    with pytest.raises(InvalidSpanError):
        workspace.reattach.attach(note_id=note_id, revision_id=view.revision_id, start=5, end=5)
    assert not workspace.notes.list_notes(view.id)[0].is_placed
