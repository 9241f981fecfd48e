"""The reader's decisions about names: confirm, reject, merge, and taking them back.

Every decision is one transaction and is remembered by the name's key, so a name decided once
is never suggested again, in this article or any other, after a re-import or a new revision.
Mentions name their entity through the alias key, so confirming or merging changes no mention;
a decision that can change which words are a name (a rejection, a new alias, a name taken back)
marks the articles concerned stale, for the indexer to look at again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import cast

import peewee as pw

from serge_desktop.core.entities.gazetteer import Gazetteer
from serge_desktop.core.entities.names import MAX_NAME_CHARS, EntityKind, clean_name, name_key
from serge_desktop.core.search_query import fts_query
from serge_desktop.services.entities.errors import (
    EmptyNameError,
    LastNameError,
    NameTakenError,
    NameTooLongError,
    UnknownKindError,
)
from serge_desktop.services.errors import NotFoundError
from serge_desktop.services.note_rows import tuples
from serge_desktop.storage import models as m

ORIGINS = ("reader", "curated", "pack")
_LOCATED_UP_TO = "entities_located_up_to"  # the last entity id locate_places looked at
_STALE_BATCH = 400  # ids per DELETE, under SQLite's limit of host parameters


def checked_names(names: Iterable[str]) -> list[str]:
    """Names cleaned (NFC, spaces), each checked, repeats dropped, in the order given."""
    cleaned: dict[str, str] = {}
    for raw in names:
        name = clean_name(raw)
        if not name:
            raise EmptyNameError("a name is empty")
        if len(name) > MAX_NAME_CHARS:
            raise NameTooLongError(name, MAX_NAME_CHARS)
        cleaned.setdefault(name_key(name), name)
    if not cleaned:
        raise EmptyNameError("no name given")
    return list(cleaned.values())


def checked_kind(kind: str | EntityKind) -> EntityKind:
    try:
        return EntityKind(kind.value if isinstance(kind, EntityKind) else kind)
    except ValueError:
        raise UnknownKindError(str(kind)) from None


def entity_row(entity_id: int) -> m.Entity:
    entity = m.Entity.get_or_none(m.Entity.id == entity_id)
    if entity is None:
        raise NotFoundError("entity", entity_id)
    return entity


def owner_of(name: str) -> m.Entity | None:
    """The entity a name already belongs to, if any."""
    alias = m.EntityAlias.get_or_none(m.EntityAlias.key == name_key(name))
    return None if alias is None else alias.entity


def create_entity(
    names: Sequence[str],
    kind: EntityKind,
    *,
    origin: str,
    display: str | None = None,
    gazetteer: Gazetteer | None = None,
) -> m.Entity:
    """A new entity with these names (none may belong to another); call inside a transaction.

    Without a ``gazetteer`` a place is located later, by the indexer (``locate_places``): an
    import need not load the gazetteers.
    """
    for name in names:
        owner = owner_of(name)
        if owner is not None:
            raise NameTakenError(name, owner.id, owner.name)
    entity = m.Entity.create(kind=kind.value, name=display or names[0], note="", origin=origin)
    if kind is EntityKind.PLACE and gazetteer is not None:
        locate(entity, [entity.name, *names], gazetteer)
    add_names(entity, names, origin=origin)
    return entity


def add_names(entity: m.Entity, names: Sequence[str], *, origin: str) -> None:
    """Give ``entity`` these names (each free or already its own); remember the decisions."""
    new = [name for name in names if owner_of(name) is None]
    if not new:
        return
    stale_for_new_names(new)
    for name in new:
        m.EntityAlias.create(entity=entity, name=name, key=name_key(name))
        decide(name, "confirmed", entity.id, origin)


def decide(name: str, verdict: str, entity_id: int | None, origin: str) -> None:
    m.EntityDecision.insert(
        key=name_key(name),
        name=name,
        verdict=verdict,
        entity=entity_id,
        origin=origin,
        decided_at=m.utc_now(),
    ).on_conflict_replace().execute()


def locate(entity: m.Entity, names: Iterable[str], gazetteer: Gazetteer) -> None:
    """Where a place is, from the first of its names the gazetteer knows."""
    for name in names:
        place = gazetteer.lookup(name)
        # A continent has no point on a map of countries: it is listed apart, not drawn.
        if place is not None and place.place_type != "continent":
            entity.latitude, entity.longitude = place.latitude, place.longitude
            entity.country_code = place.country_code
            entity.save()
            return


def locate_places(gazetteer: Gazetteer) -> int:
    """Locate the places confirmed without a gazetteer at hand (curated or from a pack).

    Each entity is looked at once: the setting remembers the last id seen, so a place the
    gazetteer does not know is not looked up again at every run.
    """
    seen = m.Setting.get_or_none(m.Setting.key == _LOCATED_UP_TO)
    after = int(seen.value) if seen is not None else 0
    query = m.Entity.select().where(
        (cast("pw.AutoField", m.Entity.id) > after)
        & (m.Entity.kind == EntityKind.PLACE.value)
        & m.Entity.latitude.is_null()
        & m.Entity.country_code.is_null()
    )
    located = 0
    for entity in query:
        names = [alias.name for alias in aliases_of(entity.id)]
        locate(entity, [entity.name, *names], gazetteer)
        located += entity.country_code is not None
    last = m.Entity.select(pw.fn.MAX(m.Entity.id)).scalar() or 0
    if last != after:
        m.Setting.insert(key=_LOCATED_UP_TO, value=str(last)).on_conflict_replace().execute()
    return located


def stale_for_new_names(names: Iterable[str]) -> int:
    """Mark stale the articles that may hold these names but were indexed without them.

    A name already found somewhere is a mention key: its articles need nothing. For the others,
    the search index says which articles hold all of their words.
    """
    articles: set[int] = set()
    for name in names:
        if m.EntityMention.select().where(m.EntityMention.key == name_key(name)).exists():
            continue
        articles.update(articles_with_words(name))
    return mark_stale(articles)


def stale_for_keys(keys: Iterable[str]) -> int:
    """Mark stale the articles where these names were found (their spans may change)."""
    keys = list(keys)
    rows = tuples(
        m.EntityMention.select(m.EntityMention.article)
        .where(m.EntityMention.key.in_(keys))
        .distinct()
    )
    return mark_stale(article for (article,) in rows)


def articles_with_words(name: str) -> list[int]:
    """Articles whose current text holds every word of ``name`` (the search index's view)."""
    match = fts_query(name)
    if not match:
        return []
    query = m.Article.raw(
        'SELECT "id" FROM "article" WHERE "id" IN '
        '(SELECT "rowid" FROM "search_article" WHERE "search_article" MATCH ?)',
        match,
    )
    return [article.id for article in query]


def delete_names(keys: Sequence[str]) -> None:
    """Forget the aliases and decisions of these keys (the names may be suggested again)."""
    m.EntityAlias.delete().where(m.EntityAlias.key.in_(list(keys))).execute()
    m.EntityDecision.delete().where(m.EntityDecision.key.in_(list(keys))).execute()


def move_names(keys: Sequence[str], into: m.Entity) -> None:
    m.EntityAlias.update(entity=into).where(m.EntityAlias.key.in_(list(keys))).execute()
    m.EntityDecision.update(entity=into, verdict="confirmed").where(
        m.EntityDecision.key.in_(list(keys))
    ).execute()


def aliases_of(entity_id: int) -> list[m.EntityAlias]:
    return list(
        m.EntityAlias.select().where(m.EntityAlias.entity == entity_id).order_by(m.EntityAlias.id)
    )


def remove_name(entity: m.Entity, name: str) -> None:
    """Take a name away from its entity; it becomes a suggestion again."""
    key = name_key(name)
    aliases = aliases_of(entity.id)
    if not any(alias.key == key for alias in aliases):
        raise NotFoundError("name of the entity", name)
    if len(aliases) == 1:
        raise LastNameError(entity.id)
    stale_for_keys([key])
    delete_names([key])
    if name_key(entity.name) == key:
        entity.name = next(alias.name for alias in aliases if alias.key != key)
        entity.save()


def mark_stale(article_ids: Iterable[int]) -> int:
    """Have these articles indexed again (call inside a write transaction); how many."""
    ids = sorted(set(article_ids))
    for first in range(0, len(ids), _STALE_BATCH):
        m.EntityIndexState.delete().where(
            m.EntityIndexState.article.in_(ids[first : first + _STALE_BATCH])
        ).execute()
    return len(ids)
