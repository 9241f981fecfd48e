"""An article's timeline events: reading them with their bounds, and adding, editing, deleting."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol, cast

import peewee as pw

from serge_desktop.core.fuzzy_date import FuzzyDate, parse_edtf
from serge_desktop.core.languages import Language
from serge_desktop.core.reanchoring import PlacementKind
from serge_desktop.services.article_language import reading_language
from serge_desktop.services.cards.sources import follow_article
from serge_desktop.services.category_rows import category_colours, resolve_category
from serge_desktop.services.changes import Changes
from serge_desktop.services.errors import NotFoundError
from serge_desktop.services.library import anchor_in_current, current_revision
from serge_desktop.services.note_rows import outside_trash
from serge_desktop.services.timeline_edits import (
    EventFields,
    EventPassage,
    EventSnapshot,
    article_id_of,
    fields_of,
    insert_snapshot,
    snapshot_of,
)
from serge_desktop.services.timeline_suggestions import SuggestionMemory, open_suggestions
from serge_desktop.services.views import TimelineEventView
from serge_desktop.storage import models as m
from serge_desktop.storage.database import write_transaction

if TYPE_CHECKING:
    from serge_desktop.core.event_suggestions import SuggestedEvent


class TimelineService:
    """Every write runs in one transaction; a deleted event can be restored from its snapshot."""

    def __init__(self, db: pw.SqliteDatabase) -> None:
        self._db = db
        self._memory = SuggestionMemory(db)

    def list_events(self, article_id: int) -> list[TimelineEventView]:
        """The article's events in time order (earliest bound, then curated position)."""
        current = current_revision(article_id).id
        counts = _note_counts(article_id)
        colours = category_colours()
        query = m.TimelineEvent.select().where(m.TimelineEvent.article == article_id)
        views = [
            event_view(event, current, counts.get(event.id, 0), colours)
            for event in query.order_by(m.TimelineEvent.position, m.TimelineEvent.id)
        ]
        views.sort(key=lambda v: v.earliest)
        return views

    def get_event(self, event_id: int) -> TimelineEventView:
        event = _event(event_id)
        current = current_revision(article_id_of(event)).id
        count = _note_counts(article_id_of(event)).get(event.id, 0)
        return event_view(event, current, count, category_colours())

    def create_event(
        self, *, article_id: int, fields: EventFields, passage: EventPassage | None = None
    ) -> TimelineEventView:
        """A new event, anchored to a passage of the revision shown, or without a passage.

        Without one it is "unplaced": drawn on the timeline, with nothing to show in the text.
        """
        checked = fields.checked()
        with write_transaction(self._db):
            category = resolve_category(checked.category)
            revision = current_revision(article_id)
            anchor = None
            if passage is not None:
                revision, anchor = anchor_in_current(
                    article_id, passage.revision_id, passage.start, passage.end
                )
            last = m.TimelineEvent.select(pw.fn.MAX(m.TimelineEvent.position)).where(
                m.TimelineEvent.article == article_id
            )
            event = m.TimelineEvent.create(
                article=article_id,
                revision=revision,
                edtf=checked.edtf,
                date_text=checked.date_text,
                label=checked.label,
                category=category,
                is_context=checked.is_context,
                description=checked.description or "",
                quote=anchor.quote if anchor else "",
                prefix=anchor.prefix if anchor else "",
                suffix=anchor.suffix if anchor else "",
                start=anchor.start if anchor else 0,
                end=anchor.end if anchor else 0,
                position=(last.scalar() or 0) + 1,
                placement=PlacementKind.EXACT.value if anchor else PlacementKind.UNPLACED.value,
            )
            follow_article(self._db, article_id)
            return event_view(event, revision.id, 0, category_colours())

    def update_event(self, *, event_id: int, fields: EventFields) -> EventFields:
        """Change an event's date, label, category, context flag or description.

        Returns the fields before, which undo passes back.
        """
        checked = fields.checked()
        with write_transaction(self._db):
            event = _event(event_id)
            before = fields_of(event)
            event.edtf, event.date_text, event.label = (
                checked.edtf,
                checked.date_text,
                checked.label,
            )
            event.category = resolve_category(checked.category)
            event.is_context = checked.is_context
            if checked.description is not None:
                event.description = checked.description
            event.save()
            follow_article(self._db, article_id_of(event))  # a new date may change which came first
            return before

    def set_description(self, *, event_id: int, description: str) -> str:
        """Change only what is said of the event; returns the description before, for undo."""
        with write_transaction(self._db):
            before = fields_of(_event(event_id))
            fields = EventFields(
                before.edtf, before.date_text, before.label, before.category,
                before.is_context, description,
            )  # fmt: skip
            self.update_event(event_id=event_id, fields=fields)
            return before.description or ""

    def delete_event(self, *, event_id: int) -> EventSnapshot:
        """Delete an event; its notes stay, about the article, until ``restore_event``."""
        with write_transaction(self._db):
            snapshot = snapshot_of(_event(event_id))
            m.Note.update(event=None).where(m.Note.event == event_id).execute()
            m.TimelineEvent.delete().where(m.TimelineEvent.id == event_id).execute()
            follow_article(self._db, snapshot.article_id)  # its cards wait, suspended, for the undo
            return snapshot

    def restore_event(self, snapshot: EventSnapshot) -> TimelineEventView:
        """Put a deleted event back with its id, passage and notes, all in one transaction."""
        with write_transaction(self._db):
            current_revision(snapshot.article_id)  # the article must still be there
            if m.TimelineEvent.get_or_none(m.TimelineEvent.id == snapshot.id) is not None:
                raise NotFoundError("deleted event", snapshot.id)
            insert_snapshot(snapshot)
            follow_article(self._db, snapshot.article_id)
        return self.get_event(snapshot.id)

    # Suggestions -----------------------------------------------------------------------------

    def open_suggestions(self, article_id: int) -> list[SuggestedEvent]:
        """Suggested events of the current text that are neither events yet nor dismissed."""
        body, language = _text_and_language(article_id)
        events = self.list_events(article_id)
        return open_suggestions(body, events, self._memory.dismissed(article_id), language)

    def all_suggestions(self, article_id: int) -> list[SuggestedEvent]:
        """Every dated sentence of the current text, on the timeline or not."""
        # Reading dates in words compiles some 40 expressions: on first use, not at start.
        from serge_desktop.core.event_suggestions import suggest_events

        return suggest_events(*_text_and_language(article_id))

    def reading_language(self, article_id: int) -> Language:
        """The language the article's dates are read and said in (see services.article_language)."""
        return _text_and_language(article_id)[1]

    def dismiss_suggestion(self, *, article_id: int, key: str) -> Changes:
        """Remember that the reader does not want this suggestion (see ``suggestion_key``)."""
        self._memory.set_dismissed(article_id, key, dismissed=True)
        return Changes(suggestions=True)

    def undismiss_suggestion(self, *, article_id: int, key: str) -> Changes:
        self._memory.set_dismissed(article_id, key, dismissed=False)
        return Changes(suggestions=True)

    def dismissed_suggestions(self, article_id: int) -> frozenset[str]:
        return self._memory.dismissed(article_id)


def _event(event_id: int) -> m.TimelineEvent:
    event = m.TimelineEvent.get_or_none(m.TimelineEvent.id == event_id)
    if not isinstance(event, m.TimelineEvent):
        raise NotFoundError("event", event_id)
    return event


def _text_and_language(article_id: int) -> tuple[str, Language]:
    """The current text, and the language it is read in: the stored tag, else detected."""
    body = current_revision(article_id).body
    stored = m.Article.select(m.Article.language).where(m.Article.id == article_id).scalar()
    return body, reading_language(body, stored)


def _note_counts(article_id: int) -> dict[int, int]:
    """The reader's own notes about each event of the article, not in the trash, in one query.

    Notes from class-pack layers are other people's: they do not count towards the badge.
    """
    event_id = cast("pw.ForeignKeyField", m.Note.event)
    query = (
        m.Note.select(event_id, pw.fn.COUNT(m.Note.id).alias("count"))
        .where(
            (m.Note.article == article_id)
            & outside_trash()
            & event_id.is_null(False)
            & m.Note.layer.is_null()
        )
        .group_by(event_id)
        .tuples()
    )
    return {int(key): int(count) for key, count in cast("Iterable[tuple[int, int]]", query)}


@lru_cache(maxsize=8192)
def _bounds(edtf: str) -> FuzzyDate:
    # A series timeline reads thousands of events whose dates repeat ("1919", "1936"): each
    # distinct date is parsed once. FuzzyDate is frozen, so sharing one is safe.
    return parse_edtf(edtf)


class EventRow(Protocol):
    """What a view is made from: a TimelineEvent, or a tuple row of the same columns."""

    @property
    def id(self) -> int: ...
    @property
    def edtf(self) -> str: ...
    @property
    def date_text(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def category(self) -> str: ...
    @property
    def is_context(self) -> bool: ...
    @property
    def quote(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def placement(self) -> str: ...
    @property
    def revision_id(self) -> int: ...
    @property
    def description(self) -> str: ...


def event_view(
    event: EventRow, current: int, note_count: int, colours: dict[str, str]
) -> TimelineEventView:
    """The view of one event row; ``current`` is its article's current revision id.

    ``colours`` holds each category's colour by its folded name (category_rows.category_colours).
    """
    date = _bounds(event.edtf)
    # No quote: the reader made it without a passage, so there is nothing to show in the text.
    placed = event.revision_id == current and bool(event.quote)
    return TimelineEventView(
        id=event.id,
        edtf=event.edtf,
        date_text=event.date_text,
        label=event.label,
        category=event.category,
        is_context=event.is_context,
        earliest=date.earliest,
        latest=date.latest,
        is_period=date.is_interval,
        quote=event.quote,
        start=event.start,
        end=event.end,
        is_placed=placed,
        placement=event.placement if placed else PlacementKind.UNPLACED.value,
        note_count=note_count,
        description=event.description,
        category_color=colours.get(event.category.casefold()),
    )
