"""Undoable edits of the library: an article's metadata, and articles to the trash and back.

Each command keeps the ids and the values before and after that the services return, calls a
service in ``redo`` and ``undo``, and announces what changed on the window's bus.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from typing_extensions import override

from serge_desktop.services.article_metadata import ArticleMetadata, ArticleMetadataService
from serge_desktop.services.article_trash import ArticleTrashService
from serge_desktop.services.changes import Changes
from serge_desktop.ui.common.bus import ChangeBus
from serge_desktop.ui.common.fallible_command import FallibleCommand

# An article's metadata shows in the library, the switcher and the window's title.
METADATA_CHANGED = Changes(articles=True)
# An article going to the trash takes its notes and events out of every list of them.
ARTICLE_MOVED = Changes(articles=True, notes=True, events=True)


class EditMetadataCommand(FallibleCommand):
    """Gives an article new metadata; undo puts back what it had."""

    def __init__(
        self,
        metadata: ArticleMetadataService,
        bus: ChangeBus,
        *,
        article_id: int,
        after: ArticleMetadata,
    ) -> None:
        super().__init__(QCoreApplication.translate("EditMetadataCommand", "Edit Details"), bus)
        self._service = metadata
        self._article_id = article_id
        self._after = after
        self._before: ArticleMetadata | None = None

    @override
    def redo(self) -> None:
        change = self.attempt(
            lambda: self._service.set_metadata(article_id=self._article_id, metadata=self._after)
        )
        if change is None:
            return
        if self._before is None:
            self._before = change.before
            self._after = change.after  # as stored: trimmed, NFC
        if not change.changed_fields:
            self.setObsolete(True)  # nothing to undo
            return
        self.announce(METADATA_CHANGED)

    @override
    def undo(self) -> None:
        if self._before is not None:
            self._service.set_metadata(article_id=self._article_id, metadata=self._before)
        self.announce(METADATA_CHANGED)


class DeleteArticleCommand(FallibleCommand):
    """Puts an article in the trash with its revisions, notes and events; undo restores it."""

    def __init__(
        self, trash: ArticleTrashService, bus: ChangeBus, *, article_id: int, title: str
    ) -> None:
        super().__init__(
            QCoreApplication.translate("DeleteArticleCommand", "Delete “%1”").replace("%1", title),
            bus,
        )
        self._trash = trash
        self._article_id = article_id

    @override
    def redo(self) -> None:
        if self.attempt(lambda: self._trash.delete_article(article_id=self._article_id)):
            self.announce(ARTICLE_MOVED)

    @override
    def undo(self) -> None:
        self._trash.restore_article(article_id=self._article_id)
        self.announce(ARTICLE_MOVED)


class RestoreArticleCommand(FallibleCommand):
    """Takes an article out of the trash; undo puts it back in."""

    def __init__(
        self, trash: ArticleTrashService, bus: ChangeBus, *, article_id: int, title: str
    ) -> None:
        super().__init__(
            QCoreApplication.translate("RestoreArticleCommand", "Restore “%1”").replace(
                "%1", title
            ),
            bus,
        )
        self._trash = trash
        self._article_id = article_id

    @override
    def redo(self) -> None:
        if self.attempt(lambda: self._trash.restore_article(article_id=self._article_id)):
            self.announce(ARTICLE_MOVED)

    @override
    def undo(self) -> None:
        self._trash.delete_article(article_id=self._article_id)
        self.announce(ARTICLE_MOVED)
