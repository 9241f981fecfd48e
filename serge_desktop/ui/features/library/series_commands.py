"""Undoable edits of series: rename, merge, move to another place (a part is a detail)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from typing_extensions import override

from serge_desktop.services.changes import Changes
from serge_desktop.services.series import SeriesMerge, SeriesService
from serge_desktop.ui.common.bus import ChangeBus
from serge_desktop.ui.common.fallible_command import FallibleCommand

# A series shows on every one of its articles' rows, so its edits change the articles' lists.
SERIES_CHANGED = Changes(articles=True)


class RenameSeriesCommand(FallibleCommand):
    def __init__(self, series: SeriesService, bus: ChangeBus, *, series_id: int, name: str) -> None:
        super().__init__(QCoreApplication.translate("RenameSeriesCommand", "Rename Series"), bus)
        self._service = series
        self._series_id = series_id
        self._name = name
        self._before: str | None = None

    @override
    def redo(self) -> None:
        change = self.attempt(
            lambda: self._service.rename(series_id=self._series_id, name=self._name)
        )
        if change is None:
            return
        self._before = change.before
        if change.before == change.after:
            self.setObsolete(True)
            return
        self.announce(SERIES_CHANGED)

    @override
    def undo(self) -> None:
        if self._before is not None:
            self._service.rename(series_id=self._series_id, name=self._before)
        self.announce(SERIES_CHANGED)


class MoveSeriesCommand(FallibleCommand):
    def __init__(
        self, series: SeriesService, bus: ChangeBus, *, series_id: int, position: int
    ) -> None:
        super().__init__(QCoreApplication.translate("MoveSeriesCommand", "Move Series"), bus)
        self._service = series
        self._series_id = series_id
        self._position = position
        self._before: int | None = None

    @override
    def redo(self) -> None:
        move = self.attempt(
            lambda: self._service.move(series_id=self._series_id, position=self._position)
        )
        if move is None:
            return
        self._before = move.before
        if move.before == move.after:
            self.setObsolete(True)
            return
        self.announce(SERIES_CHANGED)

    @override
    def undo(self) -> None:
        if self._before is not None:
            self._service.move(series_id=self._series_id, position=self._before)
        self.announce(SERIES_CHANGED)


class MergeSeriesCommand(FallibleCommand):
    """Joins one series into another; undo brings it back with its name, place and parts."""

    def __init__(
        self, series: SeriesService, bus: ChangeBus, *, source_id: int, into_id: int
    ) -> None:
        super().__init__(QCoreApplication.translate("MergeSeriesCommand", "Merge Series"), bus)
        self._service = series
        self._source_id = source_id
        self._into_id = into_id
        self._merge: SeriesMerge | None = None

    @override
    def redo(self) -> None:
        self._merge = self.attempt(
            lambda: self._service.merge(source_id=self._source_id, into_id=self._into_id)
        )
        if self._merge is not None:
            self.announce(SERIES_CHANGED)

    @override
    def undo(self) -> None:
        if self._merge is not None:
            self._service.unmerge(self._merge)
        self.announce(SERIES_CHANGED)
