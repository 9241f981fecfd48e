"""Libraries of schema 1, 4 and 7 upgrade with their notes intact, and get the cards they should."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import genanki  # type: ignore[import-untyped]
import pytest

from serge_desktop.services.exports.identity import library_id
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage import models as m

SAMPLES = Path(__file__).resolve().parents[3] / "db" / "samples"
# Which of each sample's notes make a card, and of what kind (db/samples/README.md says what
# each holds): highlights a cloze, "Q:"/"A:" notes a question; plain notes, notes in the trash
# and a note on the whole article none.
EXPECTED = {
    "v1-seed-with-note.sqlite": {},
    "v4-seed-with-tags.sqlite": {1: "cloze", 3: "cloze"},
    "v7-seed-with-highlights-and-questions.sqlite": {
        1: "cloze",
        2: "cloze",
        4: "question",
        6: "question",
    },
}


def notes_in(path: Path) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(
            "SELECT id, quote, body, color, deleted_at IS NOT NULL FROM note ORDER BY id"
        ).fetchall()


@pytest.mark.parametrize("sample", sorted(EXPECTED))
def test_a_sample_upgrades_and_gets_its_cards_once(sample: str, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    copy = data / "library.sqlite3"
    shutil.copyfile(SAMPLES / sample, copy)
    before = notes_in(copy)
    with Workspace(data) as workspace:
        assert m.Card.select().count() == 0  # nothing made while the window starts
        made = workspace.study.make_missing_cards()
        kinds = {c.note_id: c.kind for c in m.Card.select().where(m.Card.note.is_null(False))}
        assert kinds == EXPECTED[sample]
        assert m.Card.select().where(m.Card.kind == "when").count() == 23
        assert made == m.Card.select().count()
        library = library_id(workspace.database)
        for note_id in kinds:  # the ids the Anki export gave these notes before schema 11
            assert m.Card.get(m.Card.note == note_id).guid == genanki.guid_for(library, note_id)
        assert workspace.study.make_missing_cards() == 0
    assert notes_in(copy)[: len(before)] == before
    with Workspace(data) as workspace:
        assert workspace.study.make_missing_cards() == 0  # remembered in the library


def test_a_new_library_needs_no_catching_up(tmp_path: Path) -> None:
    with Workspace(tmp_path / "data") as workspace:
        count = m.Card.select().count()
        assert count > 0 and workspace.study.make_missing_cards() == 0
