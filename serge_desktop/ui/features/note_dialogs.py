"""Edit ▸ Trash, Note History and Manage Tags: each dialog made when first asked for.

Start-up needs none of them. Their edits go on the window's undo stack and are announced on the
bus like any other.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog

from serge_desktop.ui.window.context import WindowContext


class NoteDialogs(QObject):
    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.window())
        self._ctx = ctx
        ctx.actions.get("notes.trash").triggered.connect(self.open_trash)
        ctx.actions.get("notes.history").triggered.connect(self.open_note_history)
        ctx.actions.get("notes.tags").triggered.connect(self.open_tags)

    def _show(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a fresh one each time
        dialog.open()

    def open_trash(self) -> None:
        from serge_desktop.ui.notes.dialogs.trash_dialog import TrashDialog

        ctx = self._ctx
        ctx.notes.flush()  # the dialogs' own Ctrl+Z does not go through the window
        article = ctx.current_article()
        headlines = {s.id: s.headline for s in ctx.workspace.library.list_articles()}
        self._show(
            TrashDialog(
                ctx.workspace.notes, ctx.undo_stack, ctx.bus,
                article_id=article.id if article else None, headlines=headlines,
                parent=ctx.window(),
            )
        )  # fmt: skip

    def open_note_history(self) -> None:
        from serge_desktop.ui.notes.dialogs.history_dialog import HistoryDialog

        ctx = self._ctx
        note_id = ctx.notes.current_note_id()
        if note_id is None:
            return
        ctx.notes.flush()
        self._show(
            HistoryDialog(
                ctx.workspace.notes, ctx.undo_stack, ctx.bus, note_id=note_id,
                parent=ctx.window(),
            )
        )  # fmt: skip

    def open_tags(self) -> None:
        from serge_desktop.ui.notes.dialogs.tags_dialog import TagsDialog

        ctx = self._ctx
        ctx.notes.flush()
        self._show(TagsDialog(ctx.workspace.tags, ctx.undo_stack, ctx.bus, parent=ctx.window()))


def install(ctx: WindowContext) -> QObject:
    return NoteDialogs(ctx)
