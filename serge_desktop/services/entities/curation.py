"""Entities a curator lists (an article's sidecar, a teacher's pack), confirmed on import."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

from serge_desktop.core.entities.gazetteer import Gazetteer
from serge_desktop.core.entities.names import name_key
from serge_desktop.core.sidecar import CuratedEntity
from serge_desktop.services.entities import decisions as d
from serge_desktop.storage import models as m


def curate_sidecar_entities(entities: Iterable[CuratedEntity]) -> int:
    """Confirm the sidecar's entities (inside the import's transaction); how many are new.

    Curated like the sidecar's events: shown as confirmed, marked as the curator's ("curated"),
    and never over a decision the reader made about the same name, even on a re-import.
    """
    entries = [(entity.kind, entity.name, entity.aliases) for entity in entities]
    return curate(entries, origin="curated", gazetteer=None)


def curate(
    entries: Iterable[tuple[str, str, Sequence[str]]], *, origin: str, gazetteer: Gazetteer | None
) -> int:
    """Confirm what a curator lists, (kind, name, aliases) each; call inside a transaction.

    The reader's decisions win: a name already decided about (confirmed, merged or rejected)
    is left as it is. Returns how many entities were created.
    """
    created = 0
    for kind, name, aliases in entries:
        names = d.checked_names([name, *aliases])
        undecided = [
            n
            for n in names
            if m.EntityDecision.get_or_none(m.EntityDecision.key == name_key(n)) is None
            and d.owner_of(n) is None
        ]
        if not undecided:
            continue
        owner = next((o for n in names if (o := d.owner_of(n)) is not None), None)
        if owner is not None:
            d.add_names(owner, undecided, origin=origin)
            continue
        d.create_entity(undecided, d.checked_kind(kind), origin=origin, gazetteer=gazetteer)
        created += 1
    return created


BUNDLED_CURATED = "bundled_entities_curated"


def curate_bundled_once() -> int:
    """Confirm the bundled articles' curated entities in a library that predates them.

    A library that imported the bundled articles before the index of names existed never read
    their sidecars' entities; this reads them once (call inside a write transaction), for the
    bundled articles the library holds unchanged. Returns how many entities were created.
    """
    if m.Setting.get_or_none(m.Setting.key == BUNDLED_CURATED) is not None:
        return 0
    from serge_desktop.core.sidecar import load_sidecar, sidecar_path_for
    from serge_desktop.services.importer import bundled_article_paths

    created = 0
    for path in bundled_article_paths():
        sidecar = sidecar_path_for(path)
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        held = m.Revision.select().where(m.Revision.content_hash == digest).exists()
        if held and sidecar.is_file():
            created += curate_sidecar_entities(load_sidecar(sidecar).entities)
    m.Setting.insert(key=BUNDLED_CURATED, value="1").on_conflict_replace().execute()
    return created
