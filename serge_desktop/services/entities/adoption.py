"""A name someone else confirmed (an article's own list, a teacher's pack) made the reader's own."""

from __future__ import annotations

from dataclasses import dataclass

from serge_desktop.services.entities import decisions as d
from serge_desktop.storage import models as m

READER = "reader"


@dataclass(frozen=True, slots=True)
class Adoption:
    """Who had confirmed an entity and each of its names before the reader adopted it (undo)."""

    entity_id: int
    origin: str
    names: tuple[tuple[str, str], ...]  # (key, origin of its decision)


def adopt(entity_id: int) -> Adoption:
    """Make the entity and its names' decisions the reader's; call inside a write transaction."""
    entity = d.entity_row(entity_id)
    decisions = m.EntityDecision.select(m.EntityDecision.key, m.EntityDecision.origin).where(
        m.EntityDecision.entity == entity_id
    )
    before = Adoption(entity.id, entity.origin, tuple((row.key, row.origin) for row in decisions))
    entity.origin, entity.updated_at = READER, m.utc_now()
    entity.save()
    m.EntityDecision.update(origin=READER).where(m.EntityDecision.entity == entity_id).execute()
    return before


def unadopt(before: Adoption) -> None:
    """Give the entity and its names back to whoever had confirmed them; inside a transaction."""
    entity = d.entity_row(before.entity_id)
    entity.origin, entity.updated_at = before.origin, m.utc_now()
    entity.save()
    for key, origin in before.names:
        m.EntityDecision.update(origin=origin).where(
            (m.EntityDecision.key == key) & (m.EntityDecision.entity == before.entity_id)
        ).execute()
