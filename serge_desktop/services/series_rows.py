"""Finding or making a series by name, for the importer and the metadata edits alike."""

from __future__ import annotations

import unicodedata

import peewee as pw

from serge_desktop.storage import models as m


def clean_series_name(name: str) -> str:
    """The name as stored: NFC, spaces collapsed (empty when there is no name at all)."""
    return " ".join(unicodedata.normalize("NFC", name).split())


def series_named(name: str) -> m.Series:
    """The series of that name (case ignored), made last in the order if there is none yet.

    Call inside a write transaction; ``name`` must already be cleaned and not empty.
    """
    found = m.Series.get_or_none(m.Series.name == name)
    if isinstance(found, m.Series):
        return found
    last = m.Series.select(pw.fn.MAX(m.Series.position)).scalar() or 0
    created: m.Series = m.Series.create(name=name, position=last + 1)
    return created


def drop_if_empty(series_id: int | None) -> bool:
    """Delete a series no article belongs to any more, closing the gap in the order.

    Articles in the trash still belong to theirs, so restoring one finds its series again.
    """
    if series_id is None:
        return False
    if m.Article.select().where(m.Article.series == series_id).exists():
        return False
    series = m.Series.get_or_none(m.Series.id == series_id)
    if not isinstance(series, m.Series):
        return False
    series.delete_instance()
    close_gap(series.position)
    return True


def close_gap(position: int) -> None:
    """Move the series after ``position`` up one place (the one there has gone)."""
    m.Series.update(position=m.Series.position - 1).where(m.Series.position > position).execute()
