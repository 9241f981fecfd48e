"""What a write changed: one small value every view reads to decide whether to refresh.

Modelled on Anki's ``OpChanges``: a write says which kinds of thing it touched (flags) and what
to select afterwards (ids); a view refreshes only for the flags it shows. ``|`` merges two.

Writes return a ``Changes``, or a result carrying one as ``.changes`` (``HasChanges``: the
record an undo needs, such as ``NoteColorChange``); a write that returns the row it wrote (a
``NoteView``) leaves its caller to say ``Changes(notes=True, note_id=row.id)``.

A new kind of thing (cards, entities, series) is one more field here, ``bool = False`` for a
flag or ``int | None = None`` for an id to select. Merging, ``everything()`` and truth work
from the fields, so no view that ignores the new kind needs touching.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Protocol


@dataclass(frozen=True, slots=True, kw_only=True)
class Changes:
    """Flags for the kinds of thing a write changed, and the ids to select afterwards."""

    notes: bool = False  # the reader's notes: text, colour, anchor, trash
    tags: bool = False  # tag names, or which notes carry them
    events: bool = False  # timeline events of an article
    articles: bool = False  # articles or their revisions (imports, restores)
    layers: bool = False  # other authors' notes from class packs, or which are shown
    categories: bool = False  # event categories
    suggestions: bool = False  # events proposed from the text, or which were dismissed
    cards: bool = False  # review cards: grades, suspension, resets, deletions
    entities: bool = False  # the index of names: confirmed entities, decisions, their notes
    note_id: int | None = None  # the note to select afterwards
    event_id: int | None = None  # the event to select afterwards

    def __or__(self, other: Changes) -> Changes:
        """Both changes: every flag either has; for ids, ``other``'s where it names one."""
        merged: dict[str, Any] = {}
        for field in fields(self):
            mine, theirs = getattr(self, field.name), getattr(other, field.name)
            if isinstance(mine, bool):
                merged[field.name] = mine or theirs
            else:
                merged[field.name] = theirs if theirs is not None else mine
        return Changes(**merged)

    def __bool__(self) -> bool:
        """True when anything changed (an id to select alone counts as no change)."""
        return any(getattr(self, f.name) is True for f in fields(self))

    @classmethod
    def everything(cls) -> Changes:
        """Every kind of thing at once: the whole library was replaced (a restore, say)."""
        flags = {f.name: True for f in fields(cls) if f.type in ("bool", bool)}
        return cls(**flags)


NO_CHANGES = Changes()


class HasChanges(Protocol):
    """A write's result that says what it changed (the record an undo needs, say)."""

    @property
    def changes(self) -> Changes: ...
