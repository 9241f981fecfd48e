"""Undoable edits of series: rename, merge, move to another place (a part is a detail)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication
from typing_extensions import override

from serge_desktop.services.changes import Changes
from serge_desktop.services.series import SeriesMerge, SeriesMove, SeriesRename, SeriesService
from serge_desktop.ui.common.bus import ChangeBus
from serge_desktop.ui.common.fallible_command import FallibleCommand

# A series shows on every one of its articles' rows, so its edits change the articles' lists.
SERIES_CHANGED = Changes(articles=True)

R = TypeVar("R")
V = TypeVar("V")
V_co = TypeVar("V_co", covariant=True)


class SeriesCommand(FallibleCommand, Generic[R]):
    """One series edit: ``change`` runs the service's write and returns what undoing it needs.

    ``revert`` takes that value back; ``unchanged`` says a write changed nothing, so the stack
    drops the step instead of offering to undo it.
    """

    def __init__(
        self,
        text: str,
        bus: ChangeBus,
        *,
        change: Callable[[], R],
        revert: Callable[[R], object],
        unchanged: Callable[[R], bool] = lambda _result: False,
    ) -> None:
        super().__init__(text, bus)
        self._change = change
        self._revert = revert
        self._unchanged = unchanged
        self._result: R | None = None

    @override
    def redo(self) -> None:
        result = self.attempt(self._change)
        if result is None:
            return
        self._result = result  # each redo's own: a merge undone and redone has new parts
        if self._unchanged(result):
            self.setObsolete(True)
            return
        self.announce(SERIES_CHANGED)

    @override
    def undo(self) -> None:
        if self._result is not None:
            self._revert(self._result)
        self.announce(SERIES_CHANGED)


class _BeforeAfter(Protocol[V_co]):
    """What a series write returns: the value before and after it."""

    @property
    def before(self) -> V_co: ...
    @property
    def after(self) -> V_co: ...


D = TypeVar("D", bound=_BeforeAfter[Any])


def _set_value(text: str, bus: ChangeBus, set_to: Callable[[V], D], value: V) -> SeriesCommand[D]:
    """A series property set to ``value``; undo sets it back to what the write says it was."""
    return SeriesCommand(
        text,
        bus,
        change=lambda: set_to(value),
        revert=lambda done: set_to(done.before),
        unchanged=lambda done: done.before == done.after,
    )


def rename_series(
    series: SeriesService, bus: ChangeBus, *, series_id: int, name: str
) -> SeriesCommand[SeriesRename]:
    return _set_value(
        QCoreApplication.translate("RenameSeriesCommand", "Rename Series"),
        bus,
        lambda new_name: series.rename(series_id=series_id, name=new_name),
        name,
    )


def move_series(
    series: SeriesService, bus: ChangeBus, *, series_id: int, position: int
) -> SeriesCommand[SeriesMove]:
    return _set_value(
        QCoreApplication.translate("MoveSeriesCommand", "Move Series"),
        bus,
        lambda new_position: series.move(series_id=series_id, position=new_position),
        position,
    )


def merge_series(
    series: SeriesService, bus: ChangeBus, *, source_id: int, into_id: int
) -> SeriesCommand[SeriesMerge]:
    """Joins one series into another; undo brings it back with its name, place and parts."""
    return SeriesCommand(
        QCoreApplication.translate("MergeSeriesCommand", "Merge Series"),
        bus,
        change=lambda: series.merge(source_id=source_id, into_id=into_id),
        revert=series.unmerge,
    )
