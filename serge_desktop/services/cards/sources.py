"""Cards follow their sources: made, changed, set aside and brought back with them.

Called by the services that write notes and events, inside their own transaction, so a card is
never out of step with what it is made from; ``make_cards_for_library`` applies the same rules
to a whole library once (one that had notes and events before schema 11).

What a card shows is read from its source when shown, so an edit or a re-anchoring needs nothing
here: only whether the source makes a card at all, and whether the card may be studied.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import cast

import peewee as pw

from serge_desktop.core.cards_guid import card_guid
from serge_desktop.core.cards_pairs import EventSpan, first_of, order_pairs
from serge_desktop.core.cards_qa import question_answer
from serge_desktop.core.fuzzy_date import FuzzyDateError, parse_edtf
from serge_desktop.services.cards.series_scope import articles_studied_with, series_of_articles
from serge_desktop.services.exports.identity import library_id
from serge_desktop.services.note_rows import tuples
from serge_desktop.storage import models as m

MADE_FOR_LIBRARY = "cards_made_for_library"  # set once every source has had its cards made
EVENT_KINDS = ("when", "order")


def note_card_kind(note: m.Note, *, from_pack: bool = False) -> str | None:
    """The card a note makes, if any: a question, a cloze of its passage, or a recall.

    The reader's own notes make one when written as ``Q:``/``A:``, when they highlight a
    passage (a colour), or when marked "Make a card"; a note of a class pack's layer makes one
    only when the pack carried a card for it (``from_pack``).
    """
    if note.layer_id is not None and not from_pack:
        return None
    if question_answer(note.body) is not None:
        return "question"
    wanted = from_pack or note.makes_card
    if note.quote and (wanted or note.color is not None):
        return "cloze"
    return "recall" if wanted else None


def follow_note(db: pw.SqliteDatabase, note_id: int) -> None:
    """Bring the note's card in line with the note (made, changed, trashed, retired)."""
    note = m.Note.get_or_none(m.Note.id == note_id)
    if note is None:
        return  # deleted for good: its card went with it (ON DELETE CASCADE)
    card = m.Card.get_or_none(m.Card.note == note_id)
    if card is None:
        kind = note_card_kind(note)
        if kind is not None and note.deleted_at is None:
            new_card(
                kind=kind,
                article_id=note.article_id,
                guid=card_guid(library_id(db), note.id),
                note_id=note.id,
            )
        return
    kind = note_card_kind(note, from_pack=note.layer_id is not None)
    state = "trashed" if note.deleted_at is not None else ("ok" if kind else "retired")
    _update(card, kind=kind or card.kind, source_state=state)


def follow_article(db: pw.SqliteDatabase, article_id: int, *, make: bool = True) -> None:
    """Bring the "When?" and "Which came first?" cards of the article's events in line.

    Pairs are drawn from the article's events together with those of the rest of its series
    (none in the trash). ``make=False`` only sets each card's state, making none: after an
    article went to the trash or came back, a card pairing one of its events with another
    article's waits with it ("trashed"), and is studied again once it is restored.
    """
    scope = articles_studied_with(article_id)
    if not scope:
        return
    spans = _spans(scope)
    cards = list(m.Card.select().where(m.Card.article.in_(scope) & m.Card.kind.in_(EVENT_KINDS)))
    if make:
        _make_event_cards(db, scope, spans, cards)
    trashed = _events_in_trash(cards, spans)
    for card in cards:
        state = _event_card_state(card, spans)
        if state == "gone" and {card.event_id, card.other_event_id} & trashed:
            state = "trashed"
        _update(card, kind=card.kind, source_state=state)


def _make_event_cards(
    db: pw.SqliteDatabase, scope: list[int], spans: dict[int, EventSpan], cards: list[m.Card]
) -> None:
    library = library_id(db)
    # A deleted event's column is NULL (the undo gives it back): its cards wait, suspended.
    when_events = {card.event_id for card in cards if card.kind == "when"}
    articles = _event_articles(scope)
    for event_id, article in articles.items():
        if event_id not in when_events:
            new_card(
                kind="when",
                article_id=article,
                guid=card_guid(library, "event", event_id),
                event_id=event_id,
            )
    pairs = {frozenset(pair) for pair in (_order_key(c) for c in cards) if pair is not None}
    for first, second in order_pairs(spans.values()):
        if frozenset((first, second)) not in pairs:
            low, high = sorted((first, second))
            new_card(
                kind="order",
                article_id=articles[low],
                guid=card_guid(library, "order", low, high),
                event_id=low,
                other_event_id=high,
            )


def _events_in_trash(cards: list[m.Card], spans: dict[int, EventSpan]) -> set[int]:
    """The events of these cards that are not among ``spans`` because their article is trashed."""
    missing = {e for c in cards for e in (c.event_id, c.other_event_id) if e and e not in spans}
    if not missing:
        return set()
    event_id = cast("pw.AutoField", m.TimelineEvent.id)
    query = (
        m.TimelineEvent.select(event_id)
        .join(m.Article)
        .where(event_id.in_(sorted(missing)) & m.Article.deleted_at.is_null(False))
    )
    return {int(row[0]) for row in tuples(query)}


def make_cards_for_library(db: pw.SqliteDatabase) -> int:
    """Make the cards of every source in the library that has none yet; how many were made."""
    before = m.Card.select().count()
    library = library_id(db)
    with_cards = m.Card.select(m.Card.note).where(m.Card.note.is_null(False))
    note_id = cast("pw.AutoField", m.Note.id)
    notes = m.Note.select().where(
        m.Note.deleted_at.is_null() & m.Note.layer.is_null() & note_id.not_in(with_cards)
    )
    for note in notes.order_by(m.Note.id).iterator():
        kind = note_card_kind(note)
        if kind is not None:
            new_card(
                kind=kind,
                article_id=note.article_id,
                guid=card_guid(library, note.id),
                note_id=note.id,
            )
    # One pass per series (or article alone): follow_article covers its whole scope.
    series = series_of_articles()
    done: set[str] = set()
    for article_id, name in sorted(series.items()):
        scope = f"series:{name.casefold()}" if name is not None else f"article:{article_id}"
        if scope not in done:
            done.add(scope)
            follow_article(db, article_id)
    m.Setting.insert(key=MADE_FOR_LIBRARY, value="1").on_conflict_replace().execute()
    return int(m.Card.select().count() - before)


def new_card(
    *,
    kind: str,
    article_id: int,
    guid: str,
    note_id: int | None = None,
    event_id: int | None = None,
    other_event_id: int | None = None,
) -> m.Card:
    now = m.utc_now()
    if m.Card.select().where(m.Card.guid == guid).exists():
        # SQLite gives a new row the id of a deleted last one: a new event can get the id, and so
        # the id-based card id, of a deleted event whose card still waits for an undo.
        guid = card_guid(guid, uuid.uuid4().hex)
    return m.Card.create(
        guid=guid,
        kind=kind,
        article=article_id,
        note=note_id,
        event=event_id,
        other_event=other_event_id,
        created_at=now,
        due_at=int(now.timestamp()),
    )


def _update(card: m.Card, *, kind: str, source_state: str) -> None:
    if card.kind != kind or card.source_state != source_state:
        card.kind, card.source_state = kind, source_state
        card.save(only=[m.Card.kind, m.Card.source_state])


def _event_card_state(card: m.Card, spans: dict[int, EventSpan]) -> str:
    first = spans.get(card.event_id) if card.event_id is not None else None
    if card.kind == "when":
        return "ok" if first is not None else "gone"
    second = spans.get(card.other_event_id) if card.other_event_id is not None else None
    if first is None or second is None:
        return "gone"
    # Still certain which came first (even if no longer neighbours): the card keeps its place.
    return "ok" if first_of(first, second) is not None else "retired"


def _order_key(card: m.Card) -> tuple[int, int] | None:
    if card.kind != "order" or card.event_id is None or card.other_event_id is None:
        return None
    return card.event_id, card.other_event_id


def _spans(article_ids: Iterable[int]) -> dict[int, EventSpan]:
    query = m.TimelineEvent.select(m.TimelineEvent.id, m.TimelineEvent.edtf).where(
        m.TimelineEvent.article.in_(list(article_ids))
    )
    spans: dict[int, EventSpan] = {}
    for event_id, edtf in tuples(query):
        try:
            date = parse_edtf(edtf)
        except FuzzyDateError:
            continue  # a date this version cannot read (a newer app's): no pair for it
        spans[event_id] = EventSpan(event_id, date.earliest, date.latest)
    return spans


def _event_articles(article_ids: list[int]) -> dict[int, int]:
    event_id = cast("pw.AutoField", m.TimelineEvent.id)
    query = m.TimelineEvent.select(event_id, m.TimelineEvent.article).where(
        m.TimelineEvent.article.in_(article_ids)
    )
    return {int(event): int(article) for event, article in tuples(query.order_by(event_id))}
