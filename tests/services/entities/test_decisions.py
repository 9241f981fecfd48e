"""Confirm, reject, merge: remembered, never asked again, and nothing certain unconfirmed."""

from __future__ import annotations

from importlib import resources

import pytest

from serge_desktop.core.entities.names import EntityKind
from serge_desktop.services.entities.errors import (
    EmptyNameError,
    LastNameError,
    NameTakenError,
    NameTooLongError,
    UnknownKindError,
)
from serge_desktop.services.errors import NotFoundError
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage import models as m
from tests.services.entities.conftest import SEED_SLUG


def suggested(workspace: Workspace) -> set[str]:
    return {s.name for s in workspace.entities.suggestions()}


def seed_bytes() -> bytes:
    return (
        resources.files("serge_desktop.seeds")
        .joinpath("socialist-worker-1929-victor-serge.txt")
        .read_bytes()
    )


def test_confirming_a_suggestion(indexed: Workspace) -> None:
    nazis = indexed.entities.confirm(names=["Nazis"], kind="organisation")
    assert (nazis.kind, nazis.origin, nazis.mentions) == (EntityKind.ORGANISATION, "reader", 1)
    assert "Nazis" not in suggested(indexed)


def test_a_rejected_name_is_never_suggested_again(indexed: Workspace) -> None:
    assert indexed.entities.reject(names=["Russian", "russian"]) == 1
    assert "Russian" not in suggested(indexed)
    indexed.entities.reindex_all()
    assert "Russian" not in suggested(indexed)
    # A new revision of the article, and a re-import of the same text: still not asked.
    changed = seed_bytes().replace(b"In 1947, exhausted", b"In 1947, worn out")
    indexed.importer.import_bytes(changed, source_name="serge-v2.txt")
    assert indexed.entities.stale_count() == 1
    indexed.entities.refresh()
    assert "Russian" not in suggested(indexed)
    assert {"Nazis", "Communists"} <= suggested(indexed)


def test_a_new_revision_moves_the_mentions(indexed: Workspace) -> None:
    changed = seed_bytes().replace(b"V ictor Serge was born", b"V ictor Serge, a writer, was born")
    indexed.importer.import_bytes(changed, source_name="serge-v2.txt")
    indexed.entities.refresh()
    article = indexed.library.article_view(SEED_SLUG)
    page = indexed.entities.page(indexed.entities.find("Brussels").id)
    (line,) = page.mentions
    assert line.passage.revision_id == article.revision_id
    assert article.body[line.passage.start : line.passage.end] == "Brussels"
    assert line.before == "Victor Serge, a writer, was born in "


def test_merging_a_name_into_an_entity(indexed: Workspace) -> None:
    serge = indexed.entities.find("Victor Serge")
    before = serge.mentions
    indexed.entities.remove_name(entity_id=serge.id, name="Serge")
    assert indexed.entities.summary(serge.id).mentions == 1  # only "Victor Serge" now
    indexed.entities.refresh()
    assert "Serge" in suggested(indexed)  # taken back: a suggestion again, not certain
    indexed.entities.merge(names=["Serge"], into=serge.id)
    assert indexed.entities.summary(serge.id).mentions == before
    assert "Serge" not in suggested(indexed)


def test_merging_two_entities(indexed: Workspace) -> None:
    communists = indexed.entities.confirm(names=["Communists"], kind="organisation")
    party = indexed.entities.find("Communist Party")
    indexed.entities.set_note(entity_id=communists.id, text="members")
    merged = indexed.entities.merge_entities(source=communists.id, into=party.id)
    assert "Communists" in merged.aliases
    assert merged.mentions == party.mentions + 1
    assert indexed.entities.page(party.id).note == "members"
    with pytest.raises(NotFoundError):
        indexed.entities.summary(communists.id)


def test_merge_moves_a_name_from_another_entity(indexed: Workspace) -> None:
    wrong = indexed.entities.confirm(names=["Communists"], kind="person")
    party = indexed.entities.find("Communist Party")
    indexed.entities.merge(names=["Communists"], into=party.id)
    assert "Communists" in indexed.entities.summary(party.id).aliases
    with pytest.raises(NotFoundError):  # its only name moved: it was the same entity
        indexed.entities.summary(wrong.id)


def test_taking_back_a_rejection(indexed: Workspace) -> None:
    indexed.entities.reject(names=["Nazis"])
    assert indexed.entities.forget(names=["Nazis"]) == 1
    indexed.entities.refresh()
    assert "Nazis" in suggested(indexed)


def test_rejecting_a_long_name_lets_the_names_inside_it_be_found(indexed: Workspace) -> None:
    work = indexed.entities.find("The Case of Comrade Tulayev")
    snapshot = indexed.entities.delete(entity_id=work.id)
    indexed.entities.refresh()
    assert "The Case of Comrade Tulayev" in suggested(indexed)
    indexed.entities.reject(names=["The Case of Comrade Tulayev"])
    indexed.entities.refresh()
    tulayev = {s.name: s for s in indexed.entities.suggestions()}["Comrade Tulayev"]
    assert (tulayev.kind, tulayev.source) == (EntityKind.PERSON, "title")
    indexed.entities.forget(names=["The Case of Comrade Tulayev"])
    restored = indexed.entities.restore(snapshot)
    assert indexed.entities.stale_count() == 1  # "Comrade Tulayev" gives way again
    indexed.entities.refresh()
    assert indexed.entities.summary(restored.id).mentions == 1
    assert "Comrade Tulayev" not in suggested(indexed)


def test_a_deleted_entity_comes_back_whole(indexed: Workspace) -> None:
    stalin = indexed.entities.find("Stalin")
    indexed.entities.set_note(entity_id=stalin.id, text="General Secretary from 1922")
    snapshot = indexed.entities.delete(entity_id=stalin.id)
    with pytest.raises(NotFoundError):
        indexed.entities.find("Stalin")
    indexed.entities.refresh()
    assert "Stalin" in suggested(indexed)
    restored = indexed.entities.restore(snapshot)
    assert restored == stalin
    assert indexed.entities.page(stalin.id).note == "General Secretary from 1922"
    assert "Stalin" not in suggested(indexed)


def test_renaming_and_changing_kind(indexed: Workspace) -> None:
    nazis = indexed.entities.confirm(names=["Nazis"], kind="person")
    renamed = indexed.entities.rename(entity_id=nazis.id, name="Nazi Party")
    assert renamed.name == "Nazi Party" and "Nazis" in renamed.aliases
    assert indexed.entities.set_kind(entity_id=nazis.id, kind="organisation").kind is (
        EntityKind.ORGANISATION
    )


def test_refusals_change_nothing(indexed: Workspace) -> None:
    before = indexed.entities.entities()
    with pytest.raises(NameTakenError) as taken:
        indexed.entities.confirm(names=["Nazis", "Trotsky"], kind="person")
    assert taken.value.entity_name == "Leon Trotsky"
    with pytest.raises(NameTakenError):
        indexed.entities.reject(names=["Trotsky"])
    with pytest.raises(EmptyNameError):
        indexed.entities.confirm(names=[" \u200b "], kind="person")
    with pytest.raises(NameTooLongError):
        indexed.entities.confirm(names=["x" * 201], kind="person")
    with pytest.raises(UnknownKindError):
        indexed.entities.confirm(names=["Nazis"], kind="event")
    paris = indexed.entities.find("Paris")
    with pytest.raises(LastNameError):
        indexed.entities.remove_name(entity_id=paris.id, name="Paris")
    with pytest.raises(NotFoundError):
        indexed.entities.merge(names=["Nazis"], into=99999)
    assert indexed.entities.entities() == before
    assert "Nazis" in suggested(indexed)


def test_the_readers_decision_wins_over_a_curated_list_on_reimport(indexed: Workspace) -> None:
    indexed.entities.delete(entity_id=indexed.entities.find("Europe").id)
    indexed.entities.reject(names=["Europe"])
    changed = seed_bytes().replace(b"In 1947, exhausted", b"In 1947, tired")
    indexed.importer.import_bytes(changed, source_name="serge-v2.txt")
    # The bundled file again, with its sidecar (it lists Europe): the rejection stands.
    indexed.importer.import_bundled()
    with pytest.raises(NotFoundError):
        indexed.entities.find("Europe")


def test_a_curated_name_adopted_is_the_readers_until_undone(indexed: Workspace) -> None:
    serge = indexed.entities.find("Victor Serge")
    assert serge.origin == "curated"
    before = indexed.entities.adopt(entity_id=serge.id)
    assert indexed.entities.summary(serge.id).origin == "reader"
    # Its names' decisions are the reader's too, so they count as the reader's own.
    assert {
        d.origin for d in m.EntityDecision.select().where(m.EntityDecision.entity == serge.id)
    } == {"reader"}
    assert indexed.entities.unadopt(before).origin == "curated"
    assert {
        d.origin for d in m.EntityDecision.select().where(m.EntityDecision.entity == serge.id)
    } == {"curated"}
    with pytest.raises(NotFoundError):
        indexed.entities.adopt(entity_id=999_999)
