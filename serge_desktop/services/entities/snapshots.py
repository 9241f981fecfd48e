"""Deleting an entity so that it can be put back whole (the window's undo)."""

from __future__ import annotations

from dataclasses import dataclass

from serge_desktop.services.entities import decisions as d
from serge_desktop.services.entities.errors import NameTakenError
from serge_desktop.services.note_rows import tuples
from serge_desktop.storage import models as m


@dataclass(frozen=True, slots=True)
class EntitySnapshot:
    """A deleted entity, enough to put it back (undo)."""

    id: int
    kind: str
    name: str
    note: str
    origin: str
    latitude: float | None
    longitude: float | None
    country_code: str | None
    names: tuple[tuple[str, str], ...]  # (name, origin of its decision)


def delete_entity(entity_id: int) -> EntitySnapshot:
    """Delete an entity and forget its names' decisions; call inside a write transaction."""
    entity = d.entity_row(entity_id)
    aliases = d.aliases_of(entity_id)
    origins: dict[str, str] = dict(
        tuples(
            m.EntityDecision.select(m.EntityDecision.key, m.EntityDecision.origin).where(
                m.EntityDecision.key.in_([a.key for a in aliases])
            )
        )
    )
    snapshot = EntitySnapshot(
        entity.id, entity.kind, entity.name, entity.note, entity.origin,
        entity.latitude, entity.longitude, entity.country_code,
        tuple((a.name, origins.get(a.key, "reader")) for a in aliases),
    )  # fmt: skip
    d.stale_for_keys([a.key for a in aliases])
    d.delete_names([a.key for a in aliases])
    entity.delete_instance()
    return snapshot


def restore_entity(snapshot: EntitySnapshot) -> None:
    """Put a deleted entity back with its id; refused if one of its names is taken meanwhile."""
    for name, _origin in snapshot.names:
        owner = d.owner_of(name)
        if owner is not None:
            raise NameTakenError(name, owner.id, owner.name)
    entity = m.Entity.create(
        id=snapshot.id, kind=snapshot.kind, name=snapshot.name, note=snapshot.note,
        origin=snapshot.origin, latitude=snapshot.latitude,
        longitude=snapshot.longitude, country_code=snapshot.country_code,
    )  # fmt: skip
    for name, origin in snapshot.names:
        d.add_names(entity, [name], origin=origin)
