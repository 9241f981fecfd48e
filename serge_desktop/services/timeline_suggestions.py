"""Suggested events still open for review: not yet events, and not dismissed by the reader."""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

import peewee as pw

from serge_desktop.core.languages import Language
from serge_desktop.services.views import TimelineEventView
from serge_desktop.storage import models as m
from serge_desktop.storage.database import write_transaction

if TYPE_CHECKING:
    from serge_desktop.core.event_suggestions import SuggestedEvent

DISMISSED_KEY = "dismissed_suggestions:{article_id}"


def suggestion_key(suggestion: SuggestedEvent) -> str:
    """What identifies a suggestion across sessions: its date and its evidence sentence.

    Offsets are left out on purpose: a new revision may move the sentence, not change it.
    """
    return f"{suggestion.date_edtf}\n{suggestion.evidence}"


def open_suggestions(
    body: str,
    events: Sequence[TimelineEventView],
    dismissed: Collection[str],
    language: Language = Language.ENGLISH,
) -> list[SuggestedEvent]:
    """The suggestions for ``body`` that no event covers and the reader has not dismissed.

    An event covers a suggestion when it quotes words of the same sentence and its dates
    overlap the suggestion's: the curated "Goes to Paris" covers "In 1908 he went to Paris",
    while "Edits l'anarchie" (1911/1912), quoting the same sentence, does not.
    """
    # Reading dates in words compiles some 40 expressions: on first use, not at start.
    from serge_desktop.core.event_suggestions import suggest_events

    found = []
    for suggestion in suggest_events(body, language):
        if suggestion_key(suggestion) in dismissed:
            continue
        if any(_covers(event, suggestion) for event in events):
            continue
        found.append(suggestion)
    return found


def _covers(event: TimelineEventView, suggestion: SuggestedEvent) -> bool:
    same_sentence = (
        event.is_placed and event.start < suggestion.end and event.end > suggestion.start
    ) or (bool(event.quote) and event.quote.strip() == suggestion.evidence.strip())
    overlaps = event.earliest <= suggestion.date.latest and suggestion.date.earliest <= event.latest
    return same_sentence and overlaps


class SuggestionMemory:
    """The dismissed suggestions of each article, as a JSON list in the Setting table."""

    def __init__(self, db: pw.SqliteDatabase) -> None:
        self._db = db

    def dismissed(self, article_id: int) -> frozenset[str]:
        row = m.Setting.get_or_none(m.Setting.key == DISMISSED_KEY.format(article_id=article_id))
        if not isinstance(row, m.Setting):
            return frozenset()
        try:
            keys = json.loads(row.value)
        except ValueError:
            return frozenset()  # a damaged value forgets dismissals; it never blocks the review
        return (
            frozenset(k for k in keys if isinstance(k, str))
            if isinstance(keys, list)
            else (frozenset())
        )

    def set_dismissed(self, article_id: int, key: str, *, dismissed: bool) -> None:
        setting = DISMISSED_KEY.format(article_id=article_id)
        with write_transaction(self._db):
            keys = set(self.dismissed(article_id))
            if dismissed:
                keys.add(key)
            else:
                keys.discard(key)
            value = json.dumps(sorted(keys), ensure_ascii=False)
            m.Setting.insert(key=setting, value=value).on_conflict_replace().execute()
