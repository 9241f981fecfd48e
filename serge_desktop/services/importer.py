"""Importing article files: parse, check, then write everything in one transaction."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import peewee as pw

from serge_desktop.core.article import DecodedText, ParsedArticle
from serge_desktop.core.article_parser import parse_source
from serge_desktop.core.sidecar import ArticleSidecar, load_sidecar, sidecar_path_for
from serge_desktop.core.slugs import slugify, unique_slug
from serge_desktop.core.source_text import read_source
from serge_desktop.core.terminal_text import shown_file_name
from serge_desktop.core.text_form import nfc
from serge_desktop.services.article_writer import (
    ResolvedEvent,
    add_revision,
    create_article,
    find_article_for,
    resolve_events,
)
from serge_desktop.services.cards.sources import follow_article
from serge_desktop.services.entities.curation import curate_sidecar_entities
from serge_desktop.services.errors import UnmatchedUpdateError
from serge_desktop.services.library import summarize
from serge_desktop.services.views import ImportOutcome, ImportStatus
from serge_desktop.storage import models as m
from serge_desktop.storage.database import write_transaction


@dataclass(frozen=True, slots=True)
class PreparedImport:
    """A file read, decoded, parsed and checked: everything but the database write.

    Preparing needs no database, so a worker thread can do it for large files while the window
    stays responsive; ``ImportService.commit`` then writes it on the database's thread.
    """

    raw: bytes
    source_name: str
    decoded: DecodedText
    parsed: ParsedArticle
    sidecar: ArticleSidecar | None
    events: tuple[ResolvedEvent, ...]


def prepare_file(path: Path) -> PreparedImport:
    """Read and check one article file (and its .toml sidecar, if there is one beside it)."""
    raw = read_source(path)
    sidecar_path = sidecar_path_for(path)
    # A details file given as if it were an article is refused for what it is (parse_source).
    is_own = sidecar_path != path and sidecar_path.is_file()
    sidecar = load_sidecar(sidecar_path) if is_own else None
    # A name that is not UTF-8 is kept in a lossless, displayable form (bytes as \xNN).
    return prepare_bytes(raw, source_name=nfc(shown_file_name(path.name)), sidecar=sidecar)


def prepare_bytes(
    raw: bytes, *, source_name: str, sidecar: ArticleSidecar | None = None
) -> PreparedImport:
    # Everything that can fail on bad input (decoding, parsing, the sidecar's evidence) happens
    # here, before any transaction, so a rejected file writes nothing.
    decoded, parsed = parse_source(raw, source_name)
    events = resolve_events(parsed.body, sidecar) if sidecar else ()
    return PreparedImport(raw, source_name, decoded, parsed, sidecar, events)


class ImportService:
    """Adds article files to the library; a file already there (same bytes) changes nothing."""

    def __init__(
        self, db: pw.SqliteDatabase, *, back_up: Callable[[], object] | None = None
    ) -> None:
        """``back_up`` is called before an import that will write (the workspace's backup)."""
        self._db = db
        self._back_up = back_up
        self._changes_after_import = -1  # the connection's change count after our last write

    def import_file(self, path: Path) -> ImportOutcome:
        return self.commit(prepare_file(path))

    def import_bytes(
        self, raw: bytes, *, source_name: str, sidecar: ArticleSidecar | None = None
    ) -> ImportOutcome:
        return self.commit(prepare_bytes(raw, source_name=source_name, sidecar=sidecar))

    def update_file(self, path: Path) -> ImportOutcome:
        """Import a changed version of an article already in the library, as its next revision.

        A file whose headline matches no article is refused (UnmatchedUpdateError), so a
        mistyped update never adds a second article.
        """
        return self.commit(prepare_file(path), update_only=True)

    def commit(
        self, prepared: PreparedImport, *, update_only: bool = False, as_revision: bool = True
    ) -> ImportOutcome:
        """Write a prepared file in one transaction: a new article, a new revision, or nothing.

        A text whose headline matches an article in the library becomes that article's next
        revision; with ``as_revision`` False (a class pack's article, unless the reader asked
        for it) it becomes a separate article instead, so the reader's notes stay placed.
        """
        p = prepared
        placements: dict[str, int] = {}
        self._back_up_if_writing(p)
        with write_transaction(self._db):
            known = m.Revision.get_or_none(m.Revision.content_hash == p.decoded.sha256)
            if known is not None:
                owner: m.Article = known.article
                if owner.deleted_at is None:
                    return self._outcome(ImportStatus.UNCHANGED, owner, p)
                # The reader deleted this very file's article and now imports it again: it
                # comes back from the trash with its notes, rather than as a second copy.
                owner.deleted_at = None
                owner.save(only=[m.Article.deleted_at])
                return self._outcome(ImportStatus.RESTORED, owner, p)
            article = find_article_for(p.parsed) if as_revision or update_only else None
            if article is None and update_only:
                raise UnmatchedUpdateError(p.parsed.headline)
            if article is None:
                slug = unique_slug(slugify(p.parsed.headline), self._slugs())
                article = create_article(
                    slug, p.parsed, p.decoded, p.raw, p.source_name, p.sidecar, p.events
                )
                follow_article(self._db, article.id)  # the review cards of its curated events
                status = ImportStatus.ADDED
            else:
                added = add_revision(self._db, article, p.parsed, p.decoded, p.raw, p.source_name)
                placements = added.placements
                status = ImportStatus.NEW_REVISION
            if p.sidecar is not None and p.sidecar.entities:
                curate_sidecar_entities(p.sidecar.entities)
            outcome = self._outcome(status, article, p, placements)
        self._changes_after_import = self._changes()
        return outcome

    def _back_up_if_writing(self, prepared: PreparedImport) -> None:
        # Known bytes change nothing, and an empty library has nothing to lose (the first
        # run's bundled import): no backup for either. Files imported one after another with
        # nothing else written between them are one batch: the backup before the first one
        # covers the batch (a backup per file would copy a large library hundreds of times).
        if self._back_up is None or not m.Article.select().exists():
            return
        if m.Revision.get_or_none(m.Revision.content_hash == prepared.decoded.sha256) is not None:
            return
        if self._changes() != self._changes_after_import:
            self._back_up()

    def _changes(self) -> int:
        return int(self._db.connection().total_changes)  # type: ignore[no-untyped-call]

    def import_bundled(self) -> list[ImportOutcome]:
        """Import the articles shipped with the app (on first run)."""
        return [self.import_file(path) for path in bundled_article_paths()]

    def _slugs(self) -> set[str]:
        return {a.slug for a in m.Article.select(m.Article.slug)}

    def _outcome(
        self,
        status: ImportStatus,
        article: m.Article,
        prepared: PreparedImport,
        placements: dict[str, int] | None = None,
    ) -> ImportOutcome:
        return ImportOutcome(
            status=status,
            article=summarize(self._db, article),
            source_name=prepared.source_name,
            encoding=prepared.decoded.encoding,
            used_fallback=prepared.decoded.used_fallback,
            placements=placements or {},
        )


def bundled_article_paths() -> Iterator[Path]:
    """The article files in the package's seeds folder (each may have a .toml sidecar)."""
    seeds = resources.files("serge_desktop.seeds")
    for entry in sorted(seeds.iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".txt", ".md")) and entry.name.lower() != "readme.md":
            yield Path(str(entry))
