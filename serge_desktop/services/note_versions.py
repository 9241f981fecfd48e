"""The earlier texts of a note: when a save keeps one, how many are kept, reading them back."""

from __future__ import annotations

import datetime as dt

import peewee as pw

from serge_desktop.services.views import NoteVersionView
from serge_desktop.storage import models as m

# The rule. A version is a text the note had, kept when a save replaces it, with the time of
# that save (``saved_at``: the text as it stood then). The notes pane saves a second after
# every pause in typing, so keeping every replaced text would store a version per pause.
# Instead the replaced text is kept only when the note's newest version is at least
# VERSION_INTERVAL old (or there is none); otherwise it is dropped, since the newest version
# already holds the text from before this stretch of typing. So every text that stood unchanged
# for VERSION_INTERVAL or longer is kept, a long stretch of typing leaves a version at least
# every VERSION_INTERVAL, and the texts in between (one per pause) are not kept.
#
# Not "update the newest version in place": that would overwrite the text from before the
# stretch (the one worth going back to) with a text a second older than the current one.
#
# Restoring a version always keeps the text it replaces (``force``), whatever the interval, so
# a restore can itself be undone from the history. A text equal to the newest version is not
# kept twice. Only the newest MAX_VERSIONS of a note are kept: at one per five minutes, more
# than eight hours of continuous typing on one note.
VERSION_INTERVAL = dt.timedelta(minutes=5)
MAX_VERSIONS = 100

# Ids grow with every version kept: newest first by id is immune to changes of the clock.
_NEWEST_FIRST = pw.Ordering(m.NoteVersion.id, "DESC")


def keep_replaced_text(note: m.Note, now: dt.datetime, *, force: bool = False) -> None:
    """Before ``note.body`` is replaced at ``now``, keep it as a version if the rule says so."""
    newest = _newest(note.id)
    if newest is not None:
        if newest.body == note.body:
            return
        age = now - newest.saved_at
        # A newest version "from the future" (the clock was set back) does not hold saves off.
        if not force and dt.timedelta(0) <= age < VERSION_INTERVAL:
            return
    m.NoteVersion.create(note=note.id, body=note.body, saved_at=now)
    _prune(note.id)


def versions_of(note_id: int) -> list[NoteVersionView]:
    """The note's versions, newest first (by when they were kept, not by the clock)."""
    query = m.NoteVersion.select().where(m.NoteVersion.note == note_id).order_by(_NEWEST_FIRST)
    return [
        NoteVersionView(id=v.id, note_id=v.note_id, body=v.body, saved_at=v.saved_at) for v in query
    ]


def version_of(note_id: int, version_id: int) -> m.NoteVersion | None:
    """The version, if it exists and belongs to that note."""
    return m.NoteVersion.get_or_none(
        (m.NoteVersion.id == version_id) & (m.NoteVersion.note == note_id)
    )


def _newest(note_id: int) -> m.NoteVersion | None:
    return (
        m.NoteVersion.select()
        .where(m.NoteVersion.note == note_id)
        .order_by(_NEWEST_FIRST)
        .get_or_none()
    )


def _prune(note_id: int) -> None:
    """Delete all but the newest MAX_VERSIONS versions of the note."""
    oldest_kept = (
        m.NoteVersion.select(m.NoteVersion.id)
        .where(m.NoteVersion.note == note_id)
        .order_by(_NEWEST_FIRST)
        .limit(1)
        .offset(MAX_VERSIONS - 1)
        .scalar()
    )
    if oldest_kept is not None:
        m.NoteVersion.delete().where(
            (m.NoteVersion.note == note_id) & (m.NoteVersion.id < oldest_kept)
        ).execute()
