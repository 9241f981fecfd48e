"""Finding, checking and creating category rows: one place for every writer of events.

Called inside the caller's transaction. Names are stored NFC with runs of spaces made one; a
colour as "#rrggbb" in lower case, and only when marks in it reach 3:1 on the timeline.
"""

from __future__ import annotations

import unicodedata

import peewee as pw

from serge_desktop.core.contrast import (
    MARK_CONTRAST,
    TIMELINE_BACKGROUND,
    ColourFormatError,
    contrast_ratio,
    legible_colour,
    normal_colour,
)
from serge_desktop.services.errors import (
    CategoryColourError,
    CategoryExistsError,
    CategoryNameError,
    NotFoundError,
    UnknownCategoryError,
)
from serge_desktop.storage import models as m

MAX_NAME_CHARS = 60
# Colours a new category gets, first unused first: Okabe and Ito's colour-blind-safe palette
# after the four the seed's categories use, then a few more, each made legible on the chart.
NEW_COLOURS: tuple[str, ...] = tuple(
    legible_colour(colour)
    for colour in (
        "#e69f00", "#56b4e9", "#8c564b", "#7f3c8d", "#11a579", "#3969ac", "#e73f74", "#80ba5a",
        "#f2b701", "#008695", "#cf1c90", "#4b4b8f",
    )
)  # fmt: skip


def checked_name(name: str) -> str:
    cleaned = " ".join(unicodedata.normalize("NFC", name).split())
    if not cleaned or len(cleaned) > MAX_NAME_CHARS:
        raise CategoryNameError(cleaned, MAX_NAME_CHARS)
    return cleaned


def checked_colour(colour: str) -> str:
    """The colour as stored; CategoryColourError (with a legible one to offer) otherwise."""
    try:
        normal = normal_colour(colour)
    except ColourFormatError:
        raise CategoryColourError(colour, None, None) from None
    ratio = contrast_ratio(normal, TIMELINE_BACKGROUND)
    if ratio < MARK_CONTRAST:
        raise CategoryColourError(normal, ratio, legible_colour(normal))
    return normal


def taken_by(name: str) -> m.EventCategory | None:
    """The category with this name, ignoring case (the column's collation)."""
    row = m.EventCategory.get_or_none(m.EventCategory.name == name)
    return row if isinstance(row, m.EventCategory) else None


def category_row(category_id: int) -> m.EventCategory:
    row = m.EventCategory.get_or_none(m.EventCategory.id == category_id)
    if not isinstance(row, m.EventCategory):
        raise NotFoundError("category", category_id)
    return row


def resolve_category(name: str) -> str:
    """The library's own spelling of a category an event is put in; it must exist."""
    row = taken_by(" ".join(unicodedata.normalize("NFC", name).split()))
    if row is None:
        known = tuple(c.name for c in m.EventCategory.select().order_by(m.EventCategory.position))
        raise UnknownCategoryError(name, known)
    return str(row.name)


def ensure_category(name: str, colour: str | None = None) -> str:
    """The category of this name, made (last, in ``colour`` if legible) when there is none.

    For what comes from a file (a sidecar, a class pack): the reader's own colour for a
    category the library already has is kept; a faint or malformed colour is not refused, the
    category gets one of ours instead.
    """
    cleaned = checked_name(name)
    row = taken_by(cleaned)
    if row is not None:
        return str(row.name)
    try:
        legible = None if colour is None else checked_colour(colour)
    except CategoryColourError:
        legible = None
    return str(new_category(cleaned, legible).name)


def new_category(name: str, colour: str | None) -> m.EventCategory:
    clash = taken_by(name)
    if clash is not None:
        raise CategoryExistsError(name, clash.id)
    last = m.EventCategory.select(pw.fn.MAX(m.EventCategory.position)).scalar() or 0
    return m.EventCategory.create(
        name=name, color=colour or unused_colour(), position=int(last) + 1
    )


def unused_colour() -> str:
    used = {row.color for row in m.EventCategory.select(m.EventCategory.color)}
    return next((c for c in NEW_COLOURS if c not in used), NEW_COLOURS[0])


def category_colours() -> dict[str, str]:
    """Each category's colour by its name folded to lower case, for views of events."""
    return {
        row.name.casefold(): row.color
        for row in m.EventCategory.select(m.EventCategory.name, m.EventCategory.color)
    }
