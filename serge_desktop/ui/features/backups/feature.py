"""File ▸ Backups…: opens the backups dialog and brings the window up to date after a restore."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from serge_desktop.services.changes import Changes
from serge_desktop.ui.window.actions import MenuId
from serge_desktop.ui.window.context import WindowContext

if TYPE_CHECKING:
    from serge_desktop.services.backups import RestoreOutcome
    from serge_desktop.ui.features.backups.dialog import BackupsDialog


class BackupsFeature(QObject):
    """The Backups… action; after a restore, the window shows the restored library."""

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.window())
        self._ctx = ctx
        self.dialog: BackupsDialog | None = None
        self.action = QAction(self.tr("&Backups…"), ctx.window())
        self.action.setStatusTip(self.tr("Back up the library now, or restore an earlier copy"))
        self.action.triggered.connect(self.open_dialog)
        ctx.actions.add("backups.open", self.action)
        ctx.actions.add_to_menu(MenuId.FILE, [self.action])

    def open_dialog(self) -> BackupsDialog:
        from serge_desktop.ui.features.backups.dialog import BackupsDialog  # loaded on first use

        if self.dialog is None:
            self.dialog = BackupsDialog(
                self._ctx.workspace.backups,
                self._ctx.window(),
                tasks=self._ctx.tasks,
                before_restore=self.before_restore,
                after_restore=self.after_restore,
            )
        self.dialog.reload()
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def before_restore(self) -> None:
        # Text being typed is saved first, so the safety backup holds it too.
        self._ctx.notes.flush()

    def after_restore(self, outcome: RestoreOutcome) -> None:
        """Show the restored library: the same article if it is there, else the first one.

        The services work on the same database object, reconnected to the restored file;
        open_article(reload=True) reads everything again and clears the undo stack, whose
        commands refer to rows of the library that was replaced.
        """
        ctx = self._ctx
        current = ctx.current_article()
        slugs = [a.slug for a in ctx.workspace.library.list_articles()]
        if current is not None and current.slug in slugs:
            ctx.open_article(current.slug, reload=True)
        elif slugs:
            ctx.open_article(slugs[0], reload=True)
        else:
            ctx.undo_stack.clear()
        ctx.bus.announce(Changes.everything())
        ctx.show_status(
            self.tr("Restored the backup of %1").replace(
                "%1", self.dialog.date_text(outcome.restored) if self.dialog else ""
            ),
            10000,
        )


def install(ctx: WindowContext) -> QObject:
    return BackupsFeature(ctx)
