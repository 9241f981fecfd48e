"""Migration 7: layers of other authors' notes; the reader's own notes and search untouched."""

from __future__ import annotations

import shutil
from pathlib import Path

import peewee as pw
import pytest

from serge_desktop.services.search import SearchService
from serge_desktop.storage import models as m
from serge_desktop.storage.database import close_database, open_database
from serge_desktop.storage.migrations.runner import LATEST_VERSION, current_version
from tests.storage.test_search_index import assert_index_matches_library, make_article, make_note

SAMPLES = Path(__file__).resolve().parents[2] / "db" / "samples"


@pytest.mark.parametrize("sample", ["v1-seed-with-note.sqlite", "v4-seed-with-tags.sqlite"])
def test_old_samples_gain_layers_and_keep_their_notes(sample: str, tmp_path: Path) -> None:
    copy = tmp_path / sample
    shutil.copyfile(SAMPLES / sample, copy)
    db = open_database(copy)
    try:
        assert current_version(db) == LATEST_VERSION >= 7
        notes = list(m.Note.select())
        assert notes, "the samples hold notes"
        assert {note.layer_id for note in notes} == {None}  # all the reader's own
        assert m.Layer.select().count() == 0 and m.LayerTag.select().count() == 0
        assert_index_matches_library(db)
    finally:
        close_database(db)


def test_removing_a_layer_takes_only_its_notes(db: pw.SqliteDatabase) -> None:
    _, revision = make_article("a", "some words here and more")
    own = make_note(revision, "mine")
    layer = m.Layer.create(pack_id="urn:uuid:1", author="T", source_name="t.sergepack")
    theirs = make_note(revision, "theirs")
    theirs.layer = layer
    theirs.save()
    m.LayerTag.create(note=theirs, name="homework")
    search = SearchService(db)
    assert [hit.note_id for hit in search.search("theirs").notes] == []  # not the reader's
    assert [hit.note_id for hit in search.search("mine").notes] == [own.id]
    layer.delete_instance()
    assert [note.id for note in m.Note.select()] == [own.id]
    assert m.LayerTag.select().count() == 0
    assert_index_matches_library(db)


def test_a_pack_and_author_make_one_layer(db: pw.SqliteDatabase) -> None:
    m.Layer.create(pack_id="urn:uuid:1", author="T", source_name="a")
    m.Layer.create(pack_id="urn:uuid:1", author="U", source_name="a")
    with pytest.raises(pw.IntegrityError):
        m.Layer.create(pack_id="urn:uuid:1", author="T", source_name="b")
