"""What importing a pack would add (the preview), and adding it all in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, cast

import peewee as pw

from serge_desktop.core.anchoring import TextAnchor, make_anchor
from serge_desktop.core.entities.names import name_key
from serge_desktop.core.reanchoring import PlacementKind, Reanchorer
from serge_desktop.services.article_writer import find_article_for
from serge_desktop.services.category_rows import ensure_category
from serge_desktop.services.entities.curation import curate
from serge_desktop.services.importer import ImportService
from serge_desktop.services.library import current_revision
from serge_desktop.services.packs.annotations_reader import place_notes
from serge_desktop.services.packs.cards_import import add_pack_cards, let_go_of_layer_cards
from serge_desktop.services.packs.pack_contents import ArticleInPack, PackContents, PackEvent
from serge_desktop.services.packs.pack_entities import PackEntity
from serge_desktop.storage import models as m
from serge_desktop.storage.batches import insert_in_batches
from serge_desktop.storage.database import write_transaction

ArticleStatus = Literal["new", "updated", "unchanged"]


@dataclass(frozen=True, slots=True)
class ArticlePreview:
    headline: str
    status: ArticleStatus
    events: int  # events the library does not have yet, placed in the text
    notes: int  # notes placed in the text
    notes_lost: int  # notes whose passage is not in the text: left out
    # "new", although an article of the reader's has the same headline (its text differs):
    # a separate article, unless the import is asked to make it a new version of that one.
    same_headline: bool = False


@dataclass(frozen=True, slots=True)
class PackPreview:
    """What an import would add; nothing has been written when this is shown."""

    file_name: str
    author: str
    title: str
    created: str
    articles: tuple[ArticlePreview, ...]
    replaces_layer: bool  # this pack was imported before: its notes will be replaced
    entities: int = 0  # the author's entities the library does not have yet

    def count(self, status: ArticleStatus) -> int:
        return sum(1 for a in self.articles if a.status == status)

    @property
    def events(self) -> int:
        return sum(a.events for a in self.articles)

    @property
    def notes(self) -> int:
        return sum(a.notes for a in self.articles)

    @property
    def notes_lost(self) -> int:
        return sum(a.notes_lost for a in self.articles)


def preview_pack(contents: PackContents, *, as_revision: bool = False) -> PackPreview:
    """Read the library (no writes) to tell what ``import_contents`` would do."""
    manifest = contents.manifest
    layer = _layer(manifest.pack_id, manifest.author)
    return PackPreview(
        file_name=contents.file_name,
        author=manifest.author,
        title=manifest.title,
        created=manifest.created,
        articles=tuple(_article_preview(a, as_revision) for a in contents.articles),
        replaces_layer=layer is not None,
        entities=sum(1 for entity in contents.entities if _is_new(entity)),
    )


def import_contents(
    db: pw.SqliteDatabase, contents: PackContents, *, as_revision: bool = False
) -> int | None:
    """Add the pack to the library, all or nothing; the id of its layer (None: no notes).

    An article whose headline matches one of the reader's but whose text differs is added as a
    separate article, unless ``as_revision``: never silently a new revision, which would move
    the reader's own notes.
    """
    manifest = contents.manifest
    importer = ImportService(db)
    with write_transaction(db):
        layer = None
        if contents.note_count:
            layer = _layer(manifest.pack_id, manifest.author)
            if layer is None:
                layer = m.Layer.create(
                    pack_id=manifest.pack_id, author=manifest.author,
                    source_name=contents.file_name,
                )  # fmt: skip
            else:  # the same pack again: its notes are replaced, its visibility kept
                let_go_of_layer_cards(layer.id)  # the cards stay, with their history
                m.Note.delete().where(m.Note.layer == layer.id).execute()
                layer.source_name = contents.file_name
                layer.imported_at = m.utc_now()
                layer.save()
        for article in contents.articles:
            # The importer's own transaction nests as a savepoint inside this one.
            outcome = importer.commit(article.prepared, as_revision=as_revision)
            revision = current_revision(outcome.article.id)
            _add_events(revision, article.events, dict(article.category_colours))
            notes = _add_notes(revision, layer, article) if layer is not None else {}
            add_pack_cards(
                db, revision.article_id, article.cards, notes=notes, events=_event_ids(revision)
            )
        # The teacher's index: confirmed as theirs ("pack"), never over the student's decisions.
        curate(
            ((e.kind, e.name, e.aliases) for e in contents.entities), origin="pack", gazetteer=None
        )
        return None if layer is None else layer.id


def _is_new(entity: PackEntity) -> bool:
    """True when importing would add the entity (none of its names is decided about yet)."""
    return not any(
        m.EntityDecision.get_or_none(m.EntityDecision.key == name_key(name)) is not None
        or m.EntityAlias.get_or_none(m.EntityAlias.key == name_key(name)) is not None
        for name in (entity.name, *entity.aliases)
    )


def _article_preview(article: ArticleInPack, as_revision: bool) -> ArticlePreview:
    prepared = article.prepared
    known = m.Revision.get_or_none(m.Revision.content_hash == prepared.decoded.sha256)
    status: ArticleStatus
    existing: m.Article | None
    same_headline = False
    if known is not None:
        status, existing = "unchanged", known.article
    else:
        existing = find_article_for(prepared.parsed)
        same_headline = existing is not None and not as_revision
        if same_headline:
            existing = None  # a separate article: nothing of the reader's is compared with it
        status = "new" if existing is None else "updated"
    body = (
        current_revision(existing.id).body
        if existing is not None and status == "unchanged"
        else prepared.parsed.body
    )
    placed, lost = place_notes(body, list(article.notes))
    have = _event_keys(existing.id) if existing is not None else set()
    placer = Reanchorer(body)
    events = sum(
        1 for e in article.events if _key(e) not in have and _place_event(placer, e) is not None
    )
    return ArticlePreview(
        prepared.parsed.headline, status, events, len(placed), lost, same_headline
    )


def _add_events(
    revision: m.Revision, events: tuple[PackEvent, ...], colours: dict[str, str]
) -> None:
    if not events:
        return
    have = _event_keys(revision.article_id)
    placer = Reanchorer(revision.body)
    last = m.TimelineEvent.select(pw.fn.MAX(m.TimelineEvent.position)).where(
        m.TimelineEvent.article == revision.article_id
    )
    position = (last.scalar() or 0) + 1
    for event in events:
        span = _place_event(placer, event)
        if _key(event) in have or span is None:
            continue
        anchor = (
            make_anchor(revision.body, span[0], span[1])
            if event.quote
            else TextAnchor("", "", "", 0, 0)
        )
        category = ensure_category(event.category, colours.get(event.category))
        m.TimelineEvent.create(
            article=revision.article_id, revision=revision, edtf=event.edtf,
            date_text=event.date_text, label=event.label, category=category,
            is_context=event.is_context, description=event.description,
            quote=anchor.quote, prefix=anchor.prefix,
            suffix=anchor.suffix, start=anchor.start, end=anchor.end, position=position,
            placement=span[2],
        )  # fmt: skip
        have.add(_key(event))
        position += 1


def _add_notes(revision: m.Revision, layer: m.Layer, article: ArticleInPack) -> dict[str, int]:
    """Write the layer's notes; the new note of each annotation id (for the pack's cards)."""
    made: dict[str, int] = {}
    placed, _lost = place_notes(revision.body, list(article.notes))
    now = m.utc_now()
    for found in placed:
        note = found.note
        if note.quote:
            anchor = make_anchor(revision.body, found.start, found.end)
        else:
            anchor = TextAnchor("", "", "", 0, 0)
        row = m.Note.create(
            article=revision.article_id, revision=revision, layer=layer, quote=anchor.quote,
            prefix=anchor.prefix, suffix=anchor.suffix, start=anchor.start, end=anchor.end,
            body=note.body, color=note.color, placement=found.placement,
            created_at=note.created or now, updated_at=note.modified or note.created or now,
        )  # fmt: skip
        if note.tags:
            insert_in_batches(m.LayerTag, ("note", "name"), [(row.id, tag) for tag in note.tags])
        if note.annotation_id is not None:
            made[note.annotation_id] = row.id
    return made


def _event_ids(revision: m.Revision) -> dict[tuple[str, str], int]:
    query = m.TimelineEvent.select(m.TimelineEvent.id, m.TimelineEvent.edtf, m.TimelineEvent.label)
    return {
        (e.edtf, e.label.casefold()): e.id
        for e in query.where(m.TimelineEvent.article == revision.article_id).order_by(
            cast("pw.AutoField", m.TimelineEvent.id).desc()  # the first of two alike wins
        )
    }


def _place_event(placer: Reanchorer, event: PackEvent) -> tuple[int, int, str] | None:
    if not event.quote:
        return 0, 0, PlacementKind.EXACT.value  # an event with no passage: nothing to find
    start = event.start if event.start >= 0 else -1
    end = start + len(event.quote) if start >= 0 else -1
    found = placer.place(TextAnchor(event.quote, event.prefix, event.suffix, start, end))
    if found.kind is PlacementKind.UNPLACED:
        return None
    return found.start, found.end, found.kind.value


def _event_keys(article_id: int) -> set[tuple[str, str]]:
    query = m.TimelineEvent.select(m.TimelineEvent.edtf, m.TimelineEvent.label).where(
        m.TimelineEvent.article == article_id
    )
    return {(e.edtf, e.label.casefold()) for e in query}


def _key(event: PackEvent) -> tuple[str, str]:
    return event.edtf, event.label.casefold()


def _layer(pack_id: str, author: str) -> m.Layer | None:
    return m.Layer.get_or_none((m.Layer.pack_id == pack_id) & (m.Layer.author == author))
