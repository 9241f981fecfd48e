"""Entities a curator lists in an article's sidecar, confirmed as the article is imported."""

from __future__ import annotations

from collections.abc import Iterable

from serge_desktop.core.sidecar import CuratedEntity
from serge_desktop.services.entities.service import curate


def curate_sidecar_entities(entities: Iterable[CuratedEntity]) -> int:
    """Confirm the sidecar's entities (inside the import's transaction); how many are new.

    Curated like the sidecar's events: shown as confirmed, marked as the curator's ("curated"),
    and never over a decision the reader made about the same name, even on a re-import.
    """
    entries = [(entity.kind, entity.name, entity.aliases) for entity in entities]
    return curate(entries, origin="curated", gazetteer=None)
