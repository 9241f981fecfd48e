"""Undoable changes to the library's timeline categories: add, rename, recolour, merge, delete."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from typing_extensions import override

from serge_desktop.services.categories import (
    CategoryChange,
    CategoryMerge,
    CategoryService,
    CategoryView,
)
from serge_desktop.services.changes import Changes
from serge_desktop.ui.common.bus import ChangeBus
from serge_desktop.ui.common.fallible_command import FallibleCommand
from serge_desktop.ui.timeline.date_wording import category_name

T = TypeVar("T")

# A category's name and colour show on events, the legend and the editor: all read again.
CATEGORIES_CHANGED = Changes(categories=True, events=True)


def _text(text: str, *names: str) -> str:
    """The undo step's name: ``text`` (translated, with %1 and %2) filled with category names."""
    for number, name in enumerate(names, start=1):
        text = text.replace(f"%{number}", category_name(name))
    return text


class CategoryCommand(FallibleCommand):
    """Runs ``do`` on the first redo and ``undo`` to take it back; each announces the change."""

    def __init__(self, text: str, bus: ChangeBus, service: CategoryService) -> None:
        super().__init__(text, bus)
        self._service = service

    def _run(self, change: Callable[[], T]) -> T | None:
        done = self.attempt(change)
        if done is not None:
            self.announce(CATEGORIES_CHANGED)
        return done


class AddCategoryCommand(CategoryCommand):
    def __init__(self, service: CategoryService, bus: ChangeBus, *, name: str) -> None:
        super().__init__(
            _text(QCoreApplication.translate("CategoryCommands", "Add category “%1”"), name),
            bus,
            service,
        )
        self._name = name
        self.added: CategoryView | None = None

    @override
    def redo(self) -> None:
        if self.added is None:
            self.added = self._run(lambda: self._service.add_category(name=self._name))
        else:
            added = self.added
            self._run(lambda: self._service.restore_category(added))

    @override
    def undo(self) -> None:
        if self.added is not None:
            added = self.added
            self._run(lambda: self._service.delete_category(category_id=added.id))


class RenameCategoryCommand(CategoryCommand):
    def __init__(
        self, service: CategoryService, bus: ChangeBus, *, category: CategoryView, name: str
    ) -> None:
        super().__init__(
            _text(
                QCoreApplication.translate("CategoryCommands", "Rename category “%1” to “%2”"),
                category.name,
                name,
            ),
            bus,
            service,
        )
        self._id = category.id
        self._name = name
        self.change: CategoryChange | None = None

    @override
    def redo(self) -> None:
        done = self._run(
            lambda: self._service.rename_category(category_id=self._id, name=self._name)
        )
        self.change = self.change or done

    @override
    def undo(self) -> None:
        if self.change is not None:
            name = self.change.before.name
            self._run(lambda: self._service.rename_category(category_id=self._id, name=name))


class RecolourCategoryCommand(CategoryCommand):
    def __init__(
        self, service: CategoryService, bus: ChangeBus, *, category: CategoryView, colour: str
    ) -> None:
        super().__init__(
            _text(
                QCoreApplication.translate("CategoryCommands", "Recolour category “%1”"),
                category.name,
            ),
            bus,
            service,
        )
        self._id = category.id
        self._colour = colour
        self.change: CategoryChange | None = None

    @override
    def redo(self) -> None:
        colour = self._colour
        done = self._run(lambda: self._service.recolor_category(category_id=self._id, color=colour))
        self.change = self.change or done

    @override
    def undo(self) -> None:
        if self.change is not None:
            colour = self.change.before.color
            self._run(lambda: self._service.recolor_category(category_id=self._id, color=colour))


class MergeCategoriesCommand(CategoryCommand):
    """Folds ``source`` into ``target``; undo brings ``source`` back with its own events."""

    def __init__(
        self,
        service: CategoryService,
        bus: ChangeBus,
        *,
        source: CategoryView,
        target: CategoryView,
    ) -> None:
        super().__init__(
            _text(
                QCoreApplication.translate("CategoryCommands", "Merge “%1” into “%2”"),
                source.name,
                target.name,
            ),
            bus,
            service,
        )
        self._source, self._target = source.id, target.id
        self.merge: CategoryMerge | None = None

    @override
    def redo(self) -> None:
        self.merge = self._run(
            lambda: self._service.merge_categories(source_id=self._source, target_id=self._target)
        )

    @override
    def undo(self) -> None:
        if self.merge is not None:
            merge = self.merge
            self._run(lambda: self._service.unmerge_categories(merge))


class DeleteCategoryCommand(CategoryCommand):
    """Removes a category no event is in; undo puts it back in its place and colour."""

    def __init__(self, service: CategoryService, bus: ChangeBus, *, category: CategoryView) -> None:
        super().__init__(
            _text(
                QCoreApplication.translate("CategoryCommands", "Delete category “%1”"),
                category.name,
            ),
            bus,
            service,
        )
        self._id = category.id
        self.deleted: CategoryView | None = None

    @override
    def redo(self) -> None:
        self.deleted = self._run(lambda: self._service.delete_category(category_id=self._id))

    @override
    def undo(self) -> None:
        if self.deleted is not None:
            deleted = self.deleted
            self._run(lambda: self._service.restore_category(deleted))
