"""The earlier texts of a note: when a save keeps one, how many are kept, reading them back."""

from __future__ import annotations

import datetime as dt
from typing import cast

import peewee as pw

from serge_desktop.services.views import NoteVersionView
from serge_desktop.storage import models as m

# The rule. A version is a text the note had, kept when a save replaces it, with the time of
# that save (``saved_at``). Every saved state is kept: the notes pane saves a second after each
# pause in typing, so the history holds the note as it stood at every pause. To keep that from
# growing without end, older history is thinned: every version of the last RECENT is kept; before
# that, at most one per VERSION_INTERVAL (the newest of each stretch), and never more than
# MAX_VERSIONS in all. A text equal to the newest version is not kept twice; restoring a version
# keeps the text it replaces like any save, so a restore can itself be undone from the history.
RECENT = dt.timedelta(hours=1)
VERSION_INTERVAL = dt.timedelta(minutes=5)
MAX_VERSIONS = 200

# Ids grow with every version kept: newest first by id is immune to changes of the clock.
_NEWEST_FIRST = pw.Ordering(m.NoteVersion.id, "DESC")


def keep_replaced_text(note: m.Note, now: dt.datetime, *, force: bool = False) -> None:
    """Before ``note.body`` is replaced at ``now``, keep it as a version."""
    del force  # every replaced text is kept now; the keyword stays for restore's callers
    newest = _newest(note.id)
    if newest is not None and newest.body == note.body:
        return
    m.NoteVersion.create(note=note.id, body=note.body, saved_at=now)
    _thin(note.id, now)


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


def _thin(note_id: int, now: dt.datetime) -> None:
    """Drop older versions per the rule: all of the last RECENT, then one per VERSION_INTERVAL."""
    versions = list(
        m.NoteVersion.select(m.NoteVersion.id, m.NoteVersion.saved_at)
        .where(m.NoteVersion.note == note_id)
        .order_by(_NEWEST_FIRST)
    )
    keep: list[int] = []
    last_kept: dt.datetime | None = None
    for version in versions:
        recent = now - version.saved_at <= RECENT
        spaced = last_kept is None or last_kept - version.saved_at >= VERSION_INTERVAL
        if recent or spaced:
            keep.append(version.id)
            last_kept = version.saved_at
    kept = set(keep[:MAX_VERSIONS])
    dropped = [v.id for v in versions if v.id not in kept]
    if dropped:
        version_id = cast("pw.AutoField", m.NoteVersion.id)  # BaseModel says int: it is a column
        m.NoteVersion.delete().where(version_id.in_(dropped)).execute()
