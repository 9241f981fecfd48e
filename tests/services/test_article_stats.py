"""The library list's counts, kept by triggers, stay right through every kind of write."""

from __future__ import annotations

from pathlib import Path

from serge_desktop.services.packs.service import PackService
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage import models as m
from tests.services.library_helpers import SEED_SLUG, add_article, add_event
from tests.services.pack_helpers import make_pack, note_on
from tests.storage.test_library_migration import assert_stats_match

SEED_FILE = Path(__file__).resolve().parents[2] / "seeds" / "socialist-worker-1929-victor-serge.txt"


def test_counts_follow_notes_events_revisions_layers_and_the_trash(tmp_path: Path) -> None:
    pack = make_pack(tmp_path / "t", tmp_path / "t.sergepack", "Ms Rivera", {"Paris": "Why?"})
    with Workspace(tmp_path / "data") as workspace:
        db = m.database_proxy.obj
        assert_stats_match(db)
        first = note_on(workspace, "he reached Petrograd", "one")
        second = note_on(workspace, "born in Brussels", "two", color="green")
        workspace.notes.update_body(note_id=first, body="one, changed")  # a full-row save
        workspace.notes.set_color(note_id=second, color="blue")
        workspace.notes.delete_note(note_id=second)
        assert workspace.library.get_summary(SEED_SLUG).notes == 1
        workspace.notes.restore_note(note_id=second)
        workspace.notes.delete_note(note_id=first)
        workspace.notes.empty_trash()
        service = PackService(workspace)
        service.import_pack(service.read(pack))  # a layer's notes are counted apart
        assert workspace.library.get_summary(SEED_SLUG).layer_notes == 1
        other = add_article(workspace, "Second", "Words in it and more.")
        event = add_event(workspace, other, "1920", "Something", "Words in it")
        snapshot = workspace.timeline.delete_event(event_id=event)
        workspace.timeline.restore_event(snapshot)
        changed = SEED_FILE.read_text(encoding="utf-8").replace("Petrograd", "Leningrad", 1)
        revised = tmp_path / "revised.txt"
        revised.write_text(changed, encoding="utf-8")
        workspace.importer.update_file(revised)  # a new revision: notes re-anchored
        assert_stats_match(db)
        workspace.article_trash.delete_article(article_id=other)
        assert_stats_match(db)
        workspace.article_trash.empty_trash()
        assert_stats_match(db)
        seed = workspace.library.get_summary(SEED_SLUG)
        assert (seed.revisions, seed.notes) == (2, 1)
