"""The index of names as the window and the command line use it: one object, small operations.

Writes are one transaction each and return what the window needs to refresh; long work
(indexing the library) takes a progress callback that can cancel, for the window's worker.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import cast

import peewee as pw

from serge_desktop.core.entities.gazetteer import Gazetteer, shipped_gazetteer
from serge_desktop.core.entities.names import EntityKind, name_key
from serge_desktop.services.entities import decisions as d
from serge_desktop.services.entities.adoption import Adoption, adopt, unadopt
from serge_desktop.services.entities.curation import curate
from serge_desktop.services.entities.errors import NameTakenError
from serge_desktop.services.entities.graph import (
    DEFAULT_KINDS,
    MAX_NODES,
    EntityGraph,
    cooccurrence_graph,
)
from serge_desktop.services.entities.indexing import EntityIndexer, Progress
from serge_desktop.services.entities.page import (
    involved_events,
    mention_lines,
    notes_mentioning,
)
from serge_desktop.services.entities.places_map import PlaceMap, place_map
from serge_desktop.services.entities.reading import (
    confirmed_mentions,
    list_entities,
    list_suggestions,
)
from serge_desktop.services.entities.snapshots import (
    EntitySnapshot,
    delete_entity,
    restore_entity,
)
from serge_desktop.services.entities.views import (
    ConfirmedMention,
    EntityPage,
    EntitySummary,
    IndexRun,
    Suggestion,
)
from serge_desktop.services.errors import NoteTooLongError, NotFoundError
from serge_desktop.storage import models as m
from serge_desktop.storage.database import write_transaction

MAX_ENTITY_NOTE_CHARS = 100_000


class EntityService:
    """Confirmed entities, suggestions and the reader's decisions about them."""

    def __init__(
        self, db: pw.SqliteDatabase, gazetteer: Callable[[], Gazetteer] = shipped_gazetteer
    ) -> None:
        self._db = db
        self._gazetteer = gazetteer
        self.indexer = EntityIndexer(db, gazetteer)

    # Indexing -----------------------------------------------------------------------------

    def refresh(self, progress: Progress | None = None) -> IndexRun:
        """Index the articles that are new, changed, or touched by a decision."""
        return self.indexer.index_stale(progress)

    def reindex_all(self, progress: Progress | None = None) -> IndexRun:
        return self.indexer.index_all(progress)

    def stale_count(self) -> int:
        return len(self.indexer.stale_articles())

    # Reading ------------------------------------------------------------------------------

    def entities(
        self, *, article_id: int | None = None, kind: EntityKind | None = None, text: str = ""
    ) -> list[EntitySummary]:
        return list_entities(self._db, article_id=article_id, kind=kind, text=text)

    def suggestions(
        self, *, article_id: int | None = None, kind: EntityKind | None = None
    ) -> list[Suggestion]:
        return list_suggestions(self._db, article_id=article_id, kind=kind)

    def confirmed_mentions(self, article_ids: Sequence[int]) -> list[ConfirmedMention]:
        return confirmed_mentions(self._db, list(article_ids))

    def timestamps(self, entity_ids: Sequence[int]) -> dict[int, tuple[dt.datetime, dt.datetime]]:
        """When each entity was confirmed and last changed."""
        query = m.Entity.select(m.Entity.id, m.Entity.created_at, m.Entity.updated_at).where(
            cast("pw.AutoField", m.Entity.id).in_(list(entity_ids))
        )
        return {row.id: (row.created_at, row.updated_at) for row in query}

    def summary(self, entity_id: int) -> EntitySummary:
        found = list_entities(self._db, entity_ids=[entity_id])
        if not found:
            raise NotFoundError("entity", entity_id)
        return found[0]

    def find(self, name_or_id: str) -> EntitySummary:
        """The entity named so (any of its names), or with this id."""
        owner = d.owner_of(name_or_id)
        if owner is not None:
            return self.summary(owner.id)
        if name_or_id.strip().isdigit():
            return self.summary(int(name_or_id))
        raise NotFoundError("entity", name_or_id)

    def page(self, entity_id: int) -> EntityPage:
        entity = d.entity_row(entity_id)
        summary = self.summary(entity_id)
        lines = mention_lines(self._db, entity_id)
        return EntityPage(
            entity=summary,
            note=entity.note,
            latitude=entity.latitude,
            longitude=entity.longitude,
            country_code=entity.country_code,
            mentions=lines,
            events=tuple(involved_events(self._db, entity_id, summary.aliases)),
            notes=tuple(notes_mentioning(self._db, entity_id, summary.aliases)),
        )

    def place_map(self, *, article_id: int | None = None) -> PlaceMap:
        """The confirmed places on the world map, sized by mentions (borders of today)."""
        return place_map(self._db, article_id=article_id)

    def graph(
        self,
        *,
        article_id: int | None = None,
        kinds: Sequence[EntityKind] = DEFAULT_KINDS,
        max_nodes: int = MAX_NODES,
        layout: bool = True,
    ) -> EntityGraph:
        """Who appears with whom (same paragraph), laid out; each edge with its passages.

        Without ``layout``, the nodes are not placed yet: ``graph.laid_out`` places them, and
        reads no database, so a window runs it on a worker thread.
        """
        return cooccurrence_graph(
            self._db, article_id=article_id, kinds=kinds, max_nodes=max_nodes, layout=layout
        )

    def event_ids(self, entity_id: int) -> frozenset[int]:
        """The events that involve the entity, across the library (to filter a timeline)."""
        summary = self.summary(entity_id)
        return frozenset(e.event_id for e in involved_events(self._db, entity_id, summary.aliases))

    # Decisions ----------------------------------------------------------------------------

    def confirm(
        self, *, names: Sequence[str], kind: EntityKind | str, display: str | None = None
    ) -> EntitySummary:
        """One new entity with these names (the first, or ``display``, is shown)."""
        cleaned = d.checked_names(names)
        checked = d.checked_kind(kind)
        shown = d.checked_names([display])[0] if display else None
        with write_transaction(self._db):
            entity = d.create_entity(
                cleaned, checked, origin="reader", display=shown, gazetteer=self._gazetteer()
            )
        return self.summary(entity.id)

    def reject(self, *, names: Sequence[str]) -> int:
        """These names are not names of anything: never suggested again. How many."""
        cleaned = d.checked_names(names)
        with write_transaction(self._db):
            for name in cleaned:
                owner = d.owner_of(name)
                if owner is not None:
                    raise NameTakenError(name, owner.id, owner.name)
            d.stale_for_keys([name_key(name) for name in cleaned])
            for name in cleaned:
                d.decide(name, "rejected", None, "reader")
            m.EntityMention.delete().where(
                m.EntityMention.key.in_([name_key(name) for name in cleaned])
            ).execute()
        return len(cleaned)

    def merge(self, *, names: Sequence[str], into: int) -> EntitySummary:
        """These names are entity ``into``'s ("Serge" into "Victor Serge").

        A name of another entity moves from it, with its mentions.
        """
        cleaned = d.checked_names(names)
        with write_transaction(self._db):
            target = d.entity_row(into)
            owners = {o.id: o for name in cleaned if (o := d.owner_of(name)) and o.id != into}
            d.move_names([name_key(n) for n in cleaned if d.owner_of(n) is not None], target)
            d.add_names(target, cleaned, origin="reader")
            for emptied in owners.values():
                if not d.aliases_of(emptied.id):  # its every name moved: it was this one
                    _absorb(emptied, target)
        return self.summary(into)

    def merge_entities(self, *, source: int, into: int) -> EntitySummary:
        """Every name of ``source`` becomes ``into``'s; its note is kept below ``into``'s."""
        if source == into:
            return self.summary(into)
        with write_transaction(self._db):
            gone, target = d.entity_row(source), d.entity_row(into)
            d.move_names([alias.key for alias in d.aliases_of(source)], target)
            _absorb(gone, target)
        return self.summary(into)

    def forget(self, *, names: Sequence[str]) -> int:
        """Take back decisions about names that belong to no entity (undo of a rejection)."""
        cleaned = d.checked_names(names)
        with write_transaction(self._db):
            free = [name for name in cleaned if d.owner_of(name) is None]
            d.delete_names([name_key(name) for name in free])
            d.stale_for_new_names(free)
        return len(free)

    def remove_name(self, *, entity_id: int, name: str) -> EntitySummary:
        """A name that is not this entity's after all; it is suggested again."""
        with write_transaction(self._db):
            d.remove_name(d.entity_row(entity_id), name)
        return self.summary(entity_id)

    def rename(self, *, entity_id: int, name: str) -> EntitySummary:
        """Show the entity under another name (kept among its names)."""
        (cleaned,) = d.checked_names([name])
        with write_transaction(self._db):
            entity = d.entity_row(entity_id)
            owner = d.owner_of(cleaned)
            if owner is not None and owner.id != entity_id:
                raise NameTakenError(cleaned, owner.id, owner.name)
            d.add_names(entity, [cleaned], origin="reader")
            entity.name, entity.updated_at = cleaned, m.utc_now()
            entity.save()
        return self.summary(entity_id)

    def set_kind(self, *, entity_id: int, kind: EntityKind | str) -> EntitySummary:
        checked = d.checked_kind(kind)
        with write_transaction(self._db):
            entity = d.entity_row(entity_id)
            entity.kind, entity.updated_at = checked.value, m.utc_now()
            entity.save()
            if checked is EntityKind.PLACE and entity.latitude is None:
                names = [alias.name for alias in d.aliases_of(entity_id)]
                d.locate(entity, [entity.name, *names], self._gazetteer())
        return self.summary(entity_id)

    def set_note(self, *, entity_id: int, text: str) -> str:
        """Replace the reader's note on the entity; returns the note it had before."""
        if len(text) > MAX_ENTITY_NOTE_CHARS:
            raise NoteTooLongError(len(text), MAX_ENTITY_NOTE_CHARS)
        with write_transaction(self._db):
            entity = d.entity_row(entity_id)
            before: str = entity.note
            entity.note, entity.updated_at = text, m.utc_now()
            entity.save()
        return before

    def delete(self, *, entity_id: int) -> EntitySnapshot:
        """Delete an entity; its names become suggestions again until ``restore``."""
        with write_transaction(self._db):
            return delete_entity(entity_id)

    def restore(self, snapshot: EntitySnapshot) -> EntitySummary:
        """Put a deleted entity back with its id, names and note."""
        with write_transaction(self._db):
            restore_entity(snapshot)
        return self.summary(snapshot.id)

    def adopt(self, *, entity_id: int) -> Adoption:
        """Confirm as the reader's own an entity a curator or a teacher listed; see ``unadopt``."""
        with write_transaction(self._db):
            return adopt(entity_id)

    def unadopt(self, before: Adoption) -> EntitySummary:
        """Undo ``adopt``: the entity is the curator's or the teacher's again."""
        with write_transaction(self._db):
            unadopt(before)
        return self.summary(before.entity_id)

    # Curated entities (an article's sidecar, a teacher's pack) ----------------------------

    def curate(self, entries: Iterable[tuple[str, str, Sequence[str]]], *, origin: str) -> int:
        """Confirm what a curator lists, (kind, name, aliases) each, in the caller's transaction.

        The reader's decisions win: a name already decided about (confirmed, merged or
        rejected) is left as it is. Returns how many entities were created.
        """
        return curate(entries, origin=origin, gazetteer=self._gazetteer())


def _absorb(gone: m.Entity, target: m.Entity) -> None:
    """Delete an entity whose names went to ``target``, keeping its note below target's."""
    if gone.note.strip():
        target.note = "\n\n".join(part for part in (target.note, gone.note) if part)
        target.updated_at = m.utc_now()
        target.save()
    gone.delete_instance()
