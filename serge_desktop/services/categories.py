"""The library's timeline categories: add, rename, recolour, merge, delete, and undo each.

Each write returns the values before and after it, so the window's undo can put them back
(a merge remembers which events it moved). Events keep their category's name, so a rename
renames it on the events too, in the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import cast

import peewee as pw

from serge_desktop.services.category_rows import (
    category_row,
    checked_colour,
    checked_name,
    new_category,
    taken_by,
)
from serge_desktop.services.errors import CategoryExistsError, CategoryInUseError
from serge_desktop.storage import models as m
from serge_desktop.storage.database import write_transaction


@dataclass(frozen=True, slots=True)
class CategoryView:
    """A category as the legend, the editor and the exports show it."""

    id: int
    name: str
    color: str  # "#rrggbb", reaching 3:1 against the timeline's background
    position: int  # the legend's order
    event_count: int = 0  # events of any article in it


@dataclass(frozen=True, slots=True)
class CategoryChange:
    """A rename or a recolour: undo writes ``before`` back."""

    before: CategoryView
    after: CategoryView


@dataclass(frozen=True, slots=True)
class CategoryMerge:
    """``source`` folded into ``target``: its events moved there, then it was removed."""

    source: CategoryView
    target: CategoryView
    event_ids: tuple[int, ...]


class CategoryService:
    """Every write in one transaction; names unique ignoring case, colours legible."""

    def __init__(self, db: pw.SqliteDatabase) -> None:
        self._db = db

    def list_categories(self) -> list[CategoryView]:
        counts = _event_counts()
        rows = m.EventCategory.select().order_by(m.EventCategory.position, m.EventCategory.id)
        return [_view(row, counts.get(row.name.casefold(), 0)) for row in rows]

    def legend(self) -> list[tuple[str, str]]:
        """Each category's name and colour, in the legend's order, without counting events.

        What the timeline draws with, read on every article switch: counting the library's
        events per category grew with the library (20,000 events: 20 ms).
        """
        rows = m.EventCategory.select(m.EventCategory.name, m.EventCategory.color).order_by(
            m.EventCategory.position, m.EventCategory.id
        )
        return [(name, color) for name, color in cast("Iterable[tuple[str, str]]", rows.tuples())]

    def add_category(self, *, name: str, color: str | None = None) -> CategoryView:
        """A new category, last in the legend; without a colour it gets an unused one."""
        with write_transaction(self._db):
            row = new_category(checked_name(name), None if color is None else checked_colour(color))
            return _view(row, 0)

    def rename_category(self, *, category_id: int, name: str) -> CategoryChange:
        with write_transaction(self._db):
            row = category_row(category_id)
            before = _view(row, _count(row.name))
            new_name = checked_name(name)
            clash = taken_by(new_name)
            if clash is not None and clash.id != row.id:
                raise CategoryExistsError(new_name, clash.id)
            m.TimelineEvent.update(category=new_name).where(
                m.TimelineEvent.category == row.name
            ).execute()
            row.name = new_name
            row.save()
            return CategoryChange(before, _view(row, before.event_count))

    def recolor_category(self, *, category_id: int, color: str) -> CategoryChange:
        with write_transaction(self._db):
            row = category_row(category_id)
            before = _view(row, _count(row.name))
            row.color = checked_colour(color)
            row.save()
            return CategoryChange(before, _view(row, before.event_count))

    def merge_categories(self, *, source_id: int, target_id: int) -> CategoryMerge:
        """Move every event of ``source`` into ``target`` and remove ``source``."""
        if source_id == target_id:
            raise ValueError("a category cannot be merged into itself")
        with write_transaction(self._db):
            source, target = category_row(source_id), category_row(target_id)
            event_id = cast("pw.AutoField", m.TimelineEvent.id)
            query = (
                m.TimelineEvent.select(event_id)
                .where(m.TimelineEvent.category == source.name)
                .order_by(event_id)
                .tuples()
            )
            moved = tuple(int(row[0]) for row in cast("Iterable[tuple[int]]", query))
            before_source = _view(source, len(moved))
            before_target = _view(target, _count(target.name))
            if moved:
                m.TimelineEvent.update(category=target.name).where(event_id.in_(moved)).execute()
            source.delete_instance()
            return CategoryMerge(before_source, before_target, moved)

    def unmerge_categories(self, merge: CategoryMerge) -> CategoryView:
        """Undo a merge: ``source`` back with its id, and the events it had (still in target)."""
        with write_transaction(self._db):
            restored = self._insert(merge.source)
            target = category_row(merge.target.id)
            if merge.event_ids:
                event_id = cast("pw.AutoField", m.TimelineEvent.id)
                m.TimelineEvent.update(category=restored.name).where(
                    event_id.in_(merge.event_ids) & (m.TimelineEvent.category == target.name)
                ).execute()
            return _view(restored, _count(restored.name))

    def delete_category(self, *, category_id: int) -> CategoryView:
        """Remove a category no event is in (merge one that has events); undo restores it."""
        with write_transaction(self._db):
            row = category_row(category_id)
            count = _count(row.name)
            if count:
                raise CategoryInUseError(row.name, count)
            view = _view(row, 0)
            row.delete_instance()
            return view

    def restore_category(self, view: CategoryView) -> CategoryView:
        """Put a deleted category back with its id, name, colour and place."""
        with write_transaction(self._db):
            return _view(self._insert(view), 0)

    def _insert(self, view: CategoryView) -> m.EventCategory:
        clash = taken_by(view.name)
        if clash is not None:
            raise CategoryExistsError(view.name, clash.id)
        m.EventCategory.insert(
            id=view.id, name=view.name, color=view.color, position=view.position
        ).execute()
        return category_row(view.id)


def _view(row: m.EventCategory, event_count: int) -> CategoryView:
    return CategoryView(row.id, row.name, row.color, row.position, event_count)


def _count(name: str) -> int:
    return int(m.TimelineEvent.select().where(m.TimelineEvent.category == name).count())


def _event_counts() -> dict[str, int]:
    query = (
        m.TimelineEvent.select(m.TimelineEvent.category, pw.fn.COUNT(m.TimelineEvent.id))
        .group_by(m.TimelineEvent.category)
        .tuples()
    )
    counts: dict[str, int] = {}
    for name, count in cast("Iterable[tuple[str, int]]", query):
        counts[name.casefold()] = counts.get(name.casefold(), 0) + int(count)
    return counts
