"""New revisions move anchors or mark them unplaced; the bundled article comes in exactly once."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from serge_desktop.services.errors import StaleRevisionError
from serge_desktop.services.importer import bundled_article_paths
from serge_desktop.services.workspace import Workspace

SEED_SLUG = "he-found-the-seeds-of-hope-in-russia"
SAMPLES = Path(__file__).resolve().parents[2] / "db" / "samples"


def seed_text() -> str:
    [seed] = [p for p in bundled_article_paths() if p.suffix == ".txt"]
    return seed.read_text(encoding="utf-8")


def note_on(workspace: Workspace, words: str) -> int:
    view = workspace.library.article_view(SEED_SLUG)
    start = view.body.index(words)
    return workspace.notes.create_note(
        article_id=view.id, revision_id=view.revision_id, start=start, end=start + len(words)
    ).id


def test_anchors_follow_text_that_moved_and_missing_ones_are_kept(
    workspace: Workspace, tmp_path: Path
) -> None:
    moved = note_on(workspace, "he reached Petrograd")
    removed = note_on(workspace, "gun-runner, translator and archivist")
    changed = tmp_path / "serge-revised.txt"
    changed.write_text(
        seed_text()
        .replace("V ictor Serge was born", "V ictor Serge, the writer, was born")
        .replace("gun-runner, translator and archivist", "translator"),
        encoding="utf-8",
    )
    workspace.importer.import_file(changed)

    view = workspace.library.article_view(SEED_SLUG)
    notes = {n.id: n for n in workspace.notes.list_notes(view.id)}
    assert notes[moved].is_placed
    assert view.body[notes[moved].start : notes[moved].end] == "he reached Petrograd"
    assert notes[moved].start > view.body.index("the writer")  # it really moved
    assert not notes[removed].is_placed  # never dropped, never drawn on the wrong words
    assert notes[removed].quote == "gun-runner, translator and archivist"
    events = workspace.timeline.list_events(view.id)
    assert all(e.is_placed for e in events if "Petrograd" in e.quote)


def test_a_note_on_an_outdated_revision_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    old = workspace.library.article_view(SEED_SLUG)
    changed = tmp_path / "serge-revised.txt"
    changed.write_text(seed_text().replace("gun-runner", "gun runner"), encoding="utf-8")
    workspace.importer.import_file(changed)
    with pytest.raises(StaleRevisionError):
        workspace.notes.create_note(article_id=old.id, revision_id=old.revision_id, start=0, end=12)


def test_an_interrupted_first_run_imports_the_bundled_article_next_time(tmp_path: Path) -> None:
    Workspace(tmp_path).close()  # a first start: the bundled article comes in
    with closing(sqlite3.connect(tmp_path / "library.sqlite3")) as connection:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("DELETE FROM article")
        connection.execute("DELETE FROM setting")
        connection.commit()
    with Workspace(tmp_path) as again:
        assert [a.slug for a in again.library.list_articles()] == [SEED_SLUG]


def test_a_removed_bundled_article_does_not_come_back(tmp_path: Path) -> None:
    Workspace(tmp_path).close()  # a first start: the bundled article comes in
    with closing(sqlite3.connect(tmp_path / "library.sqlite3")) as connection:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("DELETE FROM article")
        connection.commit()
    with Workspace(tmp_path) as again:
        assert again.library.list_articles() == []
        assert again.first_run_imports == []


def test_a_schema_1_library_upgrades_and_keeps_its_note(tmp_path: Path) -> None:
    shutil.copyfile(SAMPLES / "v1-seed-with-note.sqlite", tmp_path / "library.sqlite3")
    with Workspace(tmp_path) as upgraded:
        assert upgraded.first_run_imports == []  # schema 2 knew the seed was already there
        [article] = upgraded.library.list_articles()
        [note] = upgraded.notes.list_notes(article.id)
        assert note.quote == "In May that year he joined the Communist Party"
        assert note.body == "A brave choice: Petrograd was besieged."
        assert note.is_placed
