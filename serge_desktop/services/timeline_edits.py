"""An event edit's values: the fields a reader sets, a passage, and a deleted event's snapshot."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import cast

import peewee as pw

from serge_desktop.core.fuzzy_date import FuzzyDateError, parse_edtf
from serge_desktop.core.text_form import nfc
from serge_desktop.services.changes import Changes
from serge_desktop.services.errors import (
    EmptyEventLabelError,
    EventDateError,
    EventDescriptionTooLongError,
)
from serge_desktop.storage import models as m

# The categories every library starts with, in legend order (schema 8); each library may add,
# rename, recolour and merge its own (services/categories.py).
EVENT_CATEGORIES: tuple[str, ...] = ("life", "politics", "writing", "exile")
MAX_DESCRIPTION_CHARS = 10_000


@dataclass(frozen=True, slots=True)
class EventFields:
    """The parts of an event the reader edits; the passage is chosen once, when it is made."""

    edtf: str
    date_text: str
    label: str
    category: str  # a category's name; the service checks the library has it
    is_context: bool = False
    # What is said of the event beyond its label (the curator's note on a date, or where a
    # date from outside the article comes from); plain text, "" for nothing. None leaves an
    # event's description as it is (a new event gets none), so an editor that does not show
    # it cannot wipe it.
    description: str | None = None

    def checked(self) -> EventFields:
        """The same fields trimmed and NFC; raises the service error for a bad field."""
        edtf = self.edtf.strip()
        try:
            parse_edtf(edtf)
        except FuzzyDateError as error:
            raise EventDateError(edtf, str(error)) from error
        label = " ".join(nfc(self.label).split())
        if not label:
            raise EmptyEventLabelError()
        date_text = " ".join(nfc(self.date_text).split()) or edtf
        description = None
        if self.description is not None:
            description = nfc(self.description).strip()
            if len(description) > MAX_DESCRIPTION_CHARS:
                raise EventDescriptionTooLongError(len(description), MAX_DESCRIPTION_CHARS)
        return EventFields(edtf, date_text, label, self.category, self.is_context, description)


@dataclass(frozen=True, slots=True)
class EventPassage:
    """The words that support a new event: offsets into the body of the revision shown."""

    revision_id: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class EventSnapshot:
    """Everything a deleted event was, so that undo can put it back with the same id."""

    id: int
    article_id: int
    revision_id: int
    fields: EventFields
    quote: str
    prefix: str
    suffix: str
    start: int
    end: int
    position: int
    created_at: dt.datetime
    placement: str
    note_ids: tuple[int, ...]  # notes about the event (in the trash or not), re-linked on restore
    # Review cards of the event, re-linked on restore with their history: (card id, which of
    # the card's two event columns held it, "event" or "other_event").
    card_links: tuple[tuple[int, str], ...] = ()

    @property
    def changes(self) -> Changes:
        """The event is gone: nothing of it is left to select."""
        return Changes(events=True)


def article_id_of(event: m.TimelineEvent) -> int:
    """The event's article id, read from the row's foreign key without a query."""
    return int(event.__data__["article"])


def fields_of(event: m.TimelineEvent) -> EventFields:
    return EventFields(
        event.edtf, event.date_text, event.label, event.category, event.is_context,
        event.description,
    )  # fmt: skip


def snapshot_of(event: m.TimelineEvent) -> EventSnapshot:
    notes = m.Note.select(m.Note.id).where(m.Note.event == event.id).order_by(m.Note.id)
    cards = m.Card.select(m.Card.id, m.Card.event, m.Card.other_event).where(
        (m.Card.event == event.id) | (m.Card.other_event == event.id)
    )
    links = tuple(
        (card.id, "event" if card.event_id == event.id else "other_event")
        for card in cards.order_by(m.Card.id)
    )
    return EventSnapshot(
        id=event.id,
        article_id=article_id_of(event),
        revision_id=event.revision_id,
        fields=fields_of(event),
        quote=event.quote,
        prefix=event.prefix,
        suffix=event.suffix,
        start=event.start,
        end=event.end,
        position=event.position,
        created_at=event.created_at,
        placement=event.placement,
        note_ids=tuple(note.id for note in notes),
        card_links=links,
    )


def insert_snapshot(snapshot: EventSnapshot) -> None:
    """Write the row back as it was and give it back its notes (those still without an event)."""
    f = snapshot.fields
    m.TimelineEvent.insert(
        id=snapshot.id,
        article=snapshot.article_id,
        revision=snapshot.revision_id,
        edtf=f.edtf,
        date_text=f.date_text,
        label=f.label,
        category=f.category,
        is_context=f.is_context,
        description=f.description or "",
        quote=snapshot.quote,
        prefix=snapshot.prefix,
        suffix=snapshot.suffix,
        start=snapshot.start,
        end=snapshot.end,
        position=snapshot.position,
        created_at=snapshot.created_at,
        placement=snapshot.placement,
    ).execute()
    if snapshot.note_ids:
        # A note the reader tied to another event meanwhile stays where the reader put it.
        note_id = cast("pw.AutoField", m.Note.id)
        m.Note.update(event=snapshot.id).where(
            note_id.in_(snapshot.note_ids) & m.Note.event.is_null()
        ).execute()
    card_id = cast("pw.AutoField", m.Card.id)
    for column in ("event", "other_event"):
        ids = [card for card, held in snapshot.card_links if held == column]
        if ids:
            field = getattr(m.Card, column)
            m.Card.update({field: snapshot.id}).where(card_id.in_(ids) & field.is_null()).execute()
