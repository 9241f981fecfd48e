"""An open data folder: its database and the services that work on it."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from serge_desktop.services.data_location import DATABASE_FILENAME, WINDOW_STATE_FILENAME
from serge_desktop.services.library import LibraryService
from serge_desktop.services.notes import NotesService
from serge_desktop.services.timeline import TimelineService
from serge_desktop.storage.database import close_database, open_database

if TYPE_CHECKING:
    from serge_desktop.services.importer import ImportService
    from serge_desktop.services.views import ImportOutcome


class Workspace:
    """Opens (and on first run fills) the library in one data folder; close it when done."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.database_path = data_dir / DATABASE_FILENAME
        self.window_state_path = data_dir / WINDOW_STATE_FILENAME
        is_first_run = not self.database_path.exists()
        self._db = open_database(self.database_path)
        self.library = LibraryService(self._db)
        self.notes = NotesService(self._db)
        self.timeline = TimelineService(self._db)
        self.first_run_imports: list[ImportOutcome] = []
        if is_first_run:
            # The bundled article is there the first time the app opens, and only then: a reader
            # who later removes it does not get it back uninvited.
            self.first_run_imports = self.importer.import_bundled()

    @cached_property
    def importer(self) -> ImportService:
        # The parsers load on first use: a start-up on an existing library never needs them.
        from serge_desktop.services.importer import ImportService

        return ImportService(self._db)

    def close(self) -> None:
        close_database(self._db)

    def __enter__(self) -> Workspace:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
