"""Class packs for the window and the command line: read, preview, import, export."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from serge_desktop.services.changes import Changes
from serge_desktop.services.packs.errors import PackNotAllowedError
from serge_desktop.services.packs.pack_contents import PackContents, open_pack
from serge_desktop.services.packs.pack_export import PackExportSummary, export_pack
from serge_desktop.services.packs.pack_import import PackPreview, import_contents, preview_pack
from serge_desktop.storage.backups import make_backup

if TYPE_CHECKING:
    from serge_desktop.services.workspace import Workspace

BACKUP_REASON = "before-pack-import"


@dataclass(frozen=True, slots=True)
class PackImportResult:
    preview: PackPreview
    layer_id: int | None  # None when the pack carried no notes
    backup: Path

    @property
    def changes(self) -> Changes:
        """A pack brings articles, their events, and a layer of another author's tagged notes."""
        return Changes(articles=True, events=True, layers=True, tags=True)


class PackService:
    """Works on one open workspace; the policy decides whether packs may come in or go out."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self._db = workspace.database

    def read(self, path: Path) -> PackContents:
        """Check and read a pack file; no database access, so a worker thread may call it."""
        self._check_import_allowed()
        return open_pack(path)

    def preview(self, contents: PackContents, *, as_revision: bool = False) -> PackPreview:
        return preview_pack(contents, as_revision=as_revision)

    def import_pack(self, contents: PackContents, *, as_revision: bool = False) -> PackImportResult:
        """Back the library up, then add the whole pack in one transaction (or nothing).

        ``as_revision``: an article whose headline matches one of the reader's becomes its new
        version (the reader's notes re-anchored); otherwise it is added as a separate article.
        """
        self._check_import_allowed()
        preview = preview_pack(contents, as_revision=as_revision)
        backup = make_backup(self._workspace.database_path, reason=BACKUP_REASON)
        layer_id = import_contents(self._db, contents, as_revision=as_revision)
        return PackImportResult(preview, layer_id, backup)

    def export(
        self,
        path: Path,
        *,
        article_slugs: Sequence[str],
        author: str,
        include_events: bool = True,
        force: bool = False,
    ) -> PackExportSummary:
        if not self._workspace.policy.export_allowed("pack"):
            raise PackNotAllowedError("This computer's policy does not allow exporting packs.")
        return export_pack(
            self._workspace, path, article_slugs=article_slugs, author=author,
            include_events=include_events, force=force,
        )  # fmt: skip

    def _check_import_allowed(self) -> None:
        if not self._workspace.policy.allow_import:
            raise PackNotAllowedError("This computer's policy does not allow importing packs.")
