"""A changed import records how every note and event was placed, and never drops one."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from serge_desktop.core.errors import SergeError
from serge_desktop.services.errors import (
    NoteTooLongError,
    UnknownColorError,
    UnmatchedUpdateError,
)
from serge_desktop.services.importer import bundled_article_paths
from serge_desktop.services.notes import MAX_NOTE_CHARS
from serge_desktop.services.views import ImportStatus
from serge_desktop.services.workspace import Workspace

SEED_SLUG = "he-found-the-seeds-of-hope-in-russia"


def seed_text() -> str:
    [seed] = [p for p in bundled_article_paths() if p.suffix == ".txt"]
    return seed.read_text(encoding="utf-8")


def note_on(workspace: Workspace, words: str, **extra: str) -> int:
    view = workspace.library.article_view(SEED_SLUG)
    start = view.body.index(words)
    return workspace.notes.create_note(
        article_id=view.id,
        revision_id=view.revision_id,
        start=start,
        end=start + len(words),
        **extra,
    ).id


def import_changed(workspace: Workspace, folder: Path, text: str, name: str = "v2.txt") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def note_count(workspace: Workspace) -> int:
    with closing(sqlite3.connect(workspace.database_path)) as connection:
        count: int = connection.execute("SELECT count(*) FROM note").fetchone()[0]
    return count


def test_a_changed_import_records_each_notes_placement(
    workspace: Workspace, tmp_path: Path
) -> None:
    exact = note_on(workspace, "Victor Serge was born in Brussels")
    moved = note_on(workspace, "he reached Petrograd")
    approximate = note_on(workspace, "he joined the Communist Party—a brave choice")
    unplaced = note_on(workspace, "gun-runner, translator and archivist")
    trashed = note_on(workspace, "Stalin was firmly on top")
    workspace.notes.delete_note(note_id=trashed)
    changed = (
        seed_text()
        .replace("In 1908 he went to Paris", "In 1908 he went to Paris, the capital")
        .replace("a brave choice", "a courageous choice")
        .replace("gun-runner, translator and archivist", "translator")
    )
    outcome = workspace.importer.update_file(import_changed(workspace, tmp_path, changed))

    assert outcome.status is ImportStatus.NEW_REVISION
    # Trashed notes are re-anchored too, but the counts are about the notes the reader sees.
    assert outcome.placements == {"exact": 1, "moved": 1, "approximate": 1, "unplaced": 1}
    view = workspace.library.article_view(SEED_SLUG)
    notes = {n.id: n for n in workspace.notes.list_notes(view.id)}
    assert notes[exact].placement == "exact" and notes[exact].is_placed
    assert notes[moved].placement == "moved" and notes[moved].is_placed
    assert notes[approximate].placement == "approximate" and notes[approximate].is_placed
    assert notes[approximate].quote == "he joined the Communist Party—a courageous choice"
    for note in notes.values():
        if note.is_placed:
            assert view.body[note.start : note.end] == note.quote
    assert notes[unplaced].placement == "unplaced" and not notes[unplaced].is_placed
    assert notes[unplaced].quote == "gun-runner, translator and archivist"
    assert workspace.notes.restore_note(note_id=trashed).placement == "moved"
    assert note_count(workspace) == 5  # nothing dropped


def test_the_highlights_are_the_notes_placed_on_a_passage_of_the_current_text(
    workspace: Workspace, tmp_path: Path
) -> None:
    placed = note_on(workspace, "Victor Serge was born in Brussels", body="Born", color="green")
    note_on(workspace, "gun-runner, translator and archivist")  # unplaced by the new text
    trashed = note_on(workspace, "Stalin was firmly on top")
    workspace.notes.delete_note(note_id=trashed)
    view = workspace.library.article_view(SEED_SLUG)
    workspace.notes.create_note_about(article_id=view.id, body="the whole article")
    event = workspace.timeline.list_events(view.id)[0]
    workspace.notes.create_note_about(article_id=view.id, event_id=event.id, body="an event")
    changed = seed_text().replace("gun-runner, translator and archivist", "translator")
    workspace.importer.update_file(import_changed(workspace, tmp_path, changed))
    later = note_on(workspace, "he reached Petrograd", color="pink")

    highlights = workspace.notes.list_highlights(view.id)

    assert [h.id for h in highlights] == [placed, later]
    expected = [
        (n.id, n.start, n.end, n.color, n.body)
        for n in workspace.notes.list_notes(view.id)
        if n.marks_text
    ]
    assert [tuple(h) for h in highlights] == expected
    assert highlights[0][1:] == (0, len("Victor Serge was born in Brussels"), "green", "Born")


def test_timeline_events_record_their_placement(workspace: Workspace, tmp_path: Path) -> None:
    changed = seed_text().replace("In 1908 he went to Paris", "In 1908 he moved to Paris")
    workspace.importer.update_file(import_changed(workspace, tmp_path, changed))
    article = workspace.library.get_summary(SEED_SLUG)
    events = workspace.timeline.list_events(article.id)
    placements = {e.placement for e in events}
    assert placements <= {"exact", "moved", "approximate"}
    assert "moved" in placements and "approximate" in placements
    body = workspace.library.article_view(SEED_SLUG).body
    assert all(body[e.start : e.end] == e.quote for e in events)


def test_an_unplaced_note_comes_back_when_a_later_revision_restores_its_words(
    workspace: Workspace, tmp_path: Path
) -> None:
    note = note_on(workspace, "gun-runner, translator and archivist")
    cut = seed_text().replace("gun-runner, translator and archivist", "translator")
    workspace.importer.update_file(import_changed(workspace, tmp_path, cut, "v2.txt"))
    assert workspace.notes.get_note(note).placement == "unplaced"
    # The seed's drop cap splits the first word in the source file.
    restored = seed_text().replace("V ictor Serge was born", "V ictor Serge, writer, was born")
    outcome = workspace.importer.update_file(
        import_changed(workspace, tmp_path, restored, "v3.txt")
    )
    assert outcome.placements["moved"] == 1
    again = workspace.notes.get_note(note)
    assert again.is_placed and again.placement == "moved"


def test_an_update_that_matches_no_article_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    other = tmp_path / "other.md"
    other.write_text("# A Different Piece\n\nIt has a paragraph.\n", encoding="utf-8")
    with pytest.raises(UnmatchedUpdateError):
        workspace.importer.update_file(other)
    assert [a.slug for a in workspace.library.list_articles()] == [SEED_SLUG]


def test_importing_the_same_bytes_again_changes_nothing(
    workspace: Workspace, tmp_path: Path
) -> None:
    [seed] = [p for p in bundled_article_paths() if p.suffix == ".txt"]
    outcome = workspace.importer.update_file(seed)
    assert outcome.status is ImportStatus.UNCHANGED
    assert outcome.placements == {}


@pytest.mark.parametrize(
    ("extra", "error"),
    [
        ({"color": "red"}, UnknownColorError),
        ({"body": "x" * (MAX_NOTE_CHARS + 1)}, NoteTooLongError),
        ({"body": "x" * 5 * 1024 * 1024}, NoteTooLongError),
    ],
)
def test_bad_notes_are_refused_and_nothing_is_written(
    workspace: Workspace, extra: dict[str, str], error: type[SergeError]
) -> None:
    with pytest.raises(error):
        note_on(workspace, "he reached Petrograd", **extra)
    assert note_count(workspace) == 0


def test_every_colour_of_the_set_is_accepted_and_a_long_edit_refused(
    workspace: Workspace,
) -> None:
    for color in ("yellow", "green", "blue", "pink", "purple"):
        assert workspace.notes.get_note(note_on(workspace, "Petrograd", color=color)).color == color
    note = note_on(workspace, "he reached Petrograd", body="short")
    with pytest.raises(NoteTooLongError):
        workspace.notes.update_body(note_id=note, body="x" * (MAX_NOTE_CHARS + 1))
    assert workspace.notes.get_note(note).body == "short"
