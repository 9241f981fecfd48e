"""An open data folder: its database and the services that work on it."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from serge_desktop.services.daily_backup import DAILY_BACKUP_REASON, DailyBackup
from serge_desktop.services.data_location import DATABASE_FILENAME, WINDOW_STATE_FILENAME
from serge_desktop.services.exports.identity import library_id
from serge_desktop.services.layers import LayersService
from serge_desktop.services.library import LibraryService
from serge_desktop.services.notes import NotesService
from serge_desktop.services.policy import DEFAULT_POLICY, Policy
from serge_desktop.services.tags import TagsService
from serge_desktop.services.timeline import TimelineService
from serge_desktop.storage import models as m
from serge_desktop.storage.backups import made_this_run, make_backup, partial_copies
from serge_desktop.storage.database import (
    LibraryDatabase,
    close_database,
    open_database,
    write_transaction,
)

if TYPE_CHECKING:
    from serge_desktop.services.all_notes import AllNotesService
    from serge_desktop.services.article_metadata import ArticleMetadataService
    from serge_desktop.services.article_trash import ArticleTrashService
    from serge_desktop.services.backups import BackupService
    from serge_desktop.services.cards.browser import CardBrowserService
    from serge_desktop.services.cards.statistics import StatisticsService
    from serge_desktop.services.cards.study import StudyService
    from serge_desktop.services.categories import CategoryService
    from serge_desktop.services.entities.service import EntityService
    from serge_desktop.services.importer import ImportService
    from serge_desktop.services.packs.service import PackService
    from serge_desktop.services.reattach import ReattachService
    from serge_desktop.services.search import SearchService
    from serge_desktop.services.series import SeriesService
    from serge_desktop.services.series_timeline import SeriesTimelineService
    from serge_desktop.services.shared_content import SharedContentReport
    from serge_desktop.services.views import ImportOutcome


BUNDLED_IMPORTED = "bundled_articles_imported"


class Workspace:
    """Opens (and on first run fills) the library in one data folder; close it when done."""

    def __init__(
        self,
        data_dir: Path,
        *,
        policy: Policy = DEFAULT_POLICY,
        secure_delete: bool = False,
        read_only: bool = False,
    ) -> None:
        """``secure_delete`` makes SQLite overwrite deleted content (a guest session's library).

        A library that cannot be opened as it is (damaged, empty, missing, headless, another
        library's -wal beside it) with evidence of it beside it raises RecoveryNeededError
        (storage.library_state) and nothing is changed: the caller offers the ways back
        (services.recovery), nothing is restored or created unasked. ``read_only`` never writes
        the database (it must exist at the latest schema) and never backs it up.
        """
        self.data_dir = data_dir
        self.policy = policy
        self.database_path = data_dir / DATABASE_FILENAME
        self.window_state_path = data_dir / WINDOW_STATE_FILENAME
        self.read_only = read_only
        # A guest's library is erased on quit: a backup would be a copy left behind.
        self.keeps_backups = not (read_only or secure_delete or policy.guest_mode)
        self._earlier_backups = set(made_this_run(self.database_path))
        self._db = self._open(secure_delete)
        self.library = LibraryService(self._db)
        self.notes = NotesService(self._db)
        self.tags = TagsService(self._db)
        self.timeline = TimelineService(self._db)
        self.first_run_imports: list[ImportOutcome] = []
        # What importing the policy's shared folder did (Help ▸ About names the files refused).
        self.shared_content: SharedContentReport | None = None
        try:
            if not read_only:
                self.first_run_imports = self._import_bundled_once()
        except BaseException:
            self._close_database()
            raise
        # Changes counted from here on decide whether quitting makes a daily backup.
        self._changes_at_open = self._total_changes()
        # A daily backup killed midway (the computer switched off after quitting) is owed
        # still: the next quit makes it even with nothing changed (unless today's is there).
        self._daily_backup_owed = self.keeps_backups and bool(
            partial_copies(self.database_path, reason=DAILY_BACKUP_REASON)
        )

    def _open(self, secure_delete: bool) -> LibraryDatabase:
        return open_database(
            self.database_path, read_only=self.read_only, secure_delete=secure_delete
        )

    @property
    def startup_check_skipped(self) -> bool:
        """Opened without a check at start, after a clean close: check in the background."""
        return self._db.startup_check_skipped

    def note_background_check(self, *, sound: bool) -> None:
        """Record what a check in the background found: if not sound, the next start checks."""
        self._db.sound_when_closed = sound

    def backups_made(self) -> list[Path]:
        """The backups made of the library since this workspace began opening it, oldest first."""
        return [p for p in made_this_run(self.database_path) if p not in self._earlier_backups]

    def _import_bundled_once(self) -> list[ImportOutcome]:
        # The bundled articles come in the first time a library opens, and until that import
        # has succeeded (a first start that was interrupted tries again). A reader who later
        # removes them does not get them back uninvited.
        if m.Setting.get_or_none(m.Setting.key == BUNDLED_IMPORTED) is not None:
            self._describe_bundled_events_once()
            return []
        outcomes = self.importer.import_bundled()
        with write_transaction(self._db):
            m.Setting.insert(key=BUNDLED_IMPORTED, value="1").on_conflict_replace().execute()
        self._describe_bundled_events_once()
        return outcomes

    def _describe_bundled_events_once(self) -> None:
        # Loaded only when needed: an up-to-date library pays one lookup at start-up.
        from serge_desktop.services.bundled_descriptions import (
            descriptions_filled,
            fill_bundled_descriptions,
        )

        if not descriptions_filled():
            fill_bundled_descriptions(self._db)

    @cached_property
    def importer(self) -> ImportService:
        # The parsers load on first use: a start-up on an existing library never needs them.
        from serge_desktop.services.importer import ImportService

        return ImportService(self._db, back_up=self._backup_before_import)

    def _backup_before_import(self) -> None:
        if self.keeps_backups:
            make_backup(self.database_path, reason="before-import")

    def import_shared_content(self) -> SharedContentReport | None:
        """Import the policy's shared folder (only what is new changes anything); its report.

        One bad file there never stops the others, nor the window's start; the report names it.
        """
        if not self.policy.content_dir:
            return None
        from serge_desktop.services.shared_content import import_shared_content

        self.shared_content = import_shared_content(self.importer, Path(self.policy.content_dir))
        return self.shared_content

    @cached_property
    def backups(self) -> BackupService:
        from serge_desktop.services.backups import BackupService

        return BackupService(
            self._db, self.database_path, read_only=self.read_only, after_reopen=self._reopened
        )

    def _reopened(self) -> None:
        # A restored file on a new connection: count changes from here, as after opening.
        self._changes_at_open = self._total_changes()

    @cached_property
    def layers(self) -> LayersService:
        return LayersService(self._db)

    @cached_property
    def packs(self) -> PackService:
        # Loaded on first use: reading and writing class packs is not needed to open a library.
        from serge_desktop.services.packs.service import PackService

        return PackService(self)

    @property
    def database(self) -> LibraryDatabase:
        """The open database, for the services built on this workspace (never for the window)."""
        return self._db

    def library_id(self) -> str:
        """The library's own id, which keeps exported ids stable (made the first time)."""
        return library_id(self._db)

    @cached_property
    def reattach(self) -> ReattachService:
        from serge_desktop.services.reattach import ReattachService

        return ReattachService(self._db)

    @cached_property
    def categories(self) -> CategoryService:
        from serge_desktop.services.categories import CategoryService

        return CategoryService(self._db)

    @cached_property
    def metadata(self) -> ArticleMetadataService:
        from serge_desktop.services.article_metadata import ArticleMetadataService

        return ArticleMetadataService(self._db)

    @cached_property
    def series(self) -> SeriesService:
        from serge_desktop.services.series import SeriesService

        return SeriesService(self._db)

    @cached_property
    def article_trash(self) -> ArticleTrashService:
        from serge_desktop.services.article_trash import ArticleTrashService

        return ArticleTrashService(
            self._db, back_up=self._backup_for if self.keeps_backups else None
        )

    def _backup_for(self, reason: str) -> Path:
        return make_backup(self.database_path, reason=reason)

    @cached_property
    def all_notes(self) -> AllNotesService:
        from serge_desktop.services.all_notes import AllNotesService

        return AllNotesService(self._db)

    @cached_property
    def series_timeline(self) -> SeriesTimelineService:
        from serge_desktop.services.series_timeline import SeriesTimelineService

        return SeriesTimelineService(self._db)

    @cached_property
    def search(self) -> SearchService:
        # Loaded on first use too: only the search box and the search command need it.
        from serge_desktop.services.search import SearchService

        return SearchService(self._db)

    @cached_property
    def entities(self) -> EntityService:
        # The index of names loads its gazetteers and matcher on first use only.
        from serge_desktop.services.entities.service import EntityService

        return EntityService(self._db)

    @cached_property
    def study(self) -> StudyService:
        # The review cards' services load on first use: studying is a feature of its own.
        from serge_desktop.services.cards.study import StudyService

        return StudyService(self._db, read_only=self.read_only)

    @cached_property
    def cards(self) -> CardBrowserService:
        from serge_desktop.services.cards.browser import CardBrowserService

        self.study.make_missing_cards()
        return CardBrowserService(self._db)

    @cached_property
    def study_statistics(self) -> StatisticsService:
        from serge_desktop.services.cards.statistics import StatisticsService

        self.study.make_missing_cards()
        return StatisticsService(self._db, clock=m.utc_now, day_start=self.study.day_start)

    def close(self) -> None:
        """Close the database, then make the daily backup if one is due (services.daily_backup)."""
        self.close_before_backup().make()

    def close_before_backup(self) -> DailyBackup:
        """Close the database; return the daily backup still to make (``make`` it afterwards).

        A day's first session that changed anything owes one, as does the session after one
        whose daily backup was interrupted. The window lets go of the data
        folder in between, so a relaunch need not wait for the copy and its check.
        """
        if self._db.is_closed():
            # Closed already (peewee would quietly reconnect to count changes).
            return DailyBackup(self.database_path)
        try:
            changed = self._total_changes() != self._changes_at_open
            due = self.keeps_backups and (changed or self._daily_backup_owed)
        finally:
            self._close_database()
        return DailyBackup(self.database_path, due=due)

    def _total_changes(self) -> int:
        # Rows changed through this connection (every write goes through it), since it opened.
        return int(self._db.connection().total_changes)  # type: ignore[no-untyped-call]

    def _close_database(self) -> None:
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
