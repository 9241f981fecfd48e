"""The reader's decisions about suggested names as undo steps: confirm, reject, merge."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from typing_extensions import override

from serge_desktop.core.entities.names import EntityKind
from serge_desktop.services.changes import Changes
from serge_desktop.ui.common.bus import ChangeBus
from serge_desktop.ui.common.fallible_command import FallibleCommand

if TYPE_CHECKING:
    # Types only: the index's service (and its matcher) loads when the index is first used.
    from serge_desktop.services.entities.adoption import Adoption
    from serge_desktop.services.entities.service import EntityService
    from serge_desktop.services.entities.snapshots import EntitySnapshot

CHANGED = Changes(entities=True)


class ConfirmNamesCommand(FallibleCommand):
    """These names are one entity; undone, it is deleted and its names are suggestions again."""

    def __init__(
        self,
        text: str,
        bus: ChangeBus,
        service: EntityService,
        names: Sequence[str],
        kind: EntityKind,
    ) -> None:
        super().__init__(text, bus)
        self._service, self._names, self._kind = service, list(names), kind
        # The longest name is the fullest ("Victor Serge" rather than "Serge").
        self._display = max(self._names, key=len)
        self.entity_id: int | None = None
        self._snapshot: EntitySnapshot | None = None

    @override
    def redo(self) -> None:
        if self._snapshot is not None:  # redone: the same entity back, with its id
            self._service.restore(self._snapshot)
            self.announce(CHANGED)
            return
        made = self.attempt(
            lambda: self._service.confirm(names=self._names, kind=self._kind, display=self._display)
        )
        if made is not None:
            self.entity_id = made.id
            self.announce(CHANGED)

    @override
    def undo(self) -> None:
        if self.entity_id is not None:
            self._snapshot = self._service.delete(entity_id=self.entity_id)
            self.announce(CHANGED)


class RejectNamesCommand(FallibleCommand):
    """These names name nothing: never suggested again, until undone."""

    def __init__(
        self, text: str, bus: ChangeBus, service: EntityService, names: Sequence[str]
    ) -> None:
        super().__init__(text, bus)
        self._service, self._names = service, list(names)

    @override
    def redo(self) -> None:
        if self.attempt(lambda: self._service.reject(names=self._names)) is not None:
            self.announce(CHANGED)

    @override
    def undo(self) -> None:
        self._service.forget(names=self._names)
        self.announce(CHANGED)


class MergeNamesCommand(FallibleCommand):
    """These names are other names of an entity ("Serge" of Victor Serge); undone, they are not."""

    def __init__(
        self, text: str, bus: ChangeBus, service: EntityService, names: Sequence[str], into: int
    ) -> None:
        super().__init__(text, bus)
        self._service, self._names, self._into = service, list(names), into

    @override
    def redo(self) -> None:
        if (
            self.attempt(lambda: self._service.merge(names=self._names, into=self._into))
            is not None
        ):
            self.announce(CHANGED)

    @override
    def undo(self) -> None:
        for name in self._names:
            self._service.remove_name(entity_id=self._into, name=name)
        self.announce(CHANGED)


class AdoptNameCommand(FallibleCommand):
    """A name an article's list or a teacher's pack confirmed becomes the reader's; undone, not."""

    def __init__(self, text: str, bus: ChangeBus, service: EntityService, entity_id: int) -> None:
        super().__init__(text, bus)
        self._service, self._entity_id = service, entity_id
        self._before: Adoption | None = None

    @override
    def redo(self) -> None:
        before = self.attempt(lambda: self._service.adopt(entity_id=self._entity_id))
        if before is not None:
            self._before = before
            self.announce(CHANGED)

    @override
    def undo(self) -> None:
        if self._before is not None:
            self._service.unadopt(self._before)
            self.announce(CHANGED)
