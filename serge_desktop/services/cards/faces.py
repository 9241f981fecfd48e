"""What a card shows, read from its note or events each time it is shown: edits show at once."""

from __future__ import annotations

import hashlib

import peewee as pw

from serge_desktop.core.cards_cloze import cloze_for_passage
from serge_desktop.core.cards_qa import question_answer
from serge_desktop.core.date_words import date_in_words
from serge_desktop.core.fuzzy_date import FuzzyDateError, parse_edtf
from serge_desktop.core.reanchoring import PlacementKind
from serge_desktop.services.cards.views import CardFace, EventChoice, Evidence
from serge_desktop.services.note_rows import layer_authors
from serge_desktop.storage import models as m


def face_of(card: m.Card) -> CardFace:
    """The card's question and answer as its source reads now."""
    article = (
        m.Article.select(m.Article.id, m.Article.slug, m.Article.headline)
        .where(m.Article.id == card.article_id)
        .get()
    )
    if card.note_id is not None:
        return _note_face(card.kind, m.Note.get_by_id(card.note_id), article)
    first = _event(card.event_id)
    second = _event(card.other_event_id)
    if card.kind == "order" and first is not None and second is not None:
        return _order_face(card.guid, first, second, article)
    if first is None:  # its event was deleted: the card waits, suspended, for an undo
        return CardFace(kind=card.kind, prompt="", answer="", article_headline=article.headline)
    return CardFace(
        kind="when",
        prompt=first.label,
        answer=_date_words(first),
        extra=first.description,  # what is said of the event: part of the answer
        edtf=first.edtf,
        evidence=_event_evidence(first, article),
        article_headline=article.headline,
    )


def _note_face(kind: str, note: m.Note, article: m.Article) -> CardFace:
    author = layer_authors({note.layer_id}).get(note.layer_id) if note.layer_id else None
    current = _current_revision_id(article.id)
    evidence = _note_evidence(note, article, current)
    qa = question_answer(note.body)
    if kind == "question" and qa is not None:
        return CardFace(
            kind="question",
            prompt=qa.question,
            answer=qa.answer,
            evidence=evidence,
            article_headline=article.headline,
            author=author,
        )
    if note.quote and kind in ("cloze", "question"):
        body = None
        if note.revision_id == current:  # the text it is placed in: read only when needed
            body = m.Revision.select(m.Revision.body).where(m.Revision.id == current).scalar()
        cloze = cloze_for_passage(
            body,
            start=note.start,
            end=note.end,
            quote=note.quote,
            prefix=note.prefix,
            suffix=note.suffix,
        )
        return CardFace(
            kind="cloze",
            prompt=cloze.before + "[…]" + cloze.after,
            answer=cloze.hidden,
            extra=note.body,
            cloze=cloze,
            evidence=evidence,
            article_headline=article.headline,
            author=author,
        )
    return CardFace(
        kind="recall",
        prompt=_subject(note, article),
        answer=note.body,
        evidence=evidence,
        article_headline=article.headline,
        author=author,
    )


def _subject(note: m.Note, article: m.Article) -> str:
    """What a note is about, to recall it from: its event, its passage, or its article."""
    if note.event_id is not None:
        event = _event(note.event_id)
        if event is not None:
            return event.label
    return note.quote or article.headline


def _order_face(
    guid: str, first: m.TimelineEvent, second: m.TimelineEvent, article: m.Article
) -> CardFace:
    earlier = _earlier(first, second)
    # Shown in an order fixed by the card's id: never always the earlier first (ids mostly follow
    # time), never changing from one review to the next.
    if hashlib.sha256(guid.encode("utf-8")).digest()[0] % 2:
        first, second = second, first
    choices = tuple(
        EventChoice(e.id, e.label, e.edtf, _date_words(e), came_first=e.id == earlier)
        for e in (first, second)
    )
    answer = next((c.label for c in choices if c.came_first), "")
    return CardFace(
        kind="order",
        prompt="",
        answer=answer,
        choices=choices,
        article_headline=article.headline,
    )


def _earlier(first: m.TimelineEvent, second: m.TimelineEvent) -> int | None:
    try:
        one, two = parse_edtf(first.edtf), parse_edtf(second.edtf)
    except FuzzyDateError:
        return None
    if one.latest < two.earliest:
        return first.id
    if two.latest < one.earliest:
        return second.id
    return None


def _date_words(event: m.TimelineEvent) -> str:
    try:
        return date_in_words(event.edtf)
    except FuzzyDateError:
        return str(event.date_text)


def _current_revision_id(article_id: int) -> int:
    revision = (
        m.Revision.select(pw.fn.MAX(m.Revision.number), m.Revision.id)
        .where(m.Revision.article == article_id)
        .tuples()
        .first()
    )
    return int(revision[1]) if revision is not None and revision[1] is not None else 0


def _note_evidence(note: m.Note, article: m.Article, current: int) -> Evidence | None:
    if not note.quote:
        return None
    placed = note.revision_id == current and note.placement != PlacementKind.UNPLACED.value
    return Evidence(
        article.id, article.slug, note.quote, note.start, note.end, placed, note_id=note.id
    )


def _event_evidence(event: m.TimelineEvent, article: m.Article) -> Evidence | None:
    if not event.quote:
        return None
    placed = (
        event.revision_id == _current_revision_id(article.id)
        and event.placement != PlacementKind.UNPLACED.value
    )
    return Evidence(
        article.id, article.slug, event.quote, event.start, event.end, placed, event_id=event.id
    )


def _event(event_id: int | None) -> m.TimelineEvent | None:
    if event_id is None:
        return None
    return m.TimelineEvent.get_or_none(m.TimelineEvent.id == event_id)
