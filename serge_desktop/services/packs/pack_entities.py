"""A class pack's index of names: the teacher's confirmed entities, so students start from it.

Written as ``entities.json`` (listed in the manifest like every member); read with the same
care as the rest of a pack: a document of the wrong shape, an unknown kind or an oversized
list refuses the pack, names are cleaned (NFC, no control characters) before anything is
written, and on import the student's own decisions always win.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from serge_desktop.core.entities.names import KIND_VALUES, MAX_NAME_CHARS, clean_name
from serge_desktop.services.packs.errors import BrokenPackError

if TYPE_CHECKING:
    from serge_desktop.services.workspace import Workspace

ENTITIES_MEMBER = "entities.json"
MAX_ENTITIES = 20_000
MAX_NAMES = 100  # of one entity


@dataclass(frozen=True, slots=True)
class PackEntity:
    kind: str
    name: str
    aliases: tuple[str, ...]


def entities_bytes(workspace: Workspace, article_ids: Sequence[int]) -> bytes | None:
    """The confirmed entities these articles name, as the member's bytes; None if there are none."""
    if not workspace.read_only:
        workspace.entities.refresh()
    named = {mention.entity_id for mention in workspace.entities.confirmed_mentions(article_ids)}
    entities = [
        {"kind": e.kind.value, "name": e.name, "aliases": [a for a in e.aliases if a != e.name]}
        for e in workspace.entities.entities()
        if e.id in named
    ]
    if not entities:
        return None
    document = {"entities": entities}
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def read_entities(document: Any, name: str = ENTITIES_MEMBER) -> tuple[PackEntity, ...]:
    items = document.get("entities") if isinstance(document, dict) else None
    if not isinstance(items, list) or len(items) > MAX_ENTITIES:
        raise BrokenPackError(f"{name} in the pack is not a list of entities.", name)
    return tuple(_entity(item, name) for item in items)


def _entity(item: Any, member: str) -> PackEntity:
    if not isinstance(item, dict):
        raise BrokenPackError(
            f"{member} in the pack holds an entity that is not an object.", member
        )
    kind = item.get("kind")
    if kind not in KIND_VALUES:
        raise BrokenPackError(f"An entity in {member} has an unknown kind.", member)
    aliases = item.get("aliases", [])
    if not isinstance(aliases, list) or len(aliases) > MAX_NAMES:
        raise BrokenPackError(f"An entity in {member} has no valid list of names.", member)
    names = [_name(value, member) for value in [item.get("name"), *aliases]]
    return PackEntity(str(kind), names[0], tuple(names[1:]))


def _name(value: Any, member: str) -> str:
    if not isinstance(value, str) or len(value) > MAX_NAME_CHARS * 4:
        raise BrokenPackError(f"An entity in {member} has a name that is not text.", member)
    cleaned = clean_name(value)
    if not cleaned or len(cleaned) > MAX_NAME_CHARS:
        raise BrokenPackError(f"An entity in {member} has an empty or overlong name.", member)
    return cleaned
