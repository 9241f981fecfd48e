"""An open data folder: its database and the services that work on it."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from serge_desktop.services.data_location import DATABASE_FILENAME, WINDOW_STATE_FILENAME
from serge_desktop.services.library import LibraryService
from serge_desktop.services.notes import NotesService
from serge_desktop.services.policy import DEFAULT_POLICY, Policy
from serge_desktop.services.tags import TagsService
from serge_desktop.services.timeline import TimelineService
from serge_desktop.storage import models as m
from serge_desktop.storage.database import close_database, open_database, write_transaction

if TYPE_CHECKING:
    from serge_desktop.services.importer import ImportService
    from serge_desktop.services.reattach import ReattachService
    from serge_desktop.services.search import SearchService
    from serge_desktop.services.views import ImportOutcome


BUNDLED_IMPORTED = "bundled_articles_imported"


class Workspace:
    """Opens (and on first run fills) the library in one data folder; close it when done."""

    def __init__(
        self, data_dir: Path, *, policy: Policy = DEFAULT_POLICY, secure_delete: bool = False
    ) -> None:
        """``secure_delete`` makes SQLite overwrite deleted content (a guest session's library)."""
        self.data_dir = data_dir
        self.policy = policy
        self.database_path = data_dir / DATABASE_FILENAME
        self.window_state_path = data_dir / WINDOW_STATE_FILENAME
        self._db = open_database(self.database_path, secure_delete=secure_delete)
        self.library = LibraryService(self._db)
        self.notes = NotesService(self._db)
        self.tags = TagsService(self._db)
        self.timeline = TimelineService(self._db)
        self.first_run_imports: list[ImportOutcome] = []
        try:
            self.first_run_imports = self._import_bundled_once()
        except BaseException:
            self.close()
            raise

    def _import_bundled_once(self) -> list[ImportOutcome]:
        # The bundled articles come in the first time a library opens, and until that import
        # has succeeded (a first start that was interrupted tries again). A reader who later
        # removes them does not get them back uninvited.
        if m.Setting.get_or_none(m.Setting.key == BUNDLED_IMPORTED) is not None:
            return []
        outcomes = self.importer.import_bundled()
        with write_transaction(self._db):
            m.Setting.insert(key=BUNDLED_IMPORTED, value="1").on_conflict_replace().execute()
        return outcomes

    @cached_property
    def importer(self) -> ImportService:
        # The parsers load on first use: a start-up on an existing library never needs them.
        from serge_desktop.services.importer import ImportService

        return ImportService(self._db)

    @cached_property
    def reattach(self) -> ReattachService:
        from serge_desktop.services.reattach import ReattachService

        return ReattachService(self._db)

    @cached_property
    def search(self) -> SearchService:
        # Loaded on first use too: only the search box and the search command need it.
        from serge_desktop.services.search import SearchService

        return SearchService(self._db)

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
