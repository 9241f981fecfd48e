"""The index of names' migration: old libraries gain its tables, empty, with nothing else touched;
its search index follows every write to entities and their names."""

from __future__ import annotations

import shutil
from pathlib import Path

import peewee as pw
import pytest

from serge_desktop.storage import models as m
from serge_desktop.storage.database import close_database, open_database
from serge_desktop.storage.migrations import m0011_entities
from serge_desktop.storage.migrations.runner import current_version
from tests.storage.test_search_index import assert_index_matches_library

SAMPLES = Path(__file__).resolve().parents[2] / "db" / "samples"


@pytest.mark.parametrize("sample", ["v1-seed-with-note.sqlite", "v4-seed-with-tags.sqlite"])
def test_old_samples_gain_an_empty_index_of_names(sample: str, tmp_path: Path) -> None:
    copy = tmp_path / sample
    shutil.copyfile(SAMPLES / sample, copy)
    db = open_database(copy)
    try:
        assert current_version(db) >= m0011_entities.VERSION
        assert m.Note.select().count() > 0
        for model in (m.Entity, m.EntityAlias, m.EntityDecision, m.EntityMention):
            assert model.select().count() == 0
        # Every article is stale: the indexer will find its names on first use.
        assert m.EntityIndexState.select().count() == 0
        assert_index_matches_library(db)
    finally:
        close_database(db)


def entity_rows(db: pw.SqliteDatabase) -> dict[int, tuple[str, str]]:
    cursor = db.execute_sql('SELECT rowid, name, aliases FROM "search_entity"')
    return {rowid: (name, aliases) for rowid, name, aliases in cursor.fetchall()}


def test_the_search_index_follows_entities_and_names(db: pw.SqliteDatabase) -> None:
    first = m.Entity.create(kind="person", name="Victor Serge", note="", origin="reader")
    second = m.Entity.create(kind="place", name="Paris", note="", origin="reader")
    assert entity_rows(db) == {first.id: ("Victor Serge", None), second.id: ("Paris", None)}
    alias = m.EntityAlias.create(entity=first, name="Kibalchich", key="kibalchich")
    assert entity_rows(db)[first.id] == ("Victor Serge", "Kibalchich")
    alias.entity = second  # a merge moves a name
    alias.save()
    assert entity_rows(db)[first.id] == ("Victor Serge", None)
    assert entity_rows(db)[second.id] == ("Paris", "Kibalchich")
    first.name = "Serge"
    first.save()
    assert entity_rows(db)[first.id] == ("Serge", None)
    second.delete_instance()  # its names go with it
    assert entity_rows(db) == {first.id: ("Serge", None)}
    assert m.EntityAlias.select().count() == 0


def test_a_name_belongs_to_one_entity(db: pw.SqliteDatabase) -> None:
    one = m.Entity.create(kind="person", name="A", note="", origin="reader")
    two = m.Entity.create(kind="person", name="B", note="", origin="reader")
    m.EntityAlias.create(entity=one, name="Serge", key="serge")
    with pytest.raises(pw.IntegrityError):
        m.EntityAlias.create(entity=two, name="SERGE", key="serge")
    with pytest.raises(pw.IntegrityError):
        m.Entity.create(kind="event", name="C", note="", origin="reader")
